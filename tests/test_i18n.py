"""tspain in Spanish (issue 11): choosing the language, complete catalogues, Spanish answers,
no English left in a Spanish result, and `tspain validate` catching a broken translation."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from caselib import Case
from conftest import make_runner, shown_table
from messages import interface_messages
from scripting import at_a_terminal, spanish_words_for
from typer.testing import Result

from tspain import i18n
from tspain.cli import app
from tspain.engine import assess
from tspain.i18n import PLACEHOLDER, mismatch, table_texts, translated_table
from tspain.session import Command, parse_answer, parse_checklist, unit_echo
from tspain.table import RuleTable

I18N = Path(__file__).resolve().parent.parent / "data" / "i18n"
LANGUAGES = sorted(p.name for p in I18N.iterdir() if p.is_dir())


def entries(path: Path, code: str) -> dict[str, str]:
    return {e["en"]: e[code] for e in tomllib.loads(path.read_text("utf-8"))["text"]}


# -- the catalogues, checked against the code and the table (an independent reading) ------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_interface_text_of_the_code_is_translated_and_none_is_stale(code: str) -> None:
    wanted = interface_messages()
    have = entries(I18N / code / "interface.toml", code)
    missing = [f"{where}: {en!r}" for en, where in wanted.items() if en not in have]
    stale = [en for en in have if en not in wanted]
    assert not missing, "untranslated:\n" + "\n".join(missing)
    assert not stale, "translations of texts the code no longer has:\n" + "\n".join(stale)
    bad = [(en, mismatch(en, tr)) for en, tr in have.items() if mismatch(en, tr) or not tr.strip()]
    assert not bad


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_table_text_is_translated(table: RuleTable, code: str) -> None:
    have = entries(I18N / code / "table.toml", code)
    texts = table_texts(table)
    assert len(texts) > 400  # the reading found the table's texts, not a handful
    assert [s for s in texts if s not in have] == []
    assert [s for s in have if s not in texts] == []
    assert [s for s, tr in have.items() if mismatch(s, tr) or not tr.strip()] == []


def test_translated_table_changes_words_not_rules(table: RuleTable, cases: list[Case]) -> None:
    es = translated_table(table, i18n.load("es"))
    assert es is not table
    assert es.questions["age"].text != table.questions["age"].text
    assert list(es.questions) == list(table.questions)
    assert es.causes["heart_attack"].prior == table.causes["heart_attack"].prior
    assert es.causes["heart_attack"].sources == table.causes["heart_attack"].sources  # cited as is
    assert table.questions["age"].text == "How old are you?"  # the English table is untouched
    for case in cases:  # the same triage, ranking and figures on every case, in either language
        a, b = assess(table, case.answers), assess(es, case.answers)
        assert a.triage.level == b.triage.level
        assert [(c.id, c.probability) for c in a.causes] == [
            (c.id, c.probability) for c in b.causes
        ]
        assert a.unanswered_warning_signs == b.unanswered_warning_signs


# -- choosing the language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_AR.UTF-8"}, "es"),
        ({"LANG": "en_GB.UTF-8", "TSPAIN_LANG": "es"}, "es"),
        ({"LANG": "es_ES.UTF-8", "TSPAIN_LANG": "en"}, "en"),
    ],
)
def test_language_from_environment(env: dict[str, str], expected: str) -> None:
    assert i18n.from_environment(env) == expected


def causes_json(*args: str, **env: str) -> tuple[int, list[dict[str, str]]]:
    result = make_runner().invoke(app, [*args, "causes", "--json"], env=env)
    return result.exit_code, json.loads(result.stdout) if result.exit_code == 0 else []


def test_lang_option_env_and_locale_choose_spanish() -> None:
    english = causes_json()[1]
    for args, env in (
        (("--lang", "es"), {}),
        ((), {"TSPAIN_LANG": "es"}),
        ((), {"LANG": "es_ES.UTF-8"}),
        (("--lang", "ES"), {"LANG": "en_US.UTF-8"}),
        (("--lang", "es_ES.UTF-8"), {}),  # a locale name, as $TSPAIN_LANG takes it
        (("--lang", "es-MX"), {}),
    ):
        code, spanish = causes_json(*args, **env)
        assert code == 0
        assert [c["id"] for c in spanish] == [c["id"] for c in english]  # ids never change
        heart = next(c for c in spanish if c["id"] == "heart_attack")
        assert "infarto" in heart["name"].lower(), (args, env)
    # --lang wins over the environment
    assert "infarto" not in json.dumps(causes_json("--lang", "en", LANG="es_ES.UTF-8")[1])


def test_unknown_language_is_one_line_and_exit_2() -> None:
    for args, env, named in (
        (("--lang", "xx"), {}, ""),
        ((), {"TSPAIN_LANG": "klingon"}, "$TSPAIN_LANG: "),
    ):
        result = make_runner().invoke(app, [*args, "causes"], env=env)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"tspain: error: {named}unknown language")
        assert "en, es" in result.stderr


# -- Spanish answers ----------------------------------------------------------------------------


@pytest.fixture
def spanish(table: RuleTable) -> RuleTable:
    i18n.use("es")
    return translated_table(table)


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("fever", "sí", True),
        ("fever", "Si", True),
        ("fever", "s", True),  # in Spanish "s" is "sí"
        ("fever", "no", False),
        ("fever", "n", False),
        ("fever", "No sé", None),
        ("fever", "no se", None),
        ("fever", "ns", None),
        ("fever", "yes", True),  # English still works
        ("fever", "not sure", None),
        ("age", "29 años", 29),
        ("age", "29", 29),
        ("duration_days", "3 semanas", 21),
        ("duration_days", "2 meses", 60),
        ("duration_days", "hace 3 semanas", 21),
        ("duration_days", "un año", 365),
        ("duration_days", "10 días", 10),
        ("severity", "7 de 10", 7),
        ("severity", "fuerte", 7),
        ("severity", "leve", 3),
        ("onset", "de repente", "sudden"),
        ("onset", "2", "gradual"),
    ],
)
def test_spanish_answers_are_understood(
    spanish: RuleTable, qid: str, typed: str, expected: object
) -> None:
    q = spanish.questions[qid]
    if qid == "onset" and typed == "de repente":
        typed = q.options["sudden"].lower()  # the option's own Spanish words
    assert parse_answer(q, typed) == expected


def test_spanish_commands_and_lists(spanish: RuleTable) -> None:
    q = spanish.questions["fever"]
    assert parse_answer(q, "?") == Command("why")
    assert parse_answer(q, "atrás") == Command("back")
    assert parse_answer(q, "terminar") == Command("done")
    from tspain.interview import Checklist

    step = Checklist("emergency", ("chest_pain_or_pressure", "fainting_or_clammy"))
    assert parse_checklist(step, "ninguno", shown_table()) == []
    assert parse_checklist(step, "Ninguna", shown_table()) == []
    assert parse_checklist(step, "nada", shown_table()) == []
    assert parse_checklist(step, "ns", shown_table()) is None
    assert parse_checklist(step, "1 y 2", shown_table()) == [
        "chest_pain_or_pressure",
        "fainting_or_clammy",
    ]


def test_spanish_hints_and_unit_echo(spanish: RuleTable) -> None:
    from tspain.session import Invalid

    with pytest.raises(Invalid) as err:
        parse_answer(spanish.questions["fever"], "quizá mañana")
    assert "ns" in str(err.value) and "sí" in str(err.value)
    q = spanish.questions["duration_days"]
    assert unit_echo(q, "3 semanas", 21) == "3 semanas = 21 días"
    assert unit_echo(q, "10 días", 10) is None


# -- no English in a Spanish result ------------------------------------------------------------

ENGLISH_WORDS = re.compile(
    r"\b(the|you|your|and|with|of|if|is|are|not|or|from|this|what|pain|back|doctor|now|"
    r"call|see|help|why|likely|causes?)\b",
    re.IGNORECASE,
)
"""Words common in every English result and never Spanish words."""


def english_leaks(text: str, table: RuleTable) -> list[str]:
    """Lines of a Spanish result that hold an English sentence of the table or code, or English
    words. Ids, file names, citations and `tspain ...` commands are allowed."""
    english = [s for s in [*table_texts(table), *interface_messages()] if len(s) > 25]
    leaks = []
    for line in text.splitlines():
        words = re.sub(r"`[^`]*`|tspain[ -]\S+|\(\w+, ", " ", line)
        if any(s in line for s in english) or ENGLISH_WORDS.search(words):
            leaks.append(line)
    return leaks


def answers_file(tmp_path: Path, cases: list[Case], case_id: str) -> Path:
    """A vignette's answers, saved as an answers file."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(next(c for c in cases if c.id == case_id).answers))
    return path


