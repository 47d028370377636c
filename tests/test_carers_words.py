"""A carer's words for a warning sign, said of someone else ("she can't feel her legs", "mi
marido se ha desmayado"), name the sign the same words name in the first person: at a later
list they matched nothing, "tspain asks about that after this list" was not said, and the
person typed 0 (a person at a terminal, thirty-ninth session). Asked, never ticked."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_runner

from tspain import i18n
from tspain.cli import app
from tspain.interview import Checklist
from tspain.loading import load_table
from tspain.table import RuleTable
from tspain.ticks import named_apart


@contextlib.contextmanager
def _spoken(lang: str) -> Iterator[RuleTable]:
    """The shipped table in `lang`, which is spoken until the block ends; then English."""
    try:
        yield i18n.translated_table(load_table(), i18n.use(lang))
    finally:
        i18n.use("en")


def _step(level: str, lang: str) -> tuple[Checklist, object]:
    table = i18n.translated_table(load_table(), i18n.use(lang))
    items = tuple(q for q, x in table.questions.items() if x.checklist == level)
    return Checklist(level, items), table  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "typed", "sign"),
    [
        ("en", "she can't feel her legs", "leg_weakness_or_unsteady"),
        ("en", "she's wetting herself", "bladder_or_bowel_problems"),
        ("en", "mum's been weeing herself", "bladder_or_bowel_problems"),
        ("en", "dad keeps peeing himself", "bladder_or_bowel_problems"),
        ("en", "grandad's pooed himself", "bladder_or_bowel_problems"),
        ("en", "my legs went from under me", "leg_weakness_or_unsteady"),
        ("es", "mi marido se ha desmayado", "fainting_or_clammy"),
        ("es", "mi abuela no siente las piernas", "leg_weakness_or_unsteady"),
        ("es", "a mi madre le aprieta el pecho", "chest_pain_or_pressure"),
        ("es", "mi padre se ha hecho caca encima", "bladder_or_bowel_problems"),
        ("en", "my husband collapsed", "fainting_or_clammy"),
        ("es", "mi padre se ha desplomado", "fainting_or_clammy"),
    ],
)
def test_a_carer_s_words_at_a_later_list_are_asked_after_it(
    lang: str, typed: str, sign: str
) -> None:
    step, table = _step("urgent", lang)
    try:
        assert sign in named_apart(step, typed, table)  # type: ignore[arg-type]
    finally:
        i18n.use("en")


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        ("en", ["0", "she can't feel her legs", "0", "y"], "EMERGENCY"),
        ("es", ["0", "mi marido se ha desmayado", "0", "s"], "EMERGENCIA"),
        ("en", ["she keeps peeing herself", "y"], "EMERGENCY"),  # the first list: "Did you mean"
    ],
)
def test_a_carer_s_emergency_sign_is_asked_and_a_yes_calls_the_ambulance(
    lang: str, lines: list[str], said: str
) -> None:
    done = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input="\n".join(lines))
    shown = " ".join(done.stdout.split())
    assert done.exit_code == 0, shown[-1500:]
    assert said in shown


@pytest.mark.parametrize("level", ["urgent", "routine"])
def test_a_carer_s_numbness_between_the_legs_is_the_saddle_at_a_later_list(level: str) -> None:
    """ "she's numb between her legs" at the routine list was asked as both legs alone, never
    the saddle numbness that "numb between my legs" names (a regression hunter, thirty-ninth
    session)."""
    step, table = _step(level, "en")
    assert "saddle_numbness" in named_apart(step, "she's numb between her legs", table)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "typed",
    [
        "my dad fainted",
        "my mum collapsed",
        "my husband keeps blacking out",
        "she keeps blacking out",
    ],
)
def test_a_relative_s_faint_at_a_later_list_is_asked_after_it(typed: str) -> None:
    """ "my dad fainted" at the urgent list could not match and was not asked, where "he
    fainted" was (a tester of carers, thirty-ninth session)."""
    step, table = _step("urgent", "en")
    assert "fainting_or_clammy" in named_apart(step, typed, table)  # type: ignore[arg-type]


