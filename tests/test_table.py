"""Loading and validating rule tables: precise errors for the person editing the table."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tspain import i18n
from tspain.cli import app
from tspain.loading import TableError, load_table
from tspain.paths import default_table_path
from tspain.table import Answer, RuleTable

SHIPPED = default_table_path().read_text(encoding="utf-8")


def broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in SHIPPED, old
    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(TableError) as err:
        load_table(path)
    return err.value.problems


def assert_listed(path: Path, fault: str) -> None:
    """Loading the table at `path` fails with a problem line ending in `fault`."""
    found = problems(path)
    assert any(p.endswith(fault) for p in found), found


def test_shipped_table_is_valid(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_shipped_table_covers_the_interface(table: object) -> None:
    interface_ids = (
        "age sex onset duration_days pain_location severity injury worse_with_movement "
        "worse_with_sitting_or_posture better_with_rest worse_at_night_or_rest morning_stiffness "
        "repetitive_activity sedentary_or_desk_work tender_knots_in_muscle "
        "widespread_pain_elsewhere fatigue_sleep_problems visible_curve_or_uneven_shoulders "
        "family_history_scoliosis numbness_or_tingling_arms_or_legs leg_weakness_or_unsteady "
        "bladder_or_bowel_problems saddle_numbness chest_pain_or_pressure pain_tearing_or_ripping "
        "shortness_of_breath pain_worse_breathing_in cough coughing_blood calf_swelling "
        "pain_with_exertion fainting_or_clammy sweating_nausea high_blood_pressure fever "
        "night_sweats weight_loss history_of_cancer smoker iv_drug_use_or_immunosuppressed "
        "recent_infection_or_procedure osteoporosis_or_steroid_use rash upper_abdominal_pain "
        "urinary_symptoms getting_worse recent_surgery_or_immobility previous_blood_clot "
        "hormones_or_pregnancy diabetes blood_thinners better_with_exercise "
        "lung_disease_or_collapsed_lung"
    ).split()
    cause_ids = (
        "poor_posture muscle_overuse traumatic_injury herniated_disc pinched_nerve scoliosis "
        "osteoarthritis myofascial_pain spinal_infection spinal_cancer fibromyalgia heart_attack "
        "aortic_dissection pulmonary_embolism compression_fracture shingles gallbladder "
        "pancreatitis kidney_infection pleurisy_pneumonia pneumothorax axial_spondyloarthritis"
    ).split()
    assert set(interface_ids) <= set(table.questions)  # type: ignore[attr-defined]
    assert set(cause_ids) <= set(table.causes)  # type: ignore[attr-defined]


def test_article_advice_is_in_the_table(table: object) -> None:
    advice = table.advice  # type: ignore[attr-defined]
    text = " ".join(
        [*advice.prevention, *(a if isinstance(a, str) else a.text for a in advice.relief)]
    ).lower()
    for words in (
        "breaks",
        "warm up",
        "lift",
        "physical therapist",
        "posture",
        "over-the-counter",
        "topical",
        "pressure",
        "stretching",
        "nerve pain",
        "diagnosis",
    ):
        assert words in text, words


def test_unknown_question_in_a_rule_names_the_path(tmp_path: Path) -> None:
    path = broken(
        tmp_path,
        "{ when = { night_sweats = true }, lr = 2.0 },\n  { when = { severity = { min = 7 } }, lr = 1.5 }",
        "{ when = { fevr = true }, lr = 2.0 },\n  { when = { severity = { min = 7 } }, lr = 1.5 }",
    )
    found = problems(path)
    assert any(
        p.startswith("causes.spinal_infection.evidence[8].when.fevr: unknown question 'fevr'")
        and "did you mean 'fever'" in p
        for p in found
    ), found


def test_negative_lr_is_rejected(tmp_path: Path) -> None:
    path = broken(
        tmp_path, "{ when = { fever = true }, lr = 8.0,", "{ when = { fever = true }, lr = -8.0,"
    )
    assert (
        "causes.spinal_infection.evidence[2].lr: a likelihood ratio must be positive, not -8.0"
        in problems(path)
    )


def test_missing_field_is_named(tmp_path: Path) -> None:
    path = broken(tmp_path, 'name = "Shingles"\n', "")
    assert "causes.shingles.name: missing (required)" in problems(path)


def test_all_errors_are_reported_at_once(tmp_path: Path) -> None:
    text = SHIPPED.replace('name = "Shingles"\n', "", 1).replace(
        "prior = 0.01\n", "prior = 1.5\n", 1
    )
    text = text.replace("lr = 6.0 }", "lr = 0.0 }", 1).replace(
        "{ rash = true }, lr = 30.0", '{ rash = "yes" }, lr = 30.0'
    )
    path = tmp_path / "causes.toml"
    path.write_text(text, encoding="utf-8")
    found = problems(path)
    assert any("causes.shingles.name" in p for p in found)
    # Conditions and LRs are checked with the type errors, not after them.
    assert any("lr: a likelihood ratio must be positive, not 0.0" in p for p in found)
    assert any(
        "causes.shingles.evidence[0].when.rash: 'rash' is a yes/no question" in p for p in found
    )
    # With the type error fixed, everything else still shows at once.
    text = text.replace("[causes.shingles]\n", '[causes.shingles]\nname = "Shingles"\n', 1)
    path.write_text(text, encoding="utf-8")
    found = problems(path)
    assert len(found) >= 3, found
    assert any(".prior: prior must be above 0 and below 1, not 1.5" in p for p in found)
    assert any("lr: a likelihood ratio must be positive, not 0.0" in p for p in found)
    assert any(
        "causes.shingles.evidence[0].when.rash: 'rash' is a yes/no question" in p for p in found
    )


def test_wrong_option_is_named(tmp_path: Path) -> None:
    path = broken(tmp_path, 'when = { injury = "major" }\n', 'when = { injury = "serious" }\n')
    assert any(
        "warning_signs.major_trauma.when.injury: 'injury' has no option 'serious'" in p
        for p in problems(path)
    )


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = broken(tmp_path, "prior = 0.01\n", "prior = 0.01\nprior_odds = 3\n")
    assert any(
        p.endswith("prior_odds: unknown field (not part of the rule-table format)")
        for p in problems(path)
    )


def test_a_misspelt_field_hides_no_other_fault(tmp_path: Path, runner: CliRunner) -> None:
    """A clinician wrote `LR` for `lr` in one row and lowered the tearing-pain sign to routine:
    validate listed the two lines of the typo and not the lowered emergency sign. The table is
    checked again as it was meant, so every fault shows at once."""
    text = SHIPPED.replace(
        "{ when = { night_sweats = true }, lr = 2.0 }",
        "{ when = { night_sweats = true }, LR = 2.0 }",
        1,
    )
    text = text.replace(
        'id = "tearing_pain"\nlevel = "emergency"', 'id = "tearing_pain"\nlevel = "routine"', 1
    )
    text = text.replace('family = "muscle_strain"', 'family = "muscle_strian"', 1)
    assert text.count("LR = 2.0") == 1 and 'level = "routine"' in text
    path = tmp_path / "causes.toml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    assert "LR: unknown field (not part of the rule-table format; did you mean 'lr'?)" in out
    assert "warning_signs.tearing_pain.see_a_doctor_if: missing: a routine sign needs see_a" in out
    assert "safety: warning sign tearing_pain (" in out
    assert "unknown family 'muscle_strian' (did you mean 'muscle_strain'?)" in out
    # An unknown field with no field missing beside it is left out of the second look.
    path.write_text(
        SHIPPED.replace("prior = 0.01\n", "prior = 0.01\nprior_odds = 3\n", 1).replace(
            'family = "muscle_strain"', 'family = "muscle_strian"', 1
        ),
        encoding="utf-8",
    )
    out = runner.invoke(app, ["validate", str(path)]).output
    assert "prior_odds: unknown field" in out and "unknown family 'muscle_strian'" in out


def test_an_unknown_field_inside_a_text_or_table_line_is_one_line_each(tmp_path: Path) -> None:
    """An advice line is text or { text, when }: pydantic names its faults through the union's
    member ("relief[0].Conditional.1"), no place in the TOML, and the second look that mends
    misspelt fields raised KeyError on it (found by the fuzz test in CI). They are named at
    the place written (sixteenth session)."""
    path = broken(
        tmp_path,
        '  "Limit pressure on the sore area',
        '  { 0 = { 0 = true }, 1 = 0.0 },\n  "Limit pressure on the sore area',
    )
    found = problems(path)
    assert "advice.relief[1].1: unknown field (not part of the rule-table format)" in found


def test_an_advice_line_s_unless_is_checked_like_any_condition(tmp_path: Path) -> None:
    path = broken(
        tmp_path, "unless = { getting_worse = true }", "unless = { getting_wurse = true }"
    )
    assert_listed(
        path,
        "advice.see_a_doctor_if[1].unless.getting_wurse: unknown question 'getting_wurse' "
        "(did you mean 'getting_worse'?)",
    )


def test_a_causes_conditional_advice_is_checked_like_any_condition(tmp_path: Path) -> None:
    path = broken(
        tmp_path,
        'unless = { sedentary_or_desk_work = false } },\n  { text = "Set your screen',
        'unless = { sedentary_or_desk_wrk = false } },\n  { text = "Set your screen',
    )
    assert_listed(
        path,
        "causes.poor_posture.self_care[0].unless.sedentary_or_desk_wrk: unknown question "
        "'sedentary_or_desk_wrk' (did you mean 'sedentary_or_desk_work'?)",
    )


def test_toml_syntax_error_names_line_and_column(tmp_path: Path, runner: CliRunner) -> None:
    path = broken(tmp_path, "[levels.emergency]", "[levels.emergency")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    at = SHIPPED[: SHIPPED.index("[levels.emergency]")].count("\n") + 1
    assert f"{path}:{at}: TOML syntax error:" in result.stderr  # its line, as other faults'
    assert f"(at line {at}, column" in result.stderr


def test_validate_lists_problems_and_exits_1(tmp_path: Path, runner: CliRunner) -> None:
    path = broken(tmp_path, "lr = 6.0 }", "lr = -1.0 }")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    edited = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(edited, start=1) if "lr = -1.0 }" in line)
    assert f"{path}:{at}: causes.pinched_nerve.evidence[0].lr" in result.stderr
    assert "Traceback" not in result.output


def test_rules_option_and_env_use_another_table(tmp_path: Path, runner: CliRunner) -> None:
    # a self-care cause: an urgent one's name is fixed by the safety contract (`fixed_causes`)
    old = 'name = "Myofascial pain (muscle and fascia)"'
    path = broken(tmp_path, old, 'name = "Myofascial pain (test table)"')
    result = runner.invoke(app, ["--rules", str(path), "causes", "myofascial_pain"])
    assert result.exit_code == 0 and "Myofascial pain (test table)" in result.output
    result = runner.invoke(app, ["causes", "myofascial_pain"], env={"TSPAIN_RULES": str(path)})
    assert "Myofascial pain (test table)" in result.output


def test_broken_rules_give_exit_2_without_traceback(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["--rules", str(tmp_path / "missing.toml"), "causes"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert result.stdout == ""


def test_compiled_form_is_in_step_with_the_shipped_table() -> None:
    from tspain.compiled_form import compiled_path
    from tspain.loading import compiled_text

    shipped = default_table_path()
    assert compiled_path(shipped).read_text(encoding="utf-8") == compiled_text(shipped), (
        "data/causes.json is stale: run `python -m tspain.loading`"
    )


I18N_DIR = default_table_path().parent / "i18n"


def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped table and its compiled form, standing in as the shipped one (the
    translations stay where they are)."""
    from tspain import compiled_form, loading, paths

    table = tmp_path / "causes.toml"
    table.write_bytes(default_table_path().read_bytes())
    compiled_form.compiled_path(table).write_bytes(
        compiled_form.compiled_path(default_table_path()).read_bytes()
    )
    monkeypatch.setattr(loading, "default_table_path", lambda: table)
    monkeypatch.setattr(paths, "default_table_path", lambda: table)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: I18N_DIR)
    monkeypatch.delenv("TSPAIN_RULES", raising=False)
    return table


