"""`python -m tspain.review_words`: the words of the shipped table's serious causes and its
emergency and urgent signs that are not yet in `fixed_words.json`, printed as that file holds
them (English and Spanish), for a clinician to review and a maintainer to paste in
(`fixed_causes.words_to_review`)."""

from __future__ import annotations

import json
import sys

from tspain import i18n
from tspain.fixed_causes import words_to_review
from tspain.loading import TableError, load_table


def main() -> int:
    """Print the words to review; a table with faults of its own says them first, exit 1."""
    try:
        table = load_table(allow_unsafe=True)
    except TableError as err:
        print(str(err), file=sys.stderr)
        return 1
    spanish = i18n.translated_table(table, i18n.load("es"))
    print(json.dumps(words_to_review(table, spanish), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
