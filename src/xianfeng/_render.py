"""Renderings of an :class:`~xianfeng.Article`: Markdown, HTML and plain text.

Renderers read models only (never a tree, never the parser): a model's fields in, a string
out. All three show the same things in the same order — the title, a metadata line (栏目,
时间, 来源, 作者, 点击, the page's URL), the sections with their headings and blocks, and the
credits — and leave out the page's furniture: navigation, notices, the position bar, the
previous/next links and the footer.

Every text value is escaped for its target, so it reads as written: Markdown's special
characters are backslash-escaped (only where they could mean something), HTML's are turned
into entities. A link whose target has a scheme other than ``http``, ``https``, ``ftp`` or
``mailto`` (``javascript:`` …) is shown as its label only; an image may also be a
``data:image/…`` URI.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from xianfeng.models import Article, Attachment, Image, Media, Paragraph, Section, Table

__all__ = ["html", "markdown", "text"]

_SEPARATOR = " · "
_SAFE_SCHEMES = frozenset({"http", "https", "ftp", "mailto"})
_SCHEME_RE = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
# A block model this module does not know (added after it was written) is shown by the first
# of these fields it has: a label and a target; without a label, by what its ``kind`` says.
_LABEL_FIELDS = ("label", "title", "caption", "alt", "text", "name")
_TARGET_FIELDS = ("url", "src", "href")
# A player's kind (``Media.kind``) in words.
_KIND_WORDS = {"video": "视频", "audio": "音频", "embed": "嵌入内容", "iframe": "嵌入网页"}


# --------------------------------------------------------------------------------------
# Shared: the metadata line, links inside paragraphs, safe targets
# --------------------------------------------------------------------------------------


def _when(article: Article) -> str | None:
    """The publication time as the page writes it, else as ``YYYY-MM-DD HH:MM``."""
    if article.published_raw is not None:
        return article.published_raw
    if article.published is not None:
        return article.published.strftime("%Y-%m-%d %H:%M")
    return None


def _meta_items(article: Article) -> list[tuple[str, str]]:
    """``(label, value)`` of the metadata line, in the portal's order (time shown by caller)."""
    items = [
        ("栏目", article.column),
        ("来源", article.source),
        ("作者", article.author),
        ("点击", None if article.clicks is None else str(article.clicks)),
    ]
    return [(label, value) for label, value in items if value is not None]


def _credits(article: Article) -> list[tuple[str, str]]:
    return [(credit.role, credit.name) for credit in article.credits]


def _safe(url: str | None, *, image: bool = False) -> str | None:
    """``url`` when it is safe to link to (or to show as an image), else None."""
    if url is None:
        return None
    match = _SCHEME_RE.match(url)
    if match is None:
        return url  # relative
    scheme = match.group(1).lower()
    if scheme in _SAFE_SCHEMES:
        return url
    if image and scheme == "data" and url[match.end() :].lstrip().lower().startswith("image/"):
        return url
    return None


def _pieces(paragraph: Any) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    """A paragraph's text cut at its links: ``(text, target or None)`` in order.

    Each link (``Paragraph.links``, where the model has them) is found in the text after the
    previous one; links whose label the text does not hold come back apart, to be shown
    after the text.
    """
    text: str = paragraph.text
    pieces: list[tuple[str, str | None]] = []
    apart: list[tuple[str, str]] = []
    at = 0
    for link in getattr(paragraph, "links", ()):
        label, target = link.label, _safe(link.url)
        if target is None or not label:
            continue
        where = text.find(label, at)
        if where < 0:
            apart.append((label, target))
            continue
        if where > at:
            pieces.append((text[at:where], None))
        pieces.append((label, target))
        at = where + len(label)
    if at < len(text) or not pieces:
        pieces.append((text[at:], None))
    return pieces, apart


def _unknown(block: Any) -> tuple[str | None, str | None]:
    """Label and target of a block model this module does not know."""
    names = {field.name for field in attrs.fields(type(block))}
    label = next(
        (getattr(block, n) for n in _LABEL_FIELDS if n in names and getattr(block, n)), None
    )
    target = next(
        (getattr(block, n) for n in _TARGET_FIELDS if n in names and getattr(block, n)), None
    )
    kind = getattr(block, "kind", None) if "kind" in names else None
    if not isinstance(label, str) and isinstance(kind, str):
        label = _KIND_WORDS.get(kind, kind)
    return (label if isinstance(label, str) else None), (
        target if isinstance(target, str) else None
    )


def _media_label(media: Media) -> str:
    """``视频：title``, or the kind's word alone (``视频``) for a player without a title."""
    word = _KIND_WORDS.get(media.kind, media.kind)
    return f"{word}：{media.title}" if media.title else word