def test_an_edited_table_is_validated_not_taken_from_its_compiled_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = shipped_copy(tmp_path, monkeypatch)
    table.write_text(SHIPPED.replace("lr = 6.0 }", "lr = -6.0 }", 1), encoding="utf-8")
    with pytest.raises(TableError):
        load_table()


def test_a_tampered_compiled_form_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from tspain.compiled_form import compiled_path

    table = shipped_copy(tmp_path, monkeypatch)
    doc = json.loads(compiled_path(table).read_text(encoding="utf-8"))
    doc["table"]["warning_signs"] = []  # no warning signs: chest pain would be self-care
    doc["source"] += "# compiled from other bytes\n"
    compiled_path(table).write_text(json.dumps(doc), encoding="utf-8")
    assert load_table().warning_signs  # validated from the TOML instead
    compiled_path(table).write_bytes(b"\x80 not json")
    assert load_table().warning_signs


def test_a_compiled_form_with_its_questions_reordered_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """The order of the compiled table's questions is the order they are asked in: a compiled
    form whose questions were put in another order is not what the TOML says, so a run does not
    use it and `validate` says so (thirty-ninth session: the digest was over sorted keys, so the
    reordered form was run while `validate` called it stale)."""
    import json

    from tspain.compiled_form import compiled_path

    table = shipped_copy(tmp_path, monkeypatch)
    doc = json.loads(compiled_path(table).read_text(encoding="utf-8"))
    order = list(load_table().questions)
    doc["table"]["questions"] = dict(reversed(doc["table"]["questions"].items()))
    compiled_path(table).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert list(load_table().questions) == order  # validated from the TOML instead
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1 and "causes.json" in result.stderr


