"""The headline: its 【column】 tag, and the site suffix of an HTML ``<title>``."""

from __future__ import annotations

import re

from xianfeng._chars import fold, tidy
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.dates import DATE_CLUTTER, DATE_RE
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = [
    "date_or_number",
    "drop_site_name",
    "is_date_line",
    "is_subtitle",
    "not_a_title",
    "split_column",
    "strip_site_suffix",
]

_COLUMN_RE = re.compile(
    # 【乡村振兴】, 〖要闻〗, and in ASCII brackets only a word of hanzi: [衡山县] (not [2021]).
    r"(?:【(?P<a>[^【】]{1,30})】|〖(?P<b>[^〖〗]{1,30})〗|\[(?P<c>[\u4e00-\u9fff]{1,10})\])"
)
_TIME_RE = re.compile(r"\d{1,2}\s{0,2}:\s{0,2}\d{2}(?:\s{0,2}:\s{0,2}\d{2})?")
_NUMBER_RE = re.compile(r"[\d\s.,:/\-|()\[\]]+")
_NUMBER_CHARS = frozenset(".,:/-|()[]")  # what a number alone opens with, but a digit or space
# The longest a date alone on its line runs, with the day of the week and the time
# (``2021年09月23日 星期四 上午 10:05:33`` is 26).
_DATE_LINE = 40
# A month, as a report's title block dates it: 2003年5月.
_MONTH_RE = re.compile(r"(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月份?")
# What every date and month above holds: a year in digits, or 年.
_YEAR_RE = re.compile(r"(?:19|20)\d\d|年")
# A date a signed document writes in Chinese numerals: 二○一一年四月八日 (〇 or a circle ○).
_CN_DATE_RE = re.compile(
    r"[〇○零一二三四五六七八九]{4}\s{0,2}年\s{0,2}[一二三四五六七八九十]{1,3}\s{0,2}月"
    r"(?:\s{0,2}[一二三四五六七八九十]{1,3}\s{0,2}日)?"
)
# A subtitle opens with a dash (compared folded, so －－ too): ——8902班校友回访母校.
_SUBTITLE_OPENINGS = ("—", "--")
# A note wholly in round brackets: (资料图片).
_BRACKETED_RE = re.compile(r"\([^()]{1,30}\)")
# A navigation row: this many words or more, each a menu entry's length.
_NAV_WORDS = 4
# DedeCMS writes <title> as "标题_栏目名_站点名"; other templates use " - " or "|".
_TITLE_SEP_RE = re.compile(r"\s{0,3}(?:_|\s-\s|\||｜)\s{0,3}")
_POINTER_RE = re.compile("»")


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
    column = tidy(match.group("a") or match.group("b") or match.group("c") or "")
    return column or None, tidy(text[match.end() :])


def column_tag(line: str) -> str | None:
    """The leading 【column】 tag of a headline as written, brackets and all, or ``None``.

    >>> column_tag("【乡村振兴】阿城区持续推进"), column_tag("阿城区持续推进")
    ('【乡村振兴】', None)
    """
    text = tidy(line)
    match = _COLUMN_RE.match(text)
    if match is None or match.end() == len(text):
        return None
    return match.group()


def is_subtitle(line: str) -> bool:
    """Whether a line opens with a dash, as a subtitle does (``——8902班校友回访母校``)."""
    return fold(line[:2]).startswith(_SUBTITLE_OPENINGS)


def not_a_title(line: str, *, lex: Lexicon) -> str | None:
    """Why ``line`` cannot be a headline, or ``None`` when it can: it is a subtitle (``——…``),
    a note in brackets (``(资料图片)``), a date, a month or a time (``2019-11-08 10:05``,
    ``2003年5月``, ``09:20``), a number (``41352``), a metadata line (``來源:某某``), a
    navigation row (``首 页 政 务 公 开``: many words, each a menu entry's length), a site's
    section name (``梅州市五华县公安局政府信息公开``: ``vocabulary.NOT_TITLE_ENDINGS``), or a
    credit line (``□晚报记者 马治卫``, ``雍和  图/文``).

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> not_a_title("2019-11-08 10:05", lex=lex), not_a_title("区委召开推进会", lex=lex)
    ('a date', None)
    """
    folded = fold(line).strip()
    if folded.startswith(_SUBTITLE_OPENINGS):  # is_subtitle, the line folded already
        return "a subtitle"
    if _BRACKETED_RE.fullmatch(folded):
        return "a note in brackets"
    reading = date_or_number(folded)
    if reading is not None:
        return reading
    label = lex.meta_label_re.match(folded)
    if label is not None:
        return "a metadata line"
    if folded.endswith(lex.not_title_ends):
        return "a site's section name"
    words = folded.split()
    if len(words) >= _NAV_WORDS and all(len(word) <= LIMITS.max_nav_label for word in words):
        return "a navigation row"
    if parse_credits(line, lex=lex) is not None:
        return "a credit line"
    return None


def date_or_number(folded: str) -> str | None:
    """``"a date"`` (or a month), ``"a time"`` or ``"a number"`` when that is all a folded,
    stripped line says (``2021年9月23日``, ``2003年5月``, ``09:20``, ``41352``), else ``None``.

    >>> date_or_number("2021年9月23日"), date_or_number("会议要求")
    ('a date', None)
    """
    if _is_date(folded):
        return "a date"
    if ":" in folded and _TIME_RE.fullmatch(folded):  # a time has its colon
        return "a time"
    first = folded[:1]
    if (first in _NUMBER_CHARS or first.isdigit() or first.isspace()) and _NUMBER_RE.fullmatch(
        folded
    ):
        return "a number"
    return None


def is_date_line(line: str) -> bool:
    """Whether a line is a date, a month or a date and time alone (``2003年5月``).

    >>> is_date_line("2003年5月"), is_date_line("2003年5月召开"), is_date_line("二○一一年四月八日")
    (True, False, True)
    """
    return _is_date(fold(line).strip())


def _is_date(folded: str) -> bool:
    if len(folded) > _DATE_LINE or _YEAR_RE.search(folded) is None:
        return False  # a sentence, or no year: a date alone is neither (one search, not three)
    date = DATE_RE.search(folded) or _MONTH_RE.search(folded) or _CN_DATE_RE.search(folded)
    if date is None:
        return False
    rest = _TIME_RE.sub("", folded[: date.start()] + folded[date.end() :])
    return not rest.strip(DATE_CLUTTER)


def strip_site_suffix(title: str) -> tuple[str, tuple[str, ...]]:
    """Split an HTML ``<title>`` into the headline and the trailing parts (column, site).

    >>> strip_site_suffix("阿城区持续推进_农村党建_哈尔滨先锋网")
    ('阿城区持续推进', ('农村党建', '哈尔滨先锋网'))

    A ``»`` points from the site to the page (blog software writes ``博客名 » 文章标题``): the
    parts before the last one are read nearest first.
    """
    *before, title = _POINTER_RE.split(title)
    parts = [tidy(p) for p in _TITLE_SEP_RE.split(tidy(title))]
    parts = [p for p in (*parts, *map(tidy, reversed(before))) if p]
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
