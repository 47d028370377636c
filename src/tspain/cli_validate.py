"""What `tspain validate` checks beyond the table's own faults: the safety contract, and for the
shipped table its compiled form and translations."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from tspain.i18n import Catalogue
    from tspain.table import RuleTable


def _catalogue_checks(table: RuleTable, code: str) -> list[str]:
    """The checks of `tspain.catalogues` on a language as written."""
    from tspain import i18n
    from tspain.catalogues import interface_problems, table_translation_problems

    try:
        catalogue = i18n.read(code)
    except i18n.LanguageError as err:  # an entry's fault as `catalogue_problems` says it
        return [in_repo(str(err)) if ": this [[" in str(err) else str(err)]
    translated = i18n.translated_table(table, catalogue)
    return (
        interface_problems(catalogue)
        + table_translation_problems(translated, catalogue)
        + i18n.used_mismatches(translated, catalogue)
    )


def untranslated(table: RuleTable, catalogue: Catalogue) -> list[str]:
    """The table's texts a person reads that the catalogue has no translation of (shown in
    English): none in the shipped table (`validate` refuses it), a table's own changed texts."""
    from tspain.i18n import table_texts

    return [text for text in table_texts(table) if text not in catalogue.table]


def untranslated_note(table: RuleTable, catalogue: Catalogue, rules: str | None) -> str | None:
    """How many texts a run in the catalogue's language shows in English, and where they are
    listed (`rules`: a table of one's own, named), in that language; None when there are none."""
    import shlex

    from tspain.i18n import t

    missing = len(untranslated(table, catalogue))
    said = {"count": missing, "code": catalogue.code}
    said["table"] = f" {shlex.quote(rules)}" if rules else ""
    if missing == 0:
        return None
    if missing == 1:
        return t(
            "{count} text of the rule table has no translation and is shown in English "
            "(`tspain --lang {code} validate{table}` lists it)",
            **said,
        )
    return t(
        "{count} texts of the rule table have no translation and are shown in English "
        "(`tspain --lang {code} validate{table}` lists them)",
        **said,
    )


def check_what_runs(where: Path, table: RuleTable, language_fault: str | None = None) -> None:
    """What a valid table still needs before it is what runs: the safety contract (every
    warning sign of the clinical brief at its level; `tspain.safety`); for the shipped table, a
    compiled form that is exactly the one compiled from it, and translations
    (data/i18n/<code>/table.toml) with one for every text, none left over, numbers and
    placeholders as in the English. TableError lists the faults. A table elsewhere is someone's
    own: its texts are not expected to be translated, but in a language other than English the
    faults that language's `check` would refuse (a level's text that lost its meaning) are
    listed; and `language_fault`, a language asked for (`--lang`) that could not be read."""
    from tspain import i18n
    from tspain.loading import TableError, compiled_problems
    from tspain.paths import default_table_path
    from tspain.safety import contract_problems

    problems = contract_problems(table)
    if where.resolve() == default_table_path().resolve():
        # "run python -m tspain.loading" is no advice while it would refuse the table (a
        # maintainer-tester, twenty-second session): the contract's faults are what to mend
        problems += [] if problems else compiled_problems(where.resolve(), table)  # a link's too
        for code in i18n.available()[1:]:
            problems += catalogue_problems(table, code)
            # Both read the file: a fault in reading it is said once.
            problems += [p for p in _catalogue_checks(table, code) if p not in problems]
    elif i18n.current().code != i18n.ENGLISH:  # what `--lang es check` would refuse
        problems += _catalogue_checks(table, i18n.current().code)
    elif language_fault:  # the language asked for could not be read: `check` refuses it, and
        problems.append(in_repo(language_fault.split("; `tspain validate`")[0]))  # (29th)
    if problems:
        from tspain.toml_lines import problem_line

        text = where.read_text(encoding="utf-8", errors="replace")
        raise TableError(where, problems, {p: n for p in problems if (n := problem_line(p, text))})


def notes(where: Path, table: RuleTable) -> list[str]:
    """What `validate` says of a valid table beside "valid": texts shown in English in another
    language, and a copy that keeps the shipped table's version."""
    from tspain import i18n

    catalogue = i18n.current()
    english = [] if catalogue.code == i18n.ENGLISH else list(untranslated(table, catalogue))
    translations = sorted(i18n.i18n_dir().glob("*/table.toml"))  # the Spanish "[bold red]"
    # had no note where the English had one (a maintainer-tester, thirty-fifth session)
    return [
        *shipped_version(where, table.version),
        *_markup(where),
        *(f"{in_repo(str(path))}: {note}" for path in translations for note in _markup(path)),
        *(f"no translation, shown in English: {text}" for text in english),
    ]


def in_repo(problem: str) -> str:
    """A translation's fault named by its catalogue's path in the repository, as the others are
    ("data/i18n/es/table.toml:2361: ..."): with the full path, `validate --json` gave it the
    table's file and a null line (a scripter, twenty-seventh session)."""
    from tspain.i18n import i18n_dir

    folder = str(i18n_dir())
    return "data/i18n" + problem[len(folder) :] if problem.startswith(folder + "/") else problem


CATALOGUE_AT = re.compile(r"data/i18n/([\w-]+)/([\w.]+\.toml)(?::([0-9]+))?(?=[: ])")
"""Where a translation's fault is: its catalogue, and the line when known."""


