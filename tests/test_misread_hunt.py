"""What a misread hunter found (nineteenth session, about 900 typed answers): a "no" that goes
on to describe the sign ("no control", "no me entra el aire"), a denial followed by another
complaint without a comma ("no chest pain my jaw hurts"), a treated condition ("no, fine with
my tablets"), a sign gone now ("no longer"), a doubt said as a no ("no muy seguro"). Each was
read as "no", and most ended routine where a yes ends in an emergency. Each is now asked again
(or read as meant); plain denials stay no."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests_support import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.session import Invalid, parse_answer
from tspain.table import RuleTable

ASK = "asked again"


def _read(table: RuleTable, language: str, qid: str, typed: str) -> object:
    i18n.use(language)
    try:
        return parse_answer(i18n.translated_table(table).questions[qid], typed)
    except Invalid:
        return ASK


@pytest.mark.parametrize(
    ("language", "qid", "typed"),
    [
        # a "no" that says the sign: a loss, not a denial
        ("en", "bladder_or_bowel_problems", "no control"),
        ("en", "saddle_numbness", "no feeling down there"),
        ("en", "saddle_numbness", "no sensation"),
        ("en", "fainting_or_clammy", "no, not able to stand"),
        ("en", "leg_weakness_or_unsteady", "no, not steady on my feet"),
        ("en", "shortness_of_breath", "no, not getting enough air"),
        ("en", "shortness_of_breath", "no air"),
        ("es", "saddle_numbness", "no tengo sensibilidad"),
        ("es", "bladder_or_bowel_problems", "no he podido orinar"),
        ("es", "bladder_or_bowel_problems", "no me sale la orina"),
        ("es", "shortness_of_breath", "no me entra el aire"),
        ("es", "shortness_of_breath", "no tengo aire"),
        ("es", "shortness_of_breath", "no agarro aire"),
        # a denial, then another complaint without a comma
        ("en", "chest_pain_or_pressure", "no chest pain my jaw hurts"),
        ("en", "chest_pain_or_pressure", "no chest pain although my left arm aches"),
        ("en", "chest_pain_or_pressure", "no chest pain - arm pain"),
        ("en", "chest_pain_or_pressure", "no chest pain/arm pain"),
        ("en", "chest_pain_or_pressure", "no (arm pain)"),
        ("en", "chest_pain_or_pressure", "no pain more like pressure"),
        ("en", "chest_pain_or_pressure", "no pain rather pressure"),
        ("es", "chest_pain_or_pressure", "no es dolor sino presión"),
        ("es", "chest_pain_or_pressure", "no me duele el pecho sino el brazo"),
        ("es", "chest_pain_or_pressure", "no me duele el pecho me duele el brazo"),
        ("es", "chest_pain_or_pressure", "no en el pecho en el brazo"),
        ("es", "fever", "no tengo fiebre sino escalofríos"),
        # a treated condition is had
        ("en", "high_blood_pressure", "no, fine with my tablets"),
        ("en", "high_blood_pressure", "no, not with my pills"),
        ("en", "high_blood_pressure", "no it's normal on meds"),
        ("en", "high_blood_pressure", "nope, fine on ramipril"),
        ("es", "high_blood_pressure", "no, con pastillas está bien"),
        ("es", "high_blood_pressure", "no, normal con medicamento"),
        ("en", "diabetes", "no, fine with metformin"),
        ("es", "diabetes", "no, bien con metformina"),
        # not now, but since the pain began (the emergency signs ask both)
        ("en", "chest_pain_or_pressure", "no longer"),
        ("en", "chest_pain_or_pressure", "no more"),
        ("en", "chest_pain_or_pressure", "no, not any more"),
        ("en", "shortness_of_breath", "no had it last night"),
        ("en", "shortness_of_breath", "no once"),
        ("en", "shortness_of_breath", "no occasionally"),
        ("en", "shortness_of_breath", "no, not all the time"),
        ("en", "shortness_of_breath", "no not always"),
        ("es", "shortness_of_breath", "no siempre"),
        ("en", "smoker", "no, not for years"),
        ("en", "smoker", "no ex smoker"),
        # a doubt
        ("es", "fever", "no muy seguro"),
        ("es", "fever", "no tengo la menor idea"),
        ("es", "fever", "no seguro"),
        ("es", "fever", "no del todo seguro"),
        ("es", "fever", "no lo recuerdo bien"),
        ("es", "fever", "no me recuerdo"),
        ("es", "fever", "no me he fijado bien"),
        ("en", "fever", "no freaking clue"),
        ("en", "fever", "no real idea"),
        ("en", "fever", "no hard to say"),
        ("en", "fever", "no way of knowing"),
        ("en", "fever", "no recollection"),
        # a yes with a doubt about something else is not "not sure"
        ("en", "chest_pain_or_pressure", "yes definitely, no idea why"),
        ("en", "chest_pain_or_pressure", "yes, not sure how long"),
        ("es", "chest_pain_or_pressure", "sí, no sé si es el corazón"),
    ],
)
def test_a_no_that_is_not_a_plain_denial_is_asked_again(
    table: RuleTable, language: str, qid: str, typed: str
) -> None:
    assert _read(table, language, qid, typed) in (ASK, True), typed


@pytest.mark.parametrize(
    ("language", "qid", "typed"),
    [
        ("en", "leg_weakness_or_unsteady", "no weak legs"),
        ("en", "chest_pain_or_pressure", "no chest pain"),
        ("en", "chest_pain_or_pressure", "no, no pain in my chest"),
        ("en", "bladder_or_bowel_problems", "no loss of control"),
        ("en", "bladder_or_bowel_problems", "no problems"),
        ("en", "high_blood_pressure", "no, my blood pressure is fine"),
        ("en", "fever", "no thanks"),
        ("en", "fever", "no, not that I know of"),
        ("es", "fever", "no tengo fiebre"),
        ("es", "chest_pain_or_pressure", "no me duele el pecho"),
        ("en", "smoker", "no, never"),
    ],
)
def test_plain_denials_stay_no(table: RuleTable, language: str, qid: str, typed: str) -> None:
    assert _read(table, language, qid, typed) is False, typed


def test_a_treated_blood_pressure_at_the_terminal_is_not_a_no(tmp_path: Path) -> None:
    """The hunter's run: a man of 55, sudden pain at 8, "no, fine with my tablets" at the blood
    pressure question saved no and ended routine (yes ends in an emergency)."""
    saved = tmp_path / "answers.json"
    lines = ["0", "0", "0", "2", "1", "8", "55", "no, fine with my tablets", "y", "q"]
    make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(saved)], input="\n".join(lines) + "\n"
    )
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers.get("high_blood_pressure") is not False


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("tablets", "controlled")), ("es", ("pastillas", "controlada"))],
)
def test_the_questions_say_a_treated_condition_counts(
    table: RuleTable, language: str, words: tuple[str, str]
) -> None:
    """Asked again after "no, fine with my tablets", a person read the same question and could
    say no again: it now says that blood pressure kept normal by tablets, and diabetes under
    control, are a yes (both are risks the emergency signs count)."""
    i18n.use(language)
    shown = i18n.translated_table(table).questions
    assert words[0] in shown["high_blood_pressure"].text
    assert words[1] in shown["diabetes"].text


@pytest.mark.parametrize(("typed", "meant"), [("nerve", ASK), ("open", ASK), ("yse", True)])
def test_a_typo_is_two_letters_swapped_not_any_word_of_the_same_letters(
    table: RuleTable, typed: str, meant: object
) -> None:
    """ "nerve" read as "never" (no) and "open" as "nope": a word of the same letters is another
    word; "yse" is still yes."""
    assert _read(table, "en", "fever", typed) == meant


@pytest.mark.parametrize(
    ("language", "typed", "ticked"),
    [
        ("en", "17 (and fever)", {"hormones_or_pregnancy", "fever"}),
        ("en", "13 (plus some chills)", {"osteoporosis_or_steroid_use", "fever"}),
        ("es", "17 (y tengo fiebre)", {"hormones_or_pregnancy", "fever"}),
        ("en", "16 (not sure about 6)", ("", 16, 6)),
        ("en", "2 (maybe 4)", ("", 2, 4)),
    ],
)
def test_words_in_brackets_at_a_list_are_read_not_dropped(
    table: RuleTable, language: str, typed: str, ticked: object
) -> None:
    """ "17 (and fever)" saved the fever as no and ended routine where "17 1" ends urgent: the
    bracket was left out as a remark. A bracket is read like the rest of the answer; only an
    amount ("(32 weeks)") is a remark."""
    from tspain.interview import Checklist
    from tspain.ticks import parse_checklist

    i18n.use(language)
    shown = i18n.translated_table(table)
    step = Checklist(
        "urgent", tuple(q for q, x in shown.questions.items() if x.checklist == "urgent")
    )
    if isinstance(ticked, tuple):  # the doubted number is ticked only once asked about
        from tspain.guessed import guessed_items

        _, sure, doubted = ticked
        got = parse_checklist(step, typed, shown)  # type: ignore[arg-type]
        assert got == [q for i, q in enumerate(step.questions, 1) if i in (sure, doubted)]
        assert guessed_items(step, typed, shown) == [(step.questions[doubted - 1], True)]
        return
    try:
        got: object = set(parse_checklist(step, typed, shown))  # type: ignore[arg-type]
    except Invalid:
        got = ASK
    assert got == ticked


@pytest.mark.parametrize(
    ("urgent_list", "fever"),
    [
        (["pill", "yes and i have a fever", "1"], True),
        (["pill", "yes and i have a fever", "0"], False),
    ],
)
def test_more_said_at_did_you_mean_is_asked_for_not_dropped(
    tmp_path: Path, urgent_list: list[str], fever: bool
) -> None:
    """ "yes and i have a fever" at "Did you mean 17 ...?" kept 17 and saved the fever as no,
    unasked (routine where the fever makes it urgent). What was said is read at the list, and
    the fever it names asked about (twenty-fourth session; it had been shown with the list
    again, and a woman at the emergency list lost her breathlessness that way)."""
    saved = tmp_path / "answers.json"
    lines = ["0", *urgent_list, "q"]
    done = make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(saved)], input="\n".join(lines) + "\n"
    )
    assert "Did you mean 1. Fever, chills, or feeling hot and shivery?" in " ".join(
        done.output.split()
    )
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert (answers["hormones_or_pregnancy"], answers["fever"]) == (True, fever)


@pytest.mark.parametrize(
    "typed", ["2, dunno about the rest", "2, idk about the rest", "2, unsure about the rest"]
)
def test_a_one_word_doubt_of_the_rest_leaves_the_rest_unknown(table: RuleTable, typed: str) -> None:
    """ "2, dunno about the rest" asked "Did you mean 6 (eased by rest)?", and a no saved every
    other sign as no: "not sure about the rest" already left them unknown."""
    from tspain.interview import Checklist
    from tspain.ticks import PartlyOnList, parse_checklist

    step = Checklist(
        "urgent", tuple(q for q, x in table.questions.items() if x.checklist == "urgent")
    )
    with pytest.raises(PartlyOnList) as partly:
        parse_checklist(step, typed, table)  # type: ignore[arg-type]
    assert partly.value.kept == [step.questions[1]] and partly.value.unsure


@pytest.mark.parametrize(
    ("language", "typed", "ticked"),
    [
        ("en", "chest pain + breathless", {"chest_pain_or_pressure", "shortness_of_breath"}),
        ("en", "2 & 5", {"chest_pain_or_pressure", "coughing_blood"}),
        ("en", "2/4", {"chest_pain_or_pressure", "shortness_of_breath"}),
        ("en", "none that i know of", set()),
        ("en", "nope not really", set()),
        ("en", "no i dont think so", set()),
        ("en", "none of em", set()),
        ("es", "no puedo hacer pipí", {"bladder_or_bowel_problems"}),
        ("es", "no siento nada ahí abajo", {"saddle_numbness"}),
        ("es", "me orino", {"bladder_or_bowel_problems"}),
    ],
)
def test_everyday_answers_at_the_emergency_list(
    table: RuleTable, language: str, typed: str, ticked: set[str]
) -> None:
    """Refused, or (in Spanish) offered back as breathlessness ("no puedo ..."), before."""
    from tspain.interview import Checklist
    from tspain.ticks import parse_checklist

    i18n.use(language)
    shown = i18n.translated_table(table)
    items = tuple(q for q, x in shown.questions.items() if x.checklist == "emergency")
    assert set(parse_checklist(Checklist("emergency", items), typed, shown)) == ticked  # type: ignore[arg-type]


# A regression hunter on this session's changes (f61ca01 against them: 671,454 readings, 48
# sessions). Each of these read as the hunter shows, and each was a misreading.


@pytest.mark.parametrize(
    "typed",
    ["no, i don't know", "none, i don't know", "no i think so", "no, i believe", "none?", "n?",
     "no way to know", "nope, don't know"],
)  # fmt: skip
def test_a_doubt_at_a_list_is_never_none(table: RuleTable, typed: str) -> None:
    """ "no, i don't know" at the emergency list read as none of these (every sign no): after
    "s", the person had said yes to chest pain (EMERGENCY); the new reading ended SELF-CARE."""
    from tspain.interview import Checklist
    from tspain.none_said import says_none

    assert not says_none(typed)
    items = tuple(q for q, x in table.questions.items() if x.checklist == "emergency")
    assert _read_list(table, Checklist("emergency", items), typed) != []


def _read_list(table: RuleTable, step: object, typed: str) -> object:
    from tspain.ticks import parse_checklist

    try:
        return parse_checklist(step, typed, table)  # type: ignore[arg-type]
    except Invalid:
        return ASK


@pytest.mark.parametrize(
    ("qid", "typed"),
    [("injury", "no, maybe"), ("injury", "maybe no"), ("injury", "probably no"),
     ("injury", "no i guess"), ("sex", "probably not"), ("sex", "i guess not")],
)  # fmt: skip
def test_a_hedged_no_is_no_option(table: RuleTable, qid: str, typed: str) -> None:
    """ "maybe no" at the injury question became "No injury" once the hedge was taken off (an
    84-year-old on blood thinners lost the serious-accident line); "probably not" at the sex
    question became "prefer not to say"."""
    assert _read(table, "en", qid, typed) in (ASK, None)


@pytest.mark.parametrize("typed", ["hmm", "hmm, hard to say", "mmh", "hmm maybe"])
def test_hmm_is_not_yes(table: RuleTable, typed: str) -> None:
    assert _read(table, "en", "chest_pain_or_pressure", typed) in (ASK, None)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("5,8", 8), ("5,9", 9), ("7,5", 8), ("7.5", 8), ("0-10", ASK), ("1-10", ASK)],
)
def test_a_score_with_a_comma_is_never_read_lower(
    table: RuleTable, typed: str, meant: object
) -> None:
    """ "5,8" was 6 (5.8 rounded up), below severe, where the person may have meant 5 or 8;
    "0-10" is the scale typed, not a score."""
    assert _read(table, "en", "severity", typed) == meant


def test_two_ages_with_a_comma_are_asked_again(table: RuleTable) -> None:
    assert _read(table, "en", "age", "19,20") == ASK


@pytest.mark.parametrize(
    ("qid", "typed"),
    [("shortness_of_breath", "no not short of breath"), ("worse_at_night_or_rest", "no, not at night"),
     ("fever", "no, not that i remember"), ("shortness_of_breath", "no, breathing is fine")],
)  # fmt: skip
def test_denials_the_new_rules_caught_stay_no(table: RuleTable, qid: str, typed: str) -> None:
    assert _read(table, "en", qid, typed) is False


@pytest.mark.parametrize(
    ("qid", "typed"),
    [("fever", "no, kind of"), ("fever", "no, i think so"), ("fever", "no, didn't measure"),
     ("fever", "nooo (kind of)")],
)  # fmt: skip
def test_a_no_that_takes_itself_back_is_asked_again(table: RuleTable, qid: str, typed: str) -> None:
    assert _read(table, "en", qid, typed) in (ASK, None)


@pytest.mark.parametrize(
    ("typed", "ticked"),
    [("no me entra el aire", {"shortness_of_breath"}), ("no respiro bien", {"shortness_of_breath"}),
     ("no me sostengo", {"fainting_or_clammy"})],
)  # fmt: skip
def test_spanish_words_for_breathlessness_and_weakness_tick_their_item(
    table: RuleTable, typed: str, ticked: set[str]
) -> None:
    """Read as breathlessness before only through the "no" of "no puedo respirar"; a new item's
    words left them matching nothing."""
    from tspain.interview import Checklist

    i18n.use("es")
    shown = i18n.translated_table(table)
    items = tuple(q for q, x in shown.questions.items() if x.checklist == "emergency")
    assert set(_read_list(shown, Checklist("emergency", items), typed)) == ticked  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "answer", ["yes please", "yes it is", "yeah definitely", "yes, that's right"]
)
def test_a_plain_yes_at_did_you_mean_asks_for_nothing_more(tmp_path: Path, answer: str) -> None:
    saved = tmp_path / "answers.json"
    lines = ["0", "pill", answer, "0", "q"]
    done = make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(saved)], input="\n".join(lines) + "\n"
    )
    assert "You also said" not in done.output
    assert json.loads(saved.read_text(encoding="utf-8"))["hormones_or_pregnancy"] is True


def test_more_said_at_did_you_mean_that_names_no_item_is_said_with_the_list(tmp_path: Path) -> None:
    """Words beyond the yes that name nothing on the list are said, and the rest of the list is
    asked for: they may be an item in other words."""
    saved = tmp_path / "answers.json"
    lines = ["0", "pill", "yes and my dog is poorly", "1", "q"]
    done = make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(saved)], input="\n".join(lines) + "\n"
    )
    assert 'You also said "and my dog is poorly".' in " ".join(done.output.split())
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert (answers["hormones_or_pregnancy"], answers["fever"]) == (True, True)


def test_why_at_anything_else_on_the_list_explains_and_asks_again(tmp_path: Path) -> None:
    """A lorry driver typed "?" at "Type the numbers of anything else on this list": the rest of
    the urgent list became "not sure", unexplained, and the result listed signs he was never
    shown (a tester, twenty-fourth session). "?" says why and asks again; the "0" then typed
    is not said back as an item ("fever, 0 = 1")."""
    saved = tmp_path / "answers.json"
    lines = ["0", "fever and my dog is poorly", "?", "0", "q"]
    done = make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(saved)], input="\n".join(lines) + "\n"
    )
    shown = " ".join(done.output.split())
    assert "We ask these early because any one of them needs help today." in shown
    assert ", 0 =" not in shown
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["fever"] is True and answers["history_of_cancer"] is False


def test_ctrl_d_while_a_guessed_item_is_asked_keeps_the_signs_typed_surely() -> None:
    """A woman typed "8, I've got a rash on one side, little blisters, it really burns" and then
    Ctrl-D at "Did you mean 9. Burning when passing urine ...?": only "stopped, nothing saved",
    where Ctrl-D at a question gives the result so far (a tester, twenty-fourth session). The
    rash, typed as its number, counts for the result so far."""
    lines = ["0", "8, I've got a rash on one side, little blisters, it really burns"]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(done.output.split())
    assert "Did you mean 9." in shown
    assert "A painful rash on one side can be shingles" in shown
    assert "URGENT" in shown


def test_what_is_kept_is_said_once_and_a_no_restated_is_no_more() -> None:
    """ "Kept: 3. Tearing or ripping pain" was said twice, and "no, my legs are fine" at "Did you
    mean 10 ... both legs ...?" was said back as "You also said" (a tester, twenty-fourth
    session)."""
    lines = ["my neck hurts, i feel a bit faint", "n", "yes and my dog is poorly", "q", "n"]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    assert done.output.count("Kept:") == 1, done.output
    from tspain.item_reply import restates as _restates
    from tspain.loading import load_table

    legs = load_table().questions["leg_weakness_or_unsteady"]
    assert _restates(legs, "my legs are fine")
    assert not _restates(legs, "my legs are fine but i can't pee")
    assert not _restates(legs, "my legs are numb")


def test_more_said_at_did_you_mean_never_asks_again_what_was_just_answered(tmp_path: Path) -> None:
    """A woman with shingles before the rash typed "no its the skin on my side not when i wee"
    at "Did you mean 9. Burning when passing urine ...?": what followed the no was read at the
    list, and she was asked about 18 and 9 again, each just answered (a tester, twenty-fourth
    session). Items ticked or asked already, and those the words deny, are not asked again.
    (Since the thirty-seventh session "the skin on my right side" names the rash, and since the
    thirty-eighth "my skin looks odd" does, so her words here are ones that still ask 9 and 18
    first.)"""
    lines = [
        "0",
        "none really, no rash or anything, it burns and my skin looks off",
        "n",
        "no its my skin not when i wee",
        "no",
        "0",
        "q",
        "n",
    ]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(done.output.split())
    assert shown.count("Did you mean 9.") == 1 and shown.count("Did you mean 18.") == 1
    assert "Does this apply to you: 9." not in shown


def test_zero_with_a_hedge_is_none_and_with_words_is_asked_naming_them() -> None:
    """ "0 i think", "0 creo" and "0, just achy" each got "0 means none of these; you also
    chose . Type one or the other." (a tester, twenty-fourth session)."""
    from test_typed_misreads import _list

    from tspain.loading import load_table
    from tspain.ticks import parse_checklist
    from tspain.understand import Invalid

    table = load_table()
    step = _list(table, "emergency")
    assert parse_checklist(step, "0 i think", table) == []
    with pytest.raises(Invalid, match='"just achy"'):  # named (read alone since the 30th)
        parse_checklist(step, "0, just achy", table)


