"""Hostile and pathological input: every page gives an Article or a ParseError, in time that
grows linearly with its size, with no recursion that grows with its nesting.

Linearity is checked without absolute times: each input is built at size n and 4n, and the
CPU time of 4n must stay well under 16 times (quadratic) that of n — under 8 times.
"""

from __future__ import annotations

import gc
import inspect
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import pytest

from conftest import FIXTURES, Case, cases
from xianfeng import (
    SCHEMA_VERSION,
    Article,
    Credit,
    DecodeError,
    Footer,
    LayoutError,
    NotAnArticleError,
    Paragraph,
    ParseError,
    ParseWarning,
    Section,
    StrictModeError,
    parse_article,
)

SEED_HTML = (FIXTURES / "html-seed-table-gb2312" / "page.html").read_bytes().decode("gb18030")
SEED_TEXT = (FIXTURES / "seed-text" / "page.txt").read_text("utf-8")
SEED_META = "时间:2022-04-30 07:53来源:哈尔滨党员之家 点击:"
SEED_TITLE = "阿城区持续推进农村人居环境整治提升工程为龙江乡村振兴增“靓”添“彩”"
# Where the seed HTML body has a spacer paragraph after its first paragraph.
_HTML_SLOT = "<p>&nbsp;</p>"
PARAGRAPH = "阿城区利用广播、电视、微信群、宣传板、墙体彩绘等方式，加大开展村庄清洁的宣传引导力度。"

# 4n over n: linear is 4, quadratic 16. The margin absorbs cache and allocator effects.
MAX_RATIO = 8.0
# Below this much CPU time a measurement is noise: ratios are taken against at least this.
FLOOR_SECONDS = 0.02


def in_html_body(fragment: str) -> str:
    assert SEED_HTML.count(_HTML_SLOT) >= 1
    return SEED_HTML.replace(_HTML_SLOT, fragment, 1)


def in_text_body(lines: str) -> str:
    assert SEED_TEXT.count(SEED_META) == 1
    return SEED_TEXT.replace(SEED_META, f"{SEED_META}\n{lines}", 1)


Outcome = Article | ParseError


def outcome(page: str | bytes) -> Outcome:
    """An Article or the ParseError; anything else (RecursionError…) fails the test."""
    try:
        return parse_article(page)
    except ParseError as exc:
        return exc


