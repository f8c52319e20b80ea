"""One lxml tree → reading-order lines, the form the region locator reads.

A line is the text of one block (or of a run between ``<br>``s), inline runs joined with no
space added — CJK has none between words — except between two numbers, and tidied. Each
line remembers the block it came from, its links, its objects (images, players, and what no
block can hold) and whether all of it is bold, so the HTML path can add what a text
rendering lacks. One iterative walk, no recursion: a 20,000-deep tree is fine. A block that
holds only text around at most one plain link — most blocks of a portal page — is read
whole, without walking into it; it gives the line the walk would (``tests/test_lines.py``
holds the two to each other).
"""

from __future__ import annotations

from typing import NamedTuple

import attrs
from lxml import etree

from xianfeng._chars import tidy
from xianfeng._html.locators import (
    BLOCK_TAGS,
    BOLD_STYLE_RE,
    BOLD_TAGS,
    BREAK_TAGS,
    FIELD_TAGS,
    HEADING_TAGS,
    HIDDEN_STYLE_RE,
    MEDIA_KINDS,
    REPORTED_BLOCK_TAGS,
    UNKEPT_TAGS,
)

__all__ = ["Line", "LineLink", "linearise", "usable_target"]

# Targets that go nowhere: script calls, and the blank page of a frame.
_NOWHERE = ("javascript:", "vbscript:", "about:")


def usable_target(href: str | None) -> str | None:
    """A link target worth keeping: not empty, not a place on the same page (``#``,
    ``#top``), not a script call (``javascript:``) or ``about:blank``."""
    if not href or href.startswith("#") or href.lower().startswith(_NOWHERE):
        return None
    return href


class LineLink(NamedTuple):
    """A link as it appears in a line. Named tuples: a page makes hundreds of lines and links,
    and a tuple is made several times faster than a frozen attrs instance."""

    label: str
    href: str | None
    title: str | None


def link_chars(line: Line) -> int:
    """How many characters of a line's text are link text."""
    return sum(len(ref.label) for ref in line.links) if line.links else 0


def is_link_list(line: Line) -> bool:
    """Whether more than half of a line is link text: an entry of a list, not running text."""
    return link_chars(line) * 2 > len(line.text)


class Line(NamedTuple):
    """The text of one block, with what markup adds to it."""

    text: str
    block: etree._Element
    links: tuple[LineLink, ...] = ()
    objects: tuple[etree._Element, ...] = ()
    """In document order: ``<img>``s, players (``MEDIA_KINDS``), elements no block can hold
    (``UNKEPT_TAGS``) and reported blocks (``REPORTED_BLOCK_TAGS``) that start in the line."""
    bold: bool = False
    """Every character of the line is bold (``<b>``, ``<strong>``, ``<h1>``…, bold style)."""


@attrs.define
class _Builder:
    lines: list[Line] = attrs.Factory(list)
    pieces: list[str] = attrs.Factory(list)
    bold_chars: int = 0
    links: list[LineLink] = attrs.Factory(list)
    objects: list[etree._Element] = attrs.Factory(list)
    block: etree._Element | None = None
    # Open <a> elements with the pieces of their label so far.
    open_links: list[tuple[etree._Element, list[str]]] = attrs.Factory(list)

    def emit(self, text: str, block: etree._Element, bold: bool) -> None:
        if self.block is None:
            if text.isspace():  # whitespace before any text is layout: nothing to keep
                return
            self.block = block
        elif text[0].isdigit() and self.pieces and self.pieces[-1][-1:].isdigit():
            text = " " + text  # two elements' numbers are never one (…11:04:07 | 103次)
        self.pieces.append(text)
        if bold:
            self.bold_chars += len(text) - _count_spaces(text)
        for _, label in self.open_links:
            label.append(text)

    def object(self, element: etree._Element, block: etree._Element) -> None:
        if self.block is None:
            self.block = block
        self.objects.append(element)

    def flush(self) -> None:
        if self.block is None:  # no text or image since the last flush
            self.links.clear()
            return
        text = tidy("".join(self.pieces))
        if text or self.objects:
            solid = len(text) - _count_spaces(text) if self.bold_chars else 0
            self.lines.append(
                Line(
                    text=text,
                    block=self.block,
                    links=tuple(self.links),
                    objects=tuple(self.objects),
                    bold=solid > 0 and self.bold_chars >= solid,
                )
            )
        self.pieces.clear()
        self.links.clear()
        self.objects.clear()
        self.bold_chars = 0
        self.block = None


def _count_spaces(text: str) -> int:
    return len(text) - len("".join(text.split()))


# Objects whose inside is never page text.
_OPAQUE_TAGS = frozenset(MEDIA_KINDS) | UNKEPT_TAGS | FIELD_TAGS

# A box's floats, and what makes a box without text still hold something.
_FLOATS = ("left", "right")
_OBJECT_TAGS = ("img", *MEDIA_KINDS, *UNKEPT_TAGS, *FIELD_TAGS, "input")

# What an element's start did, undone at its end (a stack entry per open element).
_BLOCK, _BOLD, _LINK, _HIDDEN = 1, 2, 4, 8


