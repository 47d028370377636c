"""Checking a rule table: every fault found, as (table path, what is wrong) pairs, so that
`tspain validate` lists them all at once. The types are pydantic's job (`loading.py`); this is
everything else: cross-references (a rule naming a question that exists, an option the
question has), ids, numbers in range, the scripting contract's ids, text a terminal can show.
"""

from __future__ import annotations

import re
from typing import Any

from tspain.citation_checks import PLACEHOLDER, cited_problems
from tspain.condition_checks import (
    check_condition,
    near_hint,
    never_shown,
    question_condition_problems,
)
from tspain.levels import LEVELS
from tspain.number_checks import (
    LR_LOWEST,
    as_share,
    cause_number_problems,
    lr_fault,
    prior_problems,
)
from tspain.quoting import shown
from tspain.required_questions import required_question_problems
from tspain.table import (
    ADVICE_LINES,
    COUNT,
    SNAKE_CASE,
    Advice,
    Cause,
    Conditional,
    Question,
    RuleTable,
    WarningSign,
    has_short,
)
from tspain.text_checks import table_text_problems
from tspain.usage_checks import usage_problems

WIDEST = 100_000
"""The most numbers an integer question spans (days, 0 to 36,500, is the widest tspain asks): an
age up to 4,000,000,000 validated, and every check then ran out of memory listing the ages a
`yes_means` leaves (a maintainer-tester, thirty-first session)."""


def _empty(items: dict[str, Any], path: str, problems: list[tuple[str, str]]) -> None:
    for name, value in items.items():
        if not value:
            problems.append((f"{path}{name}", "must not be empty"))
        elif name.startswith("source") and PLACEHOLDER.search(str(value)):  # ['TODO'] too
            said = "is no source: name the article, guideline or paper (author, year) it is from"
            problems.append((f"{path}{name}", f"{value!r} {said}"))


Problems = list[tuple[str, str]]
NEVER_SHOWN = "this {what} can never show: whenever `when` holds, `unless` holds too"
VERSION = re.compile(r"20\d\d\.\d\d\.\d\d\.[1-9]\d*")  # not ".059", the old .59 (29th)
"""A table's version: the date of the edit, then a number bumped on every edit."""


def _a_date(version: str) -> bool:
    """Whether a version's first three parts are a real date ("2019.02.30.1" is none)."""
    import datetime

    try:
        datetime.date(*(int(part) for part in version.split(".")[:3]))
    except ValueError:
        return False
    return True


def table_problems(table: RuleTable) -> Problems:
    """Everything wrong with a well-typed table, as (table path, what is wrong) pairs."""
    problems: Problems = []
    table_text_problems(table, "", problems)
    parts = {"questions": table.questions, "warning_signs": table.warning_signs}
    _empty({**parts, "causes": table.causes}, "", problems)
    _advice_and_level_problems(table, problems)
    problems += required_question_problems(
        {qid: (q.type, tuple(q.options)) for qid, q in table.questions.items()}
    )
    for qid, q in table.questions.items():
        _question_problems(qid, q, problems)
        question_condition_problems(table, qid, q, problems)
    if not VERSION.fullmatch(table.version) or not _a_date(table.version):
        why = "has no such date" if VERSION.fullmatch(table.version) else "is not YYYY.MM.DD.N"
        problems.append(  # "2026.02.30.1 is not YYYY.MM.DD.N" (it is: a maintainer-tester, 39th)
            ("version", f"{shown(table.version)} {why} (the edit's date, then a number)")
        )
    seen: dict[str, int] = {}
    for i, sign in enumerate(table.warning_signs):
        path = f"warning_signs[{i}]"
        if sign.id in seen:
            where = f"signs {seen[sign.id] + 1} and {i + 1} in the file, counting from 1"
            problems.append((f"{path}.id", f"duplicate warning sign id {sign.id!r} ({where})"))
        seen.setdefault(sign.id, i)
        _sign_problems(table, path, sign, problems)
    named: dict[str, str] = {}
    for cid, cause in table.causes.items():
        _cause_problems(table, cid, cause, problems)
        naming = [s.id for s in table.warning_signs if cid in s.causes]
        if naming and not cause.serious:  # said once, where it was set (a maintainer got 9 lines)
            signs = ", ".join(dict.fromkeys(naming))
            if cause.care in ("urgent", "emergency"):
                said = f"warning signs name it as a serious cause ({signs}): set serious = true"
                problems.append((f"causes.{cid}.serious", said + ", or unname it"))
            else:  # "set serious = true" then asked for urgent care of a benign cause (a
                # maintainer-tester, thirty-fifth session): the sign's list is what to change
                first = next(i for i, s in enumerate(table.warning_signs) if cid in s.causes)
                said = (
                    f"{cid!r} is not a serious cause (its care is {cause.care}): a sign names only "
                    f"causes not to be missed; take it out of the causes of {signs}"
                )
                problems.append((f"warning_signs[{first}].causes", said))
        if cause.name in named:
            problems.append(
                (
                    f"causes.{cid}.name",
                    f"the same name as causes.{named[cause.name]}: a person could not tell the "
                    "two apart",
                )
            )
        named.setdefault(cause.name, cid)
    prior_problems(table, problems)
    return problems + usage_problems(table)


