"""Issue 26 point 2: an edited Spanish catalogue is not trusted blindly. `tspain validate`
rejects each tampered catalogue with one line per problem, and running tspain in Spanish with
one is a one-line error, never a traceback and never a result that says the wrong thing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests_support import runner_result

from tspain import i18n

I18N = i18n.i18n_dir()
EMERGENCY_ES = (
    "Llame ahora al número de emergencias de su país (112 en España y Europa; 911 en México y "
    "EE. UU.) y pida una ambulancia. No vaya al hospital conduciendo su propio vehículo."
)

TAMPERED: dict[str, tuple[str, str, str]] = {
    # name: (file, old text, new text)
    # the heart attack named a harmless strain in Spanish, shown under "cannot be ruled out" of
    # a chest-pain emergency (a maintainer-tester, thirty-third session)
    "reassuring_cause_name": (
        "table.toml",
        'es = "Infarto (ataque al corazón) o angina de pecho"',
        'es = "Tirón muscular en el pecho (sin importancia)"',
    ),
    # the emergency list's chest-pain item narrowed, and the self-care safety net made a GP's
    # appointment (a maintainer-tester's English edits, thirty-second session, in Spanish)
    "narrowed_chest_item": (
        "table.toml",
        'es = "Dolor o presión en el pecho, o dolor que se extiende al brazo, la mandíbula o el '
        'cuello"',
        'es = "Dolor en el pecho desde hace más de una semana, que duele al apretar"',
    ),
    # a second maintainer-tester: the sudden-severe-pain sign's short form made its opposite
    "sign_short_made_its_opposite": (
        "table.toml",
        'es = "Dolor que empezó de repente y es fuerte (7 o más de 10)"',
        'es = "Dolor que empezó de repente tras un accidente grave (7 o más de 10)"',
    ),
    "emergency_heading_narrowed": (
        "interface.toml",
        "o la ha tenido desde que empezó el dolor?",
        "o la ha tenido durante más de una semana seguida?",
    ),
    "safety_net_made_an_appointment": (
        "table.toml",
        "llame a una ambulancia; fiebre o entumecimiento",
        "pida cita con su médico de cabecera; fiebre o entumecimiento",
    ),
    "stay_home": (
        "table.toml",
        f'es = "{EMERGENCY_ES}"',
        'es = "Quédese en casa (112; 911 en América). No pasa nada."',
    ),
    "yes_in_no_words": ("interface.toml", 'no = ["n", "no",', 'no = ["sí", "n", "no",'),
    # A maintainer-tester: "{respuesta} días" was listed by validate, but `--lang es check`
    # ran and showed it to the person as is.
    "placeholder_in_table": (
        "table.toml",
        'es = "tiene el dolor desde hace {answer} días"',
        'es = "tiene el dolor desde hace {respuesta} días"',
    ),
    "wrong_placeholder": (
        "interface.toml",
        'es = "se guardó {what} en {path}"',
        'es = "se guardó {what} en {pregunta}"',
    ),
    "stray_brace": (
        "interface.toml",
        'es = "{path} ya existe: ¿quiere reemplazarlo?"',
        'es = "{path} ya existe: ¿quiere { reemplazarlo?"',
    ),
    "escape_in_table": ("table.toml", 'es = "EMERGENCIA"', 'es = "\\u001bcEMERGENCIA"'),
    "escape_in_interface": ("interface.toml", 'es = "sí"', 'es = "s\\u001b[2Jí"'),
    # a right-to-left override: the path would show reversed ("Trojan Source")
    "reversed_in_interface": (
        "interface.toml",
        'es = "se guardó {what} en {path}"',
        'es = "se guardó {what} en \\u202e{path}"',
    ),
    # a scripter, thirtieth session: each validated, and "1 2" at the emergency list saved
    # both items as no; "dos" was item 0, none
    **{
        f"{name}_in_none_words": (
            "interface.toml",
            'none = ["0", "ninguno",',
            f'none = ["0", "{word}", "ninguno",',
        )
        for name, word in (("yes", "sí"), ("all", "todos"), ("numbers", "1 2"))
    },
    # a scripter, thirtieth session: both validated and were shown
    "chest_pain_not_a_heart_attack": (
        "table.toml",
        'es = "El dolor o la presión en el pecho, o el dolor que se extiende al brazo, la '
        'mandíbula o el cuello, puede ser un infarto (ataque al corazón)."',
        'es = "El dolor en el pecho casi siempre viene de un músculo cansado y se alivia '
        'descansando un rato; no es un infarto."',
    ),
    "urgent_in_a_fortnight": (
        "table.toml",
        'es = "Vea a un médico hoy: su médico de familia ese mismo día,',
        'es = "Vea a un médico hoy o, si lo prefiere, dentro de quince días: su médico de '
        "familia ese mismo día,",
    ),
    # a maintainer-tester, thirtieth session: each validated; "2" at the emergency list was
    # none, and "sí" to chest pain ended the questions with the pain uncounted
    **{
        f"option_number_{name}": (
            "interface.toml",
            "[answers.option_numbers]\ncero = 0",
            f"[answers.option_numbers]\ncero = 0\n{key} = 0",
        )
        for name, key in (("digit", '"2"'), ("phrase", '"me duele el pecho"'), ("word", "pecho"))
    },
    "yes_is_done": ("interface.toml", 'done = ["q",', 'done = ["q", "sí",'),
    **{
        f"severity_{name}": ("interface.toml", "leve = 3", f"leve = {value}")
        for name, value in (("in_words", '"tres"'), ("fraction", "1.5"), ("above_10", "11"))
    },
    "misspelt_option_id": ("interface.toml", 'sudden = ["de repente"', 'suden = ["de repente"'),
    "serious_label_on_minor": (
        "table.toml",
        'es = "Una leve: un resbalón, levantar algo mal, hacer demasiado ejercicio"',
        'es = "Un accidente grave: un resbalón, levantar algo mal, hacer demasiado ejercicio"',
    ),
    "days_below_0": ("interface.toml", "ayer = 1", "ayer = -5"),
    "two_is_none": (
        "interface.toml",
        "[answers.option_numbers]\ncero = 0\nuno = 1\nuna = 1\ndos = 2",
        "[answers.option_numbers]\ncero = 0\nuno = 1\nuna = 1\ndos = 0",
    ),
}


def _catalogues_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped catalogues, read in their place for this test."""
    copy = tmp_path / "i18n"
    shutil.copytree(I18N, copy)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: copy)
    return copy


