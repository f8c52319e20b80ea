"""The region locator step by step: where the body starts, where it ends, what is taken out.

The line lists here are invented edge cases, each the smallest page that shows one step;
the real pages that back the rules are in tests/corpus and tests/fixtures.
"""

from __future__ import annotations

import attrs
import pytest

from xianfeng import Credit, Image, Paragraph, Profile, parse_article
from xianfeng._fields.title import not_a_title
from xianfeng._lexicon import DEFAULT
from xianfeng._regions import TEXT_ONLY, Span, locate
from xianfeng._regions.body import find_body

TITLE = "区委召开基层党建工作推进会"
META = "时间：2024-05-06 09:30 来源：区委组织部"
ONE = "会议强调，要把学习成果转化为推动工作的实际成效。"
TWO = "会议要求，各级党组织要压实责任，抓好落实。"
FOOTER = "主办单位：中共某某区委组织部"


def body_of(lines: list[str]) -> list[str]:
    layout = locate(lines, lex=DEFAULT)
    return [lines[at] for at in layout.body.lines]


def page(*middle: str) -> list[str]:
    return ["首页 党建动态", TITLE, META, *middle, FOOTER]


# -- where the body starts ------------------------------------------------------------


def test_the_body_starts_under_the_metadata_line() -> None:
    assert body_of(page(ONE, TWO)) == [ONE, TWO]


def test_the_headline_repeated_over_the_body_is_not_text() -> None:
    assert body_of(page("区委召开基层党建", "工作推进会", ONE, TWO)) == [ONE, TWO]


def test_a_field_alone_between_the_headline_and_its_repeat_is_the_metadata() -> None:
    # Page 145 (天天看点): no date anywhere; 作者: alone between two copies of the headline.
    headline = "夏县举办“我爱我故乡”有奖征文颁奖活动"
    first = (
        "葱茏六月,书香绽放。6月13日,值此中华人民共和国成立75周年之际,"
        "由夏县文旅局主办、图书馆承办的“我爱我故乡”有奖征文活动颁奖仪式隆重举行。"
    )
    article = parse_article("\n\n".join(["天天看点", headline, "作者:微观经法", headline, first]))
    assert (article.title, article.author) == (headline, "微观经法")
    assert article.sections[0].paragraphs == (first,)
    assert [w.code for w in article.warnings] == []


def test_a_table_of_document_fields_over_the_body_is_not_text() -> None:
    assert body_of(page("索 引 号: 001 主题分类: 党建", ONE, TWO)) == [ONE, TWO]


def test_without_an_anchor_the_body_starts_at_the_first_prose() -> None:
    lines = ["首页 党建动态", TITLE, ONE * 2, TWO * 2, FOOTER]
    layout = locate(lines, lex=DEFAULT)
    assert (layout.title, [lines[at] for at in layout.body.lines]) == (TITLE, [ONE * 2, TWO * 2])
    assert [w.code for w in layout.warnings] == ["meta.missing"]


# -- where it ends --------------------------------------------------------------------


@pytest.mark.parametrize(
    "closer",
    [
        "上一篇：区委召开学习会",
        "共2页: 上一页 1 2 下一页",
        "【1】【2】",
        "相关文章：",
        "通知公告 更多>>",
    ],
)
def test_a_line_that_only_follows_a_body_ends_it(closer: str) -> None:
    assert body_of(page(ONE, closer, TWO)) == [ONE]


# Page 146 (新民晚报 e-paper): the text's last line, the toolbar again, the page list.
LAST_146 = "是小贩,也是老兵,面临阵地转移,他立此存照,以示战上海的决心……"


def test_page_tools_under_the_text_end_it() -> None:
    lines = page(ONE, LAST_146, "放大 缩小 默认", "第A01版:一版要闻", "第A02版:要闻")
    assert body_of(lines) == [ONE, LAST_146]


def test_a_tool_that_unfolds_the_rest_of_the_text_does_not_end_it() -> None:
    # Page 184 (sohu.com): 展开全文 between two paragraphs.
    first = "苏银霞打小做生意，从上世纪90年代开始，卖农药化肥，盖养猪场，倒腾木材。"
    second = "作为当地的企业老板，于家做了几十年生意，手头上还算宽绰。"
    assert body_of(page(first, "展开全文", second)) == [first, second]


def test_the_footer_ends_the_body() -> None:
    lines = page(ONE, TWO)
    layout = locate(lines, lex=DEFAULT)
    assert (layout.body.lines[-1], layout.footer_at) == (4, 5)