def test_a_relative_s_faint_beside_the_duration_is_asked() -> None:
    """ "3 days, my mum collapsed" at how long: "= 3 days", and the collapse was lost."""
    from tspain.mentioned import signs_named

    table = load_table()
    assert "fainting_or_clammy" in signs_named(table, "3 days, my mum collapsed", {})


def test_no_se_typed_in_an_english_session_is_not_sure() -> None:
    """ "no sé" at the sepsis question, in an English session, was "no sé = no": the sign
    ruled out (a tester of carers, thirty-ninth session)."""
    from tspain.session import parse_answer

    question = load_table().questions["confused_or_drowsy"]
    assert parse_answer(question, "no sé") is None and parse_answer(question, "no") is False


@pytest.mark.parametrize(
    ("lang", "lines", "said"),
    [
        ("en", ["0", "0", "he can't feel his legs", "q"], "Answer for the person with the back"),
        ("es", ["0", "0", "mi marido se ha desmayado", "q"], "Responda por la persona con el"),
    ],
)
def test_a_sign_a_carer_named_is_asked_of_the_person(
    lang: str, lines: list[str], said: str
) -> None:
    """ "he can't feel his legs", then "Are both your legs newly weak ...?": a carer answered for
    themself, said no, and the sign was lost (a tester of carers, thirty-ninth session). Once a
    carer's word is typed, a sign named in words is asked of the person with the back pain."""
    done = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input="\n".join(lines))
    assert said in " ".join(done.stdout.split())
    mine = make_runner().invoke(
        app, ["--lang", lang, "check", "-i"], input="0\n0\ni can't feel my legs\nq\n"
    )
    assert said not in " ".join(mine.stdout.split())


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "my dad is hot and not making sense"),
        ("en", "she feels hot"),
        ("en", "hes hot and shaking"),
        ("en", "my wife's been sweating and shaking all night"),
        ("es", "mi padre está ardiendo y no dice cosas con sentido"),
        ("es", "la noto caliente"),
        # "mi madre tiene fiebre" named nothing once "tiene" was no item's word (a code
        # reviewer, fortieth session); "my mum has a fever" never had
        ("es", "mi madre tiene fiebre"),
        ("es", "mi padre tiene escalofríos"),
        ("en", "my mum has a fever"),
    ],
)
def test_a_carer_s_words_for_a_fever_name_it(lang: str, typed: str) -> None:
    """ "my dad is hot and not making sense" named nothing, so the fever was never asked, nor
    the confusion that with it calls an ambulance (left by the thirty-ninth session's note;
    fortieth session). A relative who *is* or *has* something now is read as the person."""
    from tspain.mentioned import signs_named

    with _spoken(lang) as table:
        assert "fever" in signs_named(table, typed, {})


@pytest.mark.parametrize(
    "typed", ["my mum had cancer", "my mum's had cancer", "the heat pad is hot", "a hot bath helps"]
)
def test_a_relative_s_history_or_a_hot_thing_names_nothing(typed: str) -> None:
    from tspain.mentioned import signs_named

    assert signs_named(load_table(), typed, {}) == ()


def test_a_carer_s_hot_and_muddled_father_is_asked_the_fever_then_the_confusion() -> None:
    lines = ["my dad is hot and not making sense", "0", "y", "y"]
    done = make_runner().invoke(app, ["check", "-i"], input="\n".join(lines))
    shown = " ".join(done.stdout.split())
    assert 'You mentioned a warning sign: "Fever' in shown
    assert "have you become confused or muddled" in shown
    assert "EMERGENCY" in shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "my dad doesn't have any of those"),
        ("en", "he has none of these"),
        ("en", "she doesn't have any of them"),
        ("en", "none of them apply to him"),
        ("es", "mi padre no tiene ninguna de esas"),
        ("es", "ella no tiene nada de eso"),
        ("es", "mi mamá no tiene nada de eso"),
    ],
)
def test_a_carer_s_none_at_a_list_is_none(lang: str, typed: str) -> None:
    """Each was "could not match ... to an item" where "i don't have any of those" is none (a
    person at a terminal playing carers, fortieth session)."""
    from tspain.ticks import parse_checklist

    step, table = _step("emergency", lang)
    try:
        assert parse_checklist(step, typed, table) == []  # type: ignore[arg-type]
    finally:
        i18n.use("en")