def test_validate_always_reads_the_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """Even where a compiled form matches the TOML, `tspain validate` checks the TOML itself."""
    import json

    from tspain.compiled_form import binding_digest, compiled_path

    table = shipped_copy(tmp_path, monkeypatch)
    bad = SHIPPED.replace("lr = 6.0 }", "lr = -6.0 }", 1)
    table.write_text(bad, encoding="utf-8")
    doc = json.loads(compiled_path(table).read_text(encoding="utf-8"))
    doc["source"] = bad
    doc["digest"] = binding_digest(bad.encode("utf-8"), doc["table"])
    compiled_path(table).write_text(json.dumps(doc), encoding="utf-8")
    assert load_table().causes  # the run-time path trusts what it was shipped with
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1 and "likelihood ratio must be positive" in result.stderr


def test_a_compiled_table_is_checked_again_once_the_contract_s_code_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A compiled table passed the safety contract when compiled, and a run trusts that while
    the contract's code is the code it passed (twenty-second session: the check was 15 ms of
    every start). A compiled table that breaks the contract of today's code, compiled under
    other code, is refused as unsafe, never run."""
    import json

    from tspain.assessment import as_json
    from tspain.compiled_form import CONTRACT_CHECKED, binding_digest, compiled_path
    from tspain.loading import UnsafeTable, parse_toml, validate
    from tspain.safety import contract_fingerprint

    table = shipped_copy(tmp_path, monkeypatch)
    shipped = json.loads(compiled_path(table).read_text(encoding="utf-8"))
    assert shipped["table"][CONTRACT_CHECKED] == contract_fingerprint()  # compiled anew
    unsafe = SHIPPED.replace(
        'id = "chest_pain"\nlevel = "emergency"', 'id = "chest_pain"\nlevel = "urgent"', 1
    )
    table.write_text(unsafe, encoding="utf-8")
    plain = as_json(validate(table, parse_toml(table, unsafe.encode("utf-8"))))
    for fingerprint, trusted in (
        ("the code of another day", False),
        (contract_fingerprint(), True),
    ):
        plain[CONTRACT_CHECKED] = fingerprint
        doc = {**shipped, "source": unsafe, "table": plain}
        doc["digest"] = binding_digest(unsafe.encode("utf-8"), plain)
        compiled_path(table).write_text(json.dumps(doc), encoding="utf-8")
        if trusted:  # what this code itself compiled is what runs (as for any compiled fact)
            assert load_table().warning_signs
        else:
            with pytest.raises(UnsafeTable):
                load_table()


def test_a_rules_table_is_always_validated(tmp_path: Path) -> None:
    """Beside a --rules table, a compiled form (even with the right hash) is never read."""
    import json

    from tspain.compiled_form import compiled_path

    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace('name = "Shingles"\n', "", 1), encoding="utf-8")
    doc = json.loads(compiled_path(default_table_path()).read_text(encoding="utf-8"))
    compiled_path(path).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(TableError):
        load_table(path)


def test_nothing_is_written_to_the_users_home(tmp_path: Path, runner: CliRunner) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    for args in (["causes"], ["check", "--answers", "-", "--json"], ["validate"]):
        runner.invoke(app, args, input='{"age": 40}', env=env)
    assert list(home.rglob("*")) == []


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ("lr = 6.0 }", "lr = true }", "evidence[0].lr: must be a number, got true"),
        ("lr = 6.0 }", 'lr = "6" }', "evidence[0].lr: must be a number, got '6'"),
        ('name = "Shingles"', 'name = ""', "causes.shingles.name: must not be empty"),
        (
            'name = "Shingles"',
            'name = "Shingles\\u001b[31m"',
            "causes.shingles.name: control character '\\x1b' in text",
        ),
    ],
)
def test_table_text_and_numbers_are_checked(tmp_path: Path, old: str, new: str, fault: str) -> None:
    path = broken(tmp_path, old, new)
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


def test_a_combined_condition_says_what_it_counts(tmp_path: Path, runner: CliRunner) -> None:
    """A cause's page read "signs of widespread pain: 1 of the 2", not which two."""
    listed = (
        'about = "signs of widespread pain (pain in many other places, pain all over the back)"'
    )
    path = broken(tmp_path, listed, 'about = "signs of widespread pain"')
    fault = "count.about: end it with what it counts, in brackets:"
    assert any(fault in p for p in problems(path)), problems(path)
    page = runner.invoke(app, ["causes", "fibromyalgia"]).stdout
    assert "pain in many other places, pain all over the back" in " ".join(page.split())


