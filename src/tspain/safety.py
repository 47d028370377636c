"""The safety contract of a rule table: the warning signs every table must keep, at no lower than
the level the clinical brief (section 2) gives each.

A table that types and cross-references correctly can still be unsafe: the chest-pain sign
deleted, or a leg-weakness sign set to self-care. `contract_problems` finds that, one line per
broken promise, by asking of each contract sign: is there anybody with the answers that make
up the sign (its numbers anywhere in their range) on whom no warning sign of the table holds
at the contract level or higher? `safety_search` looks at every answer the table's conditions
tell apart, so nobody is missed for not being thought of. It reads the table's conditions
with its own small evaluator, not the engine's, so a fault in the engine cannot hide a fault
in the table (and the other way round).

Failing the contract is an error for `tspain validate` and for every command, unless the
maintainer passes `--allow-unsafe-table`; every result then carries a warning ("WARNING: this
rule table fails tspain's safety check", `cli_base`).
"""

from __future__ import annotations

from collections.abc import Mapping

from tspain.levels import RANK, Level
from tspain.safety_contract import CONTRACT, ContractSign
from tspain.safety_search import (
    Asks,
    TooTangled,
    domains,
    escaping,
    level_on,
    refusing,
    sign_questions,
)
from tspain.table import Answer, Count, IntRange, RuleTable, condition_questions

ALLOW_UNSAFE_FLAG = "--allow-unsafe-table"


def _escape(
    table: RuleTable,
    said: Mapping[str, Answer | None],
    level: Level,
    choices: Mapping[str, tuple[Answer | None, ...]],
    asks: Asks,
) -> str | None:
    """What a person who escapes a sign with these answers is given, and who that is ("" when
    the answers alone), or None when nobody escapes (`safety_search.escaping`: every answer the
    table tells apart)."""
    free = [q for q in table.questions if q not in said]
    try:
        found = escaping(table, said, free, level, choices, asks)
    except TooTangled:
        return "the check could not try every answer: simplify the conditions"
    if found is None:
        return None
    got = level_on(table, {**said, **found})
    gives = "no warning sign holds" if got is None else f"its warning signs give {got}"
    who = _who(_known(found))
    return gives + (f" (with {who})" if who else "")


def _refusal(
    table: RuleTable,
    said: Mapping[str, Answer | None],
    choices: Mapping[str, tuple[Answer | None, ...]],
) -> tuple[str, bool, str] | None:
    """Why a file with these answers is refused for someone: a yes to a question the table
    asks only when other answers hold (`asked_when`) beside answers that surely do not.
    `asked_when = { age = { min = 40 } }` on high blood pressure made sudden severe pain at 35
    with it an input error, not an emergency (a scripter, thirtieth session), and one split two
    ways by a count passed (a code reviewer, thirty-first). The question, whether the answers
    themselves say its yes (else anybody may add it), and why; None when nobody is refused.
    Only a yes is refused (`answers._no_yes_out_of_turn`): a choice or a number never is (a
    maintainer-tester's `asked_when` on where it hurts read as "pain_location = yes is
    refused" for 18 signs, thirty-second session)."""
    free = [q for q in table.questions if q not in said]
    known = {q for q, a in said.items() if a is not None}
    for qid, q in table.questions.items():
        when = q.asked_when  # a yes the sign says, or one anybody may add when the condition
        if (
            when is None
            or q.type != "yesno"
            or not (said.get(qid) is True or (qid in free and known & {*condition_questions(when)}))
        ):
            continue  # reads the sign's answers (cough asked only without chest pain: 30th)
        others = [x for x in free if x != qid]
        own = said.get(qid) is True
        try:
            found = refusing(when, {**said, qid: True}, others, choices)
        except TooTangled:
            why = f"the check could not try every answer to {qid}'s asked_when: simplify it"
            return qid, own, why
        if found is not None:
            needs = ", ".join(f"{x} {_test_words(t)}" for x, t in when.items())
            who = _who(_known({**found, qid: True} if qid in free else found))
            why = f"{qid} = yes is asked only when {needs}: with {who or 'them'} it is refused"
            return qid, own, why
    return None


