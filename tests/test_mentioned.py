"""A warning sign typed at another question is asked about, not thrown away (a tester,
twenty-second session): "56, and i passed out on the stairs on tuesday" at the age question and
"no but my chest goes tight when i walk the dog" at a yes/no question were only "Please type
one whole number" and "Please answer yes or no", and the person ended routine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.mentioned import signs_named
from tspain.table import RuleTable

TO_AGE = ["0", "0", "0", "no", "gradually", "between the shoulder blades"]
"""No sign at the three lists, no injury, a gradual start, where it hurts: the age is next."""


def _session(tmp_path: Path, *typed: str) -> tuple[str, dict[str, object]]:
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([*TO_AGE, *typed, "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    return " ".join(done.output.split()), json.loads(saved.read_text(encoding="utf-8"))


def test_fainting_said_at_the_age_question_is_asked_and_calls_an_ambulance(
    tmp_path: Path,
) -> None:
    out, answers = _session(tmp_path, "56, and i passed out on the stairs on tuesday", "y")
    assert 'You mentioned a warning sign: "Fainting, cold clammy skin' in out
    assert "EMERGENCY" in out
    # "stairs" alone is no mention of pain brought on by exertion (a word of many senses)
    assert answers["fainting_or_clammy"] is True
    assert 'You mentioned a warning sign: "Pain brought on by exertion' not in out


def test_a_sign_said_and_denied_is_a_no_and_the_questions_go_on(tmp_path: Path) -> None:
    out, answers = _session(tmp_path, "no but my chest goes tight when i walk the dog", "n", "n")
    assert 'You mentioned a warning sign: "Chest pain or pressure' in out
    assert answers["chest_pain_or_pressure"] is False and "EMERGENCY" not in out


def test_an_answer_that_names_no_sign_is_only_asked_again(tmp_path: Path) -> None:
    out, _ = _session(tmp_path, "around fifty-ish", "50")
    assert "You mentioned" not in out and "Please type one whole number of years" in out


@pytest.mark.parametrize(
    ("language", "typed", "named"),
    [
        ("en", "56, and i passed out on the stairs", {"fainting_or_clammy"}),
        ("en", "no, i coughed up a bit of blood yesterday though", {"coughing_blood"}),
        ("en", "56 but i have had a fever", {"fever"}),
        ("es", "56, y me desmayé en la escalera", {"fainting_or_clammy"}),
        # one shared word names no sign here: "passed" is not "passing urine"
        ("en", "i passed a test", set()),
        ("en", "it hurts when i sit at my desk", set()),
        # denied, or words of other senses (a regression hunter, twenty-second session)
        ("en", "6, no numbness", set()),
        ("en", "3 days, no fever", set()),
        ("en", "63 and going grey", set()),
        ("en", "31, work at night", set()),
        ("en", "i'm sick of this pain", set()),
        ("en", "fell down the stairs", set()),
        ("en", "sudden pain that built up over a few days", set()),
        ("en", "only in the morning", set()),
        ("es", "más o menos", set()),
    ],
)
def test_the_signs_words_name_where_they_were_not_asked(
    table: RuleTable, language: str, typed: str, named: set[str]
) -> None:
    i18n.use(language)
    found = set(signs_named(i18n.translated_table(table), typed, {}))
    assert named <= found and (named or not found), found


def test_a_sign_said_beside_an_answer_that_was_read_is_asked_about() -> None:
    """A pain score in a sentence is read now ("8 when it comes"); "8 and my legs are weak" was
    then only a score, and the weak legs were lost (a regression hunter, twenty-third
    session): the sign beside an answer read is asked about, as beside one that was not."""
    from conftest import make_runner

    from tspain.cli import app

    typed = "0\n0\n0\n1\n2\n8 and my legs are weak\ny\n"
    result = make_runner().invoke(app, ["check", "-i"], input=typed)
    shown = " ".join(result.stdout.split())
    assert 'You mentioned a warning sign: "New weakness, numbness or tingling in both legs' in shown
    assert "EMERGENCY" in shown


def test_an_option_typed_whole_names_no_sign_beside_it(table: RuleTable) -> None:
    """A Spanish speaker typed the onset option's label, "Poco a poco, a lo largo de horas o
    días", and was asked about a long journey ("largo"): the question's own words are no
    mention (the regression hunter's own mending, twenty-third session)."""
    from tspain import i18n
    from tspain.mentioned import signs_beside

    i18n.use("es")
    spoken = i18n.translated_table(table)
    assert signs_beside(spoken, "onset", "Poco a poco, a lo largo de horas o días", {}) == ()
    assert signs_beside(spoken, "severity", "8 y me he desmayado", {}) == ("fainting_or_clammy",)


def test_the_answer_itself_is_no_mention_of_a_sign_its_yes_stands_for(table: RuleTable) -> None:
    """A man of 28 who strained his back lifting a box answered "all of a sudden when i picked
    up the box" at how it began: he was asked "Did the pain come on suddenly and severely?",
    which he had answered no at the first list, said yes, and was sent to an ambulance (a
    tester, twenty-third session). That item's yes stands for this very answer."""
    from tspain.mentioned import signs_beside

    typed = "all of a sudden when i picked up the box"
    assert signs_beside(table, "onset", typed, {"sudden_severe_onset": False}) == ()


@pytest.mark.parametrize(
    ("qid", "typed", "sign"),
    [
        ("pain_location", "between my shoulder blades, and it goes up into my jaw", "chest_pain_or_pressure"),
        ("sedentary_or_desk_work", "yes, and I feel a bit faint today", "fainting_or_clammy"),
        ("injury", "no injury, but I've been getting a bit breathless going upstairs", "shortness_of_breath"),
        ("duration_days", "1 day, my chest is tight", "chest_pain_or_pressure"),
        ("duration_days", "a week, i coughed up blood", "coughing_blood"),
        # said in passing beside another answer, each lost (a third round of testers,
        # twenty-fourth session): a drug injector, a torn aorta, a failing cord, a clot
        ("age", "34. been shivery and sweaty at night tho", "fever"),
        ("duration_days", "about 2 weeks, since my arm went all red and swollen where i inject", "iv_drug_use_or_immunosuppressed"),
        ("duration_days", "2 weeks, i inject heroin", "iv_drug_use_or_immunosuppressed"),
        ("onset", "suddenly, a ripping pain between my shoulders", "pain_tearing_or_ripping"),
        ("onset", "2, i was sweating buckets", "sweating_nausea"),
        ("injury", "no injury, though ive been stumbling a lot, nearly went down the stairs twice", "leg_weakness_or_unsteady"),
        ("age", "72, and its taking ages to get going when i pee lately", "bladder_or_bowel_problems"),
        ("injury", "no injury. started the day after i flew back from sydney", "recent_surgery_or_immobility"),
        ("onset", "fairly sudden, the morning after the 22 hour flight. my left calf has been sore too", "calf_swelling"),
        # a woman 30 weeks pregnant, at the both-legs question: "answer yes or no" (a tester,
        # twenty-fourth session)
        ("leg_weakness_or_unsteady", "my left leg is swollen but i thought that was the pregnancy, calf is sore", "calf_swelling"),
    ],
)  # fmt: skip
def test_a_sign_in_everyday_words_beside_another_answer_is_asked_about(
    table: RuleTable, qid: str, typed: str, sign: str
) -> None:
    """Each was lost where it was said (a tester, twenty-third session): pain going into the
    jaw at "Where is the pain?" (a woman of 45 with a cold sweat ended URGENT), feeling faint at
    a yes/no question, getting breathless at the injury question."""
    from tspain.mentioned import signs_beside

    assert sign in signs_beside(table, qid, typed, {}) + signs_named(table, typed, {})


def test_a_warning_sign_in_a_line_typed_ahead_is_asked_about() -> None:
    """A woman on the pill pasted "17" and "and my chest feels tight when I walk": the second
    line was set aside, never asked about, and she ended SELF-CARE (a tester)."""
    from conftest import as_at_a_terminal

    pexpect = pytest.importorskip("pexpect")
    import sys

    env = {
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "100",
        "LINES": "40",
        "PATH": "/usr/bin:/bin",
    }
    child = pexpect.spawn(
        sys.executable, ["-m", "tspain", "check"], env=env, encoding="utf-8", timeout=60,
        preexec_fn=as_at_a_terminal,
    )  # fmt: skip
    child.expect("> ")  # the emergency signs
    child.sendline("0")
    child.expect("Urgent signs")
    child.expect("> ")
    child.send("17\rand my chest feels tight when I walk\r")
    child.expect("before this question was on the screen")
    child.expect("> ")  # the routine list, or the next question (after 17, pre-eclampsia's
    child.sendline("no")  # signs since the twenty-sixth session): answered, then the mention
    child.expect("You mentioned a warning sign")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()


def test_a_sign_named_beside_the_questions_own_words_at_an_answer_not_read_is_asked() -> None:
    """A woman 30 weeks pregnant typed "my left leg is swollen but i thought that was the
    pregnancy, calf is sore" at the both-legs question: "Please answer yes or no", and the
    swollen calf was lost there ("leg" is the question's own word; a tester, twenty-fourth
    session)."""
    from conftest import make_runner

    from tspain.cli import app

    typed = "my left leg is swollen but i thought that was the pregnancy, calf is sore"
    lines = ["s", *["n"] * 9, typed, "y", "q", "n"]
    result = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines) + "\n")
    shown = " ".join(result.stdout.split())
    assert 'You mentioned a warning sign: "One painful, swollen calf".' in shown