@attrs.frozen
class Boxed:
    """Markup whose article container holds lines 3 and 4 only (a side column follows)."""

    objects: frozenset[int] = frozenset()
    hints: tuple[str, ...] = ()
    span: Span | None = None

    def container(self, start: int, stop: int) -> Span | None:
        return (3, 5)

    def linked(self, at: int) -> bool:
        return False


def test_the_body_ends_where_its_container_ends() -> None:
    lines = page(ONE, TWO, "区委召开学习会，部署下一阶段工作。", "责任编辑：赵六")
    layout = locate(lines, lex=DEFAULT, markup=Boxed())
    assert [lines[at] for at in layout.body.lines] == [ONE, TWO]
    assert layout.body.credits == (Credit(role="责任编辑", name="赵六"),)
    assert [lines[at] for at in locate(lines, lex=DEFAULT).body.lines] == [
        ONE,
        TWO,
        "区委召开学习会，部署下一阶段工作。",
    ]


def test_an_end_marker_that_opens_a_line_ends_the_body_there() -> None:
    lines = page(
        ONE, TWO, "【我要纠错】 责任编辑：赵六", "本网站所刊登的信息仅供参考，不代表本网观点。"
    )
    profile = Profile(end_markers=["我要纠错"])
    article = parse_article("\n".join(lines), profile=profile)
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, TWO]
    assert article.credits == (Credit(role="责任编辑", name="赵六"),)


def test_a_marker_word_inside_a_line_does_not_end_the_body() -> None:
    assert body_of(page(ONE, "相关文章很多，本文只谈其一。", TWO)) == [
        ONE,
        "相关文章很多，本文只谈其一。",
        TWO,
    ]


# -- what is taken out ----------------------------------------------------------------


def test_page_tools_and_more_links_are_not_text() -> None:
    assert body_of(page(ONE, "【打印】【关闭】", "点击进入专题>>", TWO)) == [ONE, TWO]


def test_credits_and_short_lines_closing_the_body_are_not_text() -> None:
    lines = page(ONE, TWO, "供稿：区委宣传部", "地址：某某路1号")
    layout = locate(lines, lex=DEFAULT)
    assert [lines[at] for at in layout.body.lines] == [ONE, TWO]
    assert layout.body.credits == (Credit(role="供稿", name="区委宣传部"),)


def test_a_credit_above_the_last_prose_is_text() -> None:
    lines = page(ONE, "供稿：区委宣传部", TWO)
    assert body_of(lines) == [ONE, "供稿：区委宣传部", TWO]


def test_metadata_under_the_body_fills_the_line() -> None:
    lines = ["首页", TITLE, "时间：2024-05-06 09:30", ONE, TWO, "作者：张三", FOOTER]
    layout = locate(lines, lex=DEFAULT)
    assert layout.meta is not None
    assert (layout.meta.get("author"), layout.meta.get("source")) == ("张三", None)
    assert [lines[at] for at in layout.body.lines] == [ONE, TWO]


def test_under_the_body_a_notice_box_gives_side_notices() -> None:
    lines = page(
        ONE, TWO, "上一篇：区委召开学习会", "通知公告", "关于开展主题党日活动的通知", FOOTER
    )
    layout = locate(lines, lex=DEFAULT)
    assert [lines[at] for at in layout.body.side_notices] == ["关于开展主题党日活动的通知"]
    assert [lines[at] for at in layout.body.prev_next] == ["上一篇：区委召开学习会"]


@pytest.mark.parametrize(
    "line",
    [
        "3 上一篇  下一篇 4 放大 缩小 默认",  # page 152, an e-paper's pager
        "[上一篇]  [下一篇]",  # invented: the two links bracketed
    ],
)
def test_the_two_links_without_their_titles_end_the_body(line: str) -> None:
    lines = page(ONE, TWO, line, "宏观经济数据泄密不只是尴尬")
    layout = locate(lines, lex=DEFAULT)
    assert [lines[at] for at in layout.body.lines] == [ONE, TWO]
    assert [lines[at] for at in layout.body.prev_next] == [line]


def test_a_sentence_naming_both_links_stays_text() -> None:
    # Invented: the two words in a sentence (with its comma) are no pager.
    line = "上一篇讲了规划，下一篇讲落实"
    assert body_of(page(ONE, line, TWO)) == [ONE, line, TWO]


def test_the_pager_gives_the_page_count() -> None:
    layout = locate(page(ONE, TWO, "共3页: 上一页 1 2 3 下一页"), lex=DEFAULT)
    assert layout.body.page_count == 3


def test_the_body_finder_runs_once_on_lines_given_directly() -> None:
    lines = page(ONE, TWO, "上一篇：区委召开学习会")
    body = find_body(lines, 3, 6, span=None, title=TITLE, markup=TEXT_ONLY, lex=DEFAULT)
    assert (body.lines, body.prev_next, body.credits) == ((3, 4), (5,), ())


