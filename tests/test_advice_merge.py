"""Merging advice lines (issue 12, mutation testing): near-repeats are dropped, different advice
is kept, at the documented edge: 60% of the shorter line's words (without filler words such as
"the", "and", "when"; a plural counts as its singular)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain.advice import adds_nothing, merge_advice, near_duplicates
from tspain.cli import app
from tspain.engine import assess
from tspain.paths import default_table_path
from tspain.table import Answer, RuleTable


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Take frequent breaks when sitting.", "Take frequent breaks from sitting", True),
        ("Do it", "do it ", True),  # only filler words: compared whole, any case
        ("Do it", "Do it now", False),
        ("Stretch daily", "Do it", False),  # one has words, the other none
        ("Do it", "Stretch daily", False),
        # 3 of the shorter line's 5 words: exactly 60%, the same
        ("alpha beta gamma delta epsilon", "alpha beta gamma zeta theta iota", True),
        # 2 of 4: 50%, different
        ("alpha beta gamma delta", "alpha beta zeta theta iota", False),
        ("Use ice packs", "use an ice pack", True),  # plurals and filler words
        ("Walk every day", "Sleep on your back", False),
    ],
)
def test_near_duplicates(a: str, b: str, same: bool) -> None:
    assert near_duplicates(a, b) is same
    assert near_duplicates(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "a_in_b", "b_in_a"),
    [
        ("Take frequent breaks when sitting.", "Take frequent breaks from sitting", True, True),
        ("Do it", "do it ", True, True),  # only filler words: compared whole, any case
        ("Do it", "Do it now", False, False),
        ("Stretch daily", "Do it", False, False),  # one has words, the other none
        ("alpha beta gamma", "alpha gamma beta delta", True, False),  # all its words
        ("alpha beta gamma delta epsilon", "alpha beta gamma zeta theta iota", False, False),
        ("Use ice packs", "use an ice pack", True, True),  # plurals and filler words
        ("Walk every day", "Sleep on your back", False, False),
        (  # 6 of 9 words shared: the first lost "coughing blood" to the second
            "sudden breathlessness, coughing blood, or sharp pain on breathing: call an ambulance",
            "sharp pain on breathing with a cough or fever (today); breathlessness: call an "
            "ambulance",
            False,
            False,
        ),
    ],
)
def test_adds_nothing(a: str, b: str, a_in_b: bool, b_in_a: bool) -> None:
    assert adds_nothing(a, b) is a_in_b
    assert adds_nothing(b, a) is b_in_a


def test_warnings_are_merged_only_into_a_line_that_says_them_all() -> None:
    """Three lung causes' "see a doctor if" lines share most words; as tips they were one line
    and "coughing blood: call an ambulance" was lost."""
    lines = [
        "sharp pain on breathing with a cough or fever (today); breathlessness: call an ambulance",
        "sudden breathlessness, coughing blood, or sharp pain on breathing: call an ambulance",
        "it gets worse",
        "the pain gets worse",
        "it gets worse",
    ]
    assert len(merge_advice(lines)) == 2
    # a warning that sends no one the same day merges as a tip does
    assert merge_advice(lines, warnings=True) == (*lines[:2], "it gets worse")


def test_warnings_that_send_no_one_today_merge_as_tips(table: RuleTable) -> None:
    """With the stricter merge of warnings, "not better after 2 to 6 weeks", "not better after
    2 weeks of rest" and "not better in 2 weeks, or not gone in 6 weeks" were three lines in a
    row (a regression hunter, sixteenth session)."""
    person: dict[str, Answer] = {
        **{q: False for q, v in table.questions.items() if v.checklist == "emergency"},
        **{"age": 40, "onset": "gradual", "worse_with_movement": True},
    }
    lines = assess(table, person).see_a_doctor_if
    assert len([s for s in lines if s.startswith("it is not better")]) == 1, lines


def test_merge_keeps_the_first_wording_and_order() -> None:
    lines = [
        "Take frequent breaks when sitting.",
        "Walk every day.",
        "Take frequent breaks from sitting",
        "walk every day",
        "Sleep on a firm mattress.",
    ]
    assert list(merge_advice(lines)) == [
        "Take frequent breaks when sitting.",
        "Walk every day.",
        "Sleep on a firm mattress.",
    ]
    assert merge_advice([]) == ()


def test_the_leading_causes_own_advice_is_given(table: RuleTable) -> None:
    """Self-care advice comes from the causes that lead: of the top three, those at least half
    as likely as the first. Here strain and posture lead; myofascial pain does not."""
    person: dict[str, Answer] = {
        **{q: False for q, v in table.questions.items() if v.checklist},
        "onset": "gradual",
        "severity": 4,
        "injury": "none",
        "pain_location": "between_shoulder_blades",
        "repetitive_activity": True,
        # past a day: repeated lifting no longer rules out the heart sign for pain begun today
        # (table 2026.12.07.15), so that sign is settled by how long it has lasted
        "duration_days": 10,
    }
    result = assess(table, person)
    assert result.triage.level == "self_care"
    top = [(c.id, c.probability) for c in result.causes[:3]]
    leading = [cid for cid, p in top if p >= 0.5 * top[0][1]]
    assert leading == ["muscle_overuse", "poor_posture"]
    assert top[2][0] == "myofascial_pain"
    own = tomllib.loads(default_table_path().read_text("utf-8"))["causes"]

    def lines(cid: str) -> set[str]:
        # Conditional lines ({ text, unless }) all show here: no `unless` question is answered.
        return {x if isinstance(x, str) else x["text"] for x in own[cid]["self_care"]}

    for cid in leading:
        assert lines(cid) <= set(result.self_care), cid
    assert not lines("myofascial_pain") & set(result.self_care)


def test_general_see_a_doctor_advice_can_depend_on_the_answers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A maintainer's table with a conditional line in [advice] see_a_doctor_if."""
    text = default_table_path().read_text("utf-8")
    old = (
        'see_a_doctor_if = [\n  { text = "it is not better in 2 weeks, or not gone in 6 weeks", '
        "unless = { duration_days = { min = 42 } } },\n"
    )
    new = old + '  { text = "the bruise spreads", when = { injury = ["minor", "major"] } },\n'
    assert text.count(old) == 1
    rules = tmp_path / "rules.toml"
    rules.write_text(text.replace(old, new), encoding="utf-8")

    def lines(injury: str) -> list[str]:
        answers = json.dumps({"injury": injury, "age": 30})
        out = runner.invoke(
            app, ["--rules", str(rules), "check", "--answers", "-", "--json"], input=answers
        )
        assert out.exit_code == 0, out.output
        return list(json.loads(out.stdout)["see_a_doctor_if"])

    assert "the bruise spreads" in lines("minor")
    assert "the bruise spreads" not in lines("none")


