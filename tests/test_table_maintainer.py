"""What a clinician editing a copy of the table found `tspain validate` let through or crash
on (issue 24, fourteenth session): each is now one problem line naming where it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_table import SHIPPED, assert_listed, broken, problems
from typer.testing import CliRunner

from tspain.cli import app
from tspain.paths import default_table_path


@pytest.mark.parametrize("value", ["0", "1.0", "-0.1", "nan", "inf"])
def test_a_background_out_of_range_is_one_line_not_a_traceback(
    tmp_path: Path, runner: CliRunner, value: str
) -> None:
    """background = 0 or 1 ended validate and check in ZeroDivisionError; -0.1 in a math
    domain error: the number checks divided by it before it was reported."""
    path = broken(tmp_path, "background = 0.05\n", f"background = {value}\n")
    found = problems(path)
    assert [p for p in found if p.endswith(".background: must be between 0 and 1")], found
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    checked = runner.invoke(app, ["--rules", str(path), "check", "--answers", "-"], input="{}")
    assert checked.exit_code == 2
    assert checked.stderr.startswith("tspain: error:") and "Traceback" not in checked.output


@pytest.mark.parametrize("value", ["1" + "0" * 309, "-1" + "0" * 309])
def test_a_likelihood_ratio_too_large_for_a_float_is_one_line_not_a_traceback(
    tmp_path: Path, runner: CliRunner, value: str
) -> None:
    """An `lr` written as a whole number of 310 digits ended validate, check and load_table in
    an OverflowError (exit 70, a fault in tspain; a scripter, thirty-seventh session): as for
    a prior, "a number with more than 18 digits", exit 1 and 2."""
    old = "{ when = { sedentary_or_desk_work = true }, lr = 3.0 }"
    path = broken(tmp_path, old, old.replace("3.0", value))
    found = problems(path)
    assert [p for p in found if p.endswith("got a number with more than 18 digits")], found
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    checked = runner.invoke(app, ["--rules", str(path), "check", "--answers", "-"], input="{}")
    assert checked.exit_code == 2 and checked.stderr.startswith("tspain: error:")


def test_a_prior_rarer_than_one_in_100000_is_a_typo(tmp_path: Path) -> None:
    path = broken(tmp_path, "prior = 0.001\n", "prior = 1e-12\n")
    assert_listed(path, ".prior: 1e-12 is rarer than 1 in 100,000 (1e-05): check for a typo")


ARM_WEAKNESS = """[questions.arm_weakness]
text = "Is one of your arms suddenly weak?"
type = "yesno"
checklist = "emergency"
short = "Sudden weakness of an arm"
why = "We ask because sudden weakness can be a stroke."
says = { yes = "an arm is suddenly weak", no = "no arm is suddenly weak" }

