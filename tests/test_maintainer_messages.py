"""What a maintainer editing the table was told, or not told, by `tspain validate` (issue 24,
sixteenth session: the fifteenth session's maintainer list): each fault is one line at the
place written in the TOML, with the word meant, and a condition that can never matter is
refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_table import SHIPPED, broken, problems
from typer.testing import CliRunner

from tspain.cli import app
from tspain.loading import TableError, load_table

INJURY_LINE = 'when = { injury = ["minor", "major"] } },'
"""The shipped general relief line shown after an injury."""


def test_a_misspelt_when_on_an_advice_line_is_one_line_with_the_word_meant(
    tmp_path: Path, runner: CliRunner
) -> None:
    """It was two lines naming pydantic's union members (`relief[5].str: Input should be a
    valid string, got {...}` and `relief[5].Conditional.wen: unknown field`), no "did you
    mean"."""
    path = broken(tmp_path, INJURY_LINE, INJURY_LINE.replace("when", "wen"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    faults = [line for line in result.output.splitlines() if str(path) in line]
    edited = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(edited, start=1) if "wen = {" in line)
    assert faults == [
        f"{path}:{at}: advice.relief[5].wen: unknown field (not part of the rule-table format; "
        "did you mean 'when'?)"
    ], result.output


def test_an_advice_line_that_is_neither_text_nor_a_table_says_what_it_may_be(
    tmp_path: Path,
) -> None:
    line = next(x for x in SHIPPED.splitlines() if x.endswith(INJURY_LINE))
    found = problems(broken(tmp_path, line, "  5,"))
    assert found == [
        'advice.relief[5]: must be a text, or { text = "...", when = { ... } }, got 5'
    ], found


def test_a_key_set_twice_is_named_with_its_line(tmp_path: Path) -> None:
    """tomllib says only "Cannot overwrite a value (at line 1369, column 6)"."""
    path = broken(tmp_path, "prior = 0.001\n", "prior = 0.001\nprior = 0.002\n")
    line = SHIPPED[: SHIPPED.index("prior = 0.001\n")].count("\n") + 2
    said = f"TOML syntax error: 'prior' is set twice in the same table (line {line}): keep one"
    assert problems(path) == [said]
    # and at its line, for an editor and for `validate --json` (it had none: a
    # maintainer-tester, twenty-fifth session)
    with pytest.raises(TableError) as err:
        load_table(path)
    assert err.value.lines == {said: line}
    # the last line set twice, with no line break after it, had no key and no line (a
    # scripter, thirty-eighth session)
    last = SHIPPED.rstrip("\n").count("\n") + 2
    path.write_text(SHIPPED.rstrip("\n") + "\nprior = 0.3", encoding="utf-8")
    said = f"TOML syntax error: 'prior' is set twice in the same table (line {last}): keep one"
    with pytest.raises(TableError) as err:
        load_table(path)
    assert err.value.problems == [said] and err.value.lines == {said: last}


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        ('text = "Did the pain start after an injury?"', 'text = "Did the pain start after an injury?',
         "a text's closing quote is missing"),
        ('type = "choice"', "type = choice", 'a value is a number, true or false, a "quoted text"'),
        # a physio's decimal comma and pasted quotes (twenty-fourth session)
        ("{ when = { sedentary_or_desk_work = false }, lr = 0.4 },",
         "{ when = { sedentary_or_desk_work = false }, lr = 0,4 },",
         "a decimal is written with a point (2.5, not 2,5)"),
        ('name = "Slipped disc or pinched nerve"', "name = \u201cSlipped disc or pinched nerve\u201d",
         'quotes must be straight ("), not curly'),
    ],
)  # fmt: skip
def test_a_toml_syntax_error_says_what_is_usually_wrong_and_shows_the_line(
    tmp_path: Path, old: str, new: str, hint: str
) -> None:
    """tomllib says only "Invalid value (at line 351, column 8)": a maintainer counted lines."""
    path = broken(tmp_path, old, new)
    line = SHIPPED[: SHIPPED.index(old)].count("\n") + 1
    (said,) = problems(path)
    assert said.startswith("TOML syntax error: ") and f"(at line {line}, column" in said
    assert hint in said and said.endswith(f"; line {line} reads: {new}")


ROW = "{ when = { sedentary_or_desk_work = false }, lr = 0.4 },"


@pytest.mark.parametrize(
    ("new", "at", "hint"),
    [
        (ROW.removesuffix(","), 1, "a comma is missing at the end of line {line}"),
        (ROW.replace("lr = 0.4 }", "lr = 0.4, }"), 0, "no comma before the } that closes a"),
        (ROW.replace("lr = 0.4 },", "lr = 0.4 ,"), 0, "the { on this line is not closed"),
    ],
)
def test_a_row_s_comma_or_brace_slip_is_named(tmp_path: Path, new: str, at: int, hint: str) -> None:
    """tomllib's "Unclosed array" at the next row, and "Invalid initial character for a key
    part", for a comma left out after a row, one before its }, and a } left out (a
    maintainer-tester, twenty-fifth session)."""
    assert SHIPPED.count(ROW) == 1
    path = broken(tmp_path, ROW, new)
    line = SHIPPED[: SHIPPED.index(ROW)].count("\n") + 1
    (said,) = problems(path)
    assert f"(at line {line + at}, column" in said, said
    assert hint.replace("{line}", str(line)) in said, said


def test_a_list_left_open_is_named_where_it_opened(tmp_path: Path) -> None:
    """A maintainer deleted the ] closing shingles' `meanwhile` list: tomllib blamed the next
    key's line ("Invalid value (at line 1609, column 1)"), which was right. A key met while a
    [ or { is still open names the line that opened it; texts and comments holding brackets
    are not counted."""
    old = '  { text = "Paracetamol can ease the pain.", when = { rash = false } },\n]\n'
    path = broken(tmp_path, old, old.removesuffix("]\n"))
    opened = SHIPPED[: SHIPPED.index(old)].count("\n")  # `meanwhile = [`, five lines above
    assert SHIPPED.splitlines()[opened - 5] == "meanwhile = ["
    (said,) = problems(path)
    assert f": the [ opened on line {opened - 4} is not closed before this line; " in said, said
    assert said.endswith("reads: prevention = [")


def test_a_one_line_list_left_open_before_a_header_is_named_where_it_opened(
    tmp_path: Path,
) -> None:
    """A scripter took the ] off a one-line `see_a_doctor_if = ["..."]` (thirty-eighth
    session): "a comma is missing at the end of line 1700", and the comma added gave another
    error. The header met while the [ is open names the line that opened it."""
    line = next(
        x for x in SHIPPED.splitlines() if x.startswith('see_a_doctor_if = ["a painful rash')
    )
    assert line.endswith('"]')
    path = broken(tmp_path, line + "\n", line.removesuffix("]") + "\n")
    opened = SHIPPED[: SHIPPED.index(line)].count("\n") + 1
    (said,) = problems(path)
    assert f": the [ opened on line {opened} is not closed before this line; " in said, said
    assert "comma" not in said, said


def test_brackets_in_texts_and_comments_open_nothing() -> None:
    from tspain.toml_text import _still_open

    lines = ['a = "a [ in a text"  # and a { in a comment', "b = 'x [ \\'", 'c = """', "[", '"""']
    assert _still_open(lines) is None
    assert _still_open([*lines, "d = [", '  "e",']) == ("[", 6)
    assert _still_open(['f = { g = "\\"[" ']) == ("{", 1)


def test_a_combined_condition_that_always_holds_is_refused(tmp_path: Path) -> None:
    """`min = 0` with no max holds for any answers: the pain-medicine line would be hidden
    from everyone."""
    path = broken(
        tmp_path, 'min = 1, about = "reasons to avoid', 'min = 0, about = "reasons to avoid'
    )
    found = problems(path)
    assert found == [
        "advice.relief[2].unless.count: holds whatever is answered: from 0 to 3 of them hold"
    ], found


def test_a_line_whose_unless_holds_whenever_its_when_does_is_refused(tmp_path: Path) -> None:
    never = 'when = { injury = "minor" }, unless = { injury = ["minor", "major"] } },'
    assert problems(broken(tmp_path, INJURY_LINE, never)) == [
        "advice.relief[5]: this line can never show: whenever `when` holds, `unless` holds too"
    ]
    days = "when = { duration_days = { min = 42 } } },"
    later = "when = { duration_days = { min = 42 } }, unless = { duration_days = { min = 30 } } },"
    assert problems(broken(tmp_path, days, later)) == [
        "advice.relief[6]: this line can never show: whenever `when` holds, `unless` holds too"
    ]


def test_an_unless_that_leaves_some_answers_is_valid(tmp_path: Path, runner: CliRunner) -> None:
    """Shown after a major injury, hidden after a minor one: a line that can show."""
    path = broken(tmp_path, INJURY_LINE, INJURY_LINE[:-3] + ', unless = { injury = "minor" } },')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_an_upper_bound_reads_as_at_most(runner: CliRunner) -> None:
    """Scoliosis's row `age = { max = 19 }` read "you are up to 19"."""
    result = runner.invoke(app, ["causes", "scoliosis"])
    assert result.exit_code == 0, result.output
    assert "you are at most 19 (x3)" in result.output, result.output


def test_a_sign_whose_unless_holds_whenever_its_when_does_is_refused(tmp_path: Path) -> None:
    """Refused as a fault of the table, not only as unsafe: `--allow-unsafe-table` does not
    let a sign that can never fire through."""
    from test_safety import _unless

    path = tmp_path / "causes.toml"
    unless = "{ iv_drug_use_or_immunosuppressed = true }"
    path.write_text(_unless(SHIPPED, "fever_with_weak_immunity", unless), encoding="utf-8")
    assert (
        "warning_signs.fever_with_weak_immunity: this sign can never show: whenever `when` "
        "holds, `unless` holds too"
    ) in problems(path)


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ("min = 1, about", 'min = "one", about', ".count.min: a whole number, got 'one'"),
        ("min = 1, about", "min = 1.0, about", ".count.min: a whole number, got 1.0"),
        (
            "min = 1, about",
            "mn = 1, about",
            ".count.mn: unknown key (did you mean 'min'?); a combined condition is",
        ),
        (
            ', about = "reasons to avoid ibuprofen (upper tummy pain, regular anti-inflammatory '
            'painkillers, blood thinners)"',
            "",
            ".count.about: say in words what the listed conditions are: missing",
        ),
    ],
)
def test_a_bad_part_of_a_combined_condition_is_named(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """Each was one line repeating the whole format and the whole condition."""
    found = problems(broken(tmp_path, old, new))
    assert len(found) == 1 and found[0].startswith("advice.relief["), found
    assert fault in found[0], found


def test_an_option_in_an_advice_line_s_condition_is_not_a_text_to_translate(
    tmp_path: Path,
) -> None:
    """validate asked for a translation of 'minor' (an option id in the line's `when`), and
    given one ("leve"), the Spanish line tested an answer no one can give: it never showed."""
    import dataclasses

    from tspain import i18n
    from tspain.engine import assess
    from tspain.loading import load_table

    line = "After a minor strain, a warm pack for 15 minutes can ease the spasm."
    new = f'{INJURY_LINE}\n  {{ text = "{line}", when = {{ injury = "minor" }} }},'
    table = load_table(broken(tmp_path, INJURY_LINE, new))
    assert line in i18n.table_texts(table)
    assert "minor" not in i18n.table_texts(table)
    spanish = i18n.read("es")
    spanish = dataclasses.replace(
        spanish, table={**spanish.table, "minor": "leve", line: "Tras una distensión leve ..."}
    )
    shown = i18n.translated_table(table, spanish)
    person = {"injury": "minor", "age": 30, "severity": 3, "onset": "gradual"}
    assert "Tras una distensión leve ..." in assess(shown, person, spanish).self_care


def test_a_warning_sign_or_checklist_at_self_care_is_refused(tmp_path: Path) -> None:
    """A sign at self-care was accepted and gave "self_care" as its reason; a checklist at
    self-care was refused with a message at odds with the misspelt-level one."""
    path = broken(
        tmp_path, 'id = "night_pain"\nlevel = "urgent"', 'id = "night_pain"\nlevel = "self_care"'
    )
    assert problems(path) == [
        "warning_signs.night_pain.level: must be one of routine, urgent, emergency, got 'self_care'"
    ]


@pytest.mark.parametrize(
    ("basis", "fault"),
    [
        ("Kurata, Am J Med 1997: ulcers are more common in smokers", "a paper by Kurata"),
        ("Kurata and Nogawa 1997: ulcers are more common in smokers", "a paper by Kurata"),
        ("x", "say where the number comes from"),
        ("ulcers are more common in smokers", "say where the number comes from"),
    ],
)
def test_a_basis_says_where_its_number_comes_from(tmp_path: Path, basis: str, fault: str) -> None:
    """Only "et al." and "&" citations were checked against `sources`, and a basis of "x"
    passed (a maintainer, sixteenth session)."""
    old = 'basis = "estimate: ulcers are more common in smokers (NHS)"'
    found = problems(broken(tmp_path, old, f'basis = "{basis}"'))
    assert len(found) == 1 and found[0].startswith("causes.stomach_ulcer."), found
    assert fault in found[0], found


def test_a_says_that_is_neither_text_nor_a_table_is_one_line(tmp_path: Path) -> None:
    """`says = 5` gave `says.str: ...` and `says.dict[str,str]: ...`, counted as two faults."""
    start = SHIPPED.index("[questions.fever]")
    old = SHIPPED[
        SHIPPED.index("says = ", start) : SHIPPED.index("\n", SHIPPED.index("says = ", start))
    ]
    assert problems(broken(tmp_path, old, "says = 5")) == [
        "questions.fever.says: must be a text, or a table of texts, got 5"
    ]


@pytest.mark.parametrize(
    ("field", "text", "phrase"),
    [
        ("why", "Usually muscular, nothing to worry about: stay at home.", "stay at home"),
        ("short", "Fever, chills, or feeling hot and shivery: Don\u2019t worry", "don't worry"),
    ],
)
def test_an_emergency_or_urgent_item_s_why_and_curly_apostrophes_are_read_too(
    tmp_path: Path, field: str, text: str, phrase: str
) -> None:
    """A regression hunter: a reassuring `why` (shown at "?") passed, and so did "Don't worry"
    typed with a curly apostrophe (U+2019)."""
    start = SHIPPED.index("[questions.fever]")
    at = SHIPPED.index(f"\n{field} = ", start) + 1
    old = SHIPPED[at : SHIPPED.index("\n", at)]
    found = problems(broken(tmp_path, old, f'{field} = "{text}"'))
    line = next(p for p in found if f"safety: questions.fever.{field} must not reassure (" in p)
    assert repr(phrase) in line.split("):")[0]  # each phrase is named on the text's one line


def test_a_quoted_key_set_twice_is_named_without_its_quotes(tmp_path: Path) -> None:
    path = broken(tmp_path, "prior = 0.001\n", 'prior = 0.001\n"prior" = 0.002\n')
    assert problems(path)[0].startswith("TOML syntax error: 'prior' is set twice")


def test_the_command_to_list_a_table_s_faults_can_be_pasted(
    tmp_path: Path, runner: CliRunner
) -> None:
    """A path with a space or a ";" was printed bare in "`tspain validate PATH` lists them"."""
    folder = tmp_path / "my dir"
    folder.mkdir()
    path = folder / "x;y.toml"
    path.write_text(SHIPPED.replace("prior = ", "prior = -", 5), "utf-8")
    result = runner.invoke(app, ["--rules", str(path), "check", "--answers", "-"], input="{}")
    assert f"`tspain validate '{path}'` lists them" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ("alert = 0.6\n", 'alert = "60%"\n', ".alert: must be a number, got '60%'"),
        ("prior = 0.001\n", "prior = 1.0\n", ".prior: prior must be above 0 and below 1, not 1"),
        (
            'when = { injury = ["minor", "major"] } }',
            'when = { injury = ["minor", "minor"] } }',
            "advice.relief[5].when.injury: 'minor' is listed twice",
        ),
        # "Input should be a valid integer, got a number with a fractional part, got 0.5" (a
        # maintainer-tester, thirty-fourth session)
        ("min = 0\nmax = 10\n", "min = 0.5\nmax = 10\n", ".min: must be a whole number, got 0.5"),
    ],
)
def test_a_maintainer_s_slip_is_said_in_their_words(
    tmp_path: Path, old: str, new: str, fault: str
) -> None:
    """Pydantic's "Input should be a valid number, unable to parse string as a number";
    "between 0 and 1, not 1.0" for 1; a repeated option passed (a maintainer, sixteenth
    session)."""
    found = problems(broken(tmp_path, old, new))
    assert len(found) == 1 and found[0].endswith(fault), found


def test_a_misspelt_question_in_a_sign_is_not_also_told_to_give_a_short(tmp_path: Path) -> None:
    old = "when = { pain_tearing_or_ripping = true }"
    found = problems(broken(tmp_path, old, "when = { pain_tearing_ripping = true }"))
    assert found[0].endswith(
        "unknown question 'pain_tearing_ripping' (did you mean 'pain_tearing_or_ripping'?)"
    )
    assert not [
        p for p in found if p.endswith("give a short (or test one checklist question that has one)")
    ]


def test_a_fault_found_twice_is_said_once(tmp_path: Path) -> None:
    """An empty `source` on a sign was listed twice."""
    at = SHIPPED.index('id = "night_pain"')
    end = SHIPPED.index("\n", SHIPPED.index("\nsource = ", at) + 1)
    old = SHIPPED[at:end]
    new = old[: old.index("\nsource = ")] + '\nsource = ""'
    found = problems(broken(tmp_path, old, new))
    assert found.count("warning_signs.night_pain.source: must not be empty") == 1, found


def test_a_version_that_is_no_date_is_refused(tmp_path: Path) -> None:
    """ "2019.02.30.1" was accepted: the README asks for the edit's date. Said as no such date,
    not "is not YYYY.MM.DD.N", which it is (a maintainer-tester, thirty-ninth session)."""
    version = SHIPPED.split('version = "', 1)[1].split('"', 1)[0]
    found = problems(broken(tmp_path, f'version = "{version}"', 'version = "2019.02.30.1"'))
    assert found == ["version: '2019.02.30.1' has no such date (the edit's date, then a number)"]


def test_compiling_a_changed_table_under_its_old_version_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A maintainer changed one `lr`, compiled, and results named the old version for a new
    table."""
    from tspain import loading

    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    assert loading.main([]) == 0
    capsys.readouterr()
    path.write_text(SHIPPED.replace("prior = 0.001\n", "prior = 0.0011\n", 1), encoding="utf-8")
    assert loading.main([]) == 1
    said = capsys.readouterr().err
    assert "the table changed since" in said
    version = SHIPPED.split('version = "', 1)[1].split('"', 1)[0]
    line = SHIPPED.splitlines().index(f'version = "{version}"') + 1
    assert said.startswith(f"{path}:{line}: version:"), said  # at its line (twenty-seventh)
    bumped = SHIPPED.replace("prior = 0.001\n", "prior = 0.0011\n", 1)
    path.write_text(bumped.replace(version, version + "1", 1), encoding="utf-8")
    assert loading.main([]) == 0


def test_a_renamed_question_in_a_named_list_is_said_at_the_list(tmp_path: Path) -> None:
    """Renaming night_sweats gave 23 lines, one per rule the list is spliced into, none at the
    list, each with "did you mean 'weight_loss'"; then one at each list and rule, each telling
    the maintainer to spread the new name (twenty-fifth session). It is one line, at the
    header renamed."""
    found = problems(broken(tmp_path, "[questions.night_sweats]", "[questions.sweats_at_night]"))
    assert found == [
        "questions.sweats_at_night: 3 rules read 'night_sweats', which is not in the table: was "
        "[questions.night_sweats] renamed [questions.sweats_at_night] here? An id is never "
        "renamed (docs/interface.md): give it back its name"
    ], found


def test_a_misspelt_section_beside_the_right_one_gets_the_word_meant(tmp_path: Path) -> None:
    """`[cause.shingles]` said only "unknown field": a "did you mean" was given only when the
    table had no `causes` of its own."""
    found = problems(broken(tmp_path, "[causes.shingles]", "[cause.shingles]"))
    assert found == [
        "cause: unknown field (not part of the rule-table format): did you mean 'causes', "
        "which is there too? Put this under it"
    ], found


def test_the_spanish_refusal_names_the_table_to_validate(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--rules COPY --lang es check` said "`tspain --lang es validate` lists them", which checked
    the shipped table and said valid (a newcomer, sixteenth session)."""
    # the urgent action untranslated: every emergency and urgent text is fixed in English
    # (thirty-first session), so the Spanish catalogue in use lacks its translation instead
    from test_catalogue_checks import _urgent_action_untranslated

    _urgent_action_untranslated(tmp_path, monkeypatch)
    path = tmp_path / "copy.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    result = runner.invoke(
        app, ["--rules", str(path), "--lang", "es", "check", "--answers", "-"], input="{}"
    )
    assert result.exit_code == 2
    assert f"`tspain --lang es validate {path}` lists them" in result.stderr, result.stderr
    listed = runner.invoke(app, ["--lang", "es", "validate", str(path)])
    # said as untranslated, not as an English text that lost its Spanish words (a scripter,
    # twenty-eighth session: "must keep 'cita', got 'Book an appointment ...'")
    assert listed.exit_code == 1 and "levels.urgent.action has no translation" in listed.output


def test_validate_says_a_changed_table_needs_a_new_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, runner: CliRunner
) -> None:
    """validate said only "run python -m tspain.loading", which then refused for the version."""
    from tspain import loading

    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    monkeypatch.setattr("tspain.paths.default_table_path", lambda: path)
    assert loading.main([]) == 0
    path.write_text(SHIPPED.replace("prior = 0.001\n", "prior = 0.0011\n", 1), encoding="utf-8")
    assert "the table changed since" in " ".join(loading.compiled_problems(path))


def test_compiling_says_the_line_of_each_fault_as_validate_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m tspain.loading` gave "causes.toml: causes.x.evidence[0].lr: ..." where
    `validate` gave "causes.toml:1263: ..." (a table maintainer, twenty-first session)."""
    from tspain import loading

    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace("lr = 6.0 }", "lr = -6.0 }", 1), encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    assert loading.main([]) == 1
    err = capsys.readouterr().err
    line = 1 + SHIPPED[: SHIPPED.index("lr = 6.0 }")].count("\n")
    assert f"{path}:{line}: causes." in err, err


def test_a_header_declared_twice_says_both_lines(tmp_path: Path) -> None:
    """tomllib says "Cannot declare ('causes', 'poor_posture') twice (at line 1848, column
    21)": its own words, and not where the first one is (a table maintainer, twenty-first
    session)."""
    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED + '\n[causes.poor_posture]\nname = "x"\n', encoding="utf-8")
    first = SHIPPED.splitlines().index("[causes.poor_posture]") + 1
    again = SHIPPED.count("\n") + 2
    assert problems(path) == [
        f"TOML syntax error: [causes.poor_posture] is declared on line {first} and again on "
        f"line {again}: keep one"
    ]


