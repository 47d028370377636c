"""Checks of a language's catalogues (data/i18n/<code>/): what a translation must keep so that
it cannot say something other than the English, crash tspain, or reach the terminal as codes.

- interface texts: the same `{placeholders}` as the English, no stray brace (`t()` fills them
  in with `str.format`: a wrong one would be a traceback mid-result);
- the words a person may type: yes, no and not-sure words disjoint (a "sí" among the no words
  turns a yes to chest pain into no), and no no-word that means yes or not sure in English;
- every translation: no control characters (escape codes would reach the terminal);
- the triage levels' label, action and recap keep the words and emergency numbers that make
  them what they are (`tspain.level_words.LEVEL_WORDS`): "call an ambulance" must not become "stay
  at home".

`interface_problems` runs whenever a language is loaded (an unusable catalogue is a one-line
error); `tspain validate` runs them all and lists one line per problem.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any

from tspain.fixed_texts import interface_call_problems
from tspain.option_labels import option_word_problems
from tspain.table import CONTROL
from tspain.word_meanings import word_meaning_problems

if TYPE_CHECKING:
    from pathlib import Path

    from tspain.i18n import Catalogue
    from tspain.table import RuleTable

ANSWER_MEANINGS = ("yes", "no", "not_sure")


def _fields(text: str) -> list[str] | None:
    """The `{names}` `str.format` fills in, or None if it cannot parse the text (a stray brace)."""
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _control(text: str) -> str | None:
    found = CONTROL.search(text)
    return None if found is None else repr(found.group())


def interface_problems(cat: Catalogue) -> list[str]:
    """What is wrong with a language's interface.toml: placeholders, braces, control
    characters, and the words a person may type."""
    where = f"data/i18n/{cat.code}/interface.toml"
    problems = []
    for en, tr in cat.interface.items():
        fields = _fields(tr)
        if fields is None:
            problems.append(f"{where}: stray brace in the translation of {_short(en)}")
        elif fields != _fields(en):
            problems.append(
                f"{where}: placeholders differ from the English ({' '.join(_fields(en) or [])}) "
                f"in the translation of {_short(en)}"
            )
        code = _control(tr)
        if code:
            problems.append(f"{where}: control character {code} in the translation of {_short(en)}")
        problems += interface_call_problems(en, tr, cat.code, where)
    return problems + answer_word_problems(cat)


def answer_word_problems(cat: Catalogue) -> list[str]:
    """The words of `[answers]`: lists of strings, no control characters, yes/no/not-sure
    disjoint, no no-word that English reads as yes or not sure, distinct keys."""
    where = f"data/i18n/{cat.code}/interface.toml: answers"
    problems: list[str] = []
    words = _word_lists(cat, where, problems)
    problems += _overlaps(words, where)
    problems += _none_word_problems(words, where)
    problems += _command_word_problems(words, where)
    problems += _number_word_problems(cat, words, where)
    problems += _key_problems(cat.answers.get("keys", {}), words, where)
    problems += word_meaning_problems(cat.answers, cat.code, where)
    options = cat.answers.get("options", {})
    if isinstance(options, dict):
        problems += option_word_problems(options, cat.code, f"{where}.options")
    return problems


def _none_word_problems(words: dict[str, set[str]], where: str) -> list[str]:
    """A "none of these" word that is a yes or not-sure word, here or in English, or holds an
    item's number: "sí", "todos" or "1 2" among them validated, and "1 2" at the emergency list
    saved both items as no (a scripter, thirtieth session)."""
    from tspain import words as english_words

    said = {"yes": english_words.YES, "not_sure": english_words.NOT_SURE}
    problems = []
    for word in sorted(words.get("none", set())):
        means = [m for m in ("yes", "not_sure") if word in words.get(m, set()) | said[m]]
        if means or word in english_words.ALL_WORDS:
            problems.append(
                f"{where}.none: {word!r} means {(means or ['all'])[0]}, so it cannot be a "
                "word for none of these"
            )
        elif any(c.isdigit() for c in word) and word != "0":
            problems.append(
                f"{where}.none: {word!r} holds a number other than 0, so it cannot be a word "
                "for none of these"
            )
    return problems


def _command_word_problems(words: dict[str, set[str]], where: str) -> list[str]:
    """A word for "that's all", "back" or "why" that is also an answer: with "sí" among the
    done words, a yes to chest pain ended the questions and the pain was never counted (a
    maintainer-tester, thirtieth session)."""
    from tspain import words as english_words

    answers = set().union(*(words.get(m, set()) for m in (*ANSWER_MEANINGS, "none")))
    answers |= english_words.YES | english_words.NOT_SURE
    problems = []
    for command in ("done", "back", "why"):
        clash = sorted(words.get(command, set()) & answers)
        if clash:
            problems.append(
                f"{where}.{command}: {', '.join(map(repr, clash))} is an answer, so it cannot "
                f"also be a word for {command}"
            )
    return problems


NUMBER_RANGES = {
    "numbers": (1, 1000),
    "option_numbers": (0, 99),
    "severity": (0, 10),
    "days": (0, 36500),
    "units": (1, 36500),
}
"""What each table of number words may stand for: whole numbers in these ranges."""


def _number_word_problems(cat: Catalogue, words: dict[str, set[str]], where: str) -> list[str]:
    """Number words that are not what they say: "dos = 0" made item 2 none, and `"2" = 0` or
    `"me duele el pecho" = 0` among the option numbers made a ticked chest pain none, unsaid;
    a value that is no whole number in its range ("diez", 1.5, -5) passed (a scripter and a
    maintainer-tester, thirtieth session). A word tspain reads as a number must stand for it;
    an option number is one word of letters, and only a none word or a zero stands for 0."""
    from tspain.spoken_numbers import spoken_number

    problems, none = [], words.get("none", set())
    for section, (low, high) in NUMBER_RANGES.items():
        listed: Any = cat.answers.get(section, {})
        for word, value in listed.items() if isinstance(listed, dict) else ():
            read = spoken_number(str(word))
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                problems.append(
                    f"{where}.{section}.{word}: must be a whole number from {low} to {high}, "
                    f"not {value!r}"
                )
            elif read is not None and read != value and section != "severity":
                problems.append(f"{where}.{section}.{word}: {word!r} is {read}, not {value!r}")
            elif section == "option_numbers" and not str(word).isalpha():
                problems.append(
                    f"{where}.{section}.{word}: an option number is one word of letters"
                )
            elif section == "option_numbers" and value == 0 and read != 0 and word not in none:
                problems.append(f"{where}.{section}.{word}: only a none word stands for 0")
    return problems


def _word_lists(cat: Catalogue, where: str, problems: list[str]) -> dict[str, set[str]]:
    """Each meaning's words, normalised; a list that is not one, or a control character, is a
    problem."""
    words: dict[str, set[str]] = {}
    for meaning in (*ANSWER_MEANINGS, "none", "why", "back", "done", "out_of", "around", "polite"):
        listed: Any = cat.answers.get(meaning, [])
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            problems.append(f"{where}.{meaning} must be a list of words")
            continue
        for word in listed:
            code = _control(word)
            if code:
                problems.append(f"{where}.{meaning}: control character {code} in {word!r}")
        words[meaning] = {" ".join(w.lower().split()) for w in listed}
    return words


def _overlaps(words: dict[str, set[str]], where: str) -> list[str]:
    """A word listed under two answers, or a no-word that English reads as yes or not sure."""
    from tspain import words as english_words

    problems = []
    for i, first in enumerate(ANSWER_MEANINGS):
        for second in ANSWER_MEANINGS[i + 1 :]:
            both = sorted(words.get(first, set()) & words.get(second, set()))
            if both:
                problems.append(
                    f"{where}: {', '.join(map(repr, both))} listed as both {first} and {second}"
                )
    english = {"yes": english_words.YES, "not_sure": english_words.NOT_SURE}
    for meaning, known in english.items():
        clash = sorted(words.get("no", set()) & known)
        if clash:
            problems.append(
                f"{where}.no: {', '.join(map(repr, clash))} means {meaning} in English: a no "
                "word must never be read from a yes or a not sure"
            )
    return problems


def _key_problems(keys: Any, words: dict[str, set[str]], where: str) -> list[str]:
    """The keys shown for answers: a table, each key one thing, each key a word of its own."""
    if not isinstance(keys, dict):
        return [f"{where}.keys must be a table"]
    problems = []
    values = [str(v).lower() for v in keys.values()]
    doubled = sorted({v for v in values if values.count(v) > 1})
    if doubled:
        problems.append(f"{where}.keys: {', '.join(map(repr, doubled))} stands for two things")
    for meaning in ANSWER_MEANINGS:
        if meaning in keys and str(keys[meaning]).lower() not in words.get(meaning, set()):
            problems.append(f"{where}.keys.{meaning}: {keys[meaning]!r} is not a {meaning} word")
    return problems


def table_translation_problems(translated: RuleTable, cat: Catalogue) -> list[str]:
    """What is wrong with a language's table.toml beyond missing and stale entries (those are
    `cli_validate.catalogue_problems`): control characters, and level texts that lost their meaning.
    `translated` is the table in that language (`i18n.translated_table`)."""
    from tspain.cause_texts import text_problems

    where = f"data/i18n/{cat.code}/table.toml"
    problems = []
    for en, tr in cat.table.items():
        code = _control(tr)
        if code:
            problems.append(f"{where}: control character {code} in the translation of {_short(en)}")
    texts = cat.table.values()  # a text with no translation is said missing, not this
    problems += [f"{where}: {p}" for p in text_problems(translated, cat.code, texts)]
    from tspain.option_labels import option_label_problems

    problems += [f"{where}: {p}" for p in option_label_problems(translated, cat.code)]
    from tspain.fixed_questions import fixed_question_problems

    problems += [f"{where}: {p}" for p in fixed_question_problems(translated, cat.code)]
    from tspain.fixed_causes import fixed_cause_problems

    problems += [f"{where}: {p}" for p in fixed_cause_problems(translated, cat.code)]
    return problems + _unknown_id_problems(translated, cat)


def _unknown_id_problems(table: RuleTable, cat: Catalogue) -> list[str]:
    """People's words for an option or question id the table does not have: a misspelt id was
    accepted without a word, its words read as nothing (a maintainer-tester, thirtieth
    session)."""
    options = {o for q in table.questions.values() for o in q.options}
    problems = []
    for section, known in (("options", options), ("questions", set(table.questions))):
        listed: Any = cat.answers.get(section, {})
        for key in sorted(set(listed) - known) if isinstance(listed, dict) else ():
            problems.append(
                f"data/i18n/{cat.code}/interface.toml: answers.{section}.{key}: the table has no "
                f"{section[:-1]} {key!r}"
            )
    return problems


def english_lines(path: Path, code: str = "en") -> dict[str, int]:
    """The line of each entry's English in a catalogue file (`en = "..."`), so that a fault is
    said where it is to be mended: the entries had been numbered from 0, without lines. With a
    language `code`, the line of the entry's translation, by its English: a translation's own
    fault was said at the `en` line above it (a maintainer-tester, twenty-fifth session)."""
    import tomllib

    lines: dict[str, int] = {}
    english = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        key = line.lstrip().split("=", 1)[0].strip()
        if key not in ("en", code):
            continue
        try:
            value = tomllib.loads(line).get(key)
        except tomllib.TOMLDecodeError:
            continue
        if key == "en" and isinstance(value, str):
            english = value
        if key == code and isinstance(value, str) and english is not None:
            lines.setdefault(english, number)
    return lines