@contextmanager
def shallow_stack(headroom: int = 100) -> Iterator[None]:
    """Allow only ``headroom`` more frames: parsing must not recurse with the input's depth."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + headroom)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def cpu_seconds(page: str | bytes) -> tuple[float, Outcome]:
    """The least CPU time of up to three parses (garbage collection paused)."""
    best, result = float("inf"), None
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            result = outcome(page)
            spent = time.process_time() - start
            best = min(best, spent)
            if spent > 0.3:
                break
    finally:
        gc.enable()
    assert result is not None
    return best, result


Check = Callable[[Outcome, int], None]
"""Asserts what the input built at size k·n (the second argument is k) must give."""


@attrs.frozen
class Hostile:
    """A pathological input family: ``make(k)`` builds it at size k·n (k = 1 and 4)."""

    name: str
    make: Callable[[int], str | bytes]
    expect: Check


def is_article(*, warning: str | None = None) -> Check:
    def check(result: Outcome, k: int) -> None:
        assert isinstance(result, Article), result
        assert result.title.endswith("添“彩”")
        codes = [w.code for w in result.warnings]
        assert codes == ([] if warning is None else [warning])

    return check


def refused(kind: type[ParseError], message: str) -> Check:
    def check(result: Outcome, k: int) -> None:
        assert isinstance(result, kind), result
        assert str(result).startswith(message)

    return check


NO_PROSE = "expected an article, found no metadata line and only 0 characters of running text"


def body_only(result: Outcome, k: int) -> None:
    """Running text with no headline and no metadata above it: kept, with both warnings."""
    assert isinstance(result, Article), result
    assert result.title is None
    assert [w.code for w in result.warnings] == ["meta.missing", "title.missing"]
    assert result.text.startswith("阿城区深入贯彻，")


M = 250_000  # characters at k = 1: the largest inputs below are 4·M = 1 million units


HOSTILE = [
    # ~2.5 MB and ~10 MB: 27,000 and 108,000 paragraphs of GBK; 20,000 and 80,000 lines of UTF-8.
    Hostile(
        "10MB-html-page",
        lambda k: in_html_body(f"<p>{PARAGRAPH}</p>\n" * 27_000 * k).encode("gb18030"),
        is_article(),
    ),
    Hostile(
        "10MB-text-page",
        lambda k: in_text_body(f"{PARAGRAPH}\n" * 20_000 * k).encode("utf-8"),
        is_article(),
    ),
    # 5,000 and 20,000 deep: past libxml2's limit of 2048, said so in a warning.
    Hostile(
        "20000-deep-divs",
        lambda k: in_html_body("<div>" * 5000 * k + "深层文字" + "</div>" * 5000 * k),
        is_article(warning="html.truncated"),
    ),
    Hostile(
        "20000-deep-unclosed-divs",
        lambda k: in_html_body("<div>" * 5000 * k + "深层文字"),
        is_article(warning="html.truncated"),
    ),
    Hostile(
        "20000-deep-fonts",
        lambda k: in_html_body("<p>" + "<font>" * 5000 * k + "深层文字</p>"),
        is_article(warning="html.truncated"),
    ),
    Hostile(
        "20000-deep-tables",
        lambda k: in_html_body("<table><tr><td>" * 1700 * k + "深层文字"),
        is_article(warning="html.truncated"),
    ),
    Hostile(
        "2000-deep-divs-kept",  # under the limit: nothing lost, no warning
        lambda k: in_html_body("<div>" * 500 * k + "深层文字" + "</div>" * 500 * k),
        is_article(),
    ),
    # 0.5 MB and 2 MB lines without a break.
    Hostile(
        "2MB-line-html-paragraph",
        lambda k: in_html_body("<p>" + "阿城区深入贯彻，" * 62_500 * k + "</p>"),
        is_article(),
    ),
    Hostile(
        "2MB-line-html-spans",
        lambda k: in_html_body("<p>" + "<span>阿城区</span>" * 31_250 * k + "</p>"),
        is_article(),
    ),
    Hostile(
        "2MB-line-text",
        lambda k: in_text_body("阿城区深入贯彻，" * 62_500 * k),
        is_article(),
    ),
    Hostile(
        "2MB-line-alone",  # running text alone: a body without title or metadata
        lambda k: ("阿城区深入贯彻，" * 62_500 * k).encode("utf-8"),
        body_only,
    ),
    # A quarter of a million and a million 【.
    Hostile(
        "million-brackets-alone",
        lambda k: "【" * M * k,
        refused(NotAnArticleError, NO_PROSE),
    ),
    Hostile(
        "million-brackets-title",
        lambda k: SEED_TEXT.replace("【乡村振兴】", "【" * M * k, 1),
        lambda r, k: (
            (isinstance(r, Article) and r.column is None and r.title == "【" * M * k + SEED_TITLE)
            or pytest.fail(str(r))
        ),
    ),
    Hostile(
        "million-brackets-text-body",
        lambda k: in_text_body("【" * M * k),
        is_article(),
    ),
    Hostile(
        "million-brackets-html-body",
        lambda k: in_html_body("<p>" + "【" * M * k + "</p>"),
        is_article(),
    ),
    Hostile(
        "million-brackets-metaline",  # no longer a metadata line: the body is still there
        lambda k: SEED_TEXT.replace(SEED_META, SEED_META + "【" * M * k, 1),
        is_article(warning="meta.missing"),
    ),
    # NULs sprinkled through the page after its start: removed, and said so.
    Hostile(
        "nul-bytes-sprinkled",
        lambda k: in_html_body(f"<p>{PARAGRAPH}\x00</p>\n" * 5_000 * k).encode("gb18030"),
        is_article(warning="decode.nul"),
    ),
]

# Strings that make a regular expression or a scan work hardest: near-misses of every anchor.
NEAR_MISSES = {
    "labels": "时间:",
    "dates": "2022-04-30 ",
    "chinese-dates": "2022年4月30日",
    "date-digits": "2022-04-30 07:53:",
    "source-labels": "来源：本站",
    "credit-labels": "责任编辑：",
    "prev-next": "上一篇：",
    "pager": "共1页",
    "tools": "【打印】",
    "footer": "主办单位：ICP备",
    "breadcrumb": " > ",
    "spaces": "\u3000 \xa0\n",
    "digits": "1",
    "numbered": "一、",
    "caption": "图为",
    "angle-brackets": "<",
    "entities": "&#",
    "tag-soup": "<p><b>",
}
M_NEAR = 50_000  # characters at k = 1: enough to show a quadratic scan, cheap for CI


def expected_of(name: str) -> dict[str, Any]:
    """A fixture's expected fields, as JSON of the current schema version."""
    data: dict[str, Any] = json.loads((FIXTURES / name / "expected.json").read_text("utf-8"))
    return {"schema_version": SCHEMA_VERSION, **data}


