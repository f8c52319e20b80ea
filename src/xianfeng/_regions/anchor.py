"""The anchor a page is located by: a metadata line, else a headline, else a date line;
and where the prose starts on a page with none of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from xianfeng._chars import COLON_RE, display_width, fold
from xianfeng._fields.breadcrumb import is_breadcrumb, split_breadcrumb
from xianfeng._fields.chrome import is_chrome
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.metaline import MetaLine, is_field_line, parse_dateline, parse_metaline
from xianfeng._lexicon import Lexicon
from xianfeng._regions.grid import Grid, find_grid, grid_headline
from xianfeng._regions.lines import (
    Span,
    headline_key,
    is_label_only,
    is_prose,
    next_line,
    previous_line,
)
from xianfeng._regions.title import (
    broken_headline,
    headline_below,
    headline_like,
    hint_line,
    same_headline,
    title_line,
)
from xianfeng.models import Credit
from xianfeng.vocabulary import LIMITS

__all__ = ["Anchor", "find_anchor", "prose_start"]

# What ends a clause, and a sentence, of running text (compared unfolded: both widths).
_CLAUSE_ENDS = frozenset("，；、,;")
_SENTENCE_ENDS = frozenset("。！？!?")


@attrs.frozen
class Anchor:
    """What anchors a page: where its metadata and headline are, and where the body may start."""

    meta_at: int | None = None
    """First line of the metadata."""
    meta: MetaLine | None = None
    title_at: int | None = None
    end: int | None = None
    """Last line of the anchor (metadata, or the title when there is none): the body
    starts after it."""
    headline: str | None = None
    """The headline as the anchor names it, when its line does not show it whole: a
    disclosure grid's 名称, the last crumb of a position bar."""

    @property
    def body_from(self) -> int:
        """The first line the body may start on: after the anchor, or the first line."""
        return 0 if self.end is None else self.end + 1


def find_anchor(
    lines: Sequence[str],
    hints: Sequence[str],
    *,
    lex: Lexicon,
    linked: Callable[[int], bool],
) -> Anchor:
    """The first metadata line with the headline above it (or under it, past a table of
    document fields); else the headline the markup names, with a date line under it (or
    right over it); else a date line between a headline and prose; else nothing (an empty
    :class:`Anchor`)."""
    found = _find_metaline(lines, lex=lex)
    # A grid counts only when it starts over the metadata line: none is looked for below it.
    grid = find_grid(lines, lex=lex, until=None if found is None else found[0])
    if grid is not None and grid.title is not None and (found is None or found[0] >= grid.first):
        return _grid_anchor(lines, grid, lex=lex)
    if found is not None:
        first, last, meta = found
        title_at, named = title_line(lines, first, hints, lex=lex)
        if (
            named
            and title_at is not None
            and _prose_between(lines, title_at, first)
            and not _prose_follows(lines, last, None)
        ):
            # The named headline has the text under it and the metadata closes the text
            # (发布日期：… 责任编辑：… under the body): the headline anchors the page, with
            # a field alone under it (来源：…); the metadata is read when the body closes.
            under = next_line(lines, title_at)
            top = None if under is None else _meta_under(lines, under, lex=lex)
            if top is None or under is None:
                return Anchor(title_at=title_at, end=title_at)
            return Anchor(under, top[1], title_at, top[0])
        if not named:
            headline = hint_line(lines[:first], hints, lex=lex, linked=linked)
            if headline is not None and _prose_between(lines, headline, first):
                # The metadata is placed under the body (as some blog templates do): the
                # headline anchors the page, and the metadata is read when the body closes.
                return Anchor(meta=meta, title_at=headline, end=headline)
        if title_at is not None:
            # A named headline broken over lines ends on a line above the metadata.
            whole = broken_headline(lines[:first], title_at, hints)[1] if named else None
            return Anchor(first, meta, title_at, last, headline=whole)
        # No headline above (a table of document fields): the headline follows the fields,
        # or ends the position bar under them.
        below = headline_below(lines, last, lex=lex)
        if below is None:
            crumb = _crumb_headline(lines, last, lex=lex)
            if crumb is not None:
                return Anchor(first, meta, crumb[0], crumb[0], headline=crumb[1])
        return Anchor(first, meta, below, last if below is None else below)
    title_at = hint_line(lines, hints, lex=lex, linked=linked)
    if title_at is not None:
        last, whole = broken_headline(lines, title_at, hints)
        near = _find_dateline(lines, last + 1, LIMITS.title_reach + 1, lex=lex)
        again = None if near is not None else _dated_repeat(lines, title_at, lex=lex)
        if near is None and again is not None:
            # A mobile header shows the headline first; the article's copy has the date.
            title_at, (last, whole), near = again
        if near is not None:
            meta = _credited(lines, last + 1, near[0], near[2], lex=lex)
            return Anchor(near[0], meta, title_at, near[1], headline=whole)
        under = next_line(lines, last)
        field = None if under is None else parse_metaline(lines[under], lex=lex, single=True)
        if field is not None and under is not None:  # a field alone (作者：…) under it
            return Anchor(under, field, title_at, under, headline=whole)
        # An e-paper shows the issue's date over the headline (2022年02月13日).
        above = previous_line(lines, title_at)
        issue = None if above is None else parse_dateline(lines[above], lex=lex)
        return Anchor(above if issue else None, issue, title_at, last, headline=whole)
    return _dateline_anchor(lines, lex=lex) or _between_headlines(lines, lex=lex) or Anchor()


