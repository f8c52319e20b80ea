"""What each word of ``xianfeng.vocabulary`` does: one case per entry, read through a parser.

Every label, marker, role and unit ending of the vocabulary, and every alternative of the
date, ICP and footer patterns, has a row below that parses a line or a small page and checks
the value that comes out — never the table's text (the traditional forms of ``TRADITIONAL``
have theirs in ``tests/test_traditional.py``). Take the entry out and its row fails:
``python benchmarks/mutate_vocabulary.py`` does this for every entry in turn and reports the
entries whose removal no row notices.

Rows marked with a corpus page (``# 033``) or a fixture quote that page's text (sometimes one
field of a longer line); the other rows are invented edge cases, written the way portal
templates write such lines. Pages are small text renderings (one HTML page for image
captions): the seed fixture's headline and two of its sentences around the line under test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from xianfeng import Article, Image, Paragraph, ParseWarning, parse_article
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.dates import read_date, read_labelled_date
from xianfeng._fields.footer import parse_footer
from xianfeng._lexicon import DEFAULT

UTC8 = timezone(timedelta(hours=8))

TITLE = "阿城区持续推进农村人居环境整治提升工程"
META = "时间：2022-04-30 07:53 来源：哈尔滨党员之家"
FIRST = "阿城区深入贯彻落实中央和省委部署，持续推进农村人居环境整治提升工程。"
LAST = "阿城区委、区政府坚持早谋划、高起点、快行动，在原有整治成果基础上持续发力。"
RELATED = "道里区召开基层党建工作推进会"


def text_page(
    *,
    header: tuple[str, ...] = (),
    body: tuple[str, ...] = (FIRST, LAST),
    after: tuple[str, ...] = (),
) -> Article:
    """A text rendering: header lines, the headline, the metadata line, the body, and what
    follows the body; parsed."""
    return parse_article("\n".join([*header, TITLE, META, *body, *after]), form="text")


def body(article: Article) -> list[str]:
    """The body as read, in order: headings (as ``# heading``) and paragraphs."""
    found: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            found.append(f"# {section.heading}")
        found += [block.text for block in section.blocks if isinstance(block, Paragraph)]
    return found


# --------------------------------------------------------------------------------------
# META_LABELS: a label ends the value before it and starts its own
# --------------------------------------------------------------------------------------


def meta(
    published: str | None = None,
    source: str | None = None,
    author: str | None = None,
    clicks: int | None = None,
    credits: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    return {
        "published": published,
        "source": source,
        "author": author,
        "clicks": clicks,
        "credits": credits,
    }


def read_meta(line: str) -> dict[str, Any]:
    """What a page whose metadata line is ``line`` says of its article."""
    article = parse_article("\n".join([TITLE, line, FIRST, LAST]), form="text")
    return meta(
        None if article.published is None else article.published.isoformat(),
        article.source,
        article.author,
        article.clicks,
        tuple((credit.role, credit.name) for credit in article.credits),
    )


# (label, line, what it reads): each label stands after another field, whose value would
# run on over the label's leftover without it.
META_LINES = [
    (
        "发布时间",  # 033
        "作者:县委党校党史学习教育领导小组办公室 来源:滨海日报 浏览次数:6144 发布时间:[2021-7-8]",
        meta("2021-07-08T00:00:00+08:00", "滨海日报", "县委党校党史学习教育领导小组办公室", 6144),
    ),
    (
        "发布日期",
        "来源：本站 发布日期：2019-09-23 14:34:05",
        meta("2019-09-23T14:34:05+08:00", "本站"),
    ),
    (
        "发表时间",
        "作者：李明 发表时间：2023-06-12 15:30",
        meta("2023-06-12T15:30:00+08:00", author="李明"),
    ),
    (
        "更新时间",
        "来源：本站 更新时间：2023-06-12",
        meta("2023-06-12T00:00:00+08:00", "本站"),
    ),
    (
        "时间",  # 020
        "来源：广西交通设计集团时间：2020-12-03",
        meta("2020-12-03T00:00:00+08:00", "广西交通设计集团"),
    ),
    (
        "日期",  # glued to the value before it: after a space, any label-like word ends a value
        "作者：张三日期：2020-06-08",
        meta("2020-06-08T00:00:00+08:00", author="张三"),
    ),
    (
        "時間",  # vocabulary.TRADITIONAL: 時 and 間 fold to 时间
        "作者：張三發佈時間：2024-05-06 09:30",
        meta("2024-05-06T09:30:00+08:00", author="張三"),
    ),
    (
        "文章来源",
        "作者：李明 文章来源：党委宣传部",
        meta(author="李明", source="党委宣传部"),
    ),
    (
        "信息来源",
        "作者：李明 信息来源：嵊州市",
        meta(author="李明", source="嵊州市"),
    ),
    (
        "稿件来源",
        "作者：张三 稿件来源：新华社",
        meta(author="张三", source="新华社"),
    ),
    (
        "来源于",  # 332: 来源 then 于 before the colon
        "发布日期：2019-03-06 来源于：东区办事处",
        meta("2019-03-06T00:00:00+08:00", "东区办事处"),
    ),
    (
        "稿源",  # 140 (pinyin after the characters of a traditional-character mirror)
        "時(shí)間:2023-11-24 09:50 稿源:縣直機(jī)關(guān)工委 作者:縣重點(diǎn)工程中心",
        meta("2023-11-24T09:50:00+08:00", "縣直機(jī)關(guān)工委", "縣重點(diǎn)工程中心"),
    ),
    (
        "来源",  # 005
        "时间：2019-07-02 09:48:20 来源：中国社会福利基金会",
        meta("2019-07-02T09:48:20+08:00", "中国社会福利基金会"),
    ),
    (
        "作者",  # html-div-utf8
        "发布时间：2023年06月12日 09:30来源：道里区委组织部作者：李明点击数：1,234",
        meta("2023-06-12T09:30:00+08:00", "道里区委组织部", "李明", 1234),
    ),
    (
        "发布人",  # 016
        "日期：2020-06-08 09:17:13 发布人：dsx 浏览量：652 打印本文",
        meta("2020-06-08T09:17:13+08:00", author="dsx", clicks=652),
    ),
    (
        "发布者",
        "来源：本站 发布者：王强",
        meta(source="本站", author="王强"),
    ),
    (
        "点击数",  # 016
        "核发：dsx 点击数：652 【收藏本页】",
        meta(clicks=652, credits=(("核发", "dsx"),)),
    ),
    (
        "点击次数",  # 015
        "来源：宣传部供稿：陈雨桐值班编辑：陈雨桐责任编辑：陈雨桐点击次数：字号：【小 中 大】",
        meta(
            source="宣传部",
            credits=(("供稿", "陈雨桐"), ("值班编辑", "陈雨桐"), ("责任编辑", "陈雨桐")),
        ),
    ),
    ("点击量", "作者：张三 点击量：52", meta(author="张三", clicks=52)),
    (
        "点击率",  # 097 (pinyin after the label's characters)
        "作者:應(yīng)侃 來(lái)源:第一黨支部 發(fā)布時(shí)間:2020-11-06 15:46"
        " 點(diǎn)擊率:2184 字體大小:【大 中 小 】",
        meta("2020-11-06T15:46:00+08:00", "第一黨支部", "應(yīng)侃", 2184),
    ),
    ("点击", "来源：本站 点击：52次", meta(source="本站", clicks=52)),
    (
        "浏览次数",  # 028
        "发布时间 :2024-05-06 浏览次数:10",
        meta("2024-05-06T00:00:00+08:00", clicks=10),
    ),
    (
        "浏览量",  # 016
        "日期：2020-06-08 09:17:13 发布人：dsx 浏览量：652 打印本文",
        meta("2020-06-08T09:17:13+08:00", author="dsx", clicks=652),
    ),
    ("浏览", "来源：本站 浏览：1,024", meta(source="本站", clicks=1024)),
    ("阅读次数", "作者：张三 阅读次数：52", meta(author="张三", clicks=52)),
    ("阅读量", "作者：张三 阅读量：52", meta(author="张三", clicks=52)),
    ("阅读数", "作者：张三 阅读数：52", meta(author="张三", clicks=52)),
    ("阅读", "来源：本站 阅读：52", meta(source="本站", clicks=52)),
    ("访问量", "来源：本站 访问量：52", meta(source="本站", clicks=52)),
    ("查看", "来源：本站 查看：52", meta(source="本站", clicks=52)),
]


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, want, id=label) for label, line, want in META_LINES]
)
def test_a_metadata_label_starts_its_own_value(line: str, expected: dict[str, Any]) -> None:
    assert read_meta(line) == expected


