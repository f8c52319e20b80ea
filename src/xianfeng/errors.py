"""The exceptions :func:`xianfeng.parse_article` raises.

Every failure is a :class:`ParseError` (itself a :class:`ValueError`), so a batch job needs
one ``except`` clause. Subclasses say *why* the page was refused and carry the details as
attributes as well as in the message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xianfeng.models import ParseWarning

__all__ = ["DecodeError", "LayoutError", "NotAnArticleError", "ParseError", "StrictModeError"]


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
    """Bytes that could not be decoded as text, not even leniently."""


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
