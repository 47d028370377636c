"""The words of every question the safety contract's warning signs read, and of the self-care
safety net, word for word in each language: part of the safety contract (`safety.py`) and of a
translation's checks (`catalogues.py`).

A maintainer-tester reworded the chest-pain question to "... for more than a week that is worse
when you press on it?", and its short form on the emergency list to "Chest pain for over a
week, tender to press": both validated, and a person with sudden crushing chest pain would
answer none. The same tester rewrote the self-care result's "see a doctor if" line to book a GP
appointment for chest pain, or deleted it (thirty-second session). The signs' conditions were
held by the contract, the words people answer them by were not. As with the levels' texts
(`fixed_texts`) and the choices' labels (`option_labels`), a change is made in
`fixed_words.json` beside this module, with the clinical review that approved it, not in the
table alone. A second maintainer-tester (the same session) narrowed the rest: a sign's own
short form ("chest pain lasting over an hour that does not ease when you press", shown in "Call
an ambulance if you have any of: ..."), a question's "why" ("a car crash you walked away from
counts as a minor one"), its "says" ("you have no fever" for a yes, told to the doctor), and a
sign's message ("common when you are stressed"): the words of each question a contract sign
reads (text, short form, why, says) and of each emergency and urgent sign (message, short form)
are held. Pure but for reading that file."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tspain.table import RuleTable

WORDS_FILE = Path(__file__).with_name("fixed_words.json")
WHERE = "src/tspain/fixed_words.json"


@functools.cache
def fixed_words() -> dict[str, Any]:
    """language -> {"questions": id -> field -> words, "signs": id -> field -> words,
    "safety_net": the line}: read once (a constant of the package, like a module)."""
    words: dict[str, Any] = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return words


def _same(got: object, want: object) -> bool:
    """Equal, white space aside; a `says` compared answer by answer (one it does not take is
    the table's own fault: "not an answer it takes")."""
    if isinstance(got, dict) and isinstance(want, dict):
        return all(k in got and _same(got[k], want[k]) for k in want)
    if isinstance(got, str) and isinstance(want, str):
        return " ".join(got.split()) == " ".join(want.split())
    return got == want


def fixed_question_problems(table: RuleTable, code: str) -> list[str]:
    """One line for each such question or sign whose words are not the ones fixed, and for a
    safety net line taken out or changed. In a translation, a text left untranslated is shown
    in English, the English fixed here, and is said by the catalogue's own checks."""
    fixed = fixed_words()
    if code not in fixed:  # a new language declares its own
        return [f"no fixed question words declared for language {code!r} ({WHERE})"]
    english, own = fixed["en"], fixed[code]
    problems = []
    for qid, words in own["questions"].items():
        q = table.questions.get(qid)
        if q is not None:  # a missing question is said by the contract's other checks
            problems += _field_problems(f"questions.{qid}", q, words, english["questions"][qid])
    # the first of an id: a second one is a duplicate, said as that (its words were said to
    # be the first's changed: a maintainer-tester, thirty-fourth session)
    signs = {s.id: s for s in reversed(table.warning_signs)}
    for sid, words in own["signs"].items():
        if sid in signs:  # a sign taken out is said by the public ids' check
            problems += _field_problems(
                f"warning_signs.{sid}", signs[sid], words, english["signs"][sid]
            )
    net = own["safety_net"]
    lines = [" ".join(x.split()) for x in table.advice.see_a_doctor_if if isinstance(x, str)]
    if not {net, english["safety_net"]} & set(lines):
        problems.append(
            f"advice.see_a_doctor_if must keep {net!r}: every self-care result shows it "
            f"(the safety net); a change needs a clinician's sign-off, made in {WHERE}"
        )
    return problems


def _field_problems(
    where: str, item: object, words: dict[str, Any], english: dict[str, Any]
) -> list[str]:
    return [
        f"{where}.{name} is fixed by the safety contract ({want!r}): a person answers or reads "
        f"a warning sign by these words; a change needs a clinician's sign-off, made in {WHERE} "
        "(`python -m tspain.review_words` prints a sign's new words)"
        for name, want in words.items()
        if not _same(getattr(item, name), want) and not _same(getattr(item, name), english[name])
    ]