def _dated_repeat(
    lines: Sequence[str], title_at: int, *, lex: Lexicon
) -> tuple[int, tuple[int, str | None], tuple[int, int, MetaLine]] | None:
    """The headline's line shown again further down with a date line under it (the copy a
    page shows over its article after a mobile header's): its index, its last line and
    what the date line says; ``None`` when there is none."""
    headline = lines[title_at]
    for at in range(title_at + 1, len(lines)):
        if lines[at] != headline:  # most lines end here
            continue
        near = _find_dateline(lines, at + 1, LIMITS.title_reach + 1, lex=lex)
        if near is not None:
            return at, (at, None), near
    return None


def _between_headlines(lines: Sequence[str], *, lex: Lexicon) -> Anchor | None:
    """A field alone (``作者:微观经法``) between the headline and the headline again, above
    all running text: the page's metadata, however short."""
    prose = next((at for at, line in enumerate(lines) if is_prose(line, long=True)), len(lines))
    for at, line in enumerate(lines[:prose]):
        if not line or COLON_RE.search(line) is None:
            continue
        above, below = previous_line(lines, at), next_line(lines, at)
        if (
            above is None
            or below is None
            or headline_key(lines[above]) != headline_key(lines[below])
            or not headline_like(lines[above], lex=lex)
        ):
            continue
        meta = parse_metaline(line, lex=lex, single=True)
        if meta is not None:
            return Anchor(at, meta, above, at)
    return None


def _grid_anchor(lines: Sequence[str], grid: Grid, *, lex: Lexicon) -> Anchor:
    """A disclosure grid that names the headline anchors the page: the headline shown under
    it (maybe broken over lines), then a metadata line, which goes before what the grid
    gives."""
    shown = grid_headline(lines, grid, lex=lex)
    title_at, end = (None, grid.last) if shown is None else shown
    meta = grid.meta
    under = next_line(lines, end)
    found = None if under is None else _meta_under(lines, under, lex=lex)
    if found is not None:
        end, more = found
        meta = more.fill(meta)
    return Anchor(grid.first, meta, title_at, end, headline=grid.title)


