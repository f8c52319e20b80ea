"""A site's template text, taken out of the body: the lines a profile lists as
``boilerplate``, and those of a shape it lists as ``boilerplate_shapes`` (learned from the
site's pages, or written by hand)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from xianfeng._chars import squeeze
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Body

__all__ = ["drop_template", "is_template", "shape"]

_DIGITS_RE = re.compile(r"\d+")


def shape(line: str) -> str:
    """A squeezed line with each run of digits as ``#``: what a line whose digits vary
    keeps from page to page.

    >>> shape("浏览1,395次")
    '浏览#,#次'
    """
    return _DIGITS_RE.sub("#", line)


def drop_template(lines: Sequence[str], body: Body, *, lex: Lexicon) -> Body:
    """``body`` without the lines that are the site's template text, wherever they stand."""
    if not lex.boilerplate and not lex.boilerplate_shapes:
        return body
    kept = tuple(at for at in body.lines if not is_template(lines[at], lex))
    return body if len(kept) == len(body.lines) else attrs.evolve(body, lines=kept)


def is_template(line: str, lex: Lexicon) -> bool:
    """Whether ``line`` is the site's template text (a profile's ``boilerplate`` or one of its
    ``boilerplate_shapes``)."""
    squeezed = squeeze(line)
    if squeezed in lex.boilerplate:
        return True
    return bool(lex.boilerplate_shapes) and shape(squeezed) in lex.boilerplate_shapes
