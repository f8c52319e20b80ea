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
