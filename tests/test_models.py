"""The models: JSON round trip, derived properties, immutability, malformed dictionaries."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xianfeng import (
    SCHEMA_VERSION,
    Article,
    Attachment,
    Credit,
    Footer,
    Image,
    Link,
    Media,
    Notice,
    Paragraph,
    ParseWarning,
    Section,
    Table,
    parse_article,
)

CST = timezone(timedelta(hours=8))
SITE = "http://www.hrbxfw.gov.cn"

IMAGE_1 = Image(src=f"{SITE}/uploads/allimg/220430/1-1.jpg", alt="现场", caption="图为活动现场")
IMAGE_2 = Image(src=f"{SITE}/uploads/allimg/220430/1-2.jpg")
TABLE = Table(rows=(("村屯", "数量"), ("试点屯", "100"), ("示范村", "")))
ATTACHMENT = Attachment(label="五年行动方案.docx", url=f"{SITE}/uploads/soft/220430/1.docx")
VIDEO = Media(kind="video", src=f"{SITE}/uploads/media/220430/1.mp4", title="现场视频")
NOTICE_LINK = Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html")
PLAN_LINK = Link(label="行动方案", url=f"{SITE}/a/zcfg/2022/0401/70011.html")

ARTICLE = Article(
    title="阿城区持续推进农村人居环境整治提升工程",
    column="乡村振兴",
    published=datetime(2022, 4, 30, 7, 53, tzinfo=CST),
    published_raw="2022-04-30 07:53",
    source="哈尔滨党员之家",
    author="佚名",
    clicks=1234,
    navigation=(Link(label="党建动态", url=f"{SITE}/a/djdt/"), Link(label="农村党建")),
    notices=(
        Notice(title="黑龙江省关于开展2024年选调应届优秀高校", truncated=True),
        Notice(title="关于召开会议的通知", url=f"{SITE}/a/tzgg/1.html"),
    ),
    breadcrumb=(Link(label="首页", url=f"{SITE}/"), Link(label="农村党建")),
    sections=(
        Section(blocks=(Paragraph(text="阿城区深入贯彻落实中央和省委部署。"), IMAGE_1, VIDEO)),
        Section(
            heading="统筹安排明确任务，谋划美丽乡村新篇章",
            blocks=(
                Paragraph(
                    text="制定下发了行动方案，详见通知全文。", links=(PLAN_LINK, NOTICE_LINK)
                ),
                TABLE,
                ATTACHMENT,
                IMAGE_2,
                Paragraph(text="强力推进“4+2”重点任务落实。"),
            ),
        ),
        Section(heading="全面行动激发干劲"),
    ),
    credits=(Credit(role="供稿", name="阿城区委宣传部"), Credit(role="责任编辑", name="张三")),
    footer=Footer(
        host="中共哈尔滨市委组织部",
        icp="黑ICP备12002421号-3",
        support="哈尔滨新闻网",
        police_record="黑公网安备 23010202000123号",
        lines=("主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3", "技术支持:哈尔滨新闻网"),
    ),
    previous=Link(label="道外区召开党建工作会议", url=f"{SITE}/a/ncdj/2022/0429/71233.html"),
    next=None,
    page=2,
    page_count=3,
    page_urls=tuple(f"{SITE}/a/ncdj/2022/0430/71234{s}.html" for s in ("", "_2", "_3")),
    article_id=71234,
    url=f"{SITE}/a/ncdj/2022/0430/71234_2.html",
    encoding="gb18030",
    warnings=(ParseWarning(code="meta.clicks.unparsed", message="not a number"),),
)
MINIMAL = Article(title="阿城区持续推进")


# --------------------------------------------------------------------------------------
# Round trip and JSON
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("article", [ARTICLE, MINIMAL], ids=["every-block-type", "minimal"])
def test_round_trip(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article


@pytest.mark.parametrize("article", [ARTICLE, MINIMAL], ids=["every-block-type", "minimal"])
def test_round_trip_through_json_text(article: Article) -> None:
    text = json.dumps(article.to_dict(), ensure_ascii=False)
    assert Article.from_dict(json.loads(text)) == article


def test_to_dict_is_plain_json_data() -> None:
    data = ARTICLE.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2022-04-30T07:53:00+08:00"
    assert data["page_urls"][1] == f"{SITE}/a/ncdj/2022/0430/71234_2.html"
    assert data["next"] is None
    assert data["footer"]["lines"] == list(ARTICLE.footer.lines)
    assert data["sections"][2] == {"heading": "全面行动激发干劲", "blocks": []}


def test_blocks_carry_their_type() -> None:
    assert ARTICLE.to_dict()["sections"][1]["blocks"] == [
        {
            "type": "paragraph",
            "text": "制定下发了行动方案，详见通知全文。",
            "links": [
                {"label": "行动方案", "url": PLAN_LINK.url},
                {"label": "通知全文", "url": NOTICE_LINK.url},
            ],
        },
        {"type": "table", "rows": [["村屯", "数量"], ["试点屯", "100"], ["示范村", ""]]},
        {"type": "attachment", "label": "五年行动方案.docx", "url": ATTACHMENT.url},
        {"type": "image", "src": IMAGE_2.src, "alt": None, "caption": None},
        {"type": "paragraph", "text": "强力推进“4+2”重点任务落实。", "links": []},
    ]


def test_published_keeps_its_offset_through_the_round_trip() -> None:
    back = Article.from_dict(ARTICLE.to_dict()).published
    assert back is not None
    assert back.utcoffset() == timedelta(hours=8)
    assert back.isoformat() == "2022-04-30T07:53:00+08:00"


TEXT = st.text(min_size=1, max_size=8)
OPTIONAL_TEXT = st.none() | TEXT
LINKS = st.builds(Link, label=TEXT, url=OPTIONAL_TEXT)
BLOCKS = st.one_of(
    st.builds(Paragraph, text=TEXT),
    st.builds(Image, src=TEXT, alt=OPTIONAL_TEXT, caption=OPTIONAL_TEXT),
    st.builds(Table, rows=st.lists(st.lists(st.text(max_size=4)).map(tuple)).map(tuple)),
    st.builds(Attachment, label=TEXT, url=TEXT),
)
ARTICLES = st.builds(
    Article,
    title=TEXT,
    column=OPTIONAL_TEXT,
    published=st.none() | st.datetimes(timezones=st.just(CST)),
    published_raw=OPTIONAL_TEXT,
    clicks=st.none() | st.integers(min_value=0),
    navigation=st.lists(LINKS, max_size=3).map(tuple),
    notices=st.lists(st.builds(Notice, title=TEXT, url=OPTIONAL_TEXT, truncated=st.booleans())).map(
        tuple
    ),
    sections=st.lists(
        st.builds(Section, heading=OPTIONAL_TEXT, blocks=st.lists(BLOCKS, max_size=4).map(tuple)),
        max_size=3,
    ).map(tuple),
    credits=st.lists(st.builds(Credit, role=TEXT, name=TEXT), max_size=2).map(tuple),
    footer=st.builds(Footer, host=OPTIONAL_TEXT, lines=st.lists(TEXT, max_size=2).map(tuple)),
    previous=st.none() | LINKS,
    page_urls=st.lists(TEXT, max_size=2).map(tuple),
    article_id=st.none() | st.integers(min_value=1),
    warnings=st.lists(st.builds(ParseWarning, code=TEXT, message=TEXT), max_size=2).map(tuple),
)


@given(ARTICLES)
def test_any_article_round_trips_through_json(article: Article) -> None:
    text = json.dumps(article.to_dict(), ensure_ascii=False)
    assert Article.from_dict(json.loads(text)) == article


# --------------------------------------------------------------------------------------
# Derived properties
# --------------------------------------------------------------------------------------


def test_text_is_headings_and_paragraphs_one_per_line() -> None:
    assert ARTICLE.text == "\n".join(
        [
            "阿城区深入贯彻落实中央和省委部署。",
            "统筹安排明确任务，谋划美丽乡村新篇章",
            "制定下发了行动方案，详见通知全文。",
            "强力推进“4+2”重点任务落实。",
            "全面行动激发干劲",
        ]
    )
    assert MINIMAL.text == ""


def test_images_and_attachments_in_reading_order() -> None:
    assert ARTICLE.images == (IMAGE_1, IMAGE_2)
    assert ARTICLE.attachments == (ATTACHMENT,)
    assert MINIMAL.images == ()
    assert MINIMAL.attachments == ()


def test_media_in_reading_order_and_in_json() -> None:
    assert ARTICLE.media == (VIDEO,)
    assert MINIMAL.media == ()
    assert ARTICLE.to_dict()["sections"][0]["blocks"][2] == {
        "type": "media",
        "kind": "video",
        "src": VIDEO.src,
        "title": "现场视频",
    }
    assert "现场视频" not in ARTICLE.text


def test_paragraph_links_in_reading_order() -> None:
    assert ARTICLE.links == (PLAN_LINK, NOTICE_LINK)
    assert MINIMAL.links == ()
    assert "通知全文" in ARTICLE.text  # the text keeps the label, as shown


def test_section_paragraphs_are_the_paragraph_texts_only() -> None:
    assert [s.paragraphs for s in ARTICLE.sections] == [
        ("阿城区深入贯彻落实中央和省委部署。",),
        ("制定下发了行动方案，详见通知全文。", "强力推进“4+2”重点任务落实。"),
        (),
    ]


# --------------------------------------------------------------------------------------
# Immutability
# --------------------------------------------------------------------------------------

FROZEN = [
    pytest.param(ARTICLE, "title", id="Article"),
    pytest.param(ARTICLE.sections[0], "heading", id="Section"),
    pytest.param(Paragraph(text="正文"), "text", id="Paragraph"),
    pytest.param(IMAGE_1, "src", id="Image"),
    pytest.param(TABLE, "rows", id="Table"),
    pytest.param(ATTACHMENT, "url", id="Attachment"),
    pytest.param(VIDEO, "src", id="Media"),
    pytest.param(Link(label="首页"), "url", id="Link"),
    pytest.param(ARTICLE.notices[0], "truncated", id="Notice"),
    pytest.param(ARTICLE.credits[0], "name", id="Credit"),
    pytest.param(ARTICLE.footer, "host", id="Footer"),
    pytest.param(ARTICLE.warnings[0], "code", id="ParseWarning"),
]


@pytest.mark.parametrize(("model", "field"), FROZEN)
def test_models_are_frozen(model: Any, field: str) -> None:
    before = getattr(model, field)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(model, field, "changed")
    assert getattr(model, field) == before


def test_collections_are_tuples() -> None:
    for field in attrs.fields(Article):
        value = getattr(ARTICLE, field.name)
        assert not isinstance(value, (list, dict, set)), field.name
    assert isinstance(Article.from_dict(ARTICLE.to_dict()).sections[1].blocks, tuple)
    assert isinstance(Article.from_dict(ARTICLE.to_dict()).page_urls, tuple)


# --------------------------------------------------------------------------------------
# Malformed dictionaries
# --------------------------------------------------------------------------------------

T = {"schema_version": 1, "title": "阿城区持续推进"}

MALFORMED = [
    pytest.param([], "article: expected an object, got []", id="not-a-mapping"),
    pytest.param(
        T | {"published": "yesterday"},
        "article.published: 'yesterday' is not an ISO 8601 date and time",
        id="published-not-iso",
    ),
    pytest.param(
        T | {"published": "2022-04-30T07:53:00"},
        "article.published: '2022-04-30T07:53:00' has no UTC offset (+08:00 for China)",
        id="published-naive",
    ),
    pytest.param(
        T | {"published": 20220430},
        "article.published: expected an ISO 8601 string, got 20220430",
        id="published-a-number",
    ),
    pytest.param(T | {"sections": 5}, "article.sections: expected a list, got 5", id="sections-5"),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "paragraph"}]}]},
        "article.sections[0].blocks[0].text: missing",
        id="paragraph-no-text",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"text": "正文"}]}]},
        "article.sections[0].blocks[0].type: None is none of",
        id="block-no-type",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "video", "src": "1.mp4"}]}]},
        "article.sections[0].blocks[0].type: 'video' is none of",
        id="block-unknown-type",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "media", "kind": "flash", "src": "1.swf"}]}]},
        "article.sections[0].blocks[0].kind: 'flash' is none of "
        "['video', 'audio', 'embed', 'iframe']",
        id="media-unknown-kind",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "media", "kind": "video"}]}]},
        "article.sections[0].blocks[0].src: missing",
        id="media-no-src",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "paragraph", "text": "见通知", "links": [{}]}]}]},
        "article.sections[0].blocks[0].links[0].label: missing",
        id="paragraph-link-no-label",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "paragraph", "txt": "正文"}]}]},
        "article.sections[0].blocks[0]: unknown key(s) ['txt']",
        id="block-wrong-key",
    ),
    pytest.param(
        T | {"sections": [{"blocks": [{"type": "table", "rows": 5}]}]},
        "article.sections[0].blocks[0].rows: expected a list, got 5",
        id="table-rows-not-a-list",
    ),
    pytest.param(T | {"credits": [{"role": "供稿"}]}, "article.credits[0].name: missing", id="nm"),
    pytest.param(
        T | {"navigation": ["首页"]},
        "article.navigation[0]: expected an object, got '首页'",
        id="link-not-a-mapping",
    ),
    pytest.param(
        T | {"footer": ["主办单位"]},
        "article.footer: expected an object, got ['主办单位']",
        id="footer-not-a-mapping",
    ),
    pytest.param(
        T | {"warnings": [{"code": "x"}]}, "article.warnings[0].message: missing", id="warning"
    ),
    pytest.param(T | {"titel": "x"}, "article: unknown key(s) ['titel']", id="unknown-key"),
]


@pytest.mark.parametrize(("data", "message"), MALFORMED)
def test_from_dict_on_malformed_data_names_the_field(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=r"^not an Article dictionary: ") as caught:
        Article.from_dict(data)
    assert str(caught.value).removeprefix("not an Article dictionary: ").startswith(message)
    assert caught.value.__cause__ is not None


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(T | {"title": 5}, id="title-a-number"),
        pytest.param(T | {"title": ""}, id="title-empty"),
        pytest.param(T | {"clicks": "很多"}, id="clicks-a-string"),
        pytest.param(
            T | {"sections": [{"blocks": [{"type": "paragraph", "text": None}]}]},
            id="paragraph-text-none",
        ),
    ],
)
def test_from_dict_rejects_wrongly_typed_values(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"^not an Article dictionary: "):
        Article.from_dict(data)


# --------------------------------------------------------------------------------------
# Schema version
# --------------------------------------------------------------------------------------


def test_to_dict_leads_with_the_schema_version() -> None:
    assert SCHEMA_VERSION == 1
    data = MINIMAL.to_dict()
    assert list(data)[:2] == ["schema_version", "title"]
    assert data["schema_version"] == 1
    assert [k for k in ARTICLE.to_dict() if k != "schema_version"] == [
        field.name for field in attrs.fields(Article)
    ]


def test_from_dict_refuses_a_dictionary_without_a_version() -> None:
    data = ARTICLE.to_dict()
    del data["schema_version"]
    with pytest.raises(ValueError, match="schema_version") as caught:
        Article.from_dict(data)
    assert str(caught.value) == (
        "not an Article dictionary: article.schema_version: missing (Article.to_dict() "
        "writes it; this xianfeng reads schema version 1)"
    )


@pytest.mark.parametrize("version", [0, 2, "1", 1.0, True, None])
def test_from_dict_refuses_another_version_saying_which_it_reads(version: Any) -> None:
    with pytest.raises(ValueError, match="schema_version") as caught:
        Article.from_dict(ARTICLE.to_dict() | {"schema_version": version})
    assert str(caught.value) == (
        f"unsupported Article dictionary: schema_version {version!r} is not a version this "
        "xianfeng reads (it reads 1)"
    )


def test_from_dict_does_not_change_its_argument() -> None:
    data = ARTICLE.to_dict()
    Article.from_dict(data)
    assert data["schema_version"] == 1


# --------------------------------------------------------------------------------------
# Article.key
# --------------------------------------------------------------------------------------

KEYED = Article(
    title="标题",
    published=datetime(2022, 4, 30, 7, 53, tzinfo=CST),
    sections=(
        Section(blocks=(Paragraph(text="正文一段。"), IMAGE_1)),
        Section(heading="小标题", blocks=(Paragraph(text="第二段"), TABLE)),
    ),
)
# By hand from the documented serialisation: title LF published LF text, UTF-8, SHA-256.
KEYED_BYTES = "标题\n2022-04-30T07:53:00+08:00\n正文一段。\n小标题\n第二段".encode()
KEYED_HASH = "4bac2b28d1d1b952eca4a6ce33cbd27cb780e9fcbdc2b541089b9b469708d7c4"


def test_key_is_the_content_hash_without_a_site_and_id() -> None:
    assert hashlib.sha256(KEYED_BYTES).hexdigest() == KEYED_HASH  # the same on any machine
    assert KEYED.key == f"sha256:{KEYED_HASH}"


def test_key_writes_the_time_in_china_standard_time_to_the_second() -> None:
    utc = datetime(2022, 4, 29, 23, 53, 0, 999, tzinfo=timezone.utc)
    assert attrs.evolve(KEYED, published=utc).key == f"sha256:{KEYED_HASH}"


def test_key_without_a_time_leaves_its_line_empty() -> None:
    expected = hashlib.sha256("标题\n\n正文一段。\n小标题\n第二段".encode()).hexdigest()
    assert attrs.evolve(KEYED, published=None).key == f"sha256:{expected}"
    assert MINIMAL.key == "sha256:" + hashlib.sha256("阿城区持续推进\n\n".encode()).hexdigest()


def test_key_ignores_everything_but_title_time_and_body_text() -> None:
    other = attrs.evolve(
        KEYED,
        column="乡村振兴",
        published_raw="2022年4月30日",
        navigation=(Link(label="首页"),),
        credits=(Credit(role="供稿", name="某部"),),
        encoding="gb18030",
        url="view.php?aid=5",  # no host
        warnings=(ParseWarning(code="x", message="y"),),
    )
    assert other.key == KEYED.key
    assert attrs.evolve(KEYED, title="标题二").key != KEYED.key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html", "www.hrbxfw.gov.cn/71234"),
        ("HTTPS://WWW.HRBXFW.GOV.CN:8080/a/71234_2.html", "www.hrbxfw.gov.cn/71234"),
        ("http://[::1]:8000/a/71234.html", "::1/71234"),
    ],
)
def test_key_is_host_and_article_id_when_both_are_known(url: str, key: str) -> None:
    assert attrs.evolve(KEYED, url=url, article_id=71234).key == key


@pytest.mark.parametrize("url", [None, "/a/71234.html", "http://[::1/a.html"])
def test_key_falls_back_to_the_hash_without_a_host(url: str | None) -> None:
    assert attrs.evolve(KEYED, url=url, article_id=71234).key == f"sha256:{KEYED_HASH}"


def test_the_html_and_the_text_of_one_page_share_a_key() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    html = parse_article((fixtures / "html-seed-table-gb2312" / "page.html").read_bytes())
    text = parse_article((fixtures / "seed-text" / "page.txt").read_bytes())
    assert html.article_id == 71234
    assert html.url is None
    assert html.key == text.key
    assert html.key.startswith("sha256:")


def test_key_of_an_article_without_a_title_writes_it_as_nothing() -> None:
    untitled = attrs.evolve(KEYED, title=None)
    expected = hashlib.sha256("\n2022-04-30T07:53:00+08:00\n正文一段。\n小标题\n第二段".encode())
    assert untitled.key == f"sha256:{expected.hexdigest()}"
