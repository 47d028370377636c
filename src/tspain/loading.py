"""Finding, reading and validating a rule table file, with errors that name file, path and fault.

Validating takes pydantic and the TOML parser about 0.1 s, most of a command's start-up. So the
shipped table comes with a compiled form, `causes.json` beside it: the validated table as plain
JSON data, with the exact TOML text it was compiled from, its SHA-256, and a `digest` over the
TOML and the compiled table together (`binding_digest`), so that neither can be edited alone
(`tspain.compiled_form` reads and checks it).
At run time the shipped table is taken from it only if the TOML is byte for byte the one that
was validated and the digest matches; `tspain validate` recompiles and compares, and the wheel
build checks the digest. Whatever table is loaded is then checked against the safety contract
(`tspain.safety`). Any other table
(an edited one, `--rules`, `TSPAIN_RULES`) is validated in full; the shipped table edited but
not compiled is refused while it keeps the version compiled (its results would name that
table's version). Nothing is cached per user and
nothing loaded can run code: the compiled form is data, read with `json`.

`python -m tspain.loading` rewrites the compiled form after the shipped table is edited (the
tests fail until it is in step; the wheel build refuses a compiled form that is not).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from tspain.compiled_form import (
    COMPILED_FORMAT,
    CONTRACT_CHECKED,
    after_today,
    binding_digest,
    compiled_path,
    dated_after_today,
    read_compiled,
    unbumped,
    version_problem,
)
from tspain.paths import default_table_path
from tspain.table import Question, RuleTable

RULES_ENV = "TSPAIN_RULES"
MAX_TABLE_BYTES = 4 * 1024 * 1024
"""A rule table larger than this is refused unread (the shipped one is under 100 KB)."""


class TableError(Exception):
    """A rule table that cannot be used; `problems` holds one line per fault, all of them."""

    __module__ = "tspain"  # shown as tspain.TableError, as it is imported (a reviewer)

    def __init__(
        self, path: Path, problems: list[str], lines: dict[str, int] | None = None
    ) -> None:
        from tspain.table import CONTROL

        self.path = path

        # One line each, as api.md says, whatever a key held: control characters escaped (a
        # quoted key with a new line in it broke a script's line-by-line reading).
        def escaped(problem: str) -> str:
            return CONTROL.sub(lambda m: repr(m.group())[1:-1], problem)

        self.problems = list(dict.fromkeys(map(escaped, problems)))  # a fault found twice: once
        # each line by the problem as said (a NUL quoted lost its line: a maintainer, 32nd)
        said = {escaped(p): n for p, n in (lines or {}).items()}
        self.lines = {p: n for p, n in said.items() if p in self.problems}
        """The line of the TOML each problem is about, where it could be placed."""
        super().__init__("\n".join(f"{self.where(p)}: {p}" for p in self.problems))

    def where(self, problem: str) -> str:
        """The file, and the problem's line as editors take it ("causes.toml:1195")."""
        line = self.lines.get(problem)
        return f"{self.path}:{line}" if line else str(self.path)

    def __reduce__(
        self,
    ) -> tuple[type[TableError], tuple[Path, list[str], dict[str, int]]]:
        """Back from a worker process whole (the default pickle called `__init__` with the
        message alone, and a process pool broke: a scripter, seventeenth session)."""
        return type(self), (self.path, self.problems, self.lines)


class UnsafeTable(TableError):
    """A well-formed table that breaks the safety contract (`tspain.safety`): usable only with
    `--allow-unsafe-table`, and then every result says so."""


