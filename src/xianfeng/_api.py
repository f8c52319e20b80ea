"""``parse_article``: sniff the form → decode → the HTML or text path → assemble → check."""

from __future__ import annotations

import re
from typing import NoReturn

import attrs

from xianfeng._assemble import assemble
from xianfeng._decode import decode
from xianfeng._fields.urls import article_id_from_url
from xianfeng._html.parser import parse_html
from xianfeng._plaintext import parse_text
from xianfeng.errors import LayoutError, NotAnArticleError, StrictModeError
from xianfeng.models import Article, ParseWarning
from xianfeng.profile import Profile, lexicon_of

__all__ = ["parse_article"]

# A tag a text rendering never contains, near the start of the page.
_HTML_RE = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|table|p|br|span)\b", re.I)
_SNIFF_CHARS = 4096


def parse_article(
    page: str | bytes,
    /,
    *,
    url: str | None = None,
    strict: bool = False,
    encoding: str | None = None,
    profile: Profile | None = None,
) -> Article:
    """Parse one article page into an :class:`~xianfeng.Article`.

    ``page`` is the page as served (``bytes``, any declared or undeclared encoding), as
    decoded HTML (``str``), or a plain-text rendering of it (``str`` or ``bytes``). ``url``
    is the page's address: it is recorded, and makes the page's links absolute. Nothing is
    fetched. ``encoding`` is the charset declared outside the page (an HTTP ``Content-Type``
    header's, Scrapy's ``response.encoding``): for ``bytes`` it is tried before the page's
    own declaration (after a byte-order mark, and unless the bytes are valid UTF-8); an
    unknown label, or a western one (ISO-8859-1, windows-1252), is ignored; ``str`` input
    is already decoded and ignores it. ``profile`` tells the parser what one site says
    differently (extra labels, end markers, where its body is; see
    :class:`~xianfeng.Profile`).

    Lenient by default: a field the page shows but that cannot be read is ``None`` and
    explained in ``Article.warnings``. With ``strict=True`` a warning raises instead: a
    :class:`~xianfeng.LayoutError` when a region is missing (an empty body), else a
    :class:`~xianfeng.StrictModeError`.

    Raises :class:`~xianfeng.ParseError` (a :class:`ValueError`) for any page it cannot
    parse — :class:`~xianfeng.NotAnArticleError` when the input is not an article page,
    :class:`~xianfeng.DecodeError` when bytes are not text — and :class:`TypeError` when
    ``page`` is neither ``str`` nor ``bytes``.
    """
    if isinstance(page, bytes):
        decoded = decode(page, encoding)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    elif isinstance(page, str):
        text, encoding, warnings = page, None, ()
    else:
        raise TypeError(f"parse_article() takes str or bytes, not {type(page).__name__}")
    if "\x00" in text[:_SNIFF_CHARS]:
        raise NotAnArticleError(
            "expected a page of text, got binary data (NUL bytes)", missing="text"
        )
    nuls = text.count("\x00")
    if nuls:
        # Past the start, NULs are damage (a zero-filled tail of a cut download), not content:
        # lxml would turn each into U+FFFD, a text dump would keep it inside a value.
        text = text.replace("\x00", "")
        nul = ParseWarning(code="decode.nul", message=f"{nuls} NUL character(s) were removed")
        warnings = (*warnings, nul)
    lex = lexicon_of(profile)
    is_html = _HTML_RE.search(text, 0, _SNIFF_CHARS) is not None
    pieces = parse_html(text, url=url, lex=lex) if is_html else parse_text(text, lex=lex)
    article = assemble(attrs.evolve(pieces, warnings=(*warnings, *pieces.warnings)), lex)
    article = attrs.evolve(
        article,
        url=url,
        encoding=encoding,
        article_id=article_id_from_url(url) if article.article_id is None else article.article_id,
    )
    if strict and article.warnings:
        _refuse(article.warnings)
    return article


def _refuse(warnings: tuple[ParseWarning, ...]) -> NoReturn:
    for warning in warnings:
        region, _, what = warning.code.partition(".")
        if what == "empty":
            raise LayoutError(f"strict mode: {warning.message}", region=region)
    codes = ", ".join(w.code for w in warnings)
    raise StrictModeError(
        f"strict mode: the page parsed with {len(warnings)} warning(s): {codes}",
        warnings=warnings,
    )