@pytest.fixture
def tampered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> str:
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    name: str = request.param
    file, old, new = TAMPERED[name]
    path = copy / "es" / file
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")
    return name


@pytest.mark.parametrize("tampered", sorted(TAMPERED), indirect=True)
def test_validate_rejects_each_tampered_catalogue(tampered: str) -> None:
    code, stdout, stderr = runner_result(["validate"])
    assert code == 1, (tampered, stdout, stderr)
    problems = [line for line in stderr.splitlines() if "data/i18n/es/" in line]
    assert len(problems) >= 1, stderr
    assert "\x1b" not in stderr and "\u202e" not in stderr and "Traceback" not in stderr


@pytest.mark.parametrize("tampered", sorted(TAMPERED), indirect=True)
def test_spanish_with_a_tampered_catalogue_is_one_line_never_a_wrong_result(tampered: str) -> None:
    code, stdout, stderr = runner_result(
        ["--lang", "es", "check", "--answers", "-", "--json"],
        json.dumps({"chest_pain_or_pressure": True}),
    )
    assert code == 2 and stdout == "", (tampered, stdout)
    # the chest pain's ambulance first, in English, since the fortieth session (a language
    # refused said only its fault to a person with chest pain: a scripter), then one line
    ambulance = "EMERGENCY: Call an ambulance now (999, 112 or 911). Do not drive yourself.\n"
    assert stderr.startswith(ambulance), stderr
    fault = stderr.splitlines()[-1]
    assert stderr.count("\n") == 3 and fault.startswith("tspain: error:"), stderr
    assert "\x1b" not in stderr and "\u202e" not in stderr
    # the person is told how to get a result (only the maintainer's line: 33rd session)
    assert stderr.rstrip().endswith("`--lang en` gives the result in English meanwhile"), stderr


def test_the_shipped_catalogues_pass() -> None:
    code, stdout, stderr = runner_result(["validate"])
    assert code == 0, stderr
    code, stdout, _ = runner_result(
        ["--lang", "es", "check", "--answers", "-", "--json"],
        json.dumps({"chest_pain_or_pressure": True}),
    )
    assert code == 0 and "ambulancia" in json.loads(stdout)["triage"]["action"]


