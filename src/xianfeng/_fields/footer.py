"""The page footer: 主办单位, the ICP licence number, 技术支持, the 公安备案 number."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from xianfeng._chars import fold, tidy
from xianfeng._fields._labels import label_alternation, strip_value
from xianfeng.models import Footer

__all__ = ["is_footer_line", "parse_footer"]

# (folded label, Footer field). A label is only a label when a colon follows it.
LABELS: tuple[tuple[str, str], ...] = (
    ("主办单位", "host"),
    ("主办", "host"),
    ("技术支持", "support"),
    ("技术服务", "support"),
    ("承办单位", ""),
    ("协办单位", ""),
    ("联系电话", ""),
    ("电话", ""),
    ("地址", ""),
    ("邮编", ""),
    ("邮箱", ""),
    ("备案号", ""),
    ("ICP备案号", ""),
    ("公安备案号", ""),
    ("版权所有", ""),
)
"""Footer labels; an empty field name means "ends the previous value, kept only in lines"."""

_LABEL_RE = re.compile(
    rf"(?P<label>{label_alternation(label for label, _ in LABELS)})\s{{0,3}}:\s{{0,3}}"
)
_FIELD = dict(LABELS)
ICP_RE = re.compile(
    r"[\u4e00-\u9fff]\s{0,2}ICP\s{0,2}[备证]\s{0,2}\d{4,12}\s{0,2}号(?:\s{0,2}-\s{0,2}\d{1,4})?"
)
POLICE_RE = re.compile(r"[\u4e00-\u9fff]\s{0,2}公网安备\s{0,3}\d{6,20}\s{0,2}号?")
# Anchors that mark a footer line even without any label above.
# Matched on the raw line (so with the full-width spellings too) before anything is folded.
_ANCHOR_RE = re.compile(
    r"主办单位|技术支持|版权所有|Copyright|ICP|公网安备|©|ＩＣＰ|Ｃｏｐｙｒｉｇｈｔ", re.IGNORECASE
)
# Between two footer values (compared folded, so ，；｜ too).
_SEP = " |,;"


def is_footer_line(line: str) -> bool:
    """Whether a line belongs to a site footer (a label, an ICP or 公网安备 number, ©)."""
    if _ANCHOR_RE.search(line) is None:
        return False
    folded = fold(line)
    return (
        bool(ICP_RE.search(folded) or POLICE_RE.search(folded) or _LABEL_RE.search(folded))
        or "版权所有" in folded
        or "©" in folded
        or "copyright" in folded.lower()
    )


def parse_footer(lines: Iterable[str]) -> Footer:
    """Read host, ICP, support and police record from the footer lines.

    >>> f = parse_footer(["主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3",
    ...                   "技术支持:哈尔滨新闻网"])
    >>> f.host, f.icp, f.support
    ('中共哈尔滨市委组织部', '黑ICP备12002421号-3', '哈尔滨新闻网')
    """
    kept: list[str] = []
    values: dict[str, str] = {}
    for raw in lines:
        line = tidy(raw)
        if not line:
            continue
        kept.append(line)
        folded = fold(line)
        labels = list(_LABEL_RE.finditer(folded))
        stops = [m.start() for m in labels]
        for pattern, field in ((ICP_RE, "icp"), (POLICE_RE, "police_record")):
            match = pattern.search(folded)
            if match is not None:
                values.setdefault(field, line[match.start() : match.end()])
                stops.append(match.start())
        stops.sort()
        for match in labels:
            field = _FIELD[match.group("label")]
            if not field or field in values:
                continue
            at = bisect_right(stops, match.start())
            stop = stops[at] if at < len(stops) else len(line)
            value = strip_value(line, folded, match.end(), stop, _SEP)
            if value:
                values[field] = value
    return Footer(
        host=values.get("host"),
        icp=values.get("icp"),
        support=values.get("support"),
        police_record=values.get("police_record"),
        lines=tuple(kept),
    )