def faults_json(where: Path, problems: list[str], lines: dict[str, int]) -> dict[str, object]:
    """`validate --json` for a table with faults: each fault's line, and the file it is in
    (`files`): a translation's fault had the table's path and a null line, its line only in
    the message (a scripter, twenty-sixth session)."""
    from tspain.i18n import i18n_dir

    files: list[str] = []
    at: list[int | None] = []
    for problem in problems:
        found = CATALOGUE_AT.match(in_repo(problem))  # a catalogue named by its full path too
        files.append(str(i18n_dir() / found[1] / found[2]) if found else str(where))
        at.append((int(found[3]) if found[3] else None) if found else lines.get(problem))
    return {"path": str(where), "valid": False, "problems": problems, "lines": at, "files": files}


MARKUP = re.compile(
    r"\[/?(?:bold|italic|underline|dim|reverse|blink|strike|link|b|i|u|s|red|green|blue|yellow"
    r"|magenta|cyan|white|black)(?:[\s=][^\]]*)?\]|\[/\]"
)
"""Terminal markup ("[bold]", "[/]"): a maintainer-tester's "[bold]Warm up[/bold]" validated,
and a person read the brackets (rule-table text is never markup: it is shown as typed)."""


def _markup(where: Path) -> list[str]:
    try:
        lines = where.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [
        f"line {n}: {found[0]!r} looks like markup; text is shown as typed, brackets and all"
        for n, line in enumerate(lines, 1)
        if (found := MARKUP.search(line))
    ]


def shipped_version(where: Path, version: str) -> list[str]:
    """A copy edited but not given its own version: its results and reports named the shipped
    table's version, two tables under one (a table maintainer, twenty-first session). A note,
    not a fault: a copy tried out for a moment need not be renamed; every command says it, on
    stderr (a scripter, twenty-sixth session, whose results named the shipped version)."""
    import json

    from tspain.compiled_form import compiled_path
    from tspain.paths import default_table_path

    try:
        shipped = json.loads(compiled_path(default_table_path()).read_text(encoding="utf-8"))
        same = shipped["table"]["version"] == version
        text = where.read_text(encoding="utf-8")
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if not same or text == shipped["source"] or where.resolve() == default_table_path().resolve():
        return []
    return [
        f"version: {version} is the shipped table's, but this table differs from it: give it "
        "its own version (the edit's date, then a number), so that its results say which table"
    ]


def catalogue_problems(table: RuleTable, code: str) -> list[str]:
    """What is wrong with a language's translation of the table: missing, stale, mismatched."""
    from tspain.catalogue_files import entries_and_faults
    from tspain.catalogues import english_lines
    from tspain.i18n import (
        LanguageError,
        _short,
        i18n_dir,
        mismatch,
        table_texts,
    )
    from tspain.spelling import near

    path = i18n_dir() / code / "table.toml"
    try:
        entries, faults, named = entries_and_faults(path, code)
    except LanguageError as err:  # the file: said with its full path
        return [str(err)]
    texts = table_texts(table)
    where = f"data/i18n/{code}/table.toml"
    present = set(texts)
    missing = [s for s in texts if s not in entries and s not in named]
    stale = [en for en in entries if en not in present]

    def typo(text: str, among: list[str]) -> str | None:  # an entry's English misspelt
        close = near(text, among, cutoff=0.8)
        return close[0] if close else None

    # an entry whose English the table changed a little: one problem, at its line, saying the
    # words that differ (a maintainer's "2 to 6 weeks" made "3 to 6 weeks" got three problems,
    # two of them the same sentence cut off before the difference: twenty-fourth session)
    changed = {s: t for s in missing if (t := typo(s, stale))}
    # each entry's line, read only when an entry is at fault: it took most of a valid
    # table's check, for every `tspain validate`
    line = english_lines(path) if changed or stale else {}
    problems = [in_repo(fault) for fault in faults]
    problems += [
        f"{where}:{line.get(t, 0)}: this entry's English is no longer the table's: the table "
        f"says {words_changed(t, s)}: write the table's words in its en, and mend its {code}"
        for s, t in changed.items()
    ]
    problems += [
        f"{where}: no translation of {s!r}: add a [[text]] with it as en, and its {code}"
        for s in missing
        if s not in changed
    ]
    problems += [
        f"{where}:{line.get(en, 0)}: stale translation (its English is no longer in the table): "
        f"{_short(en)}"
        for en in stale
        if en not in changed.values()
    ]
    wrong = {
        en: why
        for en, tr in entries.items()
        if en in present and (why := mismatch(en, tr) if tr.strip() else "the translation is empty")
    }
    own = english_lines(path, code) if wrong else {}  # a translation's fault, at its own line
    problems += [f"{where}:{own.get(en, 0)}: {why}: {_short(en)}" for en, why in wrong.items()]
    return problems


def words_changed(old: str, new: str) -> str:
    """Where two sentences differ, with a few words around: "'... better in 3 to 6 weeks, ...'
    where it has '... better in 2 to 6 weeks, ...'"."""
    import difflib

    a, b = old.split(), new.split()
    blocks = [op for op in difflib.SequenceMatcher(None, a, b).get_opcodes() if op[0] != "equal"]
    if not blocks:
        return repr(new)
    first, last = blocks[0], blocks[-1]
    start_a, start_b = max(first[1] - 3, 0), max(first[3] - 3, 0)
    end_a, end_b = min(last[2] + 3, len(a)), min(last[4] + 3, len(b))

    def cut(words: list[str], start: int, end: int) -> str:
        return repr(
            ("... " * (start > 0)) + " ".join(words[start:end]) + (" ..." * (end < len(words)))
        )

    return f"{cut(b, start_b, end_b)} where it has {cut(a, start_a, end_a)}"