@pytest.mark.parametrize("typed", ["he does", "my dad does", "he has them all", "not my dad"])
def test_words_of_someone_else_without_a_denial_are_no_none(typed: str) -> None:
    from tspain.none_said import says_none

    assert not says_none(typed)


@pytest.mark.parametrize(
    ("lang", "typed", "meant"),
    [
        ("en", "my mum does", True),
        ("en", "my dad doesn't", False),
        ("en", "she has", True),
        ("es", "él sí", True),
        ("es", "ella no", False),
        ("es", "mi madre sí", True),
        ("es", "mi padre no", False),
    ],
)
def test_a_carer_s_yes_or_no_with_who_it_is_about_is_read(
    lang: str, typed: str, meant: bool
) -> None:
    """At "Do you smoke?" (and every yes/no question) each was "Please answer yes or no",
    where "he does" was read (a person at a terminal playing carers, fortieth session)."""
    from tspain.understand import parse_answer

    with _spoken(lang) as table:
        assert parse_answer(table.questions["smoker"], typed) is meant


def test_a_woman_s_own_breast_cancer_is_asked_of_her() -> None:
    """ "tuve cáncer de mama hace 10 años" was asked "¿Le pasa esto a la persona con el dolor
    de espalda ...?": the breast's "mama" was read as a mother (fortieth session)."""
    done = make_runner().invoke(
        app, ["--lang", "es", "check", "-i"], input="0\ntuve cáncer de mama hace 10 años\n"
    )
    shown = " ".join(done.stdout.split())
    assert "¿Quería decir 2. Ha tenido cáncer" in shown
    assert "persona con el dolor de espalda" not in shown


@pytest.mark.parametrize(
    ("qid", "typed"),
    [
        ("leg_weakness_or_unsteady", "ella no siente las piernas"),
        ("shortness_of_breath", "mi padre no respira bien"),
        ("bladder_or_bowel_problems", "ella no controla la orina"),
        ("confused_or_drowsy", "mi madre no sabe dónde está"),
        ("fever", "ella no sabe"),
        ("history_of_cancer", "él no siente nada abajo"),
    ],
)
def test_a_carer_s_sentence_after_who_it_is_about_is_no_no(qid: str, typed: str) -> None:
    """Reading "ella", "mi padre" before a yes or no left "no siente las piernas", read as a
    plain no: an emergency sign the carer stated was saved as ruled out (a regression hunter,
    fortieth session). Only a bare yes or no after who it is about is read; this is asked."""
    from tspain.understand import Invalid, parse_answer

    with _spoken("es") as table, pytest.raises(Invalid):
        parse_answer(table.questions[qid], typed)


@pytest.mark.parametrize(
    ("lines", "level", "saved"),
    [
        (["mi madre no siente las piernas", "ella no siente las piernas", "s", "q"], "EMERGENCIA", True),
        (["0", "tengo escalofríos", "ella no siente las piernas", "s", "q"], "URGENTE", None),
    ],
)  # fmt: skip
def test_a_carer_s_sign_stated_after_her_name_keeps_the_level(
    tmp_path: Path, lines: list[str], level: str, saved: bool | None
) -> None:
    """The regression hunter's interviews (fortieth session): EMERGENCIA became routine, and
    URGENTE (the fever at "¿Quería decir 1. Fiebre ...?") became routine."""
    path = tmp_path / "a.json"
    done = make_runner().invoke(
        app, ["--lang", "es", "check", "-i", "--save-answers", str(path)], input="\n".join(lines)
    )
    assert level in " ".join(done.stdout.split())
    if saved is not None:
        assert json.loads(path.read_text())["leg_weakness_or_unsteady"] is saved


