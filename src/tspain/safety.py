"""The safety contract of a rule table: the warning signs every table must keep, at no lower than
the level the clinical brief (section 2) gives each.

A table that types and cross-references correctly can still be unsafe: the chest-pain sign
deleted, or a leg-weakness sign set to self-care. `contract_problems` finds that, one line per
broken promise, by asking of each contract sign: given only the answers that make up the sign
(everything else unknown), does some warning sign of the table hold at the contract level or
higher? It reads the table's conditions with its own small evaluator, not the engine's, so a
fault in the engine cannot hide a fault in the table (and the other way round).

Failing the contract is an error for `tspain validate` and for every command, unless the
maintainer passes `--allow-unsafe-table`; every result then carries a warning ("WARNING: this
rule table fails tspain's safety check", `cli_base`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from tspain.levels import RANK, Level
from tspain.safety_contract import CONTRACT
from tspain.table import Answer, Count, IntRange, RuleTable, WarningSign, condition_questions

ALLOW_UNSAFE_FLAG = "--allow-unsafe-table"


def _clause(test: object, answer: Answer | None) -> bool | None:
    """Whether one clause holds: True, False, or None when its answer is unknown."""
    if answer is None:
        return None
    if isinstance(test, bool):
        return isinstance(answer, bool) and answer is test
    if isinstance(test, str):
        return not isinstance(answer, bool) and answer == test
    if isinstance(test, tuple):
        return not isinstance(answer, bool) and answer in test
    if isinstance(test, IntRange):
        if isinstance(answer, bool) or not isinstance(answer, int):
            return False
        return (test.min is None or answer >= test.min) and (test.max is None or answer <= test.max)
    return False


def _holds(when: Mapping[str, Any], answers: Mapping[str, Answer]) -> bool | None:
    """Three-valued: True if known to hold, False if known not to, None if it turns on an
    unknown answer."""
    result: bool | None = True
    for qid, test in when.items():
        if isinstance(test, Count):
            parts = [_holds(c, answers) for c in test.of]
            yes, unknown = parts.count(True), parts.count(None)
            low, high = yes, yes + unknown  # how many hold: at least, at most
            want_min = test.min if test.min is not None else 0
            want_max = test.max if test.max is not None else len(parts)
            if high < want_min or low > want_max:
                return False
            value: bool | None = True if low >= want_min and high <= want_max else None
        else:
            value = _clause(test, answers.get(qid))
        if value is False:
            return False
        if value is None:
            result = None
    return result


def forced_level(
    table: RuleTable, answers: Mapping[str, Answer], enough: Level | None = None
) -> Level | None:
    """The highest level of the table's warning signs that hold on these answers (a sign holds
    when its condition is known to hold and its `unless` is not known to hold); with `enough`,
    the first level found at least that high, sooner."""
    best: Level | None = None
    for sign in table.warning_signs:
        if best is not None and RANK[sign.level] <= RANK[best]:
            continue  # it could not raise what holds already
        if not _sign_holds(sign, answers):
            continue
        best = sign.level
        if enough is not None and RANK[best] >= RANK[enough]:
            break
    return best


def _sign_holds(sign: WarningSign, answers: Mapping[str, Answer]) -> bool:
    """A sign holds when its condition is known to hold and its `unless` is not."""
    if _holds(sign.when, answers) is not True:
        return False
    return sign.unless is None or _holds(sign.unless, answers) is not True


def _every_way_reaches(table: RuleTable, ways: list[dict[str, Answer]], enough: Level) -> bool:
    """Whether on every way some sign at `enough` or higher holds: what `forced_level` finds
    way by way, found sooner (only those signs, the one that held last tried first). Loading
    any table asks this some 2,800 times; it took 27 ms of each command's start."""
    signs = [s for s in table.warning_signs if RANK[s.level] >= RANK[enough]]
    for way in ways:
        held = next((i for i, sign in enumerate(signs) if _sign_holds(sign, way)), None)
        if held is None:
            return False
        signs.insert(0, signs.pop(held))
    return True


