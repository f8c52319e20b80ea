"""The HTML path: same fields as the text form, independent of class names, pages merged."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

import pytest

from conftest import FIXTURES, Case, cases
from xianfeng import Article, Credit, Link, ParseError, merge_pages, parse_article
from xianfeng._chars import fold

HTML_CASES = [case for case in cases() if case.page.suffix == ".html"]
SEED_URL = "http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html"


def parse(name: str, *, url: str | None = None, data: bytes | None = None) -> Article:
    page = FIXTURES / name / "page.html"
    return parse_article(data if data is not None else page.read_bytes(), url=url)


@pytest.fixture(scope="module")
def seed_html() -> Article:
    return parse("html-seed-table-gb2312", url=SEED_URL)


@pytest.fixture(scope="module")
def seed_txt(seed_text: str) -> Article:
    return parse_article(seed_text)


@pytest.mark.parametrize(
    "field", ["title", "column", "published", "published_raw", "source", "author", "clicks"]
)
def test_seed_html_and_text_give_the_same_metadata(
    seed_html: Article, seed_txt: Article, field: str
) -> None:
    assert getattr(seed_html, field) == getattr(seed_txt, field)


def test_seed_html_and_text_give_the_same_body_credits_and_footer(
    seed_html: Article, seed_txt: Article
) -> None:
    assert seed_html.sections == seed_txt.sections
    assert seed_html.credits == seed_txt.credits
    footer_html, footer_txt = seed_html.footer, seed_txt.footer
    assert (footer_html.host, footer_html.icp, footer_html.support) == (
        footer_txt.host,
        footer_txt.icp,
        footer_txt.support,
    )


def test_seed_html_and_text_give_the_same_header(seed_html: Article, seed_txt: Article) -> None:
    assert [link.label for link in seed_html.navigation] == [
        link.label for link in seed_txt.navigation
    ]
    assert [link.label for link in seed_html.breadcrumb] == ["哈尔滨先锋网信息页", "返回首页"]
    assert [link.label for link in seed_txt.breadcrumb] == ["哈尔滨先锋网信息页", "返回首页"]
    # The text shows the cut headline; the HTML carries the full one in the title attribute.
    assert len(seed_html.notices) == len(seed_txt.notices) == 5
    for full, shown in zip(seed_html.notices, seed_txt.notices, strict=True):
        assert fold(full.title).startswith(fold(shown.title))
        assert full.truncated
        assert shown.truncated


def test_seed_html_adds_what_the_text_form_lacks(seed_html: Article) -> None:
    assert seed_html.article_id == 71234
    assert seed_html.encoding == "gb18030"
    assert seed_html.breadcrumb[1].url == "http://www.hrbxfw.gov.cn/"
    assert all(link.url and link.url.startswith("http://") for link in seed_html.navigation)


_CLASS_OR_ID = re.compile(rb"""\s(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


@pytest.mark.parametrize("case", HTML_CASES, ids=[c.name for c in HTML_CASES])
def test_no_class_or_id_is_needed_to_find_a_region(case: Case) -> None:
    page = case.page.read_bytes()
    renamed, count = _CLASS_OR_ID.subn(
        lambda m: b' %s="r%08x"' % (m.group(1), zlib.crc32(m.group(2))), page
    )
    assert count > 5, "the fixture should use classes and ids like the real templates"
    assert _CLASS_OR_ID.search(renamed).group(2).startswith(b'"r')  # type: ignore[union-attr]
    assert parse_article(renamed, url=case.url) == parse_article(page, url=case.url)


def test_merge_pages_joins_a_paginated_article() -> None:
    first = parse("html-paged-1", url="http://www.hrbxfw.gov.cn/a/dxsj/2022/0520/71300.html")
    second = parse("html-paged-2", url="http://www.hrbxfw.gov.cn/a/dxsj/2022/0520/71300_2.html")
    merged = merge_pages([second, first])
    assert (first.page, second.page, merged.page, merged.page_count) == (1, 2, 1, 2)
    # Page 2 starts mid-section: its first paragraphs continue page 1's last section.
    assert second.sections[0].heading is None
    continued = first.sections[-1].blocks + second.sections[0].blocks
    assert merged.sections[len(first.sections) - 1].blocks == continued
    assert merged.sections[len(first.sections) :] == second.sections[1:]
    assert merged.text == first.text + "\n" + second.text
    assert merged.credits == second.credits
    assert merged.next == second.next
    assert merged.page_urls == first.page_urls == second.page_urls


def test_merge_pages_refuses_pages_of_different_articles() -> None:
    first = parse("html-paged-1")
    other = parse("html-div-utf8")
    with pytest.raises(
        ParseError, match=r"expected pages 1 to 2 of one article, got pages \[1, 1\]"
    ):
        merge_pages([first, other])
    with pytest.raises(ParseError, match="needs at least one page"):
        merge_pages([])


def test_the_title_tag_picks_the_headline_over_a_subtitle_above_the_metadata() -> None:
    page = (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8")
    end = page.index("</h1>") + len("</h1>")
    with_subtitle = page[:end] + "<h3>——记道里区“红色物业”建设</h3>" + page[end:]
    article = parse_article(with_subtitle)
    assert article.title == "道里区以“红色物业”赋能基层治理 打通服务群众“最后一米”"
    assert article.sections == parse_article(page).sections


@pytest.mark.parametrize(
    "info",
    [
        pytest.param(
            '<ul class="info"><li>发布时间：2023年06月12日 09:30</li><li>来源：道里区委组织部</li>'
            "<li>作者：李明</li><li>点击数：1,234</li></ul>",
            id="a-block-per-field",
        ),
        pytest.param(
            '<div class="info"><p>来源：道里区委组织部</p><p>作者：李明</p>'
            "<p>发布时间：2023年06月12日 09:30 点击数：1,234</p></div>",
            id="fields-before-the-date",
        ),
    ],
)
def test_a_metadata_line_given_one_field_per_block_is_read_whole(info: str) -> None:
    page = (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8")
    original = re.search(r'<div class="info">.*?</div>', page)
    assert original is not None
    article = parse_article(page.replace(original.group(), info))
    expected = parse_article(page)
    assert (article.published, article.source, article.author, article.clicks) == (
        expected.published,
        "道里区委组织部",
        "李明",
        1234,
    )
    assert article.title == expected.title
    assert article.sections == expected.sections


def test_a_headline_broken_by_br_stays_one_title() -> None:
    page = (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8")
    headline = "<h1>【基层党建】道里区以“红色物业”赋能基层治理 打通"
    broken = page.replace(headline, headline.replace(" 打通", "<br/>打通"))
    assert broken != page
    assert parse_article(broken).title == parse_article(page).title


def test_page_tools_on_the_metadata_line_are_not_values() -> None:
    page = (FIXTURES / "html-seed-table-gb2312" / "page.html").read_bytes().decode("gb18030")
    tools = page.replace("</script>次", "</script>次 字号：T|T 打印本页 关闭窗口", 1)
    assert tools != page
    article = parse_article(tools)
    assert (article.source, article.clicks, article.warnings) == ("哈尔滨党员之家", None, ())


def test_a_notice_box_in_a_side_column_after_the_article_is_read_as_notices() -> None:
    page = (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8")
    start, end = page.index("<!-- 通知公告 -->"), page.index("<!-- /通知公告 -->")
    box = page[start:end]
    moved = page[:start] + page[end:]
    moved = moved.replace("<!-- 底部 -->", f'<div class="side">{box}</div>\n<!-- 底部 -->')
    assert moved.index("box tzgg") > moved.index("发布时间")
    article, original = parse_article(moved), parse_article(page)
    assert article.notices == original.notices
    assert article.sections == original.sections
    assert article.credits == original.credits
    assert article.footer == original.footer


PAGED_URL = "http://www.hrbxfw.gov.cn/a/dxsj/2022/0520/"


def paged(n: int, edit: Callable[[str], str] = lambda page: page) -> Article:
    html = (FIXTURES / f"html-paged-{n}" / "page.html").read_bytes().decode("gb18030")
    name = "71300.html" if n == 1 else f"71300_{n}.html"
    return parse_article(edit(html).encode("gb18030"), url=PAGED_URL + name)


def test_merge_pages_keeps_no_repeated_credits() -> None:
    # The template shows the editor in the metadata line of every page, and the last page
    # names the editor again at the end of the body.
    def editor_in_metadata(page: str) -> str:
        edited = page.replace(
            "<small>来源:</small>呼兰区委组织部 ",
            "<small>来源:</small>呼兰区委组织部 <small>责任编辑:</small>刘洋 ",
        )
        assert edited != page
        return edited

    first, second = paged(1, editor_in_metadata), paged(2, editor_in_metadata)
    editor, supplier = (
        Credit(role="责任编辑", name="刘洋"),
        Credit(role="供稿", name="呼兰区委组织部"),
    )
    assert first.credits == (editor,)
    assert second.credits == (editor, supplier, editor)
    merged = merge_pages([second, first])
    assert merged.credits == (editor, supplier)
    assert merge_pages([first, second]) == merged


def test_merge_pages_keeps_different_credits_of_one_role() -> None:
    def photographer(name: str) -> Callable[[str], str]:
        def edit(page: str) -> str:
            body_end = '          </td>\n        </tr>\n        <tr>\n          <td height="36"'
            assert page.count(body_end) == 1
            return page.replace(body_end, f'<p align="right">摄影：{name}</p>\n{body_end}')

        return edit

    first, second = paged(1, photographer("王强")), paged(2, photographer("李明"))
    assert [c.name for c in first.credits] == ["王强"]
    assert [c.name for c in second.credits] == ["呼兰区委组织部", "刘洋", "李明"]
    assert [(c.role, c.name) for c in merge_pages([second, first]).credits] == [
        ("摄影", "王强"),
        ("供稿", "呼兰区委组织部"),
        ("责任编辑", "刘洋"),
        ("摄影", "李明"),
    ]


# Credits written after the line that ends the body (上一篇/下一篇, the pager, a 相关文章 box)
# and before the footer are credits: not lost, and not body.


def test_credits_after_the_prev_next_lines_are_credits() -> None:
    page = (FIXTURES / "html-seed-table-gb2312" / "page.html").read_bytes().decode("gb18030")
    end = "</ul>\n          </td>"
    assert page.count(end) == 1
    after = page.replace(
        end,
        '</ul>\n<p style="text-align:right">（责任编辑：王芳　审核：赵强）</p>\n          </td>',
    )
    article, original = parse_article(after), parse_article(page)
    assert article.credits == (
        Credit(role="供稿", name="阿城区委宣传部"),
        Credit(role="责任编辑", name="王芳"),
        Credit(role="审核", name="赵强"),
    )
    assert article.sections == original.sections
    assert "王芳" not in article.text


def test_credits_after_a_related_articles_box_and_the_pager_are_credits() -> None:
    page = (FIXTURES / "html-paged-1" / "page.html").read_bytes().decode("gb18030")
    pager = page.index('<div class="dede_pages">')
    box = (
        '<div class="xgwz"><h3>相关文章</h3><ul><li><a href="/a/dxsj/2022/0501/71100.html">'
        "呼兰区开展“最美党员”评选活动</a></li></ul></div>\n"
        '<p align="right">责任编辑：刘洋</p>\n'
    )
    after = page[:pager] + page[pager:].replace("</div>", "</div>\n" + box, 1)
    assert after.index("相关文章") > after.index("共2页")
    article = parse_article(after.encode("gb18030"))
    original = parse_article(page.encode("gb18030"))
    assert article.credits == (Credit(role="责任编辑", name="刘洋"),)
    assert article.sections == original.sections
    assert (article.page, article.page_count) == (1, 2)


def test_a_text_rendering_with_credits_after_the_prev_next_lines(seed_text: str) -> None:
    lines = seed_text.split("\n")
    credit = lines.index("供稿:阿城区委宣传部")
    moved = [*lines[:credit], *lines[credit + 1 :]]
    footer = moved.index("主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3")
    moved[footer:footer] = [
        "上一篇：双城区扎实推进春季农村人居环境整治",
        "下一篇：没有了",
        "供稿:阿城区委宣传部",
        "\u3000\u3000责任编辑：王芳",
    ]
    article, original = parse_article("\n".join(moved)), parse_article(seed_text)
    assert article.credits == (*original.credits, Credit(role="责任编辑", name="王芳"))
    assert article.sections == original.sections
    assert article.previous == Link(label="双城区扎实推进春季农村人居环境整治")


# Page 185's blog post, cut down (its own text and markup, fewer paragraphs): an English date
# line over the headline, a <title> that puts the blog's name first, a heading over a short
# sentence, and a count of reads said in a sentence under the text.
BLOG_POST = "\n".join(
    [
        "<html><head><title>多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业</title></head><body>",
        "<div>2006年12月27日（京港台时间）</div>",
        "<P>Saturday, September 10th, 2005 &nbsp; 10:56 am </p>",
        "<P align=center><FONT size=5>播客热潮迅速蔓延 挑逗传统传媒业</font></p>",
        "<p>　　事实上，去年10月开始，播客在其诞生地美国已火热起来。根据Google搜索的结果，"
        "2004年9月有关播客的搜索结果还不到20个，10月初该搜索结果迅速变为5950个，"
        "10月底已暴升至8.57万个。</p>",
        "<p>　　从6月28日苹果开通这一服务以来，头两天播客的下载量就达到了100万次，"
        "苹果CEO乔布斯乐观地表示，把播客这个新玩意放到iTunes中，"
        "就是为了“占据在播客广播的主流地位”。</p>",
        "<p>●“新生儿”面临诸多问题</p>",
        "<p>　　作为一个新兴事物，刚刚开始起步的“播客”自然还面临很多问题。</p>",
        "<p>　　首先，播客的节目内容还不够丰富。目前，播客提供的节目主要以音乐为主，"
        "其中许多都是自创的地下音乐。单靠个人力量似乎还很难做到能及时更新较高质量的节目。</p>",
        "<p>(本文发表于首页批评与建议, 已被阅读178次)</p>",
        "<p>本文通告引用(Trackback)链接: /wp-trackback.php?p=1700</p>",
        "<p>《播客热潮迅速蔓延 挑逗传统传媒业》已有1件评论</p>",
        "</body></html>",
    ]
)


@pytest.fixture(scope="module")
def blog_post() -> Article:
    return parse_article(BLOG_POST)


def test_an_english_date_line_over_the_headline_gives_the_date(blog_post: Article) -> None:
    assert blog_post.published is not None
    assert blog_post.published.isoformat() == "2005-09-10T10:56:00+08:00"
    assert blog_post.title == "播客热潮迅速蔓延 挑逗传统传媒业"


def test_a_count_of_reads_said_under_the_text_is_the_clicks(blog_post: Article) -> None:
    assert blog_post.clicks == 178
    assert blog_post.text.rstrip().endswith("较高质量的节目。")


# Page 254 cut down (its own text and markup, fewer paragraphs): the writers' names glued
# after the date, a credit with a slash, a picture-source note closing the text, and a count
# of reads in brackets after its label under it.
COLUMN_PIECE = "\n".join(
    [
        '<html><body><div class="content-a">',
        '<h1 class="a-title"><strong>补壹刀：别笑！18人的“新八国联军”今天成立了</strong></h1>',
        '<div class="a-info"><span class="time">2020-06-05 20:35</span>',
        '  <span class="original">',
        "    <span>叨叨姐</span>",
        "    <span>胡一刀</span>",
        "    <span>李小飞刀</span>",
        "  </span></div>",
        '<div class="a-con"><p><strong>执笔/叨叨姐、胡一刀&amp;李小飞刀</strong> </p>',
        "<p><strong>西方世界的一些反华分子正试图串联起来。</strong>  </p>",
        "<p>今天，来自美、英、日、德、澳、加拿大、挪威、瑞典8个国家的政客和议员，"
        "组成了一个“跨国议会对华政策联盟”，号称“八国联盟”。 </p>",
        "<p>刀哥想说，都9020年了，自信一点，理性一点，可以吗。 </p><p>图片均来自网络 </p></div>",
        '<div class="a-edit"><span class="a">责编：薛艺磊</span></div>',
        '<div class="a-btool"><div class="ab-a">阅读数(<em>15878</em>）</div></div>',
        "</div></body></html>",
    ]
)


# Page 227 cut down (its own text and markup): a picture over the first paragraph, which
# opens with a dateline credit; a closing byline and a colon-less credit line under the text;
# the source and the editor in two spans of a box, glued.
REPOST = "\n".join(
    [
        "<html><body><h1>“黑五”战役打响 亚马逊海外购登陆拼多多</h1>",
        '<div class="post_time_source">2019-11-25 11:53:41　来源: 新京报</div>',
        '<div class="post_text">',
        '<p class="f_center"><img alt="亚马逊海外购“限时快闪店”登陆拼多多" src="a.jpeg"></p>',
        "<p>新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现，"
        "亚马逊海外购与拼多多达成合作，前者的海外购商品已登陆拼多多，商品涵盖英美德日等地。</p>",
        "<p>今年国内跨境电商行业景气度高于电商整体行业水平，电商公司也在加强布局跨境电商业务。</p>",
        "<p>新京报记者 陆一夫</p><p>编辑 刘晓阳 校对 李铭</p>",
        '<div class="ep-source"><span class="left"> 本文来源：新京报  </span>',
        '<span class="ep-editor">责任编辑：姚立伟_NT6056</span></div>',
        "</div></body></html>",
    ]
)


def test_a_datelines_credit_under_a_picture_is_read() -> None:
    article = parse_article(REPOST)
    assert [(c.role, c.name) for c in article.credits] == [
        ("记者", "陆一夫"),
        ("记者", "陆一夫"),
        ("编辑", "刘晓阳"),
        ("校对", "李铭"),
        ("责任编辑", "姚立伟_NT6056"),
    ]
    assert article.source == "新京报"


def test_a_bold_question_between_paragraphs_is_a_heading() -> None:
    # Page 225's markup and text, cut down: a bold one-question paragraph over a picture.
    page = "\n".join(
        [
            "<html><body><h1>《一分钱》被改成《一元钱》？潘振声女儿：不尊重经典</h1>",
            '<div class="content-article">',
            '<p class="one-p">近日，一张截图在朋友圈流传，那首著名的儿童歌曲《一分钱》被改成了'
            "《一元钱》，有人感叹，时光飞逝，过去的“一分钱”“与时俱进”成了“一块钱”。</p>",
            '<p class="one-p"><strong>一分钱变一元钱，消解经典文化可取吗？</strong></p>',
            '<p class="one-p"><img src="1000.jpg" class="content-picture"></p>',
            '<p class="one-p">女儿马莉是南艺老师，也是长笛演奏家。马莉也在朋友圈看到了这个截图，'
            "还有不少朋友来问她，知不知道这个事情。</p>",
            "</div></body></html>",
        ]
    )
    headings = [s.heading for s in parse_article(page).sections if s.heading]
    assert headings == ["一分钱变一元钱，消解经典文化可取吗？"]


def test_a_count_of_reads_in_brackets_under_the_text_is_the_clicks() -> None:
    article = parse_article(COLUMN_PIECE)
    assert article.clicks == 15878
    assert article.published is not None
    assert article.published.isoformat() == "2020-06-05T20:35:00+08:00"
    assert [(c.role, c.name) for c in article.credits] == [
        ("执笔", "叨叨姐、胡一刀&李小飞刀"),
        ("责编", "薛艺磊"),
    ]
    assert article.text.startswith("西方世界的一些反华分子正试图串联起来。")
    assert article.text.rstrip().endswith("理性一点，可以吗。")


def test_a_heading_over_a_short_sentence_is_a_heading(blog_post: Article) -> None:
    assert [s.heading for s in blog_post.sections if s.heading] == ["●“新生儿”面临诸多问题"]