# --------------------------------------------------------------------------------------
# CREDIT_ROLES: a credit line, one credit per role
# --------------------------------------------------------------------------------------

CREDIT_LINES = [
    ("供稿单位", "供稿单位：哈尔滨市委组织部", (("供稿单位", "哈尔滨市委组织部"),)),
    ("供稿", "供稿：南岗区委组织部", (("供稿", "南岗区委组织部"),)),  # html-media-gb2312
    ("来稿", "来稿：道里区委组织部", (("来稿", "道里区委组织部"),)),
    (
        "责任编辑",  # html-div-utf8
        "（责任编辑：王芳 审核：赵强）",
        (("责任编辑", "王芳"), ("审核", "赵强")),
    ),
    ("责编", "(责编：汤诗瑶、丁涛)", (("责编", "汤诗瑶、丁涛"),)),  # 024
    (
        "编辑",  # 020: the contact labels after the name end it
        "【编辑：任燕 QQ：360638367；TEL：13146474233】",
        (("编辑", "任燕"),),
    ),
    ("审核", "【审核：耿茁、孙婧】", (("审核", "耿茁、孙婧"),)),  # 020
    ("审校", "审校：李四", (("审校", "李四"),)),
    ("审稿", "审稿：李四", (("审稿", "李四"),)),
    ("校对", "校对：王五", (("校对", "王五"),)),
    (
        "初审",
        "初审：张三 复审：李四 终审：王五",
        (("初审", "张三"), ("复审", "李四"), ("终审", "王五")),
    ),
    ("复审", "复审：李四", (("复审", "李四"),)),
    ("终审", "终审：王五", (("终审", "王五"),)),
    ("签发", "签发：赵六", (("签发", "赵六"),)),
    ("核发", "核发：dsx", (("核发", "dsx"),)),  # 016, the first field of its line
    ("摄影", "摄影：张伟", (("摄影", "张伟"),)),  # html-media-gb2312
    ("图片", "图片：新华社", (("图片", "新华社"),)),
    ("摄像", "摄像：刘洋", (("摄像", "刘洋"),)),
    (
        "执笔人",  # 077
        "执笔人：闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺",
        (("执笔人", "闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺"),),
    ),
    ("执笔", "执笔/叨叨姐、胡一刀&李小飞刀", (("执笔", "叨叨姐、胡一刀&李小飞刀"),)),  # 254
    ("撰稿", "撰稿：孙丽", (("撰稿", "孙丽"),)),
    ("记者", "记者：王强 通讯员：李明", (("记者", "王强"), ("通讯员", "李明"))),
    ("通讯员", "通讯员：李明", (("通讯员", "李明"),)),
    ("文字", "文字：周强 图片：新华社", (("文字", "周强"), ("图片", "新华社"))),
    ("值班编辑", "值班编辑：陈雨桐", (("值班编辑", "陈雨桐"),)),  # 015, one field of its line
    ("统筹", "统筹：刘洋", (("统筹", "刘洋"),)),
    ("特约记者", "特约记者：徐大发", (("特约记者", "徐大发"),)),
    ("图文", "图文/刘 耀 编辑/文 和 蔚 青", (("图文", "刘 耀"), ("编辑", "文 和 蔚 青"))),  # 137
    ("供图", "供图：浙江长兴传媒集团", (("供图", "浙江长兴传媒集团"),)),
    # tests/sites/chineseprotestantchurch/05, in brackets under the text
    ("资料提供", "（资料提供：杨诗源、鲁培东）", (("资料提供", "杨诗源、鲁培东"),)),
    ("负责编辑", "( 负责编辑：kaso )", (("负责编辑", "kaso"),)),  # tests/sites/xuekao365…/06
    (
        "文章录入",  # 272
        "文章录入:刘磊 责任编辑:刘磊",
        (("文章录入", "刘磊"), ("责任编辑", "刘磊")),
    ),
    # In brackets a role may go without its colon.
    ("特约摄影", "(特约摄影 姚中吉)", (("特约摄影", "姚中吉"),)),  # 145
    # LINE_ROLES: one character, on a line of credits alone.
    ("文", "(文/方爱宁  摄/周霄佳)", (("文", "方爱宁"), ("摄", "周霄佳"))),  # 090
    ("图", "（文/张三 图/李四）", (("文", "张三"), ("图", "李四"))),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [pytest.param(line, want, id=role) for role, line, want in CREDIT_LINES],
)
def test_a_credit_role_makes_a_credit(line: str, expected: tuple[tuple[str, str], ...]) -> None:
    credits = parse_credits(line, lex=DEFAULT)
    assert credits is not None
    assert tuple((credit.role, credit.name) for credit in credits) == expected


def test_an_empty_credit_role_ends_the_label_before_it() -> None:
    # 090: without 图片作者, 作者 (of 文字作者, empty too) would read 图片 as the author.
    line = "文字作者:图片作者:稿件来源:衢州学院发布时间:2011-04-08浏览量:2785"
    assert read_meta(line) == meta("2011-04-08T00:00:00+08:00", "衢州学院", clicks=2785)


# --------------------------------------------------------------------------------------
# BYLINE_ROLES and TRAILING_ROLES: credits written without a colon, closing the text
# --------------------------------------------------------------------------------------

BYLINES = [
    ("记者", "记者 刘涛", (("记者", "刘涛"),)),  # 073
    ("通讯员", "通讯员 鲍彩红 何梦丽", (("通讯员", "鲍彩红 何梦丽"),)),  # 119
    ("编辑", "（松花江网编辑 孙桂芳）", (("编辑", "孙桂芳"),)),  # 069
    ("责任编辑", "责任编辑 张三", (("责任编辑", "张三"),)),
    ("摄影", "摄影 李璐", (("摄影", "李璐"),)),
    ("特约记者", "特约记者 徐大发 通讯员 柯国强", (("特约记者", "徐大发"), ("通讯员", "柯国强"))),
    ("全媒体记者", "▢ 全媒体记者 骆红婷", (("全媒体记者", "骆红婷"),)),  # 143
    ("线索提供", "线索提供 王蕴杰", (("线索提供", "王蕴杰"),)),  # 142
    # 226: after another role's slash, the outlet and 专栏作者 are who, not a name.
    ("专栏作者", "【文/观察者网专栏作者 王文】", (("文", "王文"),)),
    # 214: the outlet before 记者 ends in 新闻 (UNIT_SUFFIXES).
    ("新闻记者", "澎湃新闻记者 段彦超 廖艳", (("记者", "段彦超 廖艳"),)),
    # DATELINE_ENDS: where the byline was written, after the names.
    ("报道", "新京报记者 彭冲 山东冠县报道", (("记者", "彭冲"),)),  # 184
    # TRAILING_ROLES: the role after the names.
    ("摄", "通讯员赵彦良摄", (("摄", "赵彦良"),)),  # 122
    ("供稿", "(校友办公室 石林曌供稿)", (("供稿", "校友办公室 石林曌"),)),  # 133
    ("供图", "受访者供图", (("供图", "受访者"),)),
    ("图/文", "雍和  图/文", (("图/文", "雍和"),)),  # 146
]


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, want, id=role) for role, line, want in BYLINES]
)
def test_a_byline_under_the_text_is_a_credit(
    line: str, expected: tuple[tuple[str, str], ...]
) -> None:
    article = text_page(body=(FIRST, LAST, line))
    assert body(article) == [FIRST, LAST]
    assert tuple((credit.role, credit.name) for credit in article.credits) == expected


