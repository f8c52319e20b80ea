"""Contributor lines after the body: ``供稿:阿城区委宣传部``, ``责任编辑：张三　审核：李四``."""

from __future__ import annotations

import re

from xianfeng._chars import COLON_CHARS, SENTENCE_ENDS, SPACE_CHARS, fold, tidy
from xianfeng._fields._labels import strip_value, value_ends
from xianfeng._lexicon import Lexicon
from xianfeng.models import Credit
from xianfeng.vocabulary import LIMITS

__all__ = ["holds_no_role", "parse_credits", "signature_credits"]

# Brackets some templates wrap the line in: （责任编辑：张三）, [编辑:王五], 【供稿：…】.
_WRAP = "()[]【】〔〕 "
_WRAP_BOTH = _WRAP + "（）［］"
_OPENERS = "([【〔"
_CLOSERS = ")]】〕"
# A word longer than any a line of credits without colons holds (an outlet, a role and the
# name glued on: 光明日报社记者王建宏 is 9), and what a role with a label ends in.
_LONG_WORD_RE = re.compile(r"\S{31}")
_LABEL_MARKS = COLON_CHARS | {"/", "／"}
# How much of a line's opening a role may take (全媒体记者 is 5, a profile's may be longer).
_ROLE_REACH = 16
# Marks a byline may open with (□晚报记者 马治卫, ▢ 全媒体记者 骆红婷).
_MARKS = "□▢■"
# What stands before a credit line's first word, and what its folded form opens with
# (joined once here, not on every call).
_LEAD = _WRAP_BOTH + _MARKS + SPACE_CHARS
_FOLDED_LEAD = _WRAP + _MARKS
# Separators between two credits on one line, and a name's trailing punctuation (compared
# folded, so ，；｜／ too).
_SEP = " |/,;、"
_SENTENCE_END = re.compile(r"[。!?！？…]")
# What follows a line's last sentence: a caption's or a paragraph's signature (汤圣雷 摄).
_SIGNATURE_RE = re.compile(r"[。!?！？]\s{0,3}(?P<tail>[^。!?！？]{2,40})$")
# A caption's signature after a space, the role slashed on (…留条后路 蔡雪婧/摄).
_SLASHED_RE = re.compile(r"\s(?P<tail>[\u4e00-\u9fff]{2,10}/[\u4e00-\u9fff]{1,2})$")
# A caption of a few words with no sentence end, a person's name and the role each after a
# space (发布会现场 刘向真 摄).
_SPACED_RE = re.compile(r"\S\s{1,3}(?P<tail>[\u4e00-\u9fff]{2,4}\s{1,3}[\u4e00-\u9fff]{1,2})$")
# The outlets a caption's picture came from, in brackets after its credit (翟子赫 摄
# (新华网、中国政府网)): names split by 、 , / or spaces.
_OUTLETS_RE = re.compile(r"\s{0,3}[(（](?P<names>[^()（）]{2,40})[)）]$")
_OUTLET_SEP_RE = re.compile(r"[、,，/ ]+")
# A name or a unit's name before a trailing role (校友办公室 石林曌供稿).
_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")
# The words of a credit line without colons: names and roles between spaces or commas
# (特约记者徐大发、通讯员柯国强, folded).
_WORD_RE = re.compile(r"[^ 、,]+")


def holds_no_role(line: str, *, lex: Lexicon) -> bool:
    """Whether no role opens a line, ends it or stands in it: then neither
    :func:`parse_credits` nor :func:`signature_credits` reads a credit from it (their first
    tests, made once for a line both would be asked about).

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> holds_no_role("会议强调要抓好落实", lex=lex), holds_no_role("记者 刘涛", lex=lex)
    (True, False)
    """
    return (
        line[-1:] not in lex.trailing_role_ends
        and line.lstrip(_LEAD)[:1] not in lex.role_starts
        and lex.byline_role_re.search(line) is None
    )


