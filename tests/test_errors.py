"""What parse_article refuses, with which exception and which message; strict vs lenient.

Messages are asserted exactly: they are part of the interface (they say what was expected,
where the parser looked and what it saw).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xianfeng import (
    Article,
    DecodeError,
    LayoutError,
    NotAnArticleError,
    ParseError,
    ParseWarning,
    StrictModeError,
    WarningCode,
    parse_article,
)

NO_TEXT = "expected an article page, got no text at all"
BINARY = "expected a page of text, got binary data (NUL bytes)"


def no_prose(chars: int) -> str:
    return (
        f"expected an article, found no metadata line and only {chars} characters of running text"
    )


LIST_PAGE = "\n".join(
    ["首页 党建动态 农村党建", "当前位置：首页 > 农村党建", ""]
    + [f"阿城区召开第{n}次党建工作会议 2022-04-{n:02d}" for n in range(1, 21)]
    + ["", "共5页 上一页 1 2 3 4 5 下一页"]
)

NOT_ARTICLES = [
    pytest.param("", NO_TEXT, "text", id="empty-str"),
    pytest.param(b"", NO_TEXT, "text", id="empty-bytes"),
    pytest.param(" \n\t\xa0\u3000\r\n\n", NO_TEXT, "text", id="whitespace-only"),
    pytest.param("\xa0\n\xa0\n\u200b", NO_TEXT, "text", id="nbsp-and-zero-width-lines"),
    pytest.param(LIST_PAGE, no_prose(0), "article body", id="list-page"),
    pytest.param("%%%% ^^^^ ~~~~\n@@@@\n", no_prose(0), "article body", id="garbage"),
    pytest.param(
        "404 Not Found\n您访问的页面不存在\n返回首页",
        no_prose(0),
        "article body",
        id="error-page",
    ),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", BINARY, "text", id="png-bytes"
    ),
    pytest.param("时间:2022\x00-04-30", BINARY, "text", id="nul-in-str"),
    pytest.param(
        "标题\n时间:2022-04-30 来源:本站\n".encode("utf-16-le"), BINARY, "text", id="utf-16-no-bom"
    ),
]


def test_a_metadata_line_first_is_an_article_without_a_headline() -> None:
    # Body-only renderings open with their metadata line (corpus pages 127, 133).
    article = parse_article("时间:2022-04-30 07:53 来源:本站\n正文内容。")
    assert (article.title, article.source, article.text) == (None, "本站", "正文内容。")
    assert [w.code for w in article.warnings] == ["title.missing"]


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize(("page", "message", "missing"), NOT_ARTICLES)
def test_not_an_article(page: str | bytes, message: str, missing: str, strict: bool) -> None:
    with pytest.raises(NotAnArticleError) as caught:
        parse_article(page, strict=strict)
    assert str(caught.value) == message
    assert caught.value.missing == missing


# --------------------------------------------------------------------------------------
# Strict and lenient
# --------------------------------------------------------------------------------------

UNPARSED_DATE = ParseWarning(
    code="meta.published.unparsed",
    message="the metadata line gives the time as '2022年四月卅日', which is not a date",
)


@pytest.fixture(scope="module")
def bad_date_page(seed_text: str) -> str:
    page = seed_text.replace("时间:2022-04-30 07:53", "时间:2022年四月卅日")
    assert page != seed_text
    return page


def test_lenient_mode_gives_none_and_the_warning(bad_date_page: str) -> None:
    article = parse_article(bad_date_page)
    assert article.published is None
    assert article.published_raw == "2022年四月卅日"
    assert article.warnings == (UNPARSED_DATE,)
    assert article.source == "哈尔滨党员之家"
    assert len(article.sections) == 5


def test_strict_mode_raises_with_the_warnings(bad_date_page: str) -> None:
    with pytest.raises(StrictModeError) as caught:
        parse_article(bad_date_page, strict=True)
    assert str(caught.value) == (
        "strict mode: the page parsed with 1 warning(s): meta.published.unparsed"
    )
    assert caught.value.warnings == (UNPARSED_DATE,)


def test_strict_mode_lists_every_warning_code(seed_text: str) -> None:
    page = seed_text.replace("时间:2022-04-30 07:53", "时间:待定").replace("点击:", "点击:很多")
    with pytest.raises(StrictModeError) as caught:
        parse_article(page, strict=True)
    assert str(caught.value) == (
        "strict mode: the page parsed with 2 warning(s): "
        "meta.published.unparsed, meta.clicks.unparsed"
    )
    assert [w.code for w in caught.value.warnings] == [
        "meta.published.unparsed",
        "meta.clicks.unparsed",
    ]


def test_strict_mode_accepts_a_clean_page(seed_text: str) -> None:
    assert parse_article(seed_text, strict=True) == parse_article(seed_text)


def test_an_empty_body_is_a_warning_or_in_strict_mode_a_layout_error() -> None:
    page = "阿城区召开会议\n时间:2022-04-30 07:53 来源:本站\n\xa0\n主办单位:中共哈尔滨市委组织部"
    article = parse_article(page)
    assert article.sections == ()
    assert article.warnings == (
        ParseWarning(
            code="body.empty",
            message="no body text was found between the metadata line and the footer",
        ),
    )
    with pytest.raises(LayoutError) as caught:
        parse_article(page, strict=True)
    assert str(caught.value) == (
        "strict mode: no body text was found between the metadata line and the footer"
    )
    assert caught.value.region == "body"


def test_a_page_that_is_neither_str_nor_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^parse_article\(\) takes str or bytes, not list$"):
        parse_article(["时间:2022-04-30"])  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# The hierarchy: one except clause catches everything
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [ParseError, NotAnArticleError, DecodeError, LayoutError, StrictModeError],
    ids=lambda cls: cls.__name__,
)
def test_every_error_is_a_parse_error_and_a_value_error(error: type[Exception]) -> None:
    assert issubclass(error, ParseError)
    assert issubclass(error, ValueError)


def test_raised_errors_are_caught_as_value_errors(bad_date_page: str) -> None:
    for page, strict in (("", False), (LIST_PAGE, False), (bad_date_page, True)):
        with pytest.raises(ValueError, match=r"^(expected|strict mode)"):
            parse_article(page, strict=strict)


@given(st.one_of(st.text(), st.binary()), st.booleans())
def test_any_input_gives_an_article_or_a_parse_error(page: str | bytes, strict: bool) -> None:
    outcome: Article | ParseError
    try:
        outcome = parse_article(page, strict=strict)
    except ParseError as exc:  # anything else escapes and fails the test
        outcome = exc
    if isinstance(outcome, ParseError):
        assert str(outcome)
    else:
        assert not (strict and outcome.warnings)


# --------------------------------------------------------------------------------------
# The warning registry
# --------------------------------------------------------------------------------------

SRC = Path(__file__).parent.parent / "src" / "xianfeng"
DOCS = Path(__file__).parent.parent / "docs"
# A code given as a literal (code="meta.clicks.unparsed") or as a member of the registry.
_LITERAL_CODE_RE = re.compile(r"""code=["']([a-z.]+)["']""")
_MEMBER_CODE_RE = re.compile(r"WarningCode\.([A-Z_]+)")


def emitted_codes() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        source = path.read_text("utf-8")
        found |= set(_LITERAL_CODE_RE.findall(source))
        found |= {WarningCode[name].value for name in _MEMBER_CODE_RE.findall(source)}
    return found


def test_every_code_the_library_gives_is_in_the_registry() -> None:
    emitted = emitted_codes()
    assert emitted >= {"decode.replaced", "meta.clicks.unparsed", "body.empty", "body.dropped"}
    assert emitted <= {code.value for code in WarningCode}


def test_every_registered_code_is_given_somewhere_and_documented() -> None:
    assert {code.value for code in WarningCode} == emitted_codes()
    table = (DOCS / "errors.md").read_text("utf-8")
    for code in WarningCode:
        assert f"| `{code.value}` |" in table, code
        assert code.meaning, code


def test_a_warning_code_is_a_plain_string_in_a_warning_and_in_json() -> None:
    warning = WarningCode.BODY_EMPTY.warning("no body")
    assert type(warning.code) is str
    assert warning == ParseWarning(code="body.empty", message="no body")
    assert json.dumps(Article(title="标题", warnings=(warning,)).to_dict()["warnings"]) == (
        '[{"code": "body.empty", "message": "no body"}]'
    )
    assert WarningCode(warning.code) is WarningCode.BODY_EMPTY
    assert str(WarningCode.BODY_EMPTY) == "body.empty"


def test_strict_mode_reads_the_region_from_the_registry() -> None:
    assert [code.value for code in WarningCode if code.region is not None] == ["body.empty"]
    assert WarningCode.BODY_EMPTY.region == "body"
