"""The page header → navigation links and notice headlines, one rule for both input forms.

Each form hands over its header lines as text with their :class:`~xianfeng._pieces.Item` s:
an HTML page gives a line's links; a text rendering gives ``None``, and the line's items are
its words while they are short enough to be category names (a menu row), else the whole line
(a headline).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from xianfeng._fields.boxes import is_box_label
from xianfeng._fields.chrome import is_chrome
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Item, RawNotice
from xianfeng.models import Link
from xianfeng.vocabulary import LIMITS

__all__ = ["split_header"]


def split_header(
    lines: Iterable[tuple[str, Sequence[Item] | None]],
    *,
    lex: Lexicon,
    in_notices: bool = False,
) -> tuple[list[Link], list[RawNotice]]:
    """Split header lines into navigation and notices.

    Short category names are navigation; from a notice box's label (通知公告) or the first
    headline-length item on, items are notices. ``in_notices``: the lines are a notice box's
    already (one placed after the body).
    """
    navigation: list[Link] = []
    notices: list[RawNotice] = []
    starts, tool_start = lex.box_starts, lex.tool_start
    longest = LIMITS.max_nav_label
    for text, items in lines:
        if not text or (items is None and text[0] in tool_start and is_chrome(text, lex=lex)):
            continue  # a text line of page tools; an HTML line's tools are no items anyway
        if text[0] in starts and is_box_label(text.split(" ", 1)[0], lex=lex):
            in_notices = True
        if items is None:  # a text line: its words, or itself
            words = text.split(" ")
            if in_notices or max(map(len, words)) > longest:
                in_notices = True
                if not (text[0] in starts and is_box_label(text, lex=lex)):
                    notices.append(RawNotice(shown=text))
                continue
            navigation.extend(
                Link(label=word)
                for word in words
                if word and not (word[0] in starts and is_box_label(word, lex=lex))
            )
            continue
        for item in items:
            label = item.label
            if not label or (label[0] in starts and is_box_label(label, lex=lex)):
                continue
            if not in_notices and len(label) <= LIMITS.max_nav_label:
                navigation.append(Link(label=label, url=item.url))
                continue
            in_notices = True
            notices.append(RawNotice(shown=label, full=item.title, url=item.url))
    return navigation, notices
