"""The exceptions :func:`xianfeng.parse_article` raises, and the codes of its warnings.

Every failure is a :class:`ParseError` (itself a :class:`ValueError`), so a batch job needs
one ``except`` clause. Subclasses say *why* the page was refused and carry the details as
attributes as well as in the message.

Every warning the parser gives carries one of the codes of :class:`WarningCode`.
"""

from __future__ import annotations

import enum

from xianfeng.models import ParseWarning

__all__ = [
    "DecodeError",
    "LayoutError",
    "NotAnArticleError",
    "ParseError",
    "StrictModeError",
    "WarningCode",
]


class WarningCode(str, enum.Enum):
    """The registry of warning codes: every ``ParseWarning.code`` the parser gives is one.

    A member is a ``str`` equal to its code, so ``warning.code == WarningCode.BODY_EMPTY``
    holds, and ``WarningCode(warning.code)`` looks a code up. ``meaning`` says when the
    warning is given; ``region`` names the region a ``*.empty`` code says is missing (strict
    mode raises :class:`LayoutError` for it), else it is ``None``.

    >>> WarningCode("meta.clicks.unparsed").name
    'META_CLICKS_UNPARSED'
    >>> WarningCode.BODY_EMPTY == "body.empty", WarningCode.BODY_EMPTY.region
    (True, 'body')
    """

    _value_: str
    meaning: str
    region: str | None

    # The defaults only let type checkers accept a lookup, ``WarningCode("body.empty")``.
    def __new__(cls, code: str, meaning: str = "", region: str | None = None) -> WarningCode:
        member = str.__new__(cls, code)
        member._value_ = code
        member.meaning = meaning
        member.region = region
        return member

    def __str__(self) -> str:
        return self._value_

    def warning(self, message: str) -> ParseWarning:
        """A :class:`~xianfeng.ParseWarning` with this code (a plain ``str``) and ``message``."""
        return ParseWarning(code=self._value_, message=message)

    DECODE_REPLACED = (
        "decode.replaced",
        "bytes input had undecodable byte sequences, too few for a DecodeError, or str input "
        "had lone surrogates (undecodable bytes smuggled into a str); they were replaced by "
        "U+FFFD, which the text keeps",
    )
    DECODE_NUL = (
        "decode.nul",
        "NUL characters past the first 4 KiB (a zero-filled tail of a cut download) were removed",
    )
    HTML_TRUNCATED = (
        "html.truncated",
        "lxml stopped reading the HTML before its end (nesting deeper than 2048 elements); "
        "what followed is missing",
    )
    PAGE_TRUNCATED = (
        "page.truncated",
        "the HTML page ends inside the article, before its markup does (cut off inside a tag, "
        "or with a <body> or <html> never closed), as a download cut short does: the article "
        "is read up to the cut; what followed it, the footer with it, is missing",
    )
    PAGE_LOST_CHARACTERS = (
        "page.lost_characters",
        "a text rendering shows runs of ASCII question marks where characters were lost (saved "
        "in an encoding that could not write them, as NBSP indentation often is): a line of "
        "them is left out, a run opening a line's text is removed from it",
    )
    META_PUBLISHED_UNPARSED = (
        "meta.published.unparsed",
        "the metadata line has a time label whose value is not a valid date; published is "
        "None, published_raw keeps the text",
    )
    META_PUBLISHED_PARTIAL = (
        "meta.published.partial",
        "the date was read but the time of day shown with it was not; published keeps the "
        "date at 00:00, published_raw the whole text",
    )
    META_PUBLISHED_NO_YEAR = (
        "meta.published.no_year",
        "the metadata line gives a date without a year (06-18 09:30); published is None (a "
        "year is never made up), published_raw keeps the text",
    )
    META_MISSING = (
        "meta.missing",
        "the page shows no metadata line for the article (no labelled time, source or "
        "author, and no date under the headline); published, source and author are None",
    )
    TITLE_MISSING = (
        "title.missing",
        "the page shows no headline for the article, in its text or its markup; title is None",
    )
    TITLE_REFUSED = (
        "title.refused",
        "the line where the headline stands is no headline (a date, a time, a number, a "
        "metadata line, a navigation row) and the markup names none; title is None, the "
        "message quotes the line",
    )
    META_NAME_REFUSED = (
        "meta.name.refused",
        "the metadata line gives a source or author that is no name (it runs on into a label, "
        "is a count, or names no one: 转载文章); that field is None, the message quotes the value",
    )
    FOOTER_OWNER_REFUSED = (
        "footer.owner.refused",
        "the footer has a copyright mark (版权所有) but what stands beside it is no name (a "
        "reprint notice, a sentence); owner is None, the message quotes it",
    )
    META_CLICKS_UNPARSED = (
        "meta.clicks.unparsed",
        "the metadata line has a click label followed by something that is not a count; "
        "clicks is None",
    )
    BODY_DROPPED = (
        "body.dropped",
        "the body holds an element that carries content but cannot be kept as a block (a "
        "<canvas>, an <svg> with text, a <form> with fields, a player with no address, an "
        "image with no address or only a placeholder); the message names it",
    )
    BODY_EMPTY = (
        "body.empty",
        "nothing was found between the metadata line and the footer; sections is empty",
        "body",
    )


class ParseError(ValueError):
    """Root of every exception raised by xianfeng."""


class NotAnArticleError(ParseError):
    """The input is not an article page: empty, binary, a list page, an error page.

    ``missing`` names what the parser looked for and did not find (e.g. ``"title"``).
    """

    def __init__(self, message: str, *, missing: str) -> None:
        super().__init__(message)
        self.missing = missing


class DecodeError(ParseError):
    """Bytes that could not be decoded as text, not even leniently.

    ``tried`` are the encodings tried, in order (Python's codec names); ``position`` is the
    offset of the first byte the last of them could not decode, when known.
    """

    def __init__(
        self, message: str, *, tried: tuple[str, ...] = (), position: int | None = None
    ) -> None:
        super().__init__(message)
        self.tried = tried
        self.position = position


class LayoutError(ParseError):
    """A region the page layout requires was not found (raised in strict mode)."""

    def __init__(self, message: str, *, region: str) -> None:
        super().__init__(message)
        self.region = region


class StrictModeError(ParseError):
    """``strict=True`` and the page produced warnings; they are in ``warnings``."""

    def __init__(self, message: str, *, warnings: tuple[ParseWarning, ...]) -> None:
        super().__init__(message)
        self.warnings = warnings
