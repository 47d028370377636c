"""Saving, to the letter (issue 12, mutation testing): the exact message for every way a save can
fail, where the temporary file is made, what is left behind, and the exact answers-file text.
The expected texts are written out here, not taken from the code."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tspain import saving
from tspain.saving import SaveError, answers_text, check_save_path, save_answers, write_private


def test_no_home_folder_to_expand(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home(self: Path) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "expanduser", no_home)
    assert check_save_path("~/r.html", force=False, report=True) == (
        "cannot save to ~/r.html: there is no home folder to expand ~ to"
    )


@pytest.mark.parametrize("name", ["r.txt", "r", "r.htm", "r.pdf"])
def test_a_report_must_be_md_html_or_json(tmp_path: Path, name: str) -> None:
    path = str(tmp_path / name)
    assert check_save_path(path, force=False, report=True) == (
        f"cannot save to {path}: a report ends in .md, .html or .json"
    )
    assert check_save_path(path, force=False, report=False) is None  # answers: any name


@pytest.mark.parametrize("name", ["r.md", "r.html", "r.json", "R.HTML", "r.Json"])
def test_report_suffixes_in_any_case(tmp_path: Path, name: str) -> None:
    assert check_save_path(str(tmp_path / name), force=False, report=True) is None


def test_missing_folder(tmp_path: Path) -> None:
    path = str(tmp_path / "nope" / "r.html")
    assert check_save_path(path, force=False, report=True) == (
        f"cannot save to {path}: folder {tmp_path / 'nope'} does not exist"
    )


@pytest.mark.parametrize("report", [True, False])
def test_a_name_ending_in_a_slash_is_a_folder_that_must_exist(tmp_path: Path, report: bool) -> None:
    """`--save x.html/` wrote a file named x.html: a trailing slash says a folder is meant (a
    scripter, thirty-fourth session)."""
    path = str(tmp_path / "x.html") + "/"
    assert check_save_path(path, force=False, report=report) == (
        f"cannot save to {path}: folder {tmp_path / 'x.html'} does not exist"
    )
    (tmp_path / "x.html").write_text("", encoding="utf-8")  # a file of that name
    assert check_save_path(path, force=False, report=report) == (
        f"cannot save to {path}: {tmp_path / 'x.html'} is not a folder"
    )
    (tmp_path / "x.html").unlink()
    (tmp_path / "x.html").mkdir()  # a folder that is there is said to be one, as before
    assert "it is a folder" in str(check_save_path(path, force=False, report=report))


def test_folder_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[object, int]] = []

    def access(where: object, mode: int) -> bool:
        asked.append((where, mode))
        return False

    monkeypatch.setattr(os, "access", access)
    path = str(tmp_path / "r.html")
    assert check_save_path(path, force=False, report=True) == (
        f"cannot save to {path}: folder {tmp_path} is not writable"
    )
    assert asked == [(tmp_path, os.W_OK)]


def test_a_name_the_system_refuses(tmp_path: Path) -> None:
    path = str(tmp_path / ("x" * 300 + ".json"))
    assert check_save_path(path, force=False, report=True) == (
        f"cannot save to {path}: File name too long"
    )


def test_only_regular_files_are_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "d.json"
    folder.mkdir()
    link = tmp_path / "l.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    end = "and tspain only replaces regular files"
    for where, kind in (
        (folder, "a folder"),
        (link, "a symbolic link"),
        (fifo, "not a regular file (a device or pipe)"),
    ):
        for force in (False, True):
            assert check_save_path(str(where), force=force, report=True) == (
                f"cannot save to {where}: it is {kind}, {end}"
            )


def test_an_existing_file_needs_force(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("mine")
    assert check_save_path(str(path), force=False, report=True) == (
        f"{path} already exists: choose another name, or add --force to overwrite it"
    )
    assert check_save_path(str(path), force=True, report=True) is None
    assert check_save_path(str(tmp_path / "new.json"), force=False, report=True) is None


def test_write_private_writes_exactly_and_privately(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    write_private(str(path), "héllo\nworld\n", force=False)
    assert path.read_bytes() == "héllo\nworld\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no temporary file left
    assert saving._temporary == set()
    with pytest.raises(SaveError) as err:
        write_private(str(path), "other", force=False)
    assert str(err.value) == (
        f"{path} already exists: choose another name, or add --force to overwrite it"
    )
    assert path.read_text() == "héllo\nworld\n"
    write_private(str(path), "other", force=True)
    assert path.read_text() == "other"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_temporary_file_is_made_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside the target, so the final rename stays on one file system (atomic), and hidden."""
    made: list[str] = []
    real = tempfile.mkstemp

    def mkstemp(**kwargs: object) -> tuple[int, str]:
        fd, name = real(**kwargs)  # type: ignore[call-overload]
        made.append(name)
        return fd, name  # type: ignore[no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    (tmp_path / "sub").mkdir()
    write_private(str(tmp_path / "sub" / "a.json"), "x", force=False)
    assert len(made) == 1
    assert Path(made[0]).parent == tmp_path / "sub"
    assert Path(made[0]).name.startswith(".tspain-") and made[0].endswith(".tmp")


