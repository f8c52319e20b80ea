"""The body finder: where the article's text ends, and what is taken out of it.

It runs once per page, from the line the body starts on (:func:`xianfeng._regions.locate`
finds it), in four steps:

1. :func:`_scan`: the lines that can be text, up to the first line that only ever follows
   a body (:func:`_closer`: 上一篇/下一篇, the ``共N页`` pager, a box title such as 相关文章,
   or 通知公告 of a side column), the footer, or the end of the body's container. Blank
   lines, page tools, "more" links and what stands over the text (:class:`_Opening`: the
   rest of a table of document fields, the headline repeated) are left out.
2. :func:`_split_closing`: the credit lines that open the text (a byline) and the lines that
   close it (credits, a 发布日期 line, a reprint notice, and the short lines without a
   sentence among them) are read, not kept as text, and so are credit lines inside it; the
   credits a news dateline opens the text with, a paragraph closes with or a caption signs
   off with are read, the text keeping them (:func:`_kept_credits`).
3. Where the markup knows the article's container and the text runs past it, the text ends
   where the container ends (:func:`_narrow`); short links that close it announcing where
   they lead (``会赚钱的客户端：``) are a promotion's (:func:`_without_promotion`).
4. :func:`_under_body`: what sits between the body and the footer: 上一篇/下一篇, the pager,
   credits and metadata, the headlines of a notice box.

A new kind of line that ends a body goes in :func:`_closer`; a new word for one goes in
:mod:`xianfeng.vocabulary` (``END_MARKERS``) or a site's profile.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Literal, NamedTuple

import attrs

from xianfeng._chars import COLON_CHARS, COLON_RE, SENTENCE_ENDS, fold
from xianfeng._fields.boxes import end_marker_rest, is_box_title
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.chrome import is_chrome, is_closing_furniture
from xianfeng._fields.credits import holds_no_role, parse_credits, signature_credits
from xianfeng._fields.headings import is_numbered, looks_like_heading
from xianfeng._fields.metaline import META_FIELDS, MetaLine, is_field_line, parse_metaline
from xianfeng._fields.pager import PAGE_COUNT_RE, parse_prev_next
from xianfeng._fields.title import is_date_line, is_subtitle
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Body
from xianfeng._regions.lines import (
    Span,
    headline_key,
    is_field_row,
    is_label_only,
    is_prose,
    next_line,
)
from xianfeng._regions.markup import Markup
from xianfeng._regions.template import is_template
from xianfeng.models import Credit
from xianfeng.vocabulary import LIMITS

__all__ = ["find_body"]

_MORE_LINK_ENDS = (">>", "»", "＞＞")
# The passive mark of a count of reads said in a sentence: (…, 已被阅读178次).
_SAID = "被"
# How a line of running text ends (a sentence, maybe inside quotes): such a line is neither
# a byline nor signed by one.
_SENTENCE_STOPS = SENTENCE_ENDS | frozenset("”」』")
# A news dateline's credits in brackets, near the start of the text: 本报讯（记者 刘阳）…,
# 【供稿/党委宣传部】近日，….
_DATELINE_RE = re.compile(
    r"[^()（）【】\[\]。，,]{0,30}?[(（【\[]\s{0,3}(?P<credits>[^()（）【】\[\]]{2,40}?)\s{0,3}[)）】\]]"
)
# Or without brackets, before 报道: 咸宁网讯 特约记者徐大发、通讯员柯国强报道:….
_REPORTED_RE = re.compile(
    r"(?:[^\s。，,:：()（）]{1,20}讯\s{0,3})?(?P<credits>[^。:：()（）]{2,40}?)\s{0,3}报道\s{0,3}[:：]"
)
# Credits in brackets closing a paragraph: …越办越好。(文/方爱宁  摄/周霄佳).
_SIGNED_RE = re.compile(r"[(（【\[]\s{0,3}(?P<credits>[^()（）【】\[\]]{2,40}?)\s{0,3}[)）】\]]$")
_CLOSING_BRACKETS = frozenset(")）】]")
# A column tag alone on its line over the text: 【新春走基层】.
_TAG_LINE_RE = re.compile(r"【[^】]{1,12}】")
# A document's note in brackets, with a date, over its text (compared folded):
# （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）.
_DOCUMENT_NOTE_RE = re.compile(r"\([^()]{0,60}\d{4}年\d{1,2}月\d{1,2}日[^()]{0,60}\)")
_PAGE_NUMBER_START = frozenset("【[［0123456789")
# Square brackets: a summary box's label opens with one ([摘要]…, 【摘要】…), and a metadata
# line closing the body may stand in them ([作者: 刘满仓 责任编辑: 杨丹宇 ]).
_SQUARE_OPENERS, _SQUARE_CLOSERS = frozenset("[【［"), frozenset("]】］")
# A web address alone on its line (a source link printed under the text).
_URL_LINE_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A like button's count alone on its line (+1).
_COUNT_LINE_RE = re.compile(r"[+＋]\d{1,5}")
# The agency that released a picture, then its credits in brackets (新华社发（刘满仓摄）).
_RELEASED_RE = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,12})发\s{0,2}(?=[(（])")
# The most digits a counter's number alone on its line shows (a longer run is no count).
_COUNTER_DIGITS = 12
# A report's title block under its headline: who wrote it, and when.
_TITLE_BLOCK_LINES = 2
# What an agency's lead-in line adds to the headline it repeats (强调, 指出, 纪实).
_LEAD_IN_EXTRA = 4


def find_body(
    lines: Sequence[str],
    start: int,
    footer_at: int,
    *,
    span: Span | None,
    title: str | None,
    markup: Markup,
    lex: Lexicon,
) -> Body:
    """The body from line ``start`` on, and what sits under it before line ``footer_at``.

    ``span`` is the body's container when it is known: the body ends where it ends.
    ``title`` is the headline, which the page may repeat over the body.
    """
    stop = footer_at if span is None else min(footer_at, span[1])
    key = headline_key(title) if title else ""  # the headline as compared, made once
    scanned, end, closer = _scan(
        lines, start, stop, markup.objects, _Opening(title, key, lines, lex=lex), lex=lex
    )
    text, closing = _split_closing(lines, scanned, markup.objects, key, lex=lex)
    if span is None and text:
        narrowed = _narrow(lines, scanned, text, start, end, title, key, markup, lex=lex)
        if narrowed is not None:
            text, closing, end = narrowed
            closer = None
    text = _without_promotion(lines, text, markup)
    under = _under_body(lines, end, footer_at, closer, lex=lex)
    meta: MetaLine | None = None
    credits: list[Credit] = []
    for taken in closing:
        credits.extend(taken.credits)
    for taken in under.closings:
        credits.extend(taken.credits)
        meta = _filled(meta, taken.meta)
    for taken in closing:  # metadata under the body is read first, the closing lines' fill it
        meta = _filled(meta, taken.meta)
    return Body(
        lines=tuple(text),
        credits=tuple(credits),
        prev_next=tuple(under.prev_next),
        pager=tuple(under.pager),
        page_count=under.page_count,
        side_notices=tuple(under.side_notices),
        meta=meta,
    )


def _filled(meta: MetaLine | None, more: MetaLine | None) -> MetaLine | None:
    """``meta`` with the fields it lacks taken from ``more``, a metadata line in or under the
    body; the credits ``more`` gives are the body's (listed once, in page order), not its."""
    if more is None:
        return meta
    more = attrs.evolve(more, credits=())
    return more if meta is None else meta.fill(more)