WHOEVER: Mapping[str, tuple[Answer, ...]] = {
    "age": (18, 30, 45, 65, 90),
    "sex": ("female", "male"),
}
"""Who the person may be, where a contract sign does not say: the brief's signs hold at any age
and for either sex unless they name one, so an `unless` or a condition on age or sex (an
emergency sign switched off under 40) breaks the contract as surely as a lowered level."""


def _the_rest(
    table: RuleTable, answers: Mapping[str, Answer], exempt: tuple[str, ...]
) -> list[dict[str, Answer]]:
    """Ways the answers a sign does not name may go: every other yes/no answered no, or every
    one yes; each option of a choice; each number at its ends and at the bounds the table's
    `unless` conditions draw. A maintainer's `unless = { smoker = false }` on chest pain held
    only when the rest was unknown, and passed."""
    free = [q for q in table.questions if q not in answers and q not in exempt]
    yesno = [q for q in free if table.questions[q].type == "yesno"]
    no: dict[str, Answer] = {q: False for q in yesno}
    ways: list[dict[str, Answer]] = [no, {q: True for q in yesno}]
    bounds: dict[str, set[int]] = {}
    for sign in table.warning_signs:  # the bounds of `when` too: a sign split at 16 and 18
        # days left 17 to no sign (a maintainer-tester, thirtieth session)
        for qid, test in [*_flat(sign.unless or {}), *_flat(sign.when)]:
            if isinstance(test, IntRange):
                ends = {b + d for b in (test.min, test.max) if b is not None for d in (-1, 0, 1)}
                bounds.setdefault(qid, set()).update(ends)
        for met in _meetings(sign.unless or {}, free):  # `unless = { cough = true }` on
            ways.append({**no, **met})  # chest pain: all-yes fired other signs
    for qid in free:
        q = table.questions[qid]
        if q.type == "choice":
            ways += [{qid: option} for option in q.options]
        elif q.type == "integer" and q.min is not None and q.max is not None:
            values = {q.min, q.max} | {v for v in bounds.get(qid, ()) if q.min <= v <= q.max}
            ways += [{qid: v} for v in sorted(values)]
    return ways


def _meetings(unless: Mapping[str, Any], free: list[str]) -> list[dict[str, Answer]]:
    """Ways the `free` answers meet an `unless`: its plain clauses met, and each count met by
    as few and as many of its parts as it allows, the others not met. "Exactly one of fever
    and smoking" switched off chest pain while every part met (two of them) was the only way
    tried (a scripter, twenty-ninth session)."""
    ways = [_meeting({q: t for q, t in unless.items() if not isinstance(t, Count)}, free)]
    for count in (t for t in unless.values() if isinstance(t, Count)):
        n = len(count.of)
        fewest = min(max(count.min or 0, 0), n)
        most = n if count.max is None else min(max(count.max, fewest), n)
        options = [
            {
                q: a
                for i, part in enumerate(count.of)
                for q, a in (_meeting(part, free) if i in met else _unmet(part, free)).items()
            }
            for k in sorted({fewest, most})
            for met in itertools.islice(itertools.combinations(range(n), k), 16)
        ]
        ways = [{**way, **option} for way in ways for option in options][:64]
    return [way for way in ways if way]


def _unmet(part: Mapping[str, Any], free: list[str]) -> dict[str, Answer]:
    """Answers to the `free` questions that a part of a count does not hold on: a yes/no
    answered the other way, a number outside its range (other tests are left unknown)."""
    unmet: dict[str, Answer] = {}
    for qid, test in part.items():
        if qid not in free:
            continue
        if isinstance(test, bool):
            unmet[qid] = not test
        elif isinstance(test, IntRange) and (test.min or 0) > 0:
            unmet[qid] = test.min - 1 if test.min is not None else 0
        elif isinstance(test, IntRange) and test.max is not None:
            unmet[qid] = test.max + 1
    return unmet


