"""The anchor a page is located by: a metadata line, else a headline, else a date line;
and where the prose starts on a page with none of them."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from xianfeng._chars import COLON_RE, fold
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.metaline import MetaLine, is_field_line, parse_dateline, parse_metaline
from xianfeng._lexicon import Lexicon
from xianfeng._regions.lines import Span, is_prose, next_line, previous_line
from xianfeng._regions.title import (
    headline_below,
    headline_like,
    hint_line,
    same_headline,
    title_line,
)
from xianfeng.vocabulary import LIMITS

__all__ = ["Anchor", "find_anchor", "prose_start"]


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

    @property
    def body_from(self) -> int:
        """The first line the body may start on: after the anchor, or the first line."""
        return 0 if self.end is None else self.end + 1


def find_anchor(lines: Sequence[str], hints: Sequence[str], *, lex: Lexicon) -> Anchor:
    """The first metadata line with the headline above it (or under it, past a table of
    document fields); else the headline the markup names, with a date line under it (or
    right over it); else a date line between a headline and prose; else nothing (an empty
    :class:`Anchor`)."""
    found = _find_metaline(lines, lex=lex)
    if found is not None:
        first, last, meta = found
        title_at, named = title_line(lines, first, hints, lex=lex)
        if not named:
            headline = hint_line(lines[:first], hints, lex=lex)
            if headline is not None and _prose_between(lines, headline, first):
                # The metadata is placed under the body (as some blog templates do): the
                # headline anchors the page, and the metadata is read when the body closes.
                return Anchor(meta=meta, title_at=headline, end=headline)
        if title_at is not None:
            return Anchor(first, meta, title_at, last)
        # No headline above (a table of document fields): the headline follows the fields.
        below = headline_below(lines, last, lex=lex)
        return Anchor(first, meta, below, last if below is None else below)
    title_at = hint_line(lines, hints, lex=lex)
    if title_at is not None:
        near = _find_dateline(lines, title_at + 1, LIMITS.title_reach + 1, lex=lex)
        if near is not None:
            return Anchor(near[0], near[2], title_at, near[1])
        # An e-paper shows the issue's date over the headline (2022年02月13日).
        above = previous_line(lines, title_at)
        issue = None if above is None else parse_dateline(lines[above], lex=lex)
        return Anchor(above if issue else None, issue, title_at, title_at)
    return _dateline_anchor(lines, lex=lex) or Anchor()


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
        if line and COLON_RE.search(line) is not None:  # every label has one: spare the call
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
    return (
        following is not None
        and not is_breadcrumb(lines[following], lex=lex)
        and not headline_like(lines[following], lex=lex)
    )


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
                and _is_label_only(lines[before])
            ):
                first = before
            while (after := next_line(lines, last)) is not None and _is_label_only(lines[after]):
                last = after
            return first, last, meta
    return None


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
        title_at = previous_line(lines, first)
        if not _prose_follows(lines, last, None if title_at is None else lines[title_at]):
            continue
        if title_at is not None and headline_like(lines[title_at], lex=lex):
            return Anchor(first, meta, title_at, last)
        if _labelled(lines, first, at, lex=lex):  # 发布日期: over the date, no headline above
            return Anchor(first, meta, None, last)
    return None


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


def _is_label_only(line: str) -> bool:
    """A label with its colon and nothing after it (``发布时间:``, ``發布時間:``)."""
    folded = fold(line).strip()
    return 1 < len(folded) <= LIMITS.max_nav_label + 1 and folded.endswith(":")


def prose_start(lines: Sequence[str], span: Span | None, *, lex: Lexicon) -> tuple[int, int | None]:
    """Where the body starts on a page with no anchor, and the title's line, if any: the
    first prose line (inside the container when one is known), and the nearest of the few
    lines above it that reads as a headline."""
    first, last = span if span is not None else (0, len(lines))
    start = next(
        (
            at
            for long in (True, False)
            for at in range(first, last)
            if is_prose(lines[at], long=long)
        ),
        None,
    )
    if start is None:
        return first, None
    above = previous_line(lines, start)
    for _ in range(LIMITS.title_reach):
        if above is None or above < first - LIMITS.title_reach:
            break
        if headline_like(lines[above], lex=lex):
            return start, above
        above = previous_line(lines, above)
    return start, None
