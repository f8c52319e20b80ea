"""Body lines → blocks: paragraphs with their links, headings, images with captions, players,
tables, attachments — and a warning for whatever the body holds that no block can."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

from lxml import etree

from xianfeng._chars import display_width, fold, tidy
from xianfeng._fields.credits import signature_credits
from xianfeng._fields.headings import (
    is_numbered,
    is_part_number,
    looks_like_heading,
    looks_like_plain_heading,
)
from xianfeng._html.lines import Line, LineLink, usable_target
from xianfeng._html.locators import (
    ATTACHMENT_RE,
    FIELD_TAGS,
    HIDDEN_INPUT_TYPES,
    LAZY_SRC_ATTRS,
    MAX_PLACEHOLDER_DATA_URI,
    MEDIA_KINDS,
    PLACEHOLDER_SRC_RE,
    SRCSET_ATTRS,
)
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Heading
from xianfeng.errors import WarningCode
from xianfeng.models import Attachment, Block, Image, Link, Media, Paragraph, ParseWarning, Table
from xianfeng.vocabulary import LIMITS

__all__ = ["body_blocks"]

_FULL_STOPS = ("。", "！", "？")
_QUESTION_MARKS = ("？", "?")

_CENTRED_RE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
# What may stand around attachment links in an attachment paragraph: 附件：1. 《…》, 附件下载：
_ATTACHMENT_CLUTTER_RE = re.compile(
    r"(?:相关)?附件(?:下载)?\s{0,3}\d{0,3}\s{0,3}[::]?|下载\s{0,3}[::]|\d{1,3}\s{0,3}[.、]|[\s,;、《》]"
)
# <object>'s own ways of naming what it plays, after its data attribute.
_OBJECT_PARAMS = frozenset({"movie", "src", "url", "filename", "file"})
# A body with fewer paragraphs than this has no headings other than those its markup marks.
_MIN_PARAGRAPHS = 3
# How much of a dropped element's text a warning quotes.
_QUOTE = 30
_Resolve = Callable[[str], str]


def body_blocks(
    lines: Sequence[Line],
    body: Sequence[int],
    resolve: _Resolve,
    dropped: list[ParseWarning],
    *,
    lex: Lexicon,
) -> Iterator[Heading | Block]:
    """The body as a stream of headings and blocks, in reading order.

    ``body`` are indices into ``lines``; ``resolve`` makes a link target absolute. What the
    body holds that no block can is reported in ``dropped`` (``body.dropped`` warnings).
    """
    tables_done: set[etree._Element] = set()
    grids: dict[etree._Element, bool] = {}
    above: dict[etree._Element, etree._Element | None] = {}
    caption_wanted: Image | None = None
    plain = _plain_headings(lines, body, lex=lex)
    # Where the text ends: a sentence set apart there closes the text, it heads nothing.
    text_end = max((place for place, at in enumerate(body) if lines[at].text), default=-1)
    joined: set[int] = set()  # the second lines of headings over two lines
    for place, at in enumerate(body):
        if place in joined:
            continue
        line = lines[at]
        table = _data_table(line.block, grids, above)
        if table is not None:
            if caption_wanted is not None:
                yield caption_wanted
                caption_wanted = None
            if table not in tables_done:
                tables_done.add(table)
                yield Table(rows=_rows(table, lines, at))
            # A cell holds text only: its pictures, players and files follow the table.
            yield from _objects(line, resolve, dropped)
            yield from _attachments(line.links, resolve)
            continue
        if caption_wanted is not None and _is_caption(line, lex=lex):
            yield Image(src=caption_wanted.src, alt=caption_wanted.alt, caption=line.text)
            caption_wanted = None
            continue
        if caption_wanted is not None:
            yield caption_wanted
            caption_wanted = None
        objects = list(_objects(line, resolve, dropped))
        if objects:
            last = objects.pop()
            yield from objects
            if isinstance(last, Image) and not line.text:
                caption_wanted = last
                continue
            if isinstance(last, Image) and _is_caption(line, lex=lex, centred_only=False):
                yield Image(src=last.src, alt=last.alt, caption=line.text)
                continue
            yield last
        if _is_heading(line, lex=lex, heads=place < text_end):
            yield Heading(line.text)
            continue
        if place in plain:
            parts = [lines[body[place + more]].text for more in range(plain[place])]
            joined.update(range(place + 1, place + plain[place]))
            yield Heading(" ".join(parts))
            continue
        yield from _text_blocks(line, resolve)
    if caption_wanted is not None:
        yield caption_wanted


def _is_heading(line: Line, *, lex: Lexicon, heads: bool) -> bool:
    """A bold or numbered line that reads as a heading; a part's number alone (``(一)``); a
    bold line of one short question (``如何认定恶意做空？``); or a bold, centred line of one
    short sentence (``神奇，偶然掉在凡俗的临床上。``): these stand apart as headings when text
    follows them (``heads``); the last line of the text is its close (``你有什么更好的…？``)."""
    text = line.text
    if (line.bold or is_numbered(text)) and looks_like_heading(text, lex=lex):
        return True
    if not line.bold:
        return is_part_number(text)
    if not heads:
        return False
    if text.endswith(_QUESTION_MARKS):
        # Not a question put to someone (问：…？ 记者：…？): that is a line of an interview.
        return ":" not in fold(text) and _one_sentence(text[:-1], lex=lex)
    return text.endswith("。") and _centred(line) and _one_sentence(text[:-1], lex=lex)


def _one_sentence(sentence: str, *, lex: Lexicon) -> bool:
    """Whether a line without its closing mark is one short sentence that reads as a heading."""
    return not any(stop in sentence for stop in _FULL_STOPS) and looks_like_heading(
        sentence, lex=lex
    )


def _plain_headings(lines: Sequence[Line], body: Sequence[int], *, lex: Lexicon) -> dict[int, int]:
    """Headings the markup does not mark: a short line that reads as no sentence, alone in its
    block with no link or picture, standing between two paragraphs, in a body of several
    paragraphs — or two such lines in a row, a heading over two lines. A position in ``body``
    maps to the number of its lines (1 or 2)."""
    long = [_is_paragraph(lines[at]) for at in body]
    if sum(long) < _MIN_PARAGRAPHS:
        return {}
    found: dict[int, int] = {}
    before = False  # whether the last line with text, up to here, is a paragraph
    picture = False  # whether the last line is a picture alone
    for place, at in enumerate(body):
        line = lines[at]
        if not line.text:
            picture = bool(line.objects)
            continue  # a picture alone: the lines around it stand next to each other
        if picture and _is_caption(line, lex=lex):
            picture = False
            continue  # and so do the lines around a picture with its caption
        picture = False
        if before and _plain_candidate(line, lex=lex):
            after = place + 1
            if after < len(body) and (long[after] or _sentence(lines[body[after]])):
                found[place] = 1
            elif (
                after + 1 < len(body)
                and long[after + 1]
                and _plain_candidate(lines[body[after]], lex=lex)
            ):
                found[place] = 2
        before = long[place]
    return found


def _is_paragraph(line: Line) -> bool:
    """Wider than a heading, and no picture's line. A line's width is between its length
    and twice it (CJK counts 2): measured only when that does not already tell."""
    size = len(line.text)
    if line.objects or 2 * size <= LIMITS.max_heading_width:
        return False
    return size > LIMITS.max_heading_width or display_width(line.text) > LIMITS.max_heading_width


def _sentence(line: Line) -> bool:
    """A line of text ending a sentence, however short: a paragraph, never a heading."""
    return line.text.endswith(_FULL_STOPS) and not line.objects


def _plain_candidate(line: Line, *, lex: Lexicon) -> bool:
    return (
        not line.bold
        and not line.objects
        and not line.links
        and looks_like_plain_heading(line.text, lex=lex)
    )


def _text_blocks(line: Line, resolve: _Resolve) -> Iterator[Block]:
    files = list(_attachments(line.links, resolve))
    links = [
        Link(label=ref.label, url=resolve(target))
        for ref in line.links
        if ref.label
        and (target := usable_target(ref.href)) is not None
        and not ATTACHMENT_RE.search(target)
    ]
    rest = line.text
    for attachment in files:
        rest = rest.replace(attachment.label, "", 1)
    if line.text and (not files or _ATTACHMENT_CLUTTER_RE.sub("", fold(rest))):
        yield Paragraph(text=line.text, links=tuple(links))
    yield from files


def _attachments(refs: Sequence[LineLink], resolve: _Resolve) -> Iterator[Attachment]:
    for ref in refs:
        target = usable_target(ref.href)
        if target is not None and ATTACHMENT_RE.search(target):
            label = ref.label or ref.title or _file_name(target)
            yield Attachment(label=label, url=resolve(target))


def _file_name(target: str) -> str:
    """The last part of a file's path; for a download script (``download.php?…``), its query."""
    path, _, query = target.partition("?")
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return f"{name}?{query}" if query and not ATTACHMENT_RE.search(path) else name or target


