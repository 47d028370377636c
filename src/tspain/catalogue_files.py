"""A language's catalogue files read: each `[[text]]` entry's English and translation, the
line it is on, and what is wrong with an entry or a file, in plain words (`tspain.i18n` reads
the catalogues through it; `tspain validate` lists the faults)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

ENGLISH = "en"
"""The source language: it has no catalogue."""


class LanguageError(ValueError):
    """A language that cannot be used: unknown code, or an unreadable catalogue."""

    __module__ = "tspain"  # shown as tspain.LanguageError, as imported (a reviewer)


def catalogue_file(path: Path) -> tuple[str, dict[str, Any]]:
    """A catalogue file's text and TOML document; LanguageError says what is wrong, at its line
    where it has one, in the words the rule table's faults get (`tspain.toml_text`)."""
    from tspain.toml_text import NotToml, parsed

    try:
        return parsed(path.read_bytes())
    except OSError as err:
        raise LanguageError(f"{path}: cannot read: {err.strerror or err}") from None
    except NotToml as err:
        raise LanguageError(f"{path}{f':{err.line}' if err.line else ''}: {err}") from None


HEAD = re.compile(r"\s*\[\[\s*text\s*\]\]\s*(?:#.*)?$")  # "[[text]]  # a comment" (29th)


def read_entries(path: Path, code: str) -> dict[str, str]:
    """English -> translation from one catalogue file, less empty ones (chest pain was a blank
    item: a scripter, 29th; `validate` names them); LanguageError names any fault."""
    out, faults, _ = entries_and_faults(path, code)
    if faults:
        raise LanguageError(faults[0])
    return {en: tr for en, tr in out.items() if tr.strip()}  # an empty one is shown in English


def _misnamed(doc: dict[str, Any], source: str, path: Path) -> list[str]:
    """A table named nearly `text` ("[[texts]]"), at its line: it was said only as each text in
    it lacking a translation (a maintainer-tester, thirty-fourth session)."""
    faults = []
    for key in doc:
        if key != "text" and difflib.get_close_matches(key.lower(), ["text"], cutoff=0.6):
            head = re.compile(rf"^\s*\[\[?\s*{re.escape(key)}\s*\]")
            at = next((n for n, ln in enumerate(source.splitlines(), 1) if head.match(ln)), 0)
            faults.append(
                f"{path}:{at}: this [[{key}]] is not a catalogue table: did you mean [[text]]?"
            )
    return faults


def _under_misnamed(doc: dict[str, Any]) -> set[str]:
    """The English of the entries under a table named nearly `text`: said with it, not each
    again as having no translation (a regression hunter, thirty-fourth session)."""
    return {
        entry[ENGLISH]
        for key, entries in doc.items()
        if key != "text" and difflib.get_close_matches(key.lower(), ["text"], cutoff=0.6)
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict) and isinstance(entry.get(ENGLISH), str)
    }


def entries_and_faults(path: Path, code: str) -> tuple[dict[str, str], list[str], set[str]]:
    """English -> translation from one catalogue file, every fault of its entries (one hid the
    rest from `validate`: a scripter, twenty-seventh session), and the English of the faulty
    entries that have one (their fault is said, not again as "no translation"). A file that
    cannot be read or parsed raises LanguageError."""
    source, doc = catalogue_file(path)
    if not isinstance(doc.get("text", []), list):
        raise LanguageError(f"{path}: `text` must be a list of [[text]] entries")
    # Each entry's line, to say where to mend it (entries were numbered from 0: a maintainer)
    heads = [n for n, line in enumerate(source.splitlines(), 1) if HEAD.match(line)]
    out: dict[str, str] = {}
    first: dict[str, int] = {}  # each English's first entry's line (a faulty entry shifted it)
    faults, named = _misnamed(doc, source, path), _under_misnamed(doc)
    for i, entry in enumerate(doc.get("text", [])):
        line = heads[i] if i < len(heads) else 0
        at = f"{path}:{line}"
        en, tr = (entry.get(ENGLISH), entry.get(code)) if isinstance(entry, dict) else (None, None)
        if not isinstance(en, str) or not isinstance(tr, str):
            faults.append(f"{at}: this [[text]] needs the strings {ENGLISH!r} and {code!r}")
            named |= {en} if isinstance(en, str) else set()
        elif en in out:  # the second would silently win: a maintainer's edit lost, or a wrong one
            faults.append(f"{at}: this [[text]] translates the same English as line {first[en]}")
        else:
            out[en], first[en] = tr, line
    return out, faults, named
