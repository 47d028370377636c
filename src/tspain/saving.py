"""Saving files the person asked for: written atomically (a temporary file, then a rename),
readable only by them, never over anything but a regular file, and never half-written."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from tspain.i18n import t
from tspain.table import Answer

REPORT_FORMATS = (".md", ".html", ".json")
READ_ONLY_REPORTS = (".md", ".html")
"""Reports made for reading: `--answers` refuses them, so answers are never saved to one."""


class SaveError(Exception):
    """A file that could not be saved; the message is one line for the person."""


def _no_such_folder(path: str, target: Path) -> str:
    """A name ending in a slash that is no folder: "x.html/" wrote a file x.html (a scripter,
    thirty-fourth session); a file of that name is said to be one (a code reviewer)."""
    folder = os.path.abspath(target)
    if target.exists():
        return t("cannot save to {path}: {parent} is not a folder", path=path, parent=folder)
    return t("cannot save to {path}: folder {parent} does not exist", path=path, parent=folder)


def check_save_path(path: str, force: bool, report: bool) -> str | None:
    """What is wrong with saving to `path`, checked before any question is asked or anything
    printed; None if fine. `--force` replaces only a regular file: never a folder, a device, a
    pipe or a symbolic link."""
    if path == "-":
        # "-" reads standard input where answers are read; saved to, it would be a file named
        # "-" that the next `--answers -` could never name.
        return t("cannot save to -: give a file name (a saved file is never standard output)")
    if not path.strip():
        return t("cannot save to an empty name: give a file name")
    try:
        target = Path(path).expanduser()
    except RuntimeError:  # "~" with no home folder (HOME unset, no passwd entry)
        return t("cannot save to {path}: there is no home folder to expand ~ to", path=path)
    if path.endswith(("/", os.sep)) and not target.is_dir():
        return _no_such_folder(path, target)
    ending = _ending_alone(target.name)
    if ending and not target.is_dir():
        # ".json" is a hidden file with no ending ("a report ends in ... .json" of ".json",
        # and --save-answers .json wrote a hidden file: a scripter, twenty-fourth session);
        # "..md" is one too (a maintainer-tester, twenty-fourth session)
        return t(
            "cannot save to {path}: give the file a name before its ending, e.g. report{ending}",
            path=path,
            ending=ending,
        )
    if report and target.suffix.lower() not in REPORT_FORMATS and not target.is_dir():
        # A folder is said to be a folder (below), not to lack a report's ending.
        return t("cannot save to {path}: a report ends in .md, .html or .json", path=path)
    parent = target.parent
    # "." said as the folder it is: "folder . is not writable" told a tester nothing.
    folder = os.path.abspath(parent)
    if parent.exists() and not parent.is_dir():
        return t("cannot save to {path}: {parent} is not a folder", path=path, parent=folder)
    if not parent.is_dir():
        return t("cannot save to {path}: folder {parent} does not exist", path=path, parent=folder)
    if not os.access(parent, os.W_OK):
        return t("cannot save to {path}: folder {parent} is not writable", path=path, parent=folder)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as err:
        return t("cannot save to {path}: {why}", path=path, why=err.strerror)
    return _not_a_file(path, info, force, report)


def _ending_alone(name: str) -> str | None:
    """The ending of a file name that is nothing but dots before it (".json", "..md"), or None."""
    for ending in (*REPORT_FORMATS, ".toml"):
        if name.lower().endswith(ending) and not name[: -len(ending)].strip("."):
            return ending
    return None


def _not_a_file(path: str, info: os.stat_result, force: bool, report: bool) -> str | None:
    """What is wrong with saving over what is at `path` (a folder, a link, a device; or a file,
    without `--force`), or None."""
    if stat.S_ISDIR(info.st_mode) and not force and not Path(path).suffix:
        # a folder named as a folder: "tspain only replaces regular files" spoke of replacing,
        # though nothing was asked to be replaced (a newcomer, sixteenth session)
        return t(
            "cannot save to {path}: it is a folder: give a file name in it, such as {example}",
            path=path,
            example=os.path.join(path, "report.html" if report else "answers.json"),
        )
    if not stat.S_ISREG(info.st_mode):
        kind = (
            t("a folder")
            if stat.S_ISDIR(info.st_mode)
            else t("a symbolic link")
            if stat.S_ISLNK(info.st_mode)
            else t("not a regular file (a device or pipe)")
        )
        return t(
            "cannot save to {path}: it is {kind}, and tspain only replaces regular files",
            path=path,
            kind=kind,
        )
    if not force:
        return t(
            "{path} already exists: choose another name, or add --force to overwrite it", path=path
        )
    return None


def same_file(first: str, second: str) -> bool:
    """Whether two paths name one file: the same path once `~`, `.`, `..` and symbolic links are
    resolved, or (for files that exist) the same file on disk, as hard links are."""
    try:
        a, b = Path(first).expanduser(), Path(second).expanduser()
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except (OSError, RuntimeError):  # unresolvable (a loop, no home folder): not provably one
        return False


_temporary: set[str] = set()
"""Temporary files being written: removed if a signal stops tspain mid-write."""
saved: list[str] = []
"""Every file saved so far (absolute paths), for the one line a signal ends tspain with."""
placing: str | None = None
"""The file being put in place now (rename or link): a signal then cannot tell whether it
happened, only that the file is whole either way."""


def forget() -> None:
    """A new run begins (a program that embeds the command line runs it more than once): the
    records of the last one must not be said as this one's ("saved before stopping: ...")."""
    global placing
    saved.clear()
    _temporary.clear()
    placing = None