# --------------------------------------------------------------------------------------
# 1. The lines that can be text, and where they end
# --------------------------------------------------------------------------------------


class _Closer(NamedTuple):
    """A line that only ever follows a body. (Named tuples: made for lines of every page.)"""

    kind: Literal["prev_next", "pager", "end", "box", "clicks"]
    page_count: int = 0
    """A pager's: how many pages the article has; a count of reads': how many."""
    rest: str = ""
    """An end marker's: what follows it on its line (``【我要纠错】 责任编辑：赵六``)."""


def _closer(line: str, *, lex: Lexicon) -> _Closer | None:
    """What a (non-blank, tidy) line that only ever follows a body is, else ``None``.

    Each test is refused by the line's first character before it is called: most lines
    pass none of them.
    """
    first = line[0]
    if first in lex.prev_next_starts and parse_prev_next(line, lex=lex) is not None:
        return _Closer("prev_next")
    count = PAGE_COUNT_RE.search(line) if "共" in line else None
    if count is not None and len(line) <= LIMITS.max_pager_line:
        return _Closer("pager", page_count=int(count.group("n")))
    if (
        first in _PAGE_NUMBER_START
        and len(line) <= LIMITS.max_pager_line
        and lex.page_numbers_re.fullmatch(fold(line))
    ):
        return _Closer("pager", page_count=max(int(n) for n in re.findall(r"\d+", line)))
    if first in lex.end_starts:
        rest = end_marker_rest(line, lex=lex)
        if rest is not None:
            return _Closer("end", rest=rest)
    if first in lex.box_starts and is_box_title(line, lex=lex):
        return _Closer("box")
    if (
        len(line) <= LIMITS.max_pager_line
        and not lex.prev_next_starts.isdisjoint(line)
        and lex.bare_prev_next_re.search(fold(line))
    ):
        return _Closer("prev_next")  # the two links without their titles
    if _SAID in line and len(line) <= LIMITS.max_pager_line:
        said = lex.clicks_said_re.search(fold(line))  # (…, 已被阅读178次): the post is over
        if said is not None:
            return _Closer("clicks", page_count=int(said.group("n")))
    if first in lex.clicks_starts and line[-1] in _CLOSING_BRACKETS:
        count = lex.clicks_count_re.fullmatch(fold(line))  # 阅读数(15878）: the post is over
        if count is not None:
            return _Closer("clicks", page_count=int(count.group("n")))
    return None


