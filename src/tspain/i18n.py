"""The language a person reads: choosing it, and the catalogues that translate what tspain says.

A language is a folder of plain TOML files under `data/i18n/<code>/` (no code: a clinician adds
a language by adding files). Each file is a list of entries that pair the English text with its
translation, keyed by the English, as gettext does:

    [[text]]
    en = "How old are you?"
    es = "¿Cuántos años tiene?"

- `table.toml` translates the texts of the rule table a person reads (questions, options,
  warning messages, causes, advice). `tspain validate` reports any table text without a
  translation and any translation whose English is no longer in the table (stale), and checks
  that numbers and `{placeholders}` agree.
- `interface.toml` translates the program's own words (prompts, headings, errors), written in
  the code as `t("English {name}", name=...)`; a test checks it against the code the same way.
  Its `[answers]` table lists the words a person may type (yes, no, not sure, none, units).

English is the source language: it has no folder and `t()` returns the English as written.
The language is chosen by `--lang`, else $TSPAIN_LANG, else the locale (LC_ALL, LC_MESSAGES,
LANG: `es_*` is Spanish), else English.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tspain.catalogue_files import ENGLISH as ENGLISH  # re-exported: i18n.ENGLISH
from tspain.catalogue_files import LanguageError as LanguageError
from tspain.catalogue_files import catalogue_file, read_entries
from tspain.paths import default_table_path
from tspain.readable import CONDITION_FIELDS as CONDITION_FIELDS
from tspain.readable import TEXT_FIELDS as TEXT_FIELDS
from tspain.readable import table_texts as table_texts
from tspain.readable import walk as _walk

if TYPE_CHECKING:
    from tspain.table import Answer, Question, RuleTable

LANG_ENV = "TSPAIN_LANG"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
EMERGENCY_NUMBERS = ("999", "112", "911")
"""Emergency telephone numbers: a translation names those of its language's countries."""
UNIT_WORDS = {
    "minute": "minute", "minutes": "minute", "minuto": "minute", "minutos": "minute",
    "hour": "hour", "hours": "hour", "hora": "hour", "horas": "hour",
    "day": "day", "days": "day", "día": "day", "días": "day", "dia": "day", "dias": "day",
    "week": "week", "weeks": "week", "semana": "week", "semanas": "week",
    "month": "month", "months": "month", "mes": "month", "meses": "month",
    "year": "year", "years": "year", "año": "year", "años": "year", "ano": "year", "anos": "year",
}  # fmt: skip
"""Units of time a number in a text may be said in, in the languages shipped: a translation's
"6 meses" for "6 weeks" kept its number and passed (a maintainer-tester, thirty-third session)."""
UNIT_AFTER = re.compile(
    r"(\d+(?:[.,]\d+)?)(?:\s*(?:-|\u2013|to|a|or|o|y|and)\s*(\d+(?:[.,]\d+)?))?\s+([^\W\d_]+)"
)


IN_ENGLISH = "; `--lang en` gives the result in English meanwhile"
"""Said after a fault in a translation's files: a person with chest pain got only the
maintainer's line, and no result (a maintainer-tester, thirty-third session)."""


@dataclass(frozen=True)
class Catalogue:
    """One language: its code, and the translations of table texts and interface texts.
    Immutable: a catalogue is shared freely between calls and threads."""

    code: str = ENGLISH
    table: Mapping[str, str] = field(default_factory=dict)
    interface: Mapping[str, str] = field(default_factory=dict)
    answers: Mapping[str, Any] = field(default_factory=dict)
    """The words a person may type: lists (yes, no, not_sure, none, why, back, done, out_of,
    around), tables of word -> number (severity, days, "hoy", numbers) and `keys`."""
    name: str = "English"

    def t(self, english: str, /, **values: Any) -> str:
        """The interface text in this language, with its {placeholders} filled in."""
        text = self.interface.get(english, english)
        return text.format(**values) if values else text

    def key(self, meaning: str) -> str:
        """The key shown for an answer or command: "s" for not sure in English, "ns" in
        Spanish (where "s" is "sí"), from the catalogue's `[answers.keys]`."""
        keys = self.answers.get("keys", {})
        return str(keys.get(meaning, ENGLISH_KEYS[meaning])) if isinstance(keys, dict) else ""

    @functools.cached_property
    def english_of(self) -> Mapping[str, str]:
        """Translated table text -> its English source (English: itself), so that work done on
        the words (merging near-identical advice) gives the same result in every language."""
        return {tr: en for en, tr in self.table.items()}


ENGLISH_TEXTS = Catalogue()
"""English: the source language, no translations (a constant, never changed)."""

_speaking: ContextVar[Catalogue] = ContextVar("tspain_language", default=ENGLISH_TEXTS)
"""The language of the terminal layer (prompts, screens, reports) for the command running in
this context, set once by the CLI (`use`). The engine and `tspain.assess` never read it: they
take the language as a parameter."""


