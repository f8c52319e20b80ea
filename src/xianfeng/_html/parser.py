"""HTML pages: one lxml parse → reading-order lines → the shared region locator → pieces.

Regions are found by what they say, not by class names: the lines are located exactly as a
text rendering's are (:mod:`xianfeng._regions`), and the markup then adds what text lacks —
link targets, the full headline in a notice link's ``title``, images, tables, attachments,
bold headings, the click counter's article id, the pager's page URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import attrs
from lxml import etree

from xianfeng._chars import tidy
from xianfeng._fields.breadcrumb import split_breadcrumb
from xianfeng._fields.footer import parse_footer
from xianfeng._fields.pager import parse_prev_next
from xianfeng._fields.title import strip_site_suffix
from xianfeng._fields.urls import resolver
from xianfeng._header import split_header
from xianfeng._html.body import body_blocks
from xianfeng._html.density import densest_span
from xianfeng._html.lines import Line, LineLink, is_link_list, linearise, usable_target
from xianfeng._html.locators import COUNTER_SRC_RE, DROP_TAGS
from xianfeng._lexicon import Lexicon
from xianfeng._pieces import Item, Layout, Pieces, Seen, sections_from
from xianfeng._regions import Span, locate
from xianfeng._regions.title import same_headline
from xianfeng.errors import NotAnArticleError, WarningCode
from xianfeng.models import Link, ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = ["parse_html"]

_PAGE_LINK_RE = re.compile(r"^\d{1,4}$")
# An id or class name a learned selector can hold.
_NAME_RE = re.compile(r"[A-Za-z_][\w-]*", re.ASCII)
# The start of a tag, a comment or a declaration.
_TAG_START_RE = re.compile(r"<[/!?a-zA-Z]")
# A page that opens its document, and one that closes it (anywhere: a page may trail a
# script or a hit counter after </html>).
_OPENED_RE = re.compile(r"<(?:body|html)[\s>]", re.IGNORECASE)
_CLOSED_RE = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
# An </html> end tag, and the start of an element after one.
_HTML_END_RE = re.compile(r"</html\s*>", re.IGNORECASE)
_ELEMENT_START_RE = re.compile(r"<[a-zA-Z]")
# How much of the last line of a cut article the warning quotes.
_QUOTED = 20
_Resolve = Callable[[str], str]


def parse_html(text: str, *, url: str | None = None, lex: Lexicon, learn: bool = False) -> Pieces:
    """Locate the regions of an HTML page and read their fields.

    Where the lexicon names the body's container (a profile's ``body`` selectors) and the
    page has it, the body is read from that element only. With ``learn``, the pieces say
    what a learner reads beside the article (:class:`Seen`: the element that holds the body,
    the ``<title>``, the metadata line).
    """
    cut_tag = _cut_tag_at(text)
    # The start of a tag the page was cut off in is no content (lxml keeps a bare "</").
    root, stopped = _parse(_early_html_ends_dropped(text if cut_tag is None else text[:cut_tag]))
    hints = _headlines(root)
    named = root.findtext(".//title") if learn else None  # before <title> is dropped
    base = _base_url(root, url)
    article_id = _counter_aid(root)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    body = root.find("body")
    lines = linearise(body if body is not None else root)
    try:
        markup = _Markup(
            lines=lines,
            objects={at for at, ln in enumerate(lines) if ln.objects and not ln.text},
            hints=hints,
            span=_container_span(root, lines, lex=lex),
        )
        layout = locate([line.text for line in lines], lex=lex, markup=markup)
    except NotAnArticleError as exc:
        if stopped is None:
            raise
        raise NotAnArticleError(f"{exc}; {stopped.message}", missing=exc.missing) from exc

    resolve = resolver(base)

    def items(line: Line) -> tuple[str, list[Item]]:
        found = []
        for ref in line.links:
            target = usable_target(ref.href)
            url = None if target is None else resolve(target)
            found.append(Item(ref.label, url, ref.title))
        return line.text, found

    navigation, notices = split_header(map(items, lines[: layout.header_end]), lex=lex)
    side = (items(lines[at]) for at in layout.body.side_notices)
    notices += split_header(side, lex=lex, in_notices=True)[1]
    previous, following = _prev_next(lines, layout, resolve, lex=lex)
    page, page_urls = _pages(lines, layout, url, resolve)
    dropped: list[ParseWarning] = []
    sections = sections_from(body_blocks(lines, layout.body.lines, resolve, dropped, lex=lex))
    # Where lxml stopped early (html.truncated), the lines end there, not where the page does.
    cut = None if stopped else _cut_short(text, lines, layout, in_tag=cut_tag is not None)
    if cut is not None:
        dropped.append(cut)
    footer_warnings: list[ParseWarning] = []
    footer_lines = (line.text for line in lines[layout.footer_at :])
    footer = parse_footer(footer_lines, lex=lex, warnings=footer_warnings)
    return Pieces(
        title_line=layout.title,
        meta=layout.meta,
        navigation=navigation,
        notices=notices,
        breadcrumb=_breadcrumb(lines, layout, resolve, lex=lex),
        sections=sections,
        credits=layout.body.credits,
        footer=footer,
        previous=previous,
        next=following,
        page=page,
        page_count=max(layout.body.page_count, page),
        page_urls=page_urls,
        article_id=article_id,
        warnings=(*layout.warnings, *footer_warnings, *(() if stopped is None else (stopped,))),
        body_warnings=dropped,
        seen=_seen(root, lines, layout, named) if learn else None,
    )


def _seen(
    root: etree._Element, lines: Sequence[Line], layout: Layout, document_title: str | None
) -> Seen:
    """What a learner reads of the page beside its article."""
    return Seen(
        container=_body_container(root, lines, layout.body.lines),
        document_title=document_title,
        meta_text=None if layout.meta_at is None else lines[layout.meta_at].text,
    )


@attrs.frozen
class _Markup:
    """What the tree tells the locator (:class:`xianfeng._regions.Markup`)."""

    lines: Sequence[Line]
    objects: Collection[int]
    hints: tuple[str, ...]
    span: Span | None

    def container(self, start: int, stop: int) -> Span | None:
        return densest_span(self.lines, start, stop)

    def linked(self, at: int) -> bool:
        return is_link_list(self.lines[at])


def _parse(text: str) -> tuple[etree._Element, ParseWarning | None]:
    """The page's tree, and a warning when lxml stopped reading before the end of the page.

    A parser per page: building one costs microseconds, and its error log then belongs to
    this page alone, even when pages are parsed from many threads. It is lxml's plain HTML
    parser, not ``lxml.html``'s: that one runs a Python class lookup for every element the
    walk touches (an eighth of the walk's time). ``huge_tree`` lifts
    libxml2's limits on a text node (10 MB) and on nesting (256 deep, to 2048); past a limit
    libxml2 stops and keeps what it has read, so the rest of the page would be lost unsaid.
    Input reaches lxml as UTF-8 bytes, so a <meta charset> in the page cannot mislead it.
    """
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticleError(
            f"expected an HTML document, lxml found none: {exc}", missing="document"
        ) from exc
    if root is None:
        raise NotAnArticleError(
            "expected an HTML document, lxml found none: Document is empty",
            missing="document",
        )
    fatal = next((e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL), None)
    if fatal is None:
        return root, None
    return root, WarningCode.HTML_TRUNCATED.warning(
        f"lxml stopped reading the page at line {fatal.line} "
        f"({fatal.message.strip()}): everything after it is missing"
    )


def _early_html_ends_dropped(text: str) -> str:
    """The page without the ``</html>`` end tags that elements follow.

    A header included into the page may close the document (``</html><!--end header-->``)
    before the article's markup; a browser ignores such an end tag, but libxml2 drops
    everything after it, the article included.
    """
    ends = [m for m in _HTML_END_RE.finditer(text) if _ELEMENT_START_RE.search(text, m.end())]
    if not ends:
        return text  # the usual page: one </html>, at its end
    kept = []
    at = 0
    for end in ends:
        kept.append(text[at : end.start()])
        at = end.end()
    kept.append(text[at:])
    return "".join(kept)


def _cut_tag_at(text: str) -> int | None:
    """Where the tag the page ends inside begins (its last ``<``, when no ``>`` follows it and
    a tag name, ``/``, ``!`` or ``?`` does), or ``None``. Two searches from the end."""
    at = text.rfind("<")
    if at > text.rfind(">") and _TAG_START_RE.match(text, at) is not None:
        return at
    return None


def _never_closed(text: str) -> bool:
    """Whether the page's last ``<body>`` or ``<html>`` is closed nowhere after it (a script
    may write a whole other page, ``</body></html>`` and all, before the real body opens)."""
    last = max((m.end() for m in _OPENED_RE.finditer(text)), default=None)
    return last is not None and _CLOSED_RE.search(text, last) is None


def _cut_short(
    text: str, lines: Sequence[Line], layout: Layout, *, in_tag: bool
) -> ParseWarning | None:
    """A warning when the page ends inside its article, as a download cut short does.

    Two things must hold, so a whole page is never taken for a cut one. Nothing follows the
    article: no line with text or an object after its last line (a whole page has at least
    its footer there). And the markup shows the cut: the text ends inside a tag
    (``in_tag``), or the last ``<body>`` or ``<html>`` it opened is never closed. Only a page
    with nothing after its article has its markup searched.
    """
    article = [
        *layout.body.lines,
        *(at for at in (layout.meta_at, layout.title_at) if at is not None),
    ]
    if not article:
        return None
    last = max(article)
    if any(line.text or line.objects for line in lines[last + 1 :]):
        return None
    if in_tag:
        how = "cut off inside a tag"
    elif _never_closed(text):
        how = "its <body> never closed"
    else:
        return None
    said = next((lines[at].text for at in sorted(article, reverse=True) if lines[at].text), "")
    return WarningCode.PAGE_TRUNCATED.warning(
        f"the page ends inside the article, {how}: the text stops at {said[-_QUOTED:]!r}, "
        "and what followed is missing"
    )


def _headlines(root: etree._Element) -> tuple[str, ...]:
    """The headline as the markup names it, best first: the one ``<h1>``, ``og:title``,
    the ``<title>`` without its site suffix."""
    h1: list[etree._Element] = []
    og = title = None
    # One pass, filtered by tag in C (an ElementPath search walks the tree in Python).
    for element in root.iter("h1", "meta", "title"):
        if element.tag == "h1":
            h1.append(element)
        elif element.tag == "title":
            title = title if title is not None else element
        elif og is None and element.get("property") == "og:title":
            og = element
    found = []
    named = strip_site_suffix(title.text or "" if title is not None else "")[0]
    if len(h1) == 1:
        found.append(_h1_headline(tidy(" ".join(str(text) for text in h1[0].itertext())), named))
    if og is not None:
        found.append(strip_site_suffix(og.get("content") or "")[0])
    found.append(named)
    return tuple(hint for hint in found if hint)


def _h1_headline(h1: str, named: str) -> str:
    """The headline an ``<h1>`` names. A logo's ``<h1>`` may print the document title,
    trailing parts and all (``补报工商年报要哪些材料_郑州工商注册-…``): when it splits like a
    ``<title>`` into the ``<title>``'s own headline and more, that headline is the hint."""
    head, rest = strip_site_suffix(h1)
    if rest and named and same_headline(head, named):
        return head
    return h1


