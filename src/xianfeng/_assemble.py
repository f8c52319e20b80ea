"""The meeting point of the HTML and text paths: located pieces → one :class:`Article`.

Both paths find the same regions and hand their raw pieces here, so the column split, the
notice cut rule, the metadata line and the body checks are applied one way for both forms.
"""

from __future__ import annotations

from collections.abc import Sequence

from xianfeng._fields.metaline import MetaLine
from xianfeng._fields.notices import looks_cut
from xianfeng._fields.title import drop_site_name, split_column
from xianfeng._fields.urls import article_id_from_url
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Pieces, RawNotice
from xianfeng.errors import WarningCode
from xianfeng.models import Article, Notice, ParseWarning


def assemble(
    pieces: Pieces,
    *,
    lex: Lexicon,
    url: str | None = None,
    encoding: str | None = None,
    decoding: Sequence[ParseWarning] = (),
) -> Article:
    """Build the Article; adds a warning when the body came out empty.

    ``url`` and ``encoding`` are recorded (the article id is read from the URL when the page
    does not give it); ``decoding`` are the warnings of decoding the bytes, which come first.
    """
    column, title = (None, None) if pieces.title_line is None else split_column(pieces.title_line)
    title = None if title is None else drop_site_name(title, lex=lex) or None
    meta = pieces.meta or MetaLine()
    warnings = [*decoding, *pieces.warnings, *meta.warnings, *pieces.body_warnings]
    sections = tuple(s for s in pieces.sections if s.blocks or s.heading)
    if not sections:
        warnings.append(
            WarningCode.BODY_EMPTY.warning(
                "no body text was found between the metadata line and the footer"
            )
        )
    return Article(
        title=title,
        column=column,
        **meta.values,
        navigation=tuple(pieces.navigation),
        notices=_notices(pieces.notices),
        breadcrumb=tuple(pieces.breadcrumb),
        sections=sections,
        credits=(*meta.credits, *pieces.credits),
        footer=pieces.footer,
        previous=pieces.previous,
        next=pieces.next,
        page=pieces.page,
        page_count=pieces.page_count,
        page_urls=tuple(pieces.page_urls),
        article_id=article_id_from_url(url) if pieces.article_id is None else pieces.article_id,
        url=url,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _notices(raw: Sequence[RawNotice]) -> tuple[Notice, ...]:
    cut = looks_cut([n.shown for n in raw])
    notices = []
    for notice, looks in zip(raw, cut, strict=True):
        fuller = notice.full is not None and notice.full != notice.shown
        notices.append(
            Notice(
                title=notice.full if notice.full is not None else notice.shown,
                url=notice.url,
                truncated=fuller or (notice.full is None and looks),
            )
        )
    return tuple(notices)
