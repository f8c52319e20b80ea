"""Immutable, typed models of a portal article page.

Models hold data only: parsers build them, renderers read them. Every collection is a tuple,
every model is frozen, and :meth:`Article.to_dict` / :meth:`Article.from_dict` round-trip
exactly through JSON-safe dictionaries (datetimes as ISO 8601 strings).

Text contract shared by every ``str`` field below: the page's own characters (full-width
punctuation stays full-width), outer whitespace stripped (including ideographic ``\\u3000``
indents and ``\\xa0``), no ``\\xa0`` inside, runs of spaces collapsed to one, never empty —
an absent value is ``None``.
"""

from __future__ import annotations

import hashlib
import urllib.parse
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, TypeAlias, TypeVar

import attrs

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Attachment",
    "Block",
    "Credit",
    "Footer",
    "Image",
    "Link",
    "Media",
    "Notice",
    "Paragraph",
    "ParseWarning",
    "Section",
    "Table",
]

_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class Link:
    """A labelled link: a navigation entry, a breadcrumb step, the previous/next article."""

    label: str
    """Link text as shown."""
    url: str | None = None
    """Target; absolute when ``parse_article(url=...)`` was given; ``None`` in text renderings."""


@attrs.frozen(kw_only=True)
class Notice:
    """One headline of the portal's notice box (通知公告), shown on every page."""

    title: str
    """The full headline when the page carries it (the link's ``title`` attribute), else the
    text as shown."""
    url: str | None = None
    """Target of the headline link, ``None`` in text renderings."""
    truncated: bool = False
    """True when the shown text was cut by the CMS to a fixed width: either a fuller
    ``title`` attribute was found, or the text looks cut (see ``docs/models.md``)."""


@attrs.frozen(kw_only=True)
class Credit:
    """A contributor line such as ``供稿:阿城区委宣传部`` or ``责任编辑：张三``."""

    role: str
    """The label as the page writes it, without the colon: 供稿, 责任编辑, 编辑, 审核, 摄影…"""
    name: str
    """Everything after the colon up to the next role label, as shown."""


@attrs.frozen(kw_only=True)
class Footer:
    """The page footer."""

    host: str | None = None
    """主办单位: the organisation running the site."""
    icp: str | None = None
    """The ICP licence number, e.g. ``黑ICP备12002421号-3``."""
    support: str | None = None
    """技术支持: who built or runs the site technically."""
    police_record: str | None = None
    """公安备案 number, e.g. ``黑公网安备 23010202000123号``."""
    owner: str | None = None
    """版权所有: who holds the copyright, as the footer names it (``云南日报报业集团 版权所有``
    gives ``云南日报报业集团``). Often the same organisation as :attr:`host`, but only when the
    page says so: it is never copied into ``host``."""
    lines: tuple[str, ...] = ()
    """Every footer line as shown (tidied), in order."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text, with the links inside it."""

    text: str
    """The plain text, link labels included as shown."""
    links: tuple[Link, ...] = ()
    """The links inside the paragraph, in order: each label as shown, each URL absolute when
    ``parse_article(url=...)`` (or a ``<base href>``) was given. Links that go nowhere (``#…``,
    ``javascript:``) are left out, and links to files are :class:`Attachment` blocks instead.
    Always empty for text renderings."""


@attrs.frozen(kw_only=True)
class Image:
    """A body image with its caption paragraph (``图为…``) when one follows it."""

    src: str
    alt: str | None = None
    caption: str | None = None


@attrs.frozen(kw_only=True)
class Table:
    """A body table as rows of cell texts (empty cells are ``""``)."""

    rows: tuple[tuple[str, ...], ...]


@attrs.frozen(kw_only=True)
class Attachment:
    """A downloadable file linked from the body (.pdf .doc .docx .xls .xlsx .zip …)."""

    label: str
    url: str


@attrs.frozen(kw_only=True)
class Media:
    """A player or embedded frame in the body, where it stands in the text.

    ``kind`` is ``"video"`` (``<video>``), ``"audio"`` (``<audio>``), ``"embed"`` (``<embed>``,
    ``<object data>``: a plugin, often a Flash player) or ``"iframe"`` (``<iframe>``: an
    embedded page, often a video site's player).
    """

    kind: Literal["video", "audio", "embed", "iframe"]
    src: str
    """The address played or shown: ``src``, a ``<source src>``, ``<object data>``; absolute
    when ``parse_article(url=...)`` was given."""
    title: str | None = None
    """The element's ``title`` attribute, when it has one."""


Block: TypeAlias = Paragraph | Image | Table | Attachment | Media
"""One item of a section's body, in reading order."""