def i18n_dir() -> Path:
    """The shipped translations: beside the shipped rule table (in the package or a checkout)."""
    return default_table_path().parent / "i18n"


def available() -> list[str]:
    """Every language tspain can speak: English and each folder of translations."""
    base = i18n_dir()
    if not base.is_dir():
        return [ENGLISH]
    return [ENGLISH, *sorted(p.name for p in base.iterdir() if (p / "interface.toml").is_file())]


def code_of(name: str) -> str:
    """The language code in a name as people write it: "es", "ES", "es-MX", "es_ES.UTF-8" ->
    "es"; "C.UTF-8" and "POSIX" -> English (checked by `use`: an unknown code is an error, not a
    silent fallback)."""
    if not isinstance(name, str):
        raise LanguageError(f"a language is a code such as 'en' or 'es', not {name!r}")
    name = name.strip()
    if not name:  # `--lang "$EMPTY"` fell back to the locale, unsaid (a scripter's audit)
        raise LanguageError("the language is empty: give a code such as 'en' or 'es'")
    code = name.split(".")[0].split("_")[0].split("-")[0].lower() or name.lower()
    # The C and POSIX locales ("C.UTF-8", a container's usual default) name no language: the
    # program's own, English.
    return ENGLISH if code in ("c", "posix") else code


def from_environment(environ: dict[str, str] | None = None) -> str:
    """The language asked for by $TSPAIN_LANG or else the locale; English if none is known."""
    env = os.environ if environ is None else environ
    known = available()
    choice = env.get(LANG_ENV, "").strip()
    if choice:  # "es", or a locale name as LANG takes it ("es_ES.UTF-8")
        return code_of(choice)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = code_of(value)
            return code if code in known else ENGLISH
    return ENGLISH


def load(code: str) -> Catalogue:
    """The catalogue of a language (English: an empty one), refused (LanguageError, its first
    problem) if it could crash tspain or misread an answer (`tspain.catalogues`). Read once
    per folder and language: a script assessing in Spanish read three files a call."""
    return _loaded(str(i18n_dir()), code)


@functools.lru_cache(maxsize=8)
def _loaded(folder: str, code: str) -> Catalogue:
    catalogue = read(code)
    from tspain.catalogues import interface_problems

    problems = interface_problems(catalogue)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise LanguageError(f"{problems[0]}{more}; `tspain validate` lists them")
    return catalogue


def read(code: str) -> Catalogue:
    """The catalogue of a language as written, unchecked (for `tspain validate`)."""
    if code == ENGLISH:
        return Catalogue()
    if code not in available():
        names = ", ".join(available())
        raise LanguageError(f"unknown language {code!r} (tspain speaks: {names})")
    folder = i18n_dir() / code
    doc = catalogue_file(folder / "interface.toml")[1]
    answers = doc.get("answers", {})
    if not isinstance(answers, dict):
        raise LanguageError(f"{folder / 'interface.toml'}: answers must be a table")
    return Catalogue(
        code=code,
        name=str(doc.get("name", code)),
        table=read_entries(folder / "table.toml", code),
        interface=read_entries(folder / "interface.toml", code),
        answers=answers,
    )


def use(code: str) -> Catalogue:
    """Speak `code` in the terminal layer of this command (LanguageError if tspain has no such
    language)."""
    catalogue = load(code.lower())
    _speaking.set(catalogue)
    return catalogue


def current() -> Catalogue:
    """The terminal layer's language (see `use`)."""
    return _speaking.get()


def t(english: str, /, **values: Any) -> str:
    """The interface text in the terminal layer's language, with its {placeholders} filled in."""
    return _speaking.get().t(english, **values)


ENGLISH_KEYS = {"yes": "y", "no": "n", "not_sure": "s", "why": "?", "back": "b", "done": "q"}


def key(meaning: str) -> str:
    """The key shown for an answer or command, in the terminal layer's language."""
    return _speaking.get().key(meaning)


def answer_label(question: Question, answer: Answer | None, texts: Catalogue | None = None) -> str:
    """An answer as a person reads it in a list: "yes", "no", "Gradually", "62"; "not sure"
    when unknown (in `texts`' language, by default the terminal layer's; option labels come
    translated with the table)."""
    t = (texts or _speaking.get()).t
    if answer is None:
        return t("not sure")
    if isinstance(answer, bool):
        return t("yes") if answer else t("no")
    if question.type == "choice":
        return question.options.get(str(answer), str(answer))
    if question.unit == "days":  # "10 -> 40" in a comparison said nothing of what
        return f"{answer} {t('day') if answer == 1 else t('days')}"
    if question.unit == "years":
        return f"{answer} {t('year') if answer == 1 else t('years')}"
    return str(answer)