def _advice_and_level_problems(table: RuleTable, problems: Problems) -> None:
    _empty(vars(table.advice), "advice.", problems)
    for key in ("relief", "see_a_doctor_if"):
        _conditional_problems(table, getattr(table.advice, key), f"advice.{key}", problems)
    for level in LEVELS:
        if level not in table.levels:
            problems.append(
                (f"levels.{level}", "missing: every triage level needs a label and action")
            )
    emergency = table.levels.get("emergency")
    if emergency is not None and not emergency.call:
        problems.append(("levels.emergency.call", "missing: the call to action on its own"))


def _conditional_problems(
    table: RuleTable, items: list[Advice], path: str, problems: Problems
) -> None:
    """The conditions of advice lines shown when (or unless) the answers match."""
    for i, item in enumerate(items):
        if isinstance(item, Conditional):
            where = f"{path}[{i}]"
            if item.when or item.unless is None:
                check_condition(table.questions, item.when, f"{where}.when", problems)
            if item.unless is not None:
                check_condition(table.questions, item.unless, f"{where}.unless", problems)
                if never_shown(table.questions, item.when, item.unless):
                    problems.append((where, NEVER_SHOWN.format(what="line")))


def _range_problems(path: str, q: Question, problems: Problems) -> None:
    for end in ("min", "max"):  # each said as missing, not as "needs min <= max" (a
        if getattr(q, end) is None:  # maintainer-tester, twenty-fifth session)
            problems.append((f"{path}.{end}", "missing: an integer question needs min and max"))
    if q.min is not None and q.max is not None and q.min > q.max:
        problems.append((path, "an integer question needs min <= max"))
    elif q.min is not None and q.max is not None and q.max - q.min > WIDEST:
        problems.append((f"{path}.max", f"a question takes at most {WIDEST + 1} numbers"))


def _question_problems(qid: str, q: Question, problems: Problems) -> None:
    path = f"questions.{qid}"
    if not SNAKE_CASE.match(qid):
        problems.append((path, f"id {qid!r} is not snake_case"))
    if qid == COUNT:
        problems.append((path, f"{COUNT!r} is reserved for combined conditions"))
    _option_problems(path, q, problems)
    if q.type == "integer":
        _range_problems(path, q, problems)
        sentence = q.says if isinstance(q.says, str) else q.says.get("other", "")
        if "{answer}" not in sentence:
            problems.append((f"{path}.says", "an integer question says a sentence with {answer}"))
        for key in q.says if isinstance(q.says, dict) else ():
            # As str(answer) writes it: "01" was never used, and int("²") a traceback.
            number = re.fullmatch(r"-?(0|[1-9][0-9]{0,5})", key) and key != "-0"
            if key != "other" and not (number and (q.min or 0) <= int(key) <= (q.max or 0)):
                problems.append(
                    (f"{path}.says.{key}", "give words for a number it takes (1, not 01), or other")
                )
    else:
        _phrase_problems(path, q, problems)
    if q.checklist is not None and (q.type != "yesno" or not q.short):
        problems.append((f"{path}.checklist", "checklist questions are yes/no and have a short"))
    elif q.type == "yesno" and not q.short:  # as it stands in a report (a maintainer-tester)
        problems.append((f"{path}.short", "give a short: a report lists the answer by it"))
    _factor_problems(path, q, problems)


