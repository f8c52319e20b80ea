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

import attrs

from xianfeng._chars import fold
from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.chrome import AFTER_BODY_LABELS, is_chrome, is_notice_box_title
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.footer import is_footer_line
from xianfeng._fields.metaline import MetaLine, is_field_line, parse_metaline
from xianfeng._fields.pager import PAGE_COUNT_RE, parse_prev_next
from xianfeng._fields.title import split_column
from xianfeng.errors import NotAnArticleError
from xianfeng.models import Credit

__all__ = ["Layout", "locate"]

# Footer lines are short; a long line after a footer-looking one means that was body text.
_MAX_FOOTER_LINE = 200
# A pager line is short: "共2页: 上一页 1 2 下一页".
_MAX_PAGER_LINE = 60
# How many lines above the metadata line the headline named by <title> may sit, and how
# long a prefix must be to count as the same headline.
_TITLE_REACH = 3
# A metadata line given one field per line spans at most this many more lines.
_MAX_META_LINES = 5
_MIN_HEADLINE = 6


@attrs.frozen(kw_only=True)
class Layout:
    """Line indices of each region of one page."""

    meta_at: int
    meta: MetaLine
    title_at: int
    crumb_at: int | None
    body: tuple[int, ...]
    """Body lines in order: blank, tool and credit lines left out."""
    credits: tuple[Credit, ...]
    prev_next: tuple[int, ...]
    """Lines holding 上一篇/下一篇."""
    pager: tuple[int, ...]
    """Lines of the ``共N页`` pager."""
    page_count: int
    side_notices: tuple[int, ...]
    """Lines of a notice box placed after the body (a side column that follows it)."""
    footer_at: int

    @property
    def header_end(self) -> int:
        """Lines before this index are the header (navigation and notices)."""
        return self.title_at if self.crumb_at is None else self.crumb_at


def locate(
    lines: Sequence[str], *, objects: Collection[int] = (), title_hint: str | None = None
) -> Layout:
    """Find the regions of a page given as tidied lines (blank lines are ``""``).

    ``objects`` are indices of lines with no text that still carry content (an image): never
    a title, but part of the body where they fall in it. ``title_hint`` is the headline the
    page names elsewhere (an HTML ``<title>``): when one of the few lines above the metadata
    line is that headline, it is the title even if another line (a subtitle) sits between.

    Raises :class:`NotAnArticleError` when no metadata line with a title above it exists.
    """
    meta_at, meta_end, meta = _find_metaline(lines)
    title_at = _title_line(lines, meta_at, title_hint)
    if title_at is None:
        raise NotAnArticleError(
            "expected a title line above the metadata line, found nothing above it",
            missing="title",
        )
    crumb_at = _previous(lines, title_at)
    if crumb_at is not None and not is_breadcrumb(lines[crumb_at]):
        crumb_at = None

    footer_at = _footer_start(lines, meta_end + 1)
    body: list[int] = []
    credits: list[Credit] = []
    prev_next: list[int] = []
    pager: list[int] = []
    page_count = 1
    after_body = False
    side_notices: list[int] = []
    in_box = False
    for at in range(meta_end + 1, footer_at):
        line = lines[at]
        if at in objects and not after_body:
            body.append(at)
            continue
        if not line or is_chrome(line):
            continue
        if parse_prev_next(line) is not None:
            prev_next.append(at)
            after_body = True
            continue
        count = PAGE_COUNT_RE.search(line)
        if count is not None and len(line) <= _MAX_PAGER_LINE:
            pager.append(at)
            page_count = int(count.group("n"))
            after_body = True
            continue
        if line in AFTER_BODY_LABELS:
            after_body, in_box = True, False
        elif is_notice_box_title(line):
            after_body, in_box = True, True
            continue
        if after_body:
            found = parse_credits(line)
            if found is not None:
                credits.extend(found)
            elif in_box:
                side_notices.append(at)
            continue
        body.append(at)
    # Credit lines that close the body are credits, not paragraphs.
    trailing: list[Credit] = []
    while body and body[-1] not in objects:
        found = parse_credits(lines[body[-1]])
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


def _find_metaline(lines: Sequence[str]) -> tuple[int, int, MetaLine]:
    """The first metadata line: its first and last index, and what it says.

    Templates that put each field in its own block give it over several lines; the field
    lines right before and after the one that reads as a metadata line belong to it.
    """
    for at, line in enumerate(lines):
        if line:
            meta = parse_metaline(line)
            if meta is not None:
                return _widen(lines, at, meta)
    if not any(lines):
        raise NotAnArticleError("expected an article page, got no text at all", missing="text")
    raise NotAnArticleError(
        "expected a metadata line (时间/来源/作者/点击 with a date) under a title; "
        f"none of the page's {sum(1 for line in lines if line)} lines of text is one",
        missing="metadata line",
    )


def _widen(lines: Sequence[str], at: int, meta: MetaLine) -> tuple[int, int, MetaLine]:
    first = last = at
    while len(range(first, last)) < _MAX_META_LINES:
        before = _previous(lines, first)
        if before is None or not is_field_line(lines[before]):
            break
        first = before
    while len(range(first, last)) < _MAX_META_LINES:
        after = _next(lines, last)
        if after is None or not is_field_line(lines[after]):
            break
        last = after
    if first == last:
        return at, at, meta
    joined = " ".join(line for line in lines[first : last + 1] if line)
    return first, last, parse_metaline(joined) or meta


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
    for _ in range(_TITLE_REACH):
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
    return len(shorter) >= _MIN_HEADLINE and longer.startswith(shorter)


def _previous(lines: Sequence[str], at: int) -> int | None:
    for before in range(at - 1, -1, -1):
        if lines[before]:
            return before
    return None


def _footer_start(lines: Sequence[str], start: int) -> int:
    """Index of the first footer line after which every line is footer-sized."""
    found = len(lines)
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at]) > _MAX_FOOTER_LINE:
            break
        if lines[at] and is_footer_line(lines[at]):
            found = at
    return found
