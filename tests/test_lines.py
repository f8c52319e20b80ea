"""The walk that turns a tree into lines: a plain block (text around at most one plain link)
becomes its line without being walked into, and that line is the one the walk would make.

The trees are generated from the pieces that change a line: blocks and inline elements,
links with and without targets, bold and hidden styles, ``<br>``, images, players, layout
whitespace, source line breaks between Chinese characters, ideographic and zero-width
spaces. Every page of the repository is also compared, whole and block by block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import xianfeng._html.lines
from xianfeng._decode import decode
from xianfeng._html.lines import Line, linearise
from xianfeng._html.locators import BLOCK_TAGS, DROP_TAGS
from xianfeng._html.parser import _parse

TESTS = Path(__file__).parent
PAGES = sorted(TESTS.glob("fixtures/*/page.html")) + sorted(TESTS.glob("corpus/*/page.html"))

TEXT = st.sampled_from(
    ["", " ", "\n  ", "中文", "首页", " 标题 ", "政\n策", "\u3000正文", "\u200b", "x"]
)
STYLE = st.sampled_from(["", "", "", ' style="font-weight:bold"', ' style="display:none"'])
HREF = st.sampled_from(["", ' href="/a/b/"', ' href="#"', ' href="x.html" title="全标题"'])
VOID = st.sampled_from(["<br>", '<img src="a.jpg">', "<br/>"])


def _element(tag: str, attrs: str, inner: str) -> str:
    return f"<{tag}{attrs}>{inner}</{tag}>"


LEAF = st.builds(_element, st.sampled_from(["a", "p", "li", "td", "span", "b"]), HREF | STYLE, TEXT)
TREE = st.recursive(
    LEAF | VOID,
    lambda inner: st.builds(
        _element,
        st.sampled_from(["div", "p", "li", "a", "b", "span", "h1", "td", "font", "video"]),
        HREF | STYLE,
        st.lists(inner | TEXT, max_size=4).map("".join),
    ),
    max_leaves=12,
)


def _walked(root: etree._Element) -> list[Line]:
    """The lines with every block walked into (no plain-block shortcut)."""
    shortcut = xianfeng._html.lines._plain_line
    xianfeng._html.lines._plain_line = lambda block, bold: None
    try:
        return linearise(root)
    finally:
        xianfeng._html.lines._plain_line = shortcut


def _same(got: list[Line], walked: list[Line]) -> bool:
    return len(got) == len(walked) and all(
        a.text == b.text
        and a.links == b.links
        and a.bold == b.bold
        and a.block is b.block
        and len(a.objects) == len(b.objects)
        and all(x is y for x, y in zip(a.objects, b.objects, strict=True))
        for a, b in zip(got, walked, strict=True)
    )


@settings(max_examples=300)
@given(st.lists(TREE, min_size=1, max_size=4).map("".join))
def test_a_plain_block_gives_the_line_the_walk_gives(html: str) -> None:
    root, _ = _parse(f"<html><body>{html}</body></html>")
    body = root.find("body")
    assert body is not None
    for target in (body, *(e for e in body.iter() if e.tag in BLOCK_TAGS)):
        assert _same(linearise(target), _walked(target))


@pytest.mark.parametrize(
    "page", PAGES, ids=[f"{p.parent.parent.name}/{p.parent.name}" for p in PAGES]
)
def test_every_page_gives_the_lines_the_walk_gives(page: Path) -> None:
    root, _ = _parse(decode(page.read_bytes()).text)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    targets = [root, *(e for e in root.iter() if e.tag in ("td", "li", "p", "div"))]
    assert all(_same(linearise(t), _walked(t)) for t in targets)


def test_a_menu_entry_and_a_dated_headline_are_one_line_each() -> None:
    root, _ = _parse(
        "<html><body><ul>\n  <li><a href='/a/gbgz/'>干部工作</a></li>\n"
        "  <li><a href='/a/1.html' title='关于做好党费收缴工作的通知'>关于做好党费收缴</a>"
        " 2023-06-08</li>\n</ul></body></html>"
    )
    lines = linearise(root)
    assert [(line.text, line.block.tag) for line in lines] == [
        ("干部工作", "li"),
        ("关于做好党费收缴 2023-06-08", "li"),
    ]
    assert [a.title for line in lines for a in line.links] == [None, "关于做好党费收缴工作的通知"]


def test_text_around_an_empty_floated_box_is_one_line() -> None:
    # Page 077's markup: an ad's box (its script dropped) inside a <P>, which the parser
    # closes there; the text after the box is the same paragraph.
    root, _ = _parse(
        "<html><body><table><tr><td><P>　　为了贯彻落实北京市“十五”时期儿童发展规划，"
        "<table align = left><tr><td></td></tr></table>进一步了解全市13—15岁儿童目前的"
        "心理发展现状。\n<P>　　本次研究对象为13—15岁的儿童。</td></tr></table></body></html>"
    )
    assert [line.text for line in linearise(root)] == [
        "为了贯彻落实北京市“十五”时期儿童发展规划，进一步了解全市13—15岁儿童目前的心理发展现状。",
        "本次研究对象为13—15岁的儿童。",
    ]
