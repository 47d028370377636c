"""Conditions in words, in the language of the catalogue passed: what a rule tests ("age 50 or
more"), and what the person said that a rule tested ("you are 72 and the pain began suddenly").
The one place where a condition becomes a sentence: the engine's "why", the interview's "?" and
`tspain causes ID` all say it here."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tspain.assessment import Effect, ReadOnly
from tspain.conditions import Answers, Clause, Kind, answered_through, holds
from tspain.table import Count, IntRange

if TYPE_CHECKING:
    from tspain.compiled import Rule
    from tspain.i18n import Catalogue
    from tspain.table import RuleTable


def lower_first(text: str) -> str:
    """A text as the middle of a sentence: "Book an appointment" -> "book an appointment"; a
    first word in capitals ("GP", "NHS 111") kept as it is; "A cold sweat ..." is no such word
    ("A " passed for one, so the action read "heavy blow); A cold sweat": a scripter)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if len(first) > 1 and first.isupper():
        return text
    return f"{text[0].lower()}{text[1:]}" if text else text


def times(lr: float, texts: Catalogue) -> str:
    """A likelihood ratio as people read it: "about 3x more likely"."""
    factor = lr if lr >= 1 else 1 / lr
    text = f"{factor:.0f}" if factor >= 10 else f"{factor:.1f}".removesuffix(".0")
    if lr >= 1:
        return texts.t("about {times}x more likely", times=text)
    return texts.t("about {times}x less likely", times=text)


def said(table: RuleTable, clauses: tuple[Clause, ...], answers: Answers, texts: Catalogue) -> str:
    """What the person said that a condition tested, in words."""
    parts = []
    for clause in clauses:
        _qid, kind, value = clause
        if kind == Kind.COUNT:
            parts.append(_count_said(table, value, answers, texts))
        else:
            # The question's own answer, or the "yes" that stood for it (`yes_means`)
            (through,) = answered_through(clause, answers)
            parts.append(table.questions[through].phrase(answers[through]))
    return texts.t(" and ").join(dict.fromkeys(parts))


def short_name(about: str) -> str:
    """A combined condition's name without the members its `about` may list after it in
    parentheses: "heart risk factors (age 50+, male, ...)" is "heart risk factors". A result
    names the members that held instead; a cause's page shows `about` whole."""
    if about.endswith(")") and " (" in about:
        head, _, _members = about.rpartition(" (")
        if head.count("(") == head.count(")"):
            return head
    return about


def _count_said(table: RuleTable, value: Any, answers: Answers, texts: Catalogue) -> str:
    """How many of a combined condition's parts held, and which: "2 of the 5 heart risk
    factors (you are 57; you are male)", never the list's members a second time."""
    _low, _high, subs, about = value
    about = short_name(about)
    held = [sub for sub in subs if holds(sub, answers)]
    if not held:
        return texts.t("none of the {n} {about}", n=len(subs), about=about)
    if len(held) > 1 and any(len(sub) > 1 for sub in held):
        # Parts that are combinations share facts ("osteoporosis and a minor injury", "78 and a
        # minor injury"): the facts, each once, and no count of parts beside them, which would
        # not match what is listed ("2 of the 4 ..." above three facts).
        what = "; ".join(
            dict.fromkeys(said(table, (clause,), answers, texts) for sub in held for clause in sub)
        )
        return texts.t("{about} ({what})", about=about, what=what)
    what = "; ".join(dict.fromkeys(said(table, sub, answers, texts) for sub in held))
    return texts.t(
        "{k} of the {n} {about} ({what})", k=len(held), n=len(subs), about=about, what=what
    )


def effect(table: RuleTable, name: str, rule: Rule, answers: Answers, texts: Catalogue) -> Effect:
    """The explanation of one rule that fired for a cause."""
    words = said(table, rule.clauses, answers, texts)
    questions = tuple(dict.fromkeys(q for c in rule.clauses for q in answered_through(c, answers)))
    return Effect(
        question=questions[0],
        questions=questions,
        answers=ReadOnly({q: answers[q] for q in questions}),
        lr=rule.lr,
        effect="raises" if rule.lr >= 1 else "lowers",
        said=words,
        sentence=_sentence(words, name, rule.lr, texts),
    )


def one_each(effects: list[Effect], name: str, texts: Catalogue) -> tuple[Effect, ...]:
    """The evidence, each fact once: the tiers of one combined condition ("at least 1", "at
    least 2" of the strong signs of a fragile spine) said the same words twice, each "about 4x"
    where together they make 16x (a scripter, seventeenth session). Tiers that say the same are
    one entry, their ratios multiplied, where the first of them stood."""
    merged: dict[tuple[str, tuple[str, ...]], Effect] = {}
    for one in effects:
        key = (one.said, one.questions)
        if key in merged:
            lr = merged[key].lr * one.lr
            one = dataclasses.replace(
                merged[key],
                lr=lr,
                effect="raises" if lr >= 1 else "lowers",
                sentence=_sentence(one.said, name, lr, texts),
            )
        merged[key] = one
    # a factor of 1 changes nothing, and was listed as "raises" (a frequency set equal to its
    # question's background: a maintainer-tester, thirty-fifth session)
    return tuple(e for e in merged.values() if abs(e.lr - 1) > 1e-9)


def _sentence(words: str, name: str, lr: float, texts: Catalogue) -> str:
    return texts.t(
        "you said {said} — makes {cause} {times}",
        said=words,
        cause=lower_first(name),
        times=times(lr, texts),
    )


def condition_words(table: RuleTable, when: Mapping[str, Any], texts: Catalogue) -> str:
    """What a condition tests, in words ("age 50 or more and the pain began suddenly")."""
    return texts.t(" and ").join(_test_words(table, q, test, texts) for q, test in when.items())


def _test_words(table: RuleTable, qid: str, test: object, texts: Catalogue) -> str:
    if isinstance(test, Count):
        return _count_words(test, texts)
    q = table.questions[qid]
    if isinstance(test, IntRange):
        if test.min is not None and test.max is not None:
            span = texts.t("{low} to {high}", low=test.min, high=test.max)
        elif test.min is not None:
            span = texts.t("{n} or more", n=test.min)
        else:
            span = texts.t("at most {n}", n=test.max)
        if q.type == "integer":
            # the person's own phrase with the range for the answer: "you are 50 or more",
            # "you have had the pain for 30 or more days", never the question's id
            return q.phrase(span)
        return f"{q.short or q.text} {span}"
    if isinstance(test, tuple):
        return texts.t(" or ").join(q.phrase(value) for value in test)
    return q.phrase(test)  # type: ignore[arg-type]


def _count_words(test: Count, texts: Catalogue) -> str:
    n, about = len(test.of), test.about
    if test.max is None:
        return texts.t("at least {k} of the {n} {about}", k=test.min, n=n, about=about)
    if test.min is None or test.min == 0:
        if test.max == 0:
            return texts.t("none of the {n} {about}", n=n, about=about)
        return texts.t("at most {k} of the {n} {about}", k=test.max, n=n, about=about)
    return texts.t(
        "{low} to {high} of the {n} {about}", low=test.min, high=test.max, n=n, about=about
    )