def _text_goes_on(lines: Sequence[str], at: int, *, lex: Lexicon) -> bool:
    """Whether running text follows line ``at`` (a tool that unfolds the rest, 展开全文), not
    what follows an article (a page list, a disclaimer)."""
    after = next_line(lines, at)
    while after is not None and (is_chrome(lines[after], lex=lex) or _is_more_link(lines[after])):
        after = next_line(lines, after)  # more tools, a link to more elsewhere
    if after is None:
        return False
    line = lines[after]
    return is_prose(line) and not is_closing_furniture(line, lex=lex)


def _is_more_link(line: str) -> bool:
    """A link to more elsewhere (``点击进入…>>``): never text."""
    return line.endswith(_MORE_LINK_ENDS) and len(line) <= LIMITS.max_tool_line


class _Opening:
    """What may stand over the text, before its first line: the rest of a table of document
    fields, a column tag alone on its line (``【新春走基层】``), a counter's number alone, a
    script box's placeholder text (``调查问题加载中，请稍候。``), a
    subtitle (``——…``), a document's dated note in brackets (``（2007年6月29日…会议通过）``), a
    summary box (``[摘要]…``), the headline a reposted story first ran under (``原标题：…``), a
    position bar (under a metadata line that opens the page), and the headline repeated (maybe
    over two lines), with the rest of a report's title block under it (who wrote it, then
    when: ``…课题组`` over ``2003年5月``)."""

    def __init__(self, title: str | None, key: str, lines: Sequence[str], *, lex: Lexicon) -> None:
        # The headline still to be seen, taken from its ``key`` (:func:`headline_key`) when
        # first needed; "" once it is not.
        self._rest: str | None = None if title is not None else ""
        self._title = title or ""
        self._key = key
        self._lines = lines
        self._lex = lex
        self._repeated = False  # the whole headline was repeated: its title block may follow
        self._decks = False  # the headline with a lead-in verb was repeated: decks may follow

    def drops(self, at: int) -> bool:
        """Whether line ``at``, the next line over the text, stands over it."""
        line = self._lines[at]
        if self._decks:  # under an agency's lead-in line: its decks, short and no sentence
            self._decks = len(line) <= LIMITS.max_title and line[-1:] not in _SENTENCE_STOPS
            if self._decks:
                return True
        if is_field_row(line) or _TAG_LINE_RE.fullmatch(line) or is_subtitle(line):
            return True
        if len(line) <= _COUNTER_DIGITS and line.isascii() and line.isdecimal():
            return True  # a number alone: a counter's (comments, likes) over the text
        short = len(line) <= LIMITS.max_title
        folded = fold(line) if short or line[0] in "(（" else ""  # a long line: never folded
        if line[0] in "(（" and _DOCUMENT_NOTE_RE.fullmatch(folded):
            return True
        if short and self._lex.original_title_re.match(folded):
            return True
        if short and any(note in folded for note in self._lex.loading_notes):
            return True  # a script box's placeholder text (调查问题加载中，请稍候。)
        if line[0] in _SQUARE_OPENERS and self._lex.summary_re.match(fold(line[:12])):
            return True  # a summary box repeating the lede ([摘要]…)
        if is_field_line(line, lex=self._lex) and parse_metaline(line, lex=self._lex, single=True):
            return True  # the metadata printed again over the text
        if self._position_bar(line):
            return True
        if self._rest == "":
            self._repeated = self._repeated and self._closes_title_block(at)
            return self._repeated
        if self._rest is None:
            self._rest = self._key
            if self._lead_in(line):  # the headline and a verb (…座谈会强调): decks follow
                self._rest, self._decks = "", True
                return True
        part = (folded or fold(line)).replace(" ", "") if len(line) <= 2 * len(self._rest) else ""
        if len(part) >= LIMITS.min_title and self._rest.startswith(part):
            self._rest = self._rest[len(part) :]
            self._repeated = not self._rest
            return True
        self._rest = ""
        return False

    def _position_bar(self, line: str) -> bool:
        """A position bar, not running text nor a line that only follows a body (a pager's
        ``<< 上一页 | 下一页 >>`` reads like one)."""
        lex = self._lex
        return (
            is_breadcrumb(line, lex=lex) and not is_prose(line) and _closer(line, lex=lex) is None
        )

    def _lead_in(self, line: str) -> bool:
        """Whether ``line`` is the whole headline and a few characters more, as an agency's
        headline block opens (``…长三角一体化发展座谈会强调`` over its main line)."""
        rest = self._rest or ""
        if not rest or not 0 < len(line) - len(self._title) <= _LEAD_IN_EXTRA:
            return False
        key = headline_key(line)
        return key.startswith(rest) and 0 < len(key) - len(rest) <= _LEAD_IN_EXTRA

    def _closes_title_block(self, at: int | None) -> bool:
        """Whether line ``at``, or the one under it, is a date alone, and neither is a
        sentence before it."""
        for _ in range(_TITLE_BLOCK_LINES):
            if at is None:
                return False
            line = self._lines[at]
            if len(line) > LIMITS.max_field_line or is_prose(line):
                return False
            if is_date_line(line):
                return True
            at = next_line(self._lines, at)
        return False


