"""What a page's markup tells the locator that its lines cannot say."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

import attrs

from xianfeng._regions.lines import Span

__all__ = ["TEXT_ONLY", "Markup"]


class Markup(Protocol):
    """The locator's questions to the markup of a page.

    The HTML path answers them from its tree (``xianfeng._html.parser``); a text rendering
    has no markup and answers with :data:`TEXT_ONLY`.
    """

    @property
    def objects(self) -> Collection[int]:
        """Lines with no text that still carry content (an image): never a title, but part
        of the body where they fall in it."""

    @property
    def hints(self) -> Sequence[str]:
        """The headline as the markup names it (``<h1>``, ``og:title``, ``<title>``), best
        first."""

    @property
    def span(self) -> Span | None:
        """The lines of the body's container, when the markup names it (a profile's
        ``body`` selector)."""

    def container(self, start: int, stop: int) -> Span | None:
        """The lines of the block densest in running text among lines ``start`` to
        ``stop``; ``None`` when no block stands out."""

    def linked(self, at: int) -> bool:
        """Whether line ``at`` is mostly link text (telling a list page from an article)."""


@attrs.frozen
class _TextOnly:
    """A text rendering: no objects, no hints, no containers, no links."""

    objects: frozenset[int] = frozenset()
    hints: tuple[str, ...] = ()
    span: Span | None = None

    def container(self, start: int, stop: int) -> Span | None:
        return None

    def linked(self, at: int) -> bool:
        return False


TEXT_ONLY: Markup = _TextOnly()
"""The markup of a text rendering: it says nothing."""