@pytest.mark.parametrize(
    ("more", "line", "shown"),
    [
        ({}, "worse", True),  # unknown: the safety net stands
        ({"getting_worse": False}, "worse", True),
        ({"getting_worse": True}, "worse", False),
    ],
)
def test_a_safety_net_line_the_answers_already_say_is_left_out(
    runner: CliRunner, more: dict[str, object], line: str, shown: bool
) -> None:
    """A tester with six months of pain read "see a doctor if it is not better in 2 weeks"; one
    whose pain was getting worse read "why: it is getting worse" and "see a doctor if it gets
    worse". A line with an `unless` is left out when the answers already say it, and only
    then: an unknown answer keeps it."""
    text = {
        "weeks": "it is not better in 2 weeks, or not gone in 6 weeks",
        "worse": "it gets worse, or stops you doing your daily activities",
    }[line]
    answers = {"age": 30, "injury": "none", **more}
    out = runner.invoke(app, ["check", "--answers", "-", "--json"], input=json.dumps(answers))
    lines = json.loads(out.stdout)["see_a_doctor_if"]
    # said, or said within a line that says more ("the pain gets worse or stops you ...")
    assert any(adds_nothing(text, said) for said in lines) is shown, lines


@pytest.mark.parametrize(
    ("more", "shown"),
    [
        ({}, True),
        ({"sedentary_or_desk_work": True}, True),
        ({"sedentary_or_desk_work": False}, False),
    ],
)
def test_desk_advice_is_left_out_for_a_person_who_does_not_sit_long(
    table: RuleTable, more: dict[str, Answer], shown: bool
) -> None:
    """A tester who said no to long sitting read "set your screen at eye level" among the posture
    strain's own advice: a cause's lines may carry an `unless` too (an unknown answer keeps it)."""
    person: dict[str, Answer] = {
        **{q: False for q, v in table.questions.items() if v.checklist},
        **{"onset": "gradual", "severity": 4, "injury": "none", "age": 40},
        **{"pain_location": "between_shoulder_blades", "worse_with_sitting_or_posture": True},
        **more,
    }
    result = assess(table, person)
    assert result.causes[0].id == "poor_posture"
    assert any("screen at eye level" in line for line in result.self_care) is shown
    assert any("every 30 minutes when sitting" in line for line in result.self_care) is shown
    assert any("back-strengthening" in line for line in result.self_care)