def _scan(
    lines: Sequence[str],
    start: int,
    stop: int,
    objects: Collection[int],
    opening: _Opening,
    *,
    lex: Lexicon,
) -> tuple[list[int], int, _Closer | None]:
    """The lines from ``start`` that can be text, and where the body ends: the first line
    that only ever follows a body (and what it is), else ``stop``."""
    kept: list[int] = []
    closer_starts, tool_start = lex.closer_starts, lex.tool_start
    # A short closer not known by its first character holds one of these, anywhere: a bare
    # 上一篇 下一篇 line, a count of reads said in a sentence (已被阅读178次).
    closer_marks = lex.prev_next_starts | {_SAID}
    max_pager = LIMITS.max_pager_line
    texted = False  # a line of text kept yet (pictures alone are not text)
    for at in range(start, stop):
        if at in objects:
            kept.append(at)
            continue
        line = lines[at]
        if not line:
            continue
        # Most lines are plain text: each test is refused by the first character first.
        first = line[0]
        if first in tool_start and is_chrome(line, lex=lex):
            if kept and is_prose(lines[kept[-1]]) and not _text_goes_on(lines, at, lex=lex):
                return kept, at, _Closer("end")  # page tools under the text end it
            continue
        if not texted and opening.drops(at):  # over the text, maybe under its pictures
            continue
        closer = (
            _closer(line, lex=lex)
            if first in closer_starts
            or "共" in line
            or (len(line) <= max_pager and not closer_marks.isdisjoint(line))
            else None
        )
        if closer is not None and (kept or closer.kind != "pager"):  # a pager may stand over it
            return kept, at, closer
        # _is_more_link, written out: this loop runs for every line of every body.
        if not (line.endswith(_MORE_LINK_ENDS) and len(line) <= LIMITS.max_tool_line):
            kept.append(at)
            texted = True
    return kept, stop, None