# --------------------------------------------------------------------------------------
# UNIT_SUFFIXES: a name after a date is the source when it is a unit's, else the author
# --------------------------------------------------------------------------------------

UNITS = [
    ("网", "光明网"),  # 069
    ("报", "人民日报"),
    ("社", "新华社"),
    ("台", "哈尔滨电视台"),
    ("委", "道里区委"),
    ("部", "道里区委组织部"),
    ("局", "哈尔滨市教育局"),
    ("厅", "黑龙江省教育厅"),
    ("办", "道里区政府办"),
    ("院", "哈尔滨市中级人民法院"),
    ("中心", "道里区融媒体中心"),
    ("政府", "道里区人民政府"),
    ("新闻", "澎湃新闻"),  # 214
]


@pytest.mark.parametrize("name", [pytest.param(name, id=suffix) for suffix, name in UNITS])
def test_a_unit_after_the_date_is_the_source(name: str) -> None:
    assert read_meta(f"2022-02-13 09:57 {name}") == meta("2022-02-13T09:57:00+08:00", name)


# --------------------------------------------------------------------------------------
# NO_NAMES: a source that names no one gives way to the one under the body
# --------------------------------------------------------------------------------------


def test_a_source_that_names_no_one_gives_way_to_the_one_under_the_body() -> None:
    # 083 (a 2005 yahoo page): 转载文章 under the headline, the paper named after the text.
    page = "\n".join(
        [
            "多数夫妻生活有名无实 日本无性婚姻问题严重(图)",
            "2005-04-05 06:40更新 来源：转载文章",
            "像许多日本女性一样，顺子一直等到30岁出头才结婚。在决定结婚后，顺子便把精力放在建立新家庭上。",
            "来源：新闻晨报",
            "编辑：山石",
        ]
    )
    article = parse_article(page, form="text")
    assert (article.source, [w.code for w in article.warnings]) == (
        "新闻晨报",
        ["meta.name.refused"],
    )


# --------------------------------------------------------------------------------------
# Lines that close an article: CLOSING_OPENINGS and CONTACT_LABELS
# --------------------------------------------------------------------------------------