[questions.pain_with_exertion]"""


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (  # a new question on the emergency list, with no sign: ticked, it did nothing
            "[questions.pain_with_exertion]",
            ARM_WEAKNESS,
            "safety: question arm_weakness is on the emergency list, so a yes to it alone must "
            "give emergency, but no warning sign holds",
        ),
        (  # "sudden, severe pain" asked in one question, its sign lowered: URGENT
            'id = "sudden_severe_reported"\nlevel = "emergency"',
            'id = "sudden_severe_reported"\nlevel = "urgent"',
            "safety: question sudden_severe_onset is on the emergency list, so a yes to it alone "
            "must give emergency, but its warning signs give urgent",
        ),
        (  # the clot's risks ticked on the urgent list: their only sign lowered
            'id = "clot_risk_one_sided"\nlevel = "urgent"',
            'id = "clot_risk_one_sided"\nlevel = "routine"',
            "safety: question previous_blood_clot is on the urgent list, but no warning sign at "
            "urgent or higher tests it: ticking it would change nothing",
        ),
        (  # a contract sign of its own since the eighteenth session, said as one
            'id = "calf_swelling"\nlevel = "urgent"',
            'id = "calf_swelling"\nlevel = "routine"',
            "safety: warning sign calf_swelling (calf_swelling = yes) must give urgent or higher, "
            "but its warning signs give routine",
        ),
    ],
)
def test_a_checklist_question_keeps_what_ticking_it_promises(
    tmp_path: Path, runner: CliRunner, old: str, new: str, fault: str
) -> None:
    """A clinician's edits that validate passed: ticking the item then changed nothing, or a
    yes on the emergency list went on to URGENT (hazard H1: any emergency item ends the
    interview with an ambulance)."""
    path = broken(tmp_path, old, new)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    at_its_line = re.compile(rf"{re.escape(str(path))}:[0-9]+: {re.escape(fault)}")
    assert any(at_its_line.fullmatch(x) for x in result.stderr.splitlines()), result.stderr


def test_an_empty_table_path_is_an_error_not_the_shipped_table(runner: CliRunner) -> None:
    """`tspain validate "$TABLE"` with TABLE unset said the shipped table was valid: a CI
    script would pass on the wrong table. An empty path given is an error (an unset
    TSPAIN_RULES is still no path at all)."""
    import tspain

    for args in (["validate", ""], ["validate", "--rules", ""], ["--rules", "", "causes"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert result.stderr == "tspain: error: '': the rule table's path is empty\n", args
    with pytest.raises(tspain.TableError):
        tspain.load_table("")
    assert runner.invoke(app, ["causes"], env={"TSPAIN_RULES": ""}).exit_code == 0


def test_a_table_named_by_tspain_rules_is_said_to_be_that_variable_s(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "/nowhere.toml: no such file" did not say that the name came from $TSPAIN_RULES, set
    long ago in a shell profile (a maintainer-tester, twenty-fourth session). The same file
    named on the command line is said as before."""
    missing = str(tmp_path / "nowhere.toml")
    env = {"TSPAIN_RULES": missing}
    for args in (["causes"], ["validate"], ["check", "--answers", "-"]):
        result = runner.invoke(app, args, env=env, input="{}")
        assert result.exit_code == 2, args
        assert result.stderr == f"tspain: error: $TSPAIN_RULES: {missing}: no such file\n", args
    for args in (["--rules", missing, "causes"], ["validate", missing]):
        result = runner.invoke(app, args, env=env)
        assert result.stderr == f"tspain: error: {missing}: no such file\n", args
    bad = tmp_path / "bad.toml"
    bad.write_text('version = "1"\n', encoding="utf-8")
    result = runner.invoke(app, ["causes"], env={"TSPAIN_RULES": str(bad)})
    assert result.stderr.startswith(f"tspain: error: $TSPAIN_RULES: {bad}: "), result.stderr


@pytest.mark.parametrize("version", ["banana", "2026.12.05", "1.0", ""])
def test_a_version_that_is_not_a_date_and_a_number_is_refused(tmp_path: Path, version: str) -> None:
    """'banana' passed, so an edited table's reports looked like the shipped table's."""
    shipped = re.search(r'^version = "[^"]*"$', SHIPPED, re.MULTILINE)
    assert shipped is not None
    path = broken(tmp_path, shipped.group(0), f'version = "{version}"')
    assert any(
        p.startswith("version: ")
        and p.endswith("is not YYYY.MM.DD.N (the edit's date, then a number)")
        for p in problems(path)
    )


def test_a_duplicate_sign_id_says_where_both_are(tmp_path: Path) -> None:
    path = broken(tmp_path, 'id = "calf_swelling"', 'id = "fever"')
    found = [p for p in problems(path) if "duplicate warning sign id 'fever'" in p]
    assert len(found) == 1 and "(signs " in found[0] and "in the file, counting from 1)" in found[0]