@pytest.mark.parametrize(
    ("qid", "typed", "sign"),
    [
        ("onset", "de repente, y tambien me duele la quijada", "chest_pain_or_pressure"),
        ("onset", "me duele la mandibula", "chest_pain_or_pressure"),
        ("onset", "me da cuando subo escaleras y se me quita al descansar", "pain_with_exertion"),
        ("onset", "estoy sudando frio", "sweating_nausea"),
        ("sedentary_or_desk_work", "si, entreno 5 dias a la semana", None),  # no sign
        ("duration_days", "i inject insulin, 2 weeks", None),
    ],
)
def test_signs_said_in_passing_in_spanish_and_none_invented(
    table: RuleTable, qid: str, typed: str, sign: str | None
) -> None:
    """At the Spanish onset question the jaw, a cold sweat and pain on the stairs were dropped;
    "si, entreno 5 dias a la semana" was "Ha mencionado una señal de alarma: Cirugía, un viaje
    largo ..." by "días" and "semana" (testers, twenty-fourth session)."""
    from tspain import i18n
    from tspain.mentioned import signs_beside

    if not typed.startswith("i "):
        i18n.use("es")
    spoken = i18n.translated_table(table)
    found = set(signs_beside(spoken, qid, typed, {})) | set(signs_named(spoken, typed, {}))
    assert (sign in found) if sign else not found, found


