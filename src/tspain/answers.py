"""Answers checked against the table (docs/interface.md "Answers in"): each answer's type,
options and range, unknown ids, and a yes to a question asked only when answers hold that say
otherwise; `AnswersError`, the one-line fault of any answer set (`answers_file.py` reads files)"""

from __future__ import annotations

import contextlib
import json
import numbers
from collections.abc import Iterable, Mapping

from tspain.conditions import compile_condition, holds
from tspain.i18n import Catalogue, current
from tspain.quoting import shown
from tspain.spelling import near
from tspain.table import Answer, Count, IntRange, Question, RuleTable, condition_questions

MAX_BYTES = 1024 * 1024
"""Answers files are tiny; anything over 1 MB is refused before it is parsed."""
MAX_DEPTH = 8
"""Answers are a flat object; a saved JSON report nests its assessment about 6 deep. Deeper is
an error (and the JSON reader's own recursion limit is caught too)."""


class AnswersError(ValueError):
    """Input that is not a valid answer set; the message is one line for the person, and
    `question` the id at fault when the fault is one question's (so that a script need not
    read a message that changes with the language: a scripter, sixteenth session)."""

    __module__ = "tspain"  # shown as tspain.AnswersError, as it is imported (a reviewer)

    def __init__(
        self,
        message: str,
        question: str | None = None,
        readable: Mapping[str, Answer] | None = None,
        meant_yes: Iterable[str] = (),
    ) -> None:
        super().__init__(message)
        self.question = question
        self.readable = dict(readable or {})  # a refused file's answers that check alone
        self.meant_yes = tuple(meant_yes)  # yes/no answers refused that read as a yes ("yes")

    def __reduce__(
        self,
    ) -> tuple[
        type[AnswersError], tuple[str, str | None, dict[str, Answer], tuple[str, ...]]
    ]:  # all kept through a pickle: `readable` was lost from a worker process, and a script
        # following docs/api.md read chest pain as routine (a scripter, fortieth session)
        return type(self), (str(self), self.question, self.readable, self.meant_yes)


def _hint(name: str, known: Iterable[str], texts: Catalogue) -> str:
    close = near(name, known)
    return texts.t(" (did you mean {suggestion}?)", suggestion=repr(close[0])) if close else ""


def check_answers(
    table: RuleTable, raw: Mapping[str, object], texts: Catalogue | None = None
) -> dict[str, Answer]:
    """The known answers, validated (AnswersError names the first fault, in the language of
    `texts`: the terminal's by default, and holds the answers that check alone as `readable`,
    to be read for an emergency sign). Absent or null answers are unknown and left out."""
    try:
        return _all_checked(table, raw, texts or current())
    except AnswersError as err:
        raise AnswersError(
            str(err), err.question, readable(table, raw), meant_as_yes(table, raw)
        ) from None


def _all_checked(
    table: RuleTable, raw: Mapping[str, object], texts: Catalogue
) -> dict[str, Answer]:
    known: dict[str, Answer] = {}
    for qid, value in raw.items():
        question = table.questions.get(qid) if isinstance(qid, str) else None
        if question is None:
            hint = _hint(qid, table.questions, texts) if isinstance(qid, str) else ""
            raise AnswersError(
                texts.t(
                    "unknown question id {question}{hint}; `tspain questions` lists them",
                    question=shown(qid, texts),
                    hint=hint,
                ),
                str(qid),
            )
        if value is not None:
            known[qid] = _checked(qid, question, value, texts)
    _no_yes_out_of_turn(table, known, texts)
    return known


def _no_yes_out_of_turn(table: RuleTable, known: Mapping[str, Answer], texts: Catalogue) -> None:
    """A "yes" to a question the table asks only when other answers hold (`asked_when`), beside
    answers that say they do not, is refused: the two cannot both be meant, and either reading
    would be a guess (`pregnancy_warning_signs: true` with `hormones_or_pregnancy: false` read
    as no sign, the least safe way: a scripter, twenty-seventh session). A "no" is accepted."""
    for qid, value in known.items():
        when = table.questions[qid].asked_when
        if value is True and when is not None and holds(compile_condition(when), known) is False:
            raise AnswersError(
                texts.t(
                    "{question}: got true, but it is asked only when {condition}, and here "
                    "{given}; correct one of them",
                    question=qid,
                    condition=_pairs(when, when),
                    given=_pairs(condition_questions(when), known),  # a count's parts too
                ),
                qid,
            )