def test_a_catalogue_that_cannot_be_read_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clinician wrote `esp =` for `es =` in table.toml: validate printed the fault twice and
    counted 2 problems (two checks read the same file)."""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / "table.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('es = "EMERGENCIA"', 'esp = "EMERGENCIA"', 1), "utf-8")
    code, _, stderr = runner_result(["validate"])
    assert code == 1
    faults = [line for line in stderr.splitlines() if "needs the strings 'en' and 'es'" in line]
    assert len(faults) == 1, stderr
    assert stderr.endswith("1 problem(s) found.\n")


URGENT_ACTION = (
    "See a doctor today: your GP the same day, urgent care, or a nurse line such as 111."
)


def _urgent_action_untranslated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Spanish catalogue in use without the urgent action's translation. (A reworded
    action in an edited table did this until the thirty-first session, when every emergency
    and urgent text became part of the safety contract: `fixed_texts.FIXED_TEXTS`.)"""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / "table.toml"
    text = path.read_text("utf-8")
    entry = f'[[text]]\nen = "{URGENT_ACTION}"\n'
    start = text.index(entry)
    end = text.index("\n\n", start) + 2
    path.write_text(text[:start] + text[end:], "utf-8")


def test_an_untranslated_urgent_text_is_refused_by_the_api_as_by_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A code reviewer: `--lang es check` refused (the emergency action had no Spanish), while
    `tspain.assess(..., language="es")` answered with "Call an ambulance now" among Spanish
    texts."""
    import tspain

    _urgent_action_untranslated(tmp_path, monkeypatch)
    with pytest.raises(tspain.LanguageError, match=r"levels\.urgent\.action") as refused:
        tspain.assess({"fever": True}, language="es")
    # It points to the command that lists them ("tspain validate" alone said "valid").
    assert "`tspain --lang es validate` lists them" in str(refused.value)
    with pytest.raises(tspain.LanguageError):
        tspain.questions(language="es")
    assert tspain.assess({"fever": True}).triage.label == "URGENT"  # in English, as it was


def test_validate_in_spanish_lists_what_spanish_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _urgent_action_untranslated(tmp_path, monkeypatch)
    code, _, said = runner_result(["--lang", "es", "validate"])
    assert code == 1 and "levels.urgent.action" in said


@pytest.mark.parametrize(  # a fault with its line, one in the interface, one of a level
    "tampered", ["placeholder_in_table", "stray_brace", "stay_home"], indirect=True
)
def test_validate_json_places_a_translation_s_fault_in_its_catalogue(tampered: str) -> None:
    """`validate --json` gave a translation's fault the table's path and a null line, its
    line only inside the message (a scripter, twenty-sixth session). `files` names each
    fault's file; a line known is the line holding the edit."""
    code, stdout, _ = runner_result(["validate", "--json"])
    data = json.loads(stdout)
    assert code == 1 and len(data["files"]) == len(data["problems"]) == len(data["lines"])
    file, _, new = TAMPERED[tampered]
    placed = [
        (path, line)
        for problem, path, line in zip(data["problems"], data["files"], data["lines"], strict=True)
        if "data/i18n/es/" in problem
    ]
    assert placed, data
    for path, line in placed:
        assert Path(path) == i18n.i18n_dir() / "es" / file, (path, file)
        if line is not None:
            assert new in Path(path).read_text("utf-8").splitlines()[line - 1], (tampered, line)


