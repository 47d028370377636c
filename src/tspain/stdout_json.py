"""JSON on standard output, as a script reads it: UTF-8 to a pipe or a file, written whole or
failing (a reader gone is a BrokenPipeError, which the command line turns into exit 1)."""

from __future__ import annotations

import sys


def json_text(data: object) -> str:
    """JSON for standard output: as UTF-8 where the output takes it, else with every non-ASCII
    character escaped (still the same JSON; never "m?sculos" from an ASCII-only output)."""
    from tspain.assessment import dumps

    text = dumps(data)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        import json

        from tspain.assessment import as_json

        text = json.dumps(as_json(data), indent=2, ensure_ascii=True)
    return text


def print_json(data: object) -> None:
    """JSON on standard output; to a pipe or file as UTF-8 bytes (RFC 8259; a cp1252 output
    wrote cp1252), written until all are, so a reader that leaves mid-way is a BrokenPipeError:
    CPython took a partial write to a pipe as done and exited 0 (a scripter's audit)."""
    import os

    text = json_text(data) + "\n"
    try:
        fd = None if sys.stdout.isatty() else sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a test's stand-in: no descriptor
        fd = None
    if fd is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    data_left = text.encode("utf-8")
    while data_left:
        data_left = data_left[os.write(fd, data_left) :]