def linearise(root: etree._Element) -> list[Line]:
    """The lines of ``root`` in document order. Hidden elements (``display:none``) are skipped."""
    out = _Builder()
    # Bound once: this loop runs twice per element of the page, the hottest code there is.
    flush, emit = out.flush, out.emit
    blocks: list[etree._Element] = [root]
    opened: list[int] = []
    push, pop = opened.append, opened.pop
    bold_depth = 0
    # Paragraphs the parser closed before an empty floated box (an ad's) with their text
    # going on after it: found once, from the few tables, not by asking every paragraph.
    glued = {
        before
        for box in root.iter("table")
        if _empty_float(box) and (before := box.getprevious()) is not None and before.tag == "p"
    }
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if not isinstance(tag, str):  # a comment or processing instruction: tail only
                push(0)
                continue
            flags = 0
            style = element.get("style")
            if style is not None and HIDDEN_STYLE_RE.search(style):
                walker.skip_subtree()
                push(_HIDDEN)
                continue
            if tag in BLOCK_TAGS:
                if out.block is not None and tag == "table" and _empty_float(element):
                    walker.skip_subtree()  # the paragraph goes on after the box: one line
                    push(0)
                    continue
                if out.block is not None or out.links:  # else the flush would do nothing
                    flush()
                blocks.append(element)
                flags = _BLOCK
                if tag in REPORTED_BLOCK_TAGS:
                    out.object(element, element)
            elif tag == "img":
                out.object(element, blocks[-1])
            elif tag in _OPAQUE_TAGS:
                if tag not in FIELD_TAGS:  # a form control is judged with its form
                    out.object(element, blocks[-1])
                walker.skip_subtree()  # fallback text, <param>s, drawings: never page text
                push(0)
                continue
            elif tag in BREAK_TAGS:
                if blocks[-1].tag in HEADING_TAGS:  # a headline broken for layout is one line
                    emit(" ", blocks[-1], bold_depth > 0)
                else:
                    flush()
            if tag in BOLD_TAGS or (style is not None and BOLD_STYLE_RE.search(style)):
                bold_depth += 1
                flags |= _BOLD
            if tag == "a":
                out.open_links.append((element, []))
                flags |= _LINK
            push(flags)
            if (
                flags & _BLOCK
                and not out.open_links
                and tag not in REPORTED_BLOCK_TAGS
                and not (glued and element in glued)
            ):
                line = _plain_line(element, bold_depth > 0)
                if line is not None:  # a line of its own, read without walking into it
                    out.lines.append(line)
                    walker.skip_subtree()
                    continue
            text = element.text
            # Layout whitespace between blocks, the commonest text of a page, is never kept.
            if text and (out.block is not None or not text.isspace()):
                emit(text, blocks[-1], bold_depth > 0)
            continue
        flags = pop()
        if flags:
            if flags & _LINK:
                link, label = out.open_links.pop()
                out.links.append(
                    LineLink(
                        label=tidy("".join(label)),
                        href=_attr(link, "href"),
                        title=_attr(link, "title"),
                    )
                )
            if flags & _BOLD:
                bold_depth -= 1
            if flags & _BLOCK:
                if (out.block is not None or out.links) and not (glued and element in glued):
                    flush()
                blocks.pop()
        tail = element.tail
        if tail and (out.block is not None or not tail.isspace()):
            emit(tail, blocks[-1], bold_depth > 0)
    flush()
    return out.lines


def _empty_float(box: etree._Element | None) -> bool:
    """Whether ``box`` is an empty floated table with text after it: an ad's box (``<table
    align=left>`` around a script, dropped) put inside a paragraph, which the parser closed
    there. The text on both sides of it is one paragraph."""
    if box is None or box.tag != "table" or box.get("align", "").lower() not in _FLOATS:
        return False  # most blocks end here
    return (
        not (box.tail or " ").isspace()
        and not any(str(text).strip() for text in box.itertext())
        and next(box.iter(_OBJECT_TAGS), None) is None
    )


def _plain_line(block: etree._Element, bold: bool) -> Line | None:
    """The line of a block that holds only text, around at most one link of plain text (a
    menu or list entry, a headline with its date: the commonest blocks of a portal page) —
    what the walk would make of it, made without its events. ``None`` for any other block,
    and for one with no text. ``bold``: the block is inside bold."""
    count = len(block)
    if count == 0:
        text = tidy(block.text or "")
        return Line(text=text, block=block, bold=bold) if text else None
    if count > 1:
        return None
    link = block[0]
    if link.tag != "a" or len(link) or link.get("style") is not None:
        return None
    label = tidy(link.text or "")
    before, after = block.text, link.tail
    if (before and not before.isspace()) or (after and not after.isspace()):
        text = tidy(_joined(_joined(before or "", link.text or ""), after or ""))
    else:  # only layout whitespace around the link, the common case: its label is the line
        text = label
    if not text:
        return None
    ref = LineLink(label=label, href=_attr(link, "href"), title=_attr(link, "title"))
    return Line(text=text, block=block, links=(ref,), bold=bold)


def _joined(text: str, more: str) -> str:
    """Two runs of text as the walk joins them: with a space between two numbers."""
    if more[:1].isdigit() and text[-1:].isdigit():
        return f"{text} {more}"
    return text + more


def _attr(element: etree._Element, name: str) -> str | None:
    value = element.get(name)
    if value is None:
        return None
    return tidy(value) or None