def _pairs(keys: Iterable[str], values: Mapping[str, object]) -> str:
    """`hormones_or_pregnancy = true, ...` as an answers file would say them."""
    said = (f"{k} = {_toml_value(values[k])}" for k in keys if k in values)
    return ", ".join(said)


def _toml_value(value: object) -> str:
    """An answer, or a test of `asked_when`, as the table would write it: `{ min = 40 }`, not
    the "IntRange(min=40, max=None)" a scripter was shown (thirtieth session), nor a count as
    "Count(of=(...), ...)" (a code reviewer, thirty-first session)."""
    if isinstance(value, IntRange | Count):
        ends = [
            f"{end} = {n}" for end, n in (("min", value.min), ("max", value.max)) if n is not None
        ]
        if isinstance(value, Count):
            parts = ", ".join("{ " + _pairs(part, part) + " }" for part in value.of)
            ends.insert(0, f"of = [ {parts} ]")
        return "{ " + ", ".join(ends) + " }"
    return json.dumps(value, default=str)


def _checked(qid: str, question: Question, value: object, texts: Catalogue) -> Answer:
    """`value` as an answer to `question`, or AnswersError saying what was expected."""
    said = {"question": qid, "value": shown(value, texts)}
    if question.type == "yesno":
        if isinstance(value, bool):
            return value
        raise AnswersError(texts.t("{question}: got {value}, expected true or false", **said), qid)
    if question.type == "integer":
        if isinstance(value, numbers.Integral) and not isinstance(value, bool):
            value = int(value)  # numpy's and pandas's whole numbers too (np.int64(60))
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnswersError(
                texts.t("{question}: got {value}, expected a whole number", **said), qid
            )
        low, high = question.min, question.max
        if (low is not None and value < low) or (high is not None and value > high):
            raise AnswersError(
                texts.t(
                    "{question}: got {value}, expected a number from {min} to {max}",
                    min=low,
                    max=high,
                    **said,
                ),
                qid,
            )
        return value
    if isinstance(value, str) and value in question.options:
        return value
    raise AnswersError(
        texts.t(
            "{question}: got {value}, expected one of {options}{hint}",
            options=", ".join(question.options),
            hint=_hint(value, question.options, texts) if isinstance(value, str) else "",
            **said,
        ),
        qid,
    )


def readable(table: RuleTable, raw: Mapping[str, object]) -> dict[str, Answer]:
    """Each answer of a refused file that checks alone: an emergency sign in them is said.
    A yes to a question asked only when other answers hold, beside answers that say they do
    not, is left out with those answers: which side was meant is not known, and the answers
    must assess as they are (`tspain.assess(err.readable)` raised again: a scripter, fortieth
    session)."""
    readable = {}
    for qid, value in raw.items():
        question = table.questions.get(qid) if isinstance(qid, str) else None
        with contextlib.suppress(AnswersError):
            if question is not None and value is not None:
                readable[qid] = _checked(qid, question, value, current())
    clashing: set[str] = set()
    for qid, value in readable.items():
        when = table.questions[qid].asked_when
        if value is True and when is not None and holds(compile_condition(when), readable) is False:
            clashing.update((qid, *condition_questions(when)))
    return {qid: value for qid, value in readable.items() if qid not in clashing}


_YES_WRITTEN = frozenset({"yes", "y", "true", "t", "1", "on", "sí", "si", "s"})
"""How a yes is written where `true` is wanted ("yes", 1): refused, never read as a yes."""


def meant_as_yes(table: RuleTable, raw: Mapping[str, object]) -> tuple[str, ...]:
    """The yes/no questions of a refused file whose value is a yes written another way ("yes",
    "True", 1): still refused, but what a yes would mean is said (`fainting_or_clammy: "yes"`
    was refused with no word of the ambulance: a scripter, thirty-ninth session's note)."""
    return tuple(
        qid
        for qid, value in raw.items()
        if isinstance(qid, str)
        and qid in table.questions
        and table.questions[qid].type == "yesno"
        and not isinstance(value, bool)
        and str(value).strip().lower() in _YES_WRITTEN
        and (isinstance(value, str) or value == 1)
    )
