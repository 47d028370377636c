"""Saving what the person asked for, from the command line: save paths checked before anything
is asked, the report offered after an interactive session, the files written, and what a
stopping signal says was saved."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer

from tspain.cli_base import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    fail,
    printable,
    stdin_is_terminal,
    stop_message,
    to_stderr,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tspain.assessment import Assessment
    from tspain.table import Answer, RuleTable


def answers_given(table: RuleTable, source: str) -> dict[str, Answer]:
    """The answers of `--answers FILE|-`, or one error line and exit 2: after the emergency
    level's action and signs when the answers that can be read hold one (a file with chest
    pain and one misspelt id said only the misspelling: a scripter, thirty-eighth session)."""
    from tspain.answers import AnswersError
    from tspain.answers_file import read_answers

    try:
        return read_answers(table, source)
    except AnswersError as err:
        from tspain.cli_table import say_the_ambulance

        say_the_ambulance(table, err.readable, assessed=True, meant_yes=err.meant_yes)
        fail(str(err))


def language_refused(
    ctx: typer.Context, table: RuleTable, source: str | None, *read: Mapping[str, Answer]
) -> None:
    """The language asked for, refused (`--lang xx`, a bad $TSPAIN_LANG): one line and exit 2,
    after the ambulance when the answers given (`--answers`'s `source`, or those `read`) hold
    an emergency sign; a mistyped $TSPAIN_LANG said only the language to every person with
    chest pain (a scripter, fortieth session). Nothing when the language was read."""
    from tspain.cli_table import LANGUAGE_REFUSED, say_the_ambulance

    said = ctx.meta.get(LANGUAGE_REFUSED)
    if said is None:
        return
    for known in [answers_given(table, source)] if source is not None else read:
        if say_the_ambulance(table, known, assessed=True):
            break  # once: `compare`'s two files may both hold it
    fail(said)


def check_options(
    answers: str | None,
    asking: tuple[bool, int | None],
    save: str | None,
    save_answers: str | None,
    force: bool,
) -> None:
    """Options that cannot work together are refused before anything is asked or printed:
    `--interactive` or `--max-questions` (`asking`) with `--answers`, which asks nothing (both
    were silently ignored: a scripter), `--force` with nothing to save (the same), and bad
    save paths (`_check_save_paths`)."""
    interactive, max_questions = asking
    if max_questions is not None and max_questions < 1:  # click's own check said "not in the
        from tspain.i18n import t  # range x>=1", and its help "[x>=1]" (a tester, 27th session)

        problem = t("{value} is less than {low}", value=max_questions, low=1)
        said = t(
            "Invalid value for '{option}': {problem}", option="--max-questions", problem=problem
        )
        fail(said + " " + t("(see `{where} --help`)", where="tspain check"))
    if answers is not None and (interactive or max_questions is not None):
        from tspain.i18n import t

        option = "--interactive" if interactive else "--max-questions"
        fail(t("{option} is for asking questions, and --answers asks none", option=option))
    if answers is not None and force and save is None and save_answers is None:
        from tspain.i18n import t  # with --answers nothing else is saved: silently ignored

        fail(t("--force is for --save or --save-answers, and none was given"))
    _check_save_paths(save, save_answers, force)


def _check_save_paths(save: str | None, save_answers: str | None, force: bool) -> None:
    """Bad save paths are found before anything is asked or printed: nobody should answer
    fifteen questions, or read a result, and then lose it to a typo."""
    if save is None and save_answers is None:
        return
    from tspain.saving import answers_name_problem, check_save_path, same_file

    for target, report in ((save, True), (save_answers, False)):
        # the kind of file first: "r.md already exists: add --force" was followed, once
        # forced, by "a .md file is a report" (a scripter, twenty-third session)
        problem = None if target is None or report else answers_name_problem(target)
        if problem is None and target is not None:
            problem = check_save_path(target, force, report)
        if problem:
            fail(problem)
    if save and save_answers and same_file(save, save_answers):
        from tspain.i18n import t

        fail(t("--save and --save-answers both name {file}: give them different files", file=save))


@dataclass(frozen=True)
class Offer:
    """What the report offer ended with: the path (None: no report), whether replacing it was
    agreed, and whether the person stopped tspain there (it then ends with exit 130, once any
    answers file asked for on the command line is saved)."""

    path: str | None = None
    replace: bool = False
    stopped: bool = False


def _offer_report(force: bool, answers_path: str | None = None) -> Offer:
    """After an interactive session: "Save a report for your doctor? [y/N]", then a file name
    (Enter takes the default, ~ is expanded), "replace it? [y/N]" for an existing file.
    Never traps: Enter or no skips, and so does the end of input; Ctrl-C, or the end of input
    after a yes, stops with a word that no report was saved; anything else is asked again."""
    from datetime import date
    from pathlib import Path

    from tspain.cli_ask import said_before_asking, typed_line
    from tspain.i18n import key, t
    from tspain.saving import check_save_path, same_file

    meaning = _report_wanted
    y_n = f"[{key('yes')}/{key('no').upper()}]"
    wanted = False
    try:
        answer = meaning(typed_line("\n" + t("Save a report for your doctor?") + f" {y_n} "))
        while answer is None:
            # "b" (go back, as at every question) or "19" is not an answer here: say so once
            # and ask again; Enter, no, Ctrl-C or the end of input still skip it.
            ask = t("Answer {yes} to save a report, or press Enter to skip:", yes=key("yes"))
            ask += f" {y_n} "
            answer = meaning(typed_line(ask))
        if answer != "yes":
            return Offer()
        wanted = True
        default = t("tspain-report-{date}.html", date=f"{date.today():%Y-%m-%d}")
        # Said once, on its own line, so the prompt is short enough not to break mid-word.
        said_before_asking(
            t(
                "The report: a name ending in .html, .md or .json, or {no} to save none.",
                no=key("no"),
            )
        )
        while True:
            ask = t("File name [{default}]: ", default=default)
            typed = _as_dropped(typed_line(ask))
            if _declined(typed):  # the whole name: "n", "q", "ninguno", "no, gracias"
                to_stderr(t("No report saved.") + "\n")
                return Offer()
            path = _in_folder(_home(typed or default), default)
            if answers_path is not None and same_file(path, answers_path):
                to_stderr(
                    printable(
                        t(
                            "the report and the answers both name {path}: give the report "
                            "another name",
                            path=path,
                        )
                    )
                    + "\n"
                )
                continue
            replace = force
            problem = check_save_path(path, force=True, report=True)
            if problem is None and Path(path).exists() and not force:
                ask = t("{path} already exists: replace it?", path=path) + f" {y_n} "
                if meaning(typed_line(printable(ask))) != "yes":
                    continue
                replace = True
            if problem is None:
                return Offer(path, replace)
            to_stderr(printable(problem) + "\n")
    except (KeyboardInterrupt, EOFError) as ended:
        # The end of input before a report was asked for declines it, as Enter does; Ctrl-C, or
        # the end of input once one was, stops tspain as at any question, saying so.
        if wanted or isinstance(ended, KeyboardInterrupt):
            to_stderr("\n" + t("tspain: stopped, no report saved.") + "\n")
            return Offer(stopped=True)
        print()  # the shell's prompt on a line of its own, not after "[y/N]"
        return Offer()


def _report_wanted(typed: str) -> str | None:
    """The words people use at every question ("si", "claro", "sí, por favor", "nope"), in the
    language in use; Enter, "q" and "no, thank you ..." are no (the last two were asked again:
    a tester, twenty-third session)."""
    from tspain.said_apart import SAID_BEFORE
    from tspain.typed_words import _normal
    from tspain.understand import _yes_or_no

    text = SAID_BEFORE.sub("", _normal(typed))  # "i said no" was asked again (a tester, 29th)
    if not text or _declined(text) or re.match(r"(?:no|nope|nah)\b.*\bthank", text):
        return "no"
    return _yes_or_no(text) or ("yes" if text == "ok" else None)


def _declined(typed: str) -> bool:
    """A file name that says no: "n", "no", "q", "cancel", "ninguno", "no, gracias" (none of
    them ends as a report does, in .md, .html or .json)."""
    from tspain.none_said import says_none
    from tspain.said_apart import SAID_BEFORE
    from tspain.typed_words import _normal, _words

    text = SAID_BEFORE.sub("", _normal(typed))  # "i said no" was a file name (a tester, 29th)
    return says_none(text) or _words().meaning.get(text) == "done" or text in ("cancel", "cancelar")


def _home(typed: str) -> str:
    """ "~/r.html" with the home folder; as typed when there is none to expand to (a "~nobody"
    was a traceback, and the report lost): the save check then says why."""
    from pathlib import Path

    try:
        return str(Path(typed).expanduser()) if typed.startswith("~") else typed
    except RuntimeError:
        return typed


def _in_folder(path: str, default: str) -> str:
    """A folder typed or dragged at the file name is where the report goes, under the default
    name (a tester dragged "My Docs/" and read that tspain only replaces regular files)."""
    import os

    return os.path.join(path, default) if os.path.isdir(path) else path


def _as_dropped(typed: str) -> str:
    """A file name as a terminal pastes a dragged file: in quotes ('/a b/r.md') or with its
    spaces escaped (/a\\ b/r.md); the name itself."""
    name = typed.strip()
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        return name[1:-1]
    return name.replace("\\ ", " ")


def save_files(
    table: RuleTable,
    assessment: Assessment,
    asked: dict[str, Answer | None],
    save: str | None,
    save_answers: str | None,
    force: bool,
    offer: bool,
) -> None:
    """The files asked for: the answers file first (asked for on the command line, it is kept
    even if the terminal closes or Ctrl-C comes at the report offer that follows), then the
    report offered after an interactive session, then the report."""
    failed = save_answers is not None and not _write(
        table, assessment, asked, save_answers, "answers", force
    )
    stopped = False
    if save is None and offer and stdin_is_terminal():
        # A report that cannot be written where the person named (a full disk) is offered
        # again, as a bad name is: the result is on screen, and another place may do.
        while not stopped:
            offered = _offer_report(force, save_answers)
            stopped = offered.stopped
            if offered.path is None:
                break
            if _write(table, assessment, asked, offered.path, "report", offered.replace):
                break
    elif save is not None and not _write(table, assessment, asked, save, "report", force):
        failed = True
    if failed:
        raise typer.Exit(EXIT_INPUT)
    if stopped:
        raise typer.Exit(EXIT_INTERRUPTED)


def _write(
    table: RuleTable,
    assessment: Assessment,
    asked: dict[str, Answer | None],
    path: str,
    kind: str,
    force: bool,
) -> bool:
    """Save one file and say where, or say why not (False)."""
    from pathlib import Path

    from tspain import report, saving
    from tspain.i18n import t

    try:
        if kind == "report":
            report.save_report(table, assessment, asked, path, force)
        else:
            saving.save_answers(asked, path, force)
    except saving.SaveError as err:
        to_stderr(printable(f"tspain: error: {err}") + "\n")
        return False
    where = Path(_home(path)).resolve()
    saved = t("report") if kind == "report" else t("answers")
    to_stderr(printable("tspain: " + t("saved {what} to {path}", what=saved, path=where)) + "\n")
    return True


def on_stop_signals() -> None:
    """SIGTERM or SIGHUP (terminal closed): leave no half-written temporary file behind, and say
    in one line whether anything was saved."""
    import os
    import signal
    from contextlib import suppress

    def stop(signum: int, _frame: object) -> None:
        # No import here (one could be half done).
        saving = sys.modules.get("tspain.saving")
        remove = getattr(saving, "remove_temporary_files", None)
        if remove is not None:
            remove()
        try:
            message = stop_message(saving)
        except Exception:  # a half-imported module: the English words, still true
            message = "tspain: stopped."
        with suppress(OSError):  # the terminal that hung up may be gone: the exit status
            os.write(2, ("\n" + message + "\n").encode("utf-8", "replace"))  # still says it
        os._exit(128 + signum)  # (it was 70, a fault: a tester of carers, thirty-seventh)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
