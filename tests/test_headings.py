"""Section headings read off real corpus pages (``tests/corpus/NNN``, origins in ``meta.json``).

Each case parses the page as served and checks the headings a reader sees in its body, in
order, and where a line that must not be a heading went instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xianfeng import Article, Image, Paragraph, parse_article

CORPUS = Path(__file__).parent / "corpus"


def _parse(name: str) -> Article:
    folder = CORPUS / name
    page = next(folder.glob("page.*"))
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return parse_article(page.read_bytes(), url=meta.get("url"))


def _headings(article: Article) -> list[str]:
    return [section.heading for section in article.sections if section.heading is not None]


def _paragraphs(article: Article) -> list[str]:
    return [
        block.text
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    ]


@pytest.mark.parametrize(
    ("name", "headings"),
    [
        # 福建法治报, page 2: 吹响号角 / 齐筑“防诈墙” over the first paragraph; the heading
        # ends in a quoted word, which ends no sentence.
        ("120", ["吹响号角 齐筑“防诈墙”"]),
        # 浙江长兴: the heading is followed by the byline 记者 黄琳, which is no heading.
        ("124", ["浙江长兴县融媒体中心 开年报道“花式”创新"]),
        # 郑州教育: the signature's date 2021年9月23日 closes the notice; a date is no heading.
        ("141", []),
        # 海口 gazette: the document's own title over 第一章 总 则 is a heading of its own, not
        # the first half of one heading; the signature's date above it is in Chinese numerals
        # (二○一一年四月八日), a date and no heading.
        ("204", ["海口市人民政府工作规则", "第一章 总 则", "第二章 市政府组成人员职责"]),
        # 齐齐哈尔: the same, with the signature's date in digits.
        ("038", ["齐齐哈尔市政务云平台管理实施细则", "第一章 总则"]),
        # 香格里拉 city news, cut right after the label 会议要求: one of a kind with the heading
        # 会议指出 above it, so a heading, not the last paragraph.
        ("129", ["会议指出", "会议要求"]),
        # 天天看点 (page 145): each picture's caption repeats the headline, twice, between
        # the paragraphs; a headline repeated is no heading.
        ("145", []),
    ],
)
def test_text_rendering_headings(name: str, headings: list[str]) -> None:
    assert _headings(_parse(name)) == headings


@pytest.mark.parametrize(
    ("name", "headings"),
    [
        # 太原晚报: each heading is two plain <p> lines, as styled as the paragraphs around
        # them (安宁疗护精细化 / 让临终患者少些痛苦多些温暖), read as one heading.
        (
            "073",
            ["安宁疗护精细化 让临终患者少些痛苦多些温暖", "医养结合专业化 让老年生活健康有品质"],
        ),
        # A DedeCMS skin: 蒲公英包谷须茶 alone in a <span> of its <p>, after a picture and
        # over a paragraph; the tea run into its paragraph (蒲公英荷叶茶 …) is no heading.
        ("045", ["蒲公英包谷须茶"]),
        # 中国网 (page 215): the first plain heading comes under a picture and its bold
        # caption signed by the photographer (…出行。中新社记者 贾天勇 摄), not a paragraph.
        (
            "215",
            [
                "重庆湖北等地降雨 中东部地区出现明显降温",
                "冷空气将影响南方地区 局地降幅10℃以上",
                "北京“冰冻周”开启 本周最低气温持续在冰点以下",
            ],
        ),
    ],
)
def test_plain_lines_between_paragraphs_are_headings(name: str, headings: list[str]) -> None:
    assert _headings(_parse(name)) == headings


def test_a_plain_heading_over_two_lines_leaves_no_line_as_a_paragraph() -> None:
    paragraphs = _paragraphs(_parse("073"))
    assert "让临终患者少些痛苦多些温暖" not in paragraphs
    assert paragraphs[1].startswith("安宁疗护是指为控制疾病终末期患者")


def test_a_heading_over_two_lines_leaves_no_line_as_a_paragraph() -> None:
    article = _parse("120")
    assert _paragraphs(article)[0].startswith("“扫楼敲门”筑防线")
    assert "齐筑“防诈墙”" not in _paragraphs(article)


def test_a_date_alone_stays_a_paragraph() -> None:
    assert "2021年9月23日" in _paragraphs(_parse("141"))


def test_a_numbered_item_ending_with_a_full_stop_is_no_heading() -> None:
    # 吉林省人民政府: the notice's items 一、 二、 三、 are plain <div>s; 三、 is short enough
    # for a heading but ends with a full stop, one sentence of the list.
    article = _parse("060")
    assert _headings(article) == []
    item = "三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。"
    assert item in _paragraphs(article)


def test_a_top_level_section_ending_with_a_colon_is_a_heading() -> None:
    # 中北大学 (page 351): the plain <p> sections 一、 to 五、; 四、学院联系方式： ends with a
    # colon and is still a section, while the items 1.基本条件 and 1）… under the others are
    # no headings.
    assert _headings(_parse("351")) == [
        "一、引进条件及待遇",
        "二、相关支持政策",
        "三、应聘方式",
        "四、学院联系方式：",
        "五、简历投递及政策咨询",
    ]


def test_a_bold_centred_sentence_alone_is_a_heading() -> None:
    # 北京大学医学部: each section opens with a bold, centred <div> of one short sentence
    # ending in a full stop (叛逆，科学家族中最稀有的元素。); the markup makes it a heading.
    headings = _headings(_parse("064"))
    assert headings[-2:] == ["叛逆，科学家族中最稀有的元素。", "思维，像清晨山涧涌出的泉水。"]


def test_a_bold_question_alone_is_a_heading() -> None:
    # 网易财经: the sections of a commentary open with bold <p>s, two of them questions.
    headings = _headings(_parse("311"))
    assert headings[:3] == ["IF1507成交暴增", "如何认定恶意做空？", "炒作期指资金从何而来？"]
    assert "如何认定恶意做空？" not in _paragraphs(_parse("311"))


def test_a_bold_question_put_to_someone_is_no_heading() -> None:
    # Invented: an interview's bold question with its speaker label stays a line of text.
    text = "这是一段足够长的正文，用来让页面有正文可读，记者在现场采访了有关负责人并整理如下。"
    page = (
        "<html><head><title>专访</title></head><body><h1>专访</h1>"
        f"<div><p>{text}</p><p><b>记者：改革有哪些亮点？</b></p><p>{text}</p>"
        f"<p>{text}</p></div></body></html>"
    )
    article = parse_article(page)
    assert _headings(article) == []
    assert "记者：改革有哪些亮点？" in _paragraphs(article)


def test_a_parts_number_alone_is_a_heading() -> None:
    # 网易财经: the jokes closing the text are numbered (一) … (六), each alone in a plain <p>.
    headings = _headings(_parse("312"))
    assert headings[-7:] == ["股民跌成段子手", "(一)", "(二)", "(三)", "(四)", "(五)", "(六)"]
    assert "A:比爱过更凄凉的话是什么？" in _paragraphs(_parse("312"))


def test_a_document_number_with_a_space_before_its_year_is_no_heading() -> None:
    # 网易财经: a reposted State Council document, its number bold under its bold title.
    article = _parse("313")
    assert _headings(article)[:2] == ["国务院关于积极推进“互联网+”行动的指导意见", "一、行动要求"]
    assert _paragraphs(article)[0] == "国发 〔2015〕40号"


def test_a_line_under_a_picture_signed_by_its_photographer_is_its_caption() -> None:
    article = _parse("215")
    captions = [b.caption for s in article.sections for b in s.blocks if isinstance(b, Image)]
    assert "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄" in captions
