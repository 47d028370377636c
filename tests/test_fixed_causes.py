"""The words of a cause that needs a doctor today or an ambulance, and of an emergency or urgent
sign, are fixed by the safety contract (`fixed_causes.py`): each edit below validated and was
shown, past the lists of words that reassure or put the doctor off (a maintainer-tester,
thirty-fourth session)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_contract_words import SHIPPED, validate
from test_i18n import edit
from test_i18n import validate as validate_catalogue

from tspain.paths import default_table_path


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            'name = "Heart attack or angina"',
            'name = "Heart muscle ache (minor)"',
            "causes.heart_attack.name is fixed by the safety contract (a cause to be seen today "
            "or by an ambulance)",
        ),
        (
            'description = "Rarely, germs infect the spine or form an abscess beside the spinal '
            'cord; it needs treatment quickly."',
            'description = "Germs in the spine: a mild, self-limiting problem that antibiotics '
            'from a pharmacy settle."',
            "causes.spinal_infection.description is fixed",
        ),
        (
            'description = "Rarely, germs infect the spine or form an abscess beside the spinal '
            'cord; it needs treatment quickly."',
            'description = "Rarely, germs infect the spine or form an abscess beside the spinal '
            'cord; it needs treatment quickly."\nmeanwhile = ["Bed rest for a week usually '
            'brings the fever down; book a doctor after that."]',
            "causes.spinal_infection.meanwhile is fixed",
        ),
    ],
    ids=["name", "description", "meanwhile"],
)
def test_a_serious_cause_s_words_are_fixed(tmp_path: Path, old: str, new: str, fault: str) -> None:
    code, problems = validate(tmp_path, old, new)
    assert code == 1
    assert len(problems) == 1 and fault in problems[0], problems


def test_a_new_cause_that_needs_a_doctor_today_waits_for_its_words_to_be_reviewed(
    tmp_path: Path,
) -> None:
    start = SHIPPED.index("[causes.gallbladder]")
    end = SHIPPED.index("\n[", start + 1)
    block = SHIPPED[start:end]
    assert 'care = "urgent"' in block
    copy = block.replace("[causes.gallbladder]", "[causes.gallstones_again]")
    copy = re.sub(r'(?m)^name = "', 'name = "Again: ', copy, count=1)
    copy = re.sub(r"(?m)^prior = [0-9.]+", "prior = 0.001", copy, count=1)
    code, problems = validate(tmp_path, block, block + "\n" + copy)
    assert code == 1
    assert any(
        "causes.gallstones_again: a cause that needs a doctor today has words no clinician has "
        "reviewed" in p
        for p in problems
    ), problems


def test_a_new_urgent_sign_waits_for_its_words_to_be_reviewed(tmp_path: Path) -> None:
    old = 'id = "fever"\nlevel = "urgent"\n'
    start = SHIPPED.index(old)
    block = SHIPPED[start : SHIPPED.index("\n[[", start)]
    new = block.replace('id = "fever"', 'id = "fever_again"').replace(
        "Fever with back pain can mean",
        "Fever with back pain: mention it to your GP at a convenient time over the coming "
        "weeks; it can mean",
    )
    code, problems = validate(tmp_path, block, block + "\n\n[[warning_signs]]\n" + new)
    assert code == 1
    assert any(
        "warning_signs.fever_again.message: a new urgent sign's words (message) have not been "
        "reviewed" in p  # the fields it has: it has no short form (a maintainer-tester, 35th)
        for p in problems
    ), problems


def test_the_shipped_words_are_those_fixed() -> None:
    """The check's reference is the shipped table's words, in both languages."""
    from tspain import i18n
    from tspain.fixed_causes import fixed_cause_problems
    from tspain.loading import load_table

    table = load_table(default_table_path())
    assert fixed_cause_problems(table, "en") == []
    assert fixed_cause_problems(i18n.translated_table(table, i18n.load("es")), "es") == []


def test_a_serious_cause_s_spanish_words_are_fixed(i18n_copy: Path) -> None:
    edit(
        i18n_copy,
        'es = "Infarto (ataque al corazón) o angina de pecho"',
        'es = "Molestia del músculo cardíaco (leve)"',
    )
    code, out = validate_catalogue()
    assert code == 1
    assert "causes.heart_attack.name is fixed by the safety contract" in out, out


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            '{ text = "it gets worse, or stops you doing your daily activities", unless = { '
            "getting_worse = true } }",
            '{ text = "it gets worse, or stops you doing your daily activities", when = { '
            "getting_worse = true, duration_days = { min = 4200 } } }",
            "advice.see_a_doctor_if must keep 'it gets worse, or stops you doing your daily "
            "activities', shown when it is now",
        ),
        (
            '"a painful rash appears on one side (today: antivirals work best within 3 days)"',
            '{ text = "a painful rash appears on one side (today: antivirals work best within 3 '
            'days)", when = { injury = "major", rash = false } }',
            "causes.shingles.see_a_doctor_if is fixed",
        ),
    ],
    ids=["safety net", "shingles"],
)
def test_a_fixed_line_keeps_its_condition(tmp_path: Path, old: str, new: str, fault: str) -> None:
    """Its words kept and a condition that never holds added, a fixed line was hidden and the
    table validated (a code reviewer and a regression hunter, thirty-fourth session)."""
    code, problems = validate(tmp_path, old, new)
    assert code == 1
    assert len(problems) == 1 and fault in problems[0], problems


def test_a_fixed_cause_made_routine_keeps_its_words(tmp_path: Path) -> None:
    """Shingles made routine left the check, and its "today: antivirals work best within 3
    days" could say "within a week or so" (a regression hunter, thirty-fourth session)."""
    start = SHIPPED.index("[causes.shingles]")
    block = SHIPPED[start : SHIPPED.index("\n[", start + 1)]
    new = block.replace('care = "urgent"', 'care = "routine"').replace(
        "(today: antivirals work best within 3 days)", "(book an appointment within a week or so)"
    )
    assert new.count("within a week or so") == 1 and 'care = "routine"' in new  # both made
    code, problems = validate(tmp_path, block, new)
    assert code == 1
    assert any("causes.shingles.see_a_doctor_if is fixed" in p for p in problems), problems


