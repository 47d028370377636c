"""tspain's Python API: `assess`, `load_table`, `questions`, `Interview` (docs/api.md). The
command line is a thin layer over the same calls.

No global state is read or written: the table and the language are parameters (the shipped
table and English by default; $TSPAIN_RULES, $TSPAIN_LANG and the locale are the command line's
business, not the library's). Results are immutable: what two calls share, neither can change.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from tspain.answers import AnswersError, check_answers
from tspain.assessment import Assessment  # at run time too: typing.get_type_hints(assess)
from tspain.i18n import ENGLISH, LanguageError, code_of, load, translated_table
from tspain.loading import TableError
from tspain.loading import load_table as _load
from tspain.paths import default_table_path
from tspain.table import Answer, Question, RuleTable

if TYPE_CHECKING:
    from tspain.i18n import Catalogue

__all__ = [
    "AnswersError",
    "Assessment",
    "Interview",
    "LanguageError",
    "Question",
    "RuleTable",
    "Step",
    "TableError",
    "assess",
    "load_table",
    "questions",
]


def load_table(path: str | os.PathLike[str] | None = None) -> RuleTable:
    """The rule table at `path`, validated, or the shipped one: a copy of its own for each
    call, so that a change to its lists reaches no other caller (one caller's changed option
    widened what `assess()` took for every other: a scripter, thirty-fourth session). Raises
    `TableError` (its `problems` lists every fault, one line each) if it cannot be used."""
    import copy

    return copy.deepcopy(_load(default_table_path() if path is None else path))


def _table(table: object) -> RuleTable:
    """The table given, or the shipped one. A path is not a table: TypeError says what to do
    (a tester passed `table="causes.toml"` and read AttributeError)."""
    if table is None:  # the shared one, never handed out: its work is kept (a copy each
        return _load(default_table_path())  # call was 9 to 18 ms: a code reviewer, 34th)
    if not isinstance(table, RuleTable):
        raise TypeError(
            f"table must be a RuleTable from tspain.load_table(path), not {type(table).__name__}"
        )
    return table


def _in_language(
    table: object, language: str, rules: str | None = None
) -> tuple[RuleTable, Catalogue]:
    """The table's texts in `language`, refused when the translation lost a level's meaning (an
    edited table whose emergency action has no Spanish read "Call an ambulance now" among
    Spanish texts): LanguageError names the first fault, and `tspain validate RULES` (the
    command line's table of one's own, `rules`) lists them all. The command line translates
    its table through here too, so a script and `tspain check` refuse the same tables."""
    texts = load(code_of(language))  # as --lang takes it: "es", "ES", "es_MX.UTF-8"
    shown = translated_table(_table(table), texts)
    if texts.code != ENGLISH:
        from tspain.i18n import refusal

        # Worked out once per translated table, kept on it (a Spanish call took 8x an English
        # one, checking the same translation each time: a scripter, seventeenth session).
        known: dict[tuple[str, str | None], tuple[Catalogue, str | None]] = vars(shown).setdefault(
            "_tspain_refusal", {}
        )
        key = (texts.code, rules)
        if key not in known or known[key][0] != texts:
            known[key] = (texts, refusal(shown, texts, rules))
        refused = known[key][1]
        if refused:
            raise LanguageError(refused)
    return shown, texts


def questions(*, table: RuleTable | None = None, language: str = ENGLISH) -> Mapping[str, Question]:
    """The questions an answer set may hold, by id (read-only), with their texts in `language`:
    `type` ("yesno", "integer", "choice"), `min`/`max`, `options`, `text`, `why`."""
    import copy

    shown, _ = _in_language(table, language)
    return MappingProxyType(copy.deepcopy(shown.questions))  # its own: as `load_table`'s


def assess(
    answers: Mapping[str, object], *, table: RuleTable | None = None, language: str = ENGLISH
) -> Assessment:
    """Assess one person's answers: the triage level, the ranked causes, what must not be
    missed, and what to do, in `language` ("en" or "es", or as `--lang` takes it: "ES",
    "es_MX.UTF-8").

    `answers` maps question ids to answers: yes/no as True or False, numbers as int, choices as
    an option id; a missing or None answer is unknown ("not sure"). An unknown id, or a value of
    the wrong type or out of range, raises `AnswersError` (a one-line message): it is never read
    as "no". An unknown language, or a translation that would change what a level says (an
    edited table's emergency action left untranslated), raises `LanguageError`; a table that
    cannot be loaded,
    `TableError`; a `table` that is not a loaded table (a path), `TypeError`. Pass
    `table=load_table()` when assessing many answer sets, to read the table once.
    """
    shown, texts = _in_language(table, language)
    if not isinstance(answers, Mapping):
        raise AnswersError(
            texts.t(
                "answers must be a mapping of question id to answer, not {kind}",
                kind=type(answers).__name__,
            )
        )
    from tspain.engine import assess as _assess

    return _assess(shown, check_answers(shown, answers, texts), texts)


@dataclass(frozen=True)
class Step:
    """What to ask next: a list of yes/no warning signs to tick (`kind` "list", with its
    `level`: "emergency", "urgent" or "routine"), or one question (`kind` "question", its id
    alone in `questions`)."""

    kind: Literal["list", "question"]
    questions: tuple[str, ...]
    level: Literal["emergency", "urgent", "routine"] | None = None


class Interview:
    """One person's interview, as `tspain check` runs it: the emergency signs first, then the
    questions that could still change the result, until none could (or `max_questions`). After
    "not sure" at the emergency list, each emergency sign is asked alone; any emergency sign
    ends it at once; three "not sure" answers in a row end the questions (`cut_short`). The
    result is the same as `assess` gives for the same answers. `max_questions` is a whole
    number of 1 or more (`ValueError`; `TypeError` if not a whole number), as on the command
    line: 0 gave an interview of no questions, "3" failed at the first step."""

    def __init__(
        self,
        *,
        table: RuleTable | None = None,
        language: str = ENGLISH,
        max_questions: int | None = None,
    ) -> None:
        from tspain.interview import Interview as _Interview

        if max_questions is not None:
            if not isinstance(max_questions, int) or isinstance(max_questions, bool):
                raise TypeError(f"max_questions must be a whole number, not {max_questions!r}")
            if max_questions < 1:
                raise ValueError(f"max_questions must be 1 or more, not {max_questions}")
        self._table, self._texts = _in_language(table, language)
        self._interview = _Interview(self._table, max_questions)

    def next(self) -> Step | None:
        """The next list or question, or None when the interview is done."""
        from tspain.interview import Checklist

        step = self._interview.next()
        if step is None:
            return None
        if isinstance(step, Checklist):
            return Step("list", step.questions, step.level)
        return Step("question", (step.question,))

    def answer(self, question: str, value: object) -> None:
        """Record one question's answer (None: not sure), checked as `assess` checks it:
        `AnswersError` for an unknown id or a wrong value, never read as "no"."""
        known = check_answers(self._table, {question: value}, self._texts)
        self._agrees({question: known.get(question)})
        self._interview.answer(question, known.get(question))

    def _agrees(self, given: Mapping[str, Answer | None]) -> None:
        """`AnswersError` if these answers and those so far cannot all be meant, as `assess`
        refuses them: a yes to pre-eclampsia's signs, then "not pregnant", was taken, and the
        result fell from urgent to routine (a scripter, thirty-fifth session)."""
        so_far = {q: a for q, a in self._interview.known().items() if q not in given}
        check_answers(self._table, {**so_far, **given}, self._texts)

    def answer_list(self, ticked: Iterable[str] | None, unsure: Iterable[str] = ()) -> None:
        """Answer the list `next()` gave: the ids ticked are yes, those in `unsure` not known,
        the rest no; None is "not sure" of the whole list. `AnswersError` if the next step is
        not a list, an id given is not on it, or an id is both ticked and unsure (it was taken
        as ticked: nothing is silently dropped)."""
        from tspain.interview import Checklist

        step, texts = self._interview.next(), self._texts
        if not isinstance(step, Checklist):
            raise AnswersError(texts.t("the next step is not a list"))
        for ids in (ticked, unsure):
            if isinstance(ids, str):  # "fever" was read letter by letter: "'f' is not on ..."
                raise TypeError(f"give the ids in a list, [{ids!r}], not a string alone")
        chosen, doubted = None if ticked is None else list(ticked), list(unsure)
        for qid in [*(chosen or ()), *doubted]:
            if qid not in step.questions:
                raise AnswersError(
                    texts.t("{question} is not on this list", question=repr(qid)), qid
                )
        both = next((q for q in doubted if q in (chosen or ())), None)
        if both is not None:
            raise AnswersError(
                texts.t("{question} is both ticked and not sure", question=repr(both)), both
            )
        given = {q: None if chosen is None or q in doubted else q in chosen for q in step.questions}
        self._agrees(given)
        self._interview.answer_checklist(step, chosen, doubted)

    def back(self) -> bool:
        """Undo the last answer or list; False if there is nothing to undo."""
        return self._interview.back()

    def finish(self) -> None:
        """The person has said "that's all": `next()` is None, the result uses what is known."""
        self._interview.finish()

    @property
    def cut_short(self) -> bool:
        """True when the questions ended after three "not sure" answers in a row (the command
        line then says "here is what tspain can say so far")."""
        return self._interview.cut_short

    @property
    def answers(self) -> Mapping[str, Answer | None]:
        """Every question answered so far (None: not sure), read-only."""
        return MappingProxyType(dict(self._interview.answers))

    def result(self) -> Assessment:
        """The assessment of the answers so far (as `assess` gives it)."""
        from tspain.engine import assess as _assess

        return _assess(self._table, self._interview.known(), self._texts)