def test_a_later_list_s_sign_typed_at_the_first_list_is_asked_after_it(tmp_path: Path) -> None:
    """ "none of them i dont think. ive had fevers and sweats at night tho" at the emergency
    list was "could not match" its first words alone; the man typed 0, and the fever was lost
    (he injects drugs: URGENT, where his fever made it EMERGENCY; a tester, twenty-fifth
    session). The fever is now asked after the list, and the urgent list no longer asks it."""
    saved = tmp_path / "answers.json"
    typed = ["none of them i dont think. ive had fevers and sweats at night tho", "y", "0"]
    done = make_runner().invoke(
        app,
        ["check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([*typed, "q"]) + "\n",
    )
    out = " ".join(done.output.split())
    assert done.exit_code == 0, done.output
    # the hedged none is none (twenty-fifth session), and the fever asked after the list
    assert 'You mentioned a warning sign: "Fever, chills, or feeling hot and shivery".' in out
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["fever"] is True and answers["sudden_severe_onset"] is False


@pytest.mark.parametrize(
    ("level", "typed", "read"),
    [
        # a temperature's decimal is no item's number, and names the fever (testers,
        # twenty-fifth session: "38,5" ticked item 5, "temp was 38.5" matched nothing)
        ("urgent", "temp was 38.5 last night and i feel shivery", ["fever"]),
        ("urgent", "2, 38.5", None),
        ("urgent", "2,5", ["history_of_cancer", "recent_infection_or_procedure"]),
    ],
)
def test_a_temperature_at_a_list_is_the_fever(
    table: RuleTable, level: str, typed: str, read: list[str] | None
) -> None:
    from test_typed_misreads import _list

    from tspain.ticks import parse_checklist
    from tspain.typed_words import Invalid

    if read is None:
        with pytest.raises(Invalid):
            parse_checklist(_list(table, level), typed, table)
    else:
        assert parse_checklist(_list(table, level), typed, table) == read


def test_a_spanish_temperature_with_a_decimal_comma_ticks_no_item_5(table: RuleTable) -> None:
    from test_typed_misreads import _list

    from tspain.ticks import parse_checklist

    i18n.use("es")
    spoken = i18n.translated_table(table)
    typed = "tengo fiebre desde ayer 38,5 y me arde al orinar"
    assert parse_checklist(_list(spoken, "urgent"), typed, spoken) == ["fever", "urinary_symptoms"]


@pytest.mark.parametrize(
    "typed",
    [
        "gradually over a few weeks. my legs have gone a bit wobbly this last week too, had to "
        "hold the rail on the stairs",
        "slowly, and im unsteady on my feet",
    ],
)
def test_wobbly_legs_said_at_how_it_began_are_asked_about(table: RuleTable, typed: str) -> None:
    """ "= Gradually" alone, and a man with a failing cord ended URGENT (a tester, twenty-fifth
    session)."""
    from tspain.mentioned import signs_beside

    assert signs_beside(table, "onset", typed, {}) == ("leg_weakness_or_unsteady",)


def test_a_question_s_short_name_said_whole_at_a_list_is_asked_apart(table: RuleTable) -> None:
    """ "i have high blood pressure if that matters" at the emergency list was "Did you mean 2.
    Chest pain or pressure?", then "5. Coughing up blood?" (a tester, twenty-fifth session)."""
    from test_typed_misreads import _list

    from tspain.ticks import NotOnList, parse_checklist

    with pytest.raises(NotOnList) as err:
        parse_checklist(
            _list(table, "emergency"), "i have high blood pressure if that matters", table
        )
    assert err.value.apart == ("high_blood_pressure",)


@pytest.mark.parametrize(
    ("language", "typed", "sign"),
    [
        ("en", "none of the above i think. ive had fevers", "fever"),
        # a woman 30 weeks pregnant with 38.5 ended SELF-CARE: only "im 30 weeks pregnant"
        # was said not to match, and the 38.5 was lost (a tester, twenty-fifth session)
        (
            "en",
            "im 30 weeks pregnant, temp was 38,5 this morning. none of the above i think",
            "fever",
        ),
        ("es", "ninguna que yo sepa, bueno, anoche tuve 38,5 grados", "fever"),
    ],
)
def test_a_hedged_none_with_a_later_list_s_sign_is_none_and_the_sign_asked(
    tmp_path: Path, language: str, typed: str, sign: str
) -> None:
    """Each was "could not match" its first words, then the list again; a later list's sign in
    them was lost when the person then typed 0 (testers, twenty-fifth session). The list is
    none, and the sign is asked after it, said as a sign mentioned, not "48 questions could
    still change the result"."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", language, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([typed, "y", "y", "0", "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    out = " ".join(done.output.split())
    assert ("a sign you mentioned" if language == "en" else "una señal que usted mencionó") in out
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers[sign] is True
    assert answers["chest_pain_or_pressure"] is False


@pytest.mark.parametrize(
    ("level", "typed", "read"),
    [
        ("urgent", "39 degrees", ["fever"]),
        ("urgent", "temp 39", ["fever"]),
        ("urgent", "tengo 38 de fiebre", ["fever"]),
        ("urgent", "lost 38.5 kg", ["weight_loss"]),
    ],
)
def test_a_temperature_without_a_fever_word_ticks_the_fever(
    table: RuleTable, level: str, typed: str, read: list[str]
) -> None:
    from test_typed_misreads import _list

    from tspain.ticks import parse_checklist

    assert parse_checklist(_list(table, level), typed, table) == read


@pytest.mark.parametrize(
    ("language", "typed", "named"),
    [
        # a man whose legs failed got an ambulance for them, and his cancer and his bladder
        # were lost from the report (a tester, twenty-fifth session)
        ("en", "no, but i had prostate cancer 3 yrs ago", {"history_of_cancer"}),
        ("en", "no but my mum had cancer", set()),
        ("en", "struggling to get the wee out since yesterday", {"bladder_or_bowel_problems"}),
        ("es", "esta mañana me mareé", {"fainting_or_clammy"}),
    ],
)
def test_signs_a_failing_cord_s_man_and_a_dizzy_woman_typed_are_named(
    table: RuleTable, language: str, typed: str, named: set[str]
) -> None:
    i18n.use(language)
    assert set(signs_named(i18n.translated_table(table), typed, {})) == named


def test_soaking_the_sheets_at_a_list_is_the_night_sweats_question(table: RuleTable) -> None:
    """It was read as smoking ("soaking" one letter from it), and the sweats never asked (a
    tester, twenty-fifth session)."""
    from test_typed_misreads import _list

    from tspain.ticks import NotOnList, parse_checklist

    with pytest.raises(NotOnList) as err:
        parse_checklist(_list(table, "urgent"), "soaking the sheets at night", table)
    assert err.value.apart == ("night_sweats",)


def test_a_hedged_none_beside_words_for_this_list_s_sign_is_not_none(tmp_path: Path) -> None:
    """ "ninguna creo, me duele la quijada": read as none, the jaw's chest pain was saved as no
    and nothing asked (found reading the change before stopping, twenty-fifth session). The
    chest pain is asked (since the thirty-seventh session "la quijada" names it at the list
    itself, "¿Quería decir 2. ...?"; before, the list was asked again and the chest pain after
    it, as a sign mentioned)."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", "es", "check", "--interactive", "--save-answers", str(saved)],
        input="ninguna creo, me duele la quijada\ns\nq\n",
    )
    assert done.exit_code == 0, done.output
    assert "¿Quería decir 2. Dolor o presión en el pecho" in " ".join(done.output.split())
    assert json.loads(saved.read_text(encoding="utf-8"))["chest_pain_or_pressure"] is True