CASE_IDS = ["heart_attack_chest_pressure", "desk_posture", "shingles_rash"]


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_a_spanish_result_has_no_english(
    table: RuleTable, cases: list[Case], case_id: str, tmp_path: Path
) -> None:
    answers = answers_file(tmp_path, cases, case_id)
    result = make_runner().invoke(app, ["--lang", "es", "check", "--answers", str(answers)])
    assert result.exit_code == 0, result.stderr
    assert english_leaks(result.stdout, table) == []
    assert "no es un diagnóstico" in result.stdout.lower()


def test_spanish_json_keeps_ids_and_says_its_language(
    table: RuleTable, cases: list[Case], tmp_path: Path
) -> None:
    answers = answers_file(tmp_path, cases, "heart_attack_chest_pressure")
    run = make_runner().invoke
    en = json.loads(run(app, ["check", "--answers", str(answers), "--json"]).stdout)
    es = json.loads(run(app, ["--lang", "es", "check", "--answers", str(answers), "--json"]).stdout)
    assert en["language"] == "en" and es["language"] == "es"
    assert es["triage"]["level"] == en["triage"]["level"] == "emergency"
    assert [c["id"] for c in es["causes"]] == [c["id"] for c in en["causes"]]
    assert es["triage"]["action"] != en["triage"]["action"]
    assert "112" in es["triage"]["action"]
    texts = [es["triage"]["action"], es["recap"], es["disclaimer"], *es["while_waiting"]]
    texts += [r["message"] for r in es["triage"]["reasons"]]
    assert english_leaks("\n".join(texts), table) == []