CLOSING_LINES = [
    ("转载请注明", "转载请注明出处。"),  # 002
    ("版权声明", "版权声明：本网站所刊登的各种新闻、信息，版权归本网站所有。"),
    ("免责声明", "免责声明：本站部分文章来源于网络，如有侵权请联系删除。"),
    (
        "声明:",  # 184
        "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    ),
    (
        "凡本网",  # 063, without the ② it is numbered with there
        "凡本网注明“来源：XXX（非振兴东北网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，"
        "并不代表本网赞同其观点和对其真实性负责。",
    ),
    (
        "凡本平台",  # 126, its first sentence
        "凡本平台发布的内容,版权均属于滦南融媒,未经授权不得转载、摘编或利用。",
    ),
    ("本站遵循行业规范", "本站遵循行业规范，任何转载的稿件都会明确标注作者和来源。"),
    # 331
    ("本文为", "本文为CSDN原创文章，未经允许不得转载，如需转载请联系market#csdn.net(#换成@)"),
    ("扫一扫", "扫一扫加入微信交流群"),  # 006
    ("微信扫", "（微信扫描分享）"),  # 066
    ("二维码", "二维码：扫码关注哈尔滨先锋网，获取更多资讯。"),
    ("分享到", "分享到新浪微博分享到腾讯微博收藏"),  # 002
    ("图片来自", "图片来自网络"),
    ("图片均来自", "图片均来自网络"),  # 254
    ("联系电话", "联系电话：0451-86661234"),
    ("电话", "电话：0771-5863258 传真：0771-5898479 邮编：530022"),  # 019
    ("手机", "手机：13812345678"),
    ("传真", "传真：0771-5898479"),
    ("地址", "地址：上海市淞沪路2005号"),  # 008
    ("邮编", "邮编：150001"),
    ("邮箱", "邮箱：dwzzb@hrbxfw.gov.cn"),
    ("QQ", "QQ：360638367"),
    ("TEL", "Tel：+86-21-31242255"),  # 008
    ("Email", "Email：cs_school@fudan.edu.cn"),  # 008
    ("E-mail", "E-mail：info@cnu.edu.cn"),
]


def test_a_source_label_opens_a_metadata_line_under_the_text() -> None:
    # 本文来源 (227, the source and the editor as the page's two spans glue them).
    article = text_page(after=("本文来源：新京报责任编辑：姚立伟_NT6056",))
    assert body(article) == [FIRST, LAST]
    assert [(c.role, c.name) for c in article.credits] == [("责任编辑", "姚立伟_NT6056")]


@pytest.mark.parametrize(
    "line", [pytest.param(line, id=opening) for opening, line in CLOSING_LINES]
)
def test_a_closing_line_after_the_text_is_not_a_paragraph(line: str) -> None:
    assert body(text_page(body=(FIRST, LAST, line))) == [FIRST, LAST]


def test_a_contact_label_ends_a_footer_value_it_is_glued_to() -> None:
    # 023: the 技术支持 and 电子邮箱 links run together in the footer's text.
    line = "技术支持：中注协信息技术部电子邮箱：webmaster@cicpa.org.cn"
    assert parse_footer([line], lex=DEFAULT).support == "中注协信息技术部"


# --------------------------------------------------------------------------------------
# TOOL_WORDS: a line made only of page tools is never text
# --------------------------------------------------------------------------------------

TOOL_LINES = [
    ("打印", "【打印】"),  # 010
    ("我要“揪”错", "【我要“揪”错】【推荐】"),  # 082
    ("我来说两句", "【我来说两句】【推荐】"),  # 082
    ("页面功能", "页面功能 【推荐】【打印】"),  # 082
    ("打印本页", "【打印本页】【关闭窗口】"),  # html-seed-table-gb2312
    ("打印此文", "【打印此文】"),
    ("关闭", "【打印】【关闭】"),  # html-div-utf8
    ("关闭窗口", "【打印本页】【关闭窗口】"),  # html-seed-table-gb2312
    ("关闭本页", "【关闭本页】"),
    ("收藏", "收藏"),  # 025
    ("加入收藏", "【加入收藏】【打印】"),
    ("返回顶部", "【返回顶部】"),
    ("顶部", "【打印】【顶部】"),
    ("字体", "【字体:大 中 小】"),  # 010
    ("字号", "字号：【小 中 大】"),  # 015, the end of its metadata line
    ("大", "【字体:大 中 小】"),  # 010
    ("中", "【字体:大 中 小】"),  # 010
    ("小", "【字体:大 中 小】"),  # 010
    ("分享到", "分享到："),  # 010
    ("分享", "分享"),  # 021
    ("推荐", "【推荐】【打印】"),
    ("纠错", "【纠错】【打印】"),
    ("我要纠错", "【我要纠错】"),
    ("文章纠错", "文章纠错"),  # 095
    ("复制链接", "【复制链接】【打印】"),
    ("T", "T"),  # 008: the font-size tool, a bare T
    ("PDF版", "• 【PDF版】"),  # 152: an e-paper's link to the printed page, as a list item
    ("展开全文", "展开全文"),  # 184: the link that unfolds a body cut short
    ("举报", "举报"),  # 227: the report-abuse link
    ("图集", "图集"),  # 216: the label of a slideshow over the text
    ("放大", "放大 缩小 默认"),  # 142, 146: an e-paper's font-size tools
    ("缩小", "放大 缩小 默认"),
    ("默认", "放大 缩小 默认"),
    ("X", "X"),  # 334: the close button of a share box's QR code
]


@pytest.mark.parametrize("line", [pytest.param(line, id=word) for word, line in TOOL_LINES])
def test_a_line_of_page_tools_in_the_body_is_dropped(line: str) -> None:
    assert body(text_page(body=(FIRST, line, LAST))) == [FIRST, LAST]


def test_the_source_labelled_as_this_articles_under_the_body_is_not_text() -> None:
    # 313: `本文来源：中国政府网` closes the text in the portal's ep-source box
    article = text_page(after=("本文来源：中国政府网",))
    assert body(article) == [FIRST, LAST]


def test_a_tool_link_ends_the_source_it_follows() -> None:
    # 227: the report link glued to the source link on the date line
    assert read_meta("2019-11-25 11:01:53　来源: 新京报举报")["source"] == "新京报"


# --------------------------------------------------------------------------------------
# END_MARKERS and BOX_TITLES: the body has ended
# --------------------------------------------------------------------------------------

END_LINES = [
    ("相关文章", "相关文章"),  # 002
    ("相关阅读", "相关阅读："),  # 017
    ("相关新闻", "相关新闻"),  # 015
    ("相关链接", "相关链接"),  # 018
    ("推荐阅读", "推荐阅读"),  # 024
    ("延伸阅读", "延伸阅读："),
    ("热点文章", "热点文章"),
    ("热门文章", "热门文章"),  # 004
    ("最新文章", "最新文章"),  # 004
    ("最新要闻", "最新要闻"),  # 108
    ("猜你喜欢", "猜你喜欢"),
    ("为你推荐", "为你推荐"),  # 224: a list of further stories under a one-paragraph text
    ("图片新闻", "图片新闻"),  # 020
    ("重点推荐", "重点推荐"),  # 311: a box of further stories inside the text box
]


@pytest.mark.parametrize("line", [pytest.param(line, id=marker) for marker, line in END_LINES])
def test_an_end_marker_ends_the_body(line: str) -> None:
    article = text_page(after=(line, RELATED))
    assert body(article) == [FIRST, LAST]
    assert article.notices == ()


BOX_TITLE_LINES = [
    ("通知公告", "通知公告"),  # 005
    ("通知通告", "通知通告 更多>>"),
    ("最新公告", "最新公告"),
    ("公告栏", "公告栏"),
    ("重要通知", "重要通知"),  # 008
]


@pytest.mark.parametrize("line", [pytest.param(line, id=title) for title, line in BOX_TITLE_LINES])
def test_a_notice_box_after_the_body_gives_notices(line: str) -> None:
    article = text_page(after=(line, RELATED))
    assert body(article) == [FIRST, LAST]
    assert [notice.title for notice in article.notices] == [RELATED]


# --------------------------------------------------------------------------------------
# BOX_LABELS: the labels of a notice box in the header are neither links nor notices
# --------------------------------------------------------------------------------------

BOX_LABEL_LINES = [
    ("公告", "公告"),
    ("通知", "通知"),  # 013
    ("更多", "更多"),  # 008
    ("更多>>", "更多>>"),  # html-div-utf8, a link of its own there
    ("more", "MORE"),
]


@pytest.mark.parametrize("line", [pytest.param(line, id=label) for label, line in BOX_LABEL_LINES])
def test_a_notice_box_label_in_the_header_is_no_link(line: str) -> None:
    notice = "关于召开全市组织工作会议的通知"
    article = text_page(header=("首页 党建动态 组织工作", line, notice))
    assert [link.label for link in article.navigation] == ["首页", "党建动态", "组织工作"]
    assert [found.title for found in article.notices] == [notice]


# --------------------------------------------------------------------------------------
# CAPTION_PREFIXES: the line under a picture is its caption
# --------------------------------------------------------------------------------------


def html_blocks(*blocks: str) -> list[tuple[str, str | None]]:
    """Parse an HTML page with these body blocks; its blocks as (kind, text or caption)."""
    page = (
        '<html><head><meta charset="utf-8"><title>x</title></head><body>'
        f"<h1>{TITLE}</h1><div>{META}</div><div>{''.join(blocks)}</div></body></html>"
    )
    found: list[tuple[str, str | None]] = []
    for section in parse_article(page).sections:
        for block in section.blocks:
            if isinstance(block, Image):
                found.append(("image", block.caption))
            elif isinstance(block, Paragraph):
                found.append(("paragraph", block.text))
    return found


CAPTIONS = [
    ("图为", "图为推进会现场。"),  # html-media-gb2312
    ("图:", "图：党员志愿者在社区服务"),
    ("图片:", "图片：阿城区新利街道整治后的村屯"),
    ("上图", "上图为阿城区新利街道整治后的村屯"),
    ("下图", "下图为村民清理房前屋后"),
    ("左图", "左图为改造前的旱厕"),
    ("右图", "右图为改造后的卫生厕所"),
    ("(图", "（图为红星镇悬挂的宣传条幅）"),
]


@pytest.mark.parametrize(
    "caption", [pytest.param(caption, id=prefix) for prefix, caption in CAPTIONS]
)
def test_a_caption_opening_names_the_picture_above(caption: str) -> None:
    blocks = html_blocks(
        f"<p>{FIRST}</p>",
        '<p><img src="/uploads/a.jpg"></p>',
        f"<p>{caption}</p>",
        f"<p>{LAST}</p>",
    )
    assert blocks == [("paragraph", FIRST), ("image", caption), ("paragraph", LAST)]


# --------------------------------------------------------------------------------------
# NOTE_PREFIXES: a note or attribution line is never a section heading
# --------------------------------------------------------------------------------------

NOTES = [
    ("注:", "注：文中数据截至2023年底"),
    ("附件", "附件：2024年度党建工作要点"),
    # (完) and (来源 lines end in their bracket, which no heading does: the opening
    # only decides a line that runs on past it.
    ("(完)", "（完）【责任编辑：张三】"),
    ("(来源", "（来源：人民日报 2023年06月12日 第01版"),
    ("——", "——摘自《人民日报》"),
]


@pytest.mark.parametrize("note", [pytest.param(note, id=prefix) for prefix, note in NOTES])
def test_a_note_in_the_body_is_no_heading(note: str) -> None:
    assert body(text_page(body=(FIRST, note, LAST))) == [FIRST, note, LAST]


# --------------------------------------------------------------------------------------
# PREV_NEXT_LABELS and NONE_WORDS: the 上一篇/下一篇 links under the body
# --------------------------------------------------------------------------------------

PREV_NEXT = [
    (
        "上一篇",  # 013
        ("上一篇：没有了", "下一篇：厦湖教工委〔2018〕51号中共湖..."),
        (None, "厦湖教工委〔2018〕51号中共湖..."),
    ),
    ("上一条", ("上一条：道外区开展主题党日活动",), ("道外区开展主题党日活动", None)),
    ("上篇", ("上篇：道外区开展主题党日活动",), ("道外区开展主题党日活动", None)),
    (
        "下一篇",  # html-media-gb2312
        (
            "上一篇：香坊区开展新任党支部书记示范培训",
            "下一篇：松北区：“五个一”举措加强流动党员管理",
        ),
        ("香坊区开展新任党支部书记示范培训", "松北区：“五个一”举措加强流动党员管理"),
    ),
    ("下一条", ("下一条：道外区开展主题党日活动",), (None, "道外区开展主题党日活动")),
    ("下篇", ("下篇：道外区开展主题党日活动",), (None, "道外区开展主题党日活动")),
    # NONE_WORDS: there is no such article.
    (
        "没有了",  # text-indented
        ("上一篇：道外区扎实推进农村人居环境整治提升工作", "下一篇：没有了"),
        ("道外区扎实推进农村人居环境整治提升工作", None),
    ),
    (
        "没有了!",
        ("上一篇：道外区开展主题党日活动", "下一篇：没有了！"),
        ("道外区开展主题党日活动", None),
    ),
    (
        "没有了。",
        ("上一篇：道外区开展主题党日活动", "下一篇：没有了。"),
        ("道外区开展主题党日活动", None),
    ),
    ("无", ("上一篇：无", "下一篇：道外区开展主题党日活动"), (None, "道外区开展主题党日活动")),
    ("暂无", ("上一篇：道外区开展主题党日活动", "下一篇：暂无"), ("道外区开展主题党日活动", None)),
    (
        "暂无数据",
        ("上一篇：暂无数据", "下一篇：道外区开展主题党日活动"),
        (None, "道外区开展主题党日活动"),
    ),
    (
        "抱歉暂无数据",
        ("上一篇：道外区开展主题党日活动", "下一篇：抱歉暂无数据"),
        ("道外区开展主题党日活动", None),
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [pytest.param(lines, want, id=label) for label, lines, want in PREV_NEXT],
)
def test_the_previous_and_next_articles(
    lines: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    article = text_page(after=lines)
    assert body(article) == [FIRST, LAST]
    found = (article.previous, article.next)
    assert tuple(None if link is None else link.label for link in found) == expected


# --------------------------------------------------------------------------------------
# BREADCRUMB_PREFIXES: the position bar's prefix is no label of it
# --------------------------------------------------------------------------------------

CRUMBS = [
    ("当前位置", "当前位置：首页 > 理论学习", ["首页", "理论学习"]),  # 017
    ("您的位置", "您的位置：首页 > 党建动态", ["首页", "党建动态"]),
    ("您现在的位置", "您现在的位置：首页 > 党建动态", ["首页", "党建动态"]),
    ("您当前的位置", "您当前的位置：首页 > 社会组织动态", ["首页", "社会组织动态"]),  # 005
    (
        "您的当前位置",
        "您的当前位置:首页 > 街道社区 > 骆岗街道",
        ["首页", "街道社区", "骆岗街道"],
    ),  # 030
    ("你现在的位置", "你现在的位置：首页 > 专题专栏", ["首页", "专题专栏"]),  # 023
    ("你的位置", "你的位置：首页 > 党建动态", ["首页", "党建动态"]),
    (
        "所在位置",
        "所在位置：广州自考网 > 自考资讯 > 正文",
        ["广州自考网", "自考资讯", "正文"],
    ),  # 006
    ("位置", "位置：首页 > 党建动态", ["首页", "党建动态"]),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [pytest.param(line, want, id=prefix) for prefix, line, want in CRUMBS],
)
def test_a_position_bar_prefix_is_not_a_label(line: str, expected: list[str]) -> None:
    article = text_page(header=(line,))
    assert [link.label for link in article.breadcrumb] == expected


# --------------------------------------------------------------------------------------
# FOOTER_LABELS and the footer's separators: a label starts or ends a footer value
# --------------------------------------------------------------------------------------


def footer(*lines: str) -> tuple[str | None, ...]:
    found = parse_footer(lines, lex=DEFAULT)
    return found.host, found.support, found.icp, found.police_record


HOST = "中共哈尔滨市委组织部"
FOOTERS = [
    (
        "主办单位",  # html-div-utf8 (地址 ends the value)
        ("主办单位：中共哈尔滨市委组织部 地址：哈尔滨市松北区世纪大道1号",),
        (HOST, None, None, None),
    ),
    (
        "主办",  # 011
        ("主办：广东省监狱管理局 承办：广东省监狱管理局办公室",),
        ("广东省监狱管理局", None, None, None),
    ),
    (
        "技术支持",  # 005
        ("闽ICP备08003123号-2 技术支持：福建众联汇信息技术有限公司 电话：0591-87833631",),
        (None, "福建众联汇信息技术有限公司", "闽ICP备08003123号-2", None),
    ),
    ("技术服务", ("技术服务：哈尔滨新闻网",), (None, "哈尔滨新闻网", None, None)),
    (
        "承办单位",
        ("主办单位：中共哈尔滨市委组织部 承办单位：哈尔滨市委党校",),
        (HOST, None, None, None),
    ),
    (
        "协办单位",
        ("主办单位：中共哈尔滨市委组织部 协办单位：哈尔滨新闻网",),
        (HOST, None, None, None),
    ),
    ("协办", ("主办：中共哈尔滨市委组织部 协办：哈尔滨新闻网",), (HOST, None, None, None)),
    (
        "备案号",
        ("主办：中共哈尔滨市委组织部 备案号：黑ICP备12002421号-3",),
        (HOST, None, "黑ICP备12002421号-3", None),
    ),
    (
        "ICP备案号",
        ("主办：中共哈尔滨市委组织部 ICP备案号：黑ICP备12002421号-3",),
        (HOST, None, "黑ICP备12002421号-3", None),
    ),
    (
        "公安备案号",
        ("主办：中共哈尔滨市委组织部 公安备案号：23010202000123",),
        (HOST, None, None, None),
    ),
    (
        "版权所有",  # COPYRIGHT_MARKS end a value too
        ("技术支持：哈尔滨新闻网 版权所有：中共哈尔滨市委组织部",),
        (None, "哈尔滨新闻网", None, None),
    ),
    (
        "Copyright",
        ("技术支持：哈尔滨新闻网 Copyright：中共哈尔滨市委组织部",),
        (None, "哈尔滨新闻网", None, None),
    ),
    ("©", ("技术支持：哈尔滨新闻网 ©：中共哈尔滨市委组织部",), (None, "哈尔滨新闻网", None, None)),
    (
        "©-without-colon",  # 235: the mark ends the 主办 value before the holder
        ("主办：山西省人民政府办公厅 © 山西省人民政府网 版权所有晋ICP备12000773号",),
        ("山西省人民政府办公厅", None, "晋ICP备12000773号", None),
    ),
    (
        "主办方",  # 236
        (
            "版权所有：中国载人航天工程官方网站 主办方：中国载人航天工程办公室 "
            "备案序号：京ICP备20027467号-1",
        ),
        ("中国载人航天工程办公室", None, "京ICP备20027467号-1", None),
    ),
    (
        "运行维护单位",  # 234
        ("主办单位：国务院办公厅\u3000运行维护单位：中国政府网运行中心",),
        ("国务院办公厅", None, None, None),
    ),
    (
        "制作维护",  # tests/sites/scedu_sc_gov: the site's name ends in 网站, glued to the label
        (
            "主办：四川省教育厅科学技术处-四川省教育服务公共平台网站制作维护：四川省教育管理信息中心"
            "公安部备案号：川公网安备 51010502010674号",
        ),
        (
            "四川省教育厅科学技术处-四川省教育服务公共平台网站",
            None,
            None,
            "川公网安备 51010502010674号",
        ),
    ),
    (
        "备案序号",  # 236's label after an invented 主办
        ("主办：中共哈尔滨市委组织部 备案序号：黑ICP备12002421号-3",),
        (HOST, None, "黑ICP备12002421号-3", None),
    ),
    # Separators a value is trimmed of.
    (
        "separator-|",
        ("主办单位：中共哈尔滨市委组织部 | 技术支持：哈尔滨新闻网",),
        (HOST, "哈尔滨新闻网", None, None),
    ),
    (
        "separator-,",
        ("主办单位：中共哈尔滨市委组织部，技术支持：哈尔滨新闻网",),
        (HOST, "哈尔滨新闻网", None, None),
    ),
    (
        "separator-;",
        ("主办单位：中共哈尔滨市委组织部；技术支持：哈尔滨新闻网",),
        (HOST, "哈尔滨新闻网", None, None),
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [pytest.param(lines, want, id=label) for label, lines, want in FOOTERS],
)
def test_a_footer_label_starts_or_ends_a_value(
    lines: tuple[str, ...], expected: tuple[str | None, ...]
) -> None:
    assert footer(*lines) == expected


# --------------------------------------------------------------------------------------
# The ICP and police record patterns
# --------------------------------------------------------------------------------------

RECORDS = [
    ("备", "黑ICP备12002421号-3", "黑ICP备12002421号-3"),  # seed-text
    ("证", "京ICP证030173号", "京ICP证030173号"),
    ("colon", "唐山社区教育网版权所有 冀ICP备：11021833号-2", "冀ICP备：11021833号-2"),  # 021
    (
        "number-n-号",
        "京ICP备05032222-1号京公网安备 11010802022122号",
        "京ICP备05032222-1号",
    ),  # 023, part
    ("no-号", "ICP备案编号：京ICP备13026484 京公网安备 11010502042638号", "京ICP备13026484"),  # 017
    ("licence", "ICP证：桂B2-20040022-5 网警备案号：45010302000153", "桂B2-20040022-5"),  # 019
    ("许可证号", "ICP许可证号：晋B2-20040032", "晋B2-20040032"),  # 073
    ("without-备", "*经营许可证编号：京ICP00000008号", "京ICP00000008号"),  # 081
    (
        "province-in-brackets",
        "非经营性互联网信息服务审批号 (晋)ICP备05000467号 晋公网安备 14010002001550号",
        "(晋)ICP备05000467号",
    ),  # 246
]


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, want, id=form) for form, line, want in RECORDS]
)
def test_the_icp_number(line: str, expected: str) -> None:
    assert parse_footer([line], lex=DEFAULT).icp == expected


def test_the_police_record_keeps_its_号() -> None:  # 010
    assert parse_footer(["粤公网安备 44010402001160号"], lex=DEFAULT).police_record == (
        "粤公网安备 44010402001160号"
    )


# --------------------------------------------------------------------------------------
# OWNER_MARKS and RIGHTS_NOTICES: who holds the copyright, and what is no holder
# --------------------------------------------------------------------------------------

OWNERS = [
    ("before", "福建省海峡非营利组织研究院 版权所有", "福建省海峡非营利组织研究院"),  # 005
    ("after-colon", "版权所有：广东省人民政府门户网站", "广东省人民政府门户网站"),  # 010
    (
        "after-years",  # 077
        "© 版权所有2000-2006，北京千龙新闻网络传播有限责任公司",
        "北京千龙新闻网络传播有限责任公司",
    ),
    (
        "traditional",  # 005's line in traditional characters (invented)
        "福建省海峽非營利組織研究院 版權所有",
        "福建省海峽非營利組織研究院",
    ),
]


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, want, id=form) for form, line, want in OWNERS]
)
def test_the_copyright_holder(line: str, expected: str) -> None:
    assert parse_footer([line], lex=DEFAULT).owner == expected


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © 2003 版权所有 不得转载",  # 083's line without its holder (invented)
        "版权所有 未经授权请勿转载",  # invented
        "版权所有 禁止复制",  # invented
    ],
)
def test_a_reprint_notice_is_no_holder(line: str) -> None:
    warnings: list[ParseWarning] = []
    assert parse_footer([line], lex=DEFAULT, warnings=warnings).owner is None
    assert [w.code for w in warnings] == ["footer.owner.refused"]


