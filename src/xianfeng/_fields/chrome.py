"""Page chrome that is never content: print/close/font-size tools, share bars, counters."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = ["is_chrome", "is_closing_furniture"]

# The print edition an article was reprinted from, alone on its line (compared folded).
_PRINT_SOURCE_RE = re.compile(
    r"《[^》]{1,20}》\s{0,3}\(\s{0,3}\d{4}年\d{1,2}月\d{1,2}日\s{0,3}(?:第?\s{0,2}\d{1,3}\s{0,2}版)?\s{0,3}\)"
)


def is_chrome(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is only tool links such as ``【打印】【关闭】`` or ``【字体：大 中 小】``.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> is_chrome("【字体：大 中 小】【打印】【关闭】", lex=lex), is_chrome("打印本页", lex=lex)
    (True, True)
    >>> is_chrome("阿城区", lex=lex)
    False
    """
    text = tidy(line)
    if not 0 < len(text) <= LIMITS.max_tool_line or text[0] not in lex.tool_start:
        return False
    return lex.tool_re.fullmatch(fold(text)) is not None


def is_closing_furniture(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is furniture that closes an article: a reprint or disclaimer notice, a
    QR-code caption, a contact line (``地址：…``, ``电话：…``), the print edition a reprint
    comes from (``《光明日报》（ 2022年02月13日 02版）``).

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> [is_closing_furniture(line, lex=lex) for line in ("转载请注明出处。", "电话：0451-8888888")]
    [True, True]
    >>> is_closing_furniture("地址之争由来已久。", lex=lex)
    False
    """
    if line[:1] == "《" and _PRINT_SOURCE_RE.fullmatch(fold(line)) is not None:
        return True
    if line[:1] not in lex.closing_starts:
        return False
    return lex.closing_re.match(fold(line)) is not None
