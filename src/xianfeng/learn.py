"""Learning a site's profile from its own pages: what repeats is template, what varies is
the article.

:func:`learn_profile` reads each page once, with the default vocabulary, and keeps only a
digest of each body line (and the text of a line once a second page shows it), the
selector of the element holding the body, and counts of what the ``<title>`` and the
metadata line show: a stream of pages is never held in memory. What it learns is an
ordinary :class:`~xianfeng.Profile`, with the evidence for every entry in
:attr:`Profile.evidence <xianfeng.Profile.evidence>`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from xianfeng._api import parse_learning
from xianfeng._chars import fold, squeeze
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.dates import read_date, read_labelled_date
from xianfeng._fields.title import strip_site_suffix
from xianfeng._lexicon import DEFAULT
from xianfeng._pieces import Seen
from xianfeng._regions.template import shape
from xianfeng.errors import ParseError
from xianfeng.models import Article, Paragraph
from xianfeng.profile import Evidence, Profile
from xianfeng.vocabulary import LIMITS

__all__ = ["learn_profile"]

# A label of the metadata line and its value (up to the next label), on folded text.
_LABELLED_RE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,6}) ?: ?(?P<value>[^:]*?)(?= [^ :]+ ?:|$)")
# A count of times: what a metadata value says when it gives the reads (103次).
_TIMES_RE = re.compile(r"\d[\d,]{0,11} ?次")
# A date with the year last, as the metadata line gives it: day and month in either order.
_YEAR_LAST_RE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d{2}(?!\d)")


class _Tally:
    """On how many different pages each string was seen, by digest; the text is kept once a
    second page shows it (the smallest form seen, the same for any order of the pages)."""

    def __init__(self) -> None:
        self.counts: Counter[int] = Counter()
        self.texts: dict[int, str] = {}

    def add(self, seen: Iterable[tuple[int, str]]) -> None:
        """One page's strings, as (digest, text), each counted once."""
        for digest, text in dict(seen).items():
            self.counts[digest] += 1
            if self.counts[digest] == 2 or (digest in self.texts and text < self.texts[digest]):
                self.texts[digest] = text

    def common(self, least: int) -> Iterator[tuple[str, int]]:
        """The strings seen on at least ``least`` pages, with how many."""
        for digest, seen in self.counts.items():
            if seen >= least and digest in self.texts:
                yield self.texts[digest], seen


def learn_profile(pages: Iterable[str | bytes], /, *, name: str | None = None) -> Profile:
    """A profile of one site, learned from its pages (any form :func:`parse_article` takes).

    - **Template text** (``boilerplate``): a body line that recurs, after tidying, on most of
      the site's pages (:attr:`~xianfeng.vocabulary.Limits.min_template_share`) is the
      template's, not the article's: a promotional paragraph, a CMS's warning, a disclaimer.
      A line mostly of digits that change from page to page but whose shape recurs (a counter,
      a timestamp: :attr:`~xianfeng.vocabulary.Limits.min_shape_digits`) is learned as a
      shape (``boilerplate_shapes``).
    - **End markers**: the first such line after the article's text, when most pages show
      the same one there; the body ends at it.
    - **The body container** (``body``): the element that holds most of each page's body
      (:attr:`~xianfeng.vocabulary.Limits.min_container_share` of its text), named by its id
      or classes (``div#content``, ``div.article.text``), when most pages name the same
      one; the body is then read from it alone, leaving out what the template prints
      around the article (a summary box, a share line). HTML pages only.
    - **The site suffix** (``site_suffixes``): the last part of the ``<title>`` (after the
      headline and the column) when most pages end their ``<title>`` in it.
    - **Label words** (``labels``): a label of the metadata line that the vocabulary lacks,
      when most pages show it before a date (``published``) or a count of times
      (``103次``: ``clicks``).
    - **The date order** (``date_order``): when most pages date the article with the year
      last, whether the day or the month comes first, as the pages whose first or second
      number exceeds 12 show it, all alike.

    Each entry comes with its :class:`~xianfeng.Evidence`. Pages that are the same article
    count once, so a site whose pages are all one page learns nothing; pages that are no
    article (:class:`~xianfeng.ParseError`) are passed over. The result does not depend on
    the order of the pages.

    Raises :class:`ValueError` when fewer than three pages are given.

    >>> page = "第{n}篇报道\\n时间:2024-05-0{n} 来源:本站\\n第{n}篇的正文。\\n欢迎关注本站公众号。"
    >>> learn_profile([page.format(n=n) for n in range(3)]).boilerplate
    ('欢迎关注本站公众号。',)
    """
    lines_seen, shapes, suffixes, labels = _Tally(), _Tally(), _Tally(), _Tally()
    varied: dict[int, int | None] = {}  # shape digest → its one line's digest; None: varies
    bodies: dict[int, tuple[int, ...]] = {}  # page digest → its body's line digests
    containers: Counter[str] = Counter()  # the body's container → on how many pages
    orders: Counter[str] = Counter()  # "year last", "dmy", "mdy" → on how many pages
    given = 0
    for page in pages:
        given += 1
        try:
            article, seen = parse_learning(page)
        except ParseError:
            continue
        lines = _body_lines(article)
        body = tuple(map(hash, lines))  # the tidied text; the profile compares it squeezed
        key = hash((article.title, body))
        if key in bodies:
            continue  # the same article again: it says nothing new about the template
        bodies[key] = body
        if seen.container is not None:
            containers[seen.container] += 1
        lines_seen.add(zip(body, lines, strict=True))
        shaped = [(hash(form), form, hash(line)) for form, line in _shapes(lines)]
        for form, _, line in shaped:
            varied[form] = line if varied.get(form, line) == line else None
        shapes.add((form, text) for form, text, _ in shaped)
        suffixes.add((hash(text), text) for text in _suffix(seen))
        labels.add((hash(text), text) for text in _labels(seen))
        orders.update(_order(article.published_raw))
    if given < LIMITS.min_learn_pages:
        raise ValueError(
            f"learn_profile needs at least {LIMITS.min_learn_pages} pages of a site, got {given}"
        )
    read = len(bodies)
    least = max(LIMITS.min_learn_pages, math.ceil(LIMITS.min_template_share * read))
    evidence = _template(lines_seen, bodies.values(), least, read)
    evidence += [
        Evidence(table="boilerplate_shapes", value=text, pages=seen, of=read)
        for text, seen in shapes.common(least)
        if varied[hash(text)] is None
    ]
    evidence += [
        Evidence(table="body", value=selector, pages=seen, of=read)
        for selector, seen in containers.items()
        if seen >= least
    ]
    evidence += [
        Evidence(table="site_suffixes", value=text, pages=seen, of=read)
        for text, seen in suffixes.common(least)
    ]
    evidence += [
        Evidence(table=f"labels.{field}", value=word, pages=seen, of=read)
        for (field, word), seen in ((text.split(" "), seen) for text, seen in labels.common(least))
    ]
    evidence += _date_order(orders, least, read)
    evidence.sort(key=lambda item: (item.table, -item.pages, item.value))
    return _profile(name, evidence)