def test_a_duplicate_sign_id_points_at_the_sign_that_repeats_it(tmp_path: Path) -> None:
    """It pointed at the first sign of that id, not the one just added (a table maintainer,
    twenty-first session)."""
    from tspain.toml_lines import problem_line

    text = SHIPPED.replace('id = "tearing_pain"', 'id = "chest_pain"', 1)
    second = text.splitlines().index(
        'id = "chest_pain"', text.splitlines().index('id = "chest_pain"') + 1
    )
    problem = "warning_signs.chest_pain.id: duplicate warning sign id 'chest_pain' (signs 1 and 2)"
    assert problem_line(problem, text) == second + 1
    assert problem_line("warning_signs.chest_pain.level: must be a level", text) < second + 1


@pytest.mark.parametrize(
    ("new", "fault"),
    [
        (
            "{ when = { age = { min = 60, max = 30 } }, lr = 1.3 }",
            "causes.herniated_disc.evidence[7].when.age: min 60 is above max 30: swap them?",
        ),
    ],
)
def test_a_range_written_backwards_is_said_so(tmp_path: Path, new: str, fault: str) -> None:
    """`{ min = 60, max = 40 }` said "no answer to 'age' passes: it takes 0 to 120" (a
    maintainer-tester, twenty-fourth session). A row with lr = 1 stays valid: it says the
    finding is in the cause's picture and weighs nothing (`outside_picture`)."""
    found = problems(broken(tmp_path, "{ when = { age = { min = 30, max = 60 } }, lr = 1.3 }", new))
    assert found == [fault], found


