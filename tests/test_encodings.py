"""Encodings: every way a page's bytes reach us gives the same Article.

Precedence (see ``xianfeng._decode``): a BOM, then strict UTF-8, then damaged UTF-8, then the
declared charset, then strict GB18030, then lenient decoding with a ``decode.replaced``
warning. Never windows-1252 mojibake for a Chinese page.
"""

from __future__ import annotations

import codecs
import contextlib
import encodings.aliases
import re
from functools import cache
from pathlib import Path

import pytest

from conftest import FIXTURES, Case, cases
from xianfeng import (
    Article,
    DecodeError,
    NotAnArticleError,
    ParseError,
    ParseWarning,
    parse_article,
)
from xianfeng._chars import garbled
from xianfeng._decode import declared_codec, decode
from xianfeng._whatwg import ENCODINGS

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
            b'<meta charset="big5"><p>' + b"\xff" * 200, ("utf-8", "big5hkscs", "gb18030"), 24,
            "big5hkscs (declared)", id="declared-big5",
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


# --- charset labels: the WHATWG table, and names that are no text encoding -------------------

BIG5_PAGE = (
    Path(__file__).parent / "encoding_pages" / "big5-chinatimes" / "page.html"
).read_bytes()
_BIG5_META = b'<meta http-equiv="Content-Type" content="text/html; charset=big5">'
# The name the page gives itself in its <title>, as Big5 bytes (中時電子報).
_BIG5_SITE = "中時電子報"
# Python's codecs that are not text encodings (bytes to bytes, str to str): 18 names.
NOT_TEXT = [
    "base64", "base64_codec", "base_64", "bz2", "bz2_codec", "hex", "hex_codec", "quopri",
    "quopri_codec", "quoted_printable", "quotedprintable", "rot13", "rot_13", "uu", "uu_codec",
    "zip", "zlib", "zlib_codec",
]  # fmt: skip
PYTHON_NAMES = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values()))
WHATWG_LABELS = [label for labels in ENCODINGS.values() for label in labels]


def test_the_not_text_names_are_every_python_codec_that_cannot_decode_bytes() -> None:
    def text_codec(name: str) -> bool:
        try:
            return codecs.lookup(name)._is_text_encoding
        except LookupError:  # a Windows-only codec (mbcs), or an alias lookup cannot reach
            return True

    assert [name for name in PYTHON_NAMES if not text_codec(name)] == NOT_TEXT


@pytest.mark.parametrize("label", [*NOT_TEXT, "undefined"])
def test_a_page_declaring_a_name_that_is_no_text_encoding_is_read_as_undeclared(
    label: str,
) -> None:
    case = GBK_CASES[0]
    data, n = _CHARSET_RE.subn(b"charset=" + label.encode(), case.page.read_bytes())
    assert n == 1
    same_article(case, data, encoding="gb18030")


@pytest.mark.parametrize("label", [*NOT_TEXT, "undefined", "\x00", "gbk\x00", "x" * 10_000])
def test_an_encoding_argument_naming_no_text_encoding_is_ignored(label: str) -> None:
    case = GBK_CASES[0]
    assert parse_article(case.page.read_bytes(), url=case.url, encoding=label) == original(case)


@pytest.mark.parametrize("value", [b"gbk", 936, ["gbk"]], ids=repr)
def test_an_encoding_argument_that_is_not_a_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError) as raised:
        parse_article(b"<p>x</p>", encoding=value)  # type: ignore[arg-type]
    assert str(raised.value) == (
        f"parse_article() encoding= takes a str or None, not {type(value).__name__}"
    )


# What each WHATWG encoding is read with: Python's codec of the same name, or the superset
# browsers read it as; None where no declaration is evidence (windows-1252 decodes any bytes)
# or there is no codec (replacement, x-user-defined).
WHATWG_CODECS = {
    "UTF-8": "utf-8", "IBM866": "cp866", "ISO-8859-2": "iso8859-2", "ISO-8859-3": "iso8859-3",
    "ISO-8859-4": "iso8859-4", "ISO-8859-5": "iso8859-5", "ISO-8859-6": "iso8859-6",
    "ISO-8859-7": "iso8859-7", "ISO-8859-8": "iso8859-8", "ISO-8859-8-I": "iso8859-8",
    "ISO-8859-10": "iso8859-10", "ISO-8859-13": "iso8859-13", "ISO-8859-14": "iso8859-14",
    "ISO-8859-15": "iso8859-15", "ISO-8859-16": "iso8859-16", "KOI8-R": "koi8-r",
    "KOI8-U": "koi8-u", "macintosh": "mac-roman", "windows-874": "cp874",
    "windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": None,
    "windows-1253": "cp1253", "windows-1254": "cp1254", "windows-1255": "cp1255",
    "windows-1256": "cp1256", "windows-1257": "cp1257", "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac-cyrillic", "GBK": "gb18030", "gb18030": "gb18030",
    "Big5": "big5hkscs", "EUC-JP": "euc_jp", "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932",
    "EUC-KR": "cp949", "replacement": None, "UTF-16BE": "utf-16-be", "UTF-16LE": "utf-16-le",
    "x-user-defined": None,
}  # fmt: skip


