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

import functools
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeAlias, TypeVar, Union

import attrs

__all__ = [
    "Article",
    "Attachment",
    "Block",
    "Credit",
    "Footer",
    "Image",
    "Link",
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
    lines: tuple[str, ...] = ()
    """Every footer line as shown (tidied), in order."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text."""

    text: str


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


Block: TypeAlias = Paragraph | Image | Table | Attachment
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


@attrs.frozen(kw_only=True)
class Article:
    """One parsed article page. Build it with :func:`xianfeng.parse_article`."""

    title: str
    """The headline without its 【column】 tag."""
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

    def _blocks(self, kind: type[_T]) -> Iterator[_T]:
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, kind):
                    yield block

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dictionary; :meth:`from_dict` turns it back into an equal Article.

        Blocks carry a ``"type"`` key (``paragraph``, ``image``, ``table``, ``attachment``).
        """
        data: dict[str, Any] = _to_json(self)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output.

        Every value is checked against its field's type and the text contract (no empty
        strings but table cells), since a JSON file may have been edited by hand. Raises
        :class:`ValueError` naming the offending key and value when ``data`` is malformed.
        """
        try:
            article = _article_from_dict(data)
            _check(article, Article, "article")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"not an Article dictionary: {exc!r}") from exc
        return article


_BLOCK_TYPES: dict[str, type[Block]] = {
    "paragraph": Paragraph,
    "image": Image,
    "table": Table,
    "attachment": Attachment,
}
_BLOCK_NAMES = {kind: name for name, kind in _BLOCK_TYPES.items()}


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _check(value: Any, hint: Any, where: str, *, empty_ok: bool = False) -> None:
    """Raise TypeError/ValueError where ``value`` breaks its annotation ``hint`` or the text
    contract (strings are never empty, but a table cell may be). The models themselves do not
    validate: parsers build them from checked values, and the check would cost every parse."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return
        fitting = [o for o in options if o is not type(None) and _fits(value, o)]
        if not fitting:
            raise TypeError(f"{where}: {value!r} is none of {options}")
        _check(value, fitting[0], where, empty_ok=empty_ok)
    elif origin is tuple:
        if not isinstance(value, tuple):
            raise TypeError(f"{where}: expected a list, got {value!r}")
        item = typing.get_args(hint)[0]
        for index, element in enumerate(value):
            _check(element, item, f"{where}[{index}]", empty_ok=empty_ok)
    elif attrs.has(hint):
        if not isinstance(value, hint):
            raise TypeError(f"{where}: expected {hint.__name__}, got {value!r}")
        for name, field_hint in _hints(hint).items():
            cells = hint is Table and name == "rows"
            _check(getattr(value, name), field_hint, f"{where}.{name}", empty_ok=cells)
    elif not _fits(value, hint):
        raise TypeError(f"{where}: expected {getattr(hint, '__name__', hint)}, got {value!r}")
    elif isinstance(value, str) and not value and not empty_ok:
        raise ValueError(f"{where}: empty text (an absent value is null)")


def _fits(value: Any, hint: Any) -> bool:
    kind = typing.get_origin(hint) or hint
    if kind is int:  # bool is an int to Python, never to a JSON reader
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _to_json(value: Any) -> Any:
    """Models → dicts (blocks tagged with ``type``), tuples → lists, datetimes → ISO 8601."""
    kind = type(value)
    if attrs.has(kind):
        out = {"type": _BLOCK_NAMES[kind]} if kind in _BLOCK_NAMES else {}
        for field in attrs.fields(kind):
            out[field.name] = _to_json(getattr(value, field.name))
        return out
    if isinstance(value, tuple):
        return [_to_json(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _opt(data: Mapping[str, Any], key: str, build: Callable[[Any], _T]) -> _T | None:
    value = data.get(key)
    return None if value is None else build(value)


def _link(d: Mapping[str, Any]) -> Link:
    return Link(label=d["label"], url=d.get("url"))


def _block(d: Mapping[str, Any]) -> Block:
    fields = dict(d)
    kind = _BLOCK_TYPES[fields.pop("type")]
    if kind is Table:
        return Table(rows=tuple(tuple(row) for row in fields["rows"]))
    return kind(**fields)


def _article_from_dict(d: Mapping[str, Any]) -> Article:
    footer = d.get("footer") or {}
    return Article(
        title=d["title"],
        column=d.get("column"),
        published=_opt(d, "published", datetime.fromisoformat),
        published_raw=d.get("published_raw"),
        source=d.get("source"),
        author=d.get("author"),
        clicks=d.get("clicks"),
        navigation=tuple(_link(x) for x in d.get("navigation", ())),
        notices=tuple(Notice(**x) for x in d.get("notices", ())),
        breadcrumb=tuple(_link(x) for x in d.get("breadcrumb", ())),
        sections=tuple(
            Section(heading=s.get("heading"), blocks=tuple(_block(b) for b in s["blocks"]))
            for s in d.get("sections", ())
        ),
        credits=tuple(Credit(**x) for x in d.get("credits", ())),
        footer=Footer(
            host=footer.get("host"),
            icp=footer.get("icp"),
            support=footer.get("support"),
            police_record=footer.get("police_record"),
            lines=tuple(footer.get("lines", ())),
        ),
        previous=_opt(d, "previous", _link),
        next=_opt(d, "next", _link),
        page=d.get("page", 1),
        page_count=d.get("page_count", 1),
        page_urls=tuple(d.get("page_urls", ())),
        article_id=d.get("article_id"),
        url=d.get("url"),
        encoding=d.get("encoding"),
        warnings=tuple(ParseWarning(**x) for x in d.get("warnings", ())),
    )
