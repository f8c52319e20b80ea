"""The headline: its 【column】 tag, and the site suffix of an HTML ``<title>``."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._lexicon import Lexicon

__all__ = ["drop_site_name", "split_column", "strip_site_suffix"]

_COLUMN_RE = re.compile(r"(?:【(?P<a>[^【】]{1,30})】|〖(?P<b>[^〖〗]{1,30})〗)")
# DedeCMS writes <title> as "标题_栏目名_站点名"; other templates use " - " or "|".
_TITLE_SEP_RE = re.compile(r"\s{0,3}(?:_|\s-\s|\||｜)\s{0,3}")


def split_column(line: str) -> tuple[str | None, str]:
    """Split a leading 【column】 tag off a headline: ``(column, title)``.

    >>> split_column("【乡村振兴】阿城区持续推进")
    ('乡村振兴', '阿城区持续推进')
    >>> split_column("阿城区持续推进")
    (None, '阿城区持续推进')
    """
    text = tidy(line)
    match = _COLUMN_RE.match(text)
    if match is None or match.end() == len(text):
        return None, text
    column = tidy(match.group("a") or match.group("b") or "")
    return column or None, tidy(text[match.end() :])


def strip_site_suffix(title: str) -> tuple[str, tuple[str, ...]]:
    """Split an HTML ``<title>`` into the headline and the trailing parts (column, site).

    >>> strip_site_suffix("阿城区持续推进_农村党建_哈尔滨先锋网")
    ('阿城区持续推进', ('农村党建', '哈尔滨先锋网'))
    """
    parts = [tidy(p) for p in _TITLE_SEP_RE.split(tidy(title))]
    parts = [p for p in parts if p]
    if not parts:
        return "", ()
    return parts[0], tuple(parts[1:])


def drop_site_name(headline: str, *, lex: Lexicon) -> str:
    """A headline without a trailing site name the lexicon knows (a profile's site suffix).

    >>> from xianfeng.profile import Profile, lexicon_of
    >>> lex = lexicon_of(Profile(site_suffixes=["中国年鉴"]))
    >>> drop_site_name("让先锋旗帜高高飘扬--中国年鉴", lex=lex)
    '让先锋旗帜高高飘扬'
    """
    if lex.site_suffix_re is None:
        return headline
    match = lex.site_suffix_re.search(fold(headline))
    if match is None or match.start() == 0:
        return headline
    return tidy(headline[: match.start()])