@pytest.mark.parametrize("typed", ["temp 36.8", "temp 37", "36.6 degrees"])
def test_a_normal_temperature_names_no_fever(table: RuleTable, typed: str) -> None:
    assert "fever" not in signs_named(table, typed, {})


@pytest.mark.parametrize(
    ("typed", "asked", "qid"),
    [
        ("0 but ive lost weight", "Have you lost weight without trying?", "weight_loss"),
        ("0, but i have night sweats", "Do you have drenching sweats at night?", "night_sweats"),
        ("0, been soaking the sheets at night", "drenching sweats at night?", "night_sweats"),
    ],
)
def test_0_with_a_sign_of_another_list_is_none_and_the_sign_is_asked(
    tmp_path: Path, typed: str, asked: str, qid: str
) -> None:
    """ "0, but i have night sweats" at the emergency list was "0 means none of these, but
    you also wrote ...: type the numbers that apply, or 0 alone"; the person typed 0 alone, as
    asked, and the sweats were never asked (a tester's line, twenty-sixth session). 0 with
    words that name only a sign asked after this list is none, and the sign is asked."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["check", "--interactive", "--save-answers", str(saved)],
        input="\n".join([typed, "y", "q"]) + "\n",
    )
    out = " ".join(done.output.split())
    assert done.exit_code == 0, done.output
    assert "0 means none of these" not in out and asked in out
    # said as what the person brought up, not "48 questions could still change the result"
    assert "mentioned)" in out and "could still change" not in out.split(asked)[0][-80:]
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers[qid] is True and answers["chest_pain_or_pressure"] is False


@pytest.mark.parametrize(
    "typed",
    [
        *("0, my mum had cancer", "0, just achy", "0 but i get breathless", "0, lost weight 9"),
        # a later sign beside this list's own: the latter was dropped and saved as no (a code
        # reviewer, twenty-sixth session)
        *("0, had loads to drink with my legs gone jelly", "0 but night sweats with tearing pain"),
        "0 but night sweats, left arm pain",
        "0 but no feeling in my groin",  # none, unsaid, for a while (a code reviewer, 30th)
    ],
)
def test_0_with_words_of_this_list_or_of_nothing_is_asked_again(
    table: RuleTable, typed: str
) -> None:
    """0 beside words that may be this list's sign, or no sign, is never none: asked again, or
    (since the thirtieth session) the item the words name offered, where "type the numbers that
    apply, or 0 alone" led a tester to type 0 alone and lose the chest pain."""
    from test_typed_misreads import _list

    from tspain.ticks import parse_checklist
    from tspain.typed_words import Invalid

    try:
        read = parse_checklist(_list(table, "emergency"), typed, table)
    except Invalid:
        return
    assert isinstance(read, list) and read, read


@pytest.mark.parametrize(
    "typed", ["i lost weight", "ive been losing weight", "night sweats", "sudores nocturnos"]
)
def test_weight_lost_and_night_sweats_are_named(table: RuleTable, typed: str) -> None:
    """ "i lost weight" named no sign beside another answer (a tester, twenty-sixth session)."""
    from test_typed_misreads import _list

    from tspain.ticks import named_apart

    found = set(signs_named(table, typed, {})) | set(
        named_apart(_list(table, "emergency"), typed, table)
    )
    assert found & {"weight_loss", "night_sweats"}, found


@pytest.mark.parametrize("typed", ["1", "2", "3", "4", "1, 5", "2 and 9", "maybe 3", "two"])
def test_an_item_number_brings_no_question_forward(table: RuleTable, typed: str) -> None:
    """A bare "1" or "2" at a list brought the diabetes question forward (by "type 1"), and "3"
    or "4" the drinking one (by "3 or 4 drinks"): `tspain check` asked what `tspain.Interview`
    did not, and scripted input went out of step (a scripter, twenty-sixth session)."""
    from test_typed_misreads import _list

    from tspain.ticks import named_apart

    for level in ("emergency", "urgent"):
        assert named_apart(_list(table, level), typed, table) == ()


def test_a_list_answered_1_asks_what_the_api_asks(tmp_path: Path) -> None:
    """The same answers at the terminal and through `tspain.Interview` ask the same next question."""
    import tspain

    session = tspain.Interview()
    session.answer_list([])
    session.answer_list(["fever"])
    step = session.next()
    assert step is not None
    done = make_runner().invoke(app, ["check", "--interactive"], input="0\n1\n")
    after = done.output.split("Question 3")[1]
    asked = tspain.questions()[step.questions[0]].text
    assert " ".join(asked.split()) in " ".join(after.split())


def test_a_spanish_temperature_beside_a_remark_keeps_the_fever(table: RuleTable) -> None:
    """ "tengo 38,5 grados y anoche tome muchisimo alcohol" at the urgent list kept nothing:
    "38,5 grados" was taken out as an amount, "tengo" left was no item, and the remark matched
    nothing; the woman typed 0 and her fever was saved as no (routine, not urgent: a tester,
    twenty-sixth session). The fever is kept, and the drinking asked after the list."""
    from test_typed_misreads import _list

    from tspain.ticks import PartlyOnList, parse_checklist

    i18n.use("es")
    spoken = i18n.translated_table(table)
    with pytest.raises(PartlyOnList) as said:
        parse_checklist(
            _list(spoken, "urgent"), "tengo 38,5 grados y anoche tome muchisimo alcohol", spoken
        )
    assert said.value.kept == ["fever"] and said.value.apart == ("heavy_drinking",)