def test_a_renamed_question_is_suggested_by_the_word_its_old_id_was() -> None:
    """[questions.fever] renamed fever_or_chills: every rule reading "fever" said "did you mean
    'severity'?" (a maintainer-tester, twenty-fourth session)."""
    from tspain.condition_checks import near_hint

    known = ["severity", "fever_or_chills", "age", "night_sweats", "weight_loss"]
    assert near_hint("fever", known) == " (did you mean 'fever_or_chills'?)"
    assert near_hint("sweats_at_night", known) == " (did you mean 'night_sweats'?)"
    assert near_hint("fevr", ["fever", "severity"]) == " (did you mean 'fever'?)"


@pytest.mark.parametrize(
    ("field", "typo"), [("sources", "source"), ("prior_basis", "prior_bassis")]
)
def test_a_misspelt_required_field_is_one_problem_not_two(
    tmp_path: Path, field: str, typo: str
) -> None:
    """`source = [...]` for `sources` gave "sources: missing (required)" first, without a line,
    and then "source: unknown field ... did you mean 'sources'?" (a maintainer-tester,
    twenty-fourth session): one fault, said once, where it is."""
    start = SHIPPED.index("[causes.stomach_ulcer]")
    at = SHIPPED.index(f"\n{field} = ", start)
    path = tmp_path / "typo.toml"
    path.write_text(SHIPPED[:at] + f"\n{typo} = " + SHIPPED[at + len(f"\n{field} = ") :], "utf-8")
    assert problems(path) == [
        f"causes.stomach_ulcer.{typo}: unknown field (not part of the rule-table format; did you "
        f"mean '{field}'?)"
    ]


