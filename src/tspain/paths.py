"""Where the shipped data is: inside the installed package, or at the top of a source checkout.
(Its own module, so that the translations can find their folder without importing the table
loader.)"""

from __future__ import annotations

from pathlib import Path


def default_table_path() -> Path:
    """The shipped table: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "causes.toml"
    if packaged.is_file():
        return packaged
    return here.parent.parent / "data" / "causes.toml"