def _meeting(unless: Mapping[str, Any], free: list[str]) -> dict[str, Answer]:
    """Answers to the `free` questions that meet an `unless` (every part of a count), the
    rest being "no": the way a maintainer's `unless = { cough = true }` on the chest-pain sign
    switches it off, which "every other yes/no no" and "every one yes" both missed (a
    scripter's audit, twentieth session: chest pain with a cough was self-care)."""
    met: dict[str, Answer] = {}
    for qid, test in _flat(unless):
        if qid not in free:
            continue
        if isinstance(test, IntRange):
            met[qid] = test.min if test.min is not None else (test.max or 0)
        elif isinstance(test, tuple | list):  # options, a tuple once read (a scripter, 30th)
            met[qid] = test[0]
        else:
            met[qid] = test
    return met


def _flat(when: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Each question's test in a condition, counts opened."""
    found: list[tuple[str, Any]] = []
    for qid, test in when.items():
        if isinstance(test, Count):
            for part in test.of:
                found += _flat(part)
        else:
            found.append((qid, test))
    return found


def _weakest(
    table: RuleTable,
    answers: Mapping[str, Answer],
    exempt: tuple[str, ...] = (),
    enough: Level | None = None,
) -> tuple[Level | None, str]:
    """The lowest level the table's signs force on these answers, whoever the person is (each
    age and sex of WHOEVER the answers leave unsaid, and left unknown) and whatever else they
    answered (`_the_rest`, but for the `exempt` questions), and who that is ("" when the
    answers alone). With `enough`, a level at least that high once every way reaches it
    (`enough` itself, found the quick way)."""
    ways = _ways(table, answers, exempt)
    if enough is not None and _every_way_reaches(table, ways, enough):
        return enough, ""
    weakest: tuple[Level | None, str] | None = None
    for way in ways:
        level = forced_level(table, way, enough)  # at least `enough`: as good as its top
        if (
            weakest is None
            or level is None
            or (weakest[0] is not None and RANK[level] < RANK[weakest[0]])
        ):
            weakest = (level, _who(table, {q: a for q, a in way.items() if q not in answers}))
        if level is None:
            break
    assert weakest is not None
    return weakest


def _ways(
    table: RuleTable, answers: Mapping[str, Answer], exempt: tuple[str, ...]
) -> list[dict[str, Answer]]:
    """The answers, as each person of WHOEVER and with each way of `_the_rest`."""
    ways: list[dict[str, Answer]] = [dict(answers)]
    for qid, values in WHOEVER.items():
        if qid in answers or qid not in table.questions:
            continue
        ways = [*ways, *({**way, qid: value} for way in ways for value in values)]
    rest = _the_rest(table, answers, exempt)
    ways += [{**way, **other} for way in ways[:1] for other in rest]
    ways += [{**other, **way} for way in ways[1:11] for other in rest[:2]]
    return ways


def _refused(table: RuleTable, answers: Mapping[str, Answer], exempt: tuple[str, ...]) -> str:
    """Why a file with these answers is refused as a contradiction for someone (`_ways`): a
    yes to a question the table asks only when other answers hold (`asked_when`) beside
    answers that do not. `asked_when = { age = { min = 40 } }` on high blood pressure made
    sudden severe pain at 35 with high blood pressure an input error, not an emergency, in a
    copy that validated (a scripter, thirtieth session); `asked_when = { chest_pain_or_pressure
    = false }` on the cough question made chest pain with a cough one (a code reviewer, the
    same session). "" when no way is refused."""
    asked_when = {q: w for q, x in table.questions.items() if (w := x.asked_when) is not None}
    for way in _ways(table, answers, exempt) if asked_when else ():
        for qid, when in asked_when.items():
            if way.get(qid) is True and _holds(when, way) is False:
                needs = ", ".join(f"{q} {_test_words(t)}" for q, t in when.items())
                who = _who(table, {q: a for q, a in way.items() if q not in answers})
                return f"{qid} = yes is asked only when {needs}: with {who} it is refused"
    return ""


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


def _who(table: RuleTable, said: Mapping[str, Answer]) -> str:
    """The answers that make a difference, in words; "every other yes/no question answered no"
    for the many of `_the_rest`."""
    yesno = {q: a for q, a in said.items() if table.questions[q].type == "yesno"}
    words = [f"{q} = {_word(a)}" for q, a in said.items() if q not in yesno or len(yesno) < 5]
    if len(yesno) >= 5:
        yes = [q for q, a in yesno.items() if a is True]
        few, most = (yes, False) if len(yes) * 2 <= len(yesno) else ([], True)
        words += [f"{q} = yes" for q in few]  # what meets an `unless`, named
        words.append(f"every other yes/no question answered {_word(most)}")
    return ", ".join(words)


def contract_fingerprint() -> str:
    """A SHA-256 over the code of the safety contract (this module, the contract's signs, the
    public ids): a compiled table that passed this code need not be checked again at each run;
    any change to the code checks it again until it is compiled anew."""
    import hashlib
    from pathlib import Path

    from tspain import level_words, option_labels, public_ids, safety_contract

    digest = hashlib.sha256()
    modules = (safety_contract, public_ids, level_words, option_labels)
    for module in (__file__, *(m.__file__ for m in modules)):
        digest.update(Path(str(module)).read_bytes())
    return digest.hexdigest()


def contract_problems(table: RuleTable) -> list[str]:
    """One line for each contract warning sign the table does not keep at its level, for
    each level text that lost what makes it that level ("call an ambulance"), and for each
    part of the scripting contract taken away (`public_ids.py`): a maintainer may still try
    such a table with --allow-unsafe-table."""
    from tspain.level_words import level_text_problems
    from tspain.option_labels import option_label_problems

    problems = [f"safety: {p}" for p in level_text_problems(table, "en")]
    problems += [f"safety: {p}" for p in option_label_problems(table, "en")]
    for sign in CONTRACT:
        said = ", ".join(f"{q} = {_word(a)}" for q, a in sign.answers.items())
        missing = [q for q in sign.answers if q not in table.questions]
        if missing:
            problems.append(
                f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, "
                f"but the table has no question {', '.join(missing)}"
            )
            continue
        refused = _refused(table, sign.answers, sign.exempt)
        if refused:
            problems.append(
                f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, "
                f"but {refused}"
            )
            continue
        got, who = _weakest(table, sign.answers, sign.exempt, sign.level)
        if got is None or RANK[got] < RANK[sign.level]:
            gives = "no warning sign holds" if got is None else f"its warning signs give {got}"
            gives += f" (with {who})" if who else ""
            problems.append(
                f"safety: warning sign {sign.id} ({said}) must give {sign.level} or higher, "
                f"but {gives}"
            )
    from tspain.public_ids import public_id_problems

    kept = [f"{where}: {why}" for where, why in public_id_problems(table)]
    return problems + checklist_problems(table) + kept


def checklist_problems(table: RuleTable) -> list[str]:
    """A question on a checklist promises what ticking it does: a yes on the emergency list
    alone holds an emergency sign (the interview stops and calls an ambulance, hazard H1), and
    an item on the urgent or routine list is tested by a sign at that level or higher. A new
    question on the list with no sign, or its sign lowered, would be ticked to no effect."""
    problems = []
    contract = {
        qid for sign in CONTRACT for qid, a in sign.answers.items() if sign.answers == {qid: True}
    }
    for qid, q in table.questions.items():
        if q.checklist is None or qid in contract:
            continue  # a question the contract already holds to its sign's level
        if q.checklist == "emergency":
            got, who = _weakest(table, {qid: True}, enough="emergency")
            if got != "emergency":
                gives = "no warning sign holds" if got is None else f"its warning signs give {got}"
                gives += f" (with {who})" if who else ""
                problems.append(
                    f"safety: question {qid} is on the emergency list, so a yes to it alone "
                    f"must give emergency, but {gives}"
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
