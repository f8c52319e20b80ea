"""The pieces both input forms produce, and the only types the HTML and text paths share.

Neither path owns this module: :mod:`xianfeng._regions` locates a :class:`Layout` on the
lines of either form, each path reads its regions into :class:`Pieces`, and
:mod:`xianfeng._assemble` builds the Article from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from xianfeng._fields.metaline import MetaLine
from xianfeng.models import Block, Credit, Footer, Link, ParseWarning, Section

__all__ = ["Body", "Heading", "Item", "Layout", "Pieces", "RawNotice", "sections_from"]


@attrs.frozen
class Heading:
    """A section heading in a stream of body blocks."""

    text: str


class Item(NamedTuple):
    """A labelled thing in the header: a link of an HTML page, or a word of a text rendering.
    A named tuple: headers have hundreds of them, made on every parse."""

    label: str
    url: str | None = None
    title: str | None = None
    """The link's ``title`` attribute: a notice's full headline when the label is cut."""


@attrs.frozen(kw_only=True)
class RawNotice:
    """A notice headline as located: the shown text, and the full headline if the page has it."""

    shown: str
    full: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class Pieces:
    """Everything a path located on one page, before assembly."""

    title_line: str | None
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
    seen: Seen | None = None
    """What a learner reads of the page beyond its article, when asked for."""


@attrs.frozen(kw_only=True)
class Seen:
    """What :func:`xianfeng.learn_profile` reads of a page beside its article."""

    container: str | None = None
    """The selector of the element that holds the body (``None``: no named element does)."""
    document_title: str | None = None
    """The ``<title>``'s text."""
    meta_text: str | None = None
    """The metadata line's first line as shown."""


@attrs.frozen(kw_only=True)
class Body:
    """The body's lines and what sits under it, as line indices and what they say."""

    lines: tuple[int, ...]
    """Body lines in order: blank, tool and credit lines left out."""
    credits: tuple[Credit, ...]
    """Credits over the body, closing it and under it, in page order."""
    prev_next: tuple[int, ...]
    """Lines holding 上一篇/下一篇."""
    pager: tuple[int, ...]
    """Lines of the ``共N页`` pager."""
    page_count: int
    side_notices: tuple[int, ...]
    """Lines of a notice box placed after the body (a side column that follows it)."""
    meta: MetaLine | None
    """Metadata given under the body (发布日期 placed after the text)."""


@attrs.frozen(kw_only=True)
class Layout:
    """Line indices of each region of one page."""

    meta_at: int | None
    """The first line of the metadata; ``None`` when the page shows none."""
    meta: MetaLine | None
    title_at: int | None
    """The headline's line; ``None`` when the headline is known only from the markup
    (``<title>``) or the page shows none."""
    title: str | None
    """The headline as found: its line, or the markup's."""
    crumb_at: int | None
    header_end: int
    """Lines before this index are the header (navigation and notices)."""
    body: Body
    footer_at: int
    warnings: tuple[ParseWarning, ...] = ()


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