SEED_CREDITS = (Credit(role="供稿", name="阿城区委宣传部"),)
# The seed's body as read off the page by hand (its golden files), not as the parser gives it.
SEED_TEXT_SECTIONS = Article.from_dict(expected_of("seed-text")).sections
SEED_HTML_SECTIONS = Article.from_dict(expected_of("html-seed-table-gb2312")).sections


def seed_page_with(
    sections: tuple[Section, ...], *, html: bool, warnings: tuple[str, ...] = ()
) -> Callable[[Outcome], None]:
    """The seed page, every other field read as before, with ``sections`` as its body."""

    def check(result: Outcome) -> None:
        assert isinstance(result, Article), result
        assert result.title == SEED_TITLE
        assert result.published_raw == "2022-04-30 07:53"
        assert result.credits == SEED_CREDITS
        assert result.footer.icp == "黑ICP备12002421号-3"
        assert result.page_count == 1
        assert [w.code for w in result.warnings] == list(warnings)
        assert result.sections == sections
        if html:
            assert result.previous is not None
            assert result.previous.label == "双城区扎实推进春季农村人居环境整治"

    return check


def with_paragraph(text: str, *, html: bool) -> tuple[Section, ...]:
    """The seed's sections with one more paragraph: the first in the text rendering (the line
    right under the metadata line), the second on the HTML page (the spacer's place)."""
    seed = SEED_HTML_SECTIONS if html else SEED_TEXT_SECTIONS
    at = 1 if html else 0
    blocks = seed[0].blocks
    first = attrs.evolve(seed[0], blocks=(*blocks[:at], Paragraph(text=text), *blocks[at:]))
    return (first, *seed[1:])


def near_miss(key: str, where: str, unit: str, repeat: int) -> Check:
    """What ``unit`` repeated gives alone, as a line of the text rendering, and as a
    paragraph of the HTML page: each anchor's near-miss is text, never the anchor."""

    def check(result: Outcome, k: int) -> None:
        text = unit * repeat * k
        spread = " ".join(text.split())  # whitespace runs are one space; none at the ends
        html = where == "html-paragraph"
        if where == "alone":
            blank = key in ("spaces", "tag-soup")  # no text at all
            message = "expected an article page, got no text at all" if blank else NO_PROSE
            refused(NotAnArticleError, message)(result, k)
        elif key == "spaces":  # a blank line or paragraph is no block
            sections = SEED_HTML_SECTIONS if html else SEED_TEXT_SECTIONS
            seed_page_with(sections, html=html)(result)
        elif key == "tag-soup" and not html:
            # The tags make the text rendering HTML by the sniffing rule; its lines run
            # together into one: no headline, no metadata line, and both said.
            assert isinstance(result, Article), result
            assert result.title is None
            assert [w.code for w in result.warnings] == ["meta.missing", "title.missing"]
            assert result.text.startswith("干部工作 人才工作干部教育")
        elif key == "prev-next":  # a 上一篇 line ends the body where it stands
            if html:
                first = Section(blocks=SEED_HTML_SECTIONS[0].blocks[:1])
                seed_page_with((first,), html=True)(result)
            else:
                seed_page_with((), html=False, warnings=("body.empty",))(result)
        else:
            seed_page_with(with_paragraph(spread, html=html), html=html)(result)

    return check


