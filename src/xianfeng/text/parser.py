"""Regions of a text rendering, found by content anchors.

The page reads top to bottom as: navigation lines, notice headlines, the position bar, the
title, the metadata line, the body, credits, and the footer. The metadata line is the anchor
everything else is found from: the title is the line above it, the position bar the line
above that, the header everything above; the footer is the trailing run from the first
footer line; the body lies between. Blank and ``\\xa0`` lines only separate.
"""

from __future__ import annotations

from collections.abc import Sequence

from xianfeng._assemble import Pieces, RawNotice
from xianfeng._text import fold, tidy
from xianfeng.errors import NotAnArticleError
from xianfeng.fields.chrome import NOTICE_BOX_LABELS, is_chrome
from xianfeng.fields.credits import parse_credits
from xianfeng.fields.footer import is_footer_line, parse_footer
from xianfeng.fields.headings import looks_like_heading
from xianfeng.fields.metaline import MetaLine, parse_metaline
from xianfeng.fields.pager import PAGE_COUNT_RE, parse_prev_next
from xianfeng.fields.position import is_breadcrumb, split_breadcrumb
from xianfeng.models import Credit, Link, Paragraph, Section

__all__ = ["parse_text"]

# Navigation labels are category names: a line of them holds only short words.
_MAX_NAV_LABEL = 8
# Footer lines are short; a long line after a footer-looking one means that was body text.
_MAX_FOOTER_LINE = 200


def parse_text(text: str) -> Pieces:
    """Locate the regions of a text rendering and read their fields.

    Raises :class:`NotAnArticleError` when no metadata line with a title above it exists.
    """
    lines = [tidy(line) for line in text.splitlines()]
    meta_at, meta = _find_metaline(lines)
    title_at = _previous(lines, meta_at)
    if title_at is None:
        raise NotAnArticleError(
            "expected a title line above the metadata line, found nothing above it",
            missing="title",
        )
    crumb_at = _previous(lines, title_at)
    breadcrumb: tuple[Link, ...] = ()
    header_end = title_at
    if crumb_at is not None and is_breadcrumb(lines[crumb_at]):
        breadcrumb = tuple(Link(label=label) for label in split_breadcrumb(lines[crumb_at]))
        header_end = crumb_at
    navigation, notices = _header(lines[:header_end])

    rest = lines[meta_at + 1 :]
    footer_at = _footer_start(rest)
    body, credits, links, page_count = _strip_tail(rest[:footer_at])
    return Pieces(
        title_line=lines[title_at],
        meta=meta,
        navigation=navigation,
        notices=notices,
        breadcrumb=breadcrumb,
        sections=_sections(body),
        credits=credits,
        footer=parse_footer(rest[footer_at:]),
        previous=links.get("previous"),
        next=links.get("next"),
        page_count=page_count,
    )


def _find_metaline(lines: Sequence[str]) -> tuple[int, MetaLine]:
    for at, line in enumerate(lines):
        if line:
            meta = parse_metaline(line)
            if meta is not None:
                return at, meta
    if not any(lines):
        raise NotAnArticleError("expected an article page, got empty text", missing="text")
    raise NotAnArticleError(
        "expected a metadata line (时间/来源/点击 …) under a title; no line of the text is one",
        missing="metadata line",
    )


def _previous(lines: Sequence[str], at: int) -> int | None:
    for before in range(at - 1, -1, -1):
        if lines[before]:
            return before
    return None


def _header(lines: Sequence[str]) -> tuple[list[Link], list[RawNotice]]:
    """Navigation lines (short category names) come first; every line after is a notice."""
    navigation: list[Link] = []
    notices: list[RawNotice] = []
    in_notices = False
    for line in lines:
        if not line or is_chrome(line):
            continue
        if fold(line).replace(" ", "") in NOTICE_BOX_LABELS:
            in_notices = True
            continue
        words = line.split(" ")
        if not in_notices and all(len(w) <= _MAX_NAV_LABEL for w in words):
            navigation.extend(Link(label=w) for w in words)
        else:
            in_notices = True
            notices.append(RawNotice(shown=line))
    return navigation, notices


def _footer_start(lines: Sequence[str]) -> int:
    """Index of the first footer line after which every line is footer-sized."""
    start = len(lines)
    for at in range(len(lines) - 1, -1, -1):
        if len(lines[at]) > _MAX_FOOTER_LINE:
            break
        if is_footer_line(lines[at]):
            start = at
    return start


def _strip_tail(
    lines: Sequence[str],
) -> tuple[list[str], list[Credit], dict[str, Link | None], int]:
    """Split credits, 上一篇/下一篇, the pager and tool lines off the body.

    Credits are taken only from the trailing lines (a 记者： line inside an interview stays
    body); navigation and tool lines are never body, wherever they are.
    """
    body: list[str] = []
    links: dict[str, Link | None] = {}
    page_count = 1
    for line in lines:
        if not line or is_chrome(line):
            continue
        prev_next = parse_prev_next(line)
        if prev_next is not None:
            for key, title in prev_next.items():
                links[key] = None if title is None else Link(label=title)
            continue
        pager = PAGE_COUNT_RE.search(line)
        if pager is not None and len(line) < 60:
            page_count = int(pager.group("n"))
            continue
        body.append(line)
    trailing: list[Credit] = []
    while body:
        credits = parse_credits(body[-1])
        if credits is None:
            break
        trailing[:0] = credits
        body.pop()
    return body, trailing, links, page_count


def _sections(body: Sequence[str]) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Paragraph] = []
    for at, line in enumerate(body):
        is_last = at == len(body) - 1
        if not is_last and looks_like_heading(line) and not looks_like_heading(body[at + 1]):
            if blocks or heading is not None:
                sections.append(Section(heading=heading, blocks=tuple(blocks)))
            heading, blocks = line, []
        else:
            blocks.append(Paragraph(text=line))
    if blocks or heading is not None:
        sections.append(Section(heading=heading, blocks=tuple(blocks)))
    return sections