def test_an_entry_written_as_one_table_says_how_entries_are_written(tmp_path: Path) -> None:
    """`[warning_signs]` for `[[warning_signs]]` was "Cannot overwrite a value (at line 688,
    column 16); line 688 reads: [[warning_signs]]", the next sign's line (a maintainer-tester,
    twenty-fourth session)."""
    first = SHIPPED.index("[[warning_signs]]")
    at = SHIPPED.index("[[warning_signs]]", first + 5)
    path = tmp_path / "one.toml"
    path.write_text(
        SHIPPED[:at] + "[warning_signs]" + SHIPPED[at + len("[[warning_signs]]") :], "utf-8"
    )
    line = SHIPPED[:at].count("\n") + 1
    (said,) = problems(path)
    assert said.startswith(
        f"TOML syntax error: [warning_signs] (at line {line}, column 1) is one table: each entry "
        "is written [[warning_signs]], as on line"
    ), said


def test_a_question_on_a_list_cannot_be_asked_only_when(tmp_path: Path) -> None:
    """`asked_when = { fever = true }` on the chest-pain question validated; an answers file with
    chest pain and no fever was then an input error, exit 2 and no result, while the list gave
    the question to everyone (a scripter, twenty-ninth session)."""
    head = 'type = "yesno"\nchecklist = "emergency"\nshort = "Chest pain'
    path = broken(
        tmp_path, head, head.replace("checklist", "asked_when = { fever = true }\nchecklist")
    )
    assert problems(path) == [
        "questions.chest_pain_or_pressure.asked_when: a question on the emergency list is asked "
        "of everyone, so it cannot have `asked_when`: take it off the list, or take "
        "`asked_when` out",
        # and since the thirtieth session the safety contract says what it does to the sign
        "safety: warning sign chest_pain (chest_pain_or_pressure = yes) must give emergency or "
        "higher, but chest_pain_or_pressure = yes is asked only when fever = yes: with fever "
        "= no it is refused",
    ]