def _meta_under(lines: Sequence[str], at: int, *, lex: Lexicon) -> tuple[int, MetaLine] | None:
    """The metadata given from line ``at`` on (one field is enough), and its last line."""
    line = lines[at]
    if not is_field_line(line, lex=lex) and parse_metaline(line, lex=lex) is None:
        return None
    meta = parse_metaline(line, lex=lex, single=True)
    if meta is None:
        return None
    _, last, meta = _widen(lines, at, meta, lex=lex)
    return last, meta


def _prose_between(lines: Sequence[str], first: int, last: int) -> bool:
    return any(is_prose(lines[at], long=True) for at in range(first + 1, last))


def _find_metaline(lines: Sequence[str], *, lex: Lexicon) -> tuple[int, int, MetaLine] | None:
    """The first metadata line: its first and last index, and what it says. On the page's
    first line it counts when it opens with a label, or when the text follows it (a date
    under a word the vocabulary does not know, ``归档时间:``, over a position bar is some
    other date).

    Templates that put each field in its own block give it over several lines; the field
    lines right before and after the one that reads as a metadata line belong to it.
    """
    for at, line in enumerate(lines):
        # Every label has a colon, or stands between bars: spare the call.
        if line and ("|" in line or COLON_RE.search(line) is not None):
            meta = parse_metaline(line, lex=lex)
            if meta is not None and (
                previous_line(lines, at) is not None
                or lex.meta_label_re.match(fold(line)) is not None
                or _text_follows(lines, at, lex=lex)
            ):
                return _widen(lines, at, meta, lex=lex)
    return None


def _text_follows(lines: Sequence[str], at: int, *, lex: Lexicon) -> bool:
    """Whether the text starts right under a metadata line that opens the page (a body-only
    rendering), rather than a position bar or a headline (the line is then some other date
    the page shows first, such as an archive date)."""
    following = next_line(lines, at)
    if following is None:
        return False
    if is_breadcrumb(lines[following], lex=lex):
        return _crumb_headline(lines, at, lex=lex) is not None
    return not headline_like(lines[following], lex=lex)


def _credited(
    lines: Sequence[str], first: int, stop: int, meta: MetaLine, *, lex: Lexicon
) -> MetaLine:
    """The metadata with the credits and fields of the lines from ``first`` to ``stop``
    (between the headline and the date line: ``编辑：donghk``, ``来源：新华社``), when those
    lines are all credits or fields."""
    found: list[Credit] = []
    fields: list[MetaLine] = []
    for line in lines[first:stop]:
        credits = parse_credits(line, lex=lex) if line else ()
        if credits is None:
            field = parse_metaline(line, lex=lex, single=True)
            if field is None or not is_field_line(line, lex=lex):
                return meta
            fields.append(field)
            continue
        found.extend(credits)
    for field in fields:
        meta = meta.fill(field)
    return MetaLine(credits=tuple(found)).fill(meta) if found else meta


def _crumb_headline(lines: Sequence[str], at: int, *, lex: Lexicon) -> tuple[int, str] | None:
    """A position bar under line ``at`` that ends in the headline, the text starting right
    under it (``首页>工作动态>土木系党支部开展…``): its line and the headline."""
    crumb = next_line(lines, at)
    if crumb is None or not is_breadcrumb(lines[crumb], lex=lex):
        return None
    text = next_line(lines, crumb)
    labels = split_breadcrumb(lines[crumb], lex=lex)
    if text is None or not labels or not is_prose(lines[text], long=True):
        return None
    return (crumb, labels[-1]) if headline_like(labels[-1], lex=lex) else None


def _widen(
    lines: Sequence[str], at: int, meta: MetaLine, *, lex: Lexicon
) -> tuple[int, int, MetaLine]:
    first = last = at
    while len(range(first, last)) < LIMITS.max_meta_lines:
        before = previous_line(lines, first)
        if before is None or not _is_meta_part(lines[before], lex=lex):
            break
        first = before
    while len(range(first, last)) < LIMITS.max_meta_lines:
        after = next_line(lines, last)
        if after is None or not _is_meta_part(lines[after], lex=lex):
            break
        last = after
    if first == last:
        return at, at, meta
    joined = " ".join(line for line in lines[first : last + 1] if line)
    return first, last, parse_metaline(joined, lex=lex) or meta