# --------------------------------------------------------------------------------------
# 2. What closes the text
# --------------------------------------------------------------------------------------


class _Closing(NamedTuple):
    """What a line closing an article gives: credits, metadata, or nothing (furniture)."""

    credits: tuple[Credit, ...] = ()
    meta: MetaLine | None = None


def _closing_line(line: str, *, lex: Lexicon) -> _Closing | None:
    """What a line that closes an article gives (credits, a 发布日期 line, a reprint notice…);
    ``None`` when the line is no such line."""
    if (
        is_closing_furniture(line, lex=lex)
        # Empty roles have their colons: a line without one is not folded to be refused.
        or (COLON_RE.search(line) is not None and lex.empty_credits_re.fullmatch(fold(line)))
        or _URL_LINE_RE.fullmatch(line)
        or _COUNT_LINE_RE.fullmatch(line)
    ):
        return _Closing()  # furniture, empty credit roles (审核:编辑:), a link, a count
    found = (
        parse_credits(line, lex=lex)
        or _credits_after_tools(line, lex=lex)
        or _released_credits(line, lex=lex)
    )
    if found is not None:
        return _Closing(credits=found)
    meta = _meta_in_body(line, lex=lex)
    if meta is None:
        return _byline_then_fields(line, lex=lex)
    return _Closing(credits=meta.credits, meta=meta)  # its credits: the body's (_filled)


def _released_credits(line: str, *, lex: Lexicon) -> tuple[Credit, ...] | None:
    """The credits in brackets after the unit that released a picture (``新华社发（刘满仓摄）``:
    the agency is who released it, not a name), else ``None``."""
    released = _RELEASED_RE.match(line)
    if released is None or not lex.unit_re.search(fold(released["unit"])):
        return None
    return parse_credits(line[released.end() :], lex=lex)


def _byline_then_fields(line: str, *, lex: Lexicon) -> _Closing | None:
    """A byline written without colons, then labelled fields (``中青报·中青网记者 魏其濛
    来源：中国青年报``): its credits and what the fields give; ``None`` for any other line."""
    if COLON_RE.search(line) is None:
        return None  # most lines: the fields' labels have their colons
    label = lex.meta_label_re.search(fold(line))
    if label is None or label.start() == 0:
        return None
    byline = parse_credits(line[: label.start()].strip(), lex=lex)
    meta = _meta_in_body(line[label.start() :], lex=lex) if byline else None
    if byline is None or meta is None:
        return None
    return _Closing(credits=(*byline, *meta.credits), meta=meta)


def _credits_after_tools(line: str, *, lex: Lexicon) -> tuple[Credit, ...] | None:
    """The credits after the page-tool links a closing line opens with
    (``【纠错】 责任编辑：尹世杰``), else ``None``."""
    if line[0] not in lex.tool_start:
        return None
    tools = lex.tool_re.match(fold(line))
    rest = "" if tools is None else line[tools.end() :]
    return parse_credits(rest, lex=lex) if rest else None


