"""Article navigation lines: ``上一篇：…``/``下一篇：…`` and DedeCMS pagination (``共N页``)."""

from __future__ import annotations

import re

from xianfeng._chars import SPACE_CHARS, fold, tidy
from xianfeng._fields._labels import strip_value, value_ends
from xianfeng._lexicon import Lexicon

__all__ = ["PAGE_COUNT_RE", "parse_prev_next"]

# Between the two links of one line (compared folded, so ｜ too).
_SEP = " |"
PAGE_COUNT_RE = re.compile(r"共\s{0,3}(?P<n>\d{1,4})\s{0,3}页")
"""``共N页`` as DedeCMS's pager writes it (matched on folded text)."""


def parse_prev_next(line: str, *, lex: Lexicon) -> dict[str, str | None] | None:
    """The titles a 上一篇/下一篇 line names, keyed ``previous``/``next``; ``None`` if not one.

    A title of ``没有了`` (there is none) is ``None``.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> parse_prev_next("上一篇：没有了 下一篇：道里区召开党建工作会议", lex=lex)
    {'previous': None, 'next': '道里区召开党建工作会议'}
    """
    if line.lstrip(SPACE_CHARS)[:1] not in lex.prev_next_starts:
        return None
    text = tidy(line)
    folded = fold(text)
    matches = list(lex.prev_next_re.finditer(folded))
    if not matches or matches[0].start() != 0:
        return None
    found: dict[str, str | None] = {}
    for match, stop in value_ends(matches, len(text)):
        title = strip_value(text, folded, match.end(), stop, _SEP)
        key = "previous" if match.group("previous") else "next"
        found[key] = None if not title or fold(title) in lex.none_words else title
    return found