@pytest.mark.parametrize(
    ("language", "typed", "sign"),
    [
        (
            "en",
            "no but my legs have gone kinda jelly and wobbly when i walk",
            "leg_weakness_or_unsteady",
        ),
        ("es", "y me cuesta un poco respirar cuando subo escaleras", "shortness_of_breath"),
        ("en", "i had loads to drink last night", "heavy_drinking"),
        ("es", "anoche me puse bien pedo", "heavy_drinking"),
        ("en", "it stings wen i wee", "urinary_symptoms"),
        ("en", "1, and peeing burns", "urinary_symptoms"),
        ("en", "it felt like something tore inside me, came on all at once", "sudden_severe_onset"),
        ("es", "ninguna, pero tomo sintrom", "blood_thinners"),
        ("en", "had a skinful last night", "heavy_drinking"),
        (
            "en",
            "a pounding headache for 2 days and my vision goes blurry",
            "pregnancy_warning_signs",
        ),
    ],
)
def test_signs_in_people_s_words_are_named(
    table: RuleTable, language: str, typed: str, sign: str
) -> None:
    """Each was lost, or asked as another sign (testers, twenty-sixth session): jelly, wobbly
    legs were asked only as pain on walking, and the report said "no" to weak legs; "me cuesta
    un poco respirar cuando subo escaleras" was promised a question and asked only about pain
    on exertion (URGENT where her breathlessness made it EMERGENCY)."""
    from test_typed_misreads import _list

    from tspain.ticks import named_apart

    i18n.use(language)
    spoken = i18n.translated_table(table)
    found = set(signs_named(spoken, typed, {})) | set(
        named_apart(_list(spoken, "emergency"), typed, spoken)
    )
    assert sign in found, found


@pytest.mark.parametrize(
    "typed", ["me encorvo mucho dando el pecho", "en medio de la espalda, a la altura del pecho"]
)
def test_breastfeeding_and_chest_height_are_no_chest_pain(table: RuleTable, typed: str) -> None:
    """ "dando el pecho" (breastfeeding) and "a la altura del pecho" (a height on the back) asked
    a new mother about chest pain; she said yes by mistake and was sent to an ambulance (a
    tester, twenty-sixth session)."""
    i18n.use("es")
    spoken = i18n.translated_table(table)
    assert "chest_pain_or_pressure" not in signs_named(spoken, typed, {})
    assert "chest_pain_or_pressure" in signs_named(spoken, "me duele el pecho", {})
    # pressure at chest height is still chest pressure (a code reviewer, twenty-sixth session)
    said = "siento presión a la altura del pecho"
    assert "chest_pain_or_pressure" in signs_named(spoken, said, {})


@pytest.mark.parametrize("typed", ["nada mas", "nada, gracias", "no, nada más", "nothing else"])
def test_nothing_more_at_a_list_names_no_sign(table: RuleTable, typed: str) -> None:
    """ "nada mas" at the urgent list was "You mentioned a warning sign: numbness around the
    genitals" (by "no siento nada ahí abajo": a tester, twenty-sixth session)."""
    from test_typed_misreads import _list

    from tspain.ticks import named_apart

    i18n.use("en" if typed == "nothing else" else "es")
    spoken = i18n.translated_table(table)
    assert named_apart(_list(spoken, "urgent"), typed, spoken) == ()


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "0, but i've been sweating at night"),
        ("en", "0, i sweat buckets at night"),
        ("es", "0, pero sudo mucho por la noche"),
        # read as item 12's cold sweat, and the sweats lost on its no (thirty-eighth session)
        ("en", "0, i get sweaty at night"),
    ],
)
def test_night_sweats_beside_0_at_the_urgent_list_are_none_and_asked(
    table: RuleTable, language: str, typed: str
) -> None:
    """At the urgent list "sweating at night" was item 12's cold sweat by its own word, so "0,
    but i've been sweating at night" was asked again, and 0 alone lost the sweats (testers,
    twenty-sixth session). A question's phrase said whole outweighs a list item's one word."""
    from test_typed_misreads import _list

    from tspain.ticks import named_apart, parse_checklist

    i18n.use(language)
    spoken = i18n.translated_table(table)
    step = _list(spoken, "urgent")
    assert parse_checklist(step, typed, spoken) == []
    assert "night_sweats" in named_apart(step, typed, spoken)


