"""Site profiles: each entry changes exactly what it names, and bad profiles say which key."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from xianfeng import Credit, Profile, parse_article
from xianfeng._fields.chrome import is_chrome
from xianfeng._fields.credits import parse_credits
from xianfeng.profile import FLAGSHIP, _css_to_xpath, lexicon_of

HERE = Path(__file__).parent
SISTER = (HERE / "profile_pages" / "daoli-sister-site" / "page.html").read_bytes()
CORPUS = HERE / "corpus"
FIXTURES = HERE / "fixtures"

PARAGRAPHS = [
    "12月28日，道里区召开2023年度基层党组织书记抓基层党建工作述职评议会。会议采取现场述职、"
    "现场点评、现场测评的方式进行，12名街道和部门党组织书记逐一述职。",
    "会议指出，一年来，各级党组织书记认真履行第一责任人职责，推动基层党建工作取得新成效，"
    "党建引领基层治理的作用进一步显现。",
    "会议要求，要坚持问题导向，对照点评意见逐项整改，以“钉钉子”精神抓好落实，推动基层党建工作"
    "全面进步、全面过硬。",
]
LEAD = (
    "【导读】12月28日，道里区召开2023年度基层党组织书记抓基层党建工作述职评议会，"
    "区委书记出席会议并讲话。"
)
VOTES = ["顶一下", "(3)", "100%", "踩一下", "(0)", "0%"]


def changed(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    return {key for key in a if a[key] != b[key]}


def paragraphs(data: dict[str, Any]) -> list[str]:
    return [
        block["text"]
        for section in data["sections"]
        for block in section["blocks"]
        if block["type"] == "paragraph"
    ]


def test_without_a_profile_the_sister_site_leaks() -> None:
    plain = parse_article(SISTER).to_dict()
    assert plain["title"] == "道里区召开基层党组织书记述职评议会"
    assert plain["published"] == "2023-12-28T15:06:00+08:00"
    assert plain["author"] == "王晓东"
    assert plain["source"] is None  # 稿件来处 is no label the defaults know
    assert paragraphs(plain) == [LEAD, *PARAGRAPHS, *VOTES]


def test_a_label_changes_only_its_field() -> None:
    plain = parse_article(SISTER).to_dict()
    labelled = parse_article(SISTER, profile=Profile(labels={"source": ["稿件来处"]})).to_dict()
    assert changed(plain, labelled) == {"source"}
    assert labelled["source"] == "道里区委组织部"


def test_an_end_marker_changes_only_where_the_body_ends() -> None:
    plain = parse_article(SISTER).to_dict()
    ended = parse_article(SISTER, profile=Profile(end_markers=["顶一下"])).to_dict()
    assert changed(plain, ended) == {"sections"}
    assert paragraphs(ended) == [LEAD, *PARAGRAPHS]


def test_a_container_hint_changes_only_where_the_body_is_read() -> None:
    plain = parse_article(SISTER).to_dict()
    hinted = parse_article(SISTER, profile=Profile(body=["#artibody"])).to_dict()
    assert changed(plain, hinted) == {"sections"}
    assert paragraphs(hinted) == [*PARAGRAPHS, *VOTES]


def test_one_profile_with_all_three() -> None:
    profile = Profile.from_dict(
        {
            "name": "道里先锋网",
            "labels": {"source": ["稿件来处"]},
            "end_markers": ["顶一下"],
            "body": ["div#artibody"],
        }
    )
    article = parse_article(SISTER, profile=profile)
    assert article.source == "道里区委组织部"
    assert [p for s in article.sections for p in s.paragraphs] == PARAGRAPHS
    assert article.warnings == ()


def test_a_profile_loads_from_toml_and_json() -> None:
    tomllib = pytest.importorskip("tomllib")  # the standard library's from Python 3.11
    text = """
    name = "道里先锋网"
    end_markers = ["顶一下"]
    body = ["#artibody"]

    [labels]
    source = ["稿件来处"]
    """
    from_toml = Profile.from_dict(tomllib.loads(text))
    from_json = Profile.from_dict(
        json.loads(
            '{"name": "道里先锋网", "end_markers": ["顶一下"], "body": ["#artibody"],'
            ' "labels": {"source": ["稿件来处"]}}'
        )
    )
    assert from_toml == from_json
    assert from_toml.labels["source"] == ("稿件来处",)


def test_a_credit_role_from_a_profile_on_a_real_page() -> None:
    # Corpus page 016 (武汉工程职业技术学院) closes with 核发：dsx; 核发 is a default role,
    # so a profile that drops the defaults and names only 审核 no longer reads it.
    page = (CORPUS / "016" / "page.html").read_bytes()
    assert parse_article(page).credits == (Credit(role="核发", name="dsx"),)
    only_review = Profile(credit_roles=["审核"], replace=["credit_roles"])
    assert parse_article(page, profile=only_review).credits == ()


def test_replace_drops_the_defaults_of_one_table_only() -> None:
    lex = lexicon_of(Profile(tool_words=["返回列表"], replace=["tool_words"]))
    assert is_chrome("【返回列表】", lex=lex)
    assert not is_chrome("【打印】【关闭】", lex=lex)
    assert parse_credits("责任编辑：张三", lex=lex) == (Credit(role="责任编辑", name="张三"),)


def test_the_flagship_profile_changes_nothing_on_the_flagship_pages() -> None:
    for case in ("seed-text", "html-seed-table-gb2312", "html-div-utf8"):
        page = next((FIXTURES / case).glob("page.*")).read_bytes()
        assert parse_article(page, profile=FLAGSHIP) == parse_article(page)


def test_a_site_suffix_is_dropped_from_the_title() -> None:
    text = (FIXTURES / "seed-text" / "page.txt").read_text("utf-8")
    title = "阿城区持续推进农村人居环境整治提升工程为龙江乡村振兴增“靓”添“彩”"
    suffixed = text.replace(title, title + "_哈尔滨先锋网", 1)
    assert parse_article(suffixed).title == title + "_哈尔滨先锋网"
    assert parse_article(suffixed, profile=FLAGSHIP).title == title


@pytest.mark.parametrize(
    ("css", "xpath"),
    [
        ("#artibody", "//*[@id='artibody']"),
        ("div.content", "//div[contains(concat(' ', normalize-space(@class), ' '), ' content ')]"),
        (
            "div#main > .text",
            "//div[@id='main']/*[contains(concat(' ', normalize-space(@class), ' '), ' text ')]",
        ),
        ("td p, #a", "//td//p | //*[@id='a']"),
    ],
)
def test_css_hints_become_xpath(css: str, xpath: str) -> None:
    assert _css_to_xpath(css) == xpath


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({"lables": {}}, ValueError, "profile key 'lables' is unknown; known: body, boilerplate"),
        ({"labels": {"sauce": ["稿件来处"]}}, ValueError, "profile key 'labels.sauce' is unknown"),
        ({"labels": ["稿件来处"]}, TypeError, "profile key 'labels': expected a mapping"),
        (
            {"labels": {"source": "稿件来处"}},
            TypeError,
            "profile key 'labels.source': expected a list",
        ),
        ({"end_markers": "顶一下"}, TypeError, "profile key 'end_markers': expected a list"),
        ({"tool_words": ["", "打印"]}, TypeError, "profile key 'tool_words': expected a list"),
        ({"name": 5}, TypeError, "profile key 'name': expected a string, got 5"),
        ({"replace": ["labelz"]}, ValueError, "profile key 'replace': 'labelz' is not a table"),
        (
            {"body": ["div:nth-child(2"]},
            ValueError,
            "profile key 'body': 'div:nth-child(2' is not a CSS selector",
        ),
        ({"body": ["//div[@id="]}, ValueError, "profile key 'body': '//div[@id=' is not a valid"),
        ([("name", "x")], TypeError, "a profile is a mapping, got list"),
    ],
)
def test_a_bad_profile_names_its_key(data: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        Profile.from_dict(data)
    assert str(raised.value).startswith(message)


# A real PHPCMS page whose article text is in <div class="show_cont"> (tests/sites/).
CORP400 = Path(__file__).parent / "sites" / "corp400_phpcms" / "01" / "page.html"


@pytest.mark.parametrize("css", ["div[class=show_cont]", "div[class~=show_cont]:not(.nav)"])
def test_a_body_hint_may_be_any_css_with_the_css_extra(css: str) -> None:
    page = CORP400.read_bytes()
    simple = parse_article(page, profile=Profile(body=[".show_cont"]))
    assert parse_article(page, profile=Profile(body=[css])) == simple


def test_without_the_css_extra_a_richer_selector_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "lxml.cssselect", None)  # as if cssselect were missing
    assert Profile(body=["div.show_cont"]).body == ("div.show_cont",)  # the subset still works
    with pytest.raises(ValueError, match=r"pip install 'xianfeng\[css\]'"):
        Profile(body=["div[id=content]"])