def _objects(line: Line, resolve: _Resolve, dropped: list[ParseWarning]) -> Iterator[Block]:
    """The line's images and players as blocks; what cannot be one is reported instead."""
    for element in line.objects:
        tag = element.tag
        if tag == "img":
            src = _source(element)
            if src is not None:
                yield Image(src=resolve(src), alt=_text_attr(element, "alt"))
                continue
        elif tag in MEDIA_KINDS:
            src = _media_source(element)
            if src is not None:
                kind = _MEDIA_KIND[MEDIA_KINDS[str(tag)]]
                yield Media(kind=kind, src=resolve(src), title=_text_attr(element, "title"))
                continue
        elif tag == "svg" and not _inner_text(element):
            continue  # an icon: nothing is lost
        elif tag == "form" and not _has_fields(element):
            continue  # hidden state and buttons only: nothing is lost
        dropped.append(WarningCode.BODY_DROPPED.warning(f"left out of the body: {_name(element)}"))


_MEDIA_KIND: dict[str, Literal["video", "audio", "embed", "iframe"]] = {
    "video": "video",
    "audio": "audio",
    "embed": "embed",
    "iframe": "iframe",
}


def _source(element: etree._Element) -> str | None:
    """An image's or player's real address: a lazy-load attribute, else ``src``, else the first
    ``srcset`` candidate — never a placeholder. None when it has none."""
    for name in (*LAZY_SRC_ATTRS, "src"):
        given = element.get(name)
        value = None if given is None else _real(given)  # most of the attributes are absent
        if value is not None:
            return value
    for name in SRCSET_ATTRS:
        candidates = (element.get(name) or "").strip().split(",")[0].split()
        value = _real(candidates[0] if candidates else None)
        if value is not None:
            return value
    return None