def test_a_space_added_to_a_fixed_text_is_refused(tmp_path: Path) -> None:
    """ "SELF-CARE " kept its words for a check that ignored spaces, and lost its Spanish,
    which is looked up by them: a Spanish screen said SELF-CARE (a regression hunter)."""
    code, problems = validate(tmp_path, 'label = "SELF-CARE"', 'label = "SELF-CARE "')
    assert code == 1 and any("levels.self_care.label is fixed" in p for p in problems), problems


def test_a_renamed_urgent_sign_is_said_as_renamed_only(tmp_path: Path) -> None:
    """Renaming an urgent sign also said "a new urgent sign's words have not been reviewed"
    (a regression hunter, thirty-fourth session): the id it took away is the fault."""
    old = 'id = "pregnancy_warning_signs"'
    code, problems = validate(tmp_path, old, 'id = "pregnancy_signs"')
    assert code == 1
    assert not any("have not been reviewed" in p for p in problems), problems
    # said at the renamed sign since the thirty-eighth session ("...: missing" before)
    said = "was warning sign pregnancy_warning_signs renamed pregnancy_signs here?"
    assert any(said in p for p in problems), problems


def test_the_words_to_review_are_those_not_yet_fixed(tmp_path: Path) -> None:
    """`python -m tspain.fixed_causes` prints, for a clinician to review and a maintainer to
    paste in, the words of a new or changed serious cause (a maintainer who adds one wrote the
    JSON by hand, conditions and all: thirty-fourth session); for the shipped table, none."""
    from tspain.fixed_causes import words_to_review
    from tspain.loading import load_table

    assert words_to_review(load_table(default_table_path())) == {}
    old = 'name = "Heart attack or angina"'
    path = tmp_path / "copy.toml"
    path.write_text(SHIPPED.replace(old, 'name = "Heart attack"'), encoding="utf-8")
    review = words_to_review(load_table(path, allow_unsafe=True))
    assert list(review) == ["en"] and list(review["en"]["causes"]) == ["heart_attack"]
    assert review["en"]["causes"]["heart_attack"]["name"] == "Heart attack"
    # a changed sign's message is printed too (it printed nothing), and a Spanish text still in
    # English is not, until it is translated (a maintainer-tester, thirty-fourth session)
    from tspain import i18n

    message = "Fever with back pain can mean an infection of the spine, kidney or lung."
    path.write_text(SHIPPED.replace(message, message[:-1] + ", or elsewhere."), "utf-8")
    changed = load_table(path, allow_unsafe=True)
    review = words_to_review(changed, i18n.translated_table(changed, i18n.load("es")))
    assert list(review) == ["en"] and list(review["en"]["signs"]) == ["fever"]


def test_review_words_prints_json_and_says_a_broken_table_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from tspain import loading, review_words

    assert review_words.main() == 0
    assert json.loads(capsys.readouterr().out) == {}
    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace("prior = 0.001\n", 'prior = "x"\n', 1), encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    monkeypatch.setattr(review_words, "load_table", lambda **kw: loading.load_table(path, **kw))
    assert review_words.main() == 1
    assert "prior: must be a number" in capsys.readouterr().err