def test_a_byline_and_a_column_tag_over_the_text_are_not_text() -> None:
    # As page 069 shows them: 【新春走基层】, then 光明日报记者 王建宏 张文攀, then the text.
    lines = page("【新春走基层】", "光明日报记者 王建宏 张文攀", ONE, TWO)
    layout = locate(lines, lex=DEFAULT)
    assert [lines[at] for at in layout.body.lines] == [ONE, TWO]
    assert layout.body.credits == (Credit(role="记者", name="王建宏 张文攀"),)


# -- plausibility of the headline -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("——8902班校友回访母校", "a subtitle"),  # page 133
        ("(资料图片)", "a note in brackets"),  # page 116
        ("—我院外二党支部义诊进基层", "a subtitle"),  # page 115
        ("2019-11-08 10:05", "a date"),
        ("【2021年7月8日 星期四】", "a date"),
        ("2003年5月", "a date"),  # page 077: the month of a report's title block
        ("09:20", "a time"),
        ("41352", "a number"),
        ("08.11.2019 10:05", "a number"),
        ("來源:某某客戶端", "a metadata line"),
        ("首 页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城", "a navigation row"),  # page 038
        ("区委召开基层党建工作推进会", None),
        ("土豆不“土” 土豆无“土”", None),  # page 069
        ("2023年度基层党组织书记述职评议会召开", None),
    ],
)
def test_what_cannot_be_a_headline(line: str, why: str | None) -> None:
    assert not_a_title(line, lex=DEFAULT) == why


# Page 077 (qianlong.com, 2005) as its lines read: the headline, the date line with the
# site's address, then the report's title block (the headline again, who wrote it, the
# month) over a first paragraph that an ad splits after its first clause.
REPORT = [
    "北京市儿童(13-15岁)心理素质发展现状调查研究报告",
    "http://www.qianlong.com/ 2005-03-06 16:17:00",
    "北京市儿童(13-15岁)心理素质发展现状调查研究报告",
    "北京市妇女儿童工作委员会儿童心理调研课题组",
    "2003年5月",
    "为了贯彻落实北京市“十五”时期儿童发展规划，",
    "进一步了解全市13—15岁儿童目前的心理发展现状，为制定切实可行的教育对策提供科学依据，"
    "北京市妇女儿童工作委员会开展了本次儿童心理素质发展现状的调查和研究。",
]


def test_a_date_line_with_the_sites_address_over_a_report_title_block() -> None:
    article = parse_article("\n".join(REPORT), form="text")
    assert (article.title, article.published_raw) == (REPORT[0], "2005-03-06 16:17:00")
    assert [p for s in article.sections for p in s.paragraphs] == REPORT[5:]
    assert [s.heading for s in article.sections] == [None]


def test_a_date_after_the_sites_bare_host_name_is_the_publication_date() -> None:
    # Page 173 (auto.sohu.com, 2005) as its lines read: the headline, then the blue bar that
    # gives the date only after the site's host name, written without http:// or www.
    lines = [
        "从上海车展看在华布局 现代汽车再次提速",
        "AUTO.SOHU.COM  2005年05月13日14:15",
        "刚刚结束的号称世界第三，亚洲第一的上海车展，无疑是诸多汽车厂商，特别是跨国汽车巨头展示"
        "自己最新产品技术、综合实力的一个重要舞台,仅仅推出的新车型就多达30多种。",
    ]
    article = parse_article("\n".join(lines), form="text")
    assert (article.title, article.published_raw) == (lines[0], "2005年05月13日14:15")
    assert [p for s in article.sections for p in s.paragraphs] == lines[2:]


def test_an_e_papers_issue_date_over_the_headline_is_the_publication_date() -> None:
    # Page 072 (epaper.chinatibetnews.com), cut down: the date picker's issue date, then the
    # headline the <title> names, its subtitle and the text.
    page_html = (
        "<html><head><title>“厕所革命”改善农牧区人居环境</title></head><body>"
        '<div><span id="paperdate">2022年02月13日</span></div>'
        "<h2>“厕所革命”改善农牧区人居环境</h2><h3>去年改造户用卫生厕所4.66万座</h3>"
        "<p>近年来，西藏坚持从农牧民实际需求出发，因地制宜，分类施策，全面推进城乡厕所新建改建"
        "工作，整体推进农村“厕所革命”，改善农牧区人居环境。</p></body></html>"
    )
    article = parse_article(page_html)
    assert (article.title, article.published_raw) == (
        "“厕所革命”改善农牧区人居环境",
        "2022年02月13日",
    )


