"""Where each region of a page lies in its reading-order lines — shared by both input forms.

The HTML path linearises its tree into lines (one per block) and the text path splits its
text into lines; from there both locate regions the same way, by content anchors:

- the **metadata line** is the first line :func:`~xianfeng._fields.metaline.parse_metaline`
  accepts with a line above it; it anchors everything else;
- the **title** is the nearest non-blank line above it, the **position bar** the one above
  that (when it reads as one), the **header** (navigation, notices) everything above;
- the **footer** starts at the first footer line (主办单位, ICP, 技术支持, ©…) after which
  every line is footer-sized;
- the **body** runs from the metadata line to the first line that only ever follows a body
  (上一篇/下一篇, the ``共N页`` pager, a 相关文章 box, a 通知公告 box of a side column
  placed after the article) or the footer; its trailing credit lines are credits, and so
  are credit lines between the body and the footer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from xianfeng._chars import fold
from xianfeng._fields.boxes import is_box_title, is_end_marker
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.chrome import is_chrome
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.footer import is_footer_line
from xianfeng._fields.metaline import MetaLine, is_field_line, parse_metaline
from xianfeng._fields.pager import PAGE_COUNT_RE, parse_prev_next
from xianfeng._fields.title import split_column
from xianfeng._lexicon import DEFAULT, Lexicon
from xianfeng._pieces import Layout
from xianfeng.errors import NotAnArticleError
from xianfeng.models import Credit
from xianfeng.vocabulary import LIMITS

__all__ = ["locate"]


def locate(
    lines: Sequence[str],
    *,
    objects: Collection[int] = (),
    title_hint: str | None = None,
    span: tuple[int, int] | None = None,
    lex: Lexicon = DEFAULT,
) -> Layout:
    """Find the regions of a page given as tidied lines (blank lines are ``""``).

    ``objects`` are indices of lines with no text that still carry content (an image): never
    a title, but part of the body where they fall in it. ``title_hint`` is the headline the
    page names elsewhere (an HTML ``<title>``): when one of the few lines above the metadata
    line is that headline, it is the title even if another line (a subtitle) sits between.
    ``span`` (first, last exclusive) holds the lines of the body's container when it is known
    (a profile's hint): the body is read from those lines only.

    Raises :class:`NotAnArticleError` when no metadata line with a title above it exists.
    """
    meta_at, meta_end, meta = _find_metaline(lines, lex)
    title_at = _title_line(lines, meta_at, title_hint)
    if title_at is None:
        raise NotAnArticleError(
            "expected a title line above the metadata line, found nothing above it",
            missing="title",
        )
    crumb_at = _previous(lines, title_at)
    if crumb_at is not None and not is_breadcrumb(lines[crumb_at], lex):
        crumb_at = None

    footer_at = _footer_start(lines, meta_end + 1, lex)
    body: list[int] = []
    credits: list[Credit] = []
    prev_next: list[int] = []
    pager: list[int] = []
    page_count = 1
    after_body = False
    side_notices: list[int] = []
    in_box = False
    start, stop = meta_end + 1, footer_at
    if span is not None:
        start, stop = max(start, span[0]), min(stop, span[1])
    for at in range(start, stop):
        line = lines[at]
        if at in objects and not after_body:
            body.append(at)
            continue
        if not line or is_chrome(line, lex):
            continue
        if parse_prev_next(line, lex) is not None:
            prev_next.append(at)
            after_body = True
            continue
        count = PAGE_COUNT_RE.search(line)
        if count is not None and len(line) <= LIMITS.max_pager_line:
            pager.append(at)
            page_count = int(count.group("n"))
            after_body = True
            continue
        if is_end_marker(line, lex):
            after_body, in_box = True, False
            continue
        if is_box_title(line, lex):
            after_body, in_box = True, True
            continue
        if after_body:
            found = parse_credits(line, lex)
            if found is not None:
                credits.extend(found)
            elif in_box:
                side_notices.append(at)
            continue
        body.append(at)
    # Credit lines that close the body are credits, not paragraphs.
    trailing: list[Credit] = []
    while body and body[-1] not in objects:
        found = parse_credits(lines[body[-1]], lex)
        if found is None:
            break
        trailing[:0] = found
        body.pop()
    return Layout(
        meta_at=meta_at,
        meta=meta,
        title_at=title_at,
        crumb_at=crumb_at,
        body=tuple(body),
        credits=(*trailing, *credits),
        prev_next=tuple(prev_next),
        pager=tuple(pager),
        page_count=page_count,
        side_notices=tuple(side_notices),
        footer_at=footer_at,
    )


def _find_metaline(lines: Sequence[str], lex: Lexicon) -> tuple[int, int, MetaLine]:
    """The first metadata line: its first and last index, and what it says.

    Templates that put each field in its own block give it over several lines; the field
    lines right before and after the one that reads as a metadata line belong to it.
    """
    for at, line in enumerate(lines):
        if line:
            meta = parse_metaline(line, lex)
            if meta is not None:
                return _widen(lines, at, meta, lex)
    if not any(lines):
        raise NotAnArticleError("expected an article page, got no text at all", missing="text")
    raise NotAnArticleError(
        "expected a metadata line (时间/来源/作者/点击 with a date) under a title; "
        f"none of the page's {sum(1 for line in lines if line)} lines of text is one",
        missing="metadata line",
    )


def _widen(
    lines: Sequence[str], at: int, meta: MetaLine, lex: Lexicon
) -> tuple[int, int, MetaLine]:
    first = last = at
    while len(range(first, last)) < LIMITS.max_meta_lines:
        before = _previous(lines, first)
        if before is None or not is_field_line(lines[before], lex):
            break
        first = before
    while len(range(first, last)) < LIMITS.max_meta_lines:
        after = _next(lines, last)
        if after is None or not is_field_line(lines[after], lex):
            break
        last = after
    if first == last:
        return at, at, meta
    joined = " ".join(line for line in lines[first : last + 1] if line)
    return first, last, parse_metaline(joined, lex) or meta


def _next(lines: Sequence[str], at: int) -> int | None:
    for after in range(at + 1, len(lines)):
        if lines[after]:
            return after
    return None


def _title_line(lines: Sequence[str], meta_at: int, hint: str | None) -> int | None:
    nearest = _previous(lines, meta_at)
    if not hint:
        return nearest
    candidate = nearest
    for _ in range(LIMITS.title_reach):
        if candidate is None:
            break
        if _same_headline(lines[candidate], hint):
            return candidate
        candidate = _previous(lines, candidate)
    return nearest


def _same_headline(line: str, hint: str) -> bool:
    """Whether two renderings name one headline: equal once the 【column】 tag, widths and
    spaces are set aside, or one a prefix of the other (a ``<title>`` may be cut short)."""
    a, b = (fold(split_column(text)[1]).replace(" ", "") for text in (line, hint))
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= LIMITS.min_headline and longer.startswith(shorter)


def _previous(lines: Sequence[str], at: int) -> int | None:
    for before in range(at - 1, -1, -1):
        if lines[before]:
            return before
    return None


def _footer_start(lines: Sequence[str], start: int, lex: Lexicon) -> int:
    """Index of the first footer line after which every line is footer-sized."""
    found = len(lines)
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at]) > LIMITS.max_footer_line:
            break
        if lines[at] and is_footer_line(lines[at], lex):
            found = at
    return found