def test_a_temporary_file_that_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(**kwargs: object) -> tuple[int, str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    path = str(tmp_path / "a.json")
    with pytest.raises(SaveError) as err:
        write_private(path, "x", force=False)
    assert str(err.value) == f"cannot save to {path}: No space left on device"


@pytest.mark.parametrize("force", [False, True])
def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    def fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)
    path = tmp_path / "a.json"
    with pytest.raises(SaveError) as err:
        write_private(str(path), "x", force=force)
    assert str(err.value) == f"cannot save to {path}: Input/output error"
    assert list(tmp_path.iterdir()) == []
    assert saving._temporary == set()


def test_a_file_made_after_the_check_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: the file appears between the check and the write. Without --force the write
    must fail rather than replace it."""
    path = tmp_path / "a.json"
    path.write_text("theirs")
    monkeypatch.setattr(saving, "check_save_path", lambda *args, **kwargs: None)
    with pytest.raises(SaveError) as err:
        write_private(str(path), "mine", force=False)
    assert str(err.value) == (
        f"{path} already exists: choose another name, or add --force to overwrite it"
    )
    assert path.read_text() == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_temporary_file_is_known_while_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal mid-write must find the temporary file to remove it."""
    seen: list[set[str]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        seen.append(set(saving._temporary))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_private(str(tmp_path / "a.json"), "x", force=False)
    assert len(seen) == 1 and len(seen[0]) == 1
    (tmp,) = seen[0]
    assert Path(tmp).parent == tmp_path
    assert saving._temporary == set()


def test_remove_temporary_files(tmp_path: Path) -> None:
    first, second = tmp_path / ".tspain-1.tmp", tmp_path / ".tspain-2.tmp"
    first.write_text("x")
    saving._temporary.update({str(first), str(second)})  # the second is already gone
    saving.remove_temporary_files()
    assert not first.exists()
    assert saving._temporary == set()


def test_answers_text_exactly() -> None:
    answers = {"age": 40, "fever": False, "onset": "sudden", "rash": None, "injury": "none"}
    assert answers_text(answers) == (
        '{\n  "age": 40,\n  "fever": false,\n  "onset": "sudden",\n  "rash": null,\n'
        '  "injury": "none"\n}\n'
    )
    assert answers_text(answers, toml=True) == (
        'age = 40\nfever = false\nonset = "sudden"\ninjury = "none"\n'
    )


def test_save_answers_picks_toml_by_the_name(tmp_path: Path) -> None:
    answers = {"age": 40, "rash": None}
    save_answers(answers, str(tmp_path / "a.TOML"), force=False)
    save_answers(answers, str(tmp_path / "a.json"), force=False)
    save_answers(answers, str(tmp_path / "a.txt"), force=False)
    assert (tmp_path / "a.TOML").read_text() == "age = 40\n"
    assert json.loads((tmp_path / "a.json").read_text()) == {"age": 40, "rash": None}
    assert json.loads((tmp_path / "a.txt").read_text()) == {"age": 40, "rash": None}


def test_force_never_writes_over_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "d.json"
    folder.mkdir()
    with pytest.raises(SaveError) as err:
        write_private(str(folder), "x", force=True)
    assert str(err.value) == (
        f"cannot save to {folder}: it is a folder, and tspain only replaces regular files"
    )
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_save_answers_with_force_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text("old")
    save_answers({"age": 40}, str(path), force=True)
    assert json.loads(path.read_text()) == {"age": 40}


def test_a_file_that_appears_at_the_last_moment_is_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program creates the file just before ours lands (after every check tspain can
    make): without --force it must still not be overwritten. Whatever call puts the file in
    place (link or replace), the other file appears just before it."""
    path = tmp_path / "a.json"
    real = {"link": os.link, "replace": os.replace}

    def arriving_first(name: str) -> Callable[[str, str], None]:
        def call(src: str, dst: str) -> None:
            if Path(dst) == path:
                path.write_text("theirs")
            real[name](src, dst)

        return call

    monkeypatch.setattr(os, "link", arriving_first("link"))
    monkeypatch.setattr(os, "replace", arriving_first("replace"))
    with pytest.raises(SaveError):
        write_private(str(path), "mine", force=False)
    assert path.read_text() == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_folder_named_as_the_report_is_said_to_be_a_folder(tmp_path: Path) -> None:
    """A tester typed a folder's name ("adir", "adir/") at the report's file name and read "a
    report ends in .md, .html or .json": true, but not what was wrong."""
    folder = tmp_path / "adir"
    folder.mkdir()
    for typed in (str(folder), f"{folder}/"):  # and what to type instead (sixteenth session)
        assert check_save_path(typed, force=False, report=True) == (
            f"cannot save to {typed}: it is a folder: give a file name in it, such as "
            f"{os.path.join(typed, 'report.html')}"
        )
    assert check_save_path(str(tmp_path / "r.txt"), force=False, report=True) == (
        f"cannot save to {tmp_path / 'r.txt'}: a report ends in .md, .html or .json"
    )
