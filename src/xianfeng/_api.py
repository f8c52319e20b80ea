"""``parse_article``: sniff the form → decode → the HTML or text path → assemble → check."""

from __future__ import annotations

import re

import attrs

from xianfeng._assemble import assemble
from xianfeng._decode import decode
from xianfeng.errors import NotAnArticleError, StrictModeError
from xianfeng.html.parser import parse_html
from xianfeng.models import Article, ParseWarning
from xianfeng.text import parse_text

__all__ = ["parse_article"]

# A tag a text rendering never contains, near the start of the page.
_HTML_RE = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|table|p|br|span)\b", re.I)
_SNIFF_CHARS = 4096


def parse_article(page: str | bytes, /, *, url: str | None = None, strict: bool = False) -> Article:
    """Parse one article page into an :class:`~xianfeng.Article`.

    ``page`` is the page as served (``bytes``, any declared or undeclared encoding), as
    decoded HTML (``str``), or a plain-text rendering of it (``str`` or ``bytes``). ``url``
    is the page's address: it is recorded, and makes the page's links absolute. Nothing is
    fetched.

    Lenient by default: a field the page shows but that cannot be read is ``None`` and
    explained in ``Article.warnings``. With ``strict=True`` any warning raises
    :class:`~xianfeng.StrictModeError` instead.

    Raises :class:`~xianfeng.ParseError` (a :class:`ValueError`) and nothing else: a
    :class:`~xianfeng.NotAnArticleError` when the input is not an article page.
    """
    if not isinstance(page, (str, bytes)):
        raise TypeError(f"parse_article() takes str or bytes, not {type(page).__name__}")
    encoding = None
    warnings: tuple[ParseWarning, ...] = ()
    if isinstance(page, bytes):
        decoded = decode(page)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    else:
        text = page
    if "\x00" in text[:_SNIFF_CHARS]:
        raise NotAnArticleError(
            "expected a page of text, got binary data (NUL bytes)", missing="text"
        )
    pieces = (
        parse_html(text, url=url) if _HTML_RE.search(text, 0, _SNIFF_CHARS) else parse_text(text)
    )
    article = assemble(pieces)
    article = attrs.evolve(
        article, url=url, encoding=encoding, warnings=(*warnings, *article.warnings)
    )
    if strict and article.warnings:
        codes = ", ".join(w.code for w in article.warnings)
        raise StrictModeError(
            f"strict mode: the page parsed with {len(article.warnings)} warning(s): {codes}",
            warnings=article.warnings,
        )
    return article