for key, unit in NEAR_MISSES.items():
    repeat = max(1, M_NEAR // len(unit))
    HOSTILE += [
        Hostile(
            f"near-miss-{key}-alone",
            lambda k, u=unit, r=repeat: u * r * k,
            near_miss(key, "alone", unit, repeat),
        ),
        Hostile(
            f"near-miss-{key}-text-line",
            lambda k, u=unit, r=repeat: in_text_body(u * r * k),
            near_miss(key, "text-line", unit, repeat),
        ),
        Hostile(
            f"near-miss-{key}-html-paragraph",
            lambda k, u=unit, r=repeat: in_html_body("<p>" + u.replace("<", "&lt;") * r * k),
            near_miss(key, "html-paragraph", unit, repeat),
        ),
    ]


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.name for h in HOSTILE])
def test_pathological_input_is_handled_in_linear_time(hostile: Hostile) -> None:
    small, large = hostile.make(1), hostile.make(4)
    with shallow_stack():
        small_seconds, small_result = cpu_seconds(small)
        large_seconds, large_result = cpu_seconds(large)
    hostile.expect(small_result, 1)
    hostile.expect(large_result, 4)
    ratio = large_seconds / max(small_seconds, FLOOR_SECONDS)
    assert ratio < MAX_RATIO, (
        f"{hostile.name}: {len(small):,} units took {small_seconds:.3f} s, "
        f"{len(large):,} took {large_seconds:.3f} s (×{ratio:.1f}): not linear"
    )


def test_the_big_inputs_are_as_big_as_the_issue_says() -> None:
    sizes = {h.name: len(h.make(4)) for h in HOSTILE if not h.name.startswith("near-miss")}
    assert sizes["10MB-html-page"] >= 10_000_000
    assert sizes["10MB-text-page"] >= 10_000_000
    assert sizes["2MB-line-text"] - len(SEED_TEXT) >= 2_000_000
    assert sizes["million-brackets-alone"] == 1_000_000
    page = HOSTILE[2].make(4)
    assert isinstance(page, str)
    assert page.count("<div>") == 20_000


# --- XML external entities ---------------------------------------------------------------------

MARKER = "XIANFENG-SECRET-MARKER"


def xml_page(target: Path) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file://{target}">
  <!ENTITY % remote SYSTEM "file://{target}">
  %remote;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>
<h1>外部实体测试标题</h1>
<p>时间:2022-04-30 07:53 来源:&xxe;</p>
<p>正文第一段&xxe;内容。<xi:include href="file://{target}" parse="text"/></p>
<p>主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3</p>
</body></html>
"""


def parse_with_timeout(page: str | bytes, seconds: float = 20.0) -> tuple[bool, Outcome | None]:
    box: list[Outcome] = []
    worker = threading.Thread(target=lambda: box.append(outcome(page)), daemon=True)
    worker.start()
    worker.join(seconds)
    return (not worker.is_alive()), (box[0] if box else None)


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(MARKER, "utf-8")
    for page in (xml_page(secret), xml_page(secret).encode("utf-8")):
        result = outcome(page)
        assert isinstance(result, Article)
        assert result.title == "外部实体测试标题"
        assert MARKER not in str(result.to_dict())
        assert result.source == "&xxe"  # the reference stays text (";" is a separator)


def test_no_file_is_opened_for_an_external_entity(tmp_path: Path) -> None:
    """The entity points at a FIFO: opening it for reading would block until a writer
    comes, so a parse that returns promptly never tried to read it."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for page in (xml_page(fifo), xml_page(fifo).encode("utf-8")):
        finished, result = parse_with_timeout(page)
        if not finished:  # unblock the reader before failing, so the thread can end
            with open(fifo, "w", encoding="utf-8") as writer:
                writer.write(MARKER)
        assert finished, "the parser opened the external entity's file"
        assert isinstance(result, Article)


def test_internal_entity_expansion_is_not_a_bomb() -> None:
    levels = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY lol0 "lol">{levels}]>
