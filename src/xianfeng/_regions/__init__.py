"""Where each region of a page lies in its reading-order lines — shared by both input forms.

The HTML path linearises its tree into lines (one per block) and the text path splits its
text into lines; from there both locate regions the same way, by content anchors, strongest
first:

1. a **metadata line** (:func:`~xianfeng._fields.metaline.parse_metaline`: labelled fields
   with a date or two fields); the **title** is the nearest line above it, or the headline
   the page names elsewhere (``<h1>``, ``<title>``) when one of the lines just above is it;
2. else the **headline** the page names elsewhere, found as a line, with a date alone on its
   line (``2024.05.30``) just under it as the metadata;
3. else a **date line** with a headline-like line above it;
4. else no metadata at all (warning ``meta.missing``): the body is the article container
   (HTML: found by text and link density) or the first run of prose (text), and the title
   the line above it, when it reads as a headline.

Around the anchor: the **position bar** is the line above the title (when it reads as one),
the **header** (navigation, notices) everything above; the **footer** starts at the first
footer line (主办单位, ICP, ©…) after which every line is footer-sized; the **body** runs from
the anchor to the first line that only ever follows a body (上一篇/下一篇, the ``共N页``
pager, a 相关文章 box, a 通知公告 box of a side column) or the footer. Credit lines at its end
are credits, and so are credit lines after it. Metadata lines inside the body (a 发布日期
placed under the text) fill what the anchor did not give.

Where things are: :mod:`.anchor` finds the anchor (and the prose start on a page without
one), :mod:`.title` the headline, :mod:`.body` the body and what sits under it,
:mod:`.refuse` refuses a page that is no article; :mod:`.markup` is what the HTML path adds
to the lines, and :mod:`.lines` holds the small tests on lines they share.
"""

from __future__ import annotations

from collections.abc import Sequence

from xianfeng._fields.breadcrumb import is_breadcrumb
from xianfeng._fields.metaline import MetaLine
from xianfeng._fields.title import column_tag, not_a_title
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Layout
from xianfeng._regions.anchor import Anchor, find_anchor, prose_start
from xianfeng._regions.body import find_body
from xianfeng._regions.lines import Span, footer_lines, footer_start, previous_line
from xianfeng._regions.markup import TEXT_ONLY, Markup
from xianfeng._regions.refuse import refuse_non_article
from xianfeng._regions.template import drop_template
from xianfeng._regions.title import same_headline, split_date, title_text
from xianfeng.errors import NotAnArticleError, WarningCode
from xianfeng.models import ParseWarning

__all__ = ["TEXT_ONLY", "Markup", "Span", "locate"]


def locate(lines: Sequence[str], *, lex: Lexicon, markup: Markup = TEXT_ONLY) -> Layout:
    """Find the regions of a page given as tidied lines (blank lines are ``""``).

    ``markup`` is what the page's markup adds to its lines (:class:`Markup`); a text
    rendering has none.

    Raises :class:`NotAnArticleError` when the page holds no text, or no article: no anchor
    and no prose, or a list of links and summaries.
    """
    if not any(lines):
        raise NotAnArticleError("expected an article page, got no text at all", missing="text")
    anchor = find_anchor(lines, markup.hints, lex=lex, linked=markup.linked)
    footers = footer_lines(lines, anchor.body_from, lex=lex)  # never above the anchor
    start, title_at, span = _body_start(lines, anchor, footers, markup, lex=lex)
    title, meta, refused = _headline(lines, title_at, anchor, start, markup.hints, lex=lex)
    crumb_at = _crumb_at(lines, title_at, lex=lex)
    footer_at = footer_start(footers, start, len(lines))
    body = find_body(lines, start, footer_at, span=span, title=title, markup=markup, lex=lex)
    body = drop_template(lines, body, lex=lex)
    if body.meta is not None:
        meta = body.meta if meta is None else meta.fill(body.meta)
    if anchor.meta is None:
        refuse_non_article(lines, body.lines, markup, lex=lex)
    return Layout(
        meta_at=anchor.meta_at,
        meta=meta,
        title_at=title_at,
        title=title,
        crumb_at=crumb_at,
        header_end=next(at for at in (crumb_at, title_at, anchor.meta_at, start) if at is not None),
        body=body,
        footer_at=footer_at,
        warnings=_missing(meta, title, refused),
    )


