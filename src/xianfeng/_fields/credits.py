"""Contributor lines after the body: ``供稿:阿城区委宣传部``, ``责任编辑：张三　审核：李四``."""

from __future__ import annotations

import re

from xianfeng._chars import SPACE_CHARS, fold, tidy
from xianfeng._fields._labels import strip_value, value_ends
from xianfeng._lexicon import Lexicon
from xianfeng.models import Credit
from xianfeng.vocabulary import LIMITS

__all__ = ["parse_credits"]

# Brackets some templates wrap the line in: （责任编辑：张三）, [编辑:王五], 【供稿：…】.
_WRAP = "()[]【】〔〕 "
_WRAP_BOTH = _WRAP + "（）［］"
# Separators between two credits on one line, and a name's trailing punctuation (compared
# folded, so ，；｜／ too).
_SEP = " |/,;、"
_SENTENCE_END = re.compile(r"[。!?！？…]")


def parse_credits(line: str, *, lex: Lexicon) -> tuple[Credit, ...] | None:
    """The credits a line holds, or ``None`` when it is not (only) a credit line.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> parse_credits("供稿:阿城区委宣传部", lex=lex)
    (Credit(role='供稿', name='阿城区委宣传部'),)
    >>> [c.role for c in parse_credits("（责任编辑：张三　审核：李四）", lex=lex)]
    ['责任编辑', '审核']
    """
    if line.lstrip(_WRAP_BOTH + SPACE_CHARS)[:1] not in lex.role_starts:
        return None  # no role opens the line: most lines end here, unfolded
    text = tidy(line)
    folded = fold(text)
    start, end = 0, len(folded)
    while start < end and folded[start] in _WRAP:
        start += 1
    while end > start and folded[end - 1] in _WRAP:
        end -= 1
    matches = list(lex.role_re.finditer(folded, start, end))
    if not matches or matches[0].start() != start:
        return None
    credits = []
    for match, stop in value_ends(matches, end):
        for other in (lex.contact_re, lex.meta_label_re):  # 电话：…, 点击数：… end a name
            found = other.search(folded, match.end(), stop)
            if found is not None:
                stop = found.start()
        name = strip_value(text, folded, match.end(), stop, _SEP)
        if not name or len(name) > LIMITS.max_credit_name or _SENTENCE_END.search(name):
            return None
        credits.append(Credit(role=text[match.start("role") : match.end("role")], name=name))
    return tuple(credits)