<html><body><h1>实体扩展测试标题</h1><p>时间:2022-04-30 07:53 来源:本站</p>
<p>正文&lol9;内容。</p></body></html>"""
    finished, result = parse_with_timeout(page)
    assert finished
    assert isinstance(result, Article)
    assert len(result.text) < 100


# --- mojibake, empty, whitespace, binary ---------------------------------------------------------


def test_double_encoded_gbk_is_not_an_article() -> None:
    """GBK bytes read as Latin-1 and saved again as UTF-8: nothing readable is left."""
    data = SEED_HTML.encode("gb18030").decode("latin-1").encode("utf-8")
    result = outcome(data)
    assert isinstance(result, NotAnArticleError)
    assert result.missing == "readable text"


def test_utf8_read_as_gbk_is_not_an_article() -> None:
    text = SEED_TEXT.encode("utf-8").decode("gb18030", errors="replace")
    result = outcome(text)
    assert isinstance(result, NotAnArticleError)
    assert result.missing == "readable text"
    assert "garbled characters" in str(result)


EMPTY_MESSAGE = "expected an article page, got no text at all"


@pytest.mark.parametrize(
    "page",
    [
        b"",
        "",
        b" \r\n\t ",
        " \n\u3000\xa0\n",
        "\u3000\u3000\n\n".encode("gb18030"),
        b"\xef\xbb\xbf",
    ],
    ids=["empty-bytes", "empty-str", "ascii-space-bytes", "unicode-space-str", "gbk-space", "bom"],
)
def test_empty_and_whitespace_pages_are_not_articles(page: str | bytes) -> None:
    with pytest.raises(NotAnArticleError) as raised:
        parse_article(page)
    assert str(raised.value) == EMPTY_MESSAGE
    assert raised.value.missing == "text"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x00" * 64, NotAnArticleError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, NotAnArticleError),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 8, NotAnArticleError),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\xff\xfe\xfd" * 500, DecodeError),
        (b"\xff\xfa" * 900, DecodeError),  # 0xFF starts nothing in UTF-8 or GB18030
    ],
    ids=["nul", "png", "zip", "pdf-like", "undecodable"],
)
def test_binary_bytes_raise_a_parse_error(data: bytes, error: type[ParseError]) -> None:
    with pytest.raises(error):
        parse_article(data)


@pytest.mark.parametrize("page", [None, 42, bytearray(b"x"), ["page"]], ids=repr)
def test_a_page_that_is_neither_str_nor_bytes_is_a_type_error(page: object) -> None:
    with pytest.raises(TypeError, match=r"^parse_article\(\) takes str or bytes, not "):
        parse_article(page)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "page",
    [in_html_body(f"<p>{PARAGRAPH}\udc80\ud800</p>"), in_text_body(f"{PARAGRAPH}\udc80\ud800")],
    ids=["html", "text"],
)
def test_lone_surrogates_in_str_input_are_replaced_and_warned(page: str) -> None:
    """Lone surrogates (undecodable bytes smuggled into a str, e.g. by ``surrogateescape``)
    cannot be written as UTF-8: each becomes U+FFFD, as an undecodable byte would."""
    article = parse_article(page)
    assert PARAGRAPH + "\ufffd\ufffd" in article.text.splitlines()
    assert article.warnings == (
        ParseWarning(
            code="decode.replaced",
            message="2 lone surrogate(s) in the str input were replaced by U+FFFD",
        ),
    )
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # no UnicodeEncodeError


@pytest.mark.parametrize(
    "page",
    [
        "<h1>阿城区\xad农村\u2060人居环境整治</h1><p>时间:2022-04-30 来源:本站</p>"
        f"<p>{PARAGRAPH[:10]}\xad{PARAGRAPH[10:]}</p>",
        "阿城区\xad农村\u2060人居环境整治\n时间:2022-04-30 来源:本站\n"
        f"{PARAGRAPH[:10]}\xad{PARAGRAPH[10:]}",
    ],
    ids=["html", "text"],
)
def test_soft_hyphens_and_word_joiners_are_dropped_like_zero_width_spaces(page: str) -> None:
    article = parse_article(page)
    assert article.title == "阿城区农村人居环境整治"
    assert article.text == PARAGRAPH
    assert article.warnings == ()


def test_a_list_page_is_not_an_article() -> None:
    items = "".join(
        f'<li><a href="/a/{n}.html">阿城区持续推进农村人居环境整治第{n}期</a>'
        "<span>2022-04-30</span></li>"
        for n in range(60)
    )
    page = f"<html><body><div class='list'><ul>{items}</ul></div></body></html>"
    with pytest.raises(NotAnArticleError) as raised:
        parse_article(page)
    assert raised.value.missing == "article body"
    assert str(raised.value) == (
        "expected an article, found a list page: "
        "60 of its 60 body lines are links, dates or cut summaries"
    )


# --- warnings: none on the flagship pages, never an empty body in silence ------------------------

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_flagship_fixtures_parse_with_zero_warnings(case: Case) -> None:
    article = parse_article(case.page.read_bytes(), url=case.url)
    assert article.warnings == ()
    assert article.sections


def test_every_flagship_fixture_is_checked() -> None:
    names = {c.name for c in CASES}
    assert {"seed-text", "html-seed-table-gb2312", "html-div-utf8", "html-media-gb2312"} <= names


EMPTY_BODY = "no body text was found between the metadata line and the footer"
_TEXT_TD_START = '<td id="text" class="content" valign="top" style="padding:15px 10px;">'


def html_with_body(body: str) -> str:
    start = SEED_HTML.index(_TEXT_TD_START) + len(_TEXT_TD_START)
    end = SEED_HTML.index("</td>", start)
    return SEED_HTML[:start] + body + SEED_HTML[end:]


def text_without_body() -> str:
    lines = SEED_TEXT.splitlines()
    start = lines.index(SEED_META) + 1
    end = next(at for at, line in enumerate(lines) if line.startswith("供稿"))
    return "\n".join(lines[:start] + lines[end:])


EMPTY_BODIES = {
    "html-no-paragraphs": html_with_body(""),
    "html-spacer-paragraphs": html_with_body("<p>&nbsp;</p>\n<p>\u3000</p>\n<p><br /></p>"),
    "html-hidden-body": html_with_body(f'<div style="display:none"><p>{PARAGRAPH}</p></div>'),
    "html-script-only-body": html_with_body(f"<script>document.write('{PARAGRAPH}');</script>"),
    "text-no-body-lines": text_without_body(),
}


@pytest.mark.parametrize("page", EMPTY_BODIES.values(), ids=EMPTY_BODIES.keys())
def test_an_empty_body_warns(page: str) -> None:
    article = parse_article(page)
    assert article.sections == ()
    assert [(w.code, w.message) for w in article.warnings] == [("body.empty", EMPTY_BODY)]
    assert article.title.endswith("添“彩”")  # the rest of the page is still read


@pytest.mark.parametrize("page", EMPTY_BODIES.values(), ids=EMPTY_BODIES.keys())
def test_an_empty_body_in_strict_mode_is_a_layout_error(page: str) -> None:
    with pytest.raises(LayoutError) as raised:
        parse_article(page, strict=True)
    assert str(raised.value) == f"strict mode: {EMPTY_BODY}"
    assert raised.value.region == "body"


# --- a page cut off inside its article says so -------------------------------------------------

TESTS = Path(__file__).parent
REAL_HTML = sorted(
    page
    for folder in ("fixtures", "corpus", "profile_pages", "encoding_pages")
    for page in TESTS.glob(f"{folder}/*/page.html")
)
_REAL_IDS = [f"{page.parent.parent.name}/{page.parent.name}" for page in REAL_HTML]


def is_article(page: Path) -> bool:
    """False for the corpus's real pages that are no article (list, search, error pages)."""
    expected = page.parent / "expected.json"
    return not expected.exists() or json.loads(expected.read_text("utf-8")).get("article", True)