def _real(value: str | None) -> str | None:
    """``value`` tidied, unless it is empty, goes nowhere or is a placeholder."""
    value = usable_target(tidy(value or ""))
    if value is None or PLACEHOLDER_SRC_RE.search(value):
        return None
    if value[:5].lower() == "data:" and len(value) < MAX_PLACEHOLDER_DATA_URI:
        return None
    return value


def _media_source(element: etree._Element) -> str | None:
    """What a player plays: its own address, a ``<source>``'s, an ``<object>``'s ``<param>`` or
    inner ``<embed>``."""
    src = _source(element) or _real(element.get("data"))
    if src is not None:
        return src
    for inner in element.iter("source", "param", "embed"):
        if inner.tag == "param":
            if (inner.get("name") or "").lower() in _OBJECT_PARAMS:
                src = _real(inner.get("value"))
        else:
            src = _source(inner)
        if src is not None:
            return src
    return None


def _has_fields(form: etree._Element) -> bool:
    """Whether a form has a field a reader fills in: a visible input, a list, a text box."""
    for field in form.iter("input", *FIELD_TAGS):
        if field.tag == "input":
            if (field.get("type") or "text").strip().lower() not in HIDDEN_INPUT_TYPES:
                return True
        elif field.tag != "button":
            return True
    return False


