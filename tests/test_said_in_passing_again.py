"""Signs said in passing beside an answer, a person at a terminal in the thirty-second session:
chills, a cough that hurts, an aching arm were read as the answer alone; the same words typed
again after a sign was asked asked it again without end; the second "Did you mean ...?" quoted
the yes to the first as the person's words, and a yes to the first was lost if they stopped at
the second."""

from __future__ import annotations

import pytest
from conftest import make_runner

from tspain.cli import app

TO_SEVERITY = ("none", "none", "none", "no", "suddenly")
"""Through the three lists, no injury and a sudden start: the pain score is asked next."""


def check(*lines: str) -> tuple[str, int]:
    typed = "".join(f"{line}\n" for line in lines)
    result = make_runner().invoke(app, ["check", "--interactive"], input=typed)
    return " ".join((result.stdout + result.stderr).split()), result.exit_code


@pytest.mark.parametrize(
    ("lines", "sign"),
    [
        ((*TO_SEVERITY, "about a 6, and I've got chills"), "Fever"),
        ((*TO_SEVERITY, "6, chills"), "Fever"),
        ((*TO_SEVERITY, "5 with chills"), "Fever"),
        (("none", "none", "none", "no injury, but I have chills"), "Fever"),
        ((*TO_SEVERITY, "6 and it hurts to breathe in"), "Sharp pain when breathing in"),
        ((*TO_SEVERITY, "6, hurts to cough"), "Sharp pain when breathing in"),
        ((*TO_SEVERITY, "6 and my left arm aches"), "Chest pain or pressure"),
        ((*TO_SEVERITY, "6, my arm hurts too"), "Chest pain or pressure"),
    ],
)
def test_a_sign_said_beside_an_answer_in_these_words_is_asked(
    lines: tuple[str, ...], sign: str
) -> None:
    screen, _ = check(*lines)
    assert f'You mentioned a warning sign: "{sign}' in screen, screen[-600:]


@pytest.mark.parametrize(
    "said", ["6 and i feel fine otherwise", "7 and it's worse when i sit", "6, chill out"]
)
def test_words_beside_a_score_that_name_no_sign_ask_nothing(said: str) -> None:
    screen, _ = check(*TO_SEVERITY, said)
    assert "You mentioned a warning sign" not in screen


def test_the_same_words_after_a_sign_was_asked_are_not_a_loop() -> None:
    """Words that are no answer but name a sign: the sign is asked, then the question again,
    said why; the same words again are told what to type, not the sign once more."""
    words = "in a band round my chest on the right"
    screen, _ = check(*TO_SEVERITY, words, "n", words)
    assert screen.count('You mentioned a warning sign: "Chest pain') == 1, screen
    after = screen[screen.index("(a sign you mentioned)") :]
    assert "Back to the question you were answering: Please type a whole number" in after
    assert after.count("Please type a whole number from 0 to 10") == 2


def test_the_second_guess_quotes_the_list_answer_not_the_yes_to_the_first() -> None:
    screen, _ = check("heavy feeling in my chest when I walk up stairs, goes when I stop", "yes")
    assert 'You wrote "yes"' not in screen
    assert screen.count('You wrote "heavy feeling in my chest when i walk up stairs"') == 2


def test_a_yes_to_a_guess_counts_if_the_person_stops_at_the_next() -> None:
    screen, code = check("heavy feeling in my chest when I walk up stairs, goes when I stop", "yes")
    after = screen[screen.rindex("[y/n]") :]
    assert "Stopped. From what you said so far: ╭─ What to do" in after
    assert "EMERGENCY" in after and "Call an ambulance now" in after
    assert code == 130


@pytest.mark.parametrize(
    "lines",
    [("not sure really",), ("hmm not sure",), ("none", "none", "none", "no", "hmm not sure")],
)
def test_not_sure_with_a_hum_or_a_really_is_not_sure(lines: tuple[str, ...]) -> None:
    """ "not sure really" at the emergency list and "hmm not sure" at how it began were "could
    not match" and "not one of these" (a person at a terminal, thirty-second session)."""
    screen, _ = check(*lines)
    assert "could not match" not in screen and "not one of these" not in screen, screen[-500:]
    assert f'"{lines[-1]}"' not in screen  # said back as words not read


def test_spanish_not_sure_with_a_hum_is_not_sure() -> None:
    typed = "pues no sé\n"
    result = make_runner().invoke(app, ["--lang", "es", "check", "-i"], input=typed)
    assert "No se pudo" not in result.stdout and "pues no sé" not in result.stdout


def check_es(*lines: str) -> str:
    typed = "".join(f"{line}\n" for line in lines)
    result = make_runner().invoke(app, ["--lang", "es", "check", "--interactive"], input=typed)
    return " ".join((result.stdout + result.stderr).split())