def test_a_source_line_under_the_date_line_belongs_to_the_metadata() -> None:
    # Page 214 (news.ifeng.com), cut down: the date, then 来源 in a block of its own.
    page_html = (
        "<html><head><title>女童眼睛被塞几十片纸</title></head><body>"
        "<h1>女童眼睛被塞几十片纸，“无法用科学解释”</h1>"
        "<p><span>2019年11月25日 16:04:30</span><br><span>来源：</span>"
        '<span><a href="#">澎湃新闻网</a></span></p>'
        "<p>7岁小花（化名）“眼睛被塞纸”事件，仍有许多疑问。11月22日，河南许昌禹州市官方人士"
        "向澎湃新闻表示，调查组仍在紧锣密鼓工作中。</p></body></html>"
    )
    article = parse_article(page_html)
    assert (article.published_raw, article.source) == ("2019年11月25日 16:04:30", "澎湃新闻网")
    assert next(p for s in article.sections for p in s.paragraphs).startswith("7岁小花")


def test_a_refused_headline_gives_way_to_the_one_the_markup_names() -> None:
    page_html = (
        "<html><head><title>区委召开基层党建工作推进会_党建动态</title></head><body>"
        f"<p>09:20</p><p>{META}</p><p>{ONE}</p><p>{TWO}</p>"
        f"<p>{FOOTER}</p></body></html>"
    )
    article = parse_article(page_html)
    assert (article.title, article.warnings) == (TITLE, ())


def test_a_refused_headline_with_no_other_is_none_and_named_in_a_warning() -> None:
    article = parse_article("\n".join(["41352", META, ONE, TWO, FOOTER]))
    assert article.title is None
    assert [(w.code, w.message) for w in article.warnings] == [
        (
            "title.refused",
            "the line where the headline stands, '41352', is a number, not a headline",
        )
    ]


def test_a_metadata_line_may_open_a_page_without_a_headline() -> None:
    # As page 133 shows it: the metadata line first, a subtitle, then the text.
    lines = ["发布时间:2011-10-11 来源:党委宣传部(新闻中心) 浏览量:2785人次", "——回访母校", ONE]
    article = parse_article("\n".join(lines))
    assert (article.title, article.source, article.clicks) == (None, "党委宣传部(新闻中心)", 2785)
    assert [p for s in article.sections for p in s.paragraphs] == [ONE]


def test_a_labelled_metadata_line_opening_the_page_over_a_position_bar() -> None:
    # Page 096 (syucu.edu.cn, a text rendering): the metadata line, then the position bar,
    # then the text.
    lines = [
        "发布日期:2020-06-16 浏览次数:",
        "首页>工作动态>土木系党支部开展共产党员奉献日活动",
        "4月11日是我市第十个共产党员社区奉献日主题为生态社区、清洁社区、人文社区土木工程党支部本着为"
        "小树松绑,创造绿色校园的宗旨,积极宣传绿色环保,美化校园环境。",
    ]
    article = parse_article("\n".join(lines), form="text")
    assert article.published_raw == "2020-06-16"
    assert [p for s in article.sections for p in s.paragraphs] == lines[2:]


def test_a_date_under_an_unknown_word_over_a_position_bar_is_no_publication_date() -> None:
    # Page 093 (nanxian.gov.cn, a text rendering, cut down): an archive date opens the page.
    lines = [
        "归档时间:2023-06-15",
        "当前位置: 首页 > 公开领域 > 城乡规划",
        "南县住房和城乡建设局2018年度整体支出 绩效评价报告",
        "为检验预算编制的科学性、合理性、规范性,提升我局预算编制、执行、监督和绩效管理等能力水平,"
        "强化预算支出责任,进一步管理和使用好财务资金,确保财政资金使用效益。",
    ]
    assert parse_article("\n".join(lines), form="text").published is None


@pytest.mark.parametrize(
    ("opening", "credits"),
    [
        # As page 136 writes it; page 088 glues the name to a traditional role.
        ("文化艺术报讯(通讯员 苏光远 陈绍)", [("通讯员", "苏光远 陈绍")]),
        ("大西北网讯 (記者王志儉) ", [("記者", "王志儉")]),
        ("本报讯（记者 刘阳 通讯员 李四）", [("记者", "刘阳"), ("通讯员", "李四")]),
        # As page 007 opens its first paragraph: square brackets, a slash for the colon.
        ("【供稿/党委宣传部】", [("供稿", "党委宣传部")]),
        # As page 137 writes it: slashed roles, letter-spaced names.
        ("碧海银沙网讯(图文/刘 耀 编辑/文 和 蔚 青)", [("图文", "刘 耀"), ("编辑", "文 和 蔚 青")]),
        # As page 118 writes it: no brackets, the credits before 报道:.
        (
            "咸宁网讯 特约记者徐大发、通讯员柯国强报道:",
            [("特约记者", "徐大发"), ("通讯员", "柯国强")],
        ),
    ],
)
def test_a_datelines_credits_are_read_and_the_text_keeps_them(
    opening: str, credits: list[tuple[str, str]]
) -> None:
    article = parse_article("\n".join(page(opening + ONE, TWO)))
    assert article.credits == tuple(Credit(role=role, name=name) for role, name in credits)
    assert [p for s in article.sections for p in s.paragraphs] == [(opening + ONE).strip(), TWO]


