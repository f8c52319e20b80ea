"""Page chrome that is never content: print/close/font-size tools, share bars, counters."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._fields._labels import label_alternation

__all__ = [
    "AFTER_BODY_LABELS",
    "MAX_NAV_LABEL",
    "NOTICE_BOX_LABELS",
    "is_chrome",
    "is_notice_box_title",
]

_TOOL_WORDS = (
    "打印", "打印本页", "打印此文", "关闭", "关闭窗口", "关闭本页", "收藏", "加入收藏",
    "返回顶部", "顶部", "字体", "字号", "大", "中", "小", "分享到", "分享", "推荐", "纠错",
    "我要纠错", "复制链接", "T",
)  # fmt: skip
_TOOL_RE = re.compile(rf"(?:[\s\[\]【】|:/]*(?:{label_alternation(_TOOL_WORDS)}))+[\s\[\]【】|:/]*")
_MAX_LINE = 80
# A tool line starts with a bracket, a separator or a tool word (either width): a cheap
# test that spares folding every body line.
_TOOL_START = frozenset("[]【】|/:：［］｜／ ") | {word[0] for word in _TOOL_WORDS} | {"Ｔ"}
NOTICE_BOX_LABELS = frozenset(
    {"通知公告", "公告", "通知", "最新公告", "重要通知", "公告栏", "通知公告更多", "更多"}
    | {"更多>>", "more"}
)
"""Labels of the notice box itself, not headlines (compared folded, without spaces)."""
MAX_NAV_LABEL = 8
"""Navigation labels are category names of at most this many characters; a longer header
link or line is a notice headline."""
AFTER_BODY_LABELS = frozenset(
    {"相关文章", "相关阅读", "相关新闻", "相关链接", "推荐阅读", "延伸阅读", "热点文章", "热门文章"}
    | {"最新文章", "猜你喜欢", "图片新闻", "相关文章:", "相关阅读:"}
)
"""Box labels that only ever follow an article body: the body has ended."""


_BOX_TITLES = frozenset({"通知公告", "最新公告", "公告栏", "重要通知", "通知通告"})
_MORE_RE = re.compile(r"(?:更多|more)\s{0,2}(?:>{1,3}|»)?$", re.IGNORECASE)


def is_notice_box_title(line: str) -> bool:
    """Whether a line is the title bar of a notice box (``通知公告``, ``通知公告 更多>>``).

    Stricter than :data:`NOTICE_BOX_LABELS`: a lone 通知 or 公告 may head a document
    reproduced in a body, so only a box's own title counts.

    >>> is_notice_box_title("通知公告 更多>>"), is_notice_box_title("通知")
    (True, False)
    """
    if len(line) > _MAX_LINE:
        return False
    folded = _MORE_RE.sub("", fold(tidy(line))).replace(" ", "")
    return folded in _BOX_TITLES


def is_chrome(line: str) -> bool:
    """Whether a line is only tool links such as ``【打印】【关闭】`` or ``【字体：大 中 小】``.

    >>> is_chrome("【字体：大 中 小】【打印】【关闭】"), is_chrome("打印本页")
    (True, True)
    >>> is_chrome("阿城区")
    False
    """
    text = tidy(line)
    if not 0 < len(text) <= _MAX_LINE or text[0] not in _TOOL_START:
        return False
    return _TOOL_RE.fullmatch(fold(text)) is not None
