"""The words an option's label must keep, where a warning sign reads that option: part of the
safety contract (`safety.py`) and of a translation's checks (`catalogues.py`). A
maintainer-tester swapped the labels of the minor and serious injuries (in English and in
Spanish), or added an option labelled "A serious accident: ..." beside the real one: each copy
validated, and a person who picked "A serious accident" was told SELF-CARE (thirtieth
session). Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tspain.table import RuleTable

LABEL_WORDS: dict[str, dict[tuple[str, str], str]] = {
    "en": {("injury", "major"): "serious", ("onset", "sudden"): "sudden"},
    "es": {("injury", "major"): "grave", ("onset", "sudden"): "repente"},
}
"""(question, option) -> the word its label keeps and no other option's label of that question
holds, in each language: the serious accident and the sudden onset, which the emergency signs
read. A new language declares its own here."""


def option_label_problems(table: RuleTable, code: str) -> list[str]:
    """One line for each label that lost its word, or another option's label that took it."""
    problems = []
    for (qid, option), word in LABEL_WORDS.get(code, {}).items():
        q = table.questions.get(qid)
        if q is None or option not in q.options:
            continue  # a missing question or option is said by the contract's other checks
        for other, label in q.options.items():
            says = word in label.casefold()
            if other == option and not says:
                problems.append(
                    f"questions.{qid}.options.{other}: its label must say {word!r}: a warning "
                    f"sign reads this option ({label!r})"
                )
            elif other != option and says:
                problems.append(
                    f"questions.{qid}.options.{other}: its label says {word!r}, which is "
                    f"{option!r}'s: a person who picks it would not get that option's warning sign"
                )
    return problems