def level_word(level: str) -> str:
    """A triage level's id in words (ids stay English in JSON; a person reads words)."""
    words = {
        "emergency": t("emergency"),
        "urgent": t("urgent"),
        "routine": t("routine"),
        "self_care": t("self-care"),
    }
    return words.get(level, level)


def mismatch(english: str, translated: str) -> str | None:
    """Why a translation cannot stand for its English (placeholders or numbers differ)."""
    if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(translated)):
        return "placeholders differ from the English"
    en_numbers = sorted(n.replace(",", ".") for n in NUMBER.findall(english))
    tr_numbers = sorted(n.replace(",", ".") for n in NUMBER.findall(translated))
    calls = set(EMERGENCY_NUMBERS)
    if calls & set(en_numbers) and calls & set(tr_numbers):
        # Emergency numbers are said as the language's countries dial them (112 in Spain;
        # 999 only in the UK): any of them may stand for the English list.
        en_numbers = [n for n in en_numbers if n not in calls]
        tr_numbers = [n for n in tr_numbers if n not in calls]
    if en_numbers != tr_numbers:
        # What each has, and how to mend it: a maintainer's "tras tres semanas" for "after 3
        # weeks" was refused saying only "(3)".
        return (
            f"numbers differ from the English: it has {' '.join(en_numbers) or 'none'}, the "
            f"translation {' '.join(tr_numbers) or 'none'} (write each number in digits, as "
            "the English does)"
        )
    return _unit_mismatch(english, translated)


def _timed(text: str) -> list[tuple[str, str]]:
    """Each number said with a unit of time in `text`, and that unit ("6 weeks": 6, week); both
    ends of a range ("2 to 6 weeks": 2 and 6; "2 semanas a 6 meses" kept the first's unit and
    passed: a code reviewer, thirty-fourth session)."""
    found = []
    for m in UNIT_AFTER.finditer(text):
        unit = UNIT_WORDS.get(m[3].casefold())
        found += [(n.replace(",", "."), unit) for n in (m[1], m[2]) if n and unit is not None]
    return sorted(found)


def _unit_mismatch(english: str, translated: str) -> str | None:
    """A number the English says in a unit of time, said in another unit (a number said with
    a unit only in the translation, "50 años" for an age of 50, is left)."""
    en = _timed(english)
    wrong = [
        (n, u) for n, u in _timed(translated) if any(m == n for m, _ in en) and (n, u) not in en
    ]
    if not wrong:
        return None
    said = ", ".join(_in_words(n, u) for n, u in en if any(m == n for m, _ in wrong))
    return (
        f"units of time differ from the English: it has {said}, the translation "
        f"{', '.join(_in_words(n, u) for n, u in wrong)}"
    )


def _in_words(number: str, unit: str) -> str:
    return f"{number} {unit}" if number == "1" else f"{number} {unit}s"


def translated_table(table: RuleTable, catalogue: Catalogue | None = None) -> RuleTable:
    """The rule table with its readable texts in the catalogue's language. A text the catalogue
    lacks stays English (`tspain validate` reports it)."""
    cat = current() if catalogue is None else catalogue
    if cat.code == ENGLISH:
        return table
    # Kept on the table object (not in a module global), per catalogue.
    made: dict[str, tuple[Catalogue, RuleTable]] = vars(table).setdefault(
        "_tspain_translations", {}
    )
    if cat.code not in made or made[cat.code][0] != cat:
        made[cat.code] = (cat, _walk(table, lambda s: cat.table.get(s, s), False))
    return made[cat.code][1]


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def used_mismatches(translated: RuleTable, cat: Catalogue) -> list[str]:
    """Translations in use whose placeholders or numbers are not the English's: a maintainer's
    "{respuesta} días" was shown to the person as is."""
    from tspain.catalogues import english_lines

    used = set(table_texts(translated))
    found = [(en, why) for en, tr in cat.table.items() if tr in used if (why := mismatch(en, tr))]
    if not found:
        return []  # the lines are read only to place a fault: a line at a time, 15 ms a run
    path = i18n_dir() / cat.code / "table.toml"
    line = english_lines(path, cat.code) if path.is_file() else {}
    where = f"data/i18n/{cat.code}/table.toml"
    return [f"{where}:{line.get(en, 0)}: {why}: {_short(en)}" for en, why in found]


def refusal(translated: RuleTable, cat: Catalogue, path: str | None = None) -> str | None:
    """Why a result in this language is refused, in one line (the first fault, how many more,
    and where to see them all: `path`, a table of one's own, is named, or the command checked
    the shipped table and said "valid": a newcomer), or None: a translation must not change
    what a level says, and must fill in what the English fills in."""
    from tspain.catalogues import table_translation_problems

    problems = table_translation_problems(translated, cat) + used_mismatches(translated, cat)
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    import shlex

    table = f" {shlex.quote(path)}" if path else ""
    return f"{problems[0]}{more}; `tspain --lang {cat.code} validate{table}` lists them"