def _meta_in_body(line: str, *, lex: Lexicon) -> MetaLine | None:
    """A metadata line closing the body: labelled fields (one is enough) and nothing else,
    maybe in square brackets (``[作者: 刘满仓 　责任编辑: 杨丹宇 ]``)."""
    if line[:1] in _SQUARE_OPENERS and line[-1:] in _SQUARE_CLOSERS:
        line = line[1:-1].strip()
    if len(line) > LIMITS.max_field_line * 2 or not is_field_line(line, lex=lex):
        return None
    meta = parse_metaline(line, lex=lex, single=True)
    if meta is None or not any(meta.get(f.name) for f in META_FIELDS if f.alone_under_body):
        return None
    return meta


def _split_closing(
    lines: Sequence[str],
    text: list[int],
    objects: Collection[int],
    key: str,
    *,
    lex: Lexicon,
) -> tuple[list[int], list[_Closing]]:
    """The text without the lines that open and close it as credits, and what those give,
    in page order, with the credits of the lines in between (:func:`_within`).

    Credit lines over the text are a byline (``光明日报记者 王建宏 张文攀``). Closing lines
    are credit and metadata lines, furniture (with the pictures under it: a disclaimer's
    badge, a QR code), a web address alone (a source link) and the headline repeated after
    them all (``key``, as :func:`headline_key` gives it); short lines without a sentence among and
    under them (an address block, a QR-code caption) go with them, and so does a bare label
    over them (``原文链接：``).
    """
    first = 0
    taken: list[_Closing] = []
    while first < len(text) and text[first] not in objects:
        byline = parse_credits(lines[text[first]], lex=lex)
        if byline is None and _names_next_credit(lines, text, first, objects, lex=lex):
            byline = ()  # the name alone over its credit line (雍和 over 雍和  图/文)
        if byline is None:
            break
        taken.append(_Closing(credits=byline))
        first += 1
    cut = len(text)
    closing: list[_Closing] = []
    pictures = 0  # the pictures that end the text: they go with furniture right over them
    contacts = True  # every closing line so far a contact detail (电话：…, 邮编：…)
    for index in range(len(text) - 1, first - 1, -1):
        at = text[index]
        if at in objects:
            if index + 1 + pictures != len(text):
                break
            pictures += 1
            continue
        found = _closing_line(lines[at], lex=lex)
        if found is None and (lex.boilerplate or lex.boilerplate_shapes):
            # the site's template text under the credits (a profile's): furniture
            found = _Closing() if is_template(lines[at], lex) else None
        if pictures and cut == len(text) and found != _Closing():
            break  # a picture closing the text under no notice is the text's
        # The headline repeated after the text, a signature (a unit, a date) is not.
        if found is None and cut == index + 1 and key and _repeats_headline(lines[at], key):
            found = _Closing()
        if found is not None:
            cut = index
            closing.append(found)
            contacts = contacts and _is_contact(lines[at], lex=lex)
        elif cut < len(text) and contacts and not pictures and _is_section(lines[at], lex=lex):
            cut, closing = len(text), []  # a section's contact details (五、报名方式 over 电话：…)
            break
        elif len(lines[at]) > LIMITS.max_field_line or is_prose(lines[at]):
            break
    if first < cut < len(text) and text[cut - 1] not in objects:
        cut -= is_label_only(lines[text[cut - 1]])  # the label of what closes the text
    kept, within = _within(lines, text[first:cut], objects, lex=lex)
    return kept, taken + within + closing[::-1]


def _is_contact(line: str, *, lex: Lexicon) -> bool:
    """Whether a line opens with a contact label (``电话：``, ``E-mail：``)."""
    return lex.contact_re.match(fold(line).lstrip()) is not None


