"""Contributor lines after the body: ``供稿:阿城区委宣传部``, ``责任编辑：张三　审核：李四``."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._fields._labels import label_alternation, strip_value, value_ends
from xianfeng.models import Credit

__all__ = ["ROLES", "ROLE_RE", "parse_credits"]

ROLES: tuple[str, ...] = (
    "供稿单位", "供稿", "来稿", "责任编辑", "责编", "编辑", "审核", "审校", "审稿", "校对",
    "初审", "复审", "终审", "签发", "摄影", "图片", "摄像", "撰稿", "记者", "通讯员", "文字",
)  # fmt: skip
"""Role labels, as the page writes them. Longest first where one is a prefix of another."""

ROLE_RE = re.compile(rf"(?P<role>{label_alternation(ROLES)})\s{{0,3}}:\s{{0,3}}")
"""A role label and its colon, matched on folded text."""

# Brackets some templates wrap the line in: （责任编辑：张三）, [编辑:王五], 【供稿：…】.
_WRAP = "()[]【】〔〕 "
# Separators between two credits on one line, and a name's trailing punctuation (compared
# folded, so ，；｜／ too).
_SEP = " |/,;、"
# A name is short and never a sentence: this keeps "记者：请问……？" in an interview in the body.
_MAX_NAME = 40
_SENTENCE_END = re.compile(r"[。!?！？…]")


def parse_credits(line: str) -> tuple[Credit, ...] | None:
    """The credits a line holds, or ``None`` when it is not (only) a credit line.

    >>> parse_credits("供稿:阿城区委宣传部")
    (Credit(role='供稿', name='阿城区委宣传部'),)
    >>> [c.role for c in parse_credits("（责任编辑：张三　审核：李四）")]
    ['责任编辑', '审核']
    """
    text = tidy(line)
    folded = fold(text)
    start, end = 0, len(folded)
    while start < end and folded[start] in _WRAP:
        start += 1
    while end > start and folded[end - 1] in _WRAP:
        end -= 1
    matches = list(ROLE_RE.finditer(folded, start, end))
    if not matches or matches[0].start() != start:
        return None
    credits = []
    for match, stop in value_ends(matches, end):
        name = strip_value(text, folded, match.end(), stop, _SEP)
        if not name or len(name) > _MAX_NAME or _SENTENCE_END.search(name):
            return None
        credits.append(Credit(role=text[match.start("role") : match.end("role")], name=name))
    return tuple(credits)