def test_one_leg_asleep_is_no_both_legs_unasked_and_is_the_one_limb_item() -> None:
    """ "se me duerme la pierna" at the first list was read as both legs and an ambulance called
    unasked; at the urgent list it matched nothing, and the person ended AUTOCUIDADO."""
    first = check_es("se me duerme la pierna")
    assert "¿Quería decir 10. Debilidad reciente" in first
    assert "Se detienen las preguntas" not in first
    urgent = check_es("0", "se me duerme la pierna derecha", "s")
    assert "no pudo relacionar «se me duerme la pierna derecha»" not in urgent
    assert "7. Entumecimiento, hormigueo o debilidad en un brazo o una pierna" in urgent


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "i had a car accident"),
        ("en", "got hit by a car yesterday"),
        ("es", "tuve un accidente de coche"),
        ("es", "tuve un accidente de tráfico"),
    ],
)
def test_a_vehicle_crash_is_the_serious_accident(lang: str, said: str) -> None:
    """Each was "could be any of 2 3": a person who picked the minor one lost the sign (testers,
    thirty-second session); a car said without a crash is not."""
    typed = "".join(f"{line}\n" for line in ("0", "0", "0", said))
    result = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input=typed)
    shown = " ".join(result.stdout.split())
    label = "A serious accident" if lang == "en" else "Un accidente grave"
    assert f"{said} = 3. {label}" in shown or f"{said} = {label}" in shown, shown[-800:]
    assert "could be any of" not in shown and "cualquiera de las opciones" not in shown


@pytest.mark.parametrize(
    "said",
    [
        "hurt it lifting shopping out of the car",
        "i hit my back getting into the car",
        "car door hit my back",
    ],
)
def test_a_car_said_without_a_crash_is_no_serious_accident(said: str) -> None:
    screen, _ = check("0", "0", "0", said)
    assert "= 3. A serious accident" not in screen and "= A serious accident" not in screen
    assert "Sorry, that" in screen  # asked again, not read as serious


def test_q_after_going_back_keeps_the_answer_taken_back() -> None:
    """ "b", then "q" at "Your earlier answer: No injury (press Enter to keep it)": the answer
    was dropped, and the result said a serious accident was not ruled out (a Spanish-speaking
    tester, thirty-second session). The result is the one "q" gives without going back."""
    went_back, _ = check("0", "0", "0", "1", "b", "q")
    straight, _ = check("0", "0", "0", "1", "q")
    assert "Your earlier answer: No injury" in went_back
    result = went_back[went_back.index("What to do") :]
    assert result == straight[straight.index("What to do") :]
    assert "serious accident" not in result


def test_q_at_a_list_after_going_back_keeps_its_earlier_answer() -> None:
    """The same at a list: "b" from the urgent list, then "q" where the emergency list's
    earlier answer (none) is shown."""
    went_back, _ = check("0", "b", "q")
    straight, _ = check("0", "q")
    assert "Your earlier answer: none of these" in went_back
    assert went_back[went_back.index("What to do") :] == straight[straight.index("What to do") :]


def test_a_sign_answered_no_is_asked_again_for_other_words() -> None:
    """The same words at the same question ask a sign once; other words, later, ask it again
    (a code reviewer, thirty-second session: "my chest is really tight now" was dropped after
    a no to the chest sign asked for "my chest feels heavy")."""
    screen, _ = check(
        "0", "0", "0", "no, but my chest feels heavy", "n", "my chest is really tight now"
    )
    assert screen.count('You mentioned a warning sign: "Chest pain') == 2, screen[-800:]


def test_a_denial_beside_and_is_no_sign() -> None:
    screen, _ = check(*TO_SEVERITY, "6, i dont have a fever and chills")
    assert "You mentioned a warning sign" not in screen


def test_q_at_a_sign_asked_in_place_of_an_answer_is_not_followed_by_back_to_it() -> None:
    screen, _ = check(*TO_SEVERITY, "my chest feels tight", "q")
    assert "Back to the question you were answering" not in screen


def test_stopping_at_the_injury_asked_again_names_no_question_as_a_sign() -> None:
    screen, _ = check("0", "0", "0", "s", "i was in a car crash")
    assert "You mentioned: Did the pain start" not in screen


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "2 hours ago"), ("en", "1 hour ago"), ("es", "hace 1 hora")]
)
def test_hours_ago_is_under_a_day(lang: str, said: str) -> None:
    """ "hace 1 hora" and "2 hours ago" at how long were asked again, where "hace una hora" was
    read (people at a terminal, thirty-second session): under a day decides the cold sweat's
    emergency with heart risks."""
    from tspain import i18n
    from tspain.loading import load_table
    from tspain.session import parse_answer

    i18n.use(lang)
    table = i18n.translated_table(load_table(), i18n.current())
    assert parse_answer(table.questions["duration_days"], said) == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [("es", "no tengo fiebre y escalofríos"), ("en", "i don't have a fever and chills")],
)
def test_chills_after_a_denied_fever_at_the_list_are_asked_not_ticked(lang: str, said: str) -> None:
    """ "no tengo fiebre y escalofríos" at the urgent list ticked the fever by its chills,
    unasked, and an URGENT result followed (a tester, thirty-second session)."""
    typed = "".join(f"{line}\n" for line in ("0", said))
    result = make_runner().invoke(app, ["--lang", lang, "check", "-i"], input=typed)
    shown = " ".join(result.stdout.split())
    asked = "¿Le pasa esto: 1. Fiebre" if lang == "es" else "Does this apply to you: 1. Fever"
    assert asked in shown, shown[-600:]


def test_a_sign_said_after_a_denial_of_another_is_still_said() -> None:
    """What a denial named stays denied past "and" ("no fever and chills"); another sign does
    not ("no fever and chest pain" had been dropped by the first version of that rule: found on
    reading the change again, thirty-second session)."""
    screen, _ = check(*TO_SEVERITY, "6, no fever and chest pain")
    assert 'You mentioned a warning sign: "Chest pain' in screen
    first, _ = check("no breathlessness and chest pain")
    assert "EMERGENCY" in first and "Did you mean 2." not in first