def test_spanish_report_html_and_markdown(
    table: RuleTable, cases: list[Case], tmp_path: Path
) -> None:
    answers = answers_file(tmp_path, cases, "desk_posture")
    html_path, md_path = tmp_path / "r.html", tmp_path / "r.md"
    for path in (html_path, md_path):
        result = make_runner().invoke(
            app, ["--lang", "es", "check", "--answers", str(answers), "--save", str(path)]
        )
        assert result.exit_code == 0, result.stderr
    page = html_path.read_text()
    assert '<html lang="es">' in page
    assert english_leaks(re.sub(r"<[^>]+>|\{[^}]*\}", "\n", page.split("</style>")[1]), table) == []
    markdown = md_path.read_text()
    assert english_leaks(markdown, table) == []
    assert "AUTOCUIDADO" in markdown


def test_english_stays_the_default(table: RuleTable, cases: list[Case]) -> None:
    case = next(c for c in cases if c.id == "desk_posture")
    assert assess(table, case.answers).language == "en"
    assert "not a diagnosis" in assess(table, case.answers).disclaimer


# -- validate catches a broken translation ----------------------------------------------------


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def validate() -> tuple[int, str]:
    result = make_runner().invoke(app, ["validate"])
    return result.exit_code, result.stdout + result.stderr


def test_validate_passes_with_the_shipped_translations(i18n_copy: Path) -> None:
    code, out = validate()
    assert code == 0, out