def _factor_problems(path: str, q: Question, problems: Problems) -> None:
    """A yes/no question's numbers for the differential: a background and an outside-picture
    factor, each in range and with a basis."""
    factors = (  # name, value, basis, whether 1 itself is allowed, what to say
        ("background", q.background, q.background_basis, False, "must be between 0 and 1"),
        ("outside_picture", q.outside_picture, q.outside_picture_basis, True, "above 0, at most 1"),
    )  # fmt: skip
    for name, value, basis, one_allowed, out_of_range in factors:
        if value is None:
            continue
        if q.type != "yesno":
            problems.append((f"{path}.{name}", "only yes/no questions have one"))
        if not (value > 0.0 and (value <= 1.0 if one_allowed else value < 1.0)):
            problems.append((f"{path}.{name}", out_of_range + as_share(value)))
        elif name == "outside_picture" and value < LR_LOWEST:  # 0.0001: a row's typo check
            problems.append(
                (
                    f"{path}.{name}",
                    f"x{value:g} is no factor a finding has (at least {LR_LOWEST:g})"
                    ": check for a typo",
                )
            )
        if not basis:
            problems.append((f"{path}.{name}_basis", "say where it comes from"))


def _option_problems(path: str, q: Question, problems: Problems) -> None:
    """A choice has two or more options with snake_case ids; other questions have none."""
    if q.type != "choice":
        if q.options:
            problems.append(
                (f"{path}.options", f"only choice questions have options, not {q.type}")
            )
        return
    if len(q.options) < 2:
        problems.append((f"{path}.options", "a choice needs at least two options"))
    for option in q.options:
        if not SNAKE_CASE.match(option):
            problems.append((f"{path}.options.{option}", "option id is not snake_case"))


def _phrase_problems(path: str, q: Question, problems: Problems) -> None:
    """A yes/no or choice question says a phrase for each answer."""
    wanted = ["yes", "no"] if q.type == "yesno" else list(q.options)
    if not isinstance(q.says, dict):
        problems.append((f"{path}.says", f"give a phrase for each of: {', '.join(wanted)}"))
        return
    for key in wanted:
        if key not in q.says:
            problems.append((f"{path}.says.{key}", "missing phrase"))
    for key in q.says:  # "slow" beside sudden and gradual was never said (a maintainer-tester)
        if key not in wanted:
            problems.append(
                (f"{path}.says.{key}", f"not an answer it takes (it takes: {', '.join(wanted)})")
            )


def _sign_problems(table: RuleTable, path: str, sign: WarningSign, problems: Problems) -> None:
    if not SNAKE_CASE.match(sign.id):
        problems.append((f"{path}.id", f"id {sign.id!r} is not snake_case"))
    _empty({"source": sign.source, "message": sign.message}, f"{path}.", problems)
    check_condition(table.questions, sign.when, f"{path}.when", problems)
    if sign.unless is not None:
        check_condition(table.questions, sign.unless, f"{path}.unless", problems)
        if never_shown(table.questions, sign.when, sign.unless):
            problems.append((path, NEVER_SHOWN.format(what="sign")))
    known = all(q in table.questions or q == COUNT for q in sign.when)
    if sign.level in ("emergency", "urgent") and known and not has_short(table, sign):
        problems.append(
            (f"{path}.short", "give a short (or test one checklist question that has one)")
        )
    if sign.level == "routine" and not sign.see_a_doctor_if:
        said = (  # it read as a statement (a maintainer-tester, thirty-ninth session)
            "missing: a routine sign needs see_a_doctor_if, the line said when it is unknown "
            '("See a doctor if you ...")'
        )
        problems.append((f"{path}.see_a_doctor_if", said))
    for k, cid in enumerate(sign.causes):
        where = f"{path}.causes[{k}]"
        if cid not in table.causes:
            problems.append((where, f"unknown cause {cid!r}{near_hint(cid, table.causes)}"))
        if cid in sign.causes[:k]:
            problems.append((where, f"{cid!r} is listed twice"))