def test_every_fault_of_a_catalogue_s_entries_is_listed_each_at_its_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A duplicated Spanish entry was the only fault `validate` named, the stale and missing
    ones hidden behind it, and `--json` gave it the table's file and a null line (a scripter,
    twenty-seventh session)."""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / "table.toml"
    text = path.read_text("utf-8")
    first = text.index("[[text]]")
    second = text.index("[[text]]", first + 1)
    duplicate = text[first:second]
    text += "\n" + duplicate + '\n[[text]]\nen = "No longer in the table"\nes = "Ya no está"\n'
    path.write_text(text, "utf-8")
    lines = text.splitlines()
    heads = [n for n, line in enumerate(lines, 1) if line == "[[text]]"]
    code, out, _ = runner_result(["validate", "--json"])
    assert code == 1
    said = json.loads(out)
    assert len(said["problems"]) == 2, said["problems"]
    assert f"translates the same English as line {heads[0]}" in said["problems"][0]
    assert "stale translation" in said["problems"][1]
    assert said["files"] == [str(path), str(path)]
    assert said["lines"] == [heads[-2], heads[-1] + 1]  # the entry; the stale one's `en` line


def test_a_duplicate_after_an_entry_without_its_strings_names_the_first_entry_s_line(
    tmp_path: Path,
) -> None:
    """An entry missing its translation shifted the line a duplicate was said to repeat ("same
    English as line 31" for an entry at line 35: a code reviewer, twenty-seventh session)."""
    path = tmp_path / "table.toml"
    path.write_text(
        '[[text]]\nen = "A"\nes = "a"\n\n[[text]]\nen = "B"\n\n'
        '[[text]]\nen = "C"\nes = "c"\n\n[[text]]\nen = "C"\nes = "cc"\n',
        encoding="utf-8",
    )
    from tspain.catalogue_files import entries_and_faults

    _, faults, named = entries_and_faults(path, "es")
    assert faults == [
        f"{path}:5: this [[text]] needs the strings 'en' and 'es'",
        f"{path}:12: this [[text]] translates the same English as line 8",
    ]
    assert named == {"B"}


@pytest.mark.parametrize("blank", ['es = ""', 'es = " "'])
def test_an_empty_translation_is_shown_in_english_and_named_by_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    """A blank translation of chest pain showed a blank item 2 at the emergency list, or its id,
    and `check` ran on (a scripter, twenty-ninth session). It is shown in English, said to be
    untranslated, and `validate` names it."""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / "table.toml"
    old = 'es = "Dolor o presión en el pecho, o dolor que se extiende al brazo, la mandíbula o el cuello"'
    path.write_text(path.read_text("utf-8").replace(old, blank), "utf-8")
    code, stdout, stderr = runner_result(["--lang", "es", "check", "--interactive"], "q\n")
    assert code == 0, stderr
    item = next(line for line in (stdout + stderr).splitlines() if line.strip().startswith("2."))
    assert "Chest pain or pressure" in item, item
    code, _, stderr = runner_result(["validate"])
    assert code == 1 and "the translation is empty" in stderr, stderr


def test_a_header_with_a_comment_keeps_each_entry_s_line(tmp_path: Path) -> None:
    """ "[[text]]  # level label" shifted every later entry's fault to the next entry's line
    (a scripter, twenty-ninth session)."""
    from tspain.catalogue_files import entries_and_faults

    path = tmp_path / "table.toml"
    path.write_text(
        '[[text]]  # a comment\nen = "A"\nes = "a"\n\n[[ text ]]\nen = "B"\n', encoding="utf-8"
    )
    assert entries_and_faults(path, "es")[1] == [
        f"{path}:5: this [[text]] needs the strings 'en' and 'es'"
    ]


def test_validate_through_a_link_to_the_shipped_table_checks_its_compiled_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tspain validate shipped.toml`, a link to data/causes.toml, said valid with causes.json
    edited by hand: it looked for shipped.json beside the link (a scripter, 29th session)."""
    from tspain import loading, paths

    data = tmp_path / "data"
    shutil.copytree(paths.default_table_path().parent, data)
    for module in (paths, loading, i18n):  # the shipped table is this copy
        monkeypatch.setattr(module, "default_table_path", lambda: data / "causes.toml")
    compiled = data / "causes.json"
    edited = compiled.read_text("utf-8").replace('"emergency"', '"routine"', 1)
    compiled.write_text(edited, "utf-8")  # by hand: its digest no longer binds it
    link = tmp_path / "shipped.toml"
    link.symlink_to(data / "causes.toml")
    code, _, stderr = runner_result(["validate", str(link)])
    assert code == 1 and "causes.json" in stderr, stderr


def test_validate_of_a_copy_in_a_language_that_cannot_be_read_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tspain --lang es validate mine.toml` said valid while `--lang es --rules mine.toml check`
    refused the broken catalogue and said "`tspain validate` lists them" (a scripter,
    twenty-ninth session)."""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / "interface.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("{ids}", "{idz}", 1), "utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_bytes(i18n.default_table_path().read_bytes())
    code, _, stderr = runner_result(["--lang", "es", "--rules", str(mine), "check"], "")
    assert code == 2 and "placeholders differ" in stderr, stderr
    code, _, stderr = runner_result(["--lang", "es", "validate", str(mine)])
    assert code == 1 and "placeholders differ" in stderr, stderr


@pytest.mark.parametrize(
    ("file", "old", "new", "said"),
    [
        ("table.toml", 'es = "EMERGENCIA"\n', 'es = "EMERGENCIA DESCARTADA"\n', "emergency.label"),
        ("table.toml", 'es = "URGENTE"\n', 'es = "POCO URGENTE"\n', "urgent.label"),
        (
            "interface.toml",
            'major = ["caí", "cai", "caída", "caida", "accidente de coche", "accidente de tráfico", ',
            'major = ["caí", "cai", "caída", "caida", ',
            "options.major must keep 'accidente de coche'",
        ),
    ],
)
def test_a_spanish_catalogue_that_lowers_a_level_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, old: str, new: str, said: str
) -> None:
    """ "EMERGENCIA DESCARTADA", "POCO URGENTE", and a car crash moved to the minor injury's
    words each validated, and a car crash typed was read as minor: VEA PRONTO A UN MÉDICO (a
    scripter, thirty-first session)."""
    code, stderr = _validated_in_spanish(tmp_path, monkeypatch, file, old, new)
    assert code == 1 and said in stderr, stderr


@pytest.mark.parametrize(
    ("file", "old", "new", "said"),
    [
        (
            "interface.toml",
            'es = "Si tiene alguna de las señales de emergencia indicadas arriba: llame ahora a una '
            'ambulancia. "',
            'es = "Si tiene alguna de las señales de emergencia indicadas arriba, no hace falta '
            'llamar: pida cita con su médico mañana. "',
            "is fixed by the safety contract (it says to call an ambulance, or heads a serious result)",
        ),
        (
            "interface.toml",
            'minor = ["caí", ',
            'minor = ["tuve un choque", "caí", ',
            "'choque'",
        ),
    ],
)
def test_a_spanish_catalogue_that_puts_off_the_call_or_takes_crash_words_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, old: str, new: str, said: str
) -> None:
    """Both validated and were shown or read (a code reviewer, thirty-first session): the
    interface's call sentences were checked for their placeholders alone, and a crash word was
    refused among the minor injury's words only as a word of its own."""
    code, stderr = _validated_in_spanish(tmp_path, monkeypatch, file, old, new)
    assert code == 1 and said in stderr, stderr


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("hoy = 0\n", "hoy = 2\n", "answers.days.hoy: means 0"),
        ("insoportable = 10\n", "insoportable = 2\n", "answers.severity.insoportable: means 10"),
        ('no = ["n", "no", ', 'no = ["un poco", "n", "no", ', "'un poco' does not say no"),
        # a maintainer-tester, thirty-fourth session: "casi no" (hardly) read as a plain no
        ('no = ["n", "no", ', 'no = ["casi no", "n", "no", ', "'casi no' does not say no"),
        ('no = ["n", "no", ', 'no = ["no del todo", "n", "no", ', "'no del todo' does not say"),
        ('no = ["n", "no", ', 'no = ["no, apenas", "n", "no", ', "'no, apenas' does not say no"),
        ('yes = ["s", "sí", ', 'yes = ["Nunca", "s", "sí", ', "'nunca' listed as both yes and no"),
    ],
)
def test_a_spanish_word_that_changes_what_a_sign_reads_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, said: str
) -> None:
    """ "hoy" as 2 days lost a cold sweat's ambulance on the day it began, "insoportable" as 2
    out of 10 a severe pain's, "un poco" among the no-words a tight chest: each catalogue
    validated (a maintainer-tester, thirty-first session)."""
    code, stderr = _validated_in_spanish(tmp_path, monkeypatch, "interface.toml", old, new)
    assert code == 1 and said in stderr, stderr