def test_a_paper_a_number_rests_on_is_in_the_causes_sources(tmp_path: Path) -> None:
    """The pulmonary embolism's page listed the NHS and the brief, not PIOPED II, whose figure
    weighs breathlessness x18. `validate` now asks for every paper a basis cites by its
    authors."""
    listed = '"Stein et al. (PIOPED II), Am J Med 2007", '
    path = broken(tmp_path, listed, "")
    fault = "causes.pulmonary_embolism.sources: a basis cites a paper by Stein: list it in sources"
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


DAYS = 'other = "you have had the pain for {answer} days"'


@pytest.mark.parametrize(
    ("new", "fault"),
    [
        ('"-1" = "x", ' + DAYS, "says.-1: give words for a number it takes (1, not 01), or other"),
        (
            '"week" = "x", ' + DAYS,
            "says.week: give words for a number it takes (1, not 01), or other",
        ),
        # A code reviewer: "²" passed isdigit() and int() raised, a traceback in validate;
        # "01" passed and was never used (the sentence is looked up by str(1)).
        ('"²" = "x", ' + DAYS, "says.²: give words for a number it takes (1, not 01), or other"),
        ('"01" = "x", ' + DAYS, "says.01: give words for a number it takes (1, not 01), or other"),
        ('"0" = "today"', "duration_days.says: an integer question says a sentence with {answer}"),
    ],
)
def test_a_number_s_own_words_are_checked(tmp_path: Path, new: str, fault: str) -> None:
    """A number question may say some numbers in their own words (0 days: "the pain started
    today"); each must be a number it takes, and `other` must still say the rest."""
    old = '"0" = "the pain started today", "1" = "you have had the pain for 1 day", ' + DAYS
    path = broken(tmp_path, old, new)
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (0, "The pain started today"),
        (1, "You have had the pain for 1 day"),
        (5, "You have had the pain for 5 days"),
    ],
)
def test_how_long_reads_as_people_say_it(runner: CliRunner, days: int, said: str) -> None:
    """ "You have had the pain for 0 days" was what the doctor was to be told."""
    answers = {"age": 25, "onset": "sudden", "pain_worse_breathing_in": True, "duration_days": days}
    result = runner.invoke(app, ["check", "--answers", "-"], input=json.dumps(answers))
    assert said in result.stdout and "for 0 days" not in result.stdout


def test_every_question_of_the_contract_is_in_the_table(table: object) -> None:
    """docs/interface.md (revision 2) is the scripting contract: each id it lists, with its type."""
    import re

    contract = (Path(__file__).parent.parent / "docs" / "interface.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (yes/no|integer|choice)([^|]*)\|", contract, re.M)
    assert len(rows) >= 53
    kinds = {"yes/no": "yesno", "integer": "integer", "choice": "choice"}
    for qid, kind, options in rows:
        question = table.questions[qid]  # type: ignore[attr-defined]
        assert question.type == kinds[kind], qid
        for option in re.findall(r"`(\w+)`", options):
            assert option in question.options, (qid, option)