# --------------------------------------------------------------------------------------
# COPYRIGHT_MARKS and RECORD_WORDS: a line holding one starts the footer
# --------------------------------------------------------------------------------------

FOOTER_LINES = [
    ("版权所有", "福建省海峡非营利组织研究院 版权所有"),  # 005
    ("Copyright", "Copyright 2012-2021 广州自考网www.gzlhhg.com.cn All Rights Reserved."),  # 006
    ("©", "© 2022 复旦大学计算机科学技术学院"),  # 008
    ("ICP", "苏ICP备17065836号"),  # 004
    ("公网安备", "粤公网安备 44010402001160号"),  # 010
]


@pytest.mark.parametrize("line", [pytest.param(line, id=word) for word, line in FOOTER_LINES])
def test_a_copyright_or_record_line_is_the_footer(line: str) -> None:
    article = text_page(after=(line,))
    assert body(article) == [FIRST, LAST]
    assert article.footer.lines == (line,)


def test_a_footer_label_that_fills_no_field_starts_the_footer() -> None:
    # 086: the supervising body and the address, under the text and over the ICP line.
    lines = ("主管单位:清流县融媒体中心 地址:清流县龙津镇北大路519号", "闽ICP备2023009287号-1")
    article = text_page(after=lines)
    assert body(article) == [FIRST, LAST]
    assert article.footer.lines == lines
    assert article.footer.host is None


