"""Links made absolute: the resolver gives exactly what ``urllib.parse.urljoin`` gives.

The resolver answers the commonest link forms without ``urljoin``; these tests hold it to
``urljoin``'s result on every link of every real page and on generated links built from the
pieces ``urljoin`` treats specially (dot segments, empty segments, ``;``, ``?``, ``#``).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from xianfeng import parse_article
from xianfeng._fields.urls import resolver

CORPUS = Path(__file__).parent / "corpus"
BASES = (
    "http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html",
    "https://www.example.edu.cn/info/1021/3456.htm?id=1#top",
    "http://www.example.gov.cn",
    "http://www.example.gov.cn/a//b/./c/../d.html",
    "http://www.example.gov.cn/a/b/c/d.html",
    "HTTP://WWW.EXAMPLE.GOV.CN:8080/x/",
    "ftp://files.example.cn/pub/",
    "/relative/base.html",
)
PIECES = (
    *("", "/", "//", ".", "..", "./", "../", "a", "b.html", "x:y", ";p", "?", "?q=1", "#", "#f"),
    *(" ", "\\", "%20"),
)
SCHEMES = ("", "http:", "https:", "HTTP:", "ftp:", "mailto:", "javascript:")
HOSTS = ("", "//h.cn", "//H.cn:81", "//[::1]", "//[x", "//例子.中国")


def _real_links() -> list[str]:
    """Every link and image address of the real pages, as written."""
    hrefs: set[str] = set()
    for page in sorted(CORPUS.glob("*/page.html")):
        root = etree.HTML(page.read_bytes())
        hrefs.update(str(href) for href in root.xpath("//a/@href | //img/@src"))
    return sorted(hrefs)


REAL_LINKS = _real_links()


def test_the_corpus_gives_links_to_check() -> None:
    assert len(REAL_LINKS) > 1000


@pytest.mark.parametrize("base", BASES)
def test_every_real_link_resolves_as_urljoin_resolves_it(base: str) -> None:
    resolve = resolver(base)
    assert [href for href in REAL_LINKS if resolve(href) != _urljoin(base, href)] == []


def _urljoin(base: str, href: str) -> str:
    try:
        return urljoin(base, href)
    except ValueError:
        return href  # urljoin cannot read it: kept as written


@given(
    base=st.sampled_from(BASES),
    scheme=st.sampled_from(SCHEMES),
    host=st.sampled_from(HOSTS),
    pieces=st.lists(st.sampled_from(PIECES), max_size=6),
)
def test_a_generated_link_resolves_as_urljoin_resolves_it(
    base: str, scheme: str, host: str, pieces: list[str]
) -> None:
    href = scheme + host + "".join(pieces)
    expected = _urljoin(base, href)
    resolve = resolver(base)
    assert resolve(href) == expected
    assert resolve(href) == expected  # the remembered answer is the same


def test_without_a_base_links_are_kept_as_written() -> None:
    assert resolver(None)("/a/b.html") == "/a/b.html"
    assert resolver("")("../b.html") == "../b.html"


def test_a_link_urljoin_cannot_read_is_kept_as_written_and_the_page_parses() -> None:
    page = (
        "<html><body><h1>道里区召开党建工作会议</h1><p>时间：2022-04-30 来源：本站</p>"
        "<p>会议强调，要坚持以党建引领基层治理，推动各项工作落地见效。"
        '<a href="http://[broken/a.html">相关链接</a></p></body></html>'
    )
    article = parse_article(page, url="http://www.hrbxfw.gov.cn/a/1.html")
    assert [(link.label, link.url) for link in article.links] == [
        ("相关链接", "http://[broken/a.html")
    ]


@pytest.mark.parametrize(
    ("base", "expected"),
    [("http://a.cn/x/", "http://a.cn/x/b.html"), ("http://[broken/", "b.html")],
)
def test_a_base_tag_makes_links_absolute_unless_it_cannot_be_read(base: str, expected: str) -> None:
    page = (
        f'<html><head><base href="{base}"></head><body><h1>道里区召开党建工作会议</h1>'
        "<p>时间：2022-04-30 来源：本站</p>"
        "<p>会议强调，要坚持以党建引领基层治理，推动各项工作落地见效。"
        '<a href="b.html">相关链接</a></p></body></html>'
    )
    article = parse_article(page, url="http://www.hrbxfw.gov.cn/a/1.html")
    assert [link.url for link in article.links] == [expected]