def test_a_question_renamed_far_from_its_spelling_is_said_at_its_own_header(
    tmp_path: Path,
) -> None:
    """`[questions.chest_pain]` for chest_pain_or_pressure was said to be high_blood_pressure
    renamed, at that question's line: the id spelt nearest, not the one nothing reads (a
    scripter, twenty-ninth session)."""
    found = problems(
        broken(tmp_path, "[questions.chest_pain_or_pressure]", "[questions.chest_pain]")
    )
    assert any(
        p.startswith("questions.chest_pain: 13 rules read 'chest_pain_or_pressure'")
        and "renamed [questions.chest_pain] here?" in p
        for p in found
    ), found
    assert not any("high_blood_pressure" in p for p in found), found


def test_a_version_number_with_a_leading_zero_is_refused(tmp_path: Path) -> None:
    """ "2026.12.06.059" passed as newer than ".59", and results named it: numerically the old
    version on a changed table (a scripter, twenty-ninth session)."""
    version = SHIPPED.split('version = "', 1)[1].split('"', 1)[0]
    day, number = version.rsplit(".", 1)
    zeroed = f"{day}.0{number}"
    found = problems(broken(tmp_path, f'version = "{version}"', f'version = "{zeroed}"'))
    assert f"version: '{zeroed}' is not YYYY.MM.DD.N (the edit's date, then a number)" in found


