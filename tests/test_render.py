"""Renderings: golden Markdown, HTML and text of every fixture; escaping; links; blocks."""

from __future__ import annotations

import re
from functools import cache

import attrs
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import Case, cases
from test_models import ARTICLE, MINIMAL
from xianfeng import (
    Article,
    Attachment,
    Image,
    Link,
    Media,
    Paragraph,
    Section,
    Table,
    parse_article,
)

CASES = cases()
BY_NAME = {case.name: case for case in CASES}
# The golden files' suffixes: .golden keeps the HTML and text ones from looking like pages.
FORMATS = {
    "md": Article.to_markdown,
    "html.golden": Article.to_html,
    "txt.golden": Article.to_text,
}
# CommonMark with the GFM table and strikethrough extensions, as GitHub renders Markdown.
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@cache
def parsed(name: str) -> Article:
    case = BY_NAME[name]
    return parse_article(case.page.read_bytes(), url=case.url)


@pytest.mark.parametrize("suffix", list(FORMATS))
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_rendering(case: Case, suffix: str) -> None:
    """``expected.<suffix>`` beside the page; ``python tests/regen.py`` writes ``actual.*``."""
    expected = (case.page.parent / f"expected.{suffix}").read_bytes().decode("utf-8")
    assert FORMATS[suffix](parsed(case.name)) == expected


def test_the_seed_markdown_holds_every_body_paragraph_exactly_once() -> None:
    article = parsed("seed-text")
    markdown = article.to_markdown()
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert len(paragraphs) == 5
    for paragraph in paragraphs:
        assert markdown.count(paragraph) == 1, paragraph
    # ... and nothing of the page's furniture.
    for furniture in (
        "干部工作",
        "返回首页",
        "黑ICP备12002421号-3",
        "技术支持",
        "黑龙江省关于开展",
    ):
        assert furniture not in markdown


# --- Markdown reads as written ---------------------------------------------------------------


def _md_texts(markdown: str) -> list[str]:
    """The text of every top-level block of the rendered Markdown, in order."""
    tree = lxml.html.fragment_fromstring(MARKDOWN.render(markdown), create_parent="div")
    return [element.text_content() for element in tree]


TRICKY = [
    "*强调* 与 _下划线_",
    "[不是链接](http://example.com)",
    "<script>alert(1)</script>",
    "# 不是标题",
    "- 不是列表",
    "+ 也不是",
    "1. 不是有序列表",
    "2022) 不是列表",
    "> 不是引用",
    "`代码` 与 \\ 反斜杠",
    "a | b | c",
    "~~删除线~~",
    "&amp; 与 &#20013; 与 & 单独",
    "===",
    "---",
    "标题 #",
    "![不是图片](x.png)",
    "<http://example.com>",
]


@pytest.mark.parametrize("text", TRICKY)
def test_markdown_escapes_text_so_that_it_reads_as_written(text: str) -> None:
    article = Article(title=text, sections=(Section(heading=text, blocks=(Paragraph(text=text),)),))
    assert _md_texts(article.to_markdown()) == [text, text, text]


@given(st.text(alphabet=st.sampled_from("ab中 *_[]()<>#`\\|~!&;-+=.)1\n"), min_size=1))
def test_any_paragraph_reads_as_written(text: str) -> None:
    text = " ".join(text.split())  # the text contract: no outer or repeated whitespace
    if not text:
        return
    article = Article(title="标题", sections=(Section(blocks=(Paragraph(text=text),)),))
    assert _md_texts(article.to_markdown()) == ["标题", text]


def test_a_markdown_table_is_a_gfm_table_with_the_first_row_as_header() -> None:
    table = Table(rows=(("村屯", "数量"), ("试点|屯", ""), ("示范村",)))
    rendered = Article(title="t", sections=(Section(blocks=(table,)),)).to_markdown()
    tree = lxml.html.fragment_fromstring(MARKDOWN.render(rendered), create_parent="div")
    assert [th.text_content() for th in tree.iter("th")] == ["村屯", "数量"]
    rows = [[td.text_content() for td in tr.iter("td")] for tr in tree.iter("tr")][1:]
    assert rows == [["试点|屯", ""], ["示范村", ""]]


