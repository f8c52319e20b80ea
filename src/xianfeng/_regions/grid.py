"""Where a disclosure grid (政府信息公开) stands over the document, and the headline under it."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from xianfeng._fields.chrome import is_chrome
from xianfeng._fields.grid import TABLE_STARTS, Cell, parse_grid_row, read_grid
from xianfeng._fields.metaline import MetaLine, parse_dateline
from xianfeng._lexicon import Lexicon
from xianfeng._regions.lines import headline_key, is_prose, next_line
from xianfeng.vocabulary import LIMITS

__all__ = ["Grid", "find_grid", "grid_headline"]

# How many lines a headline shown under a grid may be broken over.
_HEADLINE_LINES = 5
_DATES = frozenset({"published", "written"})


@attrs.frozen
class Grid:
    """A disclosure grid: its first and last line, the headline it names, its metadata."""

    first: int
    last: int
    title: str | None
    meta: MetaLine


def find_grid(lines: Sequence[str], *, lex: Lexicon, until: int | None = None) -> Grid | None:
    """The first disclosure grid above the running text, starting on line ``until`` at the
    latest: consecutive rows (:func:`~xianfeng._fields.grid.parse_grid_row`) giving two
    labels or more.

    A label alone on its line takes the next line as its value (a grid whose cells are
    blocks of their own) when another row follows that line, or when it is a date line
    under a date's label.
    """
    at = 0
    starts = lex.grid_starts | TABLE_STARTS
    stop = len(lines) if until is None else min(until + 1, len(lines))
    while at < stop:
        line = lines[at]
        # Most lines are refused by their first character, before any call.
        row = parse_grid_row(line, lex=lex) if line[:1] in starts else None
        if row is None:
            # Length first: most lines above a grid are too short for prose.
            if len(line) >= LIMITS.min_prose_line and is_prose(line):
                return None
            at += 1
            continue
        last, cells = _rows(lines, at, row, lex=lex)
        if len(cells) >= 2:
            title, meta = read_grid(cells, lex=lex)
            return Grid(at, last, title, meta)
        at = last + 1
    return None


def _rows(
    lines: Sequence[str], at: int, row: tuple[Cell, ...], *, lex: Lexicon
) -> tuple[int, list[Cell]]:
    """The last line of the rows from line ``at`` (whose cells are ``row``), and their cells."""
    cells: list[Cell] = []
    last = at
    while True:
        following = next_line(lines, last)
        after = None if following is None else parse_grid_row(lines[following], lex=lex)
        field, value = row[-1]
        if following is not None and after is None and not value:
            beyond = next_line(lines, following)
            then = None if beyond is None else parse_grid_row(lines[beyond], lex=lex)
            if then is not None or (
                field in _DATES and parse_dateline(lines[following], lex=lex) is not None
            ):
                row = (*row[:-1], (field, lines[following]))
                last, following, after = following, beyond, then
        cells += row
        if following is None or after is None:
            return last, cells
        last, row = following, after


def grid_headline(lines: Sequence[str], grid: Grid, *, lex: Lexicon) -> tuple[int, int] | None:
    """The first and last line of the headline the grid names, shown under it (page tools
    may stand between), maybe broken over a few lines."""
    if grid.title is None:
        return None
    key = headline_key(grid.title)
    at = next_line(lines, grid.last)
    for _ in range(LIMITS.title_reach):
        if at is None:
            return None
        if not is_chrome(lines[at], lex=lex):
            end = _headline_end(lines, at, key)
            if end is not None:
                return at, end
        at = next_line(lines, at)
    return None


def _headline_end(lines: Sequence[str], at: int, key: str) -> int | None:
    """The last line of the headline ``key`` (a headline key) shown from line ``at`` on."""
    rest = key
    for _ in range(_HEADLINE_LINES):
        part = headline_key(lines[at])
        if not part or not rest.startswith(part):
            return None
        rest = rest[len(part) :]
        if not rest:
            return at
        following = next_line(lines, at)
        if following is None:
            return None
        at = following
    return None