# Where the seed's fourth section begins: its paragraph's first characters.
_FOURTH = "\u3000\u3000阿城区利用广播"


def _seed_cut(where: str) -> str:
    at = SEED_HTML.index(_FOURTH) + len(_FOURTH) - 2  # inside the text: 阿城区利用 …
    cuts = {
        "in-text": at,
        "in-a-tag": SEED_HTML.index("</p>", at) + 3,  # …新亮点。</p
        "after-a-tag": SEED_HTML.index("</p>", at) + 4,  # …新亮点。</p>, then nothing
        "in-an-attribute": SEED_HTML.index("</p>", at) + 4,  # …</p><p align="ce
    }
    page = SEED_HTML[: cuts[where]]
    return page + '<p align="ce' if where == "in-an-attribute" else page


def test_every_real_page_is_found() -> None:
    folders = {page.parent.parent.name for page in REAL_HTML}
    assert folders == {"fixtures", "corpus", "profile_pages", "encoding_pages"}
    assert len(REAL_HTML) >= 6 + 27 + 1 + 1


@pytest.mark.parametrize("path", REAL_HTML, ids=_REAL_IDS)
def test_no_whole_real_page_is_taken_for_a_cut_one(path: Path) -> None:
    article = outcome(path.read_bytes())
    if not is_article(path):
        assert isinstance(article, NotAnArticleError)
        return
    assert isinstance(article, Article)
    assert "page.truncated" not in [w.code for w in article.warnings]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (
            "in-text",
            "the page ends inside the article, its <body> never closed: the text stops at "
            "'阿城区利用', and what followed is missing",
        ),
        (
            "in-a-tag",
            "the page ends inside the article, cut off inside a tag: the text stops at "
            "'搬上文化墙,打造成建设美丽乡村的新亮点。', and what followed is missing",
        ),
        (
            "after-a-tag",
            "the page ends inside the article, its <body> never closed: the text stops at "
            "'搬上文化墙,打造成建设美丽乡村的新亮点。', and what followed is missing",
        ),
        (
            "in-an-attribute",
            "the page ends inside the article, cut off inside a tag: the text stops at "
            "'搬上文化墙,打造成建设美丽乡村的新亮点。', and what followed is missing",
        ),
    ],
)
def test_a_page_cut_off_in_its_body_keeps_what_came_before_and_warns(
    where: str, message: str
) -> None:
    article = parse_article(_seed_cut(where))
    assert [s.heading for s in article.sections] == [s.heading for s in SEED_HTML_SECTIONS[:4]]
    assert article.sections[:3] == SEED_HTML_SECTIONS[:3]
    assert article.footer == Footer()
    assert article.warnings == (ParseWarning(code="page.truncated", message=message),)
    with pytest.raises(StrictModeError):
        parse_article(_seed_cut(where), strict=True)