def test_the_model_article_in_markdown() -> None:
    assert ARTICLE.to_markdown() == (
        "# 阿城区持续推进农村人居环境整治提升工程\n\n"
        "栏目：乡村振兴 · 时间：2022-04-30 07:53 · 来源：哈尔滨党员之家 · 作者：佚名 · "
        "点击：1234 · [原文](http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234_2.html)\n\n"
        "阿城区深入贯彻落实中央和省委部署。\n\n"
        "![现场](http://www.hrbxfw.gov.cn/uploads/allimg/220430/1-1.jpg)\n\n"
        "*图为活动现场*\n\n"
        "[视频：现场视频](http://www.hrbxfw.gov.cn/uploads/media/220430/1.mp4)\n\n"
        "## 统筹安排明确任务，谋划美丽乡村新篇章\n\n"
        "制定下发了[行动方案](http://www.hrbxfw.gov.cn/a/zcfg/2022/0401/70011.html)，"
        "详见[通知全文](http://www.hrbxfw.gov.cn/a/tzgg/2022/0428/71200.html)。\n\n"
        "| 村屯 | 数量 |\n| --- | --- |\n| 试点屯 | 100 |\n| 示范村 |  |\n\n"
        "[五年行动方案.docx](http://www.hrbxfw.gov.cn/uploads/soft/220430/1.docx)\n\n"
        "![](http://www.hrbxfw.gov.cn/uploads/allimg/220430/1-2.jpg)\n\n"
        "强力推进“4+2”重点任务落实。\n\n"
        "## 全面行动激发干劲\n\n"
        "供稿：阿城区委宣传部 · 责任编辑：张三\n"
    )


def test_a_minimal_article_is_its_title() -> None:
    assert MINIMAL.to_markdown() == "# 阿城区持续推进\n"
    assert MINIMAL.to_text() == "阿城区持续推进\n"
    assert (
        MINIMAL.to_html() == "<article>\n<header>\n<h1>阿城区持续推进</h1>\n</header>\n</article>\n"
    )


# --- links inside paragraphs, with and without Paragraph.links --------------------------------


LINKED = Paragraph(
    text="详见《实施方案》和《通知》，另见附表。",
    links=(
        Link(label="《实施方案》", url="http://example.cn/a(1).html"),
        Link(label="通知", url="javascript:void(0)"),  # not a safe target: plain text
        Link(label="附表", url=None),
        Link(label="不在正文里", url="http://example.cn/x.html"),
    ),
)


def test_paragraph_links_in_markdown() -> None:
    rendered = Article(title="t", sections=(Section(blocks=(LINKED,)),)).to_markdown()
    assert rendered.rstrip("\n").split("\n\n")[1] == (
        "详见[《实施方案》](http://example.cn/a\\(1\\).html)和《通知》，另见附表。"
        " [不在正文里](http://example.cn/x.html)"
    )
    tree = lxml.html.fragment_fromstring(MARKDOWN.render(rendered), create_parent="div")
    assert [a.get("href") for a in tree.iter("a")] == [
        "http://example.cn/a(1).html",
        "http://example.cn/x.html",
    ]


def test_paragraph_links_in_html_and_text() -> None:
    article = Article(title="t", sections=(Section(blocks=(LINKED,)),))
    assert article.to_html().splitlines()[5] == (
        '<p>详见<a href="http://example.cn/a(1).html">《实施方案》</a>和《通知》，另见附表。'
        ' <a href="http://example.cn/x.html">不在正文里</a></p>'
    )
    assert article.to_text() == f"t\n\n{LINKED.text}\n"


def test_a_paragraph_without_links_is_its_text() -> None:
    article = Article(title="t", sections=(Section(blocks=(Paragraph(text="正文。"),)),))
    assert article.to_markdown() == "# t\n\n正文。\n"


# --- HTML -------------------------------------------------------------------------------------


def test_html_is_one_well_formed_article_element_with_everything_escaped() -> None:
    nasty = '<b onclick="x">"引号" & 符号</b>'
    article = Article(
        title=nasty,
        source=nasty,
        url='http://example.cn/?a=1&b="2"',
        sections=(
            Section(
                heading=nasty,
                blocks=(
                    Paragraph(text=nasty),
                    Image(src='x.png" onerror="alert(1)', alt=nasty, caption=nasty),
                    Table(rows=((nasty, ""),)),
                    Attachment(label=nasty, url="javascript:alert(1)"),
                ),
            ),
        ),
    )
    rendered = article.to_html()
    tree = lxml.html.fragment_fromstring(rendered)
    assert tree.tag == "article"
    assert not list(tree.iter("b", "script"))
    assert all(not name.startswith("on") for element in tree.iter() for name in element.attrib)
    assert "javascript:" not in rendered
    assert tree.find(".//h1").text_content() == nasty
    assert tree.find(".//img").get("src") == 'x.png" onerror="alert(1)'
    assert tree.find(".//img").get("alt") == nasty
    assert tree.find(".//figcaption").text_content() == nasty
    assert [td.text_content() for td in tree.iter("td")] == [nasty, ""]
    assert tree.find(".//header/p/a").get("href") == 'http://example.cn/?a=1&b="2"'


def test_html_marks_the_time_up_for_machines() -> None:
    tree = lxml.html.fragment_fromstring(parsed("html-div-utf8").to_html())
    time = tree.find(".//time")
    assert (time.get("datetime"), time.text) == (
        "2023-06-12T09:30:00+08:00",
        "2023年06月12日 09:30",
    )


