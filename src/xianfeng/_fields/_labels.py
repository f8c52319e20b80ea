"""The shape every labelled field shares: ``label:value label:value``, a value running to the
next label. One implementation for the metadata line, credits, footer and 上一篇/下一篇.

Labels and separators are found on the folded text (:func:`xianfeng._chars.fold`), values are
sliced out of the original: an index into one is an index into the other."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

__all__ = ["strip_value", "value_ends"]


def value_ends(matches: Sequence[re.Match[str]], end: int) -> Iterator[tuple[re.Match[str], int]]:
    """Each label match with the index where its value stops: the next label, or ``end``."""
    for at, match in enumerate(matches):
        yield match, matches[at + 1].start() if at + 1 < len(matches) else end


def strip_value(text: str, folded: str, start: int, stop: int, chars: str) -> str:
    """``text[start:stop]`` without leading and trailing ``chars``, judged on ``folded``.

    ``chars`` are ASCII separators; their full-width twins (``，；｜／``) fold to them, so a
    value is trimmed the same whichever width the page wrote.

    >>> strip_value("本站｜", "本站|", 0, 3, " |")
    '本站'
    """
    value = folded[start:stop]
    kept = value.strip(chars)
    begin = start + len(value) - len(value.lstrip(chars))
    return text[begin : begin + len(kept)]
