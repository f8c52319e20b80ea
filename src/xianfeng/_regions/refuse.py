"""A page with no metadata anchor must show that it is an article; else it is refused."""

from __future__ import annotations

from collections.abc import Sequence

from xianfeng._chars import fold, garbled
from xianfeng._fields.metaline import parse_dateline
from xianfeng._lexicon import Lexicon
from xianfeng._regions.lines import is_prose
from xianfeng._regions.markup import Markup
from xianfeng.errors import NotAnArticleError
from xianfeng.vocabulary import LIMITS

__all__ = ["refuse_non_article"]


def refuse_non_article(
    lines: Sequence[str], body: Sequence[int], markup: Markup, *, lex: Lexicon
) -> None:
    """Refuse a page with no metadata anchor whose body is no article: garbled text (the
    wrong encoding), a list of links and summaries (a column page), or too little prose
    (an empty shell, a search page)."""
    texts = [lines[at] for at in body if lines[at]]
    why = garbled("".join(texts), min_common=LIMITS.min_common_hanzi)
    if why is not None:
        raise NotAnArticleError(
            f"expected Chinese text, found garbled characters ({why}): "
            "the page was decoded with the wrong encoding",
            missing="readable text",
        )
    listed = sum(1 for at in body if lines[at] and _listed(lines[at], at, markup, lex=lex))
    if listed >= LIMITS.min_list_items and listed * 2 >= len(texts):
        raise NotAnArticleError(
            "expected an article, found a list page: "
            f"{listed} of its {len(texts)} body lines are links, dates or cut summaries",
            missing="article body",
        )
    prose = sum(len(text) for text in texts if is_prose(text))
    if prose < LIMITS.min_article_chars:
        raise NotAnArticleError(
            "expected an article, found no metadata line and only "
            f"{prose} characters of running text",
            missing="article body",
        )


def _listed(line: str, at: int, markup: Markup, *, lex: Lexicon) -> bool:
    """A line as a list page shows it: a cut summary (…), a link, or a date alone."""
    return (
        fold(line).rstrip().endswith(("...", "…"))
        or markup.linked(at)
        or parse_dateline(line, lex=lex) is not None
    )
