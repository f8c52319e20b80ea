"""A government information-disclosure grid (政府信息公开): its rows, and what it says.

Such pages put a grid of labelled fields over the document::

    索引号: 114414240072246995/2021-00049 分类:
    发布机构: 梅州市五华县公安局 成文日期: 2021-02-28
    名称: 反诈“小回执” 宣传“大作用”

Its labels are :data:`xianfeng.vocabulary.GRID_LABELS`, matched folded, letter-spaced or not
(``发 布 机 构``), with or without each character's reading in brackets (``發(fā)布機構``);
values keep the page's characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from xianfeng._chars import fold
from xianfeng._fields._labels import strip_value, value_ends
from xianfeng._fields.metaline import MetaLine, read_fields
from xianfeng._fields.title import not_a_title
from xianfeng._lexicon import Lexicon
from xianfeng.vocabulary import LIMITS

__all__ = ["TABLE_STARTS", "Cell", "parse_grid_row", "read_grid"]

Cell = tuple[str, str]
"""What a label gives (its ``GRID_LABELS`` key) and its value as the page shows it."""

_SEP = " |"
TABLE_STARTS = frozenset("|｜")
# What a matched label holds besides its characters: readings and letter spacing.
_LABEL_NOISE_RE = re.compile(r"\([^()]*\)| ")


def parse_grid_row(line: str, *, lex: Lexicon) -> tuple[Cell, ...] | None:
    """The cells of a (tidy) line that is a row of a disclosure grid, in order; ``None`` when
    the line does not open with a grid label (after a table's ``|``).

    A label counts with its colon, or letter-spaced without one (``发 布 机 构
    市人民政府办公室``); its value runs to the next label, and may be empty.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> parse_grid_row("发布机构: 梅州市五华县公安局 成文日期: 2021-02-28", lex=lex)
    (('', '梅州市五华县公安局'), ('written', '2021-02-28'))
    """
    if len(line) > LIMITS.max_meta_line or (
        line[:1] not in lex.grid_starts and line[:1] not in TABLE_STARTS
    ):
        return None  # most lines end here, before folding
    folded = fold(line)
    start = len(folded) - len(folded.lstrip(_SEP))
    if start == len(folded) or folded[start] not in lex.grid_starts:
        return None
    labels = [
        match
        for match in lex.grid_label_re.finditer(folded, start)
        if match.group("colon") or " " in match.group("label")
    ]
    if not labels or labels[0].start() != start:
        return None
    return tuple(
        (
            lex.grid_field[_LABEL_NOISE_RE.sub("", match.group("label"))],
            strip_value(line, folded, match.end(), stop, _SEP),
        )
        for match, stop in value_ends(labels, len(line))
    )


def read_grid(cells: Iterable[Cell], *, lex: Lexicon) -> tuple[str | None, MetaLine]:
    """The headline a grid names (``名称``, ``标题``) and its metadata: the publication date,
    else the date the document was written (``成文日期``)."""
    found: dict[str, str] = {}
    for field, value in cells:
        if field and value:
            found.setdefault(field, value)
    title = found.get("title")
    if title is not None and (len(title) > LIMITS.max_title or not_a_title(title, lex=lex)):
        title = None
    date = found.get("published") or found.get("written")
    return title, read_fields({} if date is None else {"published": date}, lex=lex)