def test_a_parsed_toml_text_changed_by_its_reader_is_not_changed_for_the_next() -> None:
    """The parse cache hands out copies: a reader that splices lists into its document (as
    loading does) must not change what the next reader of the same text gets (a code reviewer,
    twenty-ninth session: taking the copy out failed no test)."""
    from tspain.toml_text import parsed

    data = b"[a]\nb = [1, 2]\n"
    first = parsed(data)[1]
    first["a"]["b"].append(3)
    first["c"] = 1
    assert parsed(data)[1] == {"a": {"b": [1, 2]}}


def test_a_renamed_cause_is_said_at_its_new_header(tmp_path: Path) -> None:
    """`[causes.shingles]` renamed `[causes.herpes_zoster]` was "causes.shingles: missing" with
    no line, where a renamed question is said at its header (a scripter, thirtieth session)."""
    from conftest import make_runner

    path = broken(tmp_path, "[causes.shingles]", "[causes.herpes_zoster]")
    line = path.read_text(encoding="utf-8").splitlines().index("[causes.herpes_zoster]") + 1
    result = make_runner().invoke(app, ["validate", str(path)])
    assert result.stderr.splitlines()[0] == (
        f"{path}:{line}: causes.herpes_zoster: was [causes.shingles] renamed "
        "[causes.herpes_zoster] here? an id is never renamed or removed (docs/interface.md)"
    )


