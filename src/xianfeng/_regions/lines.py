"""Small tests on tidied lines, shared by the anchor and the body finders."""

from __future__ import annotations

import re
from collections.abc import Sequence

from xianfeng._chars import COLON_RE, HANZI_RE, fold
from xianfeng._fields.footer import is_footer_line
from xianfeng._fields.title import split_column
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = [
    "Span",
    "footer_lines",
    "footer_start",
    "headline_key",
    "is_field_row",
    "is_label_only",
    "is_prose",
    "next_line",
    "previous_line",
]

Span = tuple[int, int]
"""First line and last line (exclusive) of a region."""

_SENTENCE_RE = re.compile("[。，；！？,;]")
# A row of a table of document fields: ``| 发布机构:…``, ``索 引 号: … 主题分类: …`` (two
# labels; a headline may well start with one name and a colon: ``习近平：…``).
_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff ]{0,9}:"
_FIELD_ROW_RE = re.compile(rf"\|.{{0,40}}[:|]|{_LABEL}[^:]{{0,60}}\s{_LABEL}")


def next_line(lines: Sequence[str], at: int) -> int | None:
    """The next line after ``at`` that is not blank."""
    for after in range(at + 1, len(lines)):
        if lines[after]:
            return after
    return None


def previous_line(lines: Sequence[str], at: int) -> int | None:
    """The nearest line before ``at`` that is not blank."""
    for before in range(at - 1, -1, -1):
        if lines[before]:
            return before
    return None


def is_prose(line: str, *, long: bool = False) -> bool:
    """A line of running Chinese text: Chinese with sentence punctuation (and, when
    ``long``, not short). Repeated words, keyword lists and link farms have none."""
    if long and len(line) < LIMITS.min_prose_line:
        return False
    return _SENTENCE_RE.search(line) is not None and HANZI_RE.search(line) is not None


def is_field_row(line: str) -> bool:
    """A row of a table of document fields (a colon or a pipe is needed: tested first)."""
    if line[:1] != "|" and COLON_RE.search(line) is None:
        return False
    return _FIELD_ROW_RE.match(fold(line)) is not None


def is_label_only(line: str) -> bool:
    """A label with its colon and nothing after it (``发布时间:``, ``原文链接：``)."""
    folded = fold(line).strip()
    return 1 < len(folded) <= LIMITS.max_nav_label + 1 and folded.endswith(":")


def headline_key(text: str) -> str:
    """A headline as compared: without its 【column】 tag, folded, without spaces."""
    return fold(split_column(text)[1]).replace(" ", "")


def footer_lines(lines: Sequence[str], start: int, *, lex: Lexicon) -> list[int]:
    """The footer lines from ``start`` on among the footer-sized lines that end the page,
    last first."""
    found = []
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at]) > LIMITS.max_footer_line:
            break
        if lines[at] and is_footer_line(lines[at], lex=lex):
            found.append(at)
    return found


def footer_start(footers: Sequence[int], start: int, end: int) -> int:
    """Index of the first footer line from ``start`` on after which every line is
    footer-sized (``footers`` from :func:`footer_lines`); ``end`` when there is none."""
    return next((at for at in reversed(footers) if at >= start), end)