def test_a_counters_number_over_the_text_is_not_text() -> None:
    # As page 255 shows it: a comment counter's number (4) between the date and the text.
    assert body_of(page("4", ONE, TWO)) == [ONE, TWO]


def test_a_credit_in_a_metadata_line_under_the_text_is_listed_once() -> None:
    # Invented: the page's metadata line over the text, another one under it with a credit.
    article = parse_article("\n".join(page(ONE, TWO, "来源：本站 责任编辑：张三")))
    assert article.credits == (Credit(role="责任编辑", name="张三"),)


def test_brackets_in_the_first_sentence_that_hold_no_credit_are_text() -> None:
    article = parse_article("\n".join(page("近日（5月6日）" + ONE, TWO)))
    assert article.credits == ()


def test_credits_in_brackets_closing_a_paragraph_are_read_and_the_text_keeps_them() -> None:
    # As page 090 closes its last paragraph: 老领导们…越办越好。(文/方爱宁  摄/周霄佳).
    last = TWO + "(文/方爱宁  摄/周霄佳)"
    article = parse_article("\n".join(page(ONE, last)))
    assert article.credits == (Credit(role="文", name="方爱宁"), Credit(role="摄", name="周霄佳"))
    tidied = TWO + "(文/方爱宁 摄/周霄佳)"  # a run of spaces is one
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, tidied]


# Page 116 (news.chinasm.com.cn), its lines as the page shows them: picture captions signed
# by the photographer between the paragraphs.
CAPTIONED = [
    "新华社上海2月27日电(李珂嘉贺)近日,海军军医大学第二附属医院(上海长征医院)选派30余个科室"
    "的40多名专家教授深入上海市浦东新区曹路镇社区,开展大型健康义诊活动。",
    "医生为居民义诊。汤圣雷 摄",
    "义诊过程中,医生们详细询问状况,悉心进行诊治,耐心解释病情,详细解答常见病、多发病的预防诊治"
    "方法及疑难问题,累计接诊1500余人次。",
    "医生为居民义诊。邓承浩 摄",
    "“近年来,我们通过设点义诊、定期医疗巡诊、健康宣教、专题讲座等形式,累计开展服务20余次。”",
]


def test_a_captions_signature_is_a_credit_and_the_caption_no_heading() -> None:
    article = parse_article("\n".join(page(*CAPTIONED)))
    assert article.credits == (Credit(role="摄", name="汤圣雷"), Credit(role="摄", name="邓承浩"))
    assert [s.heading for s in article.sections] == [None]


def test_a_sentence_ending_in_a_glued_one_character_role_signs_nothing() -> None:
    # Invented: 拍摄 ends the line in 摄, but no name stands apart before it.
    article = parse_article("\n".join(page(ONE, "记者来到活动现场。大家纷纷拍摄", TWO)))
    assert article.credits == ()


def test_a_byline_under_a_section_heading_is_a_credit_not_text() -> None:
    # As page 124 (www.zja.org.cn) shows a report of its round-up: heading, byline, text.
    heading = "浙江长兴县融媒体中心 开年报道“花式”创新"
    article = parse_article("\n".join(page(ONE, heading, "记者 黄琳", TWO)))
    assert article.credits == (Credit(role="记者", name="黄琳"),)
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        (None, (ONE,)),
        (heading, (TWO,)),
    ]


# -- credits over the text and glued to it, on pages without metadata ---------------------

# Page 142 (zhld.com, 周口晚报): the headline, a byline under it, paragraphs; the last ends
# with a credit glued on after its last sentence.
HEADLINE_142 = "数百幅照片见证商水巨变"
BYLINE_142 = "  □晚报记者 马治卫"
FIRST_142 = (
    "本报讯 “变化太大了,真是不比不知道,一比吓一跳!”10月7日,欣赏着商水县委院门前展板上的"
    "照片,该县练集镇的张同奎老汉不停地发出感慨。"
)
LAST_142 = (
    "此次活动的负责人介绍,为全面反映改革开放30年来,商水各方面取得的巨大成就,在县主题教育"
    "活动办公室的领导下,该县动员全县各行各业的摄影爱好者参与活动,他们从收集到的2000多幅照片"
    "中,选出500余幅优秀作品,分“历史变迁”、“商水新貌”、“文化建设”等7个主题展出。线索提供 王蕴杰"
)