def test_a_page_cut_off_after_its_article_does_not_warn() -> None:
    """Cut in the footer, the article is whole: nothing to say about it."""
    page = SEED_HTML[: SEED_HTML.index("黑ICP备")]
    article = parse_article(page)
    assert article.sections == SEED_HTML_SECTIONS
    assert article.footer.host == "中共哈尔滨市委组织部"
    assert article.warnings == ()


@pytest.mark.parametrize(
    ("page", "warned"),
    [
        ("<h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p>", False),
        ('<h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p><p><img src="a', True),
        ("<h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p><!-- 统计", True),
        # A fragment without <body> that ends in its text may be whole: no evidence, no warning.
        ("<h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段", False),
        ("<body><h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段", True),
        ("<html><h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p></html>", False),
        ("<BODY><h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p></BODY>", False),
    ],
)
def test_a_fragment_warns_only_when_the_cut_shows(page: str, warned: bool) -> None:
    codes = [w.code for w in parse_article(page).warnings]
    assert codes == (["page.truncated"] if warned else [])


def test_the_start_of_the_tag_a_page_is_cut_in_is_not_text() -> None:
    # lxml keeps a bare "</" at the end of a document as text.
    page = "<body><h1>标题</h1><p>时间:2022-04-30 来源:本站</p><p>正文一段。</p><p>第二段</"
    article = parse_article(page)
    assert article.text == "正文一段。\n第二段"
    assert [w.code for w in article.warnings] == ["page.truncated"]


def test_every_real_article_cut_inside_warns_when_what_is_left_runs_to_the_cut() -> None:
    """Each real article page, cut inside its first paragraph: wherever the article read from
    what is left ends at the cut, the warning is given. (Where it does not, the parser found
    another block of the cut page the densest, or the paragraph's start recurs later.)"""
    ran, warned = [], []
    for path in REAL_HTML:
        if not is_article(path):
            continue
        data = path.read_bytes()
        whole = parse_article(data)
        paragraphs = [b.text for s in whole.sections for b in s.blocks if isinstance(b, Paragraph)]
        if not paragraphs:
            continue
        first = paragraphs[0]
        text = data.decode(whole.encoding or "utf-8")
        found = text.rfind(first[:6])  # rfind: a <meta description> may repeat the paragraph
        cut = outcome(text[: found + 3])
        if found >= 0 and isinstance(cut, Article) and cut.text.endswith(first[:3]):
            ran.append(path.parent.name)
            if "page.truncated" in [w.code for w in cut.warnings]:
                warned.append(path.parent.name)
    assert warned == ran
    assert len(ran) >= 20  # 24 of the 32 real article pages today


def test_a_header_that_closes_the_document_early_keeps_the_article() -> None:
    # 234 (www.gov.cn): the included header ends in </html><!--end header--> and the
    # article's markup follows; libxml2 alone would drop all of it.
    html = Path(__file__).parent.joinpath("corpus", "234", "page.html").read_bytes()
    article = parse_article(html)
    assert article.footer.host == "国务院办公厅"
    assert any(
        "批准发行15500亿元特别国债购买外汇" in block.text
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    )