def test_no_feeling_down_below_at_did_you_mean_is_no_plain_no(tmp_path: Path) -> None:
    """ "no feeling down below" at "Did you mean 1. Fever ...?" was read as a no (a no that
    names another sign), and with "no" part of its phrase the numbness was lost too: URGENT
    became SEE A DOCTOR SOON (a regression hunter, fortieth session). It is asked again."""
    path = tmp_path / "a.json"
    lines = ["0", "i feel hot", "no feeling down below", "s", "0", "y"]
    done = make_runner().invoke(
        app, ["check", "-i", "--save-answers", str(path)], input="\n".join(lines)
    )
    shown = " ".join(done.stdout.split())
    assert "tspain asks about that after this." in shown  # since the second hunter (40th)
    assert 'You mentioned a warning sign: "Numbness around the genitals' in shown
    assert "EMERGENCY" in shown
    saved = json.loads(path.read_text())
    assert saved["fever"] is True and saved["saddle_numbness"] is True


def test_a_denied_guess_s_not_sure_is_not_said_to_count_as_a_yes() -> None:
    """ "Not sure: counted as a yes" was said at "Does this apply to you: ...?" (a guess that
    may have been denied), where a not sure is saved as not sure (a regression hunter)."""
    typed = "no chest pain, it just came on hard\ns\ns\n"
    done = make_runner().invoke(app, ["check", "-i"], input=typed)
    shown = " ".join(done.stdout.split())
    denied, meant = shown.split("Does this apply to you: 2.")[1].split("Did you mean 1.")
    assert "counted as a yes" not in denied  # the denied chest pain, not sure: not sure
    assert "Not sure: counted as a yes, to be safe." in meant  # the sudden pain, guessed


@pytest.mark.parametrize("typed", ["not able to walk straight", "no feeling down below"])
def test_a_sign_stated_with_a_no_in_it_is_asked_as_said_and_not_sure_keeps_it(typed: str) -> None:
    """Its "not" or "no" made it a denied guess, "Does this apply to you: 10 ...?", whose not
    sure left the emergency sign unknown: SEE A DOCTOR SOON (a regression hunter, fortieth
    session). The words state the sign: "Did you mean ...?", and not sure keeps it."""
    done = make_runner().invoke(app, ["check", "-i"], input=f"{typed}\ns\n")
    shown = " ".join(done.stdout.split())
    assert "Did you mean" in shown and "Does this apply to you" not in shown
    assert "EMERGENCY" in shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "i have them, my dad doesn't"),
        ("en", "i do, not him"),
        ("en", "not my dad, i have"),
        ("en", "he does, not me"),
        ("en", "my dad said no but i think he does"),
        ("es", "tengo eso, él no"),
        ("es", "mi padre no, yo tengo"),
    ],
)
def test_a_yes_beside_someone_else_s_no_is_no_none(lang: str, typed: str) -> None:
    """Each was read as none at the emergency list, and the sign lost silently (a code
    reviewer, fortieth session): only one clause saying the person has none is none."""
    from tspain.none_said import says_none

    with _spoken(lang):
        assert not says_none(typed)


@pytest.mark.parametrize(
    ("typed", "item"),
    [("my baby is hot", "hormones_or_pregnancy"), ("burning hot pain", "urinary_symptoms")],
)
def test_a_guess_the_fever_words_took_is_still_asked(typed: str, item: str) -> None:
    """A baby is no carer's relative, and "burning hot" no fever: the recent birth and the
    burning urine these asked about were lost (a code reviewer, fortieth session)."""
    from tspain.guessed import guessed_items

    step, table = _step("urgent", "en")
    assert item in dict(guessed_items(step, typed, table))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("qid", "typed"),
    [
        ("leg_weakness_or_unsteady", "no siente las piernas"),
        ("shortness_of_breath", "no respira bien"),
        ("bladder_or_bowel_problems", "no controla la orina"),
        ("chest_pain_or_pressure", "no sabe"),
        ("chest_pain_or_pressure", "no contesta"),
    ],
)
def test_a_carer_s_no_before_the_person_s_verb_states_or_does_not_answer(
    qid: str, typed: str
) -> None:
    """ "no siente las piernas" (he cannot feel his legs) was a no at the leg question, as "no
    siento las piernas" is not: the Spanish no before the verb states the sign; "no sabe" (he
    does not know) was a no too (a code reviewer, fortieth session; older than the session)."""
    from tspain.understand import Invalid, parse_answer

    with _spoken("es") as table, pytest.raises(Invalid):
        parse_answer(table.questions[qid], typed)


