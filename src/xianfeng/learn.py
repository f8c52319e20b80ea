"""Learning a site's profile from its own pages: what repeats is template, what varies is
the article.

:func:`learn_profile` reads each page once, with the default vocabulary, and keeps only a
digest of each body line (and the text of a line once a second page shows it) and the
selector of the element holding the body: a stream of pages is never held in memory. What
it learns is an ordinary :class:`~xianfeng.Profile`, with the evidence for every entry in
:attr:`Profile.evidence <xianfeng.Profile.evidence>`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from xianfeng._api import parse_learning
from xianfeng.errors import ParseError
from xianfeng.models import Article, Paragraph
from xianfeng.profile import Evidence, Profile
from xianfeng.vocabulary import LIMITS

__all__ = ["learn_profile"]


def learn_profile(pages: Iterable[str | bytes], /, *, name: str | None = None) -> Profile:
    """A profile of one site, learned from its pages (any form :func:`parse_article` takes).

    - **Template text** (``boilerplate``): a body line that recurs, after tidying, on most of
      the site's pages (:attr:`~xianfeng.vocabulary.Limits.min_template_share`) is the
      template's, not the article's: a promotional paragraph, a CMS's warning, a disclaimer.
    - **End markers**: the first such line after the article's text, when most pages show
      the same one there; the body ends at it.
    - **The body container** (``body``): the element that holds most of each page's body
      (:attr:`~xianfeng.vocabulary.Limits.min_container_share` of its text), named by its id
      or classes (``div#content``, ``div.article.text``), when most pages name the same
      one; the body is then read from it alone, leaving out what the template prints
      around the article (a summary box, a share line). HTML pages only.

    Each entry comes with its :class:`~xianfeng.Evidence`. Pages that are the same article
    count once, so a site whose pages are all one page learns nothing; pages that are no
    article (:class:`~xianfeng.ParseError`) are passed over. The result does not depend on
    the order of the pages.

    Raises :class:`ValueError` when fewer than three pages are given.

    >>> page = "第{n}篇报道\\n时间:2024-05-0{n} 来源:本站\\n第{n}篇的正文。\\n欢迎关注本站公众号。"
    >>> learn_profile([page.format(n=n) for n in range(3)]).boilerplate
    ('欢迎关注本站公众号。',)
    """
    counts: Counter[int] = Counter()  # line digest → on how many different pages
    texts: dict[int, str] = {}  # digest → the line, once a second page shows it
    bodies: dict[int, tuple[int, ...]] = {}  # page digest → its body's line digests
    containers: Counter[str] = Counter()  # the body's container → on how many pages
    given = 0
    for page in pages:
        given += 1
        try:
            article, container = parse_learning(page)
        except ParseError:
            continue
        lines = _body_lines(article)
        body = tuple(map(hash, lines))  # the tidied text; the profile compares it squeezed
        key = hash((article.title, body))
        if key in bodies:
            continue  # the same article again: it says nothing new about the template
        bodies[key] = body
        if container is not None:
            containers[container] += 1
        for digest, line in dict(zip(body, lines, strict=True)).items():
            counts[digest] += 1
            if counts[digest] == 2 or (digest in texts and line < texts[digest]):
                texts[digest] = line  # the smallest form seen: the same for any order
    if given < LIMITS.min_learn_pages:
        raise ValueError(
            f"learn_profile needs at least {LIMITS.min_learn_pages} pages of a site, got {given}"
        )
    return _profile(name, counts, texts, bodies.values(), containers)


def _body_lines(article: Article) -> list[str]:
    """The body's headings and paragraphs, in order."""
    lines: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            lines.append(section.heading)
        lines.extend(block.text for block in section.blocks if isinstance(block, Paragraph))
    return lines


def _profile(
    name: str | None,
    counts: Counter[int],
    texts: dict[int, str],
    bodies: Iterable[tuple[int, ...]],
    containers: Counter[str],
) -> Profile:
    bodies = list(bodies)
    read = len(bodies)
    least = max(LIMITS.min_learn_pages, math.ceil(LIMITS.min_template_share * read))
    template = {digest for digest, seen in counts.items() if seen >= least and digest in texts}
    ends: Counter[int] = Counter()
    for body in bodies:
        text = [at for at, digest in enumerate(body) if digest not in template]
        if text and text[-1] + 1 < len(body):
            ends[body[text[-1] + 1]] += 1  # the first template line after the article's text
    evidence = [
        Evidence(table="boilerplate", value=texts[d], pages=counts[d], of=read) for d in template
    ]
    evidence += [
        Evidence(table="end_markers", value=texts[d], pages=seen, of=read)
        for d, seen in ends.items()
        if seen >= least
    ]
    evidence += [
        Evidence(table="body", value=selector, pages=seen, of=read)
        for selector, seen in containers.items()
        if seen >= least
    ]
    evidence.sort(key=lambda item: (item.table, -item.pages, item.value))
    return Profile(
        name=name,
        boilerplate=[item.value for item in evidence if item.table == "boilerplate"],
        end_markers=[item.value for item in evidence if item.table == "end_markers"],
        body=[item.value for item in evidence if item.table == "body"],
        evidence=evidence,
    )
