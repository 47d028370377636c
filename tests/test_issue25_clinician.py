"""Issue 25, point 8: the clinician's commands. Each test here failed before its fix."""

from __future__ import annotations

from pathlib import Path

from conftest import make_runner

from tspain.cli import app
from tspain.paths import default_table_path


def copy(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = default_table_path().read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "copy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_takes_rules_after_the_command_too(tmp_path: Path) -> None:
    path = copy(tmp_path)
    result = make_runner().invoke(app, ["validate", "--rules", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}: valid" in result.stdout


def test_two_mistakes_are_two_problems_and_a_sign_is_named_by_its_id(tmp_path: Path) -> None:
    path = copy(
        tmp_path,
        ('type = "yesno"\nchecklist = "urgent"', 'type = "yes-no"\nchecklist = "urgent"'),
        ('when = { injury = "major" }\n', 'when = { injury = "serious" }\n'),
    )
    result = make_runner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "2 problem(s) found." in result.stderr, result.stderr
    assert "warning_signs.major_trauma.when.injury: 'injury' has no option 'serious'" in (
        result.stderr
    )
    assert "[13]" not in result.stderr


def test_causes_finds_a_cause_by_a_word_of_its_name_or_description() -> None:
    result = make_runner().invoke(app, ["causes", "aorta"])
    assert "aortic_dissection" in result.stderr + result.stdout
    assert "heart_attack" not in result.stderr


def test_a_cause_in_full_lists_what_its_frequencies_say_too() -> None:
    # The brief's key features (section 3): tearing pain for a torn aorta, chest pain for the
    # heart, worsening pain for an infection. The table gives each as how often a person with
    # the cause says "yes" (`frequencies`), not as a row; the page lists them all the same.
    for cid, feature in (
        ("aortic_dissection", "the pain feels tearing or ripping"),
        ("aortic_dissection", "you have chest pain or pressure"),
        ("heart_attack", "you have chest pain or pressure"),
        ("spinal_infection", "the pain is getting worse"),
    ):
        out = make_runner().invoke(app, ["causes", cid]).stdout
        points = " ".join(out.split("What points to it")[1].split("What helps")[0].split())
        assert feature in points, (cid, points)
    # A factor that hardly moves a cause is not listed as pointing to it
    out = make_runner().invoke(app, ["causes", "poor_posture"]).stdout
    assert "not worse at night" not in " ".join(out.split()), out


def test_a_cause_in_full_is_said_without_jargon() -> None:
    out = make_runner().invoke(app, ["causes", "aortic_dissection"]).stdout
    flat = " ".join(out.split())
    assert "brief section" not in flat
    assert "at least 3 of the 3" not in flat
    assert flat.count("the pain began suddenly") == 1
    # A combined rule with a row on each side is one line, not two
    spa = make_runner().invoke(app, ["causes", "axial_spondyloarthritis"]).stdout
    assert " ".join(spa.split()).count("features of inflammatory back pain") == 1
    assert "ADD-RS" not in flat  # a score's name means nothing to the person reading


def test_no_cause_page_names_a_question_by_its_id() -> None:
    """A range on a number reads as the person would say it ("you are 50 or more", "you have
    had the pain for 30 or more days"), in each language: never "duration_days 30 or more".
    The ids are read from the TOML, so a new question is checked too."""
    import tomllib

    ids = tomllib.loads(default_table_path().read_text(encoding="utf-8"))["questions"]
    words = [q for q in ids if "_" in q or q == "severity"]
    for lang in ("en", "es"):
        for cid in tomllib.loads(default_table_path().read_text(encoding="utf-8"))["causes"]:
            out = make_runner().invoke(app, ["--lang", lang, "causes", cid]).stdout
            assert not [q for q in words if q in out], (lang, cid)
    page = make_runner().invoke(app, ["causes", "spinal_cancer"]).stdout
    flat = " ".join(page.split())
    assert "you have had the pain for 30 or more days" in flat
    assert "you are 50 or more" in flat
    page = make_runner().invoke(app, ["--lang", "es", "causes", "aortic_dissection"]).stdout
    assert "valora el dolor en 7 o más de 10" in " ".join(page.split())