@pytest.mark.parametrize(
    "typed", ["mi marido no puede respirar", "ella no siente las piernas", "no controla la orina"]
)
def test_a_spanish_sign_stated_with_a_no_then_not_sure_keeps_it(typed: str) -> None:
    """Its "no" made it "¿Le pasa esto a la persona ...?", a guess perhaps denied, whose "no
    sé" left the emergency sign unknown: VEA PRONTO A UN MÉDICO, where the English "my
    husband can't breathe" then "not sure" calls an ambulance (a tester, fortieth session)."""
    done = make_runner().invoke(app, ["--lang", "es", "check", "-i"], input=f"{typed}\nno sé\n")
    shown = " ".join(done.stdout.split())
    assert "No está seguro: se cuenta como un sí, por seguridad." in shown
    assert "EMERGENCIA" in shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "sorry no i didnt read it"),
        ("en", "oops no wrong key"),
        ("en", "actually no he is breathless"),
        ("es", "perdón, no lo he entendido"),
    ],
)
def test_a_mind_changed_lead_in_before_more_than_a_no_is_no_no(lang: str, typed: str) -> None:
    """With "sorry", "oops", "perdón" read as a change of mind, what followed was read: "sorry
    no i didnt read it" at "Did you mean 2. Chest pain?" was a no, and the chest pain lost (a
    code reviewer, fortieth session). Only a bare yes or no after them is read."""
    from tspain.understand import Invalid, parse_answer

    with _spoken(lang) as table, pytest.raises(Invalid):
        parse_answer(table.questions["chest_pain_or_pressure"], typed)


@pytest.mark.parametrize(
    ("lang", "typed", "item"),
    [
        ("es", "no me duele el pecho no puedo dormir", "chest_pain_or_pressure"),
        ("en", "not breathless just not able to sleep", "shortness_of_breath"),
        ("es", "no siente presión en el pecho", "chest_pain_or_pressure"),
        ("en", "could not feel any chest pain", "chest_pain_or_pressure"),
    ],
)
def test_a_no_that_states_a_sign_leaves_another_no_a_denial(
    lang: str, typed: str, item: str
) -> None:
    """One no that states a sign took the denial off the whole part: "no me duele el pecho
    no puedo dormir", then not sure, called an ambulance (a code reviewer, fortieth
    session). The denied item is asked "Does this apply to you?", as before."""
    from tspain.guessed import guessed_items

    step, table = _step("emergency", lang)
    try:
        assert (item, True) in guessed_items(step, typed, table)  # type: ignore[arg-type]
    finally:
        i18n.use("en")


@pytest.mark.parametrize(
    "typed", ["no siente dolor", "no respira mal", "no orina sangre", "no camina con dificultad"]
)
def test_a_carer_s_plain_spanish_no_is_a_no(typed: str) -> None:
    """Once a carer's verbs after a no stated the sign, "no siente dolor" (he feels no pain)
    was asked again too (a code reviewer, fortieth session): what follows says it is a no."""
    from tspain.understand import parse_answer

    with _spoken("es") as table:
        assert parse_answer(table.questions["chest_pain_or_pressure"], typed) is False


@pytest.mark.parametrize("typed", ["no tiene", "él no tiene", "no tiene nada"])
def test_a_spanish_carer_s_bare_none_at_a_list_is_none(typed: str) -> None:
    from tspain.none_said import says_none

    with _spoken("es"):
        assert says_none(typed)
