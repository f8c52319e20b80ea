"""Where a real page's body starts and ends, and which of its lines are furniture, not text.

Each test parses a page of ``tests/corpus`` (its folder named) and checks values read off
that page, or, where it says so, an excerpt of one.
"""

from __future__ import annotations

import json

from corpus_scoring import CORPUS, body_texts
from xianfeng import Article, parse_article


def corpus_page(name: str) -> Article:
    folder = CORPUS / name
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    return parse_article(next(folder.glob("page.*")).read_bytes(), url=meta["url"])


def test_a_source_link_under_the_text_and_its_label_are_not_text() -> None:
    # 023: the text closes with `原文链接：` and the reprint's address on a line of its own.
    texts = body_texts(corpus_page("023"))
    assert texts[-1].endswith("各事务所要全力为湖北疫后经济复苏、社会稳定作出新的贡献。")
    assert not any("原文链接" in text or "peopleapp.com" in text for text in texts)


def test_a_pager_over_the_text_does_not_end_the_body() -> None:
    # 083: `第1页/共1页 << 上一页 | 下一页 >>` stands over the text and again under it.
    article = corpus_page("083")
    texts = body_texts(article)
    assert texts[0] == "资料图：无性婚姻能走多远？"
    assert texts[-1].endswith("女方抱怨性生活“不活跃”的比例有所增加。")
    assert article.page_count == 1
    assert not any("上一页" in text for text in texts)


def test_the_headline_repeated_after_a_notices_signature_is_not_text() -> None:
    # 141: the notice closes with its issuer and date; its headline, without the document
    # number, follows.
    texts = body_texts(corpus_page("141"))
    assert texts[-2:] == ["郑州市教育局教学研究室", "2021年9月23日"]


def test_contact_details_under_a_section_heading_are_its_text() -> None:
    # 351: the notice's last section, 五、简历投递及政策咨询, holds only contact lines
    # (E-mail：…, 联系人：…, 联系电话：…, 地址：…, 邮编：…): they are the section, not
    # furniture closing the text.
    texts = body_texts(corpus_page("351"))
    assert texts[-2:] == ["地址：山西省太原市学院路3号中北大学德怀楼511室", "邮编：030051"]
    assert "E-mail：rsglk@nuc.edu.cn" in texts


def test_question_marks_standing_for_lost_characters_are_not_text() -> None:
    # 108: the one paragraph opens with `??? ` and two lines of `???` follow it.
    article = corpus_page("108")
    texts = body_texts(article)
    assert texts == [
        "2009年5月3日,动物科学系党总支、系工会组织全体教职工进行革命传统教育。"
        "在系主任吴建华、党总支副书记宋金昌带领下,全系58名教职工前往锦州“辽沈战役”纪念馆参观学习。"
        "参观学习结束后,大家进行了深入的交谈,追述了革命先辈在中国革命和建设过程中所作的巨大牺牲,"
        "纷纷表示要深入贯彻落实科学发展观,以拼搏的精神做好本职工作,努力用科学发展的成就来缅怀先烈。"
    ]
    assert [w.code for w in article.warnings] == ["page.lost_characters"]


def test_without_metadata_the_text_starts_under_the_position_bar() -> None:
    # 037: the site's blurb (`中华人民共和国年鉴网是…`) and its box title come before the
    # position bar `网站首页 > 大国崛起 > 中华崛起 >`; the headline and the text follow it.
    article = corpus_page("037")
    texts = body_texts(article)
    assert article.title == "让先锋旗帜高高飘扬"
    assert texts[0] == "新华社北京5月22日电题(新华社记者)刚刚过去的7天,是不平凡的一周。"
    assert not any("中华人民共和国年鉴网是" in text for text in texts)


def test_without_metadata_a_clause_over_the_first_long_line_is_text() -> None:
    # 077: an advertisement's box splits the first sentence after `…儿童发展规划，`.
    texts = body_texts(corpus_page("077"))
    assert "".join(texts[:2]).startswith(
        "为了贯彻落实北京市“十五”时期儿童发展规划，进一步了解全市13—15岁儿童目前的心理发展现状，"
    )


