"""The words of every cause that needs a doctor today or an ambulance, word for word in each
language, and that every warning sign's and question's words are in `fixed_words.json` (their
changes are said by `fixed_questions`): part of the safety contract (`safety.contract_problems`
calls this for the table, `catalogues` for each translation).

Each of these texts was held by lists of words that reassure or put the doctor off, and each
list was one wording behind, as the levels' lists had been (`fixed_texts`): a maintainer-tester
validated "Bed rest for a week usually brings the fever down; book a doctor after that" as a
spinal infection's advice while waiting, "(book an appointment within a week or so)" in
place of shingles' "today: antivirals work best within 3 days", the heart attack renamed
"Heart muscle ache (minor)" under "cannot be ruled out at home" on an EMERGENCY screen, the
torn aorta described as "a minor strain ... of little concern", and a new urgent sign whose
message said to see a GP "at a convenient time over the coming weeks" (thirty-fourth session).
A cause's name, description and every line of its advice (with its condition), and a sign's
message and short form, are now those in `fixed_words.json`, changed there with the clinical
review that approved them; a new such cause or sign is refused until its words are there. Pure
but for reading that file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tspain.cause_texts import SEEN_TODAY
from tspain.fixed_questions import WHERE, fixed_words

if TYPE_CHECKING:
    from tspain.table import RuleTable

FIELDS = ("name", "description", "self_care", "meanwhile", "see_a_doctor_if", "prevention")
"""What a person reads of a cause: its name and description, and its advice, line by line."""
READ_IN_ROWS = "reasons"
"""And the words of its rows' combined conditions, read in its reasons ("1 of the 3 risk
factors seen in most people, which make an abscess unlikely to need a doctor before next
month" validated under URGENT: a maintainer-tester, thirty-fourth session)."""


def _in_rows(cause: Any) -> list[str]:
    """The words a person reads in a cause's rows: each combined condition's `about`."""
    from tspain.readable import walk

    seen: list[str] = []

    def note(text: str) -> str:
        seen.append(text)
        return text

    walk([cause.evidence, cause.frequencies], note, False)
    return seen


def _cause_words(cause: Any) -> dict[str, Any]:
    """A cause's words as `fixed_words.json` holds them."""
    return {name: _said(getattr(cause, name)) for name in FIELDS} | {READ_IN_ROWS: _in_rows(cause)}


def _said(value: object) -> Any:
    """A text, as written; a list of advice lines as their texts, each with its
    condition where it has one (a line's words kept and a condition that never holds added
    hid it, and validated: a code reviewer, thirty-fourth session)."""
    if isinstance(value, list):
        from tspain.assessment import as_json

        return [
            _said(x) if isinstance(x, str) else as_json(x) | {"text": _said(x.text)} for x in value
        ]
    return str(value)  # as written: a space added kept the English words, and lost the
    # Spanish, looked up by them (a regression hunter, thirty-fourth session)


def fixed_cause_problems(table: RuleTable, code: str) -> list[str]:
    """One line for each text of a cause seen today that is not the one fixed for it, and for
    each such cause, warning sign or question whose words are not fixed yet (a sign's or a
    question's changed words are said by `fixed_questions`). A text left in English in a
    translation is the English fixed here (its catalogue says it)."""
    fixed = fixed_words()
    if code not in fixed:  # said once, by fixed_question_problems
        return []
    own: dict[str, Any] = fixed[code].get("causes", {})
    english: dict[str, Any] = fixed["en"].get("causes", {})
    problems = []
    added = all(cid in table.causes for cid in own)  # else one was renamed: said as that
    for cid, cause in table.causes.items():  # a fixed cause's care lowered keeps its words
        if cid not in own and (cause.care not in SEEN_TODAY or not added):  # (shingles made
            continue  # routine, its "today" put off: a regression hunter, thirty-fourth session)
        if cid not in own:
            problems.append(
                f"causes.{cid}: a cause that needs {_care(cause.care)} has words no clinician "
                f"has reviewed: its name, description and advice are added to {WHERE} (under "
                f'"causes"; `python -m tspain.review_words` prints them) with the review that '
                "approved them"
            )
            continue
        words = _cause_words(cause)
        problems += [
            f"causes.{cid}.{name} is fixed by the safety contract (a cause to be seen today or "
            f"by an ambulance): a change needs a clinician's sign-off, made in {WHERE} "
            "(`python -m tspain.review_words` prints the new words)"
            for name in (*FIELDS, READ_IN_ROWS)
            if words[name] not in (own[cid].get(name), english[cid].get(name))
        ]
    signs = fixed[code]["signs"]
    ids = [sign.id for sign in table.warning_signs]
    if not all(sid in ids for sid in signs) or len(set(ids)) < len(ids):
        return problems  # a sign renamed, or an id given twice: said as that (a regression
    # hunter, thirty-fourth session: "a new urgent sign" beside "missing"); in a translation,
    # only what the English has and it lacks: the rest is said once, of the English (a
    # maintainer-tester read each line twice, the second under the catalogue: 35th session)
    new = [s for s in table.warning_signs if s.id not in signs]
    problems += [  # a routine sign's message is a reason on an urgent screen too ("it can wait
        f"warning_signs.{sign.id}.message: a new {sign.level} sign's words ("  # for a routine
        + ", ".join(f for f in SIGN_FIELDS if getattr(sign, f))
        + f") have not been reviewed "
        f'by a clinician: they are added to {WHERE} (under "signs") with the review that '
        f"approved them: {REVIEW}"  # check-up in a few weeks": a maintainer-tester, 34th)
        for sign in new
        if code == "en" or sign.id in fixed["en"]["signs"]
    ]
    asked = fixed[code]["questions"]
    if all(qid in table.questions for qid in asked):  # else one was renamed: said as that
        problems += [
            f"questions.{qid}.text: a new question's words (text, short, why, says) have not "
            f'been reviewed by a clinician: they are added to {WHERE} (under "questions") with '
            f"the review that approved them: {REVIEW}"
            for qid in table.questions
            if qid not in asked  # a new question narrowed a new urgent sign (a maintainer-
            and (code == "en" or qid in fixed["en"]["questions"])  # tester, 34th session)
        ]
    return problems


