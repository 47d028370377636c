"""`python -m tspain.review_words`: the words of the shipped table's serious causes and its
warning signs and questions that are not yet in `fixed_words.json`, printed as that file holds
them (English and Spanish), for a clinician to review; `--add` then puts them in the file, each
beside the entries of its kind (a maintainer-tester merged the printed JSON into the file's
1,800 lines by hand: thirty-fifth session)."""

from __future__ import annotations

import json
import sys
from typing import Any

from tspain import i18n
from tspain.fixed_causes import words_to_review
from tspain.fixed_questions import WHERE, WORDS_FILE
from tspain.loading import RULES_ENV, TableError, load_table, table_path
from tspain.paths import default_table_path

USAGE = """usage: python -m tspain.review_words [--add]

Print the words of the rule table's serious causes, warning signs and questions that are not
yet in src/tspain/fixed_words.json (new or changed), as that file holds them, for a clinician
to review: the shipped table's, or the one TSPAIN_RULES names. With --add, once they are
reviewed, put the shipped table's in the file (new entries after those of their kind, changed
ones in place) and say which.
"""


def main(argv: list[str] | None = None) -> int:
    """Print the words to review (or add them, with --add); a table with faults of its own
    says them first, exit 1; an unknown option, exit 2."""
    args = argv or []  # the command line's arguments are given by `__main__` below
    if {"-h", "--help"} & set(args):  # "--add -h" too (a code reviewer, thirty-fifth session)
        print(USAGE, end="")
        return 0
    if args not in ([], ["--add"]):
        print(f"tspain.review_words: unknown option {' '.join(args)!r}\n{USAGE}", file=sys.stderr)
        return 2
    if args == ["--add"] and (own := _own_table()):  # a copy's words were added to the
        print(  # package's file, and the shipped table then failed (a scripter, 38th session)
            f"tspain.review_words: --add puts words in {WHERE}, the reviewed words of the shipped "
            f"table, not of {own} ({RULES_ENV}): a table of your own with new words runs with "
            "--allow-unsafe-table, and each result says so",
            file=sys.stderr,
        )
        return 2
    try:
        table = load_table(allow_unsafe=True)
    except TableError as err:
        print(str(err), file=sys.stderr)
        return 1
    spanish = i18n.translated_table(table, i18n.load("es"))
    found = words_to_review(table, spanish)
    if args != ["--add"]:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    held: dict[str, Any] = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    for code, parts in found.items():
        for part, entries in parts.items():
            held[code][part] = {**held[code][part], **entries}
    WORDS_FILE.write_text(json.dumps(held, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    added = sorted({f"{part} {key}" for p in found.values() for part, e in p.items() for key in e})
    print(f"{WHERE}: " + ("; ".join(added) if added else "nothing to add"))
    return 0


def _own_table() -> str | None:
    """The table $TSPAIN_RULES names when it is not the shipped one, else None."""
    where = table_path()
    return None if where.resolve() == default_table_path().resolve() else str(where)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