# --------------------------------------------------------------------------------------
# The date patterns: each way of writing a date or a time of day
# --------------------------------------------------------------------------------------


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> str:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC8).isoformat()


# (what the row exercises, text, moment, the raw date text, the time shown but not read)
DATES = [
    ("year-19xx", "1998-07-01", at(1998, 7, 1), "1998-07-01", None),
    ("dashes", "2023-06-12", at(2023, 6, 12), "2023-06-12", None),
    ("slashes", "2023/6/12", at(2023, 6, 12), "2023/6/12", None),
    ("dots", "2024.05.30", at(2024, 5, 30), "2024.05.30", None),
    ("年月日", "2023年6月12日 15:30", at(2023, 6, 12, 15, 30), "2023年6月12日 15:30", None),
    # A weekday between the date and the time.
    ("星期", "2022/4/30 星期六 15:30", at(2022, 4, 30, 15, 30), "2022/4/30 星期六 15:30", None),
    ("周", "2023-06-12 周一 15:30", at(2023, 6, 12, 15, 30), "2023-06-12 周一 15:30", None),
    ("礼拜", "2023-06-13 礼拜二 15:30", at(2023, 6, 13, 15, 30), "2023-06-13 礼拜二 15:30", None),
    ("星期三", "2023-06-14 星期三 8:00", at(2023, 6, 14, 8), "2023-06-14 星期三 8:00", None),
    ("星期四", "2023-06-15 星期四 8:00", at(2023, 6, 15, 8), "2023-06-15 星期四 8:00", None),
    ("星期五", "2023-06-16 星期五 8:00", at(2023, 6, 16, 8), "2023-06-16 星期五 8:00", None),
    ("星期日", "2023-06-18 星期日 8:00", at(2023, 6, 18, 8), "2023-06-18 星期日 8:00", None),
    ("星期天", "2023-06-18 星期天 8:00", at(2023, 6, 18, 8), "2023-06-18 星期天 8:00", None),
    (
        "(weekday)",
        "2023-06-12（周一）15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12（周一）15:30",
        None,
    ),
    (
        "[weekday]",
        "2023-06-12 [周一] 15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 [周一] 15:30",
        None,
    ),
    (
        "【weekday】",
        "2023-06-12【周一】15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12【周一】15:30",
        None,
    ),
    (
        "comma-weekday",
        "2023-06-12, 周一 15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12, 周一 15:30",
        None,
    ),
    # What stands between the date and the time.
    ("T", "2023-06-12T15:30:00", at(2023, 6, 12, 15, 30), "2023-06-12T15:30:00", None),
    ("comma", "2023-06-12,15:30", at(2023, 6, 12, 15, 30), "2023-06-12,15:30", None),
    ("hanweb-dash", "2017-03-28-00:00:00", at(2017, 3, 28), "2017-03-28-00:00:00", None),  # 039
    # Times with Chinese units.
    (
        "时分秒",
        "2023年6月12日 15时30分20秒",
        at(2023, 6, 12, 15, 30, 20),
        "2023年6月12日 15时30分20秒",
        None,
    ),
    ("点分", "2023-06-12 15点30分", at(2023, 6, 12, 15, 30), "2023-06-12 15点30分", None),
    ("点半", "2023-06-12 下午3点半", at(2023, 6, 12, 15, 30), "2023-06-12 下午3点半", None),
    ("一刻", "2023-06-12 下午3点一刻", at(2023, 6, 12, 15, 15), "2023-06-12 下午3点一刻", None),
    ("三刻", "2023-06-12 下午3点三刻", at(2023, 6, 12, 15, 45), "2023-06-12 下午3点三刻", None),
    ("整", "2023-06-12 15点整", at(2023, 6, 12, 15), "2023-06-12 15点整", None),
    (
        "时 after a part of the day",
        "2023-06-12 下午3时",
        at(2023, 6, 12, 15),
        "2023-06-12 下午3时",
        None,
    ),
    # Seconds, fractions, zones.
    ("seconds", "2023-06-12 15:30:20", at(2023, 6, 12, 15, 30, 20), "2023-06-12 15:30:20", None),
    (
        "fraction-.",
        "2023-06-12 15:30:20.500",
        datetime(2023, 6, 12, 15, 30, 20, 500000, tzinfo=UTC8).isoformat(),
        "2023-06-12 15:30:20.500",
        None,
    ),
    (
        "fraction-,",
        "2023-06-12 15:30:20,500",
        datetime(2023, 6, 12, 15, 30, 20, 500000, tzinfo=UTC8).isoformat(),
        "2023-06-12 15:30:20,500",
        None,
    ),
    ("Z", "2023-06-12T15:30:00Z", at(2023, 6, 12, 23, 30), "2023-06-12T15:30:00Z", None),
    ("UTC", "2023-06-12 15:30 UTC", at(2023, 6, 12, 23, 30), "2023-06-12 15:30 UTC", None),
    ("GMT", "2023-06-12 07:30 GMT", at(2023, 6, 12, 15, 30), "2023-06-12 07:30 GMT", None),
    (
        "+09:00",
        "2023-06-12T15:30:00+09:00",
        at(2023, 6, 12, 14, 30),
        "2023-06-12T15:30:00+09:00",
        None,
    ),
    (
        "-05:00",
        "2023-06-12T15:30:00-05:00",
        at(2023, 6, 13, 4, 30),
        "2023-06-12T15:30:00-05:00",
        None,
    ),
    ("AM", "2023-06-12 9:30 AM", at(2023, 6, 12, 9, 30), "2023-06-12 9:30 AM", None),
    ("PM", "2023-06-12 3:30 PM", at(2023, 6, 12, 15, 30), "2023-06-12 3:30 PM", None),
    # The words for a part of the day.
    ("凌晨", "2023-06-12 凌晨3:30", at(2023, 6, 12, 3, 30), "2023-06-12 凌晨3:30", None),
    ("上午", "2023-06-12 上午9:30", at(2023, 6, 12, 9, 30), "2023-06-12 上午9:30", None),
    ("早上", "2023-06-12 早上8点", at(2023, 6, 12, 8), "2023-06-12 早上8点", None),
    ("早晨", "2023-06-12 早晨7点", at(2023, 6, 12, 7), "2023-06-12 早晨7点", None),
    ("清晨", "2023-06-12 清晨6点", at(2023, 6, 12, 6), "2023-06-12 清晨6点", None),
    ("中午", "2023-06-12 中午1点", at(2023, 6, 12, 13), "2023-06-12 中午1点", None),
    ("下午", "2023-06-12 下午3:30", at(2023, 6, 12, 15, 30), "2023-06-12 下午3:30", None),
    ("午后", "2023-06-12 午后2点", at(2023, 6, 12, 14), "2023-06-12 午后2点", None),
    ("傍晚", "2023-06-12 傍晚6点", at(2023, 6, 12, 18), "2023-06-12 傍晚6点", None),
    ("晚上", "2023-06-12 晚上8点", at(2023, 6, 12, 20), "2023-06-12 晚上8点", None),
    ("晚间", "2023-06-12 晚间9点", at(2023, 6, 12, 21), "2023-06-12 晚间9点", None),
    ("夜里", "2023-06-12 夜里11点", at(2023, 6, 12, 23), "2023-06-12 夜里11点", None),
    ("夜间", "2023-06-12 夜间10点", at(2023, 6, 12, 22), "2023-06-12 夜间10点", None),
    # A time in Chinese numerals is shown, not read: the date stands, the time is unread.
    ("零", "2023年6月12日 零点", at(2023, 6, 12), "2023年6月12日 零点", "零点"),
    ("〇", "2023年6月12日 十点〇五分", at(2023, 6, 12), "2023年6月12日 十点〇五分", "十点〇五分"),
    ("一", "2023年6月12日 一点", at(2023, 6, 12), "2023年6月12日 一点", "一点"),
    ("十二", "2023年6月12日 十二时", at(2023, 6, 12), "2023年6月12日 十二时", "十二时"),
    ("三", "2023年6月12日 三点", at(2023, 6, 12), "2023年6月12日 三点", "三点"),
    ("四", "2023年6月12日 四点", at(2023, 6, 12), "2023年6月12日 四点", "四点"),
    ("五", "2023年6月12日 五点", at(2023, 6, 12), "2023年6月12日 五点", "五点"),
    ("六", "2023年6月12日 六点", at(2023, 6, 12), "2023年6月12日 六点", "六点"),
    ("七", "2023年6月12日 七点", at(2023, 6, 12), "2023年6月12日 七点", "七点"),
    ("八", "2023年6月12日 八点", at(2023, 6, 12), "2023年6月12日 八点", "八点"),
    ("九", "2023年6月12日 九点", at(2023, 6, 12), "2023年6月12日 九点", "九点"),
    ("两", "2023年6月12日 两点", at(2023, 6, 12), "2023年6月12日 两点", "两点"),
    (
        "a range runs on over a part of the day",
        "2023年6月12日 上午九点-下午五点",
        at(2023, 6, 12),
        "2023年6月12日 上午九点-下午五点",
        "上午九点-下午五点",
    ),
    # English month names, and their zones.
    ("English-19xx", "July 1, 1998", at(1998, 7, 1), "July 1, 1998", None),
    ("January", "January 5, 2023", at(2023, 1, 5), "January 5, 2023", None),
    ("February", "Feb 5, 2023", at(2023, 2, 5), "Feb 5, 2023", None),
    ("March", "March 5, 2023", at(2023, 3, 5), "March 5, 2023", None),
    ("April", "April 5, 2023", at(2023, 4, 5), "April 5, 2023", None),
    ("May", "May 5, 2023", at(2023, 5, 5), "May 5, 2023", None),
    ("June", "June 5, 2023", at(2023, 6, 5), "June 5, 2023", None),
    ("July", "July 5, 2023", at(2023, 7, 5), "July 5, 2023", None),
    ("August", "August 5, 2023", at(2023, 8, 5), "August 5, 2023", None),
    ("September", "September 5, 2023", at(2023, 9, 5), "September 5, 2023", None),
    ("October", "Oct. 5, 2023", at(2023, 10, 5), "Oct. 5, 2023", None),
    ("November", "November 5, 2023", at(2023, 11, 5), "November 5, 2023", None),
    ("December", "December 5, 2023", at(2023, 12, 5), "December 5, 2023", None),
    (
        "English-UTC",
        "June 12, 2023 3:30 PM UTC",
        at(2023, 6, 12, 23, 30),
        "June 12, 2023 3:30 PM UTC",
        None,
    ),
    (
        "English-GMT",
        "June 12, 2023 3:30 PM GMT",
        at(2023, 6, 12, 23, 30),
        "June 12, 2023 3:30 PM GMT",
        None,
    ),
    (
        "English-Z",
        "June 12, 2023 3:30 PM Z",
        at(2023, 6, 12, 23, 30),
        "June 12, 2023 3:30 PM Z",
        None,
    ),
    (
        "English-CST",
        "June 12, 2023 3:30 PM CST",
        at(2023, 6, 12, 15, 30),
        "June 12, 2023 3:30 PM CST",
        None,
    ),
    (
        "English-GMT+8",
        "June 12, 2023 3:30 PM GMT+8",
        at(2023, 6, 12, 15, 30),
        "June 12, 2023 3:30 PM GMT+8",
        None,
    ),
    (
        "English-UTC+8",
        "June 12, 2023 3:30 PM UTC+8",
        at(2023, 6, 12, 15, 30),
        "June 12, 2023 3:30 PM UTC+8",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "moment", "raw", "unread"),
    [pytest.param(text, moment, raw, unread, id=form) for form, text, moment, raw, unread in DATES],
)
def test_a_date_form(text: str, moment: str, raw: str, unread: str | None) -> None:
    reading = read_date(text)
    assert reading is not None
    value = None if reading.value is None else reading.value.isoformat()
    assert (value, reading.raw, reading.unread) == (moment, raw, unread)


