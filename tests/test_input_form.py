"""HTML or text: the written sniffing rule, markup fragments, and ``form=`` to force one."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import FIXTURES
from xianfeng import StrictModeError, parse_article

DIV_PAGE = (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8")
SEED_TEXT = (FIXTURES / "seed-text" / "page.txt").read_text("utf-8")
DIV_TITLE = "道里区以“红色物业”赋能基层治理 打通服务群众“最后一米”"


def article_fragment() -> str:
    """The article <div> of the div template, cut out as a CMS export or an API gives it:
    no <html>, <head> or <body>, no doctype."""
    start = DIV_PAGE.index('<div class="article">')
    end = DIV_PAGE.index('<div class="prenext">')
    return DIV_PAGE[start:end]


# Fragments whose first tag was not among the few the old rule looked for: each took the text
# path, and the title came out with its tags. Invented for the edge case, in the markup the
# portal's editors use.
FRAGMENTS = [
    pytest.param(
        "<h1>【乡村振兴】某区召开推进会</h1>\n<h5>时间：2022-04-30 07:53　来源：本站</h5>\n"
        "<section>　　会议总结了一年来的工作。&nbsp;</section>\n"
        "<font>主办单位：中共哈尔滨市委组织部</font>",
        id="h1-h5-section-font",
    ),
    pytest.param(
        "<H2>【乡村振兴】某区召开推进会</H2><STRONG>时间：2022-04-30 07:53 来源：本站</STRONG>"
        "<LI>　　会议总结了一年来的工作。</LI>",
        id="upper-case-tags",
    ),
    pytest.param(
        "<td>【乡村振兴】某区召开推进会</td></tr><tr><td>时间:2022-04-30 07:53 来源:本站</td>"
        "</tr><tr><td>会议总结了一年来的工作。<o:p></o:p></td>",
        id="table-cells-from-word",
    ),
    pytest.param(
        "<h1>【乡村振兴】某区召开推进会</h1><div>时间：2022-04-30 07:53 来源：本站</div>"
        "<p>会议总结了一年来的工作。</p>",
        id="h1-div",
    ),
]


@pytest.mark.parametrize("page", FRAGMENTS)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_a_markup_fragment_takes_the_html_path(page: str, as_bytes: bool) -> None:
    data = page.encode("utf-8") if as_bytes else page
    article = parse_article(data)
    assert (article.column, article.title) == ("乡村振兴", "某区召开推进会")
    assert article.source == "本站"
    assert article.sections[0].paragraphs == ("会议总结了一年来的工作。",)
    assert "<" not in article.text
    assert parse_article(data, form="html") == article


def test_the_article_cut_out_of_a_real_page_reads_like_the_page() -> None:
    fragment = article_fragment()
    assert "<html" not in fragment
    assert "<body" not in fragment
    article, whole = parse_article(fragment), parse_article(DIV_PAGE)
    assert (article.column, article.title) == ("基层党建", DIV_TITLE)
    assert article.sections == whole.sections
    assert article.credits == whole.credits
    assert (article.published, article.author, article.clicks) == (
        whole.published,
        "李明",
        1234,
    )


def test_a_text_rendering_that_quotes_a_tag_needs_form_text() -> None:
    # A real text dump, with a paragraph (as an article about web pages might write it)
    # that names a tag: the sniffing rule sees markup and reads the page as HTML, where its
    # lines run together: no headline, no metadata line, and both said.
    quoted = SEED_TEXT.replace("部署,", "部署(网页用<br>换行),", 1)
    assert quoted != SEED_TEXT
    sniffed = parse_article(quoted)
    assert [w.code for w in sniffed.warnings] == ["meta.missing", "title.missing"]
    with pytest.raises(StrictModeError):
        parse_article(quoted, strict=True)
    article = parse_article(quoted, form="text")
    assert article.title == parse_article(SEED_TEXT).title
    assert (
        article.sections[0]
        .paragraphs[0]
        .startswith("阿城区深入贯彻落实中央和省委部署(网页用<br>换行),")
    )


def test_form_text_reads_an_html_page_as_lines() -> None:
    article = parse_article(DIV_PAGE, form="text")
    assert article.title.startswith("<h1>【基层党建】")  # what was asked for: the tags are text
    assert parse_article(DIV_PAGE, form=None) == parse_article(DIV_PAGE)


def test_form_html_on_a_text_rendering_finds_one_line() -> None:
    # Read as HTML, a text rendering's lines run together into one paragraph: no headline
    # and no metadata line can be told apart, and the warnings say so.
    article = parse_article(SEED_TEXT, form="html")
    assert [w.code for w in article.warnings] == ["meta.missing", "title.missing"]
    assert len(article.sections) == 1
    assert len(article.sections[0].paragraphs) == 1
    assert article.text.startswith("干部工作 人才工作干部教育 干部监督")


@pytest.mark.parametrize(
    ("form", "error", "message"),
    [
        ("xml", ValueError, "parse_article() form= is 'html', 'text' or None, not 'xml'"),
        ("HTML", ValueError, "parse_article() form= is 'html', 'text' or None, not 'HTML'"),
        ("", ValueError, "parse_article() form= is 'html', 'text' or None, not ''"),
        (True, TypeError, "parse_article() form= takes 'html', 'text' or None, not bool"),
        (b"html", TypeError, "parse_article() form= takes 'html', 'text' or None, not bytes"),
    ],
)
def test_an_unknown_form_is_refused_before_anything_is_read(
    form: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=f"^{re.escape(message)}$") as caught:
        parse_article(SEED_TEXT, form=form)
    assert type(caught.value) is error  # a programming error, not a ParseError


def test_form_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        parse_article(SEED_TEXT, None, False, "text")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("start", "form"),
    [
        ("<!DOCTYPE html>", "html"),
        ("<!-- 由DedeCMS生成 -->", "html"),
        ("<br/>", "html"),
        ("<font color=red>", "html"),
        ("</h1>", "html"),
        ("<p\n>", "html"),
        ("<<返回首页", "text"),
        ("《学习纲要》<第二版>", "text"),
        ("当x<5时，y>3", "text"),
        ("<pp>", "text"),
        ("<b", "text"),
    ],
)
def test_the_sniffing_rule(start: str, form: str) -> None:
    from xianfeng._api import sniff_form

    assert sniff_form(start) == form
    assert sniff_form("正文一段。\n" * 800 + start) == "text"  # past 4,096 characters