def test_compiling_a_version_dated_after_today_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`version = "2099.01.01.1"` compiled, and every correctly dated version after it was then
    refused as older (a maintainer-tester, thirty-fourth session)."""
    from tspain import loading

    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    assert loading.main([]) == 0
    capsys.readouterr()
    version = SHIPPED.split('version = "', 1)[1].split('"', 1)[0]
    changed = SHIPPED.replace("prior = 0.001\n", "prior = 0.0011\n", 1)
    path.write_text(changed.replace(version, "2099.01.01.1", 1), encoding="utf-8")
    assert loading.main([]) == 1
    assert "version: 2099.01.01.1 is dated after today" in capsys.readouterr().err


def test_compiling_a_version_dated_after_today_with_no_compiled_form_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no compiled form beside it, "2099.01.01.1" compiled, and nothing could follow it
    (a regression hunter, thirty-fourth session)."""
    from tspain import loading

    version = SHIPPED.split('version = "', 1)[1].split('"', 1)[0]
    path = tmp_path / "causes.toml"
    path.write_text(SHIPPED.replace(version, "2099.01.01.1", 1), encoding="utf-8")
    monkeypatch.setattr(loading, "default_table_path", lambda: path)
    assert loading.main([]) == 1
    assert "version: 2099.01.01.1 is dated after today" in capsys.readouterr().err
    assert not (tmp_path / "causes.json").exists()


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            '  { text = "Stand up, move and stretch every 30 minutes when sitting.", unless = '
            "{ sedentary_or_desk_work = false } },\n",
            '  { text = "Stand up, move and stretch every 30 minutes when sitting.", unless = '
            "{ sedentary_or_desk_work = false } },\n"
            '  "Take 400 mg of ibuprofen three times a day.",\n',
            "causes.poor_posture.self_care[1] gives a dose",
        ),
        (
            'name = "Spinal infection (abscess)"',
            'name = "Spinal infection (abscess) [bold red]now[/bold red]"',
            "causes.spinal_infection.name is fixed",
        ),
    ],
    ids=["dose-in-self-care", "fixed-cause-name"],
)
def test_a_cause_s_text_fault_is_said_at_its_line(
    tmp_path: Path, runner: CliRunner, old: str, new: str, said: str
) -> None:
    """A dose added to a cause's self-care was "causes.poor_posture.self_care gives a dose" with
    no line and no item, and a serious cause's changed name had no line in `validate --json`
    (a maintainer-tester, thirty-ninth session): each is said at the line that holds it."""
    import json

    path = broken(tmp_path, old, new)
    lines = path.read_text().splitlines()
    line = next(n for n, t in enumerate(lines, 1) if "400 mg" in t or "[bold red]" in t)
    done = runner.invoke(app, ["validate", "--json", str(path)])
    out = json.loads(done.stdout)
    at = [n for p, n in zip(out["problems"], out["lines"], strict=True) if said in p]
    assert at == [line], (out, line)