def parse_credits(line: str, *, lex: Lexicon) -> tuple[Credit, ...] | None:
    """The credits a line holds, or ``None`` when it is not (only) a credit line.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> parse_credits("供稿:阿城区委宣传部", lex=lex)
    (Credit(role='供稿', name='阿城区委宣传部'),)
    >>> [c.role for c in parse_credits("（责任编辑：张三　审核：李四）", lex=lex)]
    ['责任编辑', '审核']
    """
    opening = line.lstrip(_LEAD)
    if opening[:1] not in lex.role_starts and (
        len(line) > LIMITS.max_credit_name or lex.byline_role_re.search(line) is None
    ):
        return None  # no role opens the line, nor ends its first word: most lines end here
    if (
        lex.role_start_re.match(fold(opening[:_ROLE_REACH])) is None
        and lex.byline_role_re.search(line) is None
    ):
        return None  # a role's first character opens it, but no role does, nor stands in it
    if _LONG_WORD_RE.search(line) is not None and _LABEL_MARKS.isdisjoint(line):
        return None  # no role with a colon, and a word longer than a byline's: a sentence
    text = tidy(line)
    folded = fold(text)
    start, end = 0, len(folded)
    while start < end and folded[start] in _FOLDED_LEAD:
        start += 1
    if start and folded[start - 1] in _OPENERS:
        end = _bracket_end(folded, start, end)
    while end > start and folded[end - 1] in _WRAP:
        end -= 1
    matches = list(lex.role_re.finditer(folded, start, end))
    if not matches or matches[0].start() != start:
        bracketed = start > 0 and folded[start - 1] in _OPENERS and end < len(folded)
        return _byline(text, folded, start, end, bracketed=bracketed, lex=lex)
    credits = []
    for match, stop in value_ends(matches, end):
        for other in (lex.contact_re, lex.meta_label_re):  # 电话：…, 点击数：… end a name
            found = other.search(folded, match.end(), stop)
            if found is not None:
                stop = found.start()
        name = strip_value(text, folded, match.end(), stop, _SEP)
        if not name or len(name) > LIMITS.max_credit_name or _SENTENCE_END.search(name):
            return None
        role = text[match.start("role") : match.end("role")]
        credits.append(Credit(role=role, name=_without_who(name, lex=lex)))
    return tuple(credits)


def _bracket_end(folded: str, start: int, end: int) -> int:
    """Where credits the line opens a bracket for end: after its closing bracket when only
    a link's words without a sentence follow it (``【编辑:刘欢】 返回搜狐，查看更多``)."""
    close = folded.find(_CLOSERS[_OPENERS.index(folded[start - 1])], start, end)
    if close < 0 or _SENTENCE_END.search(folded, close, end):
        return end
    return close + 1


def signature_credits(line: str, *, lex: Lexicon) -> tuple[Credit, ...]:
    """The credit a line of text signs off with after its last sentence: names, then a
    trailing role, as a picture caption ends (``医生为居民义诊。汤圣雷 摄``,
    ``…。浙江长兴传媒集团 供图``), or a byline role, then names (``…主题展出。线索提供 王蕴杰``).

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> signature_credits("医生为居民义诊。汤圣雷 摄", lex=lex)
    (Credit(role='摄', name='汤圣雷'),)

    The outlets the picture came from may follow in brackets (``…。翟子赫 摄 (新华网、中国
    政府网)``); a caption of a few words may end in no sentence (``发布会现场 刘向真 摄``).
    """
    if line[-1:] in ")）":
        line = _without_outlets(line, lex=lex)
    end = line[-1:]
    if end in SENTENCE_ENDS or (  # a credit signs off after the sentence, not in it
        end not in lex.trailing_role_ends
        and lex.byline_role_re.search(line, max(0, len(line) - LIMITS.max_credit_name)) is None
    ):
        return ()  # most lines end here: a sentence, or no role near the end
    signed = _SIGNATURE_RE.search(line) or _SLASHED_RE.search(line) or _SPACED_RE.search(line)
    if signed is None or lex.role_re.match(fold(signed["tail"])):
        return ()  # a role with a colon (图：…) only counts on a line of credits alone
    return parse_credits(signed["tail"], lex=lex) or ()


