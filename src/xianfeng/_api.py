"""``parse_article``: sniff the form → decode → the HTML or text path → assemble → check."""

from __future__ import annotations

import re
from typing import Literal, NoReturn

from xianfeng._assemble import assemble
from xianfeng._decode import decode
from xianfeng._html.locators import HTML_ELEMENTS, HTML_TAG_RE
from xianfeng._html.parser import parse_html
from xianfeng._lexicon import DEFAULT
from xianfeng._pieces import Seen
from xianfeng._plaintext import parse_text
from xianfeng.errors import LayoutError, NotAnArticleError, StrictModeError, WarningCode
from xianfeng.models import Article, ParseWarning
from xianfeng.profile import Profile, lexicon_of

__all__ = ["parse_article", "parse_learning"]

# Where a page shows what it is: NUL bytes (binary data), tags (HTML) appear near the start.
_SNIFF_CHARS = 4096
_FORMS = ("html", "text")
_NOTHING_SEEN = Seen()
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def parse_article(
    page: str | bytes,
    /,
    *,
    url: str | None = None,
    strict: bool = False,
    encoding: str | None = None,
    profile: Profile | None = None,
    form: Literal["html", "text"] | None = None,
) -> Article:
    """Parse one article page into an :class:`~xianfeng.Article`.

    ``page`` is the page as served (``bytes``, any declared or undeclared encoding), as
    decoded HTML (``str``), or a plain-text rendering of it (``str`` or ``bytes``). ``url``
    is the page's address: it is recorded, and makes the page's links absolute. Nothing is
    fetched. ``encoding`` is the charset declared outside the page (an HTTP ``Content-Type``
    header's, Scrapy's ``response.encoding``): for ``bytes`` it is tried before the page's
    own declaration (after a byte-order mark, and unless the bytes are valid UTF-8). Labels
    mean what they mean to a browser (the WHATWG Encoding Standard's); one that names no
    encoding a browser reads pages in (unknown, ``zlib``), or a western one (ISO-8859-1,
    windows-1252), is ignored, never an error; ``str`` input is already decoded and ignores
    it. ``profile`` tells the parser what one site says differently (extra labels, end
    markers, where its body is; see :class:`~xianfeng.Profile`).

    Lenient by default: a field the page shows but that cannot be read is ``None`` and
    explained in ``Article.warnings``. With ``strict=True`` a warning raises instead: a
    :class:`~xianfeng.LayoutError` when a region is missing (an empty body), else a
    :class:`~xianfeng.StrictModeError`.

    ``form`` says whether the (decoded) page is ``"html"`` or a ``"text"`` rendering; by
    default (``None``) a page is HTML when a tag of an HTML element appears in its first 4,096
    characters (the rule is in ``docs/usage.md``).

    Raises :class:`~xianfeng.ParseError` (a :class:`ValueError`) for any page it cannot
    parse — :class:`~xianfeng.NotAnArticleError` when the input is not an article page,
    :class:`~xianfeng.DecodeError` when bytes are not text — and :class:`TypeError` when
    ``page`` is neither ``str`` nor ``bytes`` or ``encoding`` neither ``str`` nor ``None``
    (and :class:`TypeError`/:class:`ValueError` for a ``form`` that is not one of the
    three).
    """
    return _parse(page, url=url, strict=strict, encoding=encoding, profile=profile, form=form)[0]


def parse_learning(page: str | bytes, /) -> tuple[Article, Seen]:
    """The article of a page as :func:`parse_article` reads it with no profile, and what
    the page shows beside it (:class:`Seen`; nothing for a text rendering): what
    :func:`xianfeng.learn_profile` reads of a page."""
    return _parse(page, url=None, strict=False, encoding=None, profile=None, form=None, learn=True)


def _parse(
    page: str | bytes,
    *,
    url: str | None,
    strict: bool,
    encoding: str | None,
    profile: Profile | None,
    form: Literal["html", "text"] | None,
    learn: bool = False,
) -> tuple[Article, Seen]:
    if form is not None and form not in _FORMS:
        if not isinstance(form, str):
            raise TypeError(
                f"parse_article() form= takes 'html', 'text' or None, not {type(form).__name__}"
            )
        raise ValueError(f"parse_article() form= is 'html', 'text' or None, not {form!r}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(
            f"parse_article() encoding= takes a str or None, not {type(encoding).__name__}"
        )
    if isinstance(page, bytes):
        decoded = decode(page, encoding)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    elif isinstance(page, str):
        text, warnings = _without_surrogates(page)
        encoding = None
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
        nul = WarningCode.DECODE_NUL.warning(f"{nuls} NUL character(s) were removed")
        warnings = (*warnings, nul)
    if form is None:
        form = sniff_form(text)
    # The one place the default vocabulary is chosen: every stage below is handed it.
    lex = DEFAULT if profile is None else lexicon_of(profile)
    if form == "html":
        pieces = parse_html(text, url=url, lex=lex, learn=learn)
    else:
        pieces = parse_text(text, lex=lex, learn=learn)
    article = assemble(pieces, lex=lex, url=url, encoding=encoding, decoding=warnings)
    if strict and article.warnings:
        _refuse(article.warnings)
    return article, pieces.seen or _NOTHING_SEEN


def _without_surrogates(text: str) -> tuple[str, tuple[ParseWarning, ...]]:
    """``str`` input as decoded text: lone surrogates (undecodable bytes smuggled into a
    ``str``, e.g. by ``surrogateescape``) replaced by U+FFFD, as undecodable bytes are."""
    try:
        text.encode("utf-8")  # C speed; the rare failure pays for the search below
    except UnicodeEncodeError:
        text, replaced = _SURROGATE_RE.subn("\ufffd", text)
        warning = WarningCode.DECODE_REPLACED.warning(
            f"{replaced} lone surrogate(s) in the str input were replaced by U+FFFD"
        )
        return text, (warning,)
    return text, ()


def _refuse(warnings: tuple[ParseWarning, ...]) -> NoReturn:
    for warning in warnings:
        region = WarningCode(warning.code).region
        if region is not None:
            raise LayoutError(f"strict mode: {warning.message}", region=region)
    codes = ", ".join(w.code for w in warnings)
    raise StrictModeError(
        f"strict mode: the page parsed with {len(warnings)} warning(s): {codes}",
        warnings=warnings,
    )


def sniff_form(text: str) -> Literal["html", "text"]:
    """``"html"`` when the first 4,096 characters hold markup, else ``"text"``.

    Markup is a ``<!doctype``, a comment ``<!--``, or a start or end tag of an HTML element
    (``<p>``, ``<br/>``, ``<font color=red>``, ``</h1>``): a text rendering has none, while a
    fragment without ``<html>`` still has its tags.

    >>> sniff_form("<h1>标题</h1><font>时间:2022-04-30</font>"), sniff_form("《标题》\\n时间:2022")
    ('html', 'text')
    >>> sniff_form("当x<5时，y>3"), sniff_form("<<返回首页 <未知> 标签")
    ('text', 'text')
    """
    for match in HTML_TAG_RE.finditer(text, 0, _SNIFF_CHARS):
        name = match.group("name")
        if name is None or name.lower() in HTML_ELEMENTS:
            return "html"
    return "text"