def _rows(table: Table) -> list[list[str]]:
    """The table's rows padded to one width (an empty table gives no rows)."""
    width = max((len(row) for row in table.rows), default=0)
    if width == 0:
        return []
    return [list(row) + [""] * (width - len(row)) for row in table.rows]


def _blocks(
    section: Section, render: Callable[[Any], str | None], heading: Callable[[str], str]
) -> Iterator[str]:
    if section.heading is not None:
        yield heading(section.heading)
    for block in section.blocks:
        out = render(block)
        if out:
            yield out


# --------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------

# Special anywhere: escaped always. `#` too, since a trailing ` #` closes an ATX heading.
_MD_ALWAYS_RE = re.compile(r"([\\`*_\[\]<>|~#])")
# An entity reference would be decoded: its `&` is escaped.
_MD_ENTITY_RE = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)")
# Special at the start of a line: block quote, list, heading underline, ordered list.
_MD_LINE_START_RE = re.compile(r"^([+\-=])|^([0-9]{1,9})([.)])(?=\s|$)", re.MULTILINE)


def _md(text: str, *, line_start: bool = True) -> str:
    """``text`` with Markdown's special characters escaped, so it renders as written."""
    text = _MD_ALWAYS_RE.sub(r"\\\1", text)
    text = _MD_ENTITY_RE.sub(r"\\&", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not line_start:  # only what follows a line break inside the text starts a line
        head, newline, rest = text.partition("\n")
        return head + newline + _MD_LINE_START_RE.sub(_md_line_start, rest) if newline else head
    return _MD_LINE_START_RE.sub(_md_line_start, text)


def _md_line_start(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def _md_target(url: str) -> str:
    """A link destination: spaces and controls percent-encoded, brackets escaped."""
    url = re.sub(r"[\x00-\x20\x7f]", lambda m: f"%{ord(m.group()):02X}", url)
    return re.sub(r"([\\()<>])", r"\\\1", url)


def _md_link(label: str, url: str, *, line_start: bool = False) -> str:
    return f"[{_md(label, line_start=line_start)}]({_md_target(url)})"


def _md_paragraph(paragraph: Any) -> str:
    pieces, apart = _pieces(paragraph)
    out = []
    for index, (piece, target) in enumerate(pieces):
        if target is None:
            out.append(_md(piece, line_start=index == 0))
        else:
            out.append(_md_link(piece, target))
    out.extend(" " + _md_link(label, target) for label, target in apart)
    return "".join(out)


def _md_table(table: Table) -> str | None:
    rows = _rows(table)
    if not rows:
        return None

    def line(cells: Sequence[str]) -> str:
        texts = (_md(" ".join(cell.split()), line_start=False) for cell in cells)
        return "| " + " | ".join(texts) + " |"

    delimiter = "| " + " | ".join("---" for _ in rows[0]) + " |"
    return "\n".join([line(rows[0]), delimiter, *(line(row) for row in rows[1:])])


def _md_block(block: Any) -> str | None:
    if isinstance(block, Paragraph):
        return _md_paragraph(block)
    if isinstance(block, Image):
        src = _safe(block.src, image=True)
        alt = block.alt or block.caption or ""
        image = f"![{_md(alt, line_start=False)}]({_md_target(src)})" if src else None
        caption = f"*{_md(block.caption, line_start=False)}*" if block.caption else None
        return "\n\n".join(part for part in (image, caption) if part) or None
    if isinstance(block, Table):
        return _md_table(block)
    if isinstance(block, Attachment):
        target = _safe(block.url)
        return _md_link(block.label, target, line_start=True) if target else _md(block.label)
    if isinstance(block, Media):
        target, named = _safe(block.src), _media_label(block)
        return _md_link(named, target, line_start=True) if target else _md(named)
    label, target = _unknown(block)
    target = _safe(target)
    if target is not None:
        return _md_link(label or target, target, line_start=True)
    return _md(label) if label else None


def markdown(article: Article) -> str:
    """The article as CommonMark with GFM tables, ending in one newline."""
    parts = [] if article.title is None else [f"# {_md(article.title, line_start=False)}"]
    meta = [f"{label}：{_md(value, line_start=False)}" for label, value in _meta_items(article)]
    when = _when(article)
    if when is not None:
        meta.insert(1 if article.column is not None else 0, f"时间：{_md(when, line_start=False)}")
    url = _safe(article.url)
    if url is not None:
        meta.append(_md_link("原文", url))
    if meta:
        parts.append(_SEPARATOR.join(meta))
    for section in article.sections:
        parts.extend(
            _blocks(section, _md_block, lambda heading: f"## {_md(heading, line_start=False)}")
        )
    credits = [f"{_md(role)}：{_md(name, line_start=False)}" for role, name in _credits(article)]
    if credits:
        parts.append(_SEPARATOR.join(credits))
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------


def _h(text: str) -> str:
    return _html.escape(text, quote=False)


def _attr(text: str) -> str:
    return _html.escape(text, quote=True)


def _html_link(label: str, url: str) -> str:
    return f'<a href="{_attr(url)}">{_h(label)}</a>'


def _html_paragraph(paragraph: Any) -> str:
    pieces, apart = _pieces(paragraph)
    out = [_h(piece) if target is None else _html_link(piece, target) for piece, target in pieces]
    out.extend(" " + _html_link(label, target) for label, target in apart)
    return "<p>" + "".join(out) + "</p>"


def _html_table(table: Table) -> str | None:
    rows = _rows(table)
    if not rows:
        return None
    lines = ["<table>", "<tbody>"]
    for row in rows:
        lines.append("<tr>" + "".join(f"<td>{_h(cell)}</td>" for cell in row) + "</tr>")
    lines.extend(["</tbody>", "</table>"])
    return "\n".join(lines)


def _html_block(block: Any) -> str | None:
    if isinstance(block, Paragraph):
        return _html_paragraph(block)
    if isinstance(block, Image):
        src = _safe(block.src, image=True)
        caption = f"<figcaption>{_h(block.caption)}</figcaption>" if block.caption else ""
        image = f'<img src="{_attr(src)}" alt="{_attr(block.alt or "")}">' if src else ""
        return f"<figure>{image}{caption}</figure>" if image or caption else None
    if isinstance(block, Table):
        return _html_table(block)
    if isinstance(block, Attachment):
        target = _safe(block.url)
        return f"<p>{_html_link(block.label, target) if target else _h(block.label)}</p>"
    if isinstance(block, Media):
        target, named = _safe(block.src), _media_label(block)
        return f"<p>{_html_link(named, target) if target else _h(named)}</p>"
    label, target = _unknown(block)
    target = _safe(target)
    if target is not None:
        return f"<p>{_html_link(label or target, target)}</p>"
    return f"<p>{_h(label)}</p>" if label else None


def html(article: Article) -> str:
    """The article as an HTML5 fragment, ``<article>…</article>``, ending in one newline."""
    header = [] if article.title is None else [f"<h1>{_h(article.title)}</h1>"]
    meta = [f"{label}：{_h(value)}" for label, value in _meta_items(article)]
    when = _when(article)
    if when is not None:
        stamp = (
            f'<time datetime="{_attr(article.published.isoformat())}">{_h(when)}</time>'
            if article.published is not None
            else _h(when)
        )
        meta.insert(1 if article.column is not None else 0, f"时间：{stamp}")
    url = _safe(article.url)
    if url is not None:
        meta.append(_html_link("原文", url))
    if meta:
        header.append(f"<p>{_SEPARATOR.join(meta)}</p>")
    lines = ["<article>", *(["<header>", *header, "</header>"] if header else [])]
    for section in article.sections:
        lines.append("<section>")
        lines.extend(_blocks(section, _html_block, lambda heading: f"<h2>{_h(heading)}</h2>"))
        lines.append("</section>")
    credits = [f"{_h(role)}：{_h(name)}" for role, name in _credits(article)]
    if credits:
        lines.extend(["<footer>", f"<p>{_SEPARATOR.join(credits)}</p>", "</footer>"])
    lines.append("</article>")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------


def _text_block(block: Any) -> str | None:
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Image):
        said = block.caption or block.alt
        return f"[图片] {said}" if said else "[图片]"
    if isinstance(block, Table):
        rows = _rows(block)
        return "\n".join(" | ".join(row).rstrip() for row in rows) if rows else None
    if isinstance(block, Attachment):
        return f"[附件] {block.label} <{block.url}>"
    if isinstance(block, Media):
        word = _KIND_WORDS.get(block.kind, block.kind)
        return f"[{word}] {block.title} <{block.src}>" if block.title else f"[{word}] <{block.src}>"
    label, target = _unknown(block)
    if label and target:
        return f"{label} <{target}>"
    return label or target


def text(article: Article) -> str:
    """The article as plain text, blocks apart by a blank line, ending in one newline."""
    meta = [f"{label}：{value}" for label, value in _meta_items(article)]
    when = _when(article)
    if when is not None:
        meta.insert(1 if article.column is not None else 0, f"时间：{when}")
    if article.url is not None:
        meta.append(f"原文：{article.url}")
    head = [line for line in (article.title, _SEPARATOR.join(meta)) if line]
    parts = ["\n".join(head)] if head else []
    for section in article.sections:
        parts.extend(_blocks(section, _text_block, lambda heading: heading))
    credits = [f"{role}：{name}" for role, name in _credits(article)]
    if credits:
        parts.append(_SEPARATOR.join(credits))
    return "\n\n".join(parts) + "\n"