def _is_section(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is a numbered section heading (``五、简历投递及政策咨询``)."""
    return is_numbered(line) and looks_like_heading(line, lex=lex)


def _names_next_credit(
    lines: Sequence[str], text: list[int], index: int, objects: Collection[int], *, lex: Lexicon
) -> bool:
    """Whether line ``text[index]`` is only the name the credit line under it credits."""
    if index + 1 >= len(text) or text[index + 1] in objects:
        return False
    name = lines[text[index]]
    credits = parse_credits(lines[text[index + 1]], lex=lex) if len(name) <= 10 else None
    return credits is not None and any(credit.name == name for credit in credits)


def _within(
    lines: Sequence[str], text: list[int], objects: Collection[int], *, lex: Lexicon
) -> tuple[list[int], list[_Closing]]:
    """The text without the credit lines that open a section inside it (``记者 黄琳`` under
    a heading), and the credits of those and of the lines that keep theirs
    (:func:`_kept_credits`), in page order. A credit line between two paragraphs is text."""
    kept: list[int] = []
    found: list[_Closing] = []
    opening = True  # no line of text yet: only pictures, and captions signed with credits
    for place, at in enumerate(text):
        line = lines[at]
        if at in objects or (
            not opening and (line[-1:] in _SENTENCE_STOPS or _no_credit(line, lex=lex))
        ):
            kept.append(at)  # most lines: a picture, a sentence, a line naming no role
            continue
        whole = (
            parse_credits(line, lex=lex)
            if not opening and len(line) <= LIMITS.max_field_line
            else None
        )
        if whole is not None and _by_heading(lines, kept[-1], text, place, whole, lex=lex):
            found.append(_Closing(credits=whole))
            continue
        credits = _kept_credits(line, opening=opening, lex=lex)
        if credits:
            found.append(_Closing(credits=credits))
        opening = opening and bool(credits) and line[-1:] in _CLOSING_BRACKETS
        kept.append(at)
    return kept, found


def _by_heading(
    lines: Sequence[str],
    above: int,
    text: list[int],
    place: int,
    credits: tuple[Credit, ...],
    *,
    lex: Lexicon,
) -> bool:
    """Whether the credit line at ``text[place]`` (its ``credits``) is a section's byline:
    under its heading (a heading ends no sentence), or closing the section over the next
    one's heading when a role opens it (``文/广州日报记者赖伟行``; a caption signed at its end,
    ``发布会现场 刘向真 摄``, stays the picture's)."""
    over = lines[above]
    if over[-1:] not in SENTENCE_ENDS and looks_like_heading(over, lex=lex):
        return True
    if place + 1 >= len(text) or not fold(lines[text[place]]).lstrip().startswith(
        fold(credits[0].role)
    ):
        return False
    under = lines[text[place + 1]]
    return under[-1:] not in SENTENCE_ENDS and looks_like_heading(under, lex=lex)


def _no_credit(line: str, *, lex: Lexicon) -> bool:
    """Whether a line of text can give no credit: no bracket closes it, and no role opens it,
    ends it or stands in it."""
    return line[-1:] not in _CLOSING_BRACKETS and holds_no_role(line, lex=lex)


def _kept_credits(line: str, *, opening: bool, lex: Lexicon) -> tuple[Credit, ...]:
    """The credits a line of text holds, the text keeping them: a news dateline's on the
    text's first line (``本报讯（记者 刘阳）近日，…``, ``咸宁网讯 特约记者徐大发、通讯员柯国强
    报道:…``), credits in brackets closing a paragraph (``…越办越好。(文/方爱宁  摄/周霄佳)``),
    a caption's signature (``医生为居民义诊。汤圣雷 摄``, maybe with the outlets in brackets
    after it)."""
    if opening:
        dateline = _DATELINE_RE.match(line) or (
            _REPORTED_RE.match(line) if "报道" in line else None  # its word first: a cheap test
        )
        found = None if dateline is None else parse_credits(dateline["credits"], lex=lex)
        if found:
            return found
    if line[-1:] in _CLOSING_BRACKETS:
        signed = _SIGNED_RE.search(line)
        found = None if signed is None else parse_credits(signed.group(), lex=lex)
        return found or signature_credits(line, lex=lex)  # …摄 (新华网): outlets close it
    return signature_credits(line, lex=lex)


def _repeats_headline(line: str, key: str) -> bool:
    """Whether a line repeats the headline (``key``, as :func:`headline_key` gives it), or
    most of it: a document's headline without its number (``关于举办…的通知``)."""
    if len(line) > 2 * len(key):
        return False
    part = headline_key(line)
    return 2 * len(part) >= len(key) and part in key


# --------------------------------------------------------------------------------------
# 3. The container ends the text
# --------------------------------------------------------------------------------------


def _narrow(
    lines: Sequence[str],
    scanned: list[int],
    text: list[int],
    start: int,
    end: int,
    title: str | None,
    key: str,
    markup: Markup,
    *,
    lex: Lexicon,
) -> tuple[list[int], list[_Closing], int] | None:
    """The text, what closes it and where it ends, when the text's container (a side
    column, a comment box) ends before the text; ``None`` when it does not.

    Only the text's own lines are scored: nothing past what ends it can be text.
    """
    found = markup.container(text[0], text[-1] + 1)
    if found is None or (found[0] <= text[0] and found[1] > text[-1]):
        return None
    first, end = max(start, found[0]), min(end, found[1])
    if first <= text[0]:
        first = min(first, scanned[0])  # the byline taken over the text stays over it
    inside = [at for at in scanned if first <= at < end]
    opening = _Opening(title, key, lines, lex=lex)
    while inside and inside[0] not in markup.objects and opening.drops(inside[0]):
        del inside[0]
    text, closing = _split_closing(lines, inside, markup.objects, key, lex=lex)
    return text, closing, end


def _without_promotion(lines: Sequence[str], text: list[int], markup: Markup) -> list[int]:
    """The text without the short link lines (and their pictures) that close it when one of
    them ends in a colon: a link that announces where it leads (``网易财经 会赚钱的客户端：``)
    is a promotion's, never the article's last words. The first line of such a link broken
    by a ``<br>`` (``网易财经``) goes with it: only the line the link closes in counts as
    linked."""
    start, announces, below = len(text), False, ""
    while start > 1:
        at = text[start - 1]
        if at not in markup.objects:
            line = lines[at]
            if len(line) > LIMITS.max_field_line:
                break
            if not markup.linked(at) and not (below[-1:] in COLON_CHARS and not is_prose(line)):
                break
            announces = (
                announces or line[-1:] in COLON_CHARS
            )  # a link announcing where it leads (会赚钱的客户端：)
            below = line
        start -= 1
    return text[:start] if announces else text


# --------------------------------------------------------------------------------------
# 4. Under the body
# --------------------------------------------------------------------------------------


@attrs.define
class _Under:
    """What the lines between the body and the footer say, as :func:`_under_body` reads them."""

    prev_next: list[int] = attrs.Factory(list)
    pager: list[int] = attrs.Factory(list)
    page_count: int = 1
    side_notices: list[int] = attrs.Factory(list)
    closings: list[_Closing] = attrs.Factory(list)


def _under_body(
    lines: Sequence[str], start: int, stop: int, first: _Closer | None, *, lex: Lexicon
) -> _Under:
    """What the lines between the body and the footer say; ``first`` is what line ``start``
    is when the scan found it ended the body. Lines of a notice box (after its 通知公告 title,
    before an end marker) are a side column's notices; other lines that say nothing the
    article needs are left out."""
    under = _Under()
    in_box = False
    for at in range(start, stop):
        line = lines[at]
        if not line or (line[0] in lex.tool_start and is_chrome(line, lex=lex)):
            continue
        closer = first if at == start and first is not None else _closer(line, lex=lex)
        if closer is None:
            if _is_more_link(line):
                continue
            taken = _closing_line(line, lex=lex)
            if taken is not None:
                under.closings.append(taken)
            elif in_box:
                under.side_notices.append(at)
        elif closer.kind == "prev_next":
            under.prev_next.append(at)
        elif closer.kind == "pager":
            under.pager.append(at)
            under.page_count = closer.page_count
        elif closer.kind == "clicks":
            under.closings.append(_Closing(meta=MetaLine(values={"clicks": closer.page_count})))
        else:
            in_box = closer.kind == "box"
            taken = _closing_line(closer.rest, lex=lex) if closer.rest else None
            if taken is not None:
                under.closings.append(taken)
    return under
