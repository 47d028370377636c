"""The scoring engine: answers in, assessment out. Pure: no I/O, no terminal, no global state.

It puts together the jobs done elsewhere, each in its own module: `conditions` tests the rule
table's conditions, `scoring` ranks the causes and picks the ones that must not be missed,
`triage` sets the level, `advice` picks what to do, `wording` says why. `answers` must already
be checked against the table (`tspain.assess` does that); the table and `texts` must be in the
same language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tspain import __version__, advice, differential, triage
from tspain.assessment import Assessment, CauseResult, Triage
from tspain.compiled import EFFECTS_KEPT, Compiled, compile_table
from tspain.conditions import Answers, states
from tspain.i18n import ENGLISH_TEXTS
from tspain.levels import RANK
from tspain.limits import LEADING_SHARE, LIKELY
from tspain.scoring import Scored, flagged_from, must_not_miss, score
from tspain.shown_causes import lines_of
from tspain.wording import effect, one_each

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tspain.assessment import Effect
    from tspain.compiled import Rule
    from tspain.i18n import Catalogue
    from tspain.table import RuleTable


def assess(table: RuleTable, answers: Answers, texts: Catalogue = ENGLISH_TEXTS) -> Assessment:
    """Score every cause and set the triage level. `answers` holds only known answers."""
    compiled = compile_table(table)
    found = states(compiled.clauses, answers)
    signs = triage.read_signs(compiled, found, answers)
    scored = score(compiled, found)
    ranked = [scored[i] for i in sorted(range(len(scored)), key=lambda i: -scored[i].probability)]
    reasons = [*signs.reasons, *triage.cause_alerts(ranked, texts)]
    if signs.unanswered:
        reasons.append(triage.unanswered_reason(table, signs.unanswered, texts))
    level = triage.level_of(reasons)
    if signs.unanswered and RANK[level] < RANK["routine"]:  # the reason above says so too;
        level = "routine"  # kept here, where it is read, whatever that reason's level becomes
    named = flagged_from(compiled, found)
    results = tuple(_result(table, compiled, s, answers, texts, named) for s in ranked)
    by_id = {r.id: r for r in results}
    probs = {s.cause.id: s.probability for s in scored}
    must = tuple(by_id[cid] for cid in must_not_miss(compiled, probs, answers, named, found))
    if level == "self_care" and must:
        # Self-care means every emergency and urgent sign was answered "no" and no cause
        # reached its alert (brief section 1). "Cannot be ruled out at home" never sits beside
        # it (issue 24): a serious cause the answers raised makes it routine, with the reason.
        # It was left out, and the same cause then showed among the likely lines of a
        # "look after it at home" (TB contact, night sweats, a month of pain: a GP's review).
        reasons.extend(triage.raised_alarms(ranked, {c.id for c in must}, texts))
        level = triage.level_of(reasons)
    likely = tuple(c.id for c in lines_of(results))
    top = results[0].probability
    leading = [r.id for r in results[:LIKELY] if r.probability >= LEADING_SHARE * top]
    # A serious cause shown among the likely lines, with its figure, comes with the sign that
    # would make it urgent (brief section 5), though it is not likely enough to lead the advice.
    watch = [cid for cid in likely if table.causes[cid].serious and cid not in leading]
    serious = [c.id for c in must[:LIKELY]]
    lists = advice.advice_for(
        table, level, leading, serious, answers, signs.safety_net, texts, watch=watch
    )
    action, recap = triage.action_and_recap(table, level, signs.unknown_emergency, texts, reasons)
    emergency_questions = triage.unique(
        q for sign in signs.unknown_emergency for q in sign.questions if answers.get(q) is None
    )
    return Assessment(
        triage=Triage(
            level=level,
            label=table.levels[level].label,
            action=action,
            reasons=tuple(sorted(reasons, key=lambda r: -RANK[r.level])),
        ),
        causes=results,
        must_not_miss=must,
        likely=likely,
        unanswered_warning_signs=tuple(signs.unanswered),
        unanswered_emergency_signs=tuple(emergency_questions),
        self_care=lists.self_care,
        prevention=lists.prevention,
        see_a_doctor_if=lists.see_a_doctor_if,
        while_waiting=lists.while_waiting,
        tell_the_doctor=tuple(triage.tell_the_doctor(table, reasons, answers, _risks(must))),
        recap=recap,
        disclaimer=table.disclaimer,
        tspain_version=__version__,
        rules_version=table.version,
        language=texts.code,
    )


def _risks(must: Sequence[CauseResult]) -> list[str]:
    """The questions answered "yes" that raised the first causes not to be missed: the risks a
    doctor asks about (a birth two weeks ago, for a clot; diabetes, for the heart)."""
    return [
        q
        for cause in must[:LIKELY]
        for effect in cause.evidence
        if effect.lr > 1.0
        for q in effect.questions
        if effect.answers.get(q) is True
    ]


def _result(
    table: RuleTable,
    compiled: Compiled,
    scored: Scored,
    answers: Answers,
    texts: Catalogue,
    named: dict[str, list[str]],
) -> CauseResult:
    cause = scored.cause
    return CauseResult(
        id=cause.id,
        name=cause.name,
        description=cause.description,
        care=cause.care,
        probability=round(scored.probability, 4),
        prior=cause.prior,
        evidence=one_each(
            [_effect(table, compiled, cause.name, r, answers, texts) for r in scored.fired],
            cause.name,
            texts,
        ),
        flagged_by=tuple(named.get(cause.id, ())),
        family=differential.family(table, cause.id),
        family_name=differential.family_name(table, cause.id),
    )


def _effect(
    table: RuleTable, compiled: Compiled, name: str, rule: Rule, answers: Answers, texts: Catalogue
) -> Effect:
    """The explanation of a rule that fired, built once per language, rule and answers."""
    key = (texts.code, id(rule), tuple(answers.get(q) for q in rule.questions))
    found = compiled.effects.get(key)
    if found is None:
        if len(compiled.effects) >= EFFECTS_KEPT:
            compiled.effects.clear()
        found = compiled.effects[key] = effect(table, name, rule, answers, texts)
    return found