def test_a_byline_under_the_headline_is_a_credit_not_the_title() -> None:
    article = parse_article("\n".join([HEADLINE_142, "", BYLINE_142, "", FIRST_142, LAST_142]))
    assert article.title == HEADLINE_142
    assert article.credits == (
        Credit(role="记者", name="马治卫"),
        Credit(role="线索提供", name="王蕴杰"),
    )
    assert [s.paragraphs for s in article.sections] == [(FIRST_142, LAST_142)]


def test_a_byline_where_the_headline_would_stand_is_no_title() -> None:
    # Page 143 (szb1.ywcity.cn): the rendering opens with the byline, no headline.
    article = parse_article("\n".join(["▢ 全媒体记者 骆红婷", FIRST_142, TWO]))
    assert article.title is None
    assert article.credits == (Credit(role="全媒体记者", name="骆红婷"),)
    assert not_a_title("▢ 全媒体记者 骆红婷", lex=DEFAULT) == "a credit line"


def test_a_bracketed_role_without_a_colon_closes_the_text_as_a_credit() -> None:
    # Page 144 (weiwangy.com): (审核 王瑾) under the last paragraph; 审核 is no byline role.
    article = parse_article("\n".join([FIRST_142, TWO, "(审核 王瑾)"]))
    assert article.credits == (Credit(role="审核", name="王瑾"),)
    assert [s.paragraphs for s in article.sections] == [(FIRST_142, TWO)]


def test_a_bracketed_credit_ends_at_its_closing_bracket_when_a_link_follows() -> None:
    # Page 184 (www.sohu.com): 【编辑:刘欢】 shares its <p> with a 返回搜狐 link.
    article = parse_article("\n".join([FIRST_142, TWO, "【编辑:刘欢】 返回搜狐，查看更多"]))
    assert article.credits == (Credit(role="编辑", name="刘欢"),)
    assert [s.paragraphs for s in article.sections] == [(FIRST_142, TWO)]


def test_a_bracketed_byline_opening_a_sentence_is_text() -> None:
    # Invented: a sentence after the closing bracket keeps the line a paragraph.
    line = "(记者 张三) 今天上午，区委召开会议。"
    assert body_of(page(ONE, line, TWO)) == [ONE, line, TWO]


# 224: a disclaimer box under the text, its badge picture under it (real text).
DISCLAIMER = (
    "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，"
    "不构成实质性投资建议，据此操作风险自担。"
)
FLASH = (
    "证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地，"
    "将为公司常州锂电新材料产业基地提供用地。"
)


def html_page(*blocks: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>x</title></head><body>'
        f"<h1>{TITLE}</h1><div>{META}</div><div>{''.join(blocks)}</div></body></html>"
    )


def test_a_picture_under_a_closing_notice_goes_with_it() -> None:
    blocks = f"<p>{FLASH}</p><p>{DISCLAIMER}</p><img src='/upload/1.jpg'>"
    article = parse_article(html_page(blocks))
    assert [b.text for b in article.sections[0].blocks if isinstance(b, Paragraph)] == [FLASH]
    assert not [b for b in article.sections[0].blocks if isinstance(b, Image)]


# 234: a resolution's headline in one bold run broken over three lines, its adoption note
# under it in the same <p> (real text, the page's <title> naming the headline).
RESOLUTION = (
    "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"
)
RESOLVED = (
    "第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长金人庆代表国务院对"
    "《国务院关于提请审议财政部发行特别国债购买外汇及调整2007年末国债余额限额的议案》作的说明，"
    "并对议案进行了审议。"
)


def test_a_headline_broken_over_lines_is_one_and_its_dated_note_no_text() -> None:
    page = (
        f'<html><head><meta charset="utf-8"><title>{RESOLUTION}__国务院公报</title></head>'
        '<body><div><p align="center"><strong>全国人民代表大会常务委员会<br>'
        "关于批准财政部发行特别国债购买外汇及<br>调整2007年末国债余额限额的决议</strong><br>"
        "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>"
        f"<p>{RESOLVED}</p></div></body></html>"
    )
    article = parse_article(page)
    assert article.title == RESOLUTION
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for b in article.sections[0].blocks if isinstance(b, Paragraph)] == [RESOLVED]