def test_the_whatwg_table_is_the_standards() -> None:
    assert list(ENCODINGS) == list(WHATWG_CODECS)
    assert len(WHATWG_LABELS) == len(set(WHATWG_LABELS)) == 228
    assert ENCODINGS["Big5"] == ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5")


@pytest.mark.parametrize("label", WHATWG_LABELS)
def test_every_whatwg_label_names_the_codec_of_its_encoding(label: str) -> None:
    name = next(name for name, labels in ENCODINGS.items() if label in labels)
    assert declared_codec(label) == WHATWG_CODECS[name]
    assert declared_codec(f" {label.upper()}\t") == WHATWG_CODECS[name]


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        # Python's names for the encodings browsers know.
        ("cp936", "gb18030"), ("euc_cn", "gb18030"), ("big5_tw", "big5hkscs"), ("u8", "utf-8"),
        ("s_jis", "cp932"), ("euc_jp", "euc_jp"), ("utf_16_le", "utf-16-le"),
        # Python's names for what browsers do not decode pages with, or no text at all.
        ("latin_1", None), ("utf_32", None), ("utf_7", None), ("hz", None), ("idna", None),
        ("punycode", None), ("unicode_escape", None), ("undefined", None), ("zlib", None),
        ("rot13", None), ("mbcs", None), ("\x00", None), ("", None), ("nonsense", None),
    ],
)  # fmt: skip
def test_a_label_browsers_lack_counts_when_python_names_an_encoding_they_read(
    label: str, codec: str | None
) -> None:
    assert declared_codec(label) == codec


@pytest.mark.parametrize("label", ["utf-16", "utf-16be", "UTF-16LE", "unicode", "utf_16"])
def test_a_page_declaring_utf16_in_ascii_bytes_is_not_utf16(label: str) -> None:
    """The HTML standard's rule: a declaration readable as ASCII cannot be right about UTF-16.
    Said outside the page (an HTTP header), UTF-16 stands."""
    assert declared_codec(label, in_page=True) is None
    assert declared_codec(label) in ("utf-16-le", "utf-16-be")
    case = GBK_CASES[0]
    data, n = _CHARSET_RE.subn(b"charset=" + label.encode(), case.page.read_bytes())
    assert n == 1
    same_article(case, data, encoding="gb18030")


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("csgb2312", None), ("GB_2312", None), ("chinese", None), ("iso-ir-58", None),
        ("x-x-big5", BIG5_PAGE), ("cn-big5", BIG5_PAGE), ("csbig5", BIG5_PAGE),
    ],
)  # fmt: skip
def test_a_header_label_only_whatwg_knows_comes_before_a_wrong_page_declaration(
    label: str, data: bytes | None
) -> None:
    # KOI8-R decodes any bytes, so the page's own (wrong) label alone gives mojibake.
    if data is None:
        page, n = _CHARSET_RE.subn(b"charset=koi8-r", GBK_CASES[0].page.read_bytes())
        assert n == 1
    else:
        page = _big5_declared(b"koi8-r")
    assert decode(page).encoding == "koi8-r"
    expected = "gb18030" if data is None else "big5hkscs"
    assert decode(page, label).encoding == expected


def _big5_declared(label: bytes) -> bytes:
    assert BIG5_PAGE.count(_BIG5_META) == 1
    return BIG5_PAGE.replace(_BIG5_META, _BIG5_META.replace(b"big5", label))


@cache
def big5_article() -> Article:
    return parse_article(BIG5_PAGE)


def test_a_real_big5_page_is_read_as_big5() -> None:
    decoded = decode(BIG5_PAGE)
    assert decoded.encoding == "big5hkscs"
    assert f"<title>{_BIG5_SITE}：優質豐富的新聞媒體</title>" in decoded.text
    assert decoded.warnings == ()
    assert big5_article().encoding == "big5hkscs"


@pytest.mark.parametrize("label", ENCODINGS["Big5"])
def test_a_big5_page_declared_under_any_big5_label_is_big5(label: str) -> None:
    article = parse_article(_big5_declared(label.upper().encode()))
    assert article.to_dict() == big5_article().to_dict()


@pytest.mark.parametrize("label", [b"", b"x-unknown", b"zlib", b"iso-8859-1"])
def test_an_undeclared_big5_page_is_detected_not_read_as_gb18030(label: bytes) -> None:
    """GB18030 decodes Big5 bytes without an error, into rare characters, kana and private
    use: under a fifth of its Chinese characters are common ones, so Big5 is tried."""
    data = BIG5_PAGE.replace(_BIG5_META, b"") if not label else _big5_declared(label)
    assert garbled(data.decode("gb18030"), min_common=0.2) == (
        "86 of its 1280 Chinese characters are common ones"
    )
    decoded = decode(data)
    assert decoded.encoding == "big5hkscs"
    assert _BIG5_SITE in decoded.text
    assert parse_article(data).to_dict() == big5_article().to_dict()