def test_validate_exit_codes_and_json(runner: CliRunner, tmp_path: Path) -> None:
    import json

    missing = runner.invoke(app, ["validate", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and missing.stdout == ""
    assert missing.stderr.startswith("tspain: error:") and "no such file" in missing.stderr
    good = runner.invoke(app, ["validate", "--json"])
    assert good.exit_code == 0 and json.loads(good.stdout)["valid"] is True
    bad = broken(tmp_path, "lr = 6.0 }", "lr = -6.0 }")
    result = runner.invoke(app, ["validate", str(bad), "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["valid"] is False and data["problems"]


def _tamper_compiled(table: Path, change: object) -> None:
    """Edit the table part of the compiled form beside `table`, leaving its source text alone
    (as someone editing the installed causes.json would)."""
    import json

    from tspain.compiled_form import compiled_path

    doc = json.loads(compiled_path(table).read_text(encoding="utf-8"))
    change(doc["table"])  # type: ignore[operator]
    compiled_path(table).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_an_edited_compiled_table_is_not_what_runs_and_validate_rejects_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """Issue 26 point 1: the chest-pain sign set to routine in causes.json alone."""
    table = shipped_copy(tmp_path, monkeypatch)

    def chest_pain_routine(plain: dict) -> None:  # type: ignore[type-arg]
        for sign in plain["warning_signs"]:
            if sign["id"] == "chest_pain":
                sign["level"] = "routine"

    _tamper_compiled(table, chest_pain_routine)
    signs = {s.id: s.level for s in load_table().warning_signs}
    assert signs["chest_pain"] == "emergency"  # what the TOML says, not the edited copy
    result = runner.invoke(
        app, ["check", "--answers", "-", "--json"], input='{"chest_pain_or_pressure": true}'
    )
    assert result.exit_code == 0 and '"level": "emergency"' in result.stdout
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "causes.json" in line]
    assert len(lines) == 1 and "python -m tspain.loading" in lines[0], result.stderr


def test_a_zero_prior_in_the_compiled_table_is_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    table = shipped_copy(tmp_path, monkeypatch)

    def zero_prior(plain: dict) -> None:  # type: ignore[type-arg]
        plain["causes"]["heart_attack"]["prior"] = 0.0

    _tamper_compiled(table, zero_prior)
    result = runner.invoke(
        app, ["check", "--answers", "-", "--json"], input='{"chest_pain_or_pressure": true}'
    )
    assert result.exit_code == 0 and result.exception is None, result.stderr
    assert runner.invoke(app, ["validate"]).exit_code == 1


def test_the_wheel_build_refuses_a_compiled_table_not_bound_to_its_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hatch_build.py, without hatchling installed: its check is a plain function."""
    import importlib.util
    import json
    import sys
    import types

    from tspain.compiled_form import binding_digest, compiled_path

    fake = types.ModuleType("hatchling.builders.hooks.plugin.interface")
    fake.BuildHookInterface = object  # type: ignore[attr-defined]
    for name in ("hatchling", "hatchling.builders", "hatchling.builders.hooks"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "hatchling.builders.hooks.plugin", types.ModuleType("p"))
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    spec = importlib.util.spec_from_file_location(
        "hatch_build", Path(__file__).resolve().parent.parent / "hatch_build.py"
    )
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)

    data = tmp_path / "data"
    data.mkdir()
    shipped = default_table_path()
    (data / "causes.toml").write_bytes(shipped.read_bytes())
    (data / "causes.json").write_bytes(compiled_path(shipped).read_bytes())
    assert hook.compiled_problem(data) is None
    doc = json.loads((data / "causes.json").read_text(encoding="utf-8"))
    assert doc["digest"] == binding_digest(shipped.read_bytes(), doc["table"])
    doc["table"]["warning_signs"][0]["level"] = "routine"
    (data / "causes.json").write_text(json.dumps(doc), encoding="utf-8")
    assert "not bound" in hook.compiled_problem(data)


def refused(runner: CliRunner, path: Path, line: str) -> str:
    """`tspain validate PATH` lists `line` (after the file's name, and the line it is on where
    that is known) and exits 1; its stderr."""
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    said = rf"{re.escape(str(path))}(:[0-9]+)?: {re.escape(line)}\n"
    assert re.search(said, result.stderr), result.stderr
    return result.stderr


NIGHT_SWEATS = (  # spinal_infection's evidence[8] and [9]
    "{ when = { night_sweats = true }, lr = 2.0 },\n  { when = { severity = { min = 7 } }, lr = 1.5 }"
)
SEVERE = "{ when = { severity = { min = 7 } }, lr = 1.5 }"


@pytest.mark.parametrize(
    ("new", "fault"),
    [
        (
            "{ when = { night_sweats = true }, lr = 40.0 },\n  " + SEVERE,
            "evidence[8].lr: x40 with this question's background 0.05 would mean 200% of people "
            "with the cause answer yes: at most x19.6",
        ),
        (  # two rows on one answer multiply: x5 and x5 are x25
            "{ when = { night_sweats = true }, lr = 5.0 },\n  "
            "{ when = { night_sweats = true }, lr = 5.0 },\n  " + SEVERE,
            "evidence[8].lr: x25 (evidence[8] x5 times evidence[9] x5) with this question's "
            "background 0.05 would mean 125% of people with the cause answer yes: at most x19.6",
        ),
        (
            "{ when = { night_sweats = false }, lr = 1.2 },\n  " + SEVERE,
            "evidence[8].lr: x1.2 on a 'no' with this question's background 0.05 would mean no "
            "one with the cause answers yes: at most x1.05",
        ),
        (
            "{ when = { night_sweats = false }, lr = 0.01 },\n  " + SEVERE,
            "evidence[8].lr: x0.01 on a 'no' with this question's background 0.05 would mean 99.05% "
            "of people with the cause answer yes, and no finding is that sure (98% at most): "
            "at least x0.0211",
        ),
    ],
)
def test_a_one_sided_ratio_the_background_makes_impossible_is_refused(
    tmp_path: Path, runner: CliRunner, new: str, fault: str
) -> None:
    """A clinician wrote x40 for night sweats: with night sweats in 5% of upper back pain, 200%
    of people with the cause would have them; the engine silently used x19.6 instead."""
    refused(runner, broken(tmp_path, NIGHT_SWEATS, new), f"causes.spinal_infection.{fault}")


def test_the_suggested_bound_is_accepted_and_a_combined_rule_s_row_stands(
    tmp_path: Path, runner: CliRunner
) -> None:
    """x19.6 is what validate offers for night sweats; a row on a question a combined rule of
    the cause also reads stands as written (no frequency is implied from it), so it is not
    capped: leg weakness x60 (background 0.02) in a spinal infection, beside fever with it."""
    text = SHIPPED.replace(
        NIGHT_SWEATS, "{ when = { night_sweats = true }, lr = 19.6 },\n  " + SEVERE
    )
    old = (
        '{ when = { leg_weakness_or_unsteady = true }, lr = 3.0, basis = "estimate: a neurological'
    )
    assert old in text
    path = tmp_path / "causes.toml"
    path.write_text(text.replace(old, old.replace("3.0", "60.0"), 1), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("lr", ["6000.0", "0.0006"])
def test_a_likelihood_ratio_no_finding_has_is_refused(
    tmp_path: Path, runner: CliRunner, lr: str
) -> None:
    """x6000 for numbness is a typo for x6, not a finding (the shipped ratios run 0.05 to 30)."""
    path = broken(tmp_path, "lr = 6.0 }", f"lr = {lr} }}")
    stderr = refused(
        runner,
        path,
        f"causes.pinched_nerve.evidence[0].lr: x{float(lr):g} is not a likelihood ratio a "
        "finding has (0.001 to 1000): check for a typo",
    )
    assert "would mean" not in stderr  # one fault, one line


@pytest.mark.parametrize("alert", ["0.001", "0.0005"])
def test_an_alert_the_prior_already_reaches_is_refused(
    tmp_path: Path, runner: CliRunner, alert: str
) -> None:
    path = broken(
        tmp_path,
        "alert = 0.03\nserious = true\nprior = 0.001\n",
        f"alert = {alert}\nserious = true\nprior = 0.001\n",
    )
    refused(
        runner,
        path,
        f"causes.spinal_infection.alert: alert {float(alert):g} is at or below the prior 0.001: "
        "every person would reach it with no answers at all",
    )


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            SEVERE,
            SEVERE + ",\n  " + SEVERE,
            "causes.spinal_infection.evidence[10].when: the same condition as evidence[9]",
        ),
        (  # the same condition written in another order
            "{ when = { upper_abdominal_pain = true, severity = { min = 7 } }, lr = 3.0,",
            "{ when = { severity = { min = 7 }, upper_abdominal_pain = true }, lr = 2.0 },\n  "
            "{ when = { upper_abdominal_pain = true, severity = { min = 7 } }, lr = 3.0,",
            "causes.pancreatitis.evidence[3].when: the same condition as evidence[2]",
        ),
    ],
)
def test_one_condition_twice_in_a_cause_is_refused(
    tmp_path: Path, runner: CliRunner, old: str, new: str, fault: str
) -> None:
    """The clinical brief: one answer never counts twice for the same cause."""
    path = broken(tmp_path, old, new)
    refused(runner, path, f"{fault}: one fact counted twice for this cause (give it one row)")


def test_a_row_a_frequency_overrides_is_refused(tmp_path: Path, runner: CliRunner) -> None:
    """The spinal infection gives how often it is getting worse (p = 0.6): a ratio row on the
    same question was skipped without a word, whatever it said."""
    path = broken(tmp_path, SEVERE, SEVERE + ",\n  { when = { getting_worse = true }, lr = 40.0 }")
    stderr = refused(
        runner,
        path,
        "causes.spinal_infection.evidence[10]: frequencies give this question for this cause; "
        "this row is not used",
    )
    assert "would mean" not in stderr  # the frequency, not the row, is what counts


SIGN = 'id = "sudden_severe_at_risk"\nlevel = "emergency"\ncauses = ["aortic_dissection", '
SIGN += '"heart_attack"]\nwhen = { onset = "sudden", severity = { min = 7 } }'
NOT_CANCER = "{ age = { min = 50 } }, { weight_loss = true }, { duration_days = { min = 30 } } ]"
LASTING = "when = { duration_days = { min = 42 } }"
NO_SEVERITY = "no answer to 'severity' passes: it takes 0 to 10"


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            SEVERE,
            SEVERE.replace("min = 7", "min = 11"),
            f"causes.spinal_infection.evidence[9].when.severity: {NO_SEVERITY}",
        ),
        (
            SEVERE,
            SEVERE.replace("min = 7", "min = 8, max = 3"),  # said so (twenty-fourth session)
            "causes.spinal_infection.evidence[9].when.severity: min 8 is above max 3: swap them?",
        ),
        (
            SIGN,
            SIGN.replace("min = 7", "min = 70"),
            f"warning_signs.sudden_severe_at_risk.when.severity: {NO_SEVERITY}",
        ),
        (
            NOT_CANCER,
            NOT_CANCER.replace("min = 50", "min = 500"),
            "causes.spinal_cancer.evidence[5].when.count.of[0].age: no answer to 'age' passes: "
            "it takes 0 to 120",
        ),
        (
            LASTING,
            LASTING.replace("min = 42", "min = 42, max = 7"),
            "advice.relief[6].when.duration_days: min 42 is above max 7: swap them?",
        ),
    ],
)
def test_a_range_no_answer_meets_is_refused(
    tmp_path: Path, runner: CliRunner, old: str, new: str, fault: str
) -> None:
    """`{ min = 11 }` on a 0-10 scale, or min above max, is a rule that never holds: in a cause,
    a combined rule, a warning sign or a line of advice alike."""
    refused(runner, broken(tmp_path, old, new), fault)


def test_priors_that_leave_the_leak_less_than_its_share_are_refused(
    tmp_path: Path, runner: CliRunner
) -> None:
    """The leak ("something not in this table") is held at 5% at least: with priors adding up
    to more than 0.95, every cause would start below the prior written for it."""
    path = broken(tmp_path, "prior = 0.30\n", "prior = 0.40\n")  # poor posture
    # Their sum read from the TOML, so that a cause added to the table moves it (a maintainer
    # who added one saw this test fail on a figure written here: 0.9825).
    total = sum(c["prior"] for c in tomllib.loads(SHIPPED)["causes"].values()) + 0.10
    assert total > 0.95
    refused(
        runner,
        path,
        f"causes: the causes' priors add up to {total:.4g}: at most 0.95, so that 'something "
        "not in this table' keeps 5% at least",
    )


@pytest.mark.parametrize("mark", ["202e", "2066", "200f", "061c"])
def test_text_that_displays_in_another_order_is_refused(
    tmp_path: Path, runner: CliRunner, mark: str
) -> None:
    """A right-to-left override shows "Call an ambulance" text reversed, or hides what the text
    says (the "Trojan Source" trick): refused like other control characters, and shown
    escaped, never as itself."""
    path = broken(tmp_path, 'name = "Shingles"', f'name = "Shingles\\u{mark}"')
    stderr = refused(runner, path, f"causes.shingles.name: control character '\\u{mark}' in text")
    assert chr(int(mark, 16)) not in stderr


@pytest.mark.parametrize(("mark", "shown"), [("200b", "\\u200b"), ("00ad", "\\xad")])
def test_an_invisible_character_is_refused_so_no_check_can_be_dodged(
    tmp_path: Path, runner: CliRunner, mark: str, shown: str
) -> None:
    """A tester wrote "You can stay\u200b at home" into an urgent result's advice: the zero-width
    space hid the words from the check that refuses reassurance at urgent (a soft hyphen did
    too). Invisible characters are refused like control characters."""
    old = "Stop what you are doing and sit or lie down"
    path = broken(
        tmp_path, old, "Stop what you are doing and sit or lie" + chr(int(mark, 16)) + " down"
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert f"while_waiting[0]: control character '{shown}' in text" in result.stderr
    assert chr(int(mark, 16)) not in result.stderr


PNEUMOTHORAX_BREATHLESS = "{ when = { shortness_of_breath = true }, p = 0.64, basis = "


@pytest.mark.parametrize(
    ("new", "fault"),
    [
        (
            "{ when = { shortness_of_breath = true }, p = 0.99999, basis = ",
            "frequencies[0].p: 0.99999 is surer than any finding: at most 0.98",
        ),
        (
            "{ when = { shortness_of_breath = true }, p = 0.00001, basis = ",
            "frequencies[0].p: 1e-05 against this question's background 0.04 makes a 'yes' "
            "x0.00025, not a likelihood ratio a finding has (0.001 to 1000)",
        ),
        (
            '{ when = { shortness_of_breath = true }, p = 0.2, basis = "x" },\n  '
            + PNEUMOTHORAX_BREATHLESS,
            "frequencies[1].when: frequencies[0] gives 'shortness_of_breath' already: give it once",
        ),
    ],
)
def test_a_frequency_the_engine_would_not_use_as_written_is_refused(
    tmp_path: Path, runner: CliRunner, new: str, fault: str
) -> None:
    """A second clinician tester: p = 0.99999 for the collapsed lung's breathlessness passed and
    made a "no" a 100,000-fold rule-out; two frequencies on one question passed and only the
    last counted."""
    path = broken(tmp_path, PNEUMOTHORAX_BREATHLESS, new)
    refused(runner, path, "causes.pneumothorax." + fault)


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        (
            "background = 0.05\n",
            'background = "0.05"\n',
            "background: must be a number, got '0.05'",
        ),
        ("serious = true\n", 'serious = "yes"\n', "serious: must be true or false, got 'yes'"),
        ("min = 0\n", 'min = "0"\n', "min: must be a whole number, got '0'"),
        (
            "shortness_of_breath = true }, p = 0.64,",
            'shortness_of_breath = true }, p = "0.64",',
            "frequencies[0].p: must be a number, got '0.64'",
        ),
    ],
)
def test_a_number_or_yes_no_written_in_another_form_is_refused(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """A second clinician tester: background = "0.05", p = "0.64", serious = "yes" and min = "0"
    all validated (a lenient reading took them); `serious = "no"` then read as eight signs
    naming a cause that is not serious, never the real fault."""
    path = broken(tmp_path, old, new)
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


def test_two_causes_of_one_name_are_refused(tmp_path: Path) -> None:
    """A cause copied under a new id with its name unchanged listed "Food pipe problem" twice,
    with the same reasons, on one screen."""
    path = broken(tmp_path, 'name = "Shingles"', 'name = "Herniated (slipped) disc"')
    assert_listed(
        path,
        "causes.shingles.name: the same name as causes.herniated_disc: a person could not "
        "tell the two apart",
    )


def test_a_misspelt_family_gets_a_did_you_mean(tmp_path: Path, runner: CliRunner) -> None:
    path = broken(tmp_path, 'family = "muscle_strain"', 'family = "muscle_strian"')
    refused(
        runner,
        path,
        "causes.poor_posture.family: unknown family 'muscle_strian' (did you mean "
        "'muscle_strain'?)",
    )


def test_the_shipped_table_edited_and_run_before_compiling_must_bump_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """A maintainer changed shingles' prior and ran `tspain check` before compiling: the result
    named the shipped version with other numbers (two tables, one `rules_version`). The run is
    refused until the version changes, and then runs from the TOML."""
    table = shipped_copy(tmp_path, monkeypatch)
    version = load_table().version
    edited = SHIPPED.replace("lr = 6.0 }", "lr = 5.0 }", 1)
    assert edited != SHIPPED
    table.write_text(edited, encoding="utf-8")
    answers = '{"age": 40, "rash": true}'
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=answers)
    assert result.exit_code == 2, result.output
    assert f"version: the table changed since {version} was compiled" in result.stderr
    line = edited.splitlines().index(f'version = "{version}"') + 1  # as validate says it
    assert f"{table}:{line}: version:" in result.stderr  # no line (a scripter, 27th session)
    table.write_text(edited.replace(version, version + "1", 1), encoding="utf-8")
    result = runner.invoke(app, ["check", "--answers", "-", "--json"], input=answers)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["rules_version"] == version + "1"


@pytest.mark.parametrize(
    ("rash", "shown", "not_shown"),
    [
        (False, "if one appears, say so when you are seen", "keep the rash clean"),
        (True, "keep the rash clean", "if one appears"),
        (None, "keep the rash clean", "if one appears"),  # unknown: the rash's care stays
    ],
)
def test_shingles_care_while_waiting_follows_what_was_said_of_the_rash(
    table: RuleTable, rash: bool | None, shown: str, not_shown: str
) -> None:
    """A GP's review (twentieth session): band-like pain on one side with no rash (shingles
    before its rash, URGENT) was told to keep the rash clean and soothe it. A `meanwhile` line
    may now be conditional; with no rash the person is told the rash may follow, and why to
    say so (NHS shingles: antivirals within 3 days)."""
    from tspain.engine import assess

    answers: dict[str, Answer] = {
        "age": 68, "sex": "female", "onset": "gradual", "duration_days": 2,
        "pain_location": "band_around_chest", "severity": 6, "injury": "none",
    }  # fmt: skip
    if rash is not None:
        answers["rash"] = rash
    result = assess(table, answers)
    assert result.triage.level == "urgent"
    waiting = " ".join(result.while_waiting)
    assert shown in waiting and not_shown not in waiting, waiting


def test_a_meanwhile_line_s_condition_is_validated(tmp_path: Path) -> None:
    old = '{ text = "Paracetamol can ease the pain.", when = { rash = false } }'
    path = broken(tmp_path, old, old.replace("rash = false", "rashes = false"))
    found = problems(path)
    assert any(
        p.startswith("causes.shingles.meanwhile[4].when.rashes: unknown question") for p in found
    ), found


def test_a_see_a_doctor_line_is_not_said_of_what_was_answered_yes(table: RuleTable) -> None:
    """A GP's review (twentieth session): a girl of 14 who said she has a visible curve was
    told "see a doctor if you see a curve". The scoliosis line is left out when it is said."""
    from tspain.engine import assess

    answers: dict[str, Answer] = {
        "age": 14, "sex": "female", "onset": "gradual", "duration_days": 60,
        "pain_location": "one_side", "severity": 3, "injury": "none",
        "family_history_scoliosis": True,
    }  # fmt: skip
    said = assess(table, {**answers, "visible_curve_or_uneven_shoulders": True})
    assert said.triage.level == "routine"  # the curve's own sign
    assert not [line for line in said.see_a_doctor_if if "curve" in line], said.see_a_doctor_if
    unknown = assess(table, answers).see_a_doctor_if  # the safety net stays
    assert [line for line in unknown if "curve" in line], unknown


def test_an_edit_undone_with_git_is_told_to_restore_the_compiled_form_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A maintainer bumped to a new version, compiled, then undid the TOML with git: every
    command refused with "older than ... the version last compiled", and nothing said that the
    compiled form beside it needed undoing too (a table maintainer, twenty-first session)."""
    import re

    from tspain.compiled_form import compiled_path
    from tspain.loading import compiled_text

    table = shipped_copy(tmp_path, monkeypatch)
    before = table.read_text(encoding="utf-8")
    newer = re.sub(r'(?m)^version = ".*"$', 'version = "2099.01.01.1"', before)
    table.write_text(newer.replace("lr = 6.0 }", "lr = 5.0 }", 1), encoding="utf-8")
    compiled_path(table).write_text(compiled_text(table), encoding="utf-8")  # compiled
    table.write_text(before, encoding="utf-8")  # git checkout -- data/causes.toml
    with pytest.raises(TableError) as err:
        load_table()
    assert "restore causes.json beside it too, or give a newer version" in str(err.value)


def test_a_yes_no_question_needs_a_short(tmp_path: Path) -> None:
    """A maintainer-tester's new yes/no question without `short` validated, and the report to
    a doctor then listed it by its whole question, "...?" (twenty-first session)."""
    path = broken(tmp_path, 'type = "yesno"\nshort = "Cough"\n', 'type = "yesno"\n')
    assert "questions.cough.short: give a short: a report lists the answer by it" in problems(path)


def test_a_paper_cited_by_author_and_year_alone_is_in_the_sources(tmp_path: Path) -> None:
    """ "Jones 2018: rib joint pain" as a row's basis passed without Jones in the sources, where
    "Jones, Spine 2018" was caught (a maintainer-tester, twenty-fourth session)."""
    row = "{ when = { sedentary_or_desk_work = false }, lr = 0.4 }"
    path = broken(tmp_path, row, row[:-2] + ', basis = "Jones 2018: rib joint pain" }')
    fault = "causes.poor_posture.sources: a basis cites a paper by Jones: list it in sources"
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


@pytest.mark.parametrize(
    ("basis", "name"),
    [
        ("Müller et al., BMJ 2019", "Müller"),
        ("Ødegård & Berg, Spine 2015", "Ødegård"),
        ("Ñúñez 2001: desk work", "Ñúñez"),
        ("Östlund and Berg, Pain 2012", "Östlund"),
    ],
)
def test_a_paper_by_an_author_with_an_accent_is_in_the_sources(
    tmp_path: Path, basis: str, name: str
) -> None:
    """ "Müller et al., BMJ 2019" and "Ødegård et al." passed unlisted: only plain letters
    were read as a name (a scripter, thirtieth session)."""
    row = "{ when = { sedentary_or_desk_work = false }, lr = 0.4 }"
    path = broken(tmp_path, row, row[:-2] + f', basis = "{basis}" }}')
    fault = f"causes.poor_posture.sources: a basis cites a paper by {name}: list it in sources"
    assert any(p.endswith(fault) for p in problems(path)), problems(path)


def test_a_windows_checkout_keeps_the_line_ends_the_compiled_table_is_bound_to() -> None:
    """Git for Windows converts line ends by default (core.autocrlf=true): a clone's table and
    code then differed from the bytes causes.json was compiled from, `pip install .` failed and
    every command refused the table (a scripter, twenty-ninth session). The repository says
    LF for every text file."""
    import shutil
    import subprocess

    root = Path(__file__).resolve().parents[1]
    if shutil.which("git") is None or not (root / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist)")
    files = ["data/causes.toml", "data/causes.json", "data/i18n/es/table.toml"]
    files += ["src/tspain/safety.py", "src/tspain/safety_contract.py"]
    said = subprocess.run(
        ["git", "check-attr", "eol", "--", *files], cwd=root, capture_output=True, text=True
    ).stdout.splitlines()
    assert said == [f"{f}: eol: lf" for f in files], said


def test_compiling_reads_the_table_s_bytes_as_the_run_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m tspain.loading` read the table as text (CRLF became LF), saw its version
    unchanged, and compiled a changed table under it; `validate` and the run read bytes and
    refused it (a scripter, twenty-ninth session)."""
    from tspain import loading
    from tspain.compiled_form import compiled_path

    shipped = default_table_path()
    copy = tmp_path / "data"
    copy.mkdir()
    (copy / "causes.toml").write_bytes(shipped.read_bytes().replace(b"\n", b"\r\n"))
    (copy / "causes.json").write_bytes(compiled_path(shipped).read_bytes())
    monkeypatch.setattr(loading, "default_table_path", lambda: copy / "causes.toml")
    assert loading.main([]) == 1  # the version must change: nothing compiled
    assert (copy / "causes.json").read_bytes() == compiled_path(shipped).read_bytes()


@pytest.mark.parametrize(
    ("lr", "said"), [("inf", "a finite number, not inf"), ("nan", "positive, not nan")]
)
def test_an_infinite_likelihood_ratio_is_not_said_to_be_not_positive(
    tmp_path: Path, lr: str, said: str
) -> None:
    """`lr = inf` was "must be positive, not inf", and inf is positive (a scripter, thirtieth
    session). Checked both ways a table is read: typed, and straight from its TOML when another
    fault stops the typing."""
    row = "{ when = { sedentary_or_desk_work = false }, lr = 0.4 }"
    path = broken(tmp_path, row, row.replace("0.4", lr))
    assert any(p.endswith(f".lr: a likelihood ratio must be {said}") for p in problems(path))
    text = path.read_text(encoding="utf-8").replace(
        "[causes.shingles]\nname = ", "[causes.shingles]\nnom = ", 1
    )
    path.write_text(text, encoding="utf-8")
    assert any(p.endswith(f".lr: a likelihood ratio must be {said}") for p in problems(path))