def test_what_follows_not_sure_is_said_whole() -> None:
    """ "not sure, its not new" was said back as "You also said «sure, its not new»"."""
    from tspain.item_reply import after_answer as _after_answer
    from tspain.understand import vocabulary

    meaning = vocabulary("en").meaning
    assert _after_answer("not sure, its not new", meaning) == "its not new"
    assert _after_answer("yes and i have a fever", meaning) == "and i have a fever"


def test_a_no_that_goes_on_to_name_the_item_asked_is_asked_again() -> None:
    """A man of 61 answered "no chest pain. jaw bit achy but thats prob my teeth" at "Does this
    apply to you: 2. Chest pain ..., jaw or neck?": it was read as a no, and the jaw was lost
    (a tester, twenty-fourth session). A no that names another sign is a no; one that names
    this very item is asked again."""
    lines = [
        "no chest pain, just my back",
        "no chest pain. jaw bit achy but thats prob my teeth",
        "y",
        "q",
        "n",
    ]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(done.output.split())
    assert "Please answer yes or no" in shown and "EMERGENCY" in shown


def test_b_while_what_was_said_beyond_is_asked_about_goes_back() -> None:
    """ "b" at the "Did you mean ...?" asked of what was said beyond a yes or no acts as at the
    first one; it was taken as nothing said (found reading the change before stopping,
    twenty-fourth session)."""
    lines = [
        "my neck is stiff",
        "I'm not sure, sometimes I feel like I can't get a full breath",
        "b",
        "0",
        "q",
        "n",
    ]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    assert "This is the first question: there is nothing to go back to." in done.output
