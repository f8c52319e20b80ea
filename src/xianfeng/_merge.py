"""``merge_pages``: join the pages of one paginated article into one Article."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from xianfeng.errors import ParseError
from xianfeng.models import Article, Credit, Section

__all__ = ["merge_pages"]


def merge_pages(pages: Iterable[Article], /) -> Article:
    """Join the parsed pages of one DedeCMS-paginated article, in page order.

    The pages may come in any order; they must share the title and together be pages
    1…``page_count`` exactly once. Page 1 gives the header fields and ``previous``; the last
    page gives ``next``. A page that starts in the middle of a section (its first section has
    no heading) continues the previous page's last section. Credits and warnings are kept in
    page order, credits without repeats.

    Raises :class:`~xianfeng.ParseError` when the pages are not one article's pages.
    """
    ordered = sorted(pages, key=lambda article: article.page)
    if not ordered:
        raise ParseError("merge_pages() needs at least one page, got none")
    first, last = ordered[0], ordered[-1]
    numbers = [article.page for article in ordered]
    if numbers != list(range(1, first.page_count + 1)):
        raise ParseError(
            f"expected pages 1 to {first.page_count} of one article, got pages {numbers}"
        )
    for article in ordered[1:]:
        if article.title != first.title:
            raise ParseError(
                f"page {article.page} is titled {article.title!r}, page 1 {first.title!r}: "
                "not pages of one article"
            )
    sections: list[Section] = []
    credits: list[Credit] = []
    for article in ordered:
        for index, section in enumerate(article.sections):
            if index == 0 and section.heading is None and sections:
                sections[-1] = attrs.evolve(
                    sections[-1], blocks=sections[-1].blocks + section.blocks
                )
            else:
                sections.append(section)
        credits.extend(c for c in article.credits if c not in credits)
    return attrs.evolve(
        first,
        sections=tuple(sections),
        credits=tuple(credits),
        next=last.next,
        warnings=tuple(w for article in ordered for w in article.warnings),
    )