@pytest.mark.parametrize(
    ("language", "typed", "age"),
    [("en", "no injury, I'm 74", 74), ("es", "ninguna, tengo cincuenta y ocho años", 58)],
)
def test_an_age_said_at_the_injury_question_is_taken_and_not_asked(
    tmp_path: Path, language: str, typed: str, age: int
) -> None:
    """A man of 74 said it at the injury question, was asked his age all the same, and "74 i
    already said" was refused (a tester, twenty-eighth session). It is said back as taken."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["--lang", language, "check", "--interactive", "--save-answers", str(saved)],
        input="\n".join(["0", "0", "0", typed, "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["age"] == age and answers["injury"] == "none"
    out = " ".join(done.output.split())
    assert ("Taken as your age" in out) or ("Se toma como su edad" in out)
    assert "How old are you" not in out and "¿Cuántos años tiene" not in out


@pytest.mark.parametrize(
    ("qid", "typed", "age"),
    [
        ("injury", "no injury, I'm 74", 74),
        ("smoker", "no im 74", 74),
        ("injury", "no, i am 74 years old", 74),
        ("injury", "ninguna, tengo 58 años", 58),
        # not the person's age, or not an age (a code reviewer, twenty-eighth session)
        ("injury", "minor, lifting my 16 year old son", None),
        ("injury", "a minor one at 16 years old playing rugby", None),
        ("injury", "serious, car crash when i was 19 years old", None),
        ("smoker", "sí, tengo 30 años fumando", None),
        ("injury", "ninguna, tengo 15 años con este dolor", None),
        ("hormones_or_pregnancy", "yes i'm 30 weeks pregnant", None),
        ("fever", "no, im 8 out of 10", None),
        ("sex", "woman, im 5 foot 2", None),
        ("smoker", "no im 5", None),  # younger than anyone it could be
        ("severity", "im 8", None),  # a number question's own answer
        ("injury", "minor, at age 16, playing rugby", None),  # a second review, same session
        ("smoker", "quit at age 50", None),
        ("injury", "ninguna, tengo 15 años y pico con este dolor", None),
        ("injury", "no injury, aged 74", 74),
    ],
)
def test_only_an_age_said_as_ones_own_is_taken(
    table: RuleTable, qid: str, typed: str, age: int | None
) -> None:
    from tspain.age_beside import age_beside

    found = age_beside(table, qid, typed, {})
    assert (found[1] if found else None) == age
    assert age_beside(table, qid, typed, {"age": 40}) is None  # an age already given stays


def test_b_after_an_age_taken_beside_takes_back_both(tmp_path: Path) -> None:
    """ "b" after "fairly sudden ... im 74" took back the age alone, unsaid, showed the same
    question again, and the age was never asked (a tester, twenty-eighth session). It takes
    back the answer and the age said with it: the question where both were said is asked."""
    saved = tmp_path / "answers.json"
    done = make_runner().invoke(
        app,
        ["check", "--interactive", "--save-answers", str(saved)],
        input="\n".join(["0", "0", "0", "no injury, I'm 74", "b", "minor", "q"]) + "\n",
    )
    assert done.exit_code == 0, done.output
    out = " ".join(done.output.split())
    after = out[out.index("Taken as your age") :]
    assert "Did the pain start after an injury?" in after  # asked again after "b"
    answers = json.loads(saved.read_text(encoding="utf-8"))
    assert answers["injury"] == "minor" and "age" not in answers


def test_a_sign_said_after_a_no_and_a_comma_is_asked(tmp_path: Path) -> None:
    """ "nope, im pregnant" at the injury question was "= No injury", the pregnancy dropped
    unsaid: the "nope" made the whole line a denial (a tester, twenty-eighth session)."""
    from tspain.loading import load_table
    from tspain.mentioned import signs_beside

    table = load_table()
    for typed in ("nope, im pregnant", "no, im on the pill", "no, i had a baby 3 weeks ago"):
        assert signs_beside(table, "injury", typed, {}) == ("hormones_or_pregnancy",), typed
    assert signs_beside(table, "fever", "no, not at all", {}) == ()
    assert signs_beside(table, "injury", "no, just a slip", {}) == ()


@pytest.mark.parametrize(
    ("lang", "typed", "sign"),
    [
        ("en", "70, i collapsed", "fainting_or_clammy"),
        ("en", "all of a sudden, i went cold and clammy", "fainting_or_clammy"),
        ("en", "70 and i keep peeing myself", "bladder_or_bowel_problems"),
        ("en", "70, cant feel my privates", "saddle_numbness"),
        ("en", "no but ive had a temp all week", "fever"),
        ("en", "no, i had leukemia as a kid", "history_of_cancer"),
        ("es", "70, ayer me desmaye", "fainting_or_clammy"),
        ("es", "tengo dormida la zona entre las piernas", "saddle_numbness"),
        ("es", "en un lado, tengo unas ampollas", "rash"),
        ("es", "tuve leucemia de niña", "history_of_cancer"),
        # typed without accents, or stated with a "no" (a second round, thirtieth session)
        ("es", "70, me hice pipi encima", "bladder_or_bowel_problems"),
        ("es", "70, no puedo respirar bien", "shortness_of_breath"),
        ("es", "no me entra el aire", "shortness_of_breath"),
        ("es", "no siento la entrepierna", "saddle_numbness"),
        ("es", "tengo calentura", "fever"),
        # a third round (thirtieth session)
        ("en", "66, hit the deck this morning", "fainting_or_clammy"),
        ("en", "none really, i did keel over yesterday", "fainting_or_clammy"),
        ("en", "0, tho my calf swelled up after the flight", "calf_swelling"),
        ("en", "i cant feel my groin", "saddle_numbness"),
        ("es", "66, perdi el conocimiento", "fainting_or_clammy"),
        ("es", "si, toso sangre", "coughing_blood"),
        ("es", "5 dias, se me hincho la pantorrilla despues del avion", "calf_swelling"),
        ("es", "3 semanas, tengo fiebre y estoy con quimio", "iv_drug_use_or_immunosuppressed"),
        ("es", "me mee encima", "bladder_or_bowel_problems"),
        ("es", "se me durmieron las piernas", "leg_weakness_or_unsteady"),
    ],
)
def test_signs_said_beside_another_answer_in_a_testers_words_are_named(
    table: RuleTable, lang: str, typed: str, sign: str
) -> None:
    """Each said beside another answer and lost: refused, the bare answer typed again, and the
    sign saved as no (a tester, thirtieth session)."""
    i18n.use(lang)
    assert sign in signs_named(i18n.translated_table(table), typed, {})


@pytest.mark.parametrize(
    "typed",
    ["no siento dolor en el pecho", "no tengo fiebre", "no me duele el pecho", "no siento fiebre"],
)
def test_a_no_that_denies_names_no_sign_in_spanish(table: RuleTable, typed: str) -> None:
    """ "no puedo" and "no siento" state a sign; a no before the pain or the fever denies it."""
    i18n.use("es")
    assert signs_named(i18n.translated_table(table), typed, {}) == ()


def test_one_word_that_names_a_sign_beside_a_choice_is_asked(table: RuleTable) -> None:
    """ "suddenly, ripping pain" at how it began: the question's own words taken out, "ripping"
    was left alone and a single word was never read (a tester, thirtieth session: SELF-CARE
    with a tearing pain said). A word that names one sign alone is read."""
    from tspain.mentioned import signs_beside

    assert signs_beside(table, "onset", "suddenly, ripping pain", {}) == (
        "pain_tearing_or_ripping",
    )
    assert signs_beside(table, "onset", "suddenly, at full strength", {}) == ()


@pytest.mark.parametrize(
    ("lang", "typed", "unsure", "yes"),
    [
        ("en", "between the shoulders, and my chest feels heavy", "not sure", "y"),
        ("en", "between my shoulder blades, also a tight chest", "not sure", "y"),
        ("es", "entre los omoplatos y el pecho me pesa", "no sé", "s"),
        ("es", "en el centro, y se me va al brazo izquierdo", "no sé", "s"),
    ],
)
def test_a_chest_sign_said_where_it_hurts_is_asked_and_calls_an_ambulance(
    lang: str, typed: str, unsure: str, yes: str
) -> None:
    """ "chest" is a word of the band-around-the-chest option, and every option's words were
    taken out of the answer before looking for signs: a heavy chest said where it hurts was
    lost, and the man of 58 was told to see a doctor soon (a tester, thirtieth session). Only
    the chosen option's words are taken out now."""
    keys = ["0", "0", "0", "1", unsure, "5", typed, yes, "q"]
    done = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input="\n".join(keys) + "\n")
    shown = " ".join(done.output.split())
    assert (
        "Question 7 (14 questions could still change the result) Where is the pain?" in shown
        or ("Pregunta 7 (14 preguntas aún podrían cambiar el resultado) ¿Dónde le duele?" in shown)
    )
    assert "EMERGENCY" in shown or "EMERGENCIA" in shown, shown[-800:]