def _without_outlets(line: str, *, lex: Lexicon) -> str:
    """The line without the bracketed outlets closing it, when the brackets hold only the
    names of units (``(新华网、中国政府网)``); else the line."""
    found = _OUTLETS_RE.search(line)
    if found is None:
        return line
    names = [name for name in _OUTLET_SEP_RE.split(fold(found["names"])) if name]
    if names and all(lex.unit_re.search(name) for name in names):
        return line[: found.start()]
    return line


def _without_who(name: str, *, lex: Lexicon) -> str:
    """A labelled credit's name without the outlet and byline role written before it, which
    say who, not the name (``文/广州日报记者赖伟行``: 赖伟行; ``文/观察者网专栏作者 王文``:
    王文)."""
    first, _, rest = name.partition(" ")
    cut = _outlet_end(fold(first), lex=lex)
    if not cut:
        return name  # most names
    return (first[cut:] + " " + rest).strip() or name


def _outlet_end(word: str, *, lex: Lexicon) -> int:
    """Where the names start in a credit line's first word: after a byline role written
    before them, maybe after the outlet (``中新社记者 贾天勇 摄``: the agency and 记者 are who,
    not the name); 0 when the word is a name."""
    lead = lex.byline_re.fullmatch(word)
    if lead is None or lead["role"] is None:
        return 0
    return lead.start("glued") if lead["glued"] else len(word) + 1


def _byline(
    text: str, folded: str, start: int, end: int, *, bracketed: bool, lex: Lexicon
) -> tuple[Credit, ...] | None:
    """The credits of a line written without colons (``记者 刘涛``, ``光明日报记者 王建宏
    张文攀``, ``特约记者徐大发、通讯员柯国强``): words that are each a byline role (maybe after
    the outlet) or a name, a role first, and in brackets or after a role's names any credit
    role (``(审核 王瑾)``, ``编辑 刘晓阳 校对 李铭``); or names with the role after them
    (``通讯员赵彦良摄``); ``None`` for any other line."""
    words = folded[start:end].split(" ")
    if len(words) > 2 and lex.dateline_re.fullmatch(words[-1]):
        end -= len(words.pop()) + 1  # where the byline was written: 山东冠县报道
    last = lex.trailing_role_re.fullmatch(words[-1])
    if (
        last is not None
        and (last.group("name") or len(words) > 1)
        and all(_NAME_RE.fullmatch(word) for word in words[:-1])
        # A one-character role glued to a name needs a byline role before it, a slash or
        # brackets: 通讯员赵彦良摄, 蔡雪婧/摄 and （刘通摄） are credits, 这次拍摄 a verb.
        and not (
            len(last.group("role")) == 1
            and last.group("name")
            and not (last["byline"] or last["slash"] or bracketed)
        )
    ):
        at = end - len(words[-1])  # where the last word starts
        first = start + _outlet_end(words[0], lex=lex) if len(words) > 1 else at
        names = [text[first : at - 1]] if first < at - 1 else []
        if last.group("name"):
            names.append(text[at + last.start("name") : at + last.end("name")])
        if not names:
            return None  # a role and nobody: 记者 摄
        role = text[at + last.start("role") : at + last.end("role")]
        return (Credit(role=role, name=" ".join(names)),)
    credits: list[tuple[str, int, int]] = []  # a role, where its names start and end
    for word in _WORD_RE.finditer(folded, start, end):
        # After a role and its names, any credit role may follow so (编辑 刘晓阳 校对 李铭).
        named = bool(credits) and credits[-1][1] >= 0
        match = (bracketed or named) and lex.role_word_re.fullmatch(word.group())
        match = match or lex.byline_re.fullmatch(word.group())
        if match is None:
            return None
        at = word.start()
        if match.group("role") is not None:
            role = text[at + match.start("role") : at + match.end("role")]
            glued = at + match.start("glued") if match["glued"] else -1
            credits.append((role, glued, word.end() if match["glued"] else -1))
        elif credits:
            role, first, _ = credits[-1]
            credits[-1] = (role, at if first < 0 else first, word.end())
        else:
            return None  # a name before any role
    if not credits or any(first < 0 for _, first, _ in credits):
        return None
    return tuple(Credit(role=role, name=text[first:last]) for role, first, last in credits)
