"""The meeting point of the HTML and text paths: located pieces → one :class:`Article`.

Both paths find the same regions and hand their raw pieces here, so the column split, the
notice cut rule, the metadata line and the body checks are applied one way for both forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from xianfeng._fields.metaline import MetaLine
from xianfeng._fields.notices import looks_cut
from xianfeng._fields.title import split_column
from xianfeng.errors import WarningCode
from xianfeng.models import Article, Block, Credit, Footer, Link, Notice, ParseWarning, Section


@attrs.frozen
class Heading:
    """A section heading in a stream of body blocks."""

    text: str


def sections_from(stream: Iterable[Heading | Block]) -> tuple[Section, ...]:
    """Group a stream of headings and blocks into sections; blocks before the first heading
    form a section whose heading is ``None``."""
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Block] = []
    for item in stream:
        if isinstance(item, Heading):
            if blocks or heading is not None:
                sections.append(Section(heading=heading, blocks=tuple(blocks)))
            heading, blocks = item.text, []
        else:
            blocks.append(item)
    if blocks or heading is not None:
        sections.append(Section(heading=heading, blocks=tuple(blocks)))
    return tuple(sections)


@attrs.frozen(kw_only=True)
class RawNotice:
    """A notice headline as located: the shown text, and the full headline if the page has it."""

    shown: str
    full: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class Pieces:
    """Everything a path located on one page, before assembly."""

    title_line: str
    meta: MetaLine | None
    navigation: Sequence[Link] = ()
    notices: Sequence[RawNotice] = ()
    breadcrumb: Sequence[Link] = ()
    sections: Sequence[Section] = ()
    credits: Sequence[Credit] = ()
    footer: Footer = attrs.Factory(Footer)
    previous: Link | None = None
    next: Link | None = None
    page: int = 1
    page_count: int = 1
    page_urls: Sequence[str] = ()
    article_id: int | None = None
    warnings: Sequence[ParseWarning] = ()
    """Decoding and parsing warnings: they come before the metadata line's."""
    body_warnings: Sequence[ParseWarning] = ()
    """What the body holds that no block can: after the metadata line's warnings."""


def assemble(pieces: Pieces) -> Article:
    """Build the Article; adds a warning when the body came out empty."""
    column, title = split_column(pieces.title_line)
    meta = pieces.meta or MetaLine()
    warnings = [*pieces.warnings, *meta.warnings, *pieces.body_warnings]
    sections = tuple(s for s in pieces.sections if s.blocks or s.heading)
    if not sections:
        warnings.append(
            WarningCode.BODY_EMPTY.warning(
                "no body text was found between the metadata line and the footer"
            )
        )
    return Article(
        title=title,
        column=column,
        published=meta.published,
        published_raw=meta.published_raw,
        source=meta.source,
        author=meta.author,
        clicks=meta.clicks,
        navigation=tuple(pieces.navigation),
        notices=_notices(pieces.notices),
        breadcrumb=tuple(pieces.breadcrumb),
        sections=sections,
        credits=(*meta.credits, *pieces.credits),
        footer=pieces.footer,
        previous=pieces.previous,
        next=pieces.next,
        page=pieces.page,
        page_count=pieces.page_count,
        page_urls=tuple(pieces.page_urls),
        article_id=pieces.article_id,
        warnings=tuple(warnings),
    )


def _notices(raw: Sequence[RawNotice]) -> tuple[Notice, ...]:
    cut = looks_cut([n.shown for n in raw])
    notices = []
    for notice, looks in zip(raw, cut, strict=True):
        fuller = notice.full is not None and notice.full != notice.shown
        notices.append(
            Notice(
                title=notice.full if notice.full is not None else notice.shown,
                url=notice.url,
                truncated=fuller or (notice.full is None and looks),
            )
        )
    return tuple(notices)
