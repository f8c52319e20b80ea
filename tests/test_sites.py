"""A profile learned from a site's own pages only removes template or adds knowledge: over
every site group of ``tests/sites/`` no field is worse with it, and the flagship fixtures
parse the same with a profile learned from them."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from corpus_scoring import Page, score, site_groups
from xianfeng import NotAnArticleError, learn_profile, parse_article

GROUPS = site_groups()
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.*"))


def test_there_are_enough_site_groups() -> None:
    assert len(GROUPS) >= 8
    assert all(len(group) >= 5 for group in GROUPS.values())


@pytest.mark.parametrize("site", sorted(GROUPS))
def test_no_field_is_worse_with_the_profile_learned_from_the_site(site: str) -> None:
    group = GROUPS[site]
    learned = learn_profile([page.path.read_bytes() for page in group], name=site)
    for page in group:
        before = score(page)
        after = score(page, partial(Page.parse, profile=learned))
        worse = [
            field for field, right in before.items() if right is True and after[field] is not True
        ]
        assert not worse, f"{site}/{page.name}: {worse}"


def test_the_template_text_a_site_carries_is_learned_and_left_out() -> None:
    group = GROUPS["yidagong_dedecms_fallback"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    warning = next(line for line in learned.boilerplate if line.startswith("你会看到这个提示"))
    for page in group:
        assert warning in page.parse().text
        assert warning not in page.parse(learned).text


def test_the_flagship_parses_the_same_with_a_profile_learned_from_it() -> None:
    learned = learn_profile([path.read_bytes() for path in FIXTURES], name="哈尔滨先锋网")
    for path in FIXTURES:
        page = path.read_bytes()
        assert parse_article(page, profile=learned) == parse_article(page), path.parent.name


@pytest.mark.parametrize("site", ["corp400_phpcms", "yidagong_dedecms_fallback"])
def test_a_site_learned_in_any_order_gives_the_same_profile(site: str) -> None:
    pages = [page.path.read_bytes() for page in GROUPS[site]]
    learned = learn_profile(pages)
    assert learned.evidence  # these sites carry template text: something was learned
    assert learn_profile(reversed(pages)) == learned
    assert learn_profile(pages[3:] + pages[:3]) == learned


# -- what the site pages showed the parser (with no profile) ------------------------------


def test_a_logo_h1_that_prints_the_document_title_is_not_the_headline() -> None:
    # DedeCMS page: <h1> in the logo holds "补报工商年报要哪些材料_郑州工商注册-…" above the menus,
    # the article's own headline is a <span> under two boxes of related links.
    article = GROUPS["dafeng_caiwu_dedecms"][0].parse()
    assert article.title == "补报工商年报要哪些材料"
    assert article.author == "达丰财务"  # "作者：达丰财务", alone under the headline
    assert article.text.startswith("留意工商局的补报时间，补报和正常年报流程是一样的")


def test_the_headline_shown_whole_and_unlinked_beats_a_related_link_to_it() -> None:
    pages = {page.name: page for page in GROUPS["dafeng_caiwu_dedecms"]}
    # 05: the 相关文章 box above the article links to the article itself, headline whole.
    linked = pages["05"].parse()
    assert linked.title == "郑州高新区代理代账一个月多少钱？"
    assert linked.text.startswith("郑州代理记账的公司可以说是很多的")
    # 06: the box shows the headline cut short ("…税负减").
    assert pages["06"].parse().title == "月薪过万，年终奖这样筹划，税负减半！神奇的节税技巧！"


def test_numbers_of_two_elements_are_not_read_as_one() -> None:
    # <span>发布时间：2021-01-12 11:04:07</span><span>103次</span>: no space between them.
    article = GROUPS["sdhjnl_sports_news"][0].parse()
    assert article.published is not None
    assert article.published.isoformat() == "2021-01-12T11:04:07+08:00"


def test_a_credit_line_on_every_page_stays_a_credit_under_template_text() -> None:
    # "责任编辑：400电话编辑" closes every page's text, over a promotional line the template
    # prints ("需要了解更多400电话办理相关问题…"): the credit is read, the promotion left out.
    group = GROUPS["corp400_phpcms"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    assert "责任编辑：400电话编辑" not in learned.boilerplate
    assert "责任编辑：400电话编辑" not in learned.end_markers
    article = group[0].parse(learned)
    assert ("责任编辑", "400电话编辑") in [(c.role, c.name) for c in article.credits]
    assert "需要了解更多400电话办理" not in article.text
    assert article.text.endswith("达到两方收益。")


def test_a_credit_stamped_with_the_time_it_was_filed_is_the_metadata_line() -> None:
    # PHPCMS page, under the headline: "编辑：悄悄 2021-04-09 12:38:54 关键字：400电话办理 …".
    article = GROUPS["corp400_phpcms"][0].parse()
    assert article.published is not None
    assert article.published.isoformat() == "2021-04-09T12:38:54+08:00"
    assert ("编辑", "悄悄") in [(c.role, c.name) for c in article.credits]
    assert article.text.startswith("当前，公司间的对比极其猛烈。")


def test_a_question_to_a_reporter_with_a_date_in_it_is_no_metadata_line() -> None:
    # Invented: an interview's question that names a day and an hour is no stamped credit.
    text = "\n答：是的，全体委员都参加了这次全会，会议总结了一年来的工作，部署了明年的任务。"
    with pytest.raises(NotAnArticleError):
        parse_article("区委召开全会\n记者：请问 2022年5月1日 10:00开会吗" + text)
    stamped = parse_article("区委召开全会\n记者：张三 2022年5月1日 10:00" + text)
    assert stamped.published is not None
    assert stamped.published.isoformat() == "2022-05-01T10:00:00+08:00"


def test_a_count_of_times_closing_the_metadata_line_is_the_clicks() -> None:
    # "山东黄金金狮俱乐部网 发布时间：2021-01-12 11:04:07 103次": the count has no label.
    assert GROUPS["sdhjnl_sports_news"][0].parse().clicks == 103


def test_a_credit_between_the_headline_and_the_date_line_is_read() -> None:
    # The headline, then "编辑：donghk", then the date alone ("2019-08-27 11:26:33").
    article = GROUPS["jingpin_xuexi_gaozhong"][0].parse()
    assert [(c.role, c.name) for c in article.credits] == [("编辑", "donghk")]
    assert article.published is not None
    assert article.published.isoformat() == "2019-08-27T11:26:33+08:00"
    assert "donghk" not in article.text


def test_a_news_dateline_under_signed_photo_captions_gives_its_credit() -> None:
    # Two captions signed "(厦门日报记者 张江毅 摄)", then "厦门网讯 (厦门日报记者 吴晓菁) 昨日是…".
    article = {page.name: page for page in GROUPS["visitxm_xiamen_tourism"]}["02"].parse()
    assert ("记者", "吴晓菁") in [(c.role, c.name) for c in article.credits]
    assert "厦门网讯 (厦门日报记者 吴晓菁) 昨日是大寒节气" in article.text


def test_a_bold_question_closing_the_text_is_its_last_paragraph_not_a_heading() -> None:
    # xuekao365 03: the article closes with a bold question to its readers; nothing follows.
    pages = {page.name: page for page in GROUPS["xuekao365_dedecms_default"]}
    article = pages["03"].parse()
    assert article.sections[-1].heading != "你有什么更好的Tips帮助我们完善CSS代码？"
    assert article.sections[-1].paragraphs[-1] == "你有什么更好的Tips帮助我们完善CSS代码？"