def _body_lines(article: Article) -> list[str]:
    """The body's headings and paragraphs, in order."""
    lines: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            lines.append(section.heading)
        lines.extend(block.text for block in section.blocks if isinstance(block, Paragraph))
    return lines


def _shapes(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The shape of each line mostly of digits (:func:`shape`), and the line."""
    for line in lines:
        squeezed = squeeze(line)
        form = shape(squeezed)
        digits = len(squeezed) - len(form) + form.count("#")
        if form != squeezed and digits >= LIMITS.min_shape_digits * len(squeezed):
            yield form, squeezed


def _suffix(seen: Seen) -> tuple[str, ...]:
    """The last part of the ``<title>`` after the headline: where a site names itself."""
    parts = strip_site_suffix(seen.document_title or "")[1]
    return parts[-1:]


def _labels(seen: Seen) -> Iterator[str]:
    """``"field label"`` for each label of the metadata line the vocabulary lacks, whose
    value is a date (``published``) or a count of times (``clicks``)."""
    for match in _LABELLED_RE.finditer(fold(seen.meta_text or "")):
        label, value = match["label"], match["value"].strip()
        if label in DEFAULT.meta_field:
            continue
        if read_date(value) is not None or read_labelled_date(value) is not None:
            yield f"published {label}"
        elif _TIMES_RE.fullmatch(value):
            yield f"clicks {label}"


def _order(published_raw: str | None) -> tuple[str, ...]:
    """What a page's date says of the order: ``year last`` when the year comes last, with
    ``dmy`` or ``mdy`` when a number over 12 shows which of the two is the day."""
    match = _YEAR_LAST_RE.search(fold(published_raw or ""))
    if match is None:
        return ()
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return ("year last", "dmy")
    if second > 12 >= first:
        return ("year last", "mdy")
    return ("year last",)


def _date_order(orders: Counter[str], least: int, read: int) -> list[Evidence]:
    """The date order, when most pages write the year last and those that show the order
    all show the same one."""
    shown = [order for order in ("dmy", "mdy") if orders[order]]
    if orders["year last"] < least or len(shown) != 1:
        return []
    return [Evidence(table="date_order", value=shown[0], pages=orders[shown[0]], of=read)]


def _template(
    lines: _Tally, bodies: Iterable[tuple[int, ...]], least: int, read: int
) -> list[Evidence]:
    """The template lines, and the end markers among them."""
    # A credit line the template prints on every page (责任编辑：…) is still the page's
    # credit: the parser reads it as one, so it is never template text.
    common = [(text, seen) for text, seen in lines.common(least) if not _credits(text)]
    template = {hash(text) for text, _ in common}
    ends: Counter[int] = Counter()
    for body in bodies:
        text = [at for at, digest in enumerate(body) if digest not in template]
        if text and text[-1] + 1 < len(body):
            ends[body[text[-1] + 1]] += 1  # the first template line after the article's text
    evidence = [
        Evidence(table="boilerplate", value=text, pages=seen, of=read) for text, seen in common
    ]
    evidence += [
        Evidence(table="end_markers", value=lines.texts[d], pages=seen, of=read)
        for d, seen in ends.items()
        if seen >= least
    ]
    return evidence


def _credits(line: str) -> bool:
    """Whether the line is (only) credits."""
    return parse_credits(line, lex=DEFAULT) is not None


def _profile(name: str | None, evidence: list[Evidence]) -> Profile:
    def table(name: str) -> list[str]:
        return [item.value for item in evidence if item.table == name]

    labels = {
        item.table.removeprefix("labels."): table(item.table)
        for item in evidence
        if item.table.startswith("labels.")
    }
    order = table("date_order")
    return Profile(
        name=name,
        boilerplate=table("boilerplate"),
        boilerplate_shapes=table("boilerplate_shapes"),
        end_markers=table("end_markers"),
        body=table("body"),
        site_suffixes=table("site_suffixes"),
        labels=labels,
        date_order=order[0] if order else None,
        evidence=evidence,
    )