def test_a_damaged_undeclared_big5_page_is_read_leniently_as_big5() -> None:
    at = BIG5_PAGE.index(_BIG5_SITE.encode("big5"), BIG5_PAGE.index(b"<title>"))
    data = BIG5_PAGE[:at] + b"\xff" + BIG5_PAGE[at:]
    decoded = decode(data.replace(_BIG5_META, b""))
    assert decoded.encoding == "big5hkscs"
    assert f"<title>\ufffd{_BIG5_SITE}" in decoded.text
    assert decoded.warnings == (
        ParseWarning(
            code="decode.replaced",
            message="1 undecodable byte sequence(s) in big5hkscs were replaced by U+FFFD",
        ),
    )


def test_a_declared_big5_page_with_a_bad_byte_is_big5_not_gb18030() -> None:
    # 0x81 0x80 is no Big5 character, but is one in GB18030: strict GB18030 reads the whole
    # page, as mojibake. Lenient Big5 loses the two bytes and reads as Chinese.
    at = BIG5_PAGE.index(b"<title>") + len(b"<title>")
    decoded = decode(BIG5_PAGE[:at] + b"\x81\x80" + BIG5_PAGE[at:])
    assert decoded.encoding == "big5hkscs"
    assert f"<title>\ufffd\ufffd{_BIG5_SITE}" in decoded.text
    assert decoded.warnings == (
        ParseWarning(
            code="decode.replaced",
            message="2 undecodable byte sequence(s) in big5hkscs were replaced by U+FFFD",
        ),
    )


# --- every name, as a page's charset and as encoding= ----------------------------------------

_SMALL_PAGE = (
    '<html><head><meta charset="{}"><title>标题</title></head><body><h1>标题</h1>'
    "<p>时间:2022-04-30 来源:本站</p><p>阿城区持续推进农村人居环境整治提升工程。</p></body></html>"
)
SWEEP = sorted(
    {*PYTHON_NAMES, *WHATWG_LABELS, "undefined", "\x00", "", " ", "gbk\x00", "x" * 10_000}
)


def _outcome(page: bytes, encoding: str | None = None) -> str:
    try:
        return parse_article(page, encoding=encoding).encoding or ""
    except ParseError as exc:
        return type(exc).__name__


def test_every_codec_name_and_label_as_a_pages_charset_gives_an_article_or_a_parse_error() -> None:
    unexpected = {}
    outcomes = {}
    for label in SWEEP:
        for codec in ("gb18030", "utf-8"):
            page = _SMALL_PAGE.replace("{}", label).encode(codec, errors="replace")
            try:
                outcomes[label, codec] = _outcome(page)
            except Exception as exc:  # what the test looks for
                unexpected[label, codec] = repr(exc)
    assert len(PYTHON_NAMES) > 300
    assert unexpected == {}
    # UTF-8 bytes are UTF-8 whatever they declare (a NUL in the first 4,096 characters is
    # binary data); GBK bytes are GB18030 under a label that names no encoding, and GBK's own.
    assert outcomes["\x00", "utf-8"] == outcomes["\x00", "gb18030"] == "NotAnArticleError"
    assert {outcomes[label, "utf-8"] for label in SWEEP if "\x00" not in label} == {"utf-8"}
    for label in ("zlib", "rot13", "undefined", "utf32", "csgb2312", "gb_2312", "cp936"):
        assert outcomes[label, "gb18030"] == "gb18030", label


def test_every_codec_name_and_label_as_encoding_gives_an_article_or_a_parse_error() -> None:
    page = _SMALL_PAGE.replace("{}", "gbk").encode("gb18030")
    unexpected = {}
    outcomes = {}
    for label in SWEEP:
        try:
            outcomes[label] = _outcome(page, label)
        except Exception as exc:  # what the test looks for
            unexpected[label] = repr(exc)
    assert unexpected == {}
    assert outcomes["zlib"] == outcomes["\x00"] == outcomes["gbk"] == "gb18030"


def test_damaged_utf8_with_its_damage_near_the_start_is_still_utf8() -> None:
    # Invented damage on a real fixture: 50 stray bytes at the top of the body, more than one
    # per 20 good characters near them but not over the page, which stays damaged UTF-8.
    data = (FIXTURES / "html-div-utf8" / "page.html").read_bytes()
    data = data.replace(b'<meta charset="utf-8">', b"")
    at = data.index(b">", data.index(b"<body")) + 1
    article = parse_article(data[:at] + b"<p>\xff</p>" * 50 + data[at:])
    assert article.encoding == "utf-8"
    assert article.title == "道里区以“红色物业”赋能基层治理 打通服务群众“最后一米”"
    assert [w.code for w in article.warnings] == ["decode.replaced"]