def test_a_second_translation_of_the_same_english_is_refused(tmp_path: Path) -> None:
    """A clinician appended a second Spanish line for the chest-pain sign's message; the later
    one silently replaced the first on every Spanish screen."""
    from tspain.catalogue_files import read_entries
    from tspain.i18n import LanguageError

    catalogue = tmp_path / "table.toml"
    catalogue.write_text(
        '[[text]]\nen = "Chest pain"\nes = "Dolor en el pecho"\n\n'
        '[[text]]\nen = "Fever"\nes = "Fiebre"\n\n'
        '[[text]]\nen = "Chest pain"\nes = "Suele ser muscular"\n',
        encoding="utf-8",
    )
    with pytest.raises(LanguageError) as err:
        read_entries(catalogue, "es")
    # said at the lines of both entries (they were numbered from 0, without lines)
    assert str(err.value) == f"{catalogue}:9: this [[text]] translates the same English as line 1"


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            "lr = 5.0, basis = ",
            "lr = 5.0, bais = ",
            ".bais: unknown field (not part of the rule-table format; did you mean 'basis'?)",
        ),
        (
            "serious = true\n",
            "serous = true\n",
            ".serous: unknown field (not part of the rule-table format; did you mean 'serious'?)",
        ),
    ],
)
def test_a_misspelt_optional_field_gets_a_hint_and_no_cascade(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """`bais` and `serous` got no "did you mean" (only required fields did); `serous` also
    brought eight lines of "is not a serious cause", one per sign that names the cause."""
    found = problems(broken(tmp_path, old, new))
    assert len(found) == 1 and found[0].endswith(fault), found


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            'id = "calf_swelling"\nlevel = "urgent"',
            'id = "calf_swelling"\nlevel = "Urgent"',
            "warning_signs.calf_swelling.level: must be one of routine, urgent, "
            "emergency, got 'Urgent' (did you mean 'urgent'?)",
        ),
        (
            "when = { duration_days = { min = 42 } }\n",
            "when = { duration_days = 42 }\n",
            "when.duration_days: a number question takes a range: { min = 42 } for 42 or more, "
            "{ max = 42 } for 42 or less; got 42",
        ),
    ],
)
def test_a_misspelt_level_and_a_bare_number_say_what_to_write(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """A clinician read pydantic's "Input should be 'self_care', ..." for "Urgent", and the
    list of every test form for `duration_days = 42`."""
    assert_listed(broken(tmp_path, old, new), fault)


@pytest.mark.parametrize("level", ["non-urgent", "not urgent", "nonurgent", "unurgent"])
def test_a_level_said_as_its_opposite_is_not_offered_the_level_it_denies(
    tmp_path: Path, level: str
) -> None:
    """Thirty-sixth session: `level = "non-urgent"` was told "did you mean 'urgent'?", the
    one level it says it is not (a maintainer, thirty-fifth session). The levels are listed."""
    found = problems(
        broken(
            tmp_path,
            'id = "calf_swelling"\nlevel = "urgent"',
            f'id = "calf_swelling"\nlevel = "{level}"',
        )
    )
    assert len(found) == 1 and found[0].endswith(
        f"warning_signs.calf_swelling.level: must be one of routine, urgent, emergency, got {level!r}"
    ), found


def test_a_question_no_rule_reads_is_refused(tmp_path: Path) -> None:
    """A clinician added a copy of the fever question under a new id: validate passed and
    `tspain questions` listed a question nothing reads."""
    extra = ARM_WEAKNESS.replace('checklist = "emergency"\n', "")
    path = broken(tmp_path, "[questions.pain_with_exertion]", extra)
    assert_listed(
        path,
        "questions.arm_weakness: no warning sign, evidence row, frequency or advice reads it: "
        "it would be asked for nothing (use it in a rule, or take it out)",
    )


def test_a_cause_copied_under_a_new_name_is_refused(tmp_path: Path) -> None:
    """A clinician copied [causes.stomach_ulcer] as peptic_ulcer with only its name changed:
    validate passed, and the ulcer's likelihood was split over two lines a person reads alike."""
    start = SHIPPED.index("[causes.stomach_ulcer]")
    end = SHIPPED.index("\n[", start + 1)
    block = SHIPPED[start:end]
    copy = block.replace("[causes.stomach_ulcer]", "[causes.peptic_ulcer]").replace(
        'name = "Stomach or duodenal ulcer"', 'name = "Peptic ulcer"'
    )
    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace(block, block + "\n" + copy, 1), encoding="utf-8")
    assert_listed(
        path,
        "causes.peptic_ulcer: the same prior, rows and frequencies as causes.stomach_ulcer: one "
        "cause under two names splits its likelihood in two lines",
    )