def _body_start(
    lines: Sequence[str], anchor: Anchor, footers: Sequence[int], markup: Markup, *, lex: Lexicon
) -> tuple[int, int | None, Span | None]:
    """Where the body starts, the headline's line, and the body's container when known.

    After the anchor; on a page without one, at the first prose (inside the densest block),
    with the headline just above it. Inside a container the markup names, at its start.
    """
    after = anchor.body_from
    span = markup.span
    if span is None and anchor.end is None:
        span = markup.container(after, footer_start(footers, after, len(lines)))
    if anchor.end is not None:
        start, title_at = after, anchor.title_at
    else:
        start, title_at = prose_start(lines, span, lex=lex)
    if span is not None and start < span[0] <= len(lines):
        start = span[0]
    return start, title_at, span


def _headline(
    lines: Sequence[str],
    title_at: int | None,
    anchor: Anchor,
    start: int,
    hints: Sequence[str],
    *,
    lex: Lexicon,
) -> tuple[str | None, MetaLine | None, ParseWarning | None]:
    """The headline, the metadata with the date a headline line may end in, and why the
    line in the headline's place was refused, if it was.

    A line that cannot be a headline (:func:`~xianfeng._fields.title.not_a_title`) gives way
    to the headline the markup names; with none, the title is ``None``.
    """
    meta = anchor.meta
    title = shown = anchor.headline or title_text(lines, title_at, hints)
    if title is not None and title_at is not None:
        title, dated = split_date(title, lex=lex)
        shown = title
        if dated is not None:
            meta = dated if meta is None else meta.fill(dated)
    elif title is None:  # what stands where the headline would: above the metadata or text
        above = previous_line(lines, start if anchor.meta_at is None else anchor.meta_at)
        shown = None if above is None else lines[above]
    why = None if shown is None else not_a_title(shown, lex=lex)
    if why is None:
        return _tagged(title, hints), meta, None
    named = next((hint for hint in hints if not_a_title(hint, lex=lex) is None), None)
    refused = WarningCode.TITLE_REFUSED.warning(
        f"the line where the headline stands, {shown!r}, is {why}, not a headline"
    )
    return named, meta, None if named is not None else refused


def _tagged(title: str | None, hints: Sequence[str]) -> str | None:
    """The headline with the 【column】 tag the markup's name for it carries (``<title>``
    【学习宣传贯彻…】196场宣讲…) when the line shown has none."""
    if title is None or column_tag(title) is not None:
        return title
    for hint in hints:
        tag = column_tag(hint)
        if tag is not None and same_headline(title, hint):
            return tag + title
    return title


def _crumb_at(lines: Sequence[str], title_at: int | None, *, lex: Lexicon) -> int | None:
    """The position bar: the line over the headline, or the headline's own line when the
    headline is its last crumb."""
    if title_at is None:
        return None
    for at in (title_at, previous_line(lines, title_at)):
        if at is not None and is_breadcrumb(lines[at], lex=lex):
            return at
    return None


def _missing(
    meta: MetaLine | None, title: str | None, refused: ParseWarning | None
) -> tuple[ParseWarning, ...]:
    warnings = []
    if meta is None:
        warnings.append(
            WarningCode.META_MISSING.warning(
                "the page shows no metadata line (time, source, author) for the article"
            )
        )
    if refused is not None:
        warnings.append(refused)
    elif title is None:
        warnings.append(
            WarningCode.TITLE_MISSING.warning("the page shows no headline for the article")
        )
    return tuple(warnings)
