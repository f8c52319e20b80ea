"""Notice headlines (通知公告): were they cut short by the CMS?"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xianfeng._chars import display_width, fold
from xianfeng.vocabulary import LIMITS

__all__ = ["looks_cut"]

# A headline never ends in a comma or an opening mark; a cut one often does.
_CUT_END_RE = re.compile(r"[,、;:(\[“‘《【-]$|\.\.\.$|…$")


def looks_cut(titles: Sequence[str]) -> tuple[bool, ...]:
    """For each headline shown in a notice box, whether it looks cut to the box's width.

    A headline is cut when it ends in a mark no headline ends in, or when it reaches the
    common cap: at least two headlines share the widest width (within a few columns) —
    a width that complete headlines of varied length would not share.

    >>> looks_cut(["黑龙江省关于开展2024年选调应届优秀高校",
    ...            "黑龙江省2024年度各级机关考试录用公务员", "关于召开会议的通知"])
    (True, True, False)
    """
    widths = [display_width(t) for t in titles]
    cap = max(widths, default=0)
    at_cap = [w >= cap - LIMITS.notice_cap_slack for w in widths]
    shared_cap = cap >= LIMITS.min_notice_cap and sum(at_cap) >= 2
    return tuple(
        bool(_CUT_END_RE.search(fold(t).rstrip())) or (shared_cap and cut)
        for t, cut in zip(titles, at_cap, strict=True)
    )