def test_the_compile_step_lists_a_bad_table_and_takes_no_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer's `python -m tspain.loading` on a table with the README's own typo ended in a
    traceback, and `python -m tspain.loading my-causes.toml` compiled the shipped table."""
    from tspain import loading

    bad = broken(tmp_path, "{ when = { night_sweats = true }", "{ when = { fevr = true }")
    monkeypatch.setattr(loading, "default_table_path", lambda: bad)
    assert loading.main([]) == 1
    err = capsys.readouterr().err
    assert "unknown question 'fevr' (did you mean 'fever'?)" in err and "Traceback" not in err
    assert err.endswith("problem(s) found; nothing compiled.\n")
    assert not (tmp_path / "causes.json").exists()
    assert loading.main(["my-causes.toml"]) == 2
    assert "tspain validate PATH" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ("alert = 0.03\n", "alert = 3\n",
         "alert must be above 0 and below 1, not 3 (3% is written 0.03)"),
        ("prior = 0.001\n", "prior = 5\n", "prior must be above 0 and below 1, not 5 (5% is written 0.05)"),
        ("{ getting_worse = true }, p = 0.6,", "{ getting_worse = true }, p = 60,",
         "a frequency is above 0 and below 1, not 60 (60% is written 0.6)"),
        ("background = 0.05\n", "background = 5\n", "must be between 0 and 1 (5% is written 0.05)"),
    ],
)  # fmt: skip
def test_a_share_written_as_a_percentage_says_how_it_is_written(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """A maintainer wrote 5 for 5%: "alert must be in (0, 1], not 5" said neither what was
    meant nor how to write it."""
    found = problems(broken(tmp_path, old, new))
    assert [p for p in found if p.endswith(f": {fault}")], found


def test_a_cause_made_not_serious_is_one_line_at_the_edit(tmp_path: Path) -> None:
    """`serious = false` on the spinal infection gave nine lines, one per sign naming it, and
    none at the line edited (a maintainer)."""
    start = SHIPPED.index("[causes.spinal_infection]")
    at = SHIPPED.index("serious = true", start)
    text = SHIPPED[:at] + "serious = false" + SHIPPED[at + len("serious = true") :]
    path = tmp_path / "causes.toml"
    path.write_text(text, encoding="utf-8")
    found = problems(path)
    assert len(found) == 1 and found[0].startswith(
        "causes.spinal_infection.serious: warning signs name it as a serious cause (bladder_bowel,"
    ), found


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            "{ when = { rash = false }, lr = 0.5,",
            "{ when = { rash = false }, lr = 2.0,",
            "causes.shingles.evidence[1].lr: 'yes' x30 and 'no' x2 on 'rash' both raise this "
            "cause: a finding and its absence pull opposite ways (one of them is below 1)",
        ),
        (
            'type = "yesno"\nchecklist = "urgent"\nshort = "A painful rash',
            'type = "yesno"\noutside_picture = 0.0001\noutside_picture_basis = "a guess"\n'
            'checklist = "urgent"\nshort = "A painful rash',
            "questions.rash.outside_picture: x0.0001 is no factor a finding has (at least "
            "0.001): check for a typo",
        ),
        (
            "[causes.heart_attack]",
            None,
            "causes.heart_attack.alert: alert must be above 0 and below 1, not 1: no "
            "probability reaches 1, so this alert could never be raised",
        ),
    ],
)
def test_numbers_the_engine_could_not_mean_are_refused(
    tmp_path: Path, old: str, new: str | None, fault: str
) -> None:
    """A maintainer-tester's edits that validate accepted (twenty-third session): a "no" row
    that raises a cause its "yes" row raises too (shingles x30 and x2), an outside-picture
    factor of 0.0001 (a row's 0.0001 is refused as a typo), and an alert of 1, which no
    probability reaches (the heart attack's alert could never fire)."""
    if new is None:  # the heart attack's own alert set to 1
        start = SHIPPED.index(old)
        at = SHIPPED.index("alert = ", start)
        end = SHIPPED.index("\n", at)
        path = tmp_path / "causes.toml"
        path.write_text(SHIPPED[:at] + "alert = 1.0" + SHIPPED[end:], encoding="utf-8")
    else:
        path = broken(tmp_path, old, new)
    found = problems(path)
    assert fault in found, found


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le"])
def test_a_table_saved_in_another_encoding_is_said_so_at_its_line(
    runner: CliRunner, tmp_path: Path, encoding: str
) -> None:
    """ "cannot read: not UTF-8 (invalid start byte)", with no line, for a table saved as
    Windows-1252 or UTF-16 (a maintainer-tester, twenty-fourth session)."""
    text = SHIPPED.replace("Poor posture", "Poor postüre", 1)
    path = tmp_path / "causes.toml"
    path.write_bytes(text.encode(encoding, errors="replace"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    if encoding == "cp1252":
        # the first character beyond ASCII of the text as saved is the first byte refused
        saved = text.encode(encoding, errors="replace").decode(encoding).splitlines()
        line, column, char = next(
            (n, i + 1, c) for n, ln in enumerate(saved, 1) for i, c in enumerate(ln) if ord(c) > 127
        )
        byte = char.encode(encoding)[0]
        assert result.stderr.startswith(
            f"{path}:{line}: not UTF-8: byte 0x{byte:02X} ({char} in Windows-1252) at line "
            f"{line}, column {column}: save the file as UTF-8\n"
        ), result.stderr
    else:
        assert result.stderr == (
            f"{path}: not UTF-8: the file is saved as UTF-16; save it as UTF-8\n"
            "1 problem(s) found.\n"
        )


def test_an_integer_question_without_min_and_max_says_they_are_missing(tmp_path: Path) -> None:
    """ "an integer question needs min <= max", of a question with neither (a maintainer-tester,
    twenty-fifth session)."""
    block = SHIPPED[SHIPPED.index("[questions.age]") :]
    block = block[: block.index("\n[")]
    lines = [ln for ln in block.splitlines() if not ln.startswith(("min =", "max ="))]
    path = broken(tmp_path, block, "\n".join(lines))
    found = problems(path)
    assert "questions.age.min: missing: an integer question needs min and max" in found
    assert "questions.age.max: missing: an integer question needs min and max" in found
    assert not any(p.endswith("needs min <= max") for p in found), found


def test_the_compiled_form_given_as_a_table_is_said_to_be_json(runner: CliRunner) -> None:
    """`tspain validate data/causes.json` was "TOML syntax error: Invalid statement ... reads:
    {" (a maintainer-tester, twenty-fifth session)."""
    from tspain.paths import default_table_path

    compiled = str(default_table_path().with_suffix(".json"))
    result = runner.invoke(app, ["validate", compiled])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{compiled}: a rule table is TOML, and this is JSON (the compiled form beside a table "
        "is made from it): give causes.toml\n1 problem(s) found.\n"
    )


def test_a_phrase_for_an_answer_a_question_does_not_take_is_named(tmp_path: Path) -> None:
    """`slow = "slowly"` beside `sudden` and `gradual` in onset's `says` passed without a word
    (a maintainer-tester, twenty-fifth session)."""
    old = 'says = { sudden = "the pain began suddenly", gradual = "the pain began gradually" }'
    new = old.removesuffix(" }") + ', slow = "the pain began slowly" }'
    found = problems(broken(tmp_path, old, new))
    assert found == [
        "questions.onset.says.slow: not an answer it takes (it takes: sudden, gradual)"
    ]


@pytest.mark.parametrize(
    ("new", "said"),
    [
        ("{ age = { min = 40.5 } }", "min must be a whole number, got 40.5"),
        ('{ age = { min = "40" } }', "min must be a whole number, got '40'"),
        ('{ age = { min = 6, unit = "weeks" } }', "a range takes only min and max, not 'unit'"),
    ],
)
def test_a_range_written_wrong_says_what_is_wrong(tmp_path: Path, new: str, said: str) -> None:
    """Each was "expected true/false, an option id, ... got {'min': 40.5}" (a maintainer-
    tester, twenty-fifth session)."""
    old = "{ age = { min = 50 } }"
    found = problems(broken(tmp_path, old, new))
    assert any(p.endswith(f".age: {said}") for p in found), found


@pytest.mark.parametrize(
    ("header", "typo", "rules"),
    [("questions.cough", "cuogh", "3 rules read"), ("causes.aortic_dissection", "aortic_disection", "8 rules read")],
)  # fmt: skip
def test_a_misspelt_header_is_said_once_at_it_never_at_each_rule(
    tmp_path: Path, header: str, typo: str, rules: str
) -> None:
    """`[questions.cuogh]` gave "unknown question 'cough' (did you mean 'cuogh'?)" at each rule
    that reads it, telling the maintainer to spread the typo, and `[causes.aortic_disection]`
    gave seven lines (a maintainer-tester, twenty-fifth session)."""
    section, name = header.split(".")
    path = broken(tmp_path, f"[{header}]\n", f"[{section}.{typo}]\n")
    assert problems(path) == [
        f"{section}.{typo}: {rules} '{name}', which is not in the table: was [{header}] "
        f"renamed [{section}.{typo}] here? An id is never renamed (docs/interface.md): give it "
        "back its name"
    ]


def test_a_rule_s_own_misspelt_id_is_still_said_at_the_rule(tmp_path: Path) -> None:
    old = "{ when = { sedentary_or_desk_work = false }, lr = 0.4 },"
    path = broken(tmp_path, old, old.replace("sedentary_or_desk_work", "sedentary_or_desk_wrok"))
    assert problems(path) == [
        "causes.poor_posture.evidence[1].when.sedentary_or_desk_wrok: unknown question "
        "'sedentary_or_desk_wrok' (did you mean 'sedentary_or_desk_work'?)"
    ]


def test_a_table_given_before_the_command_and_another_to_validate_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`tspain --rules X validate Y` checked Y and said nothing of X, where `validate --rules X
    Y` is refused (a maintainer-tester, twenty-fifth session). $TSPAIN_RULES is no table given:
    the one named to validate is checked."""
    other = tmp_path / "other.toml"
    other.write_text(SHIPPED, encoding="utf-8")
    shipped = str(default_table_path())
    refused = runner.invoke(app, ["--rules", str(other), "validate", shipped])
    assert refused.exit_code == 2
    assert refused.stderr == "tspain: error: give the table once: as PATH or as --rules PATH\n"
    checked = runner.invoke(app, ["validate", shipped], env={"TSPAIN_RULES": str(other)})
    assert checked.exit_code == 0 and checked.stdout.startswith(f"{shipped}: valid")


def test_an_unknown_language_from_tspain_lang_names_the_variable(runner: CliRunner) -> None:
    from_env = runner.invoke(app, ["causes"], env={"TSPAIN_LANG": "xx"})
    assert from_env.exit_code == 2
    assert (
        from_env.stderr
        == "tspain: error: $TSPAIN_LANG: unknown language 'xx' (tspain speaks: en, es)\n"
    )
    given = runner.invoke(app, ["--lang", "xx", "causes"], env={"TSPAIN_LANG": "xx"})
    assert given.stderr == "tspain: error: unknown language 'xx' (tspain speaks: en, es)\n"


def test_an_untranslated_level_text_is_not_said_to_lose_spanish_words(
    tmp_path: Path, runner: CliRunner
) -> None:
    """A copy whose routine action was reworded was told, in Spanish, "levels.routine.action
    must keep 'cita', got 'Book an appointment ...'": the text has no Spanish yet, and is shown
    in English with a note, which is what that line should have said (a scripter, twenty-eighth
    session). Since the thirty-fourth session the routine level's texts are fixed word for word
    (`fixed_texts.SAFETY_NET`): the rewording is refused as that, in either language."""
    text = (Path(__file__).parent.parent / "data" / "causes.toml").read_text(encoding="utf-8")
    old = 'action = "Book an appointment with a doctor or physiotherapist in the coming days."'
    assert old in text
    edited = tmp_path / "copy.toml"
    edited.write_text(
        text.replace(old, old.replace("in the coming days", "within a week")), encoding="utf-8"
    )
    for lang in ("es", "en"):
        result = runner.invoke(app, ["--lang", lang, "validate", str(edited)])
        assert "must keep" not in result.output + result.stderr
        assert "levels.routine.action is fixed by the safety contract" in result.stderr


def test_a_self_care_cause_made_serious_is_refused(tmp_path: Path) -> None:
    """`serious = true` on poor posture validated, and a desk worker was told SEE A DOCTOR SOON
    with "Poor posture ... cannot be ruled out at home" (a scripter, twenty-eighth session). A
    cause not to be missed needs the care that says so."""
    path = broken(tmp_path, "[causes.poor_posture]\n", "[causes.poor_posture]\nserious = true\n")
    assert problems(path) == [
        "causes.poor_posture.care: a serious cause is one not to be missed: its care is urgent "
        "or emergency, not 'self_care'"
    ]


def test_an_integer_question_as_wide_as_memory_is_refused(tmp_path: Path) -> None:
    """An age up to 4,000,000,000 beside a `yes_means` on it validated, and every check then ran
    out of memory with a traceback (a maintainer-tester, thirty-first session)."""
    start = SHIPPED.index("[questions.age]")
    end = SHIPPED.index("\n\n", start)
    block = re.sub(r"\nmax = \d+", "\nmax = 4000000000", SHIPPED[start:end])
    path = tmp_path / "wide.toml"
    path.write_text(SHIPPED[:start] + block + SHIPPED[end:], encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "questions.age.max: a question takes at most 100001 numbers" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            '  "Warm up before exercise.",\n',
            '  "Warm up before exercise.",\n  "Warm up  before exercise.",\n',
            "advice.prevention[2]: the same line as advice.prevention[1]",
        ),
        (  # a plain line with the words of a conditional one: said twice when it holds
            '  "Stretching and better posture ease muscle strains and sprains, but not '
            'long-lasting nerve pain: see a doctor for that.",\n',
            '  "If pain after an injury does not settle, see a doctor, who can find the cause (a '
            'diagnosis) and may suggest exercises or a physical therapist.",\n',
            "advice.relief[5]: the same line as advice.relief[4]",
        ),
    ],
)
def test_a_line_said_twice_in_one_list_is_refused(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """A repeated advice line validated and was printed twice (a maintainer-tester, thirty-third
    session; thirty-fourth session's change)."""
    assert_listed(broken(tmp_path, old, new), fault + ": it would be said twice; keep one")


def test_a_sign_given_another_s_id_is_said_as_a_duplicate_and_nothing_else(
    tmp_path: Path,
) -> None:
    """`morning_stiffness` given the id `fever` gave four lines, two of them blaming the
    untouched fever sign's words and causes at its line (a maintainer-tester, thirty-fourth
    session): the duplicate, and the id it took away."""
    found = problems(broken(tmp_path, 'id = "morning_stiffness"', 'id = "fever"'))
    assert len(found) == 2, found
    assert found[0].startswith("warning_signs.fever.id: duplicate warning sign id 'fever'")
    assert found[1].startswith("warning_signs: morning_stiffness: missing")


def test_a_drawing_may_repeat_a_row(tmp_path: Path) -> None:
    """A taller drawing of the back repeats rows, and was refused as a line said twice (a
    code reviewer, thirty-fourth session)."""
    from tspain.loading import load_table

    row = next(ln for ln in SHIPPED.splitlines() if ln.startswith('  " | 3      1'))
    path = broken(tmp_path, row + "\n", row + "\n" + row + "\n")
    assert load_table(path).questions["pain_location"].picture.count(row.strip()[1:-2]) == 2