# (form, text, moment, raw, whether it has no year): the other orders a label gives a date in
LABELLED_DATES = [
    ("d.m.Y", "08.11.2019 10:05", at(2019, 11, 8, 10, 5), "08.11.2019 10:05", False),
    ("d/m/Y", "08/11/2019", at(2019, 11, 8), "08/11/2019", False),
    ("d-m-Y", "08-11-2019", at(2019, 11, 8), "08-11-2019", False),
    ("d.m.19xx", "08.11.1999", at(1999, 11, 8), "08.11.1999", False),
    ("yy年mm月dd日", "11年08月12日", at(2011, 8, 12), "11年08月12日", False),
    ("yy-mm-dd", "19-03-14", at(2019, 3, 14), "19-03-14", False),
    ("yy/m/d", "99/3/14", at(1999, 3, 14), "99/3/14", False),
    ("yy.mm.dd", "19.03.14 10:05:30", at(2019, 3, 14, 10, 5, 30), "19.03.14 10:05:30", False),
    ("mm-dd", "06-18 09:30", None, "06-18 09:30", True),
    ("mm/dd", "05/21", None, "05/21", True),
    ("mm.dd", "05.21", None, "05.21", True),
    ("m月d日", "5月21日", None, "5月21日", True),
]


@pytest.mark.parametrize(
    ("text", "moment", "raw", "yearless"),
    [
        pytest.param(text, moment, raw, yearless, id=form)
        for form, text, moment, raw, yearless in LABELLED_DATES
    ],
)
def test_a_labelled_date_in_another_order(
    text: str, moment: str | None, raw: str, yearless: bool
) -> None:
    found = read_labelled_date(text)
    assert found is not None
    reading, no_year = found
    value = None if reading.value is None else reading.value.isoformat()
    assert (value, reading.raw, no_year) == (moment, raw, yearless)


