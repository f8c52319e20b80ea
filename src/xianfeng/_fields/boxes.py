"""Box title bars: a notice box (通知公告) and the boxes that only follow a body (相关文章)."""

from __future__ import annotations

import re

from xianfeng._chars import fold, squeeze, tidy
from xianfeng._lexicon import Lexicon

__all__ = ["end_marker_rest", "is_box_label", "is_box_title"]

# A "more" link beside a box title: 通知公告 更多>>.
_MORE_RE = re.compile(r"(?:更多|more)\s{0,2}(?:>{1,3}|»)?$", re.IGNORECASE)
# How much longer than the word itself a title bar may be: spaces, a colon, 更多>>. A longer
# line is refused before it is folded (these tests run on every header and body line).
_SLACK = 10
_MORE_ENDS = frozenset("多e>»")


def _without_more(squeezed: str) -> str:
    """A squeezed title without its 更多>> link (a cheap test first: most lines have none)."""
    return _MORE_RE.sub("", squeezed) if squeezed[-1:] in _MORE_ENDS else squeezed


def is_box_title(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is the title bar of a notice box (``通知公告``, ``通知公告 更多>>``).

    Stricter than :func:`is_box_label`: a lone 通知 or 公告 may head a document reproduced
    in a body, so only a box's own title counts.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> is_box_title("通知公告 更多>>", lex=lex), is_box_title("通知", lex=lex)
    (True, False)
    """
    if len(line) > lex.longest_box_label + _SLACK or line[:1] not in lex.box_starts:
        return False
    squeezed = squeeze(line)
    return squeezed in lex.box_titles or _without_more(squeezed) in lex.box_titles


def is_box_label(text: str, *, lex: Lexicon) -> bool:
    """Whether a header line or link is a label of a notice box, not a headline.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> [is_box_label(text, lex=lex) for text in ("更多>>", "公告", "公告栏目调整")]
    [True, True, False]
    """
    if len(text) > lex.longest_box_label + _SLACK or text[:1] not in lex.box_starts:
        return False
    squeezed = squeeze(text)
    return squeezed in lex.box_labels or _without_more(squeezed) in lex.box_labels


def end_marker_rest(line: str, *, lex: Lexicon) -> str | None:
    """What follows an end marker that opens ``line``, the title of a box that only ever
    follows a body: ``""`` when the line is the title alone (``相关文章：``, ``相关文章 更多>>``),
    the rest of the line when it goes on (``【我要纠错】 责任编辑：赵六``); ``None`` when no end
    marker opens the line.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> [end_marker_rest(line, lex=lex) for line in ("相关文章：", "【相关阅读】 某某文章")]
    ['', '某某文章']
    >>> end_marker_rest("相关文章很多", lex=lex) is None
    True
    """
    if line[:1] not in lex.end_starts:
        return None
    if (
        len(line) <= lex.longest_end_marker + _SLACK
        and _without_more(squeeze(line)).rstrip(":") in lex.end_markers
    ):
        return ""
    opening = lex.end_marker_re.match(fold(line))
    return None if opening is None else tidy(line[opening.end() :])
