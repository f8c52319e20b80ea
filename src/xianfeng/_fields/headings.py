"""Is a body line a section heading? Used where the markup does not say (text renderings)."""

from __future__ import annotations

import re

from xianfeng._chars import display_width, fold
from xianfeng._fields.credits import holds_no_role, parse_credits, signature_credits
from xianfeng._fields.title import date_or_number, not_a_title
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = [
    "is_numbered",
    "is_part_number",
    "looks_like_heading",
    "looks_like_plain_heading",
    "reads_as_text",
]

# 一、 （一） 1. 第一, … : numbered headings may be a little longer and may end in punctuation.
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_NUMBERED_RE = re.compile(
    rf"^(?:{_NUMERAL}\s{{0,2}}[、.]|\({_NUMERAL}\)|\d{{1,2}}\s{{0,2}}[、.](?!\d)|第{_NUMERAL}[,、部章节条])"
)
_TOP_NUMBER_START = frozenset("一二三四五六七八九十第")
_TOP_NUMBER_RE = re.compile(rf"^(?:{_NUMERAL}\s{{0,2}}、|第{_NUMERAL}[,、部章节])")
# A heading is a phrase, never a sentence: it does not end like one. A closing quote ends a
# sentence only after its punctuation (……。”); a phrase may end in a quoted word (齐筑“防诈墙”).
_SENTENCE_END_RE = re.compile(r"[。!?;:…),、][”\"'」』]?$")
# A document number alone on its line (海府〔2011〕33号, 国发 〔2015〕40号): the file's reference,
# not a heading.
_DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12} ?[〔\[(]\d{4}[〕\])]\d{1,4}号")
# A part's number in brackets alone on its line, (一) or （二） (compared folded).
_PART_NUMBER_RE = re.compile(rf"\({_NUMERAL}\)")
_PART_NUMBER_START = frozenset("(（")
# A numbered line that ends like this introduces what follows (``1、优秀共产党员：``); a
# top-level section (``四、学院联系方式：``) may still end in a colon.
_LEAD_IN_END_RE = re.compile(r"[:,、]$")


def looks_like_heading(line: str, *, lex: Lexicon) -> bool:
    """Whether a lone body line reads as a section heading (short, not a sentence).

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> looks_like_heading("统筹安排明确任务,谋划美丽乡村新篇章", lex=lex)
    True
    >>> looks_like_heading("我们一定要把工作做好。", lex=lex)
    False
    """
    if len(line) > LIMITS.max_numbered_heading_width:  # width is at least the length
        return False
    folded = fold(line).strip()
    if not folded or lex.not_heading_re.match(folded) or lex.role_re.match(folded):
        return False  # a caption, a note, or a credit (摄影：张三)
    if folded.startswith("|"):
        return False  # a row of a table a text rendering drew with pipes
    width = display_width(folded)
    if _NUMBERED_RE.match(folded):
        if width > LIMITS.max_numbered_heading_width or (
            _LEAD_IN_END_RE.search(folded)
            and not (folded.endswith(":") and _TOP_NUMBER_RE.match(folded))
        ):
            return False
    elif width > LIMITS.max_heading_width or _SENTENCE_END_RE.search(folded):
        return False
    # A heading's shape; the costlier tests of what else such a short line may be come last.
    return not (
        date_or_number(folded) is not None  # a date alone (a signature's)
        or _DOC_NUMBER_RE.fullmatch(folded)  # a document's number (海府〔2011〕33号)
        or (
            not holds_no_role(line, lex=lex)  # one test for the two below, which most pass
            and (
                signature_credits(line, lex=lex)  # a picture caption signed (…。汤圣雷 摄)
                or parse_credits(line, lex=lex) is not None  # a byline
            )
        )
    )


def looks_like_plain_heading(line: str, *, lex: Lexicon) -> bool:
    """Whether a lone body line reads as a heading with nothing but its place to say so: a
    heading (:func:`looks_like_heading`) that has no section number, which would make it an
    item of a list, and no colon, which would make it a field and its value.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> looks_like_plain_heading("蒲公英包谷须茶", lex=lex)
    True
    >>> looks_like_plain_heading("表现一：身高", lex=lex)
    False
    >>> looks_like_plain_heading("2.家庭的影响", lex=lex)
    False
    """
    if not looks_like_heading(line, lex=lex):
        return False
    folded = fold(line)
    return ":" not in folded and _NUMBERED_RE.match(folded.strip()) is None


def is_numbered(line: str) -> bool:
    """Whether a line opens with a top-level section number in Chinese numerals (一、 第一),
    which marks a heading even where the markup does not make it bold. A numbered line that
    ends with a full stop is an item of a list, one sentence (``三、自本通告发布之日起，…不享有
    相关补偿政策。``).

    >>> is_numbered("一、新时期我市党建带团建工作取得的主要成效"), is_numbered("1、优秀党员：")
    (True, False)
    >>> is_numbered("三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。")
    False
    """
    if line[:1] not in _TOP_NUMBER_START:  # most lines: refused before folding
        return False
    folded = fold(line).rstrip()
    return _TOP_NUMBER_RE.match(folded) is not None and not folded.endswith("。")


def is_part_number(line: str) -> bool:
    """Whether a line is a part's number in brackets alone (``(一)``, ``（二）``): it heads
    the part under it, however plain its markup.

    >>> is_part_number("（二）"), is_part_number("(一)总体思路。")
    (True, False)
    """
    if line[:1] not in _PART_NUMBER_START or len(line) > 5:  # most lines
        return False
    return _PART_NUMBER_RE.fullmatch(fold(line)) is not None


def reads_as_text(line: str, *, lex: Lexicon) -> bool:
    """Whether a body line that is no heading reads as running text: not a date, a number, a
    metadata line or a navigation row, which never sit under a heading.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> reads_as_text("会议强调,要抓好落实。", lex=lex), reads_as_text("2021年9月23日", lex=lex)
    (True, False)
    """
    # What a title cannot be is short; a line longer than any title is text.
    return len(line) > LIMITS.max_title or not_a_title(line, lex=lex) is None
