"""Body blocks on whole pages: links inside paragraphs, players, lazy-loaded images,
attachments, and what cannot be kept said in a warning instead of lost.

Each example is put into the body of two whole fixture pages — the older table template
(GBK bytes, ``charset=gb2312``) and the newer div template (UTF-8) — in place of a spacer
paragraph, so it is read with the doctype, scripts, styles, ``&nbsp;`` and ideographic spaces
of a real page around it. The examples themselves are invented for the edge case they show.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from xianfeng import Article, Attachment, Link, Paragraph, parse_article
from xianfeng.models import Block

SITE = "http://www.hrbxfw.gov.cn"
LAYOUTS = {
    "table-gbk": (
        (FIXTURES / "html-seed-table-gb2312" / "page.html").read_bytes().decode("gb18030"),
        "gb18030",
        f"{SITE}/a/ncdj/2022/0430/71234.html",
    ),
    "div-utf8": (
        (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8"),
        "utf-8",
        f"{SITE}/a/jdsq/2023/0612/75321.html",
    ),
}
# The body's first spacer paragraph: the examples go in its place.
SLOT = "<p>&nbsp;</p>"


def page_with(body: str, layout: str) -> bytes:
    html, encoding, _ = LAYOUTS[layout]
    assert SLOT in html
    return html.replace(SLOT, body, 1).encode(encoding)


def parse_with(body: str, layout: str, *, url: bool = True, head: str = "") -> Article:
    data = page_with(body, layout)
    if head:
        data = data.replace(b"</head>", head.encode("ascii") + b"</head>", 1)
    article = parse_article(data, url=LAYOUTS[layout][2] if url else None)
    original = parse_article(LAYOUTS[layout][0], url=LAYOUTS[layout][2] if url else None)
    # The rest of the page reads as before.
    assert (article.title, article.credits, article.footer) == (
        original.title,
        original.credits,
        original.footer,
    )
    return article


def blocks(article: Article) -> list[Block]:
    return [block for section in article.sections for block in section.blocks]


def new_blocks(article: Article, layout: str) -> list[Block]:
    """The blocks the example added: those the page without it does not have."""
    original = blocks(parse_article(LAYOUTS[layout][0], url=LAYOUTS[layout][2]))
    return [block for block in blocks(article) if block not in original]


both_layouts = pytest.mark.parametrize("layout", sorted(LAYOUTS))


# --- links inside paragraphs -----------------------------------------------------------


@both_layouts
def test_a_link_inside_a_paragraph_is_kept(layout: str) -> None:
    article = parse_with(
        '<p>　　会议印发了实施方案，详见<a href="/a/tzgg/2022/0428/71200.html" '
        'target="_blank">通知全文</a>。</p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Paragraph(
            text="会议印发了实施方案，详见通知全文。",
            links=(Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),),
        )
    ]
    assert article.links == (Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),)


@both_layouts
def test_without_url_a_link_keeps_its_target_as_written(layout: str) -> None:
    article = parse_with('<p>详见<a href="/a/tzgg/1.html">通知全文</a>。</p>', layout, url=False)
    assert article.links == (Link(label="通知全文", url="/a/tzgg/1.html"),)


@both_layouts
def test_a_base_element_resolves_paragraph_links(layout: str) -> None:
    article = parse_with(
        '<p>详见<a href="2022/0428/71200.html">通知全文</a>。</p>',
        layout,
        url=False,
        head='<base href="http://www.hrbxfw.gov.cn/a/tzgg/" />',
    )
    assert article.links == (Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),)


@both_layouts
def test_links_keep_their_order_and_labels_as_shown(layout: str) -> None:
    article = parse_with(
        "<p>　　会议传达学习了<a href='http://www.gov.cn/zhengce/2022-01/01/content_1.htm'>"
        "《关于&nbsp;加强基层治理的意见》</a>和<a href='../../0401/70011.html'>"
        "<span style='color:#c00'>五年行动</span><b>方案</b></a>。</p>",
        layout,
    )
    base = LAYOUTS[layout][2].rsplit("/", 3)[0]
    assert article.links == (
        Link(
            label="《关于 加强基层治理的意见》",
            url="http://www.gov.cn/zhengce/2022-01/01/content_1.htm",
        ),
        Link(label="五年行动方案", url=f"{base}/0401/70011.html"),
    )
    (paragraph,) = new_blocks(article, layout)
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "会议传达学习了《关于 加强基层治理的意见》和五年行动方案。"


@both_layouts
def test_links_that_go_nowhere_are_not_kept(layout: str) -> None:
    article = parse_with(
        '<p>　　<a name="p1"></a>点击<a href="#">这里</a>、<a href="#top">顶部</a>、'
        '<a href="javascript:void(0);">播放</a>、<a href="JavaScript:showPic()">大图</a>、'
        '<a href="">空</a>或<a href="/uploads/allimg/220430/1.jpg"><img src="/uploads/'
        'allimg/220430/1-s.jpg" alt="" /></a>查看。</p>',
        layout,
    )
    assert article.links == ()
    paragraph = new_blocks(article, layout)[-1]
    assert paragraph == Paragraph(text="点击这里、顶部、播放、大图、空或查看。")


@both_layouts
def test_a_file_link_in_a_sentence_is_an_attachment_not_a_paragraph_link(layout: str) -> None:
    article = parse_with(
        '<p>　　请于5月10日前报送<a href="/uploads/soft/220430/1-2204301A1.xlsx">汇总表</a>，'
        '详见<a href="/a/tzgg/1.html">通知</a>。</p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Paragraph(
            text="请于5月10日前报送汇总表，详见通知。",
            links=(Link(label="通知", url=f"{SITE}/a/tzgg/1.html"),),
        ),
        Attachment(label="汇总表", url=f"{SITE}/uploads/soft/220430/1-2204301A1.xlsx"),
    ]


def test_article_links_run_across_sections_in_reading_order() -> None:
    html, encoding, url = LAYOUTS["table-gbk"]
    page = html.replace(
        "<p>&nbsp;</p>", '<p>见<a href="/a/1.html">甲</a>和<a href="/a/2.html">乙</a>。</p>', 1
    )
    page = page.replace(
        '<p>&nbsp;</p>\n<p style="text-indent:2em"><strong>整合',
        '<p>又见<a href="/a/3.html">丙</a>。</p>\n<p style="text-indent:2em"><strong>整合',
        1,
    )
    article = parse_article(page.encode(encoding), url=url)
    assert [link.label for link in article.links] == ["甲", "乙", "丙"]
    assert [
        s.heading
        for s in article.sections
        if any(p.links for p in s.blocks if isinstance(p, Paragraph))
    ] == [
        None,
        "统筹安排明确任务,谋划美丽乡村新篇章",
    ]


def test_a_text_rendering_has_no_paragraph_links(seed_text: str) -> None:
    article = parse_article(seed_text)
    assert article.links == ()
    assert all(p.links == () for p in blocks(article) if isinstance(p, Paragraph))