def test_without_metadata_a_short_sentence_over_the_text_is_not_taken_with_it() -> None:
    # 064: the bold one-sentence line `神奇，偶然掉在凡俗的临床上。` over the text heads it
    # (short enough for a heading); the text starts under it.
    texts = body_texts(corpus_page("064"))
    assert texts[0].startswith("美国临床肿瘤学会（ASCO）第40届年会今年6月8日落幕。")


def test_a_slideshow_label_a_like_count_and_tools_before_a_credit_are_not_text() -> None:
    # 216: `图集` over the dateline, `+1` (a like button) under the text, then
    # `【纠错】 责任编辑： 尹世杰`: the text runs from the dateline to its last sentence.
    article = corpus_page("216")
    texts = body_texts(article)
    assert texts[0].startswith("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工")
    assert texts[-1].endswith("总理菲利普将于11日宣布退休制度改革的总体架构。")
    assert [(c.role, c.name) for c in article.credits] == [("记者", "唐霁"), ("责任编辑", "尹世杰")]


def test_an_e_papers_issue_date_over_its_toolbar_is_the_date_and_the_headline_is_under_it() -> None:
    # 142: `2008年10月8日 星期` over `3 上一篇  下一篇 4` and `放大 缩小 默认`, then the headline.
    article = corpus_page("142")
    assert article.published is not None
    assert article.published.date().isoformat() == "2008-10-08"
    assert article.title == "数百幅照片见证商水巨变"
    # 146: `2012年05月11日 星期五 放大 缩小 默认` right over the headline, then the
    # photographer's name alone over his credit line `雍和  图/文`: no heading.
    article = corpus_page("146")
    assert article.published is not None
    assert article.published.date().isoformat() == "2012-05-11"
    assert article.title == "是小贩,也是老兵"
    assert [s.heading for s in article.sections if s.heading] == []
    assert [(c.role, c.name) for c in article.credits] == [("图/文", "雍和")]


def test_a_signature_under_the_pictures_closes_the_text() -> None:
    # 247: one paragraph, four pictures (one outside the paragraph's <div>), then the school
    # union's name and the month in a <div> of their own: the signature is the text's end.
    texts = body_texts(corpus_page("247"))
    assert texts[0].startswith("11月12日下午，苏州市第一初级中学校工会组织全体教职工")
    assert texts[-2:] == ["苏州市第一初级中学校工会", "2022.11"]
    assert not any("冬季体育教师保健四注意" in text for text in texts)


def test_links_closing_the_text_that_announce_where_they_lead_are_not_text() -> None:
    # 311: under the last paragraph, inside the text box, a table of two bold links broken
    # by <br>s and ending in a colon (网易财经 / 会赚钱的客户端：), each over its picture.
    article = corpus_page("311")
    texts = body_texts(article)
    assert texts[-1] == "低估对手，注定将付出更大的代价。"
    assert not any("客户端" in text or "打新神器" in text for text in texts)
    headings = [s.heading for s in article.sections if s.heading is not None]
    assert "网易财经" not in headings


def test_a_link_closing_the_text_without_a_colon_stays_text() -> None:
    # Invented: a short linked line closing the text that announces nothing is kept.
    text = "这是一段足够长的正文，用来让页面有正文可读，记者在现场采访了有关负责人并整理如下。"
    page = (
        "<html><head><title>通知</title></head><body><h1>通知</h1>"
        f"<div><p>{text}</p><p>{text}</p><p>{text}</p>"
        '<p><a href="/files/a.html">有关负责人答记者问</a></p></div></body></html>'
    )
    assert body_texts(parse_article(page))[-1] == "有关负责人答记者问"


def test_a_credit_line_over_the_next_sections_heading_is_a_credit() -> None:
    # 312: the second story's byline `文/广州日报记者赖伟行` closes its first paragraph, over
    # the heading 股市大跌打乱买房计划; the outlet and 记者 between role and name are who.
    article = corpus_page("312")
    assert ("文", "赖伟行") in [(credit.role, credit.name) for credit in article.credits]
    assert not any("赖伟行" in text for text in body_texts(article))


def test_a_credit_on_the_source_line_under_the_text_is_read_once() -> None:
    # 314: `本文来源：侠客岛  责任编辑：韩佳鹏_NN9841` closes the text in the ep-source box.
    article = corpus_page("314")
    assert [(c.role, c.name) for c in article.credits] == [("责任编辑", "韩佳鹏_NN9841")]
    assert article.source == "侠客岛"