def _cause_problems(table: RuleTable, cid: str, cause: Cause, problems: Problems) -> None:
    path = f"causes.{cid}"
    if not SNAKE_CASE.match(cid):
        problems.append((path, f"id {cid!r} is not snake_case"))
    needed = {
        "sources": cause.sources,
        "evidence": cause.evidence,
        "prevention": cause.prevention,
        "see_a_doctor_if": cause.see_a_doctor_if,
    }
    _empty(needed, f"{path}.", problems)
    if not 0.0 < cause.prior < 1.0:
        said = f"prior must be above 0 and below 1, not {cause.prior:g}{as_share(cause.prior)}"
        problems.append((f"{path}.prior", said))
    if cause.alert is not None and not 0.0 < cause.alert < 1.0:
        said = f"alert must be above 0 and below 1, not {cause.alert:g}{as_share(cause.alert)}"
        if cause.alert == 1.0:  # accepted silently: no probability reaches it (a maintainer)
            said += ": no probability reaches 1, so this alert could never be raised"
        problems.append((f"{path}.alert", said))
    if cause.care != "self_care" and cause.alert is None:
        problems.append((f"{path}.alert", f"a cause with care {cause.care!r} needs an alert"))
    if cause.care == "self_care" and not cause.self_care:
        problems.append((f"{path}.self_care", "a self-care cause needs self-care advice"))
    for key in ADVICE_LINES:
        _conditional_problems(table, getattr(cause, key), f"{path}.{key}", problems)
    for j, ev in enumerate(cause.evidence):
        epath = f"{path}.evidence[{j}]"
        if fault := lr_fault(ev.lr):
            problems.append((f"{epath}.lr", fault))
        check_condition(table.questions, ev.when, f"{epath}.when", problems)
    _differential_problems(table, path, cause, problems)
    cause_number_problems(table, cid, cause, problems)
    cited_problems(path, cause, problems)


def _differential_problems(table: RuleTable, path: str, cause: Cause, problems: Problems) -> None:
    """A cause's family and frequencies (issue 24: `differential.py`)."""
    if cause.family is not None and cause.family not in table.families:
        problems.append(
            (
                f"{path}.family",
                f"unknown family {cause.family!r}{near_hint(cause.family, table.families)}",
            )
        )
    for j, fr in enumerate(cause.frequencies):
        fpath = f"{path}.frequencies[{j}]"
        check_condition(table.questions, fr.when, f"{fpath}.when", problems)
        if not 0.0 < fr.p < 1.0:
            said = f"a frequency is above 0 and below 1, not {fr.p:g}{as_share(fr.p)}"
            problems.append((f"{fpath}.p", said))
        qid = next(iter(fr.when), "")
        if len(fr.when) != 1 or fr.when.get(qid) is not True:
            problems.append((f"{fpath}.when", "a frequency is of one yes/no question = true"))
        elif qid in table.questions and table.questions[qid].background is None:
            problems.append((f"{fpath}.when", f"{qid!r} needs a background frequency"))


def _number(value: object) -> str | None:
    return None if isinstance(value, int | float) and not isinstance(value, bool) else "a number"


def _whole(value: object) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else "a whole number"


def _yes_or_no(value: object) -> str | None:
    return None if isinstance(value, bool) else "true or false"


RAW_TYPES: dict[str, dict[str, Any]] = {
    "questions": {"background": _number, "outside_picture": _number, "min": _whole, "max": _whole},
    "causes": {"prior": _number, "alert": _number, "serious": _yes_or_no},
}
"""Fields a lenient type check would accept in another form ("3", true): by part of the table."""

RAW_ROWS = (("evidence", "lr"), ("frequencies", "p"))
"""A cause's rows and the number each holds."""


def raw_type_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Values a lenient type check would accept but a rule table must not: a likelihood ratio,
    prior, alert, frequency or background as true/false or a string ("3") is a mistake, not a
    number; a question's min or max is whole; `serious` is true or false, not "yes"."""
    problems: list[tuple[str, str]] = []

    def check(value: object, path: str, kind: Any) -> None:
        wanted = kind(value)
        if wanted is not None:
            problems.append((path, f"must be {wanted}, got {shown(value)}"))

    for part, fields in RAW_TYPES.items():
        items = raw.get(part)
        for name, item in (items if isinstance(items, dict) else {}).items():
            for key, kind in fields.items():
                if isinstance(item, dict) and key in item:
                    check(item[key], f"{part}.{name}.{key}", kind)
    causes = raw.get("causes")
    for cid, cause in (causes if isinstance(causes, dict) else {}).items():
        for rows, key in RAW_ROWS:
            found = cause.get(rows) if isinstance(cause, dict) else None
            for j, row in enumerate(found if isinstance(found, list) else []):
                if isinstance(row, dict) and key in row:
                    check(row[key], f"causes.{cid}.{rows}[{j}].{key}", _number)
    return problems