def table_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--rules PATH` if given (empty: an error, never the shipped table), else $TSPAIN_RULES,
    else the shipped table."""
    if explicit is not None:
        if not os.fspath(explicit):  # `--rules ''`: a script's unset variable
            raise TableError(Path("''"), ["the rule table's path is empty"])
        return Path(explicit)
    env = os.environ.get(RULES_ENV)
    return Path(env) if env else default_table_path()


def validate(where: Path, raw: dict[str, Any]) -> RuleTable:
    """The table `raw` describes (its named lists spliced in, `tspain.table_lists`), or
    TableError listing every fault."""
    # The checks load only here: the shipped table's compiled form needs none of them.
    from pydantic import ValidationError

    from tspain.condition_checks import raw_condition_problems
    from tspain.field_names import (
        UNKNOWN_FIELD,
        error_words,
        field_renames,
        place_words,
        second_look,
        typed_as,
        without_union_members,
    )
    from tspain.signnames import signs_by_id
    from tspain.table_checks import raw_type_problems, table_problems
    from tspain.table_lists import at_their_lists, splice_lists
    from tspain.usage_checks import renamed_ids

    lists = raw.get("lists")
    raw, listed = splice_lists(raw)
    typed = [f"{path}: {msg}" for path, msg in listed + raw_type_problems(raw)]
    try:
        table = typed_as(RuleTable, raw)
    except ValidationError as err:
        errors = without_union_members(err.errors(), raw)
        renames = field_renames(errors, raw)
        meant = {place_words((*loc[:-1], name)) for loc, name in renames.items()}
        problems = [
            f"{place_words(e['loc'])}: {error_words(e, renames)}"
            for e in errors
            # "sources: missing" beside "source: unknown field ... did you mean 'sources'?":
            # one fault, said once (a maintainer-tester, twenty-fourth session)
            if not (e["type"] == "missing" and place_words(e["loc"]) in meant)
        ]
        problems += [
            p for p in typed if p.split(": ")[0] not in {q.split(": ")[0] for q in problems}
        ]
        questions, broken = _good_questions(raw.get("questions"))
        if questions:  # the conditions are checked too, against the questions that are intact
            reported = {p.split(": ")[0] for p in problems}
            problems += [
                f"{path}: {msg}"
                for path, msg in raw_condition_problems(questions, raw)
                if path not in reported and not any(f"question {b!r}" in msg for b in broken)
            ]
        unknown = [tuple(e["loc"]) for e in errors if e["type"] in UNKNOWN_FIELD]
        problems += second_look(raw, unknown, renames, problems)
        problems = renamed_ids(at_their_lists(problems, lists, questions, broken))
        raise TableError(where, signs_by_id(_besides(problems, listed), raw)) from None
    found = typed + [f"{p}: {msg}" for p, msg in table_problems(table)]
    if found:
        # The safety contract's faults are listed with the others, not after they are mended
        # (a tester's lowered chest-pain sign hid behind one duplicate row).
        from tspain.field_names import unless_misplaced
        from tspain.safety import contract_problems

        found += unless_misplaced(contract_problems(table), raw)
        found = renamed_ids(at_their_lists(found, lists, table.questions))
        raise TableError(where, signs_by_id(_besides(found, listed), raw))
    return table


def _at_version(problem: str, text: str) -> dict[str, int]:
    """A version problem's line in the TOML `text`, as `TableError` takes it."""
    from tspain.toml_lines import problem_line

    line = problem_line(problem, text)
    return {problem: line} if line else {}


def _besides(problems: list[str], listed: list[tuple[str, str]]) -> list[str]:
    """The problems less those that follow from a list name already reported: a combined
    condition that named an unknown list has fewer parts, which is not a second fault."""
    inside = {path.rsplit("[", 1)[0] for path, _ in listed if path.endswith("]")}
    return [p for p in problems if p.split(": ")[0] not in inside]


def _good_questions(raw: object) -> tuple[dict[str, Question], set[str]]:
    """The questions that type-check, and the ids of those that do not (a typo in one question
    hides no fault elsewhere)."""
    from pydantic import ValidationError

    from tspain.field_names import typed_as

    good: dict[str, Question] = {}
    broken: set[str] = set()
    for qid, question in (raw if isinstance(raw, dict) else {}).items():
        try:
            good[qid] = typed_as(Question, question)
        except ValidationError:
            broken.add(qid)
    return good, broken


def read_table_bytes(where: Path) -> bytes:
    """The file's bytes, or TableError: only a regular file, and not a huge one, is read."""
    try:
        info = where.stat()
    except FileNotFoundError:
        # `tspain validate -` (a scripter, thirtieth session): "-" is not standard input here
        stdin = " (a table is read from a file, not from standard input)" * (str(where) == "-")
        raise TableError(where, ["no such file" + stdin]) from None
    except OSError as err:
        raise TableError(where, [f"cannot read: {err.strerror}"]) from None
    if not stat.S_ISREG(info.st_mode):
        raise TableError(where, ["not a regular file"])
    if info.st_size > MAX_TABLE_BYTES:
        raise TableError(where, [f"larger than {MAX_TABLE_BYTES // 1024 // 1024} MB"])
    try:
        with where.open("rb") as handle:
            data = handle.read(MAX_TABLE_BYTES + 1)
    except OSError as err:
        raise TableError(where, [f"cannot read: {err.strerror}"]) from None
    if len(data) > MAX_TABLE_BYTES:
        raise TableError(where, [f"larger than {MAX_TABLE_BYTES // 1024 // 1024} MB"])
    return data


def parse_toml(where: Path, data: bytes) -> dict[str, Any]:
    """The table's TOML document, or TableError with the fault at its line (`tspain.toml_text`:
    a file not in UTF-8, a syntax error in plain words)."""
    from tspain.toml_text import NotToml, parsed

    try:
        return parsed(data)[1]
    except NotToml as err:
        said = str(err)
        if data.lstrip().startswith(b"{"):  # `validate data/causes.json` was a TOML error at
            said = (  # its "{" (a maintainer-tester, twenty-fifth session)
                f"a rule table is TOML, and this is JSON (the compiled form beside a table is "
                f"made from it): give {where.with_suffix('.toml').name}"
            )
            raise TableError(where, [said]) from None
        raise TableError(where, [said], {said: err.line} if err.line else None) from None


def load_table(
    path: str | os.PathLike[str] | None = None,
    trust_compiled: bool = True,
    allow_unsafe: bool = False,
) -> RuleTable:
    """Read and validate a rule table (the shipped one from its compiled form when that was
    compiled from exactly these bytes, unless `trust_compiled` is off, as for `tspain
    validate`); TableError lists every fault. A table that breaks the safety contract is an
    UnsafeTable error unless `allow_unsafe` (`--allow-unsafe-table`)."""
    where = table_path(path)
    data = read_table_bytes(where)
    table = None
    checked = None  # the contract's fingerprint the compiled table passed, if it is one
    if trust_compiled and where == default_table_path():
        table, checked = read_compiled(where, data) or (None, None)
    if table is None:
        raw = parse_toml(where, data)
        try:
            table = validate(where, raw)
        except TableError as err:  # each fault at its line, where one can be placed
            from tspain.toml_lines import problem_line

            text = data.decode("utf-8")
            found = {p: problem_line(p, text) for p in err.problems}
            lines = {p: n for p, n in found.items() if n}
            raise type(err)(where, err.problems, lines) from None
        shipped = trust_compiled and where == default_table_path()
        problem = unbumped(where, data, table.version) if shipped else None
        if problem:  # an edit run before compiling named the shipped version (a maintainer)
            raise TableError(where, [problem], _at_version(problem, data.decode("utf-8")))
    if not allow_unsafe:
        from tspain.safety import contract_fingerprint, contract_problems

        if checked is not None and checked == contract_fingerprint():
            return table  # checked against this very contract when it was compiled
        unsafe = contract_problems(table)
        if unsafe:
            raise unsafe_table(where, unsafe)
    return table


def unsafe_table(where: Path, problems: list[str]) -> UnsafeTable:
    """The error for a table that breaks the contract, each fault at its line where one can
    be placed (a lowered care level is at its line, as other faults are)."""
    from tspain.toml_lines import problem_line

    text = where.read_text(encoding="utf-8", errors="replace")
    lines = {p: n for p in problems if (n := problem_line(p, text))}
    return UnsafeTable(where, problems, lines)


def compiled_problems(where: Path, table: RuleTable | None = None) -> list[str]:
    """What is wrong with the compiled form beside a valid table, for `tspain validate`: it must
    be exactly what compiling the TOML now gives (else run time would not use it, or it was
    edited). No compiled form is no problem: the TOML is then validated at every run. `table`:
    the table just validated from `where` and found to keep the safety contract, not read and
    checked again (`compiled_text`)."""
    import json

    compiled = compiled_path(where)
    try:
        text = compiled.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        return [f"{compiled.name}: cannot read the compiled form: {err}"]
    now = compiled_text(where, table)
    if text == now:
        return []
    version = json.loads(now)["table"]["version"]
    problem = version_problem(where, version, json.loads(now)["source"])
    if problem:  # said here too: validate said only "run python -m tspain.loading", which then
        return [problem]  # refused for the version (a newcomer, sixteenth session)
    why = "the compiled form is not the one compiled from this TOML"
    try:
        doc = json.loads(text)
        data = read_table_bytes(where)
        if doc.get("source", "").encode("utf-8") == data and doc.get("digest") != binding_digest(
            data, doc.get("table")
        ):
            why = "the compiled table was edited after compiling (digest mismatch)"
    except Exception:
        why = "the compiled form is not readable JSON"
    return [f"{compiled.name}: {why}: run `python -m tspain.loading`"]


def compiled_text(where: Path, safe: RuleTable | None = None) -> str:
    """The compiled form of the table at `where`, validated now (TableError if it is not valid),
    or made from `safe`, that table validated from it and found to keep the safety contract:
    `tspain validate` read, validated and checked the table twice (a third of its time)."""
    import hashlib
    import json

    from tspain.assessment import as_json
    from tspain.safety import contract_fingerprint, contract_problems

    data = read_table_bytes(where)
    table = safe or validate(where, parse_toml(where, data))
    plain = as_json(table)
    if safe or not contract_problems(
        table
    ):  # a run may trust this check while the contract is this
        plain[CONTRACT_CHECKED] = contract_fingerprint()
    doc = {
        "format": COMPILED_FORMAT,
        "source_sha256": hashlib.sha256(data).hexdigest(),
        "digest": binding_digest(data, plain),
        "source": data.decode("utf-8"),
        "note": "Generated by `python -m tspain.loading` from causes.toml; do not edit.",
        "table": plain,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m tspain.loading`: validate the shipped table and rewrite its compiled form.
    Only the shipped table has one (a copy is validated at every run); a fault is listed as
    `tspain validate` lists it, exit 1, never a traceback."""
    import sys

    from tspain.safety import contract_problems

    args = sys.argv[1:] if argv is None else argv
    if args:
        print(
            "usage: python -m tspain.loading   (no arguments: it compiles the shipped table,\n"
            "data/causes.toml; a copy has no compiled form: check it with `tspain validate PATH`)",
            file=sys.stderr,
        )
        return 0 if args in (["-h"], ["--help"]) else 2
    where = default_table_path()
    try:
        table = load_table(where, trust_compiled=False, allow_unsafe=True)  # faults at lines
        unsafe = contract_problems(table)
        if unsafe:
            raise unsafe_table(where, unsafe)
        text = compiled_text(where, table)
        # the bytes, as `validate` and the run read them: read as text, a checkout's CRLF line
        # ends were LF, and compiled under the version they changed (a scripter, 29th session)
        source = read_table_bytes(where).decode("utf-8")
        problem = version_problem(where, table.version, source)
        if after_today(table.version):  # with no compiled form beside it too (a regression
            problem = dated_after_today(table.version)  # hunter, thirty-fourth session)
        if problem:  # at the version's line, as `validate` says it (a scripter, 27th session)
            raise TableError(where, [problem], _at_version(problem, source))
    except TableError as err:
        for problem in err.problems:
            print(f"{err.where(problem)}: {problem}", file=sys.stderr)
        print(f"{len(err.problems)} problem(s) found; nothing compiled.", file=sys.stderr)
        return 1
    compiled_path(where).write_text(text, encoding="utf-8")
    print(f"{compiled_path(where)}: compiled from {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