def _validated_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, old: str, new: str
) -> tuple[int, str]:
    """`tspain --lang es validate` with a copy of the Spanish catalogue, `old` made `new` in
    `file`: the exit code and what it said on stderr."""
    copy = _catalogues_in_use(tmp_path, monkeypatch)
    path = copy / "es" / file
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")
    code, _, stderr = runner_result(["--lang", "es", "validate"])
    return code, stderr


def test_a_strong_no_that_holds_a_hedge_s_word_is_a_no_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "ni mucho menos" (not at all) was refused for its "mucho" (a regression hunter,
    thirty-fourth session)."""
    old, new = 'no = ["n", "no", ', 'no = ["ni mucho menos", "n", "no", '
    code, stderr = _validated_in_spanish(tmp_path, monkeypatch, "interface.toml", old, new)
    assert code == 0, stderr


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            'es = "No se puede descartar desde casa"',
            'es = "Poco probable: puede comentarlo en su próxima cita"',
        ),
        ('es = "Hasta que le atiendan"', 'es = "Si decide esperar unas semanas"'),
    ],
)
def test_a_serious_result_s_spanish_heading_is_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str
) -> None:
    """Each validated and headed the heart attack on an EMERGENCIA screen, or what to do until
    seen on an URGENTE one (a maintainer-tester, thirty-fourth session)."""
    code, stderr = _validated_in_spanish(tmp_path, monkeypatch, "interface.toml", old, new)
    assert code == 1 and "is fixed by the safety contract" in stderr, stderr