def test_the_chosen_options_own_words_name_no_sign_beside_it(table: RuleTable) -> None:
    """The band's own "chest" names no chest pain when the band is the answer."""
    from tspain.mentioned import signs_beside

    beside = signs_beside(table, "pain_location", "in a band around the chest", {})
    chosen = {"pain_location": "band_around_chest"}
    assert beside == signs_beside(table, "pain_location", "round my chest", chosen) == ()


@pytest.mark.parametrize(
    ("lang", "qid", "chosen", "typed", "sign"),
    [
        ("es", "onset", "gradual", "poco a poco, perdi el conocimiento", "fainting_or_clammy"),
        ("en", "onset", "gradual", "gradually, legs give way", "leg_weakness_or_unsteady"),
        ("es", "onset", "gradual", "poco a poco, dolor desgarrador", "pain_tearing_or_ripping"),
        ("es", "pain_location", "between_shoulder_blades", "2, se me duerme la entrepierna",
         "saddle_numbness"),
        ("es", "pain_location", "between_shoulder_blades", "2, falta de aliento",
         "shortness_of_breath"),
        ("es", "pain_location", "between_shoulder_blades", "2, flema con sangre", "coughing_blood"),
        ("en", "pain_location", "between_shoulder_blades", "2, blood in my phlegm",
         "coughing_blood"),
        ("en", "pain_location", "between_shoulder_blades", "2, lost consciousness",
         "fainting_or_clammy"),
        ("en", "pain_location", "between_shoulder_blades", "2, numb down below", "saddle_numbness"),
        ("es", "pain_location", "between_shoulder_blades", "2, me caí redondo",
         "fainting_or_clammy"),
        ("es", "pain_location", "band_around_chest",
         "alrededor del pecho como una banda, y me aprieta el pecho", "chest_pain_or_pressure"),
    ],
)  # fmt: skip
def test_a_sign_in_its_own_clause_beside_a_choice_is_named(
    table: RuleTable, lang: str, qid: str, chosen: str, typed: str, sign: str
) -> None:
    """Each typed after a choice that was read, then said back as that option alone, the sign
    never asked: the question's small words ("el") broke "perdi el conocimiento", and the rest
    were words tspain did not know beside an answer (people, thirty-first session: 103 silent
    drops in 512 sessions). A clause after the answer is read whole."""
    from tspain.mentioned import signs_beside

    i18n.use(lang)
    assert sign in signs_beside(i18n.translated_table(table), qid, typed, {qid: chosen})


@pytest.mark.parametrize(
    "typed", ["no, but i have a temperature", "my groin feels numb", "i lost consciousness"]
)
def test_a_sign_said_instead_of_an_answer_is_named(table: RuleTable, typed: str) -> None:
    """Refused and asked again with no word of the sign, which was then lost (people,
    thirty-first session)."""
    assert signs_named(table, typed, {})


@pytest.mark.parametrize("typed", ["ninguno, no puedo respirar bien", "ninguno, no puedo orinar"])
def test_a_no_that_states_a_sign_beside_none_at_the_urgent_list_is_asked(typed: str) -> None:
    """ "no puedo" states a sign; beside a none at the urgent list it was taken as a denial and
    the breathlessness lost: AUTOCUIDADO (people, thirty-first session)."""
    done = make_runner().invoke(
        app, ["--lang", "es", "check", "-i"], input="\n".join(["0", typed, "s", "q"]) + "\n"
    )
    shown = " ".join(done.output.split())
    assert "Ha mencionado una señal de alarma" in shown and " EMERGENCIA " in shown, shown[-600:]


def _run(lang: str, keys: list[str]) -> str:
    done = make_runner().invoke(
        app, ["--lang", lang, "check", "-i"], input="\n".join([*keys, ""]) + "\n"
    )
    return " ".join(done.output.split())


@pytest.mark.parametrize(
    ("lang", "keys"),
    [
        ("en", ["0", "0", "0", "not sure", "gradually", "2", "2, i was in a car crash last week"]),
        ("en", ["0", "0", "0", "2", "gradually", "2, i was in a car crash last week"]),
        ("es", ["0", "0", "0", "no sé", "de repente despues de un choque"]),
    ],
)
def test_a_serious_accident_said_after_the_injury_question_asks_it_again(
    lang: str, keys: list[str]
) -> None:
    """ "not sure" or "minor" at the injury question, then a crash said in passing: the injury
    question never came back, and the crash's emergency was lost (people, thirty-first
    session). It is asked again; 3 is the serious accident."""
    shown = _run(lang, [*keys, "3", "q"])
    assert "You mentioned an accident." in shown or "Ha mencionado un accidente." in shown
    assert " EMERGENCY " in shown or " EMERGENCIA " in shown, shown[-500:]


