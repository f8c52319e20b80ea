"""The position bar (breadcrumb).

``哈尔滨先锋网信息页 >>返回首页`` or ``当前位置：首页 > 栏目 > 正文``.
"""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = ["is_breadcrumb", "split_breadcrumb"]

_SEP_RE = re.compile(r"\s{0,5}(?:>{1,3}|»|›|→|＞{1,3}|/)\s{0,5}")


def is_breadcrumb(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is a position bar: a 当前位置 prefix, or short labels joined by ``>``."""
    text = tidy(line)
    if not text or len(text) > LIMITS.max_breadcrumb:  # fold keeps the length: tested first
        return False
    folded = fold(text)
    return bool(lex.breadcrumb_prefix_re.match(folded)) or ">" in folded or "»" in folded


def split_breadcrumb(line: str, *, lex: Lexicon) -> tuple[str, ...]:
    """The labels of a position bar, in order, without its prefix and separators.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> split_breadcrumb("哈尔滨先锋网信息页 >>返回首页", lex=lex)
    ('哈尔滨先锋网信息页', '返回首页')
    >>> split_breadcrumb("当前位置：首页 > 农村党建 > 正文", lex=lex)
    ('首页', '农村党建', '正文')
    """
    text = tidy(line)
    folded = fold(text)
    prefix = lex.breadcrumb_prefix_re.match(folded)
    start = prefix.end() if prefix else 0
    labels = []
    for match_start, match_end in _spans(folded, start):
        label = tidy(text[match_start:match_end])
        if label:
            labels.append(label)
    return tuple(labels)


def _spans(folded: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for sep in _SEP_RE.finditer(folded, start):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(folded)))
    return spans
