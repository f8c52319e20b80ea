"""The shape every labelled field shares: ``label:value label:value``, a value running to the
next label. One implementation for the metadata line, credits, footer and 上一篇/下一篇."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["label_alternation", "value_ends"]


def label_alternation(labels: Iterable[str]) -> str:
    """A regex alternation of literal labels, longest first so ``发布时间`` beats ``时间``."""
    return "|".join(re.escape(label) for label in sorted(set(labels), key=len, reverse=True))


def value_ends(matches: Sequence[re.Match[str]], end: int) -> Iterator[tuple[re.Match[str], int]]:
    """Each label match with the index where its value stops: the next label, or ``end``."""
    for at, match in enumerate(matches):
        yield match, matches[at + 1].start() if at + 1 < len(matches) else end