def test_the_named_headline_over_an_author_box_and_a_share_bar() -> None:
    # 226 (real text): name and title, a share bar and counts between headline and date.
    headline = "王文：中美贸易“持久战”，中国人的斗志被激发"
    page = (
        f'<html><head><meta charset="utf-8"><title>{headline}</title></head><body>'
        f"<h3>{headline}</h3><div><p><a>王文</a><span>中国人民大学重阳金融研究院执行院长</span></p>"
        "</div><div><span>分享到：</span></div><div><a>22</a> <a>59</a></div>"
        "<div>2019-09-07 09:25:09 来源：观察者网</div>"
        "<p>“中美贸易战正在变成一场持久战，但我们已有准备。”在东莞洪梅镇，"
        "海新科技董事长杨敬辉当面告诉笔者。</p></body></html>"
    )
    assert parse_article(page).title == headline


def test_a_name_glued_to_its_role_in_brackets_closing_a_caption_is_a_credit() -> None:
    # 235 (real text): the photographer in brackets, no space before 摄.
    caption = "图为山西品牌丝路行（南美站）启动仪式。（刘通摄）"
    article = parse_article("\n".join(page(ONE, caption, TWO)))
    assert article.credits == (Credit(role="摄", name="刘通"),)


def test_a_named_headline_over_two_blocks_takes_the_column_tag_of_its_title() -> None:
    # 007 (real text): the headline over two <p>s of one cell above the date line; only the
    # page's <title> carries the 【column】 tag and the site's name.
    whole = "196场宣讲，17994人次受益！在我校，五中全会精神这样进校园"
    page = (
        '<html><head><meta charset="utf-8"><title>【学习宣传贯彻党的十九届五中全会精神】'
        f"{whole}-重庆市合川广播电视大学-重庆广播电视大学</title></head><body><table><tr>"
        "<td><p>196场宣讲，17994人次受益！</p><p>在我校，五中全会精神这样进校园</p></td>"
        "</tr><tr><td>发布时间：2020-12-24 21:47:14　　　　阅读次数：</td></tr></table>"
        "<p>近日，为深入学习宣传贯彻党的十九届五中全会精神及市委五届九次全会精神，"
        "教育引导广大师生自觉将思想行动统一到全会精神上来。</p></body></html>"
    )
    article = parse_article(page)
    assert article.title == whole
    assert article.column == "学习宣传贯彻党的十九届五中全会精神"


def test_a_headline_shown_without_a_tag_keeps_none_when_its_title_has_none() -> None:
    # 007's excerpt again, its <title> changed to carry no tag (invented): the tag comes
    # from nowhere else.
    page = (
        '<html><head><meta charset="utf-8"><title>196场宣讲，17994人次受益！在我校，'
        "五中全会精神这样进校园-重庆市合川广播电视大学</title></head><body><table><tr>"
        "<td><p>196场宣讲，17994人次受益！</p><p>在我校，五中全会精神这样进校园</p></td>"
        "</tr><tr><td>发布时间：2020-12-24 21:47:14　　　　阅读次数：</td></tr></table>"
        "<p>近日，为深入学习宣传贯彻党的十九届五中全会精神及市委五届九次全会精神，"
        "教育引导广大师生自觉将思想行动统一到全会精神上来。</p></body></html>"
    )
    article = parse_article(page)
    assert article.title == "196场宣讲，17994人次受益！在我校，五中全会精神这样进校园"
    assert article.column is None


def test_a_date_line_led_by_a_column_and_a_unit_anchors_the_headline_above() -> None:
    # Page 271: the line under the headline holds no label at all.
    text = "\n".join(
        [
            "视频丨不允许学生当面道别 高考结束张桂梅又“躲”进办公室",
            "社会新闻 新华社 2022-06-09 11:44:04",
            "6月8日下午,云南丽江华坪女子高中141名毕业生结束高考后收拾行李,准备离校。和往年一样,"
            "张桂梅不允许学生向她当面道别,又“躲”进了办公室。",
        ]
    )
    article = parse_article(text, form="text")
    assert article.title == "视频丨不允许学生当面道别 高考结束张桂梅又“躲”进办公室"
    assert article.published is not None
    assert article.published.isoformat() == "2022-06-09T11:44:04+08:00"


