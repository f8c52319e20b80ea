"""A site's template text, taken out of the body: the lines a profile lists as
``boilerplate`` (learned from the site's pages, or written by hand)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from xianfeng._chars import squeeze
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Body

__all__ = ["drop_template"]


def drop_template(lines: Sequence[str], body: Body, *, lex: Lexicon) -> Body:
    """``body`` without the lines that are the site's template text, wherever they stand."""
    if not lex.boilerplate:
        return body
    kept = tuple(at for at in body.lines if squeeze(lines[at]) not in lex.boilerplate)
    return body if len(kept) == len(body.lines) else attrs.evolve(body, lines=kept)