# --------------------------------------------------------------------------------------
# GRID_LABELS: a disclosure grid's labels (page 121's grid, one label changed per case)

GRID_TITLE = "反诈“小回执” 宣传“大作用”"


def grid_page(*rows: str) -> Article:
    """A disclosure grid with no headline repeated under it, then the text."""
    return parse_article("\n".join([*rows, FIRST, LAST]), form="text")


@pytest.mark.parametrize("label", ["名称", "标题"])
def test_a_grid_label_names_the_headline(label: str) -> None:
    article = grid_page("索引号: 114414240072246995/2021-00049 分类:", f"{label}: {GRID_TITLE}")
    assert (article.title, body(article)) == (GRID_TITLE, [FIRST, LAST])


@pytest.mark.parametrize("label", ["发布日期", "上载日期"])
def test_a_grid_label_gives_the_publication_date(label: str) -> None:
    article = grid_page(
        "发布机构: 梅州市五华县公安局 成文日期: 2021-02-28",
        f"名称: {GRID_TITLE}",
        f"文号: {label}: 2021-03-01",
    )
    assert article.published == datetime(2021, 3, 1, tzinfo=UTC8)


@pytest.mark.parametrize("label", ["成文日期", "发文日期", "生成日期"])
def test_a_grid_label_gives_the_date_written_when_no_publication_date(label: str) -> None:
    article = grid_page(f"发布机构: 梅州市五华县公安局 {label}: 2021-02-28", f"名称: {GRID_TITLE}")
    assert article.published == datetime(2021, 2, 28, tzinfo=UTC8)


@pytest.mark.parametrize(
    "label",
    [
        "索引号",
        "分类",
        "组配分类",
        "主题分类",
        "发布机构",
        "发文机关",
        "文号",
        "发文字号",
        "主题词",
    ],
)
def test_a_grid_label_ends_the_value_before_it(label: str) -> None:
    article = grid_page(f"名称: {GRID_TITLE} {label}: 其他", "发布日期: 2021-03-01")
    assert (article.title, body(article)) == (GRID_TITLE, [FIRST, LAST])


# --------------------------------------------------------------------------------------
# NOT_TITLE_ENDINGS: a site's section name is no headline


def test_a_section_name_is_no_headline() -> None:
    # Invented edge case: page 121's header line right over its metadata line.
    article = parse_article(
        "\n".join(["梅州市五华县公安局政府信息公开", "发布日期:2021-03-01", FIRST, LAST]),
        form="text",
    )
    assert article.title is None
    assert "title.refused" in [warning.code for warning in article.warnings]


# --------------------------------------------------------------------------------------
# ORIGINAL_TITLE_LABELS: a reposted story's first headline stands over the text


@pytest.mark.parametrize(
    "line",
    [
        "（原标题：“黑五”战役打响 亚马逊海外购登陆拼多多）",  # 227
        "原标题：最强“中国芯”本月商用 华为抢跑5G芯片大战",  # 228
    ],
)
def test_an_original_headline_is_no_text(line: str) -> None:
    assert body(text_page(body=(line, FIRST, LAST))) == [FIRST, LAST]


# --------------------------------------------------------------------------------------
# SUMMARY_LABELS: a summary box repeating the lede stands over the text


def test_a_summary_box_is_no_text() -> None:
    line = "[摘要]6月8日下午,云南丽江华坪女子高中141名毕业生结束高考后收拾行李,准备离校。"  # 271
    assert body(text_page(body=(line, FIRST, LAST))) == [FIRST, LAST]


# --------------------------------------------------------------------------------------
# PAGER_WORDS: a pager's links beside its bracketed page numbers end the body


@pytest.mark.parametrize("word", ["下一页", "尾页"])
def test_a_pager_of_page_numbers_and_links_ends_the_body(word: str) -> None:
    pager = "[1] [2]  下一页 尾页"  # 272
    assert word in pager
    assert body(text_page(after=(pager, RELATED))) == [FIRST, LAST]


# --------------------------------------------------------------------------------------
# LOADING_NOTES: a script box's placeholder text over the body is not text


@pytest.mark.parametrize(
    ("note", "line"),
    [("加载中", "调查问题加载中，请稍候。"), ("请刷新", "若长时间无响应，请刷新本页面")],  # 334
)
def test_a_script_boxs_placeholder_over_the_text_is_not_text(note: str, line: str) -> None:
    assert note in line
    assert body(text_page(body=(line, FIRST, LAST))) == [FIRST, LAST]


# --------------------------------------------------------------------------------------
# META_LABELS clicks: a counter's label with its number glued on, no colon


def test_a_click_count_glued_to_its_label_is_read() -> None:
    line = "作者:未知 文章来源:新华社 点击数840 更新时间:2010/8/31 9:43:40"  # 272
    article = parse_article("\n".join([TITLE, line, FIRST, LAST]), form="text")
    assert (article.source, article.clicks) == ("新华社", 840)


# --------------------------------------------------------------------------------------
# COPYRIGHT_NOUNS: the copyright holder named in a sentence is no footer mark

# 185: the article's last sentence; short lines follow it to the end of the page.
HOLDER_SENTENCE = "美国唱片工会表示：“播客在使用其它音乐时，一定要获得版权所有者或制作人的许可。”"


def test_the_copyright_holder_in_a_sentence_starts_no_footer() -> None:
    article = text_page(body=(FIRST, LAST, HOLDER_SENTENCE), after=("发表评论",))
    assert HOLDER_SENTENCE in body(article)