@pytest.mark.parametrize(("days", "shown"), [(None, True), (20, True), (180, False)])
def test_a_causes_two_to_six_weeks_line_is_left_out_after_six_weeks(
    table: RuleTable, days: int | None, shown: bool
) -> None:
    """Posture's own "see a doctor if it is not better after 2 to 6 weeks" beside six months of
    pain: the line is left out once the pain is known to be over six weeks old (the routine sign
    for pain over six weeks then says to see a doctor)."""
    person: dict[str, Answer] = {
        **{q: False for q, v in table.questions.items() if v.checklist},
        **{"onset": "gradual", "severity": 4, "injury": "none", "age": 40},
        **{"pain_location": "between_shoulder_blades", "sedentary_or_desk_work": True},
    }
    if days is not None:
        person["duration_days"] = days
    result = assess(table, person)
    assert result.causes[0].id == "poor_posture"
    assert any("2 to 6 weeks of better posture" in d for d in result.see_a_doctor_if) is shown
    if not shown:
        assert result.triage.level == "routine"


RUNNER: dict[str, Answer] = {  # a tester's runner: a minor injury lifting, 5/10, 3 days
    **{"injury": "minor", "onset": "sudden", "severity": 5, "pain_location": "one_side"},
    **{"duration_days": 3, "age": 30, "sex": "male", "repetitive_activity": True},
}


def test_a_minor_injury_is_not_told_the_injury_was_serious(table: RuleTable) -> None:
    """The runner who said "a minor one" read "see a doctor if the injury was serious (car
    crash ...): call an ambulance" beside the injury's other lines."""
    result = assess(table, RUNNER)
    assert result.causes[1].id == "traumatic_injury"
    assert any("numbness or weakness after an injury" in d for d in result.see_a_doctor_if)
    assert not any("the injury was serious" in d for d in result.see_a_doctor_if)


def test_pain_medicine_is_advised_once(table: RuleTable) -> None:
    """The runner read "Pain medicine from the pharmacy ..." and "Over-the-counter pain
    medicine ..." in one list."""
    lines = assess(table, RUNNER).self_care
    assert sum("pain medicine" in line.lower() for line in lines) == 1, lines


def test_no_knots_no_advice_for_knots() -> None:
    """A woman of 25 with months of morning stiffness answered no to tender knots, and was told
    "Gentle stretching and massage of the tender spots" and to see a doctor "if the knots and
    pain last more than 6 weeks" (a person at a terminal, thirty-fourth session)."""
    import tspain

    table = tspain.load_table()
    lists = [q for q, x in table.questions.items() if x.checklist]  # her answers, all of them
    answers: dict[str, object] = {q: False for q in lists}
    answers |= {"morning_stiffness": True, "better_with_exercise": True, "age": 25}
    answers |= {"injury": "none", "onset": "gradual", "pain_location": "central"}
    answers |= {q: False for q in ("sedentary_or_desk_work", "repetitive_activity")}
    answers |= {"worse_with_sitting_or_posture": False, "better_with_rest": False}
    answers |= {"duration_days": 240, "night_sweats": False}
    for knots, shown in ((False, False), (True, True)):
        result = tspain.assess({**answers, "tender_knots_in_muscle": knots})
        said = " ".join([*result.self_care, *result.see_a_doctor_if])
        assert ("tender spots" in said) is shown and ("the knots" in said) is shown, said
