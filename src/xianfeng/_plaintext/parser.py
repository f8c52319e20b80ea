"""Text renderings (web-archive text dumps): lines → the shared region locator → pieces.

Regions are located by :mod:`xianfeng._regions`, exactly as for HTML. What the text form
must infer that markup would say: navigation labels are the space-separated words of short
header lines, each longer header line is one notice headline, and a section heading is a
short line that does not read as a sentence, followed by one that is not a heading too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from xianfeng._assemble import Heading, Pieces, RawNotice, sections_from
from xianfeng._chars import fold, tidy
from xianfeng._fields.breadcrumb import split_breadcrumb
from xianfeng._fields.chrome import MAX_NAV_LABEL, NOTICE_BOX_LABELS, is_chrome
from xianfeng._fields.footer import parse_footer
from xianfeng._fields.headings import looks_like_heading
from xianfeng._fields.pager import parse_prev_next
from xianfeng._regions import locate
from xianfeng.models import Link, Paragraph

__all__ = ["parse_text"]

# A dump wrapped narrower than this is not seen; this many lines at the width make it one.
_MIN_WRAP = 30
_MIN_WRAPPED = 4


def parse_text(text: str) -> Pieces:
    """Locate the regions of a text rendering and read their fields.

    Raises :class:`~xianfeng.NotAnArticleError` when no metadata line with a title above it
    exists.
    """
    lines = [tidy(line) for line in _unwrap(text.splitlines())]
    layout = locate(lines)
    navigation, notices = _header(lines[: layout.header_end])
    notices += _header([lines[at] for at in layout.side_notices], in_notices=True)[1]
    links: dict[str, Link | None] = {}
    for at in layout.prev_next:
        for key, title in (parse_prev_next(lines[at]) or {}).items():
            links[key] = None if title is None else Link(label=title)
    crumb = () if layout.crumb_at is None else split_breadcrumb(lines[layout.crumb_at])
    return Pieces(
        title_line=lines[layout.title_at],
        meta=layout.meta,
        navigation=navigation,
        notices=notices,
        breadcrumb=tuple(Link(label=label) for label in crumb),
        sections=sections_from(_body([lines[at] for at in layout.body])),
        credits=layout.credits,
        footer=parse_footer(lines[layout.footer_at :]),
        previous=links.get("previous"),
        next=links.get("next"),
        page_count=layout.page_count,
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


def _header(
    lines: Sequence[str], *, in_notices: bool = False
) -> tuple[list[Link], list[RawNotice]]:
    """Navigation lines (short category names) come first; every line after is a notice.
    ``in_notices``: the lines are a notice box's already (one placed after the body)."""
    navigation: list[Link] = []
    notices: list[RawNotice] = []
    for line in lines:
        if not line or is_chrome(line):
            continue
        if fold(line).replace(" ", "") in NOTICE_BOX_LABELS:
            in_notices = True
            continue
        words = line.split(" ")
        if not in_notices and all(len(w) <= MAX_NAV_LABEL for w in words):
            navigation.extend(Link(label=w) for w in words)
        else:
            in_notices = True
            notices.append(RawNotice(shown=line))
    return navigation, notices


def _body(lines: Sequence[str]) -> Iterator[Heading | Paragraph]:
    for at, line in enumerate(lines):
        followed = at + 1 < len(lines) and not looks_like_heading(lines[at + 1])
        if followed and looks_like_heading(line):
            yield Heading(line)
        else:
            yield Paragraph(text=line)
