"""Saving what the person asked for, from the command line: save paths checked before anything
is asked, the report offered after an interactive session, the files written, and what a
stopping signal says was saved."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer

from tspain.cli_base import EXIT_INPUT, _err, fail, stdin_is_terminal

if TYPE_CHECKING:
    from tspain.assessment import Assessment
    from tspain.table import Answer, RuleTable


def _check_save_paths(save: str | None, save_answers: str | None, force: bool) -> None:
    """Bad save paths are found before anything is asked or printed: nobody should answer
    fifteen questions, or read a result, and then lose it to a typo."""
    if save is None and save_answers is None:
        return
    from tspain.saving import check_save_path, same_file

    for target, report in ((save, True), (save_answers, False)):
        problem = None if target is None else check_save_path(target, force, report)
        if problem:
            fail(problem)
    if save and save_answers and same_file(save, save_answers):
        fail(f"--save and --save-answers both name {save}: give them different files")


def _offer_report(force: bool, answers_path: str | None = None) -> tuple[str | None, bool]:
    """After an interactive session: "Save a report for your doctor? [y/N]", then a file name
    (Enter takes the default, ~ is expanded), "replace it? [y/N]" for an existing file.
    Returns the path (None: not saved) and whether replacing it was agreed. Never traps: Enter
    or no skips, and so do Ctrl-C and the end of input; anything else is asked again."""
    from datetime import date
    from pathlib import Path

    from tspain.i18n import key, t
    from tspain.saving import check_save_path, same_file
    from tspain.words import NO, YES

    yes = {*YES, "ok", key("yes"), t("yes")}
    no = {*NO, "", key("no"), t("no")}
    y_n = f"[{key('yes')}/{key('no').upper()}]"
    try:
        answer = input("\n" + t("Save a report for your doctor?") + f" {y_n} ").strip().lower()
        while answer not in yes | no:
            # "b" (go back, as at every question) or "19" is not an answer here: say so once
            # and ask again; Enter, no, Ctrl-C or the end of input still skip it.
            ask = t("Answer {yes} to save a report, or press Enter to skip:", yes=key("yes"))
            ask += f" {y_n} "
            answer = input(ask).strip().lower()
        if answer not in yes:
            return None, False
        default = f"tspain-report-{date.today():%Y-%m-%d}.html"
        while True:
            ask = t("File name (.html, .md or .json) [{default}]: ", default=default)
            typed = input(ask).strip() or default
            path = str(Path(typed).expanduser()) if typed.startswith("~") else typed
            if answers_path is not None and same_file(path, answers_path):
                _err(
                    t(
                        "the report and the answers both name {path}: give the report another name",
                        path=path,
                    )
                    + "\n"
                )
                continue
            replace = force
            problem = check_save_path(path, force=True, report=True)
            if problem is None and Path(path).exists() and not force:
                ask = t("{path} already exists: replace it?", path=path) + f" {y_n} "
                answer = input(ask).strip().lower()
                if answer not in yes:
                    continue
                replace = True
            if problem is None:
                return path, replace
            _err(f"{problem}\n")
    except (KeyboardInterrupt, EOFError):
        return None, False


def _save(
    table: RuleTable,
    assessment: Assessment,
    asked: dict[str, Answer | None],
    save: str | None,
    save_answers: str | None,
    force: bool,
    offer: bool,
) -> None:
    if save is None and offer and stdin_is_terminal():
        save, force = _offer_report(force, save_answers)
    if save is None and save_answers is None:
        return
    from tspain import report, saving

    failed = False
    for path, kind in ((save, "report"), (save_answers, "answers")):
        if path is None:
            continue
        try:
            if kind == "report":
                report.save_report(table, assessment, asked, path, force)
            else:
                saving.save_answers(asked, path, force)
        except saving.SaveError as err:
            _err(f"tspain: error: {err}\n")
            failed = True
            continue
        from pathlib import Path

        from tspain.i18n import t

        where = Path(path).expanduser().resolve()
        saved = t("report") if kind == "report" else t("answers")
        _err("tspain: " + t("saved {what} to {path}", what=saved, path=where) + "\n")
    if failed:
        raise typer.Exit(EXIT_INPUT)


def stop_message(saving: Any) -> str:
    """The one true line a signal ends tspain with: whether anything was saved, from the
    records of `tspain.saving` (None: not imported, so nothing was). Imports nothing: it runs
    inside the signal handler, perhaps while a module is half imported."""
    found = getattr(sys.modules.get("tspain.i18n"), "t", None)

    def t(english: str, /, **values: str) -> str:
        return str(found(english, **values)) if found is not None else english.format(**values)

    done = list(getattr(saving, "saved", None) or ())
    busy = getattr(saving, "placing", None)
    if not done and busy is None:
        return str(t("tspain: stopped, nothing saved."))
    lines = []
    if done:
        lines.append(t("tspain: stopped; saved before stopping: {paths}.", paths=", ".join(done)))
    if busy is not None and busy not in done:
        lines.append(
            t(
                "tspain: stopped while saving {path}: it is either complete or as it was.",
                path=busy,
            )
        )
    return " ".join(str(line) for line in lines)


def on_stop_signals() -> None:
    """SIGTERM or SIGHUP (terminal closed): leave no half-written temporary file behind, and say
    in one line whether anything was saved."""
    import os
    import signal

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
        os.write(2, ("\n" + message + "\n").encode("utf-8", "replace"))
        os._exit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