def _variants(
    sign: ContractSign, choices: Mapping[str, tuple[Answer | None, ...]]
) -> list[dict[str, Answer]]:
    """A contract sign's answers, each number at every value the table tells apart within the
    range it stands for ("50 or over": 50, and 51 where a condition begins at 51)."""
    ways: list[dict[str, Answer]] = [{}]
    for qid, answer in sign.answers.items():
        within = sign.ranges.get(qid)
        picks: list[Answer] = [answer]
        if within is not None:
            picks += [
                v
                for v in choices.get(qid, ())
                if isinstance(v, int)
                and not isinstance(v, bool)
                and (within.min is None or v >= within.min)
                and (within.max is None or v <= within.max)
                and v != answer
            ]
        ways = [{**way, qid: v} for way in ways for v in picks]
    return ways


def _test_words(test: object) -> str:
    """A condition's test in words: "= yes", "is 40 or more", "is one of a, b"."""
    if isinstance(test, IntRange):
        low, high = test.min, test.max
        if low is not None and high is not None:
            return f"is {low} to {high}"
        return f"is {low} or more" if low is not None else f"is {high} or less"
    if isinstance(test, tuple):
        return "is one of " + ", ".join(test)
    if isinstance(test, Count):
        return f"({test.about or 'a count'})"
    return f"= {_word(test) if isinstance(test, bool | str) else test}"


def _who(said: Mapping[str, Answer]) -> str:
    """The answers the search chose, in words: the others stay unknown."""
    return ", ".join(f"{q} = {_word(a)}" for q, a in said.items())


def contract_fingerprint() -> str:
    """A SHA-256 over the code of the safety contract (this module, the contract's signs, the
    public ids): a compiled table that passed this code need not be checked again at each run;
    any change to the code checks it again until it is compiled anew."""
    import hashlib
    from pathlib import Path

    from tspain import (
        cause_texts,
        delay_words,
        fixed_causes,
        fixed_questions,
        fixed_texts,
        level_words,
        option_labels,
        public_ids,
        readable,
        safety_contract,
        safety_search,
        word_meanings,
    )

    digest = hashlib.sha256()
    modules = [safety_contract, safety_search, public_ids, level_words, fixed_texts, option_labels]
    modules += [word_meanings, fixed_questions, cause_texts, fixed_causes, readable, delay_words]
    for module in (__file__, *(m.__file__ for m in modules), fixed_questions.WORDS_FILE):
        digest.update(Path(str(module)).read_bytes())
    return digest.hexdigest()


def contract_problems(table: RuleTable) -> list[str]:
    """One line for each contract warning sign the table does not keep at its level, for
    each level text that lost what makes it that level ("call an ambulance"), and for each
    part of the scripting contract taken away (`public_ids.py`): a maintainer may still try
    such a table with --allow-unsafe-table."""
    from tspain.cause_texts import text_problems
    from tspain.fixed_causes import fixed_cause_problems
    from tspain.fixed_questions import fixed_question_problems
    from tspain.option_labels import option_label_problems

    problems = [f"safety: {p}" for p in text_problems(table, "en")]
    problems += [f"safety: {p}" for p in option_label_problems(table, "en")]
    problems += [f"safety: {p}" for p in fixed_question_problems(table, "en")]
    problems += [f"safety: {p}" for p in fixed_cause_problems(table, "en")]
    choices, asks = domains(table), sign_questions(table)
    added: dict[str, list[str]] = {}  # a yes anybody may add, refused: once per question
    from tspain.public_ids import SIGNS

    signs = {*SIGNS, *(s.id for s in table.warning_signs)}  # a sign taken out is still one
    for sign in CONTRACT:
        said = ", ".join(_said(q, sign.ranges.get(q, a)) for q, a in sign.answers.items())
        # a maintainer searched the table for "warning sign pleuritic_coughing_blood", a case of
        # the contract that is no sign of it (a scripter, fortieth session)
        said += "" if sign.id in signs else f"; {CASE_NOT_A_SIGN}"
        broken = f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, but"
        missing = [q for q in sign.answers if q not in table.questions]
        if missing:
            problems.append(f"{broken} the table has no question {', '.join(missing)}")
            continue
        for answers in _variants(sign, choices):
            fixed: dict[str, Answer | None] = {q: None for q in sign.exempt}
            fixed.update(answers)
            if refused := _refusal(table, fixed, choices):
                qid, own, why = refused
                if own:
                    problems.append(f"{broken} {why}")
                else:
                    added.setdefault(qid, []).append(sign.id)
                break
            escaped = _escape(table, fixed, sign.level, choices, asks)
            if escaped is not None:
                ranged = [f"{q} = {_word(a)}" for q, a in answers.items() if q in sign.ranges]
                at = f" at {', '.join(ranged)}" if ranged else ""
                problems.append(f"{broken}{at} {escaped}")
                break
    problems += [_added_yes(table, qid, signs) for qid, signs in added.items()]
    from tspain.public_ids import public_id_problems

    lowered = {p.split()[3] for p in problems if p.startswith("safety: warning sign ")}
    kept = [f"{where}: {why}" for where, why in public_id_problems(table, lowered)]
    return problems + checklist_problems(table, choices) + kept


