"""The text path: renderings that differ from the seed parse to the same fields.

Values keep each page's own characters, so the variants are compared with the seed
width-insensitively: ``fold`` of the JSON of each field. Then focused checks on what the
text path must never do — let header, credits, pager, tools or footer into the body, or
make content of a blank line.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from conftest import FIXTURES, Case, cases
from xianfeng import Article, Credit, Link, Paragraph, Section, parse_article
from xianfeng._chars import fold, tidy

TEXT_CASES = [case for case in cases() if case.page.suffix == ".txt"]
VARIANTS = [case for case in TEXT_CASES if case.name != "seed-text"]
SAME_AS_SEED = [
    "title", "column", "published", "source", "clicks", "navigation", "breadcrumb",
    "sections", "credits", "footer",
]  # fmt: skip
SEED_NAVIGATION = [
    "干部工作", "人才工作", "干部教育", "干部监督", "自身建设", "财务公开", "党建动态",
    "农村党建", "街道社区", "机关党建", "企业党建", "非公党建", "党员管理", "远程教育",
    "典型事迹", "政策法规", "党史资料", "党务问答", "热点聚焦", "警示教育", "纪律提醒",
    "廉政课堂", "网上党校", "社区大讲堂", "农村大课堂", "微型党课",
]  # fmt: skip
SEED_HEADINGS = [
    None,
    "统筹安排明确任务,谋划美丽乡村新篇章",
    "整合资源汇聚众力,创建美丽乡村新面貌",
    "强化引导形成自觉,塑造美丽乡村新形象",
    "全面行动激发干劲,建立学习评比新机制",
]


@cache
def parsed(name: str) -> Article:
    return parse_article((FIXTURES / name / "page.txt").read_bytes())


def folded_json(value: Any) -> str:
    return fold(json.dumps(value, ensure_ascii=False, sort_keys=True))


def test_there_are_text_variants() -> None:
    assert {case.name for case in VARIANTS} >= {"text-fullwidth", "text-indented"}


@pytest.mark.parametrize("field", SAME_AS_SEED)
@pytest.mark.parametrize("case", VARIANTS, ids=[c.name for c in VARIANTS])
def test_variant_gives_the_seed_fields_width_insensitively(case: Case, field: str) -> None:
    variant = parsed(case.name).to_dict()[field]
    seed = parsed("seed-text").to_dict()[field]
    assert folded_json(variant) == folded_json(seed)


def test_full_width_variant_keeps_its_own_characters() -> None:
    article = parsed("text-fullwidth")
    assert article.sections[1].heading == "统筹安排明确任务，谋划美丽乡村新篇章"
    assert "行动方案（2021-2025）》" in article.sections[1].paragraphs[0]
    assert article.notices[4].title == "【主题教育系列党课】播出预告：哈尔滨，"
    assert article.footer.lines[1] == "技术支持：哈尔滨新闻网"
    # The seed, read the same way, keeps its ASCII: the comparison above is not vacuous.
    assert parsed("seed-text").sections[1].heading == "统筹安排明确任务,谋划美丽乡村新篇章"


def test_indented_variant_reads_previous_and_next_from_its_pager_lines() -> None:
    article = parsed("text-indented")
    assert article.previous == Link(label="道外区扎实推进农村人居环境整治提升工作")
    assert article.next is None
    assert article.credits == (Credit(role="供稿", name="阿城区委宣传部"),)


# --------------------------------------------------------------------------------------
# Focused checks on every text fixture
# --------------------------------------------------------------------------------------


def body_lines(article: Article) -> list[str]:
    lines: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            lines.append(section.heading)
        lines.extend(section.paragraphs)
    return lines


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_navigation_has_the_26_seed_labels(case: Case) -> None:
    assert [link.label for link in parsed(case.name).navigation] == SEED_NAVIGATION


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_five_notices_all_flagged_truncated(case: Case) -> None:
    notices = parsed(case.name).notices
    assert len(notices) == 5
    assert [n.truncated for n in notices] == [True] * 5
    assert fold(notices[0].title) == "黑龙江省关于开展2024年选调应届优秀高校"


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_body_is_five_sections_of_one_paragraph(case: Case) -> None:
    article = parsed(case.name)
    assert [fold(s.heading) if s.heading else None for s in article.sections] == SEED_HEADINGS
    assert [len(s.blocks) for s in article.sections] == [1, 1, 1, 1, 1]


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_nothing_from_header_credits_pager_tools_or_footer_leaks_into_the_body(
    case: Case,
) -> None:
    article = parsed(case.name)
    lines = body_lines(article)
    navigation = {link.label for link in article.navigation}
    for line in lines:
        folded = fold(line)
        assert not set(line.split(" ")) <= navigation, line
        assert not any(fold(n.title) in folded for n in article.notices), line
        assert not any(word in folded for word in ("供稿:", "上一篇", "下一篇", "【打印】")), line
        assert not any(word in folded for word in ("主办单位", "ICP", "技术支持")), line
        assert folded not in {"通知公告", "哈尔滨先锋网信息页 >>返回首页"}, line
        assert not folded.startswith(("时间:", "【乡村振兴】")), line
    assert fold(lines[0]).startswith("阿城区深入贯彻落实中央和省委部署")
    assert fold(lines[-1]).endswith(
        "全面激发全区各级领导干部投入农村人居环境整治工作的干劲和热情。"
    )


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_every_body_line_is_tidy_content(case: Case) -> None:
    for line in body_lines(parsed(case.name)):
        assert line
        assert line == tidy(line)
        assert not set(line) & {"\xa0", "\u3000", "\r", "\n"}


# --------------------------------------------------------------------------------------
# Small pages for one behaviour each
# --------------------------------------------------------------------------------------

HEAD = "首页 新闻\n当前位置：首页 > 党建\n阿城区召开党建工作会议\n时间:2022-04-30 07:53 来源:本站\n"
FOOT = "\n主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3\n"


def paragraphs(article: Article) -> list[str]:
    return [p for section in article.sections for p in section.paragraphs]


@pytest.mark.parametrize(
    "separator",
    [
        pytest.param("\n", id="none"),
        pytest.param("\n\n", id="one-blank"),
        pytest.param("\n\xa0\n", id="nbsp-line"),
        pytest.param("\n\u3000\u3000\n", id="ideographic-spaces-line"),
        pytest.param("\n \t\n\xa0\u3000\n\n\n", id="several-mixed"),
        pytest.param("\n\u200b\n", id="zero-width-line"),
    ],
)
def test_blank_and_nbsp_lines_only_separate(separator: str) -> None:
    body = separator.join(["第一段内容。", "第二段内容。", "第三段内容。"])
    article = parse_article(HEAD + body + FOOT)
    assert paragraphs(article) == ["第一段内容。", "第二段内容。", "第三段内容。"]


def test_an_interview_line_stays_in_the_body_and_only_trailing_credits_are_credits() -> None:
    body = "\n".join(
        [
            "记者：请问这次活动的意义是什么？",
            "张书记：意义重大。",
            "记者：请问……？",
            "摄影：张三",
            "责任编辑：李四　审核：王五",
        ]
    )
    article = parse_article(HEAD + body + FOOT)
    assert paragraphs(article) == [
        "记者：请问这次活动的意义是什么？",
        "张书记：意义重大。",
        "记者：请问……？",
    ]
    assert article.credits == (
        Credit(role="摄影", name="张三"),
        Credit(role="责任编辑", name="李四"),
        Credit(role="审核", name="王五"),
    )


def test_a_credit_line_inside_the_body_stays_body() -> None:
    # Inside: between two paragraphs. Over the text it is a byline (page 069), under the
    # text a credit.
    text = "正文内容。\n摄影：张三\n正文内容。\n供稿：区委宣传部"
    article = parse_article(HEAD + text + FOOT)
    assert article.sections == (
        Section(
            blocks=(
                Paragraph(text="正文内容。"),
                Paragraph(text="摄影：张三"),
                Paragraph(text="正文内容。"),
            )
        ),
    )
    assert article.credits == (Credit(role="供稿", name="区委宣传部"),)


def test_pager_tool_and_page_count_lines_are_never_body() -> None:
    body = "\n".join(
        ["正文内容。", "【打印】【关闭】", "共3页", "上一篇：没有了", "下一篇：道里区召开会议"]
    )
    article = parse_article(HEAD + body + FOOT)
    assert paragraphs(article) == ["正文内容。"]
    assert (article.previous, article.next) == (None, Link(label="道里区召开会议"))
    assert article.page_count == 3


def test_header_split_at_a_notice_box_label() -> None:
    page = "首页 新闻\n通知公告\n关于召开会议的通知\n更多>>\n" + HEAD.split("\n", 1)[1]
    article = parse_article(page + "正文内容。" + FOOT)
    assert [link.label for link in article.navigation] == ["首页", "新闻"]
    assert [n.title for n in article.notices] == ["关于召开会议的通知"]
    assert [link.label for link in article.breadcrumb] == ["首页", "党建"]


def test_crlf_and_cr_line_endings_read_like_lf() -> None:
    page = HEAD + "第一段内容。\n\xa0\n第二段内容。" + FOOT
    lf = parse_article(page)
    assert parse_article(page.replace("\n", "\r\n")) == lf
    assert parse_article(page.replace("\n", "\r")) == lf
    assert parse_article(page.replace("\n", "\r\n").encode("utf-8")).sections == lf.sections


def test_a_metadata_line_dumped_one_field_per_line_is_read_whole(seed_text: str) -> None:
    meta = "时间:2022-04-30 07:53来源:哈尔滨党员之家 点击:"
    split = seed_text.replace(meta, "来源:哈尔滨党员之家\n时间:2022-04-30 07:53\n点击:")
    assert split != seed_text
    assert parse_article(split) == parse_article(seed_text)


def test_a_notice_box_dumped_after_the_article_is_read_as_notices(seed_text: str) -> None:
    lines = seed_text.split("\n")
    notices, rest = lines[19:24], lines[:19] + lines[24:]
    footer = rest.index("主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3")
    moved = "\n".join([*rest[:footer], "通知公告 更多>>", *notices, *rest[footer:]])
    article, seed = parse_article(moved), parse_article(seed_text)
    assert article.notices == seed.notices
    assert (article.sections, article.credits, article.footer) == (
        seed.sections,
        seed.credits,
        seed.footer,
    )


# Real lines of a county-government news page (tests/corpus/205): every label and value of
# the metadata on a line of its own, and the whole block printed twice over the text.
_SPLIT_META = (
    "当前位置: 首页>新闻中心>乡镇动态\n"
    "全县生态保护大会暨毁林毁草专项整治工作推进会议召开\n\n"
    "发布时间:\n\n2025-05-22 10:03\n\n信息来源:\n\n今日开鲁\n\n分享到:\n\n"
    "发布时间:\n\n2025-05-22 10:03\n\n\n信息来源:\n\n今日开鲁\n\n\n\n分享到:\n\n"
    "5月21日,全县生态保护大会暨毁林毁草专项整治工作推进会议召开。县政府副县长常亮主持会议并讲话。\n"
)


def test_a_label_alone_on_its_line_takes_the_value_under_it() -> None:
    article = parse_article(_SPLIT_META)
    assert article.title == "全县生态保护大会暨毁林毁草专项整治工作推进会议召开"
    assert article.source == "今日开鲁"
    assert article.published is not None
    assert article.published.isoformat() == "2025-05-22T10:03:00+08:00"


def test_the_metadata_printed_again_over_the_text_is_not_body() -> None:
    article = parse_article(_SPLIT_META)
    assert [section.heading for section in article.sections] == [None]
    assert article.sections[0].paragraphs[0].startswith("5月21日,")


def test_a_close_link_with_its_close_box_is_not_body() -> None:
    # Real lines of a city-government news page (tests/corpus/206).
    text = (
        "当前位置: 首页巢湖快讯\n\n庙岗乡第九届人民代表大会第四次会议胜利召开[图]\n\n"
        "发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407\n\n\n"
        "3月28日,庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。(袁传仓)\n\n"
        "关闭×"
    )
    article = parse_article(text)
    assert article.sections[-1].paragraphs[-1].endswith("(袁传仓)")
    assert "关闭×" not in article.text


def test_a_document_number_alone_is_the_first_paragraph_not_a_heading() -> None:
    # Real lines of a city-government gazette page (tests/corpus/204).
    text = (
        "关于印发《海口市人民政府工作规则》的通知\n2011-06-18 00:00:00 来源: 本站原创\n【字体:\n\n"
        "海府〔2011〕33号\n\n各区人民政府,市政府直属各单位:\n"
        "    《海口市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发。\n"
    )
    article = parse_article(text)
    assert article.sections[0].heading is None
    assert article.sections[0].paragraphs[0] == "海府〔2011〕33号"
    assert article.source == "本站原创"


def test_picture_file_names_opening_a_line_are_not_text() -> None:
    # Real lines of a county police disclosure page (tests/corpus/121): the pictures are
    # rendered as their file names, run together before the first paragraph.
    text = (
        "反诈“小回执” 宣传“大作用”\n\n发布日期:2021-03-01  浏览次数:-\n\n"
        "微信图片_20210226162951.jpg微信图片_20210226162942.jpg“大哥,现在电信诈骗太多了,"
        "赚点钱不容易,可千万要小心,别给陌生人转账啊……”2月26日,五华县公安局长布派出所民警"
        "趁着元宵节走街串巷入户开展反诈宣传。\n"
    )
    article = parse_article(text)
    assert article.sections[0].paragraphs[0].startswith("“大哥,现在电信诈骗太多了")
    assert ".jpg" not in article.text
