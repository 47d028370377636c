"""tspain: triage for upper back (thoracic spine) pain. Not a diagnosis.

The Python API (docs/api.md):

    >>> import tspain
    >>> tspain.assess({"age": 60, "chest_pain_or_pressure": True}).triage.level
    'emergency'

`assess`, `load_table`, `questions`, `Interview` (the questions in the command line's order,
for a script that asks them its own way; its steps are `Step`s), the errors they raise
(`AnswersError`, `TableError`, `LanguageError`) and the types of what they return, for
annotations (`Assessment`, `RuleTable`, `Question`) are the public API; every other module is
private. They load on first use, so that `import tspain` (and the command line's start-up)
stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "AnswersError",
    "Assessment",
    "Interview",
    "LanguageError",
    "Question",
    "RuleTable",
    "Step",
    "TableError",
    "__version__",
    "assess",
    "load_table",
    "questions",
]

if TYPE_CHECKING:
    from tspain.api import (
        AnswersError,
        Assessment,
        Interview,
        LanguageError,
        Question,
        RuleTable,
        Step,
        TableError,
        assess,
        load_table,
        questions,
    )


if not TYPE_CHECKING:  # a type checker sees the names above, so `tspain.asess` is an error

    def __getattr__(name: str) -> Any:
        if name in __all__:
            from tspain import api

            return getattr(api, name)
        raise AttributeError(f"module 'tspain' has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})  # `dir(tspain)` lists the lazy names too
