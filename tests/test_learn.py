"""Learning a site's profile from its pages (``xianfeng.learn_profile``).

The site groups of ``tests/sites/`` are real pages of one template each; the cases marked
invented are edge cases written for the test.
"""

from __future__ import annotations

import json

import pytest

from corpus_scoring import site_groups
from xianfeng import Evidence, Profile, learn_profile, parse_article

# Invented: three short articles of one made-up site, each with the same closing line.
ARTICLE = "{title}\n时间:2024-05-0{n} 来源:本站\n{text}\n欢迎关注本站微信公众号。"
SITE = [
    ARTICLE.format(
        n=1, title="全区召开基层党建工作推进会", text="会议总结了上半年的基层党建工作。"
    ),
    ARTICLE.format(n=2, title="街道开展主题党日活动", text="各社区党支部组织党员学习了党章。"),
    ARTICLE.format(
        n=3, title="镇党委举办党务工作者培训班", text="培训班邀请党校教师讲授党务知识。"
    ),
]


def test_fewer_than_three_pages_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 3 pages"):
        learn_profile(SITE[:2])


def test_a_line_on_every_page_is_template_and_leaves_the_body() -> None:
    profile = learn_profile(SITE, name="某某党建网")
    assert profile.boilerplate == ("欢迎关注本站微信公众号。",)
    assert profile.evidence[0] == Evidence(
        table="boilerplate", value="欢迎关注本站微信公众号。", pages=3, of=3
    )
    article = parse_article(SITE[0], profile=profile)
    assert [block.text for block in article.sections[0].blocks] == [  # type: ignore[union-attr]
        "会议总结了上半年的基层党建工作。"
    ]


def test_the_same_page_again_and_again_teaches_nothing() -> None:
    profile = learn_profile([SITE[0]] * 5)
    assert profile.boilerplate == ()
    assert profile.evidence == ()


def test_pages_that_share_nothing_teach_nothing() -> None:
    site = [page.replace("欢迎关注本站微信公众号。", f"第{n}篇完。") for n, page in enumerate(SITE)]
    assert learn_profile(site) == Profile()


def test_the_order_of_the_pages_does_not_matter() -> None:
    assert (
        learn_profile(SITE) == learn_profile(reversed(SITE)) == learn_profile(SITE[1:] + SITE[:1])
    )


def test_a_learned_profile_survives_json() -> None:
    profile = learn_profile(SITE, name="某某党建网")
    assert Profile.from_dict(json.loads(json.dumps(profile.to_dict()))) == profile


def test_the_element_that_holds_most_pages_bodies_is_learned_as_the_container() -> None:
    # A real site: a summary box (the lead cut short, "…战胜克...") over the text and a
    # share box ("本文由…整理发布", "原文地址：…") under it, both outside div.newstext.
    group = site_groups()["sdhjnl_sports_news"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    assert learned.body == ("div.newstext",)
    assert Evidence(table="body", value="div.newstext", pages=5, of=6) in learned.evidence
    plain, taught = group[0].parse(), group[0].parse(learned)
    assert plain.sections[0].blocks[0].text.endswith("灰熊队在客场以101-91战胜克...")  # type: ignore[union-attr]
    assert taught.sections[0].blocks[0].text.endswith("灰熊队拿到2连胜，骑士队遭遇2连败。")  # type: ignore[union-attr]
    assert "原文地址：" in plain.text
    assert "原文地址：" not in taught.text
    assert taught.text.endswith("首节结束时骑士队以27-24领先。")


def test_a_text_rendering_learns_no_container() -> None:
    assert learn_profile(SITE).body == ()


def test_the_site_name_every_title_ends_in_is_learned_as_the_site_suffix() -> None:
    # A real site: every <title> is "headline_山东黄金金狮俱乐部网".
    group = site_groups()["sdhjnl_sports_news"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    assert learned.site_suffixes == ("山东黄金金狮俱乐部网",)
    assert (
        Evidence(table="site_suffixes", value="山东黄金金狮俱乐部网", pages=6, of=6)
        in learned.evidence
    )


def test_a_number_under_the_template_that_changes_per_page_is_learned_as_a_shape() -> None:
    # A real DedeCMS site: under "模板调用标记：" each page shows another number (1395716580).
    group = site_groups()["yidagong_dedecms_fallback"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    assert learned.boilerplate_shapes == ("#",)
    plain, taught = group[0].parse(), group[0].parse(learned)
    assert "\n1395716580\n" in plain.text
    assert "1395716580" not in taught.text
    assert taught.text.startswith("我是个应届毕业生")


def test_a_sentence_with_a_number_is_never_learned_as_a_shape() -> None:
    # Invented: each article's only line holds its own number; a sentence, not a counter.
    site = [
        ARTICLE.format(n=n, title=f"第{n}期简报", text=f"本期共收到{n}份材料。") for n in range(3)
    ]
    assert learn_profile(site).boilerplate_shapes == ()


# Invented: a site whose metadata line says 稿件时间 and 人气 (labels no default knows) beside
# 来源, and dates the article month first (11/25/2019: a day over 12 shows the order).
LABELLED = "{title}\n稿件时间：{date} 来源：本站 人气：{n}次\n{text}"
DATES = ("11/25/2019", "12/02/2019", "01/13/2020")


def test_labels_the_vocabulary_lacks_and_the_date_order_are_learned() -> None:
    site = [
        LABELLED.format(title=title, date=date, n=n, text=text)
        for title, date, n, text in zip(
            ("区委召开全会", "街道开展党日活动", "镇党委举办培训班"),
            DATES,
            (103, 55, 49),
            ("全会总结了一年的工作。", "党员学习了党章。", "培训班讲授了党务知识。"),
            strict=True,
        )
    ]
    plain = parse_article(site[0])
    assert plain.clicks is None
    learned = learn_profile(site)
    assert learned.labels == {"published": ("稿件时间",), "clicks": ("人气",)}
    assert learned.date_order == "mdy"
    assert Evidence(table="date_order", value="mdy", pages=2, of=3) in learned.evidence
    article = parse_article(site[0], profile=learned)
    assert article.published is not None
    assert article.published.isoformat() == "2019-11-25T00:00:00+08:00"
    assert article.clicks == 103
    assert Profile.from_dict(json.loads(json.dumps(learned.to_dict()))) == learned


def test_dates_that_do_not_show_their_order_teach_none() -> None:
    # Invented: 01/02/2020 could be either order.
    site = [
        LABELLED.format(title=f"第{n}篇", date=f"0{n}/02/2020", n=n, text=f"第{n}篇正文内容。")
        for n in (1, 2, 3)
    ]
    assert learn_profile(site).date_order is None