SIGN_FIELDS = ("message", "short", "action", "see_a_doctor_if")
REVIEW = (
    "`python -m tspain.review_words` prints them (TSPAIN_RULES=PATH before it for a table of your "
    "own, which runs with --allow-unsafe-table), and `--add` adds the shipped table's once reviewed"
)


def _question_words(question: Any) -> dict[str, Any]:
    """A question's words as `fixed_words.json` holds them: a field it lacks as null, so that
    one added is said (a short form added narrows a list's item)."""
    fields = ("text", "short", "why", "says")
    return {f: dict(v) if isinstance(v := getattr(question, f), dict) else v for f in fields}


def _care(care: str) -> str:
    return "an ambulance" if care == "emergency" else "a doctor today"


def words_to_review(table: RuleTable, catalogue_table: RuleTable | None = None) -> dict[str, Any]:
    """The words `fixed_words.json` would hold for the table's causes seen today and its
    warning signs, where they differ from what it holds: what a clinician reviews
    before they are pasted in (a maintainer who adds a cause wrote the JSON by hand). Keyed as
    the file is: language, then "causes", "signs" or "questions", then id."""
    fixed = fixed_words()
    out: dict[str, Any] = {}
    english = _words(table, fixed["en"])
    for code, shown in (("en", table), ("es", catalogue_table)):
        if shown is None:
            continue
        words = english if code == "en" else _words(shown, fixed[code])
        new = {
            part: {
                k: v
                for k, v in words[part].items()
                if fixed[code][part].get(k) != v  # new or changed (a changed sign's message
                and (code == "en" or _translated(v, english[part].get(k, {})))
            }  # printed nothing: a maintainer-tester, thirty-fourth session); a Spanish text
            # translated
            for part in ("causes", "signs", "questions")  # still in English is left until it is
        }
        out[code] = {part: found for part, found in new.items() if found}
    return {code: parts for code, parts in out.items() if parts}


def _words(shown: RuleTable, fixed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The table's serious causes' and emergency and urgent signs' words, as the file holds
    them."""
    return {
        "causes": {
            cid: _cause_words(cause)
            for cid, cause in shown.causes.items()
            if cause.care in SEEN_TODAY or cid in fixed.get("causes", {})
        },
        "questions": {qid: _question_words(q) for qid, q in shown.questions.items()},
        "signs": {
            sign.id: {"message": sign.message, "short": sign.short}
            | ({"see_a_doctor_if": sign.see_a_doctor_if} if sign.level == "routine" else {})
            for sign in shown.warning_signs
        },
    }


def _translated(words: Any, english: Any) -> bool:
    """Whether no text of `words` is still its English (a name left "Rib fracture" in Spanish
    was printed as the Spanish, pasted in, and refused once translated: a maintainer-tester);
    a line's condition is the same in every language, and not a text."""
    if isinstance(words, str):
        return words != english or not words.strip()
    if isinstance(words, list):
        return all(_translated(w, e) for w, e in zip(words, english or [], strict=False))
    if isinstance(words, dict):
        read = (*FIELDS, READ_IN_ROWS, "text", "message", "short", "why", "says", "yes", "no")
        texts = [k for k in words if k in read]
        return all(_translated(words[k], (english or {}).get(k)) for k in texts)
    return True