def _name(element: etree._Element) -> str:
    """The element as a warning names it: its tag and what it holds."""
    tag = str(element.tag)
    article = "an" if tag[0] in "aeiou" else "a"
    if tag == "img":
        src = tidy(element.get("src") or "")
        alt = _text_attr(element, "alt")
        said = f" (alt {alt!r})" if alt else ""
        if src:
            return f"an <img> whose only address is the placeholder {_quote(src)!r}{said}"
        return f"an <img> with no address{said}"
    if tag in MEDIA_KINDS:
        what = "data" if tag == "object" else "address"
        return f"{article} <{tag}> with no {what}"
    if tag == "svg":
        return f"an <svg> drawing with the text {_quote(_inner_text(element))!r}"
    if tag == "canvas":
        return "a <canvas> (a picture drawn by a script)"
    if tag == "form":
        action = tidy(element.get("action") or "")
        to = f" sending to {_quote(action)!r}" if action else ""
        return f"a <form>{to} with fields to fill in: its text is kept, its fields are not"
    return f"{article} <{tag}>"


def _quote(text: str) -> str:
    return text if len(text) <= _QUOTE else text[:_QUOTE] + "…"


def _inner_text(element: etree._Element) -> str:
    return tidy("".join(str(text) for text in element.itertext()))


def _text_attr(element: etree._Element, name: str) -> str | None:
    return tidy(element.get(name) or "") or None


def _is_caption(line: Line, *, lex: Lexicon, centred_only: bool = True) -> bool:
    if not line.text or line.objects or len(line.text) > LIMITS.max_caption:
        return False
    if lex.caption_re.match(fold(line.text)) or signature_credits(line.text, lex=lex):
        return True  # a caption's opening, or the signature of whoever took the picture
    if not centred_only or line.bold:
        return False
    return _centred(line)


def _centred(line: Line) -> bool:
    style = line.block.get("style") or ""
    return line.block.get("align", "").lower() == "center" or bool(_CENTRED_RE.search(style))


def _data_table(
    block: etree._Element,
    grids: dict[etree._Element, bool],
    above: dict[etree._Element, etree._Element | None],
) -> etree._Element | None:
    """The data table a body line sits in: a table with no table inside it, and a grid
    (two rows or more, one of them with two cells or more) — never a layout table.
    ``grids`` remembers the verdict per table, so each table is inspected once, and
    ``above`` the nearest table above each parent of a block."""
    if block.tag == "table":
        table: etree._Element | None = block
    else:
        # Body lines are mostly siblings: the table above a block is looked up once per parent.
        parent = block.getparent()
        if parent is None:
            return None
        if parent not in above:
            above[parent] = next(block.iterancestors("table"), None)
        table = above[parent]
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


def _rows(table: etree._Element, lines: Sequence[Line], at: int) -> tuple[tuple[str, ...], ...]:
    """The text of each cell of ``table``, read from the page's lines around line ``at``: a
    cell is a block, so the lines inside it hold its text and nothing else."""
    cells: dict[etree._Element, list[str]] = {
        cell: [] for row in table.iter("tr") for cell in _cells(row)
    }
    first = at
    while first > 0 and _cell_of(lines[first - 1].block, table, cells)[0]:
        first -= 1
    for line in lines[first:]:
        inside, cell = _cell_of(line.block, table, cells)
        if not inside:
            break
        if cell is not None and line.text:
            cells[cell].append(line.text)
    return tuple(tuple(" ".join(cells[cell]) for cell in _cells(row)) for row in table.iter("tr"))


def _cell_of(
    block: etree._Element | None, table: etree._Element, cells: dict[etree._Element, list[str]]
) -> tuple[bool, etree._Element | None]:
    """Whether ``block`` is inside ``table``, and the cell of ``cells`` it is in, if any."""
    cell = None
    while block is not None:
        if cell is None and block in cells:
            cell = block
        if block is table:
            return True, cell
        block = block.getparent()
    return False, None