def test_review_words_add_never_writes_a_copy_s_words_into_the_package(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A scripter's copy with a new question (thirty-eighth session): `TSPAIN_RULES=copy
    python -m tspain.review_words --add` wrote its words into the package's fixed_words.json,
    and the untouched shipped table then failed `validate`. It is refused, the file unchanged;
    printing a copy's words still works."""
    from tspain import review_words
    from tspain.fixed_questions import WORDS_FILE

    before = WORDS_FILE.read_bytes()
    path = tmp_path / "mine.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setenv("TSPAIN_RULES", str(path))
    assert review_words.main(["--add"]) == 2
    assert "--allow-unsafe-table" in capsys.readouterr().err
    assert WORDS_FILE.read_bytes() == before
    assert review_words.main([]) == 0


def test_a_routine_sign_s_message_is_fixed_too(tmp_path: Path) -> None:
    """A routine sign's message is one of the reasons on an urgent screen: "At 50 or over, most
    back pain is wear and tear: it can wait for a routine check-up in a few weeks" validated
    and was shown under URGENT's "Why" (a maintainer-tester, thirty-fourth session)."""
    old = 'id = "older_age"'
    start = SHIPPED.index(old)
    message = SHIPPED[start:].split('message = "', 1)[1].split('"', 1)[0]
    new = "At 50 or over, most back pain is wear and tear: it can wait for a routine check-up."
    code, problems = validate(tmp_path, f'message = "{message}"', f'message = "{new}"')
    assert code == 1
    assert any("warning_signs.older_age.message is fixed" in p for p in problems), problems


def test_every_question_s_words_are_fixed(tmp_path: Path) -> None:
    """A question no sign reads says what a person answered under "tell the doctor" on an
    urgent screen: "you have night sweats, which are common and nothing to worry about today"
    validated and was shown (a maintainer-tester, thirty-fourth session)."""
    start = SHIPPED.index("[questions.night_sweats]")
    block = SHIPPED[start : SHIPPED.index("\n[", start + 1)]
    said = block.split('yes = "', 1)[1].split('"', 1)[0]
    new = block.replace(said, said + ", which are common and nothing to worry about today", 1)
    code, problems = validate(tmp_path, block, new)
    assert code == 1
    assert any("questions.night_sweats.says is fixed" in p for p in problems), problems


def test_the_words_in_a_serious_cause_s_rows_are_fixed(tmp_path: Path) -> None:
    """A combined condition's `about` is read in the cause's reasons: "risk factors ..., which
    make an abscess unlikely to need a doctor before next month" validated under URGENT (a
    maintainer-tester, thirty-fourth session)."""
    old = "risk factors for a spinal abscess (diabetes,"
    assert SHIPPED.count(old) == 1
    new = (
        "risk factors, which make an abscess unlikely to need a doctor before next month (diabetes,"
    )
    code, problems = validate(tmp_path, old, new)
    assert code == 1
    assert any("causes.spinal_infection.reasons is fixed" in p for p in problems), problems


def test_a_new_question_waits_for_its_words_to_be_reviewed(tmp_path: Path) -> None:
    """A new question's words narrowed a new urgent sign and validated: "... more than five
    years ago, and do you still have a tube ... now?" (a maintainer-tester, thirty-fourth
    session). A short form added to a question that had none is a change too."""
    start = SHIPPED.index("[questions.night_sweats]")
    block = SHIPPED[start : SHIPPED.index("\n[", start + 1)]
    copy = block.replace("[questions.night_sweats]", "[questions.night_sweats_again]")
    code, problems = validate(tmp_path, block, block + "\n" + copy)
    assert code == 1
    said = "questions.night_sweats_again.text: a new question's words (text, short, why, says)"
    assert any(said in p for p in problems), problems
    assert sum("new question's words" in p for p in problems) == 1  # not again for Spanish
    code, problems = validate(tmp_path, "[questions.injury]\n", '[questions.injury]\nshort = "x"\n')
    assert any("questions.injury.short is fixed" in p for p in problems), problems


def test_review_words_add_puts_the_reviewed_words_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The printed JSON was wrapped in {"en": {"signs": ...}} and had to be merged into the
    file's 1,800 lines by hand (a maintainer-tester, thirty-fifth session): `--add` puts each
    entry beside those of its kind, the rest of the file as it was; `--help` says so."""
    from tspain import review_words
    from tspain.fixed_questions import WORDS_FILE

    copy = tmp_path / "fixed_words.json"
    copy.write_text(WORDS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    new = {"message": "New words.", "short": "New"}
    monkeypatch.setattr(review_words, "WORDS_FILE", copy)
    monkeypatch.setattr(
        review_words, "words_to_review", lambda *_: {"en": {"signs": {"a_new_sign": new}}}
    )
    assert review_words.main(["--add"]) == 0
    assert "signs a_new_sign" in capsys.readouterr().out
    held = json.loads(copy.read_text(encoding="utf-8"))
    assert held["en"]["signs"]["a_new_sign"] == new
    before = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    del held["en"]["signs"]["a_new_sign"]
    assert held == before
    assert review_words.main(["--help"]) == 0 and "--add" in capsys.readouterr().out
    assert review_words.main(["--bogus"]) == 2
