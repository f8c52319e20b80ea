"""Box title bars: a notice box (通知公告) and the boxes that only follow a body (相关文章)."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._lexicon import DEFAULT, Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = ["is_box_label", "is_box_title", "is_end_marker"]

# A "more" link beside a box title: 通知公告 更多>>.
_MORE_RE = re.compile(r"(?:更多|more)\s{0,2}(?:>{1,3}|»)?$", re.IGNORECASE)


def _squeezed(text: str) -> str:
    return fold(tidy(text)).replace(" ", "").lower()


def is_box_title(line: str, lex: Lexicon = DEFAULT) -> bool:
    """Whether a line is the title bar of a notice box (``通知公告``, ``通知公告 更多>>``).

    Stricter than :func:`is_box_label`: a lone 通知 or 公告 may head a document reproduced
    in a body, so only a box's own title counts.

    >>> is_box_title("通知公告 更多>>"), is_box_title("通知")
    (True, False)
    """
    if len(line) > LIMITS.max_tool_line:
        return False
    squeezed = _squeezed(line)
    return _MORE_RE.sub("", squeezed) in lex.box_titles or squeezed in lex.box_titles


def is_box_label(text: str, lex: Lexicon = DEFAULT) -> bool:
    """Whether a header line or link is a label of a notice box, not a headline.

    >>> is_box_label("更多>>"), is_box_label("公告"), is_box_label("公告栏目调整")
    (True, True, False)
    """
    if len(text) > LIMITS.max_tool_line:
        return False
    squeezed = _squeezed(text)
    return squeezed in lex.box_labels or _MORE_RE.sub("", squeezed) in lex.box_labels


def is_end_marker(line: str, lex: Lexicon = DEFAULT) -> bool:
    """Whether a line is the title of a box that only ever follows a body (``相关文章：``).

    >>> is_end_marker("相关文章："), is_end_marker("相关文章很多")
    (True, False)
    """
    if len(line) > LIMITS.max_tool_line:
        return False
    return _MORE_RE.sub("", _squeezed(line)).rstrip(":") in lex.end_markers