@attrs.frozen(kw_only=True)
class Section:
    """A run of body blocks under one heading.

    Blocks before the first heading form a first section whose ``heading`` is ``None``.
    """

    heading: str | None = None
    blocks: tuple[Block, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of this section's paragraphs, in order."""
        return tuple(b.text for b in self.blocks if isinstance(b, Paragraph))


@attrs.frozen(kw_only=True)
class ParseWarning:
    """Something the page shows but that could not be read.

    ``code`` is stable and machine-readable (``meta.clicks.unparsed``); ``message`` is a
    sentence for people, naming what was seen.
    """

    code: str
    message: str


SCHEMA_VERSION = 1
"""The version of the JSON form of :meth:`Article.to_dict`, written as its ``schema_version``.

It changes only when a key is renamed or removed or a value changes meaning; a new key with a
default does not change it. :meth:`Article.from_dict` reads this version only.
"""

_CST = timezone(timedelta(hours=8))


@attrs.frozen(kw_only=True)
class Article:
    """One parsed article page. Build it with :func:`xianfeng.parse_article`."""

    title: str | None = None
    """The headline without its 【column】 tag; ``None`` only when the page shows none
    (warning ``title.missing``)."""
    column: str | None = None
    """The 【column】 tag in front of the headline, without brackets (``乡村振兴``)."""
    published: datetime | None = None
    """Publication time, timezone-aware in China Standard Time (UTC+08:00)."""
    published_raw: str | None = None
    """The date text exactly as the metadata line shows it (``2022-04-30 07:53``)."""
    source: str | None = None
    """来源 of the metadata line."""
    author: str | None = None
    """作者 of the metadata line."""
    clicks: int | None = None
    """点击 count; ``None`` when the page shows no number (often filled in by a script)."""
    navigation: tuple[Link, ...] = ()
    """The site's category links (header and side menus), in page order."""
    notices: tuple[Notice, ...] = ()
    """The notice headlines (通知公告) shown on every page."""
    breadcrumb: tuple[Link, ...] = ()
    """The position bar, split at its ``>`` separators."""
    sections: tuple[Section, ...] = ()
    """The body in reading order."""
    credits: tuple[Credit, ...] = ()
    """供稿 / 责任编辑 / 编辑 / 审核 / 摄影 … lines after the body."""
    footer: Footer = attrs.Factory(Footer)
    previous: Link | None = None
    """上一篇 link."""
    next: Link | None = None
    """下一篇 link."""
    page: int = 1
    """Which page of a paginated article this is (1-based)."""
    page_count: int = 1
    """How many pages the article has (``共N页``)."""
    page_urls: tuple[str, ...] = ()
    """The URLs of all pages of a paginated article, in order (empty when not paginated)."""
    article_id: int | None = None
    """The CMS's article id (``aid``), from the click counter or the URL."""
    url: str | None = None
    """The page's URL as given to ``parse_article``."""
    encoding: str | None = None
    """The encoding used to decode ``bytes`` input; ``None`` for ``str`` input."""
    warnings: tuple[ParseWarning, ...] = ()
    """What could not be read (lenient mode only; strict mode raises instead)."""

    @property
    def text(self) -> str:
        """The body as plain text: headings and paragraphs, one per line."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading is not None:
                lines.append(section.heading)
            lines.extend(section.paragraphs)
        return "\n".join(lines)

    @property
    def images(self) -> tuple[Image, ...]:
        """Every body image, in reading order."""
        return tuple(self._blocks(Image))

    @property
    def attachments(self) -> tuple[Attachment, ...]:
        """Every body attachment, in reading order."""
        return tuple(self._blocks(Attachment))

    @property
    def media(self) -> tuple[Media, ...]:
        """Every body player and embedded frame, in reading order."""
        return tuple(self._blocks(Media))

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link inside a body paragraph, in reading order."""
        return tuple(link for paragraph in self._blocks(Paragraph) for link in paragraph.links)

    def _blocks(self, kind: type[_T]) -> Iterator[_T]:
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, kind):
                    yield block

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dictionary; :meth:`from_dict` turns it back into an equal Article.

        Its first key is ``"schema_version"`` (:data:`SCHEMA_VERSION`), then one key per
        field. Blocks carry a ``"type"`` key (``paragraph``, ``image``, ``table``,
        ``attachment``, ``media``). ``docs/article.schema.json`` is its JSON Schema.
        """
        from xianfeng._codec import to_json

        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, **to_json(self)}
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output.

        ``data["schema_version"]`` must be :data:`SCHEMA_VERSION`: a dictionary without one,
        or of another version, is refused. Every value is read against its field's type
        annotation and the text contract (no empty strings but table cells; datetimes carry
        their UTC offset), since a JSON file may have been edited by hand. Raises
        :class:`ValueError` naming the offending field (``article.sections[0].blocks[2].text``)
        when ``data`` is malformed.
        """
        from xianfeng._codec import check_version, from_json

        if isinstance(data, Mapping):
            check_version(data)
            data = {name: value for name, value in data.items() if name != "schema_version"}
        try:
            article: Article = from_json(data, Article, "article")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not an Article dictionary: {exc}") from exc
        return article

    @property
    def key(self) -> str:
        """A stable identifier of the article, for deduplication and storage keys.

        ``host/article_id`` (``www.hrbxfw.gov.cn/71234``) when both the page's URL (its host,
        lower-cased, without port) and the CMS's article id are known; else ``sha256:`` and
        the hex SHA-256 of the UTF-8 bytes of the title, the publication time and the body
        text (:attr:`text`) joined by line feeds (U+000A). The time is written in China
        Standard Time to the second, ``2022-04-30T07:53:00+08:00``; an unknown title or time
        is written as nothing. The same article gives the same key on every run, Python and
        platform; see ``docs/usage.md``.
        """
        host = _host(self.url)
        if host is not None and self.article_id is not None:
            return f"{host}/{self.article_id}"
        published = (
            ""
            if self.published is None
            else self.published.astimezone(_CST).isoformat("T", "seconds")
        )
        content = "\n".join((self.title or "", published, self.text))
        return "sha256:" + hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()

    def to_markdown(self) -> str:
        """The article as CommonMark (with GFM tables): title, metadata line, body, credits.

        Navigation, notices and the footer are left out; text is escaped so that it reads as
        written. See ``docs/usage.md``.
        """
        from xianfeng._render import markdown

        return markdown(self)

    def to_html(self) -> str:
        """The article as a semantic HTML5 fragment, ``<article>…</article>``; all escaped."""
        from xianfeng._render import html

        return html(self)

    def to_text(self) -> str:
        """The article as plain text: title, metadata line, body blocks, credits."""
        from xianfeng._render import text

        return text(self)


def _host(url: str | None) -> str | None:
    if url is None:
        return None
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    return host or None