def test_metadata_closing_the_text_under_a_named_headline_leaves_the_text_whole() -> None:
    # 332 (real text, shortened): the headline the markup names, 来源于： alone under it, the
    # text, then the date and a credit on one line under it.
    headline = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    first = "2019年2月27日下午，佛山顺德区大良街道党工委委员潘卓辉等一行八人到众创金融街调研。"
    last = "下一步，我区将升级发展众创金融街，为中山经济发展提供创新驱动力。"
    html = (
        f"<html><head><title>{headline} 东区办事处_中山网</title></head><body>"
        "<p>现在位置： 首页 &gt;&gt; 东区新闻 &gt;&gt; 正文</p>"
        f"<div><b>{headline}</b><br>来源于：东区办事处</div>"
        f"<p>{first}</p><p>{last}</p>"
        "<div>发布日期：2019-03-06 责任编辑：龙慧</div><div>【打印本页】【关闭窗口】</div>"
        "</body></html>"
    )
    article = parse_article(html)
    assert (article.title, article.source) == (headline, "东区办事处")
    assert article.published is not None
    assert article.published.date().isoformat() == "2019-03-06"
    assert article.credits == (Credit(role="责任编辑", name="龙慧"),)
    assert [p for s in article.sections for p in s.paragraphs] == [first, last]


def test_a_byline_then_a_source_closing_the_text_is_no_text() -> None:
    # 333 (real line): the outlets joined by a dot, the role, the name, then 来源：.
    byline = "中青报·中青网记者 魏其濛 来源：中国青年报"
    article = parse_article("\n".join(page(ONE, TWO, byline)))
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, TWO]
    assert article.credits == (Credit(role="记者", name="魏其濛"),)


def test_a_placeholder_between_a_picture_and_the_text_is_not_text() -> None:
    # 334 (real lines): a survey box's loading text under an empty player, over the text.
    html = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>{META}</p>"
        '<div><img src="a.jpg"></div>'
        "<p>调查问题加载中，请稍候。<br>若长时间无响应，请刷新本页面</p>"
        f"<p>{ONE}</p><p>{TWO}</p></body></html>"
    )
    article = parse_article(html)
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, TWO]


def test_the_headline_shown_again_with_its_date_under_it_anchors_the_page() -> None:
    # 335 (real lines, shortened): a mobile header shows the <h1>'s headline first, with a
    # share bar under it; the article's copy further down has the date and the source.
    headline = "呼和浩特：对生育二孩、三孩的呼市户籍家庭发放一次性育儿津贴5000元"
    html = (
        f"<html><head><title>{headline}_中国网</title></head><body>"
        f"<div>首页&gt; 新闻中心&gt;</div><div>{headline}</div><div>分享到：</div>"
        "<div>新闻 财经 观点 文化</div><div>首页&gt; 新闻中心&gt;</div>"
        f"<h1>{headline}</h1><p>2024-05-13 13:48</p><p>来源：中国网</p>"
        f"<p>{ONE}</p><p>{TWO}</p></body></html>"
    )
    article = parse_article(html)
    assert (article.title, article.source) == (headline, "中国网")
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-13T13:48:00+08:00"
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, TWO]


def test_a_photo_storys_credits_and_bare_pager_under_the_text_are_no_text() -> None:
    # 336 (real lines): the agency's credit line, a pager of bare page numbers, tag links,
    # then author and editor in square brackets.
    article = parse_article(
        "\n".join(
            page(
                ONE,
                TWO,
                "新华社发（刘满仓摄）",
                "1 2 3 4下一页",
                "遵化数字农机农业生产",
                "[作者: 刘满仓 责任编辑: 杨丹宇 ]",
            )
        )
    )
    assert [p for s in article.sections for p in s.paragraphs] == [ONE, TWO]
    assert article.author == "刘满仓"
    assert article.credits == (
        Credit(role="摄", name="刘满仓"),
        Credit(role="责任编辑", name="杨丹宇"),
    )
    assert article.page_count == 4


def test_an_agencys_headline_block_over_the_text_is_neither_text_nor_headings() -> None:
    # 337 (real lines): the headline with the lead-in verb 强调, the main line and two decks,
    # then the dateline paragraph; 来源： alone between the headline and the date line.
    headline = "习近平主持召开深入推进长三角一体化发展座谈会"
    first = (
        "新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午"
        "在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。"
    )
    html = (
        f"<html><head><title>{headline}-中国科普网</title></head><body>"
        f"<div>{headline}</div>"
        "<ul><li>来源：新华社</li><li>作者：</li><li>2023-12-01 14:43</li></ul>"
        f"<p><strong>{headline}强调</strong></p>"
        "<p><strong>推动长三角一体化发展取得新的重大突破</strong></p>"
        "<p><strong>在中国式现代化中更好发挥引领示范作用</strong></p>"
        "<p><strong>李强蔡奇出席</strong></p>"
        f"<p>{first}</p><p>{TWO}</p></body></html>"
    )
    article = parse_article(html)
    assert (article.title, article.source) == (headline, "新华社")
    assert [s.heading for s in article.sections] == [None]
    assert [p for s in article.sections for p in s.paragraphs] == [first, TWO]