def test_questions_asked_only_after_each_other_are_refused(tmp_path: Path) -> None:
    """Two questions each asked only when the other is yes validated, and a yes to one was then
    saved as a yes to the other, a finding nobody gave (a scripter, fortieth session)."""
    path = tmp_path / "causes.toml"
    path.write_text(
        SHIPPED.replace(
            "[questions.better_with_exercise]\n",
            "[questions.better_with_exercise]\nasked_when = { eased_leaning_forward = true }\n",
        ).replace(
            "[questions.eased_leaning_forward]\n",
            "[questions.eased_leaning_forward]\nasked_when = { better_with_exercise = true }\n",
        ),
        encoding="utf-8",
    )
    circle = "`asked_when` goes round in a circle ({}): each is asked only after a yes to another"
    said = problems(path)
    assert len(said) == 2
    assert said[0].startswith(
        "questions.better_with_exercise.asked_when.eased_leaning_forward: "
        + circle.format(
            "'better_with_exercise' -> 'eased_leaning_forward' -> 'better_with_exercise'"
        )
    )
    assert said[1].startswith(
        "questions.eased_leaning_forward.asked_when.better_with_exercise: "
        + circle.format(
            "'eased_leaning_forward' -> 'better_with_exercise' -> 'eased_leaning_forward'"
        )
    )


def test_a_contract_case_that_is_no_sign_of_the_table_says_so_and_has_a_line(
    tmp_path: Path, runner: CliRunner
) -> None:
    """Lowering the coughing-blood sign first said "warning sign pleuritic_coughing_blood ...",
    an id found nowhere in the table, with no line (`null` in --json): a maintainer searched
    for it (a scripter, fortieth session). It says what it is, at its first question's line."""
    old = 'id = "coughing_blood"\nlevel = "emergency"'
    path = broken(tmp_path, old, old.replace("emergency", "urgent"))
    done = runner.invoke(app, ["validate", "--json", str(path)])
    report = json.loads(done.stdout)
    first = report["problems"][0]
    assert first.startswith(
        "safety: warning sign pleuritic_coughing_blood (pain_worse_breathing_in = yes, "
        "coughing_blood = yes; a case of the safety contract, not a sign of the table) must give"
    )
    lines = SHIPPED.splitlines()
    assert lines[report["lines"][0] - 1] == "[questions.pain_worse_breathing_in]"