@pytest.mark.parametrize(
    ("lang", "typed", "yes"),
    [
        ("en", "3 days, i have a fever and i inject", "y"),
        ("es", "3 dias, tengo fiebre y me pincho", "s"),
    ],
)
def test_fever_and_injecting_said_together_are_both_asked(lang: str, typed: str, yes: str) -> None:
    """Only the fever was asked: URGENT, where both are the ambulance (people, 31st)."""
    shown = _run(lang, ["0", "0", "0", "1", "2", "2", "40", typed, yes, yes, "q"])
    assert " EMERGENCY " in shown or " EMERGENCIA " in shown, shown[-500:]


def test_injected_insulin_is_not_drugs(table: RuleTable) -> None:
    assert signs_named(table, "i inject insulin", {}) == ()


def test_quitting_at_a_sign_said_in_passing_leaves_it_not_ruled_out() -> None:
    """ "45, my chest feels tight", then q at its question: SELF-CARE, the list's earlier "no"
    standing (people, thirty-first session). The sign is unknown, not no."""
    shown = _run("en", ["0", "0", "0", "1", "2", "2", "45, my chest feels tight", "q"])
    assert "SELF-CARE" not in shown
    assert "Not ruled out" in shown and "chest pain or pressure" in shown


def test_back_at_a_sign_said_in_passing_asks_the_question_it_was_said_at() -> None:
    """ "b" went back two questions, past the age where it was said (people, 31st session)."""
    shown = _run("en", ["0", "0", "0", "1", "2", "45, chest feels tight", "b", "q"])
    after = shown.split("(a sign you mentioned)", 1)[1]
    assert "How old are you?" in after.split("Question", 2)[1], after


@pytest.mark.parametrize(
    ("lang", "typed", "sign"),
    [
        ("en", "yes. also, i have HIV and a temperature", "iv_drug_use_or_immunosuppressed"),
        ("en", "yes. i'm a transplant patient with chills", "iv_drug_use_or_immunosuppressed"),
        ("en", "40 and i have a fever, on immunosuppressants", "iv_drug_use_or_immunosuppressed"),
        ("en", "yes, and my pee wont come out", "bladder_or_bowel_problems"),
        ("en", "gradually, i keep keeling over", "fainting_or_clammy"),
        ("en", "all of a sudden, like a tear in my back", "pain_tearing_or_ripping"),
        ("en", "no but my breathing is bad", "shortness_of_breath"),
        ("es", "si, y tengo fiebre, soy VIH", "iv_drug_use_or_immunosuppressed"),
        ("es", "poco a poco, perdí el sentido", "fainting_or_clammy"),
        ("es", "no, pero me quedé sin fuerzas en las piernas", "leg_weakness_or_unsteady"),
        ("es", "no, y no siento la zona de los genitales", "saddle_numbness"),
        ("es", "me quedé sin aire", "shortness_of_breath"),
    ],
)
def test_signs_people_said_in_passing_in_round_five_are_named(
    table: RuleTable, lang: str, typed: str, sign: str
) -> None:
    """Each beside another answer, or refused with a bare "no", and lost: URGENT or SELF-CARE
    where the sign ticked gives EMERGENCY (people, thirty-first session, second round). "sin
    aire", "sin fuerzas" state a sign, as "sin darme cuenta" does; "sin fiebre" denies."""
    i18n.use(lang)
    assert sign in signs_named(i18n.translated_table(table), typed, {})
    assert signs_named(i18n.translated_table(table), "sin fiebre", {}) == ()


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "suddenly, came off my bike at 40mph"),
        ("en", "2, i was in a road traffic accident"),
        ("en", "i fell 3 metres"),
        ("es", "de repente, me caí de la moto a 80"),
    ],
)
def test_an_accident_said_in_passing_asks_the_injury_again(
    table: RuleTable, lang: str, typed: str
) -> None:
    from tspain.mentioned import accident_named

    i18n.use(lang)
    spoken = i18n.translated_table(table)
    assert accident_named(spoken, typed, {"injury": "none"}) == ("injury",)
    assert accident_named(spoken, "i went on a crash diet", {"injury": "none"}) == ()


def test_back_at_a_sign_said_in_passing_keeps_it_not_ruled_out() -> None:
    """ "45 but i passed out yesterday", then "b" at its question: the fainting was forgotten,
    SELF-CARE (people, thirty-first session, second round). It is not ruled out."""
    keys = ["0", "0", "0", "1", "2", "2", "45 but i passed out yesterday", "b", "45", "q"]
    shown = _run("en", keys)
    assert "SELF-CARE" not in shown and "Not ruled out" in shown, shown[-700:]


@pytest.mark.parametrize(
    "typed",
    [
        "2, i was in a car accident last week",
        "fell from a height",
        "fell from scaffolding",
        "hit by a truck",
        "came off my motorbike",
    ],
)
def test_english_words_of_a_serious_accident_said_in_passing_ask_the_injury(
    table: RuleTable, typed: str
) -> None:
    """Each was never asked after "minor", where its Spanish was (a code reviewer, 31st)."""
    from tspain.mentioned import accident_named

    assert accident_named(table, typed, {"injury": "minor"}) == ("injury",)


@pytest.mark.parametrize("typed", ["in a band, and chest pain", "wraps round and chest pain"])
def test_chest_pain_said_beside_the_band_is_named(table: RuleTable, typed: str) -> None:
    """The band's label says "chest": "in a band, and chest pain" at where it hurts named no
    sign, its clause being the answer's own words (found reading the session's changes,
    thirty-seventh session)."""
    from tspain.mentioned import signs_beside
    from tspain.said_apart import as_clauses

    chosen = {"pain_location": "band_around_chest"}
    assert signs_beside(table, "pain_location", as_clauses(typed), chosen) == (
        "chest_pain_or_pressure",
    )
    assert (
        signs_beside(table, "pain_location", as_clauses("in a band around my chest"), chosen) == ()
    )
