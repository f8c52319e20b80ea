"""Text renderings (web-archive text dumps): lines → the shared region locator → pieces.

Regions are located by :mod:`xianfeng._regions`, exactly as for HTML. What the text form
must infer that markup would say: navigation labels are the space-separated words of short
header lines, each longer header line is one notice headline, and a section heading is a
short line that does not read as a sentence, followed by one that is not a heading too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from xianfeng._chars import COLON_CHARS, fold, tidy
from xianfeng._fields.breadcrumb import split_breadcrumb
from xianfeng._fields.footer import parse_footer
from xianfeng._fields.headings import is_numbered, looks_like_heading, reads_as_text
from xianfeng._fields.pager import parse_prev_next
from xianfeng._header import split_header
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Heading, Pieces, Seen, sections_from
from xianfeng._regions import locate
from xianfeng._regions.lines import headline_key, is_label_only, is_prose, next_line
from xianfeng.errors import WarningCode
from xianfeng.models import Link, Paragraph, ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = ["parse_text"]

# A dump wrapped narrower than this is not seen; this many lines at the width make it one.
_MIN_WRAP = 30
_MIN_WRAPPED = 4
# Characters an encoding could not write, shown as ASCII question marks: a whole line of
# them, or a run of two or more opening a line before its text (NBSP indentation).
_LOST_RE = re.compile(r"\?[?\s]*$|\?{2,}\s*(?=[^?\s])")
# Pictures a rendering wrote as their file names, run together before the text of a line
# (微信图片_20210226162951.jpg微信图片_20210226162942.jpg“大哥,……).
_FILE_NAMES_RE = re.compile(r"(?:[^\s./\\]{1,60}\.(?:jpe?g|png|gif|bmp|webp))+", re.IGNORECASE)
_FILE_NAME_RE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp)", re.IGNORECASE)


def parse_text(text: str, *, lex: Lexicon, learn: bool = False) -> Pieces:
    """Locate the regions of a text rendering and read their fields. With ``learn``, the
    pieces say what a learner reads beside the article (the metadata line).

    Raises :class:`~xianfeng.NotAnArticleError` when no metadata line with a title above it
    exists.
    """
    lines = [tidy(line) for line in _unwrap(text.splitlines())]
    if _FILE_NAME_RE.search(text):  # rare: a rendering that wrote pictures as their names
        lines = [_without_file_names(line) for line in lines]
    lines = _join_labels(lines, lex=lex)
    lost = _without_lost(lines) if "?" in text else ()
    layout = locate(lines, lex=lex)
    navigation, notices = split_header(
        ((line, None) for line in lines[: layout.header_end]), lex=lex
    )
    side = ((lines[at], None) for at in layout.body.side_notices)
    notices += split_header(side, lex=lex, in_notices=True)[1]
    links: dict[str, Link | None] = {}
    for at in layout.body.prev_next:
        for key, title in (parse_prev_next(lines[at], lex=lex) or {}).items():
            links[key] = None if title is None else Link(label=title)
    crumb = () if layout.crumb_at is None else split_breadcrumb(lines[layout.crumb_at], lex=lex)
    footer_warnings: list[ParseWarning] = []
    footer = parse_footer(lines[layout.footer_at :], lex=lex, warnings=footer_warnings)
    return Pieces(
        title_line=layout.title,
        meta=layout.meta,
        navigation=navigation,
        notices=notices,
        breadcrumb=tuple(Link(label=label) for label in crumb),
        sections=sections_from(
            _body([lines[at] for at in layout.body.lines], layout.title, lex=lex)
        ),
        credits=layout.body.credits,
        footer=footer,
        previous=links.get("previous"),
        next=links.get("next"),
        page_count=layout.body.page_count,
        warnings=(*lost, *layout.warnings, *footer_warnings),
        seen=Seen(meta_text=None if layout.meta_at is None else lines[layout.meta_at])
        if learn
        else None,
    )


def _without_lost(lines: list[str]) -> tuple[ParseWarning, ...]:
    """Take the runs of question marks that stand for lost characters out of ``lines``, and
    a warning counting the lines they were in, when there were any."""
    lost = 0
    for at, line in enumerate(lines):
        if line[:1] == "?" and (run := _LOST_RE.match(line)) is not None:
            lines[at] = line[run.end() :]
            lost += 1
    if not lost:
        return ()
    warning = WarningCode.PAGE_LOST_CHARACTERS.warning(
        f"{lost} line(s) opened with or held only question marks standing for lost "
        "characters; they were removed"
    )
    return (warning,)


def _without_file_names(line: str) -> str:
    """The line without the picture file names that open it."""
    names = _FILE_NAMES_RE.match(line) if "." in line[:61] else None
    return line if names is None else line[names.end() :].lstrip()


def _join_labels(lines: list[str], *, lex: Lexicon) -> list[str]:
    """Join a metadata label standing alone on its line (``信息来源:``) to its value on the
    next line that is not blank (``今日开鲁``), as one line: templates that give each label
    and value a block of its own render so. A value is short and no label or sentence."""
    values = {}  # a lone label's line → its value's
    for at, line in enumerate(lines):
        if line[-1:] in COLON_CHARS and _lone_label(line, lex=lex):  # most lines: no colon
            value = next_line(lines, at)
            if value is not None and _is_value(lines[value], lex=lex):
                values[at] = value
    if not values:
        return lines
    joined: list[str] = []
    at = 0
    while at < len(lines):
        value = values.get(at)
        if value is None:
            joined.append(lines[at])
            at += 1
        else:
            joined.append(f"{lines[at]} {lines[value]}")
            at = value + 1
    return joined


def _lone_label(line: str, *, lex: Lexicon) -> bool:
    """A label and its colon alone (the line ends in a colon)."""
    return (
        len(line) <= LIMITS.max_field_line
        and lex.meta_label_re.fullmatch(fold(line).strip()) is not None
    )


def _is_value(line: str, *, lex: Lexicon) -> bool:
    return (
        len(line) <= LIMITS.max_nav_label * 2
        and not is_label_only(line)
        and not is_prose(line)
        and lex.meta_label_re.search(fold(line)) is None
    )


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a dump hard-wrapped at a fixed width back into paragraphs.

    A wrapped dump shows it: many lines share one length, the wrap width, and no line after
    the first of them is longer. A line of exactly that width then continues on the next
    line. Lengths are of the raw lines, before tidying: a wrap may fall just after a space.
    Narrow widths are not taken for wrapping: a notice box cuts its headlines to one width
    too, but a short one.
    """
    lengths = Counter(len(line) for line in lines if len(line) >= _MIN_WRAP)
    if not lengths:
        return lines
    width, count = lengths.most_common(1)[0]
    first = next(at for at, line in enumerate(lines) if len(line) == width)
    if count < _MIN_WRAPPED or any(len(line) > width for line in lines[first:]):
        return lines
    joined: list[str] = []
    continues = False
    for line in lines:
        if continues and line.strip():
            joined[-1] += line
        else:
            joined.append(line)
        continues = len(line) == width
    return joined


