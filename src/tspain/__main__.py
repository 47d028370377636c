"""The `tspain` script and `python -m tspain`: the command line, loaded once Ctrl-C is caught.

Loading it takes a tenth of a second (Typer, the command modules), and a Ctrl-C pressed then
was a Python traceback and a death by signal, before `cli.main` could catch it (a scripter,
thirty-sixth session): it is one line and exit 130, as at any other moment."""

from __future__ import annotations


def run() -> None:
    """Load the command line and run it; a Ctrl-C while it loads stops tspain in one line."""
    try:
        from tspain.cli import main
    except KeyboardInterrupt:
        import sys

        sys.stderr.write("\ntspain: stopped, nothing saved.\n")
        raise SystemExit(130) from None
    main()


if __name__ == "__main__":
    run()