def test_validate_reports_a_missing_translation(i18n_copy: Path) -> None:
    doc = i18n_copy.read_text("utf-8")
    first = doc.index("[[text]]")
    second = doc.index("[[text]]", first + 1)
    i18n_copy.write_text(doc[:first] + doc[second:], "utf-8")  # drop the disclaimer's entry
    code, out = validate()
    assert code == 1
    # whole, to copy as the entry's `en` (a maintainer had to find the rest of a cut one)
    disclaimer = tomllib.loads(doc)["text"][0]["en"]
    assert len(disclaimer) > 60 and f"no translation of {disclaimer!r}" in out


def test_validate_reports_a_stale_translation(i18n_copy: Path) -> None:
    edit(i18n_copy, 'en = "How old are you?"', 'en = "What is your age?"')
    code, out = validate()
    assert code == 1
    assert "stale translation" in out and "What is your age?" in out
    assert "no translation of 'How old are you?'" in out


def test_validate_reports_numbers_and_placeholders_that_differ(i18n_copy: Path) -> None:
    doc = i18n_copy.read_text("utf-8")
    entry = re.search(r'en = "(you rate the pain \{answer\} out of 10)"\nes = "([^"]*)"', doc)
    assert entry is not None
    i18n_copy.write_text(doc.replace(entry.group(2), "valora el dolor en {respuesta} de 10"))
    code, out = validate()
    assert code == 1 and "placeholders differ" in out
    i18n_copy.write_text(doc.replace(entry.group(2), "valora el dolor en {answer} de diez"))
    code, out = validate()
    assert code == 1  # what each has, and how to mend it (a maintainer read only "(10)")
    assert (
        "numbers differ from the English: it has 10, the translation none (write each number "
        "in digits, as the English does)"
    ) in out
    # at the translation's own line, where it is mended, not at its English above it (a
    # maintainer-tester, twenty-fifth session)
    es_line = doc[: doc.index(entry.group(2))].count("\n") + 1
    assert f"table.toml:{es_line}: numbers differ" in out, out


def test_validate_reports_an_unreadable_translation_file(i18n_copy: Path) -> None:
    """At its line, in the words the rule table's own syntax errors get (it was Python's
    message alone: a maintainer-tester, twenty-fourth session)."""
    i18n_copy.write_text("[[text]\nen = ", "utf-8")
    code, out = validate()
    assert code == 1 and "Traceback" not in out
    assert (
        f"{i18n_copy}:1: TOML syntax error: Expected ']]' at the end of an array declaration "
        "(at line 1, column 7)"
    ) in out
    assert "; line 1 reads: [[text]" in out


@pytest.mark.parametrize(
    ("encoding", "said"),
    [
        ("cp1252", ":3: not UTF-8: byte 0xF3 (\u00f3 in Windows-1252) at line 3, column 12: "),
        ("utf-16", ": not UTF-8: the file is saved as UTF-16; save it as UTF-8"),
    ],
)
def test_a_translation_file_saved_in_another_encoding_is_said_so(
    i18n_copy: Path, encoding: str, said: str
) -> None:
    """ "cannot read: 'utf-8' codec can't decode byte 0xe9 in position 40: invalid
    continuation byte" (a maintainer-tester, twenty-fourth session)."""
    i18n_copy.write_bytes('[[text]]\nen = "x"\nes = "canci\u00f3n \u00e9"\n'.encode(encoding))
    code, out = validate()
    assert code == 1 and "codec" not in out
    assert f"{i18n_copy}{said}" in out


# -- a whole Spanish session at a terminal (CliRunner; see test_terminal.py) -------------------