def test_renderings_leave_out_the_page_furniture() -> None:
    article = parsed("html-seed-table-gb2312")
    for rendering in (article.to_markdown(), article.to_html(), article.to_text()):
        # (a navigation label such as 干部监督 may well be a word of the body)
        furniture = [*(n.title for n in article.notices), *article.footer.lines, "返回首页"]
        for shown in furniture:
            assert shown not in rendering
        assert article.next is None or article.next.label not in rendering
        assert article.previous is None or article.previous.label not in rendering


def test_an_image_may_be_a_data_uri_but_no_other_scheme() -> None:
    data = Image(src="data:image/png;base64,iVBORw0KGgo=")
    bad = Image(src="javascript:alert(1)", caption="图为现场")
    article = Article(title="t", sections=(Section(blocks=(data, bad)),))
    assert "![](data:image/png;base64,iVBORw0KGgo=)" in article.to_markdown()
    assert "javascript" not in article.to_markdown() + article.to_html()
    assert "<figure><figcaption>图为现场</figcaption></figure>" in article.to_html()


def test_text_rendering_of_blocks() -> None:
    assert re.findall(r"^\[.*$", ARTICLE.to_text(), re.MULTILINE) == [
        "[图片] 图为活动现场",
        "[视频] 现场视频 <http://www.hrbxfw.gov.cn/uploads/media/220430/1.mp4>",
        "[附件] 五年行动方案.docx <http://www.hrbxfw.gov.cn/uploads/soft/220430/1.docx>",
        "[图片]",
    ]
    assert "村屯 | 数量\n试点屯 | 100\n示范村 |\n" in ARTICLE.to_text()


# --- a block type the renderers do not know ---------------------------------------------------


@attrs.frozen(kw_only=True)
class Clip:
    """A block type added to the models after the renderers were written."""

    src: str
    title: str | None = None


def test_an_unknown_block_is_shown_by_its_label_and_target() -> None:
    clip = Clip(src="http://example.cn/v.mp4", title="视频")
    article = Article(title="t", sections=(Section(blocks=(clip,)),))  # type: ignore[arg-type]
    assert "[视频](http://example.cn/v.mp4)" in article.to_markdown()
    assert '<p><a href="http://example.cn/v.mp4">视频</a></p>' in article.to_html()
    assert "视频 <http://example.cn/v.mp4>" in article.to_text()


def test_an_article_without_a_title() -> None:
    untitled = Article(sections=(Section(blocks=(Paragraph(text="正文。"),)),))
    assert untitled.to_markdown() == "正文。\n"
    assert untitled.to_text() == "正文。\n"
    assert untitled.to_html() == "<article>\n<section>\n<p>正文。</p>\n</section>\n</article>\n"
    dated = attrs.evolve(untitled, published_raw="2022-04-30")
    assert dated.to_markdown() == "时间：2022-04-30\n\n正文。\n"
    assert dated.to_text() == "时间：2022-04-30\n\n正文。\n"


@attrs.frozen(kw_only=True)
class Player:
    """A player-like block type the renderers do not know, shown by its kind without a title."""

    kind: str
    src: str
    title: str | None = None


def test_an_unknown_player_block_is_a_link_named_by_its_title_or_kind() -> None:
    video = Player(kind="video", src="http://example.cn/v.mp4")
    audio = Player(kind="audio", src="http://example.cn/a.mp3", title="党课录音")
    article = Article(title="t", sections=(Section(blocks=(video, audio)),))  # type: ignore[arg-type]
    assert article.to_markdown() == (
        "# t\n\n[视频](http://example.cn/v.mp4)\n\n[党课录音](http://example.cn/a.mp3)\n"
    )
    assert "视频 <http://example.cn/v.mp4>" in article.to_text()


def test_media_blocks_are_links_named_by_kind_and_title() -> None:
    video = Media(kind="video", src="http://example.cn/v.mp4")
    audio = Media(kind="audio", src="http://example.cn/a.mp3", title="党课录音")
    frame = Media(kind="iframe", src="javascript:alert(1)", title="回放")
    article = Article(title="t", sections=(Section(blocks=(video, audio, frame)),))
    assert article.to_markdown() == (
        "# t\n\n[视频](http://example.cn/v.mp4)\n\n"
        "[音频：党课录音](http://example.cn/a.mp3)\n\n嵌入网页：回放\n"
    )
    assert article.to_html().splitlines()[5:8] == [
        '<p><a href="http://example.cn/v.mp4">视频</a></p>',
        '<p><a href="http://example.cn/a.mp3">音频：党课录音</a></p>',
        "<p>嵌入网页：回放</p>",
    ]
    assert article.to_text() == (
        "t\n\n[视频] <http://example.cn/v.mp4>\n\n[音频] 党课录音 <http://example.cn/a.mp3>\n\n"
        "[嵌入网页] 回放 <javascript:alert(1)>\n"
    )
