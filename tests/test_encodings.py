"""Encodings: every way a page's bytes reach us gives the same Article.

Precedence (see ``xianfeng._decode``): a BOM, then strict UTF-8, then damaged UTF-8, then the
declared charset, then strict GB18030, then lenient decoding with a ``decode.replaced``
warning. Never windows-1252 mojibake for a Chinese page.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache

import pytest

from conftest import Case, cases
from xianfeng import Article, DecodeError, NotAnArticleError, parse_article

CASES = cases()
BY_NAME = {c.name: c for c in CASES}
GBK_CASES = [c for c in CASES if c.meta.get("encoding_declared") in ("gb2312", "gbk")]
HTML_CASES = [c for c in CASES if c.page.suffix == ".html"]
TEXT_CASES = [c for c in CASES if c.page.suffix == ".txt"]
_CHARSET_META_RE = re.compile(rb"<meta[^>]*charset[^>]*>", re.IGNORECASE)
_CHARSET_RE = re.compile(rb"charset=[\"']?[-\w]+", re.IGNORECASE)


def ids(selected: list[Case]) -> list[str]:
    return [c.name for c in selected]


@cache
def _original(name: str) -> Article:
    case = BY_NAME[name]
    return parse_article(case.page.read_bytes(), url=case.url)


def original(case: Case) -> Article:
    return _original(case.name)


def text_of(case: Case) -> str:
    return case.page.read_bytes().decode(original(case).encoding or "utf-8")


def same_article(case: Case, data: bytes | str, *, encoding: str | None) -> None:
    article = parse_article(data, url=case.url)
    expected = original(case).to_dict() | {"encoding": encoding}
    assert article.to_dict() == expected


def test_the_gbk_fixtures_exist() -> None:
    assert len(GBK_CASES) >= 3
    assert all(original(case).encoding == "gb18030" for case in GBK_CASES)


@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_gbk_bytes_without_a_declared_charset_give_the_same_article(case: Case) -> None:
    data, n = _CHARSET_META_RE.subn(b"", case.page.read_bytes())
    assert n == 1
    assert b"charset" not in data.lower()
    same_article(case, data, encoding="gb18030")


@pytest.mark.parametrize("label", [b"utf-8", b"UTF-8", b"big5", b"shift_jis", b"x-unknown"])
@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_gbk_bytes_under_a_wrong_declared_charset_give_the_same_article(
    case: Case, label: bytes
) -> None:
    data, n = _CHARSET_RE.subn(b"charset=" + label, case.page.read_bytes())
    assert n == 1
    same_article(case, data, encoding="gb18030")


@pytest.mark.parametrize("label", [b"iso-8859-1", b"windows-1252", b"latin1"])
@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_gbk_bytes_declared_western_are_never_western_mojibake(case: Case, label: bytes) -> None:
    data, n = _CHARSET_RE.subn(b"charset=" + label, case.page.read_bytes())
    assert n == 1
    same_article(case, data, encoding="gb18030")


@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_utf8_bytes_under_a_gbk_declaration_are_utf8(case: Case) -> None:
    same_article(case, text_of(case).encode("utf-8"), encoding="utf-8")


@pytest.mark.parametrize(
    ("codec", "bom", "encoding"),
    [
        ("utf-8", b"\xef\xbb\xbf", "utf-8"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
    ],
)
@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_bytes_with_a_byte_order_mark(case: Case, codec: str, bom: bytes, encoding: str) -> None:
    same_article(case, bom + text_of(case).encode(codec), encoding=encoding)


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_str_with_a_leading_bom_character(case: Case) -> None:
    same_article(case, "\ufeff" + text_of(case), encoding=None)


@pytest.mark.parametrize("ending", [b"\r\n", b"\r"], ids=["crlf", "cr"])
@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_line_endings(case: Case, ending: bytes) -> None:
    data = case.page.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", ending)
    same_article(case, data, encoding=original(case).encoding)


# --- damaged bytes ---------------------------------------------------------------------------


def _cut_inside_a_character(data: bytes, codec: str) -> bytes:
    """``data`` cut in the middle of its last multi-byte character but one."""
    for cut in range(len(data) - 1, 0, -1):
        try:
            data[:cut].decode(codec)
        except UnicodeDecodeError:
            return data[:cut]
    raise AssertionError("no multi-byte character to cut")


@pytest.mark.parametrize("case", TEXT_CASES, ids=ids(TEXT_CASES))
def test_utf8_text_cut_inside_a_character_is_still_utf8(case: Case) -> None:
    """A truncated download of an undeclared UTF-8 dump: one replaced character, not GB18030
    mojibake (which raised NotAnArticleError before)."""
    article = parse_article(_cut_inside_a_character(case.page.read_bytes(), "utf-8"))
    assert article.encoding == "utf-8"
    assert (article.title, article.published) == (original(case).title, original(case).published)
    assert [w.code for w in article.warnings] == ["decode.replaced"]
    assert article.warnings[0].message == (
        "1 undecodable byte sequence(s) in utf-8 were replaced by U+FFFD"
    )


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_one_flipped_byte_in_the_body_loses_one_character(case: Case) -> None:
    data = bytearray(text_of(case).encode("utf-8"))
    first_paragraph = original(case).sections[0].blocks[0]
    # The second byte of the first paragraph (rindex: the <meta description> of an HTML page
    # repeats the paragraph): the character it belongs to cannot be decoded any more.
    at = bytes(data).rindex(first_paragraph.text[:8].encode("utf-8")) + 1
    data[at] = 0xFF
    article = parse_article(bytes(data), url=case.url)
    assert article.encoding == "utf-8"
    assert article.title == original(case).title
    assert [w.code for w in article.warnings] == ["decode.replaced"]
    assert "\ufffd" in article.text


@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_gbk_cut_inside_a_character_warns(case: Case) -> None:
    article = parse_article(_cut_inside_a_character(case.page.read_bytes(), "gb18030"))
    assert article.encoding == "gb18030"
    assert article.title == original(case).title
    assert [w.code for w in article.warnings][:1] == ["decode.replaced"]


def test_bytes_that_are_not_text_raise_decode_error() -> None:
    data = b"<html><body>" + b"\xffA" * 1000  # 0xFF starts nothing in UTF-8 or GB18030
    with pytest.raises(DecodeError) as raised:
        parse_article(data)
    assert raised.value.tried == ("utf-8", "gb18030")
    assert raised.value.position == len(b"<html><body>")
    assert str(raised.value) == (
        "expected text in gb18030 (the fallback), but 1000 of 2012 characters could not be "
        "decoded, the first at byte 12 (tried utf-8, gb18030): this is not a text page"
    )


@pytest.mark.parametrize(
    ("data", "tried", "position", "why"),
    [
        pytest.param(
            b'<meta charset="big5"><p>' + b"\xff" * 200, ("utf-8", "big5", "gb18030"), 24,
            "big5 (declared)", id="declared-big5",
        ),
        pytest.param(
            b'<meta charset="gbk"><p>' + b"\xff" * 200, ("utf-8", "gb18030"), 23,
            "gb18030 (declared)", id="declared-gbk",
        ),
        pytest.param(
            b"\xef\xbb\xbf<p>" + b"\xff" * 200, ("utf-8",), 6,
            "utf-8 (its byte-order mark)", id="utf-8-bom",
        ),
    ],
)  # fmt: skip
def test_decode_error_says_what_was_tried_and_where_it_failed(
    data: bytes, tried: tuple[str, ...], position: int, why: str
) -> None:
    with pytest.raises(DecodeError) as raised:
        parse_article(data)
    assert (raised.value.tried, raised.value.position) == (tried, position)
    message = str(raised.value)
    assert message.startswith(f"expected text in {why}, but 200 of ")
    assert f"the first at byte {position} (tried {', '.join(tried)})" in message


def test_a_gbk_page_is_never_decoded_as_windows_1252() -> None:
    for case in GBK_CASES:
        for variant in (case.page.read_bytes(), _CHARSET_META_RE.sub(b"", case.page.read_bytes())):
            article = parse_article(variant)
            assert article.encoding == "gb18030"
            assert not re.search("[\u00c0-\u00ff]{3}", article.title)


# --- the charset declared outside the page (encoding=) ---------------------------------------


@pytest.mark.parametrize("label", ["gbk", "GB2312", "gb18030", "x-gbk"])
@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_a_header_charset_decodes_gbk_bytes_without_a_declaration(case: Case, label: str) -> None:
    data = _CHARSET_META_RE.sub(b"", case.page.read_bytes())
    article = parse_article(data, url=case.url, encoding=label)
    assert article.to_dict() == original(case).to_dict() | {"encoding": "gb18030"}


@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_a_header_charset_comes_before_the_pages_own_declaration(case: Case) -> None:
    # KOI8-R decodes any bytes, so the page's own (wrong) label alone gives mojibake.
    data, n = _CHARSET_RE.subn(b"charset=koi8-r", case.page.read_bytes())
    assert n == 1
    with contextlib.suppress(NotAnArticleError):  # the mojibake may have no metadata line
        assert parse_article(data, url=case.url).encoding == "koi8-r"
    article = parse_article(data, url=case.url, encoding="gbk")
    assert article.to_dict() == original(case).to_dict() | {"encoding": "gb18030"}


@pytest.mark.parametrize("label", ["gbk", "big5", "iso-8859-1", "cp1252", "ascii", "nonsense", ""])
@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_utf8_bytes_are_utf8_whatever_the_header_says(case: Case, label: str) -> None:
    article = parse_article(text_of(case).encode("utf-8"), url=case.url, encoding=label)
    assert article.to_dict() == original(case).to_dict() | {"encoding": "utf-8"}


@pytest.mark.parametrize("label", ["utf-8", "iso-8859-1", "windows-1252", "ascii", "nonsense"])
@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_a_wrong_or_unknown_header_charset_changes_nothing(case: Case, label: str) -> None:
    article = parse_article(case.page.read_bytes(), url=case.url, encoding=label)
    assert article == original(case)


@pytest.mark.parametrize("case", GBK_CASES, ids=ids(GBK_CASES))
def test_damaged_gbk_under_a_wrong_utf8_header_is_read_as_gbk(case: Case) -> None:
    data = _cut_inside_a_character(case.page.read_bytes(), "gb18030")
    article = parse_article(data, encoding="utf-8")
    assert article.encoding == "gb18030"
    assert article.title == original(case).title
    assert [w.code for w in article.warnings][:1] == ["decode.replaced"]


def test_str_input_ignores_the_header_charset() -> None:
    case = BY_NAME["seed-text"]
    text = case.page.read_text("utf-8")
    assert parse_article(text, encoding="big5") == parse_article(text)