def _is_meta_part(line: str, *, lex: Lexicon) -> bool:
    """A line that belongs to a metadata line given over several: one field, or the date."""
    return is_field_line(line, lex=lex) or parse_dateline(line, lex=lex) is not None


def _find_dateline(
    lines: Sequence[str], start: int, reach: int, *, lex: Lexicon, floor: int | None = None
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
        meta = parse_dateline(lines[at], lex=lex)
        if meta is not None:
            first, last = at, at
            while (
                (before := previous_line(lines, first)) is not None
                and before >= floor
                and is_label_only(lines[before])
            ):
                first = before
            while (after := next_line(lines, last)) is not None and is_label_only(lines[after]):
                last = after
            return _fields_under(lines, first, last, meta, lex=lex)
    return None


def _fields_under(
    lines: Sequence[str], first: int, last: int, meta: MetaLine, *, lex: Lexicon
) -> tuple[int, int, MetaLine]:
    """A date line with the field lines right under it, as a template that gives each field
    its own block shows them (``2019年11月25日 16:04:30`` over ``来源：澎湃新闻网``)."""
    under = next_line(lines, last)
    more = None
    if under is not None and is_field_line(lines[under], lex=lex):
        more = _meta_under(lines, under, lex=lex)
    if more is None:
        return first, last, meta
    return first, more[0], meta.fill(more[1])


def _dateline_anchor(lines: Sequence[str], *, lex: Lexicon) -> Anchor | None:
    """The first date line with a headline-like line above it and prose below it, above
    all running text (a date under running text is a signature's); or, with no headline
    above, the first whose label says it is the publication time."""
    prose = next((at for at, line in enumerate(lines) if is_prose(line, long=True)), len(lines))
    for at, line in enumerate(lines[:prose]):
        if not line or parse_dateline(line, lex=lex) is None:
            continue
        found = _find_dateline(lines, at, 1, lex=lex, floor=0)
        if found is None:
            continue
        first, last, meta = found
        below = _under_toolbar(lines, last, lex=lex)
        if below is not None and _prose_follows(lines, below, None):
            return Anchor(first, meta, below, below)
        title_at = previous_line(lines, first)
        if not _prose_follows(lines, last, None if title_at is None else lines[title_at]):
            continue
        if title_at is not None and headline_like(lines[title_at], lex=lex):
            return Anchor(first, meta, title_at, last)
        if _labelled(lines, first, at, lex=lex):  # 发布日期: over the date, no headline above
            return Anchor(first, meta, None, last)
    return None


def _under_toolbar(lines: Sequence[str], at: int, *, lex: Lexicon) -> int | None:
    """The headline under an e-paper's toolbar: the issue's date (line ``at``) with page
    tools after it (``2012年05月11日 星期五 放大 缩小 默认``) or on the lines under it
    (``3 上一篇  下一篇 4``, ``放大 缩小 默认``); ``None`` when the date has no tools."""
    parts = lines[at].split()
    tools = any(is_chrome(" ".join(parts[i:]), lex=lex) for i in range(1, len(parts)))
    below = next_line(lines, at)
    while below is not None and _toolbar_line(lines[below], lex=lex):
        tools, below = True, next_line(lines, below)
    if not tools or below is None or not headline_like(lines[below], lex=lex):
        return None
    return below


def _toolbar_line(line: str, *, lex: Lexicon) -> bool:
    """Page tools, or the bare previous/next links of an e-paper (``3 上一篇  下一篇 4``)."""
    return is_chrome(line, lex=lex) or (
        len(line) <= LIMITS.max_pager_line and lex.bare_prev_next_re.search(fold(line)) is not None
    )


def _labelled(lines: Sequence[str], first: int, date_at: int, *, lex: Lexicon) -> bool:
    """Whether a label of the publication time stands over a date line (``• 发布日期:``)."""
    for line in lines[first:date_at]:
        label = lex.meta_label_re.match(fold(line).strip(" •·-"))
        if label is not None and lex.meta_field[lex.label(label)] == "published":
            return True
    return False


def _prose_follows(lines: Sequence[str], at: int, headline: str | None) -> bool:
    """Whether running text starts within the few lines after ``at``, not counting the
    ``headline`` repeated over the body (a report's title block: the headline, who wrote
    it, when)."""
    following = next_line(lines, at)
    seen = 0
    while following is not None and seen < LIMITS.title_reach:
        if is_prose(lines[following]):
            return True
        if headline is None or not same_headline(lines[following], headline):
            seen += 1
        following = next_line(lines, following)
    return False


def prose_start(lines: Sequence[str], span: Span | None, *, lex: Lexicon) -> tuple[int, int | None]:
    """Where the body starts on a page with no anchor, and the title's line, if any: the
    first prose line (inside the container when one is known; under the position bar, when
    prose follows it: a site's blurb may come before it), and the nearest of the few lines
    above it that reads as a headline. A credit line right over the prose (``□晚报记者
    马治卫``) is the body's byline: the body starts there."""
    first, last = span if span is not None else (0, len(lines))
    crumb = next((at for at in range(first, last) if _position_bar(lines[at], lex=lex)), None)
    start = None if crumb is None else _first_prose(lines, crumb + 1, last)
    if start is None:
        start = _first_prose(lines, first, last)
    if start is None:
        return first, None
    above = previous_line(lines, start)
    for _ in range(LIMITS.title_reach):
        if above is None or above < first - LIMITS.title_reach:
            break
        if headline_like(lines[above], lex=lex):
            return start, _whole_headline(lines, above, lex=lex)
        if above == previous_line(lines, start) and parse_credits(lines[above], lex=lex):
            start = above
        above = previous_line(lines, above)
    return start, None


def _first_prose(lines: Sequence[str], first: int, last: int) -> int | None:
    """The first long prose line from ``first`` to ``last``, with the prose just over it (a
    dateline's first sentence, a clause the page split off), else the first prose line."""
    start = next(
        (
            at
            for long in (True, False)
            for at in range(first, last)
            if is_prose(lines[at], long=long)
        ),
        None,
    )
    for _ in range(LIMITS.title_reach):
        above = None if start is None else previous_line(lines, start)
        if above is None or above < first or not _sentence(lines[above]):
            break
        start = above
    return start


def _sentence(line: str) -> bool:
    """A line of prose that runs on (it ends a clause), or ends a sentence and is too wide
    for a heading (a short sentence alone may be one, in bold)."""
    if line[-1] in _CLAUSE_ENDS:
        return is_prose(line)
    return (
        line[-1] in _SENTENCE_ENDS
        and display_width(line) > LIMITS.max_heading_width
        and is_prose(line)
    )


def _position_bar(line: str, *, lex: Lexicon) -> bool:
    """A position bar of two crumbs or more (``网站首页 > 大国崛起 > 中华崛起 >``), not a
    ``更多>>`` link nor a sentence."""
    return (
        bool(line)
        and is_breadcrumb(line, lex=lex)
        and not is_prose(line)
        and len(split_breadcrumb(line, lex=lex)) > 1
    )


def _whole_headline(lines: Sequence[str], at: int, *, lex: Lexicon) -> int:
    """The headline whose end line ``at`` is: a line above that shows whole what ``at``
    and the headline-like line over it show broken in two, else ``at``."""
    head = previous_line(lines, at)
    if head is None or not headline_like(lines[head], lex=lex):
        return at
    key = headline_key(lines[head] + lines[at])
    return next((before for before in range(head) if headline_key(lines[before]) == key), at)
