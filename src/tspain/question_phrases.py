"""The phrases people use for a warning-sign list's items (and a few questions asked apart),
found whole in what was typed and then asked about ("Did you mean ...?"); kept apart from
`matching.QUESTION_WORDS` so that their small words ("makes", "ever") never name an item
alone. The phrases are data, in `question_phrases.toml` beside this module, each with the
words that brought it (they were Python statements, built at import: a code reviewer)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

PHRASES_FILE = Path(__file__).with_name("question_phrases.toml")


@functools.cache
def question_phrases() -> Mapping[str, tuple[str, ...]]:
    """Each question id and its people's phrases, lower case, in the file's order. Read once,
    on first use, and never changed (a mapping of tuples)."""
    with PHRASES_FILE.open("rb") as held:
        read = tomllib.load(held)
    return MappingProxyType({qid: tuple(said) for qid, said in read.items()})