def _base_url(root: etree._Element, url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return resolver(url or "")(str(base.get("href", "")))
    return url


def _counter_aid(root: etree._Element) -> int | None:
    """The DedeCMS ``aid`` the click-counter script is called with."""
    for script in root.iter("script"):
        source = script.get("src") or script.text or ""
        if "count.php" not in source.lower():  # most scripts: spare them the search
            continue
        match = COUNTER_SRC_RE.search(source)
        if match is not None:
            return int(match.group("aid"))
    return None


def _elements(result: object) -> list[etree._Element]:
    """The elements an XPath found (an XPath may also give a number, a string, …)."""
    return [e for e in result if isinstance(e, etree._Element)] if isinstance(result, list) else []


def _link(ref: LineLink | None, label: str, resolve: _Resolve) -> Link:
    target = usable_target(ref.href) if ref is not None else None
    return Link(label=label, url=None if target is None else resolve(target))


def _find(line: Line, label: str) -> LineLink | None:
    return next((a for a in line.links if a.label == label), None)


def _container_span(root: etree._Element, lines: Sequence[Line], *, lex: Lexicon) -> Span | None:
    """The first and last line (exclusive) inside the first container the lexicon names."""
    for path in lex.body_paths:
        found = _elements(path(root))
        if found:
            inside = set(found[0].iter())
            at = [index for index, line in enumerate(lines) if line.block in inside]
            if at:
                return at[0], at[-1] + 1
    return None


def _body_container(root: etree._Element, lines: Sequence[Line], body: Sequence[int]) -> str | None:
    """The selector (``div#content``, ``div.news.text``) of the deepest element that an id or
    classes name, that holds :attr:`~xianfeng.vocabulary.Limits.min_container_share` of the
    body's text and that no other element of the page matches; ``None`` when none does."""
    held: dict[etree._Element, int] = {}
    total = 0
    for at in body:
        size = len(lines[at].text)
        total += size
        for element in lines[at].block.iterancestors():
            held[element] = held.get(element, 0) + size
    if not total:
        return None
    least = LIMITS.min_container_share * total
    # Those that hold enough form one chain of ancestors: the deepest holds the least.
    for element in sorted((e for e, size in held.items() if size >= least), key=held.__getitem__):
        selector = _selector_of(element)
        if selector is not None and _only_one(root, element):
            return selector
    return None


def _selector_of(element: etree._Element) -> str | None:
    """``tag#id`` or ``tag.class.class``, when the element has a plain id or classes."""
    tag = element.tag
    if not isinstance(tag, str) or tag in ("body", "html"):
        return None
    ident = element.get("id")
    if ident and _NAME_RE.fullmatch(ident):
        return f"{tag}#{ident}"
    classes = (element.get("class") or "").split()
    if classes and all(_NAME_RE.fullmatch(name) for name in classes):
        return tag + "".join(f".{name}" for name in classes)
    return None


def _only_one(root: etree._Element, element: etree._Element) -> bool:
    """Whether no other element of the page has the element's tag and its id (or classes)."""
    ident = element.get("id")
    if ident and _NAME_RE.fullmatch(ident):
        return not any(e.get("id") == ident for e in root.iter(element.tag) if e is not element)
    classes = set((element.get("class") or "").split())
    return not any(
        classes <= set((e.get("class") or "").split())
        for e in root.iter(element.tag)
        if e is not element
    )


def _breadcrumb(
    lines: Sequence[Line], layout: Layout, resolve: _Resolve, *, lex: Lexicon
) -> tuple[Link, ...]:
    if layout.crumb_at is None:
        return ()
    line = lines[layout.crumb_at]
    # Labels and links are both in reading order: each label takes the next link with its
    # text, so a label repeated along the bar (a column and its sub-column) keeps its own.
    crumb, start = [], 0
    for label in split_breadcrumb(line.text, lex=lex):
        at = next((i for i, a in enumerate(line.links) if i >= start and a.label == label), None)
        start = start if at is None else at + 1
        crumb.append(_link(None if at is None else line.links[at], label, resolve))
    return tuple(crumb)


def _prev_next(
    lines: Sequence[Line], layout: Layout, resolve: _Resolve, *, lex: Lexicon
) -> tuple[Link | None, Link | None]:
    found: dict[str, Link | None] = {}
    for at in layout.body.prev_next:
        titles = parse_prev_next(lines[at].text, lex=lex) or {}
        for key, title in titles.items():
            found[key] = None if title is None else _link(_find(lines[at], title), title, resolve)
    return found.get("previous"), found.get("next")


def _pages(
    lines: Sequence[Line], layout: Layout, url: str | None, resolve: _Resolve
) -> tuple[int, tuple[str, ...]]:
    """The current page and every page's URL, from the numbered links of the pager.

    The current page is the number that links nowhere (``#``) or is not a link.
    """
    if not layout.body.pager:
        return 1, ()
    targets: dict[int, str | None] = {}
    end = min(len(lines), layout.footer_at, layout.body.pager[0] + 4 * layout.body.page_count + 8)
    for line in lines[layout.body.pager[0] : end]:
        for ref in line.links:
            if _PAGE_LINK_RE.match(ref.label):
                targets.setdefault(int(ref.label), usable_target(ref.href))
        if _PAGE_LINK_RE.match(line.text) and not line.links:
            targets.setdefault(int(line.text), None)
    current = next((n for n, href in sorted(targets.items()) if href is None), 1)
    numbers = range(1, layout.body.page_count + 1)
    if url is None or any(targets.get(n) is None and n != current for n in numbers):
        return current, ()
    return current, tuple(url if n == current else resolve(targets[n] or "") for n in numbers)