CASE_NOT_A_SIGN = "a case of the safety contract, not a sign of the table"
"""Said of a contract case whose id is no warning sign's, shipped or in the table."""


def _added_yes(table: RuleTable, qid: str, signs: list[str]) -> str:
    """One line for a question whose `asked_when` refuses a yes beside the answers of warning
    signs: said once, naming the signs (it was a line for each, 20 for one `asked_when`: a
    maintainer-tester, thirty-second session)."""
    when = table.questions[qid].asked_when or {}
    needs = ", ".join(f"{x} {_test_words(t)}" for x, t in when.items())
    named = ", ".join(signs[:4]) + (f" and {len(signs) - 4} more" if len(signs) > 4 else "")
    return (
        f"safety: questions.{qid}.asked_when: a yes to {qid} is refused unless {needs}, so a "
        f"person with warning sign {named} who also says yes to it, with answers that do not "
        "meet that, gets an input error, not the sign's care level"
    )


def _said(qid: str, answer: Answer | IntRange) -> str:
    return (
        f"{qid} {_test_words(answer)}"
        if isinstance(answer, IntRange)
        else f"{qid} = {_word(answer)}"
    )


def _known(answers: Mapping[str, Answer | None]) -> dict[str, Answer]:
    return {q: a for q, a in answers.items() if a is not None}


def checklist_problems(
    table: RuleTable, choices: Mapping[str, tuple[Answer | None, ...]] | None = None
) -> list[str]:
    """A question on a checklist promises what ticking it does: a yes on the emergency list
    alone holds an emergency sign (the interview stops and calls an ambulance, hazard H1), and
    an item on the urgent or routine list is tested by a sign at that level or higher. A new
    question on the list with no sign, or its sign lowered, would be ticked to no effect."""
    choices = domains(table) if choices is None else choices
    asks = sign_questions(table)
    problems = []
    contract = {
        qid for sign in CONTRACT for qid, a in sign.answers.items() if sign.answers == {qid: True}
    }
    for qid, q in table.questions.items():
        if q.checklist is None or qid in contract:
            continue  # a question the contract already holds to its sign's level
        if q.checklist == "emergency":
            escaped = _escape(table, {qid: True}, "emergency", choices, asks)
            if escaped is not None:
                problems.append(
                    f"safety: question {qid} is on the emergency list, so a yes to it alone "
                    f"must give emergency, but {escaped}"
                )
            continue
        levels = [s.level for s in table.warning_signs if qid in condition_questions(s.when)]
        if not any(RANK[level] >= RANK[q.checklist] for level in levels):
            problems.append(
                f"safety: question {qid} is on the {q.checklist} list, but no warning sign at "
                f"{q.checklist} or higher tests it: ticking it would change nothing"
            )
    return problems


def _word(answer: Answer) -> str:
    if isinstance(answer, bool):
        return "yes" if answer else "no"
    return str(answer)