def _body(
    lines: Sequence[str], title: str | None, *, lex: Lexicon
) -> Iterator[Heading | Paragraph]:
    """The body's lines as headings and paragraphs. A heading-like line followed by running
    text is a heading; two such lines in a row over running text are one heading broken over
    two lines (``吹响号角`` / ``齐筑“防诈墙”``), read as one, unless the second opens with a
    section number (``第一章 总则``): then the first is a title over it, a heading of its own.
    The last line, where a cut rendering stops, is a heading when it is one of a kind with a
    heading before it (``会议指出`` … ``会议要求``). The headline ``title`` repeated in the
    text (a picture's caption) is no heading."""
    key = headline_key(title) if title else None
    heading_like = [
        looks_like_heading(line, lex=lex)
        # Only a line as long as the headline can repeat it (spaces and a tag only shorten).
        and (key is None or len(line) < len(key) or headline_key(line) != key)
        for line in lines
    ]
    seen: list[str] = []  # the headings so far
    at = 0
    while at < len(lines):
        line = lines[at]
        if heading_like[at] and (
            _text_at(lines, heading_like, at + 1, lex=lex)
            or (at == len(lines) - 1 and any(_alike(line, heading) for heading in seen))
        ):
            seen.append(line)
            yield Heading(line)
        elif (
            heading_like[at]
            and (at == 0 or not heading_like[at - 1])
            and at + 1 < len(lines)
            and heading_like[at + 1]
            and _text_at(lines, heading_like, at + 2, lex=lex)
        ):
            if is_numbered(lines[at + 1]):  # a document's title over its 第一章: two headings
                seen.append(line)
            else:
                seen.append(f"{line} {lines[at + 1]}")
                at += 1
            yield Heading(seen[-1])
        else:
            yield Paragraph(text=line)
        at += 1


def _alike(line: str, heading: str) -> bool:
    """Whether two lines are headings of one kind: as long, and opening with the same two
    characters (``会议指出``, ``会议要求``)."""
    return len(line) == len(heading) and line[:2] == heading[:2]


def _text_at(lines: Sequence[str], heading_like: Sequence[bool], at: int, *, lex: Lexicon) -> bool:
    """Whether line ``at`` is running text: no heading, and no date, number or field line."""
    return at < len(lines) and not heading_like[at] and reads_as_text(lines[at], lex=lex)
