"""Where the article is on a page without anchors: the block densest in running text.

The method of GeneralNewsExtractor and readability, on the lines the walk already made
(no second pass over the tree): each line scores by its punctuation and length, less its
link text, and gives its score to the block holding it, its parent and, halved, its
grandparent. The best-scoring element is the article's container.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from lxml import etree

from xianfeng._chars import fold
from xianfeng._fields.title import date_or_number
from xianfeng._html.lines import Line, is_link_list, link_chars

__all__ = ["densest_span"]

# Sentence punctuation is the surest sign of running text (menus and link lists have none).
_MARKS = tuple("，。；、！？,;")
# Characters of text that count as much as one punctuation mark.
_CHARS_PER_MARK = 25
# Widening the container to its parent: at most this many times, and only for this much
# running text (a sentence or two).
_MAX_WIDEN = 3
_MIN_ADDED = 1.0
# A signature closing the text (the unit, then a date alone: 苏州市第一初级中学校工会 / 2022.11)
# is no running text but belongs to the article: at most this many lines of this length.
_MAX_SIGNATURE_LINES = 3
_MAX_SIGNATURE_CHARS = 30


def _score(line: Line) -> float:
    text = line.text
    if not text or is_link_list(line):
        return 0.0
    linked = link_chars(line)
    marks = sum(map(text.count, _MARKS))  # a count per mark, in C, allocating nothing
    return (marks + len(text) / _CHARS_PER_MARK) * (1 - linked / len(text))


def densest_span(lines: Sequence[Line], start: int, stop: int) -> tuple[int, int] | None:
    """The first and last line (exclusive) of the element densest in running text, judged
    on the lines from ``start`` to ``stop``."""
    scores: defaultdict[etree._Element, float] = defaultdict(float)
    for line in lines[start:stop]:
        score = _score(line)
        if not score:
            continue
        block = line.block
        parent = block.getparent()
        scores[block] += score
        if parent is not None:
            scores[parent] += score
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] += score / 2
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    judged = range(start, stop)

    def held(element: etree._Element) -> list[int]:
        return [at for at in judged if _within(lines[at].block, element)]

    inside = held(best)
    if len(inside) == len(judged):
        return start, stop  # every line judged is inside: nothing to widen to
    # A lead paragraph beside a data table or a photo box belongs to the article too: widen
    # to the parent (through wrappers that add nothing) while what it adds is running text.
    candidate, widened = best, inside
    for _ in range(_MAX_WIDEN):
        parent = candidate.getparent()
        if parent is None:
            break
        wider = held(parent)
        before = set(widened)
        added = [lines[at] for at in wider if at not in before]
        if any(line.text and is_link_list(line) for line in added):
            break
        candidate, widened = parent, wider
        if any(line.text for line in added):  # pictures alone add nothing to judge
            if sum(map(_score, added)) < _MIN_ADDED and not _signs(added, wider, inside):
                break
            inside = widened
    return (inside[0], inside[-1] + 1) if inside else None


def _signs(added: list[Line], wider: list[int], inside: list[int]) -> bool:
    """Whether the lines a wider container adds are only a signature after the text: a few
    short lines without links, all below it, the last a date (or a number) alone."""
    texts = [line.text.strip() for line in added if line.text.strip()]
    if not texts or len(texts) > _MAX_SIGNATURE_LINES or wider[0] < inside[0]:
        return False
    if any(len(text) > _MAX_SIGNATURE_CHARS for text in texts) or any(line.links for line in added):
        return False
    return date_or_number(fold(texts[-1])) is not None


def _within(block: etree._Element | None, element: etree._Element) -> bool:
    """Whether ``block`` is ``element`` or inside it (a walk up the parents: the container
    is nearly always a block's parent or grandparent)."""
    while block is not None:
        if block is element:
            return True
        block = block.getparent()
    return False
