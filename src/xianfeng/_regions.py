"""Where each region of a page lies in its reading-order lines — shared by both input forms.

The HTML path linearises its tree into lines (one per block) and the text path splits its
text into lines; from there both locate regions the same way, by content anchors, strongest
first:

1. a **metadata line** (:func:`~xianfeng._fields.metaline.parse_metaline`: labelled fields
   with a date or two fields); the **title** is the nearest line above it, or the headline
   the page names elsewhere (``<h1>``, ``<title>``) when one of the lines just above is it;
2. else the **headline** the page names elsewhere, found as a line, with a date alone on its
   line (``2024.05.30``) just under it as the metadata;
3. else a **date line** with a headline-like line above it;
4. else no metadata at all (warning ``meta.missing``): the body is the article container
   (HTML: found by text and link density) or the first run of prose (text), and the title
   the line above it, when it reads as a headline.

Around the anchor: the **position bar** is the line above the title (when it reads as one),
the **header** (navigation, notices) everything above; the **footer** starts at the first
footer line (主办单位, ICP, ©…) after which every line is footer-sized; the **body** runs from
the anchor to the first line that only ever follows a body (上一篇/下一篇, the ``共N页``
pager, a 相关文章 box, a 通知公告 box of a side column) or the footer. Credit lines at its end
are credits, and so are credit lines after it. Metadata lines inside the body (a 发布日期
placed under the text) fill what the anchor did not give.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import attrs

from xianfeng._chars import COLON_RE, fold, garbled, tidy
from xianfeng._fields.boxes import is_box_title, is_end_marker
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.chrome import is_chrome, is_closing_furniture
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.dates import DATE_RE
from xianfeng._fields.footer import is_footer_line
from xianfeng._fields.metaline import (
    META_FIELDS,
    MetaLine,
    is_field_line,
    parse_dateline,
    parse_metaline,
)
from xianfeng._fields.pager import PAGE_COUNT_RE, PAGE_NUMBERS_RE, parse_prev_next
from xianfeng._fields.title import split_column
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Layout
from xianfeng.errors import NotAnArticleError, WarningCode
from xianfeng.models import Credit, ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = ["locate"]

_HANZI_RE = re.compile("[\u4e00-\u9fff]")
_SENTENCE_RE = re.compile("[。，；！？,;]")
_MORE_LINK_ENDS = (">>", "»", "＞＞")
_PAGE_NUMBER_START = frozenset("【[［")
# A row of a table of document fields: ``| 发布机构:…``, ``索 引 号: … 主题分类: …`` (two
# labels; a headline may well start with one name and a colon: ``习近平：…``).
_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff ]{0,9}:"
_FIELD_ROW_RE = re.compile(rf"\|.{{0,40}}[:|]|{_LABEL}[^:]{{0,60}}\s{_LABEL}")
Span = tuple[int, int]
"""First line and last line (exclusive) of a region."""


def locate(
    lines: Sequence[str],
    *,
    objects: Collection[int] = (),
    hints: Sequence[str] = (),
    span: Span | None = None,
    container: Callable[[int, int], Span | None] | None = None,
    linked: Callable[[int], bool] | None = None,
    lex: Lexicon,
) -> Layout:
    """Find the regions of a page given as tidied lines (blank lines are ``""``).

    ``objects`` are indices of lines with no text that still carry content (an image): never
    a title, but part of the body where they fall in it. ``hints`` are the headline as the
    page names it elsewhere (HTML ``<h1>``, ``og:title``, ``<title>``), best first. ``span``
    holds the lines of the body's container when it is known (a profile's hint); else
    ``container`` finds it among the lines it is given (after the anchor, before the footer).
    The body ends where its container ends; what follows it up to the footer is read for
    credits, 上一篇/下一篇 and the pager only. ``linked`` tells whether a
    line is mostly link text (HTML), for telling a list page from an article.

    Raises :class:`NotAnArticleError` when the page holds no text, or no article: no anchor
    and no prose, or a list of links and summaries.
    """
    if not any(lines):
        raise NotAnArticleError("expected an article page, got no text at all", missing="text")
    warnings: list[ParseWarning] = []
    anchor = _anchor(lines, hints, lex=lex)
    meta_at, meta, title_at = anchor.meta_at, anchor.meta, anchor.title_at
    after_anchor = 0 if anchor.end is None else anchor.end + 1
    footers = _footer_lines(lines, after_anchor, lex=lex)  # the body never starts above the anchor
    footer_at = _footer_start(footers, after_anchor, len(lines))
    if span is None and container is not None and anchor.end is None:
        span = container(after_anchor, footer_at)
    if anchor.end is not None:
        start = after_anchor
    else:
        start, title_at = _prose_start(lines, span, lex=lex)
    if span is not None and start < span[0] <= len(lines):
        start = span[0]
    title = _title_text(lines, title_at, hints)
    if title is not None and title_at is not None:
        title, dated = _split_date(title)
        if dated is not None:
            meta = dated if meta is None else meta.fill(dated)
    crumb_at = None if title_at is None else _previous(lines, title_at)
    if crumb_at is not None and not is_breadcrumb(lines[crumb_at], lex=lex):
        crumb_at = None
    header_end = _first(crumb_at, title_at, meta_at, start)

    if start != after_anchor:
        footer_at = _footer_start(footers, start, len(lines))
    body_end = footer_at if span is None else min(footer_at, span[1])
    body = _body(lines, start, body_end, footer_at, objects, title, lex=lex)
    if span is None and container is not None and body.lines:
        # The body ran from the anchor to what ends it; where its container ends first (a
        # side column, a comment box), it ends there. Only the body's own lines are scored:
        # nothing past what ends it can be body.
        found = container(body.lines[0], body.lines[-1] + 1)
        if found is not None and (found[0] > body.lines[0] or found[1] <= body.lines[-1]):
            start = max(start, found[0])
            body = _body(lines, start, min(footer_at, found[1]), footer_at, objects, title, lex=lex)
    if body.meta is not None:
        meta = body.meta if meta is None else meta.fill(body.meta)
    if anchor.meta is None:
        _refuse_non_article(lines, body.lines, linked)
    if meta is None:
        warnings.append(
            WarningCode.META_MISSING.warning(
                "the page shows no metadata line (time, source, author) for the article"
            )
        )
    if title is None:
        warnings.append(
            WarningCode.TITLE_MISSING.warning("the page shows no headline for the article")
        )
    return Layout(
        meta_at=meta_at,
        meta=meta,
        title_at=title_at,
        title=title,
        crumb_at=crumb_at,
        header_end=header_end,
        body=tuple(body.lines),
        credits=tuple(body.credits),
        prev_next=tuple(body.prev_next),
        pager=tuple(body.pager),
        page_count=body.page_count,
        side_notices=tuple(body.side_notices),
        footer_at=footer_at,
        warnings=tuple(warnings),
    )


# --------------------------------------------------------------------------------------
# The anchor: a metadata line, a headline, or a date line
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Anchor:
    meta_at: int | None = None
    """First line of the metadata."""
    meta: MetaLine | None = None
    title_at: int | None = None
    end: int | None = None
    """Last line of the anchor (metadata, or the title when there is none): the body
    starts after it."""


def _anchor(lines: Sequence[str], hints: Sequence[str], *, lex: Lexicon) -> _Anchor:
    found = _find_metaline(lines, lex=lex)
    if found is not None:
        first, last, meta = found
        title_at, named = _title_line(lines, first, hints, lex=lex)
        if not named:
            headline = _hint_line(lines[:first], hints, lex=lex)
            if headline is not None and _prose_between(lines, headline, first):
                # The metadata is placed under the body (as some blog templates do): the
                # headline anchors the page, and the metadata is read when the body closes.
                return _Anchor(meta=meta, title_at=headline, end=headline)
        if title_at is not None:
            return _Anchor(first, meta, title_at, last)
        # No headline above (a table of document fields): the headline follows the fields.
        below = _headline_below(lines, last, lex=lex)
        return _Anchor(first, meta, below, last if below is None else below)
    title_at = _hint_line(lines, hints, lex=lex)
    if title_at is not None:
        near = _find_dateline(lines, title_at + 1, LIMITS.title_reach + 1)
        if near is not None:
            return _Anchor(near[0], near[2], title_at, near[1])
        return _Anchor(title_at=title_at, end=title_at)
    return _dateline_anchor(lines, lex=lex) or _Anchor()


def _prose_between(lines: Sequence[str], first: int, last: int) -> bool:
    return any(_is_prose(lines[at], long=True) for at in range(first + 1, last))


def _find_metaline(lines: Sequence[str], *, lex: Lexicon) -> tuple[int, int, MetaLine] | None:
    """The first metadata line: its first and last index, and what it says.

    Templates that put each field in its own block give it over several lines; the field
    lines right before and after the one that reads as a metadata line belong to it.
    """
    for at, line in enumerate(lines):
        if line and COLON_RE.search(line) is not None:  # every label has one: spare the call
            meta = parse_metaline(line, lex=lex)
            if meta is not None and _previous(lines, at) is not None:
                return _widen(lines, at, meta, lex=lex)
    return None


def _widen(
    lines: Sequence[str], at: int, meta: MetaLine, *, lex: Lexicon
) -> tuple[int, int, MetaLine]:
    first = last = at
    while len(range(first, last)) < LIMITS.max_meta_lines:
        before = _previous(lines, first)
        if before is None or not _is_meta_part(lines[before], lex=lex):
            break
        first = before
    while len(range(first, last)) < LIMITS.max_meta_lines:
        after = _next(lines, last)
        if after is None or not _is_meta_part(lines[after], lex=lex):
            break
        last = after
    if first == last:
        return at, at, meta
    joined = " ".join(line for line in lines[first : last + 1] if line)
    return first, last, parse_metaline(joined, lex=lex) or meta


def _is_meta_part(line: str, *, lex: Lexicon) -> bool:
    """A line that belongs to a metadata line given over several: one field, or the date."""
    return is_field_line(line, lex=lex) or parse_dateline(line) is not None


def _find_dateline(
    lines: Sequence[str], start: int, reach: int, *, floor: int | None = None
) -> tuple[int, int, MetaLine] | None:
    """A date alone on its line within ``reach`` lines from ``start``, with the label lines
    around it (``发布时间:`` above a date given on the next line), down to line ``floor``
    (``start`` unless given)."""
    floor = start if floor is None else floor
    seen = 0
    for at in range(start, len(lines)):
        if not lines[at]:
            continue
        seen += 1
        if seen > reach:
            return None
        meta = parse_dateline(lines[at])
        if meta is not None:
            first, last = at, at
            while (
                (before := _previous(lines, first)) is not None
                and before >= floor
                and _is_label_only(lines[before])
            ):
                first = before
            while (after := _next(lines, last)) is not None and _is_label_only(lines[after]):
                last = after
            return first, last, meta
    return None


def _dateline_anchor(lines: Sequence[str], *, lex: Lexicon) -> _Anchor | None:
    """The first date line with a headline-like line above it and prose below it, above
    all running text (a date under running text is a signature's)."""
    prose = next((at for at, line in enumerate(lines) if _is_prose(line, long=True)), len(lines))
    for at, line in enumerate(lines[:prose]):
        if not line or parse_dateline(line) is None:
            continue
        found = _find_dateline(lines, at, 1, floor=0)
        if found is None:
            continue
        first, last, meta = found
        title_at = _previous(lines, first)
        if (
            title_at is not None
            and _headline_like(lines[title_at], lex=lex)
            and _prose_follows(lines, last)
        ):
            return _Anchor(first, meta, title_at, last)
    return None


def _prose_follows(lines: Sequence[str], at: int) -> bool:
    """Whether running text starts within the few lines after ``at`` (a headline repeated
    over the body may come first)."""
    following = _next(lines, at)
    for _ in range(LIMITS.title_reach):
        if following is None:
            return False
        if _is_prose(lines[following]):
            return True
        following = _next(lines, following)
    return False


def _is_label_only(line: str) -> bool:
    """A label with its colon and nothing after it (``发布时间:``, ``發布時間:``)."""
    folded = fold(line).strip()
    return 1 < len(folded) <= LIMITS.max_nav_label + 1 and folded.endswith(":")


# --------------------------------------------------------------------------------------
# The title
# --------------------------------------------------------------------------------------


def _title_line(
    lines: Sequence[str], meta_at: int, hints: Sequence[str], *, lex: Lexicon
) -> tuple[int | None, bool]:
    """The headline above the metadata, and whether the markup names it: one of the few
    lines above that the markup names the headline, else the nearest that reads as one (page
    tools such as ``A+ A-`` may sit between), else the nearest line unless it is a row of
    document fields."""
    nearest = _previous(lines, meta_at)
    reach: list[int] = []
    candidate = nearest
    while candidate is not None and len(reach) < LIMITS.title_reach:
        reach.append(candidate)
        candidate = _previous(lines, candidate)
    for at in reach:
        if any(_same_headline(lines[at], hint) for hint in hints):
            return at, True
    for at in reach:
        if _headline_like(lines[at], lex=lex):
            return at, False
    if nearest is not None and not _is_field_row(lines[nearest]):
        return nearest, False
    return None, False


def _headline_below(lines: Sequence[str], meta_end: int, *, lex: Lexicon) -> int | None:
    """A headline within the few lines under the metadata, past further field rows."""
    candidate = _next(lines, meta_end)
    for _ in range(LIMITS.title_reach):
        if candidate is None or _is_prose(lines[candidate]):
            return None
        if _headline_like(lines[candidate], lex=lex):
            return candidate
        candidate = _next(lines, candidate)
    return None


def _hint_line(lines: Sequence[str], hints: Sequence[str], *, lex: Lexicon) -> int | None:
    """The first line that is the headline the page names elsewhere, best hint first."""
    keys: dict[int, str] = {}  # each line's key, made once for all the hints
    for hint in hints:
        hint_key = _headline_key(hint)
        longest = _longest_headline(hint)
        for at, line in enumerate(lines):
            if not line or len(line) > longest:
                continue
            key = keys.get(at)
            if key is None:
                key = keys[at] = _headline_key(line)
            if _same_key(key, hint_key) and not is_breadcrumb(line, lex=lex):
                return at
    return None


def _same_headline(line: str, hint: str) -> bool:
    """Whether two renderings name one headline: equal once the 【column】 tag, widths and
    spaces are set aside, or one a prefix of the other (a ``<title>`` may be cut short)."""
    if len(line) > _longest_headline(hint):
        return False
    return _same_key(_headline_key(line), _headline_key(hint))


def _longest_headline(hint: str) -> int:
    """The longest line that can still be the headline ``hint`` names: a longer one is a
    paragraph that starts with the headline."""
    return 4 * len(hint) + 20


def _same_key(a: str, b: str) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= LIMITS.min_headline and longer.startswith(shorter)


def _headline_key(text: str) -> str:
    """A headline as compared: without its 【column】 tag, folded, without spaces."""
    return fold(split_column(text)[1]).replace(" ", "")


def _title_text(lines: Sequence[str], title_at: int | None, hints: Sequence[str]) -> str | None:
    if title_at is not None:
        return lines[title_at]
    return next((hint for hint in hints if hint), None)


def _split_date(line: str) -> tuple[str, MetaLine | None]:
    """A headline line that ends in its date (``我校召开… 2021-03-18``): the headline, and the
    date as metadata."""
    folded = fold(line)
    match = DATE_RE.search(folded)
    if match is None or match.start() < LIMITS.min_title or folded[match.end() :].strip():
        return line, None
    dated = parse_dateline(line[match.start() :])
    return (line, None) if dated is None else (tidy(line[: match.start()]), dated)


def _is_field_row(line: str) -> bool:
    """A row of a table of document fields (a colon or a pipe is needed: tested first)."""
    if line[:1] != "|" and COLON_RE.search(line) is None:
        return False
    return _FIELD_ROW_RE.match(fold(line)) is not None


def _headline_like(line: str, *, lex: Lexicon) -> bool:
    """A line that can be a headline: not a sentence, not page furniture."""
    folded = fold(line).strip()
    return (
        LIMITS.min_title <= len(folded) <= LIMITS.max_title
        and not folded.endswith(("。", ".", ":", ",", ";"))
        and not _is_field_row(line)
        and not is_breadcrumb(line, lex=lex)
        and not is_chrome(line, lex=lex)
        and not is_footer_line(line, lex=lex)
        and parse_metaline(line, lex=lex) is None
    )


# --------------------------------------------------------------------------------------
# No anchor: where the prose starts
# --------------------------------------------------------------------------------------


def _is_prose(line: str, *, long: bool = False) -> bool:
    """A line of running Chinese text: Chinese with sentence punctuation (and, when
    ``long``, not short). Repeated words, keyword lists and link farms have none."""
    if long and len(line) < LIMITS.min_prose_line:
        return False
    return _SENTENCE_RE.search(line) is not None and _HANZI_RE.search(line) is not None


def _prose_start(
    lines: Sequence[str], span: Span | None, *, lex: Lexicon
) -> tuple[int, int | None]:
    """Where the body starts on a page with no anchor, and the title's line, if any: the
    first prose line (inside the container when one is known), and the nearest of the few
    lines above it that reads as a headline."""
    first, last = span if span is not None else (0, len(lines))
    start = next(
        (
            at
            for long in (True, False)
            for at in range(first, last)
            if _is_prose(lines[at], long=long)
        ),
        None,
    )
    if start is None:
        return first, None
    above = _previous(lines, start)
    for _ in range(LIMITS.title_reach):
        if above is None or above < first - LIMITS.title_reach:
            break
        if _headline_like(lines[above], lex=lex):
            return start, above
        above = _previous(lines, above)
    return start, None


# --------------------------------------------------------------------------------------
# The body
# --------------------------------------------------------------------------------------


@attrs.define
class _Body:
    lines: list[int] = attrs.Factory(list)
    credits: list[Credit] = attrs.Factory(list)
    prev_next: list[int] = attrs.Factory(list)
    pager: list[int] = attrs.Factory(list)
    page_count: int = 1
    side_notices: list[int] = attrs.Factory(list)
    meta: MetaLine | None = None
    """Metadata given under the body (发布日期 placed after the text)."""


def _body(
    lines: Sequence[str],
    start: int,
    body_end: int,
    footer_at: int,
    objects: Collection[int],
    title: str | None,
    lex: Lexicon,
) -> _Body:
    """The body's lines from ``start`` to ``body_end`` at the latest, and what sits under it
    before the footer (credits, 上一篇/下一篇, the pager, a notice box)."""
    out = _Body()
    after_body = False
    in_box = False
    repeated: str | None = None if title is not None else ""  # the headline, squeezed, when needed
    for at in range(start, footer_at):
        line = lines[at]
        after_body = after_body or at >= body_end
        if at in objects and not after_body:
            out.lines.append(at)
            continue
        if not line:
            continue
        # The lines are tidy, so each test below is refused by the line's first character
        # before it is called: most lines pass none of them.
        first = line[0]
        if first in lex.tool_start and is_chrome(line, lex=lex):
            continue
        if not out.lines and _is_field_row(line):
            continue  # the rest of a table of document fields over the body
        if not out.lines and repeated != "":
            # The headline repeated over the body, maybe over two lines.
            if repeated is None:
                repeated = _headline_key(title or "")
            part = fold(line).replace(" ", "") if len(line) <= 2 * len(repeated) else ""
            if len(part) >= LIMITS.min_title and repeated.startswith(part):
                repeated = repeated[len(part) :]
                continue
            repeated = ""
        if first in lex.prev_next_starts and parse_prev_next(line, lex=lex) is not None:
            out.prev_next.append(at)
            after_body = True
            continue
        count = PAGE_COUNT_RE.search(line) if "共" in line else None
        if count is not None and len(line) <= LIMITS.max_pager_line:
            out.pager.append(at)
            out.page_count = int(count.group("n"))
            after_body = True
            continue
        if (
            line[0] in _PAGE_NUMBER_START
            and len(line) <= LIMITS.max_pager_line
            and PAGE_NUMBERS_RE.fullmatch(fold(line))
        ):
            out.pager.append(at)
            out.page_count = max(int(n) for n in re.findall(r"\d+", line))
            after_body = True
            continue
        if first in lex.end_starts and is_end_marker(line, lex=lex):
            after_body, in_box = True, False
            continue
        if first in lex.box_starts and is_box_title(line, lex=lex):
            after_body, in_box = True, True
            continue
        if line.endswith(_MORE_LINK_ENDS) and len(line) <= LIMITS.max_tool_line:
            continue  # a link to more elsewhere (``点击进入…>>``): never text
        if after_body:
            if not _take_closing(out, line, lex=lex) and in_box:
                out.side_notices.append(at)
            continue
        out.lines.append(at)
    # Credit and metadata lines that close the body are not paragraphs, and neither are the
    # short lines without a sentence under them (an address block, a QR-code caption).
    run: list[_Body | None] = []  # the body's last lines, last first
    for at in reversed(out.lines):
        taken = _Body()
        if at in objects:
            break
        if _take_closing(taken, lines[at], lex=lex):
            run.append(taken)
        elif len(lines[at]) <= LIMITS.max_field_line and not _is_prose(lines[at]):
            run.append(None)
        else:
            break
    closes = max((i for i, taken in enumerate(run) if taken is not None), default=-1)
    closing = [taken for taken in reversed(run[: closes + 1]) if taken is not None]
    del out.lines[len(out.lines) - closes - 1 :]
    after = out.credits
    out.credits = [credit for taken in closing for credit in taken.credits]
    out.credits += after
    for taken in closing:
        if taken.meta is not None:
            out.meta = taken.meta if out.meta is None else out.meta.fill(taken.meta)
    return out


def _take_closing(out: _Body, line: str, *, lex: Lexicon) -> bool:
    """Take a line that closes an article (credits, a 发布日期 line, a reprint notice…) into
    ``out``; furniture is taken and dropped."""
    if is_closing_furniture(line, lex=lex):
        return True
    found = parse_credits(line, lex=lex)
    if found is not None:
        out.credits.extend(found)
        return True
    meta = _meta_in_body(line, lex=lex)
    if meta is None:
        return False
    out.meta = meta if out.meta is None else out.meta.fill(meta)
    out.credits.extend(meta.credits)
    return True


def _meta_in_body(line: str, *, lex: Lexicon) -> MetaLine | None:
    """A metadata line closing the body: labelled fields (one is enough) and nothing else."""
    if len(line) > LIMITS.max_field_line * 2 or not is_field_line(line, lex=lex):
        return None
    meta = parse_metaline(line, lex=lex, single=True)
    if meta is None or not any(
        meta.get(field.name) for field in META_FIELDS if field.alone_under_body
    ):
        return None
    return meta


def _refuse_non_article(
    lines: Sequence[str], body: Sequence[int], linked: Callable[[int], bool] | None
) -> None:
    """Refuse a page with no metadata anchor whose body is no article: too little prose
    (an empty shell, a search page), or a list of links and summaries (a column page)."""
    texts = [lines[at] for at in body if lines[at]]
    why = garbled("".join(texts), min_common=LIMITS.min_common_hanzi)
    if why is not None:
        raise NotAnArticleError(
            f"expected Chinese text, found garbled characters ({why}): "
            "the page was decoded with the wrong encoding",
            missing="readable text",
        )
    listed = sum(
        1
        for at in body
        if lines[at]
        and (
            fold(lines[at]).rstrip().endswith(("...", "…"))
            or (linked is not None and linked(at))
            or parse_dateline(lines[at]) is not None
        )
    )
    if listed >= LIMITS.min_list_items and listed * 2 >= len(texts):
        raise NotAnArticleError(
            "expected an article, found a list page: "
            f"{listed} of its {len(texts)} body lines are links, dates or cut summaries",
            missing="article body",
        )
    prose = sum(len(text) for text in texts if _is_prose(text))
    if prose < LIMITS.min_article_chars:
        raise NotAnArticleError(
            "expected an article, found no metadata line and only "
            f"{prose} characters of running text",
            missing="article body",
        )


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _first(*candidates: int | None) -> int:
    return next(c for c in candidates if c is not None)


def _next(lines: Sequence[str], at: int) -> int | None:
    for after in range(at + 1, len(lines)):
        if lines[after]:
            return after
    return None


def _previous(lines: Sequence[str], at: int) -> int | None:
    for before in range(at - 1, -1, -1):
        if lines[before]:
            return before
    return None


def _footer_lines(lines: Sequence[str], start: int, *, lex: Lexicon) -> list[int]:
    """The footer lines from ``start`` on among the footer-sized lines that end the page,
    last first."""
    found = []
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at]) > LIMITS.max_footer_line:
            break
        if lines[at] and is_footer_line(lines[at], lex=lex):
            found.append(at)
    return found


def _footer_start(footers: Sequence[int], start: int, end: int) -> int:
    """Index of the first footer line from ``start`` on after which every line is
    footer-sized (``footers`` from :func:`_footer_lines`); ``end`` when there is none."""
    return next((at for at in reversed(footers) if at >= start), end)