def spanish_session(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> Result:
    """`tspain check` at a terminal whose locale is Spanish, answered with `lines`."""
    at_a_terminal(monkeypatch)
    result = make_runner().invoke(
        app, ["check"], input="".join(f"{line}\n" for line in lines), env={"LANG": "es_ES.UTF-8"}
    )
    start = result.stdout.split("> ")[0]
    assert "no es un diagnóstico" in start
    assert "ns no sé" in start  # the not-sure key of the language, said on screen
    return result


def test_spanish_self_care_session(
    monkeypatch: pytest.MonkeyPatch, table: RuleTable, cases: list[Case]
) -> None:
    case = next(c for c in cases if c.id == "desk_posture")
    i18n.use("es")
    lines = spanish_words_for(translated_table(table), case.answers)
    i18n.use("en")
    result = spanish_session(monkeypatch, [*lines, ""])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("> ") >= len(lines)
    autocuidado = out.index("AUTOCUIDADO")
    family = out.index("Dolor muscular o por la postura", autocuidado)  # issue 24: its family line
    assert family < out.index("mala postura", family)
    assert out.rstrip().endswith("guardar un informe para su médico? [s/N]")
    assert "Traceback" not in result.output


def test_spanish_emergency_session(monkeypatch: pytest.MonkeyPatch) -> None:
    result = spanish_session(monkeypatch, ["3", "n"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    at = out.index("Señales de emergencia")
    for then in ("> ", "EMERGENCIA", "112", "[s/N]"):
        at = out.index(then, at) + len(then)
    assert "saved" not in result.stderr and "guardad" not in result.stderr


def test_placeholders_are_named_not_positional() -> None:
    # A translator can move words around a {name}; a bare {} could not be moved safely.
    for en in interface_messages():
        assert "{}" not in en
        assert all(p != "{}" for p in PLACEHOLDER.findall(en))


def test_spanish_compare_names_levels_in_words(tmp_path: Path, table: RuleTable) -> None:
    (tmp_path / "a.json").write_text('{"age": 40, "fever": false}')
    (tmp_path / "b.json").write_text('{"age": 40, "fever": true}')
    args = ["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")]
    es = make_runner().invoke(app, ["--lang", "es", *args]).stdout
    en = make_runner().invoke(app, args).stdout
    assert es.splitlines()[0] == "Triaje: ver pronto a un médico -> urgente (cambió)"
    assert en.splitlines()[0] == "Triage: routine -> urgent (changed)"


def test_a_comparison_asked_in_spanish_says_its_answers_in_spanish() -> None:
    """`compare_answers(..., texts=es)` said "desconocido -> 40 years" while English was spoken:
    the answers' words came from the spoken language, not the one asked for (a reviewer)."""
    from tspain.compare import compare_answers
    from tspain.loading import load_table

    es = i18n.load("es")
    shown = i18n.translated_table(load_table(), es)
    i18n.use("en")
    changed = compare_answers(shown, {"fever": False}, {"age": 40, "fever": True}, es).answers
    said = {a.question: (a.old, a.new) for a in changed}
    assert said == {"age": ("desconocido", "40 años"), "fever": ("no", "sí")}


@pytest.mark.parametrize("name", ["C.UTF-8", "C", "POSIX"])
def test_the_c_locale_as_tspain_lang_is_english(name: str) -> None:
    """A scripter's container had TSPAIN_LANG=C.UTF-8, its usual default: every command failed
    with "unknown language 'c'". The C and POSIX locales name no language: English."""
    from tspain.i18n import ENGLISH, from_environment

    assert from_environment({"TSPAIN_LANG": name}) == ENGLISH
    assert from_environment({"LANG": name}) == ENGLISH


def test_spanish_emergency_texts_send_each_reader_to_their_own_country_number() -> None:
    """A clinical reviewer: "911 en América" is wrong in Colombia (123), Chile (131) and Peru
    (106), and "como el 111 en el Reino Unido" alone helps nobody in Spain or Latin America.
    The Spanish texts name the reader's own country's number, with 112 (Spain, Europe) and 911
    (Mexico, United States) as examples, and the health advice line of their own area."""
    from tspain.loading import load_table

    i18n.use("es")
    table = i18n.translated_table(load_table())
    emergency, urgent = table.levels["emergency"], table.levels["urgent"]
    for text in (emergency.action, emergency.recap, emergency.call or "", table.disclaimer):
        assert "de su país" in text and "América" not in text, text
    assert "de su zona" in urgent.action


def test_validate_refuses_a_spanish_checklist_item_that_reassures(i18n_copy: Path) -> None:
    """ "...; no es grave" on the exertion item of the emergency list passed validate."""
    edit(
        i18n_copy,
        'es = "Dolor que aparece con el esfuerzo (escaleras, cuestas) y se alivia con el reposo"',
        'es = "Dolor que aparece con el esfuerzo (escaleras, cuestas); no es grave"',
    )
    code, out = validate()
    assert code == 1
    assert "questions.pain_with_exertion.short must not reassure ('no es grave')" in out


def test_the_spanish_action_begins_with_the_call_as_the_english_does() -> None:
    """docs/interface.md: with emergency signs unanswered, `triage.action` begins by telling
    the person to call an ambulance. The Spanish put the call after a list of 15 signs, 1,069
    characters in (a scripter, sixteenth session)."""
    import tspain

    english = tspain.assess({}).triage.action
    spanish = tspain.assess({}, language="es").triage.action
    assert english.startswith("Call an ambulance now")
    assert spanish.startswith("Llame ahora al número de emergencias"), spanish[:80]


def test_a_misspelt_english_of_an_entry_is_said_at_its_line_with_what_it_meant(
    i18n_copy: Path,
) -> None:
    """A typo in an entry's English was two unlinked lines, "no translation of 'URGENT'" and
    "stale translation: 'URGNT'", with no line to go to (a maintainer). Then two linked lines,
    each with the sentence cut off before the difference ("2 to 6 weeks" made "3 to 6 weeks",
    a maintainer-tester, twenty-fourth session): now one, at its line, with the words that
    differ."""
    edit(i18n_copy, 'en = "URGENT"', 'en = "URGNT"')
    line = i18n_copy.read_text("utf-8").splitlines().index('en = "URGNT"') + 1
    code, out = validate()
    assert code == 1
    assert (
        f"table.toml:{line}: this entry's English is no longer the table's: the table says "
        "'URGENT' where it has 'URGNT'"
    ) in out
    assert "stale translation" not in out and "no translation of" not in out
    from tspain.cli_validate import words_changed

    old = "You can look after this at home. See a doctor if it is not better in 2 to 6 weeks, gets worse."
    new = old.replace("2 to 6", "3 to 6")
    assert (
        words_changed(old, new)
        == "'... not better in 3 to 6 weeks, ...' where it has '... not better in 2 to 6 weeks, ...'"
    )


def test_the_words_of_a_language_are_its_own_whichever_is_spoken() -> None:
    """`vocabulary("es")` asked while English was spoken was kept without the Spanish words:
    "sí" was then refused in Spanish until the cache was cleared (a reviewer)."""
    from tspain import i18n
    from tspain.understand import vocabulary

    i18n.use("en")
    assert vocabulary("es").meaning.get("sí") == "yes"
    i18n.use("es")
    assert vocabulary("es").meaning.get("sí") == "yes"


def test_texts_shown_in_english_in_another_language_are_said(tmp_path: Path) -> None:
    """A maintainer's own table with a changed text, run in Spanish, showed the English text
    among the Spanish with nothing said, and `--lang es validate` said only "valid". Now the
    run says how many are in English and where they are listed, and validate lists each."""
    from tspain.paths import default_table_path

    # a prevention tip: every sign's words are fixed word for word since the thirty-fourth
    # session (a routine sign's message was reworded here before, the yellow skin's before it)
    english = "Warm up well before exercise."
    text = default_table_path().read_text(encoding="utf-8")
    old = "Warm up before exercise."
    mine = tmp_path / "mine.toml"
    own = re.sub(r'(?m)^version = ".*"$', 'version = "2026.01.01.1"', text)  # its own version
    mine.write_text(own.replace(old, english, 1), encoding="utf-8")
    run = make_runner().invoke(
        app, ["--lang", "es", "--rules", str(mine), "check", "--answers", "-"],
        input='{"getting_worse": true, "age": 40}',
    )  # fmt: skip
    assert run.exit_code == 0 and english in run.stdout
    assert run.stderr == (
        "tspain: 1 texto de la tabla de reglas no tiene traducción y se muestra en inglés "
        f"(`tspain --lang es validate {mine}` lo indica)\n"
    )
    checked = make_runner().invoke(app, ["--lang", "es", "validate", str(mine)])
    assert checked.exit_code == 0
    assert checked.stderr == f"note: no translation, shown in English: {english}\n"
    shipped = make_runner().invoke(app, ["--lang", "es", "check", "--answers", "-"], input="{}")
    assert shipped.exit_code == 0 and shipped.stderr == ""


def test_an_empty_language_is_an_error_not_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scripter's audit (twentieth session): `--lang "$EMPTY"` quietly took $TSPAIN_LANG or
    the locale (Spanish, here), where the Python API's `language=""` raised LanguageError."""
    from conftest import make_runner

    import tspain
    from tspain.cli import app

    monkeypatch.setenv("TSPAIN_LANG", "es")
    result = make_runner().invoke(app, ["--lang", "", "causes"])
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr == "tspain: error: the language is empty: give a code such as 'en' or 'es'\n"
    )
    with pytest.raises(tspain.LanguageError, match="the language is empty"):
        tspain.assess({}, language="")


def _has_words(arg: object) -> bool:
    """A string literal, or an f-string, with words of its own (not "{path}: {problem}")."""
    import ast

    parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
    return any(
        isinstance(p, ast.Constant) and isinstance(p.value, str) and re.search("[a-z]", p.value)
        for p in parts
    )


def test_every_error_the_cli_fails_with_is_translated() -> None:
    """`fail("...")` with a plain string printed English under --lang es (a reviewer, twenty-
    first session): every message goes through t()."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "tspain"
    plain = []
    for path in sorted(src.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "fail"
                and node.args
                and _has_words(node.args[0])
            ):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_two_refusals_speak_spanish(tmp_path: Path) -> None:
    runner = make_runner()
    result = runner.invoke(app, ["--lang", "es", "prevent", "muscle_strain", "--cause", "x"])
    assert result.stderr == (
        "tspain: error: indique la causa una sola vez: como ID o como --cause ID\n"
    )
    same = str(tmp_path / "a.json")
    answers = tmp_path / "in.json"
    answers.write_text('{"fever": false}')
    result = runner.invoke(
        app, ["--lang", "es", "check", "--answers", str(answers), "--save", same,
              "--save-answers", same],
    )  # fmt: skip
    assert "nombran el mismo archivo" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'es = "Llame ahora al número de emergencias de su país (112 en España y Europa; 911 en '
            "México y EE. UU.) y pida una ambulancia. No vaya al hospital conduciendo su propio "
            'vehículo."',
            'es = "No llame a una ambulancia (112 o 911) salvo que se desmaye."',
            "levels.emergency.action must not tell a person not to call",
        ),
        (
            'es = "Chest pain or pressure, or pain spreading to the arm, jaw or neck, can be a '
            'heart attack."',
            None,
            "warning_signs.chest_pain.message must not reassure ('normalmente es', "
            "'cómo evoluciona', 'es un tirón')",
        ),
    ],
)
def test_validate_refuses_a_spanish_emergency_text_that_forbids_the_call_or_reassures(
    i18n_copy: Path, old: str, new: str | None, said: str
) -> None:
    """A maintainer-tester's Spanish emergency action "No llame a una ambulancia ... salvo que
    se desmaye" and chest-pain message "Normalmente es un tirón muscular; descanse y vea cómo
    evoluciona" each passed validate, the message shown under EMERGENCIA (twenty-fourth
    session)."""
    if new is None:  # the chest-pain message: its Spanish follows its English line
        text = i18n_copy.read_text(encoding="utf-8")
        english = old.replace("es = ", "en = ", 1)
        start = text.index(english) + len(english)
        line = text[start:].splitlines()[1]
        old, new = line, 'es = "Normalmente es un tirón muscular; descanse y vea cómo evoluciona."'
    edit(i18n_copy, old, new)
    code, out = validate()
    assert code == 1
    assert said in out, out


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'es = "Deje lo que está haciendo y siéntese o acuéstese, lo que le resulte más '
            'fácil; no se mueva."',
            'es = "Tome dos aspirinas y acuéstese hasta que se le pase el dolor."',
            "must not name a medicine ('aspirinas')",
        ),
        (
            'es = "Si empeora antes de que le atiendan,',
            'es = "Pida cita con su médico para el mes que viene. Si empeora antes de que le '
            "atiendan,",
            "must not put off seeing a doctor today ('el mes que viene')",
        ),
    ],
)
def test_a_spanish_emergency_or_urgent_step_that_names_a_medicine_or_waits_is_refused(
    i18n_copy: Path, old: str, new: str, said: str
) -> None:
    """Both passed `tspain --lang es validate` and were shown (a maintainer-tester,
    twenty-fifth session)."""
    edit(i18n_copy, old, new)
    code, out = validate()
    assert code == 1 and said in " ".join(out.split()), out


def test_validate_reports_a_number_said_in_another_unit_of_time(i18n_copy: Path) -> None:
    """ "6 meses" (months) for "6 weeks" kept its number and validated: a Spanish speaker would
    wait months for the doctor (a maintainer-tester, thirty-third session). An age said with
    "años" where the English has none is fine."""
    doc = i18n_copy.read_text("utf-8")
    assert "o no ha desaparecido en 6 semanas" in doc
    i18n_copy.write_text(
        doc.replace("o no ha desaparecido en 6 semanas", "o no ha desaparecido en 6 meses")
    )
    code, out = validate()
    assert code == 1
    assert "units of time differ from the English: it has 6 weeks, the translation 6 months" in out
    i18n_copy.write_text(doc)
    assert validate()[0] == 0


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("in 2 to 6 weeks", "en 2 semanas a 6 meses"),  # the range's second end (a code
        ("after 2 to 6 weeks", "después de entre 2 y 6 meses"),  # reviewer and a regression
    ],  # hunter, thirty-fourth session)
)
def test_both_ends_of_a_range_keep_their_unit(english: str, spanish: str) -> None:
    from tspain.i18n import mismatch

    assert str(mismatch(english, spanish)).startswith("units of time differ from the English")


def test_a_misnamed_catalogue_table_is_said_at_its_line(i18n_copy: Path) -> None:
    """ "[[texts]]" for "[[text]]" was said only as the entry's English having no translation,
    and the maintainer looked for it elsewhere (a maintainer-tester, thirty-fourth session)."""
    doc = i18n_copy.read_text("utf-8")
    old = '[[text]]\nen = "Shingles"'
    assert old in doc
    line = doc[: doc.index(old)].count("\n") + 1
    i18n_copy.write_text(doc.replace(old, old.replace("[[text]]", "[[texts]]")), "utf-8")
    code, out = validate()
    assert code == 1
    said = f"data/i18n/es/table.toml:{line}: this [[texts]] is not a catalogue table: did you "
    assert out.count(said + "mean [[text]]?") == 1, out
    assert "no translation of 'Shingles'" not in out  # the entry is there, misnamed
    missing = re.sub(r'\[\[text\]\]\nen = "Shingles"\nes = "[^"]*"\n', "", doc, count=1)
    assert missing != doc
    i18n_copy.write_text(missing, "utf-8")
    said = validate()[1]
    assert "no translation of 'Shingles': add a [[text]] with it as en, and its es" in said


def test_markup_in_a_translation_gets_the_note_the_english_gets(i18n_copy: Path) -> None:
    """ "[bold red]x[/]" in a Spanish text had no note, where the same in the English had one
    (a maintainer-tester, thirty-fifth session): it is shown as typed, brackets and all."""
    edit(i18n_copy, 'es = "Haga pausas', 'es = "[bold red]x[/] Haga pausas')
    code, out = validate()
    assert code == 0, out
    assert "es/table.toml: line " in out and "'[bold red]' looks like markup" in out
