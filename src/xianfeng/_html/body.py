"""Body lines → blocks: paragraphs, headings, images with captions, tables, attachments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from lxml import etree

from xianfeng._chars import fold, tidy
from xianfeng._fields.headings import is_numbered, looks_like_heading
from xianfeng._html.lines import Line, linearise
from xianfeng._html.locators import ATTACHMENT_RE
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Heading
from xianfeng.models import Attachment, Block, Image, Paragraph, Table
from xianfeng.vocabulary import LIMITS

__all__ = ["body_blocks"]

_CENTRED_RE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
# What may stand around attachment links in an attachment paragraph: 附件：1. 《…》
_ATTACHMENT_CLUTTER_RE = re.compile(
    r"附件\s{0,3}\d{0,3}\s{0,3}[::]?|\d{1,3}\s{0,3}[.、]|[\s,;、《》]"
)


def body_blocks(
    lines: Sequence[Line], body: Sequence[int], resolve: Callable[[str], str], lex: Lexicon
) -> Iterator[Heading | Block]:
    """The body as a stream of headings and blocks, in reading order.

    ``body`` are indices into ``lines``; ``resolve`` makes a link target absolute.
    """
    tables_done: set[etree._Element] = set()
    grids: dict[etree._Element, bool] = {}
    caption_wanted: Image | None = None
    for at in body:
        line = lines[at]
        table = _data_table(line.block, grids)
        if table is not None:
            if caption_wanted is not None:
                yield caption_wanted
                caption_wanted = None
            if table not in tables_done:
                tables_done.add(table)
                yield Table(rows=_rows(table))
            continue
        if caption_wanted is not None and _is_caption(line, lex):
            yield Image(src=caption_wanted.src, alt=caption_wanted.alt, caption=line.text)
            caption_wanted = None
            continue
        if caption_wanted is not None:
            yield caption_wanted
            caption_wanted = None
        images = [_image(img, resolve) for img in line.images if img.get("src")]
        if images:
            yield from images[:-1]
            if not line.text:
                caption_wanted = images[-1]
                continue
            if _is_caption(line, lex, centred_only=False):
                yield Image(src=images[-1].src, alt=images[-1].alt, caption=line.text)
                continue
            yield images[-1]
        if (line.bold or is_numbered(line.text)) and looks_like_heading(line.text, lex):
            yield Heading(line.text)
            continue
        yield from _text_blocks(line, resolve)
    if caption_wanted is not None:
        yield caption_wanted


def _text_blocks(line: Line, resolve: Callable[[str], str]) -> Iterator[Block]:
    files = [
        Attachment(label=a.label or a.href.rsplit("/", 1)[-1], url=resolve(a.href))
        for a in line.anchors
        if a.href and ATTACHMENT_RE.search(a.href)
    ]
    rest = line.text
    for attachment in files:
        rest = rest.replace(attachment.label, "", 1)
    if line.text and (not files or _ATTACHMENT_CLUTTER_RE.sub("", fold(rest))):
        yield Paragraph(text=line.text)
    yield from files


def _image(img: etree._Element, resolve: Callable[[str], str]) -> Image:
    return Image(src=resolve(img.get("src", "")), alt=tidy(img.get("alt") or "") or None)


def _is_caption(line: Line, lex: Lexicon, *, centred_only: bool = True) -> bool:
    if not line.text or line.images or len(line.text) > LIMITS.max_caption:
        return False
    if lex.caption_re.match(fold(line.text)):
        return True
    if not centred_only or line.bold:
        return False
    style = line.block.get("style") or ""
    return line.block.get("align", "").lower() == "center" or bool(_CENTRED_RE.search(style))


def _data_table(block: etree._Element, grids: dict[etree._Element, bool]) -> etree._Element | None:
    """The data table a body line sits in: a table with no table inside it, and a grid
    (two rows or more, one of them with two cells or more) — never a layout table.
    ``grids`` remembers the verdict per table, so each table is inspected once."""
    table = block if block.tag == "table" else next(block.iterancestors("table"), None)
    if table is None:
        return None
    if table not in grids:
        rows = table.findall(".//tr")
        grids[table] = (
            table.find(".//table") is None
            and len(rows) >= 2
            and max(len(_cells(row)) for row in rows) >= 2
        )
    return table if grids[table] else None


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _rows(table: etree._Element) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(" ".join(line.text for line in linearise(cell) if line.text) for cell in _cells(row))
        for row in table.iter("tr")
    )