def remove_temporary_files() -> None:
    """Remove the temporary files of writes under way (called when a signal stops tspain)."""
    for tmp in list(_temporary):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _temporary.discard(tmp)


def write_private(path: str, text: str, force: bool) -> None:
    """Write `text` atomically (temporary file, then rename), readable only by the user.
    An existing file is left alone unless `force`, and even then only a regular file is
    replaced. A signal mid-write leaves no temporary file behind (see `cli.main`)."""
    problem = check_save_path(path, force, report=False)
    if problem:
        raise SaveError(problem)
    target = Path(path).expanduser()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tspain-", suffix=".tmp")
    except OSError as err:
        raise SaveError(t("cannot save to {path}: {why}", path=path, why=err.strerror)) from None
    global placing
    _temporary.add(tmp)
    where = str(target.resolve())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        placing = where
        if force:
            os.replace(tmp, target)
            saved.append(where)
        else:
            try:
                os.link(tmp, target)  # fails if the target exists: no overwrite, no race
                saved.append(where)
            except FileExistsError:
                raise SaveError(
                    t(
                        "{path} already exists: choose another name, "
                        "or add --force to overwrite it",
                        path=path,
                    )
                ) from None
    except OSError as err:
        raise SaveError(t("cannot save to {path}: {why}", path=path, why=err.strerror)) from None
    finally:
        placing = None
        if os.path.exists(tmp):
            os.unlink(tmp)
        _temporary.discard(tmp)


# -- answers ----------------------------------------------------------------------------------


def answers_text(answers: Mapping[str, Answer | None], toml: bool = False) -> str:
    """An answers file: JSON with null for "not sure", or TOML (which leaves unknowns out)."""
    if not toml:
        return json.dumps(dict(answers), indent=2) + "\n"
    lines = [f"{qid} = {json.dumps(value)}" for qid, value in answers.items() if value is not None]
    return "\n".join(lines) + "\n"


def answers_name_problem(path: str) -> str | None:
    """An answers file named as a report made for reading would hold JSON that `--answers` then
    refuses (a tester saved me.md, then could not run it again)."""
    suffix = Path(path.strip()).suffix.lower().strip()  # "x.md/" and "x.md " are x.md too
    if suffix not in READ_ONLY_REPORTS:
        return None
    return t(
        "cannot save answers to {path}: a {suffix} file is a report; answers are saved to a "
        ".json (or .toml) file",
        path=path,
        suffix=suffix,
    )


def save_answers(answers: Mapping[str, Answer | None], path: str, force: bool) -> None:
    problem = answers_name_problem(path)
    if problem is not None:
        raise SaveError(problem)
    write_private(path, answers_text(answers, toml=path.lower().endswith(".toml")), force)
