"""The headline: above the metadata line, named by the markup, or under a table of fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xianfeng._chars import fold, tidy
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.chrome import is_chrome
from xianfeng._fields.dates import DATE_RE
from xianfeng._fields.footer import is_footer_line
from xianfeng._fields.metaline import MetaLine, parse_dateline, parse_metaline
from xianfeng._fields.title import not_a_title
from xianfeng._lexicon import Lexicon
from xianfeng._regions.lines import headline_key, is_field_row, is_prose, next_line, previous_line
from xianfeng.vocabulary import LIMITS

# The most lines a headline is broken over.
_HEADLINE_LINES = 5
# What parts a <title> after its headline, folded (a spaced dash is no part of a key).
_TITLE_SEPARATORS = frozenset("_|")

__all__ = [
    "broken_headline",
    "headline_below",
    "headline_like",
    "hint_line",
    "same_headline",
    "split_date",
    "title_line",
    "title_text",
]


def title_line(
    lines: Sequence[str], meta_at: int, hints: Sequence[str], *, lex: Lexicon
) -> tuple[int | None, bool]:
    """The headline above the metadata, and whether the markup names it: one of the few
    lines above that the markup names the headline, else the nearest that reads as one (page
    tools such as ``A+ A-`` may sit between), else the nearest line unless it is a row of
    document fields or no headline at all (:func:`~xianfeng._fields.title.not_a_title`).
    An author box, a share bar and counts may push the named headline a few lines further
    up (:func:`_named_further`)."""
    nearest = previous_line(lines, meta_at)
    reach: list[int] = []
    candidate = nearest
    while candidate is not None and len(reach) < LIMITS.title_reach:
        reach.append(candidate)
        candidate = previous_line(lines, candidate)
    if hints:  # a text rendering has none
        for at in reach:
            if any(same_headline(lines[at], hint) for hint in hints):
                return at, True
        named = _named_further(lines, candidate, hints)
        if named is not None:
            return named, True
    for at in reach:
        if headline_like(lines[at], lex=lex):
            return at, False
    if (
        nearest is not None
        and not is_field_row(lines[nearest])
        and not_a_title(lines[nearest], lex=lex) is None
    ):
        return nearest, False
    return None, False


def _named_further(lines: Sequence[str], at: int | None, hints: Sequence[str]) -> int | None:
    """The line the markup names the headline among the few from line ``at`` up, past no
    sentence."""
    for _ in range(LIMITS.title_reach):
        if at is None:
            return None
        if any(same_headline(lines[at], hint) for hint in hints):
            return at
        if is_prose(lines[at]):
            return None
        at = previous_line(lines, at)
    return None


def headline_below(lines: Sequence[str], meta_end: int, *, lex: Lexicon) -> int | None:
    """A headline within the few lines under the metadata, past further field rows."""
    candidate = next_line(lines, meta_end)
    for _ in range(LIMITS.title_reach):
        if candidate is None or is_prose(lines[candidate]):
            return None
        if headline_like(lines[candidate], lex=lex):
            return candidate
        candidate = next_line(lines, candidate)
    return None


def hint_line(
    lines: Sequence[str],
    hints: Sequence[str],
    *,
    lex: Lexicon,
    linked: Callable[[int], bool],
) -> int | None:
    """The line that is the headline the page names elsewhere, best hint first: the first
    that shows it whole and is no link, else the first that shows it whole, else the first
    that shows it cut short. A list of related articles above the article may show its
    headline as a link, whole or cut."""
    keys: dict[int, str] = {}  # each line's key, made once for all the hints
    for hint in hints:
        hint_key = headline_key(hint)
        longest = _longest_headline(hint)
        whole = cut = None
        for at, line in enumerate(lines):
            if not line or len(line) > longest:
                continue
            key = keys.get(at)
            if key is None:
                key = keys[at] = headline_key(line)
            if (
                not _same_key(key, hint_key)
                or _goes_on_as_title(key, hint_key)
                or is_breadcrumb(line, lex=lex)
            ):
                continue
            if key != hint_key:
                cut = at if cut is None else cut
            elif not linked(at):
                return at
            else:
                whole = at if whole is None else whole
        found = cut if whole is None else whole
        if found is not None:
            return found
    return None


def _goes_on_as_title(key: str, hint_key: str) -> bool:
    """Whether a line goes on past the headline with a ``<title>``'s separator
    (``补报工商年报要哪些材料_郑州工商注册-…``): the document title printed on the page, not
    the headline."""
    return len(key) > len(hint_key) and key[len(hint_key)] in _TITLE_SEPARATORS


def broken_headline(lines: Sequence[str], at: int, hints: Sequence[str]) -> tuple[int, str | None]:
    """The last line of the headline named by ``hints`` that starts on line ``at``, and the
    whole headline when it is broken over lines (``全国人民代表大会常务委员会`` / ``关于批准…``):
    each line under it that goes on with what the hint still names is part of it."""
    start = headline_key(lines[at])
    for hint in hints:
        key = headline_key(hint)
        if len(key) <= len(start) or not key.startswith(start):
            continue
        rest, last = key[len(start) :], at
        for _ in range(_HEADLINE_LINES - 1):
            following = next_line(lines, last)
            part = "" if following is None else headline_key(lines[following])
            if following is None or len(part) < LIMITS.min_title or not rest.startswith(part):
                break
            rest, last = rest[len(part) :], following
        if last != at:
            return last, "".join(lines[line] for line in range(at, last + 1) if lines[line])
    return at, None


def same_headline(line: str, hint: str) -> bool:
    """Whether two renderings name one headline: equal once the 【column】 tag, widths and
    spaces are set aside, or one a prefix of the other (a ``<title>`` may be cut short)."""
    if len(line) > _longest_headline(hint):
        return False
    return _same_key(headline_key(line), headline_key(hint))


def _longest_headline(hint: str) -> int:
    """The longest line that can still be the headline ``hint`` names: a longer one is a
    paragraph that starts with the headline."""
    return 4 * len(hint) + 20


def _same_key(a: str, b: str) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= LIMITS.min_headline and longer.startswith(shorter)


def title_text(lines: Sequence[str], title_at: int | None, hints: Sequence[str]) -> str | None:
    if title_at is not None:
        return lines[title_at]
    return next((hint for hint in hints if hint), None)


def split_date(line: str, *, lex: Lexicon) -> tuple[str, MetaLine | None]:
    """A headline line that ends in its date (``我校召开… 2021-03-18``): the headline, and the
    date as metadata."""
    folded = fold(line)
    match = DATE_RE.search(folded)
    if match is None or match.start() < LIMITS.min_title or folded[match.end() :].strip():
        return line, None
    dated = parse_dateline(line[match.start() :], lex=lex)
    return (line, None) if dated is None else (tidy(line[: match.start()]), dated)


def headline_like(line: str, *, lex: Lexicon) -> bool:
    """A line that can be a headline: not a sentence, not page furniture."""
    folded = fold(line).strip()
    return (
        LIMITS.min_title <= len(folded) <= LIMITS.max_title
        and not folded.endswith(("。", ".", ":", ",", ";"))
        and not is_field_row(line)
        and not is_breadcrumb(line, lex=lex)
        and not is_chrome(line, lex=lex)
        and not is_footer_line(line, lex=lex)
        and parse_metaline(line, lex=lex) is None
        and not_a_title(line, lex=lex) is None
    )
