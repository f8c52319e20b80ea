"""Layout drift: the same article, reformatted or re-rendered, parses to the same Article.

Every HTML fixture is rewritten the ways a CMS's rich-text editor, an HTML tidier or a
template revision rewrite a page; every text fixture the ways a text dump does. Then the
metadata line is written every way the portals write it, on the seed page in both forms.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

import pytest

from conftest import FIXTURES, Case, cases
from xianfeng import Article, parse_article
from xianfeng._fields.dates import CST

HTML_CASES = [c for c in cases() if c.page.suffix == ".html"]
TEXT_CASES = [c for c in cases() if c.page.suffix == ".txt"]
BY_NAME = {c.name: c for c in cases()}


def original(case: Case) -> Article:
    return _original(case.name)


@cache
def _original(name: str) -> Article:
    case = BY_NAME[name]
    return parse_article(case.page.read_bytes(), url=case.url)


def page_text(case: Case) -> str:
    return case.page.read_bytes().decode(original(case).encoding or "utf-8")


def reparsed(case: Case, page: str) -> Article:
    """``page`` encoded as the fixture was, parsed as the fixture was."""
    return parse_article(page.encode(original(case).encoding or "utf-8"), url=case.url)


# --- HTML reformatting ---------------------------------------------------------------------

_BETWEEN_TAGS_RE = re.compile(r">[ \t\r\n]*<")
_TAG_RE = re.compile(r"<([A-Za-z][A-Za-z0-9]*)(\s[^<>]*?)?(\s*/?)>")
_ATTR_RE = re.compile(r"""[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
_TAG_NAME_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_P_RE = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)


def whitespace_between_tags(page: str) -> str:
    """Indentation and blank lines between every two tags, as an HTML tidier writes."""
    return _BETWEEN_TAGS_RE.sub(">\n\t  \n  <", page)


def no_whitespace_between_tags(page: str) -> str:
    """Whitespace between tags squeezed out, as a minifier writes."""
    return _BETWEEN_TAGS_RE.sub("><", page)


def attributes_reversed(page: str) -> str:
    """Every tag's attributes in reverse order, all double-quoted."""

    def reverse(match: re.Match[str]) -> str:
        attributes = _ATTR_RE.findall(match.group(2) or "")
        if not attributes:
            return match.group(0)
        return f"<{match.group(1)} {' '.join(reversed(attributes))}{match.group(3)}>"

    return _TAG_RE.sub(reverse, page)


def upper_case_tags(page: str) -> str:
    return _TAG_NAME_RE.sub(lambda m: f"<{m.group(1)}{m.group(2).upper()}", page)


def unclosed_paragraphs_and_cells(page: str) -> str:
    """No ``</p>``, ``</td>`` or ``</li>``: the parser must close them where HTML says."""
    return re.sub(r"</(?:p|td|li)>", "", page, flags=re.I)


def br_only_paragraphs(page: str) -> str:
    """Paragraphs written as runs separated by ``<br /><br />``, as old editors do."""
    return _P_RE.sub(r"\2<br /><br />", page)


def font_and_span_wrappers(page: str) -> str:
    """Every paragraph's content wrapped in ``<font>`` and ``<span>``, as Word paste leaves."""
    return _P_RE.sub(
        r'\1<font face="宋体" size="3"><span style="font-size:16px">\2</span></font>\3', page
    )


def extra_wrapping_table(page: str) -> str:
    """The whole body inside one more layout table."""
    page = re.sub(r"(<body\b[^>]*>)", r'\1<table width="100%" border="0"><tr><td>', page, count=1)
    return page.replace("</body>", "</td></tr></table></body>")


def no_closing_body_and_html(page: str) -> str:
    return page.replace("</body>", "").replace("</html>", "")


def comments_between_blocks(page: str) -> str:
    """CMS template comments between blocks (``<!-- 正文 -->``)."""
    return re.sub(r"(<p\b)", r"<!-- 正文开始 --><!--  -->\1", page, flags=re.I)


def everything_at_once(page: str) -> str:
    for reformat in (
        br_only_paragraphs,
        font_and_span_wrappers,
        extra_wrapping_table,
        attributes_reversed,
        upper_case_tags,
        unclosed_paragraphs_and_cells,
        whitespace_between_tags,
        no_closing_body_and_html,
    ):
        page = reformat(page)
    return page


REFORMATS: list[Callable[[str], str]] = [
    whitespace_between_tags,
    no_whitespace_between_tags,
    attributes_reversed,
    upper_case_tags,
    unclosed_paragraphs_and_cells,
    br_only_paragraphs,
    font_and_span_wrappers,
    extra_wrapping_table,
    no_closing_body_and_html,
    comments_between_blocks,
    everything_at_once,
]


@pytest.mark.parametrize("reformat", REFORMATS, ids=[f.__name__ for f in REFORMATS])
@pytest.mark.parametrize("case", HTML_CASES, ids=[c.name for c in HTML_CASES])
def test_reformatted_html_parses_identically(case: Case, reformat: Callable[[str], str]) -> None:
    page = reformat(page_text(case))
    assert page != page_text(case), "the reformat must change the page"
    assert reparsed(case, page).to_dict() == original(case).to_dict()


# --- text renderings -----------------------------------------------------------------------

_BLANK = " \t\xa0\u3000"


def without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip(_BLANK))


def with_blank_lines_doubled(text: str) -> str:
    return "\n\n".join(text.splitlines())


def with_trailing_whitespace(text: str) -> str:
    return "\n".join(f"{line} \t\xa0" for line in text.splitlines())


def with_line_endings_swapped(text: str) -> str:
    """CRLF pages as LF, LF pages as CRLF."""
    return "\n".join(text.splitlines()) + ("\n" if "\r\n" in text else "\r\n")


TEXT_REDUMPS: list[Callable[[str], str]] = [
    without_blank_lines,
    with_blank_lines_doubled,
    with_trailing_whitespace,
    with_line_endings_swapped,
]


@pytest.mark.parametrize("redump", TEXT_REDUMPS, ids=[f.__name__ for f in TEXT_REDUMPS])
@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_redumped_text_parses_identically(case: Case, redump: Callable[[str], str]) -> None:
    page = redump(page_text(case))
    assert page != page_text(case)
    assert reparsed(case, page).to_dict() == original(case).to_dict()


def hard_wrapped_body(text: str, width: int = 36) -> str:
    """Body paragraphs hard-wrapped at ``width`` characters, as a fixed-width dump does."""
    lines = text.splitlines()
    meta_at = next(at for at, line in enumerate(lines) if line.startswith(("时间", "\u3000时间")))
    out = lines[: meta_at + 1]
    for line in lines[meta_at + 1 :]:
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_hard_wrapped_text_parses_identically(case: Case) -> None:
    page = hard_wrapped_body(page_text(case))
    assert page != page_text(case)
    assert reparsed(case, page).sections == original(case).sections


# --- metadata-line variants ----------------------------------------------------------------

SEED_HTML = FIXTURES / "html-seed-table-gb2312"
SEED_TEXT = FIXTURES / "seed-text"
_INFO_RE = re.compile(r'(<div class="info">).*?(</div>)')
SEED_META = "时间:2022-04-30 07:53来源:哈尔滨党员之家 点击:"
META_FIELDS = ("published", "published_raw", "source", "author", "clicks")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CST)


# (metadata line, published, published_raw, source, author, clicks)
META_LINES: list[tuple[str, datetime | None, str | None, str | None, str | None, int | None]] = [
    (SEED_META, at("2022-04-30 07:53"), "2022-04-30 07:53", "哈尔滨党员之家", None, None),
    ("来源：本站　作者：佚名　时间：2022-04-30 07:53:08", at("2022-04-30 07:53:08"),
     "2022-04-30 07:53:08", "本站", "佚名", None),
    ("作者：佚名 | 来源：本站 | 发布时间：2022年4月30日", at("2022-04-30"), "2022年4月30日",
     "本站", "佚名", None),
    ("发布时间 ： 2022/04/30  来源 ：  本站", at("2022-04-30"), "2022/04/30", "本站", None, None),
    ("时间:2022.04.30\xa0\xa0来源:本站\xa0\xa0点击:12", at("2022-04-30"), "2022.04.30", "本站",
     None, 12),
    ("2022-04-30 07:53 来源:本站", at("2022-04-30 07:53"), "2022-04-30 07:53", "本站", None,
     None),
    ("时间：2022年04月30日 07:53 来源：本站 作者：佚名 点击：35次", at("2022-04-30 07:53"),
     "2022年04月30日 07:53", "本站", "佚名", 35),
    ("日期:2022-4-30 作者:张三 浏览次数:1,234次", at("2022-04-30"), "2022-4-30", None, "张三",
     1234),
    ("时间:2022-04-30", at("2022-04-30"), "2022-04-30", None, None, None),
    ("来源:本站 作者:佚名", None, None, "本站", "佚名", None),
    ("来源：本站|作者：佚名", None, None, "本站", "佚名", None),
    ("点击:35次|作者:李四|来源:哈尔滨党员之家|时间:2022-04-30 07:53:59", at("2022-04-30 07:53:59"),
     "2022-04-30 07:53:59", "哈尔滨党员之家", "李四", 35),
    ("时间：２０２２－０４－３０　０７：５３　来源：本站", at("2022-04-30 07:53"),
     "２０２２－０４－３０ ０７：５３", "本站", None, None),  # values are tidied: one space
    ("时间:2022-04-30 07:53:59\u3000\u3000来源:哈尔滨党员之家\u3000\u3000"
     "点击:【字体：大 中 小】【打印】",
     at("2022-04-30 07:53:59"), "2022-04-30 07:53:59", "哈尔滨党员之家", None, None),
    ("来源：本站　　发布时间：2022-04-30 07:53　　浏览：1024", at("2022-04-30 07:53"),
     "2022-04-30 07:53", "本站", None, 1024),
    ("时间 : 2022-04-30 07:53 | 来源 : 本站 | 作者 : 佚名 | 点击 : ", at("2022-04-30 07:53"),
     "2022-04-30 07:53", "本站", "佚名", None),
    ("发布日期：2022年4月30日 7时53分　信息来源：哈尔滨党员之家", at("2022-04-30 07:53"),
     "2022年4月30日 7时53分", "哈尔滨党员之家", None, None),
]  # fmt: skip


# Every field order, separator, colon width and date format, crossed (a sample of each).
_DATES = [
    ("2022-04-30 07:53", at("2022-04-30 07:53")),
    ("2022-04-30 07:53:08", at("2022-04-30 07:53:08")),
    ("2022年4月30日", at("2022-04-30")),
    ("2022/04/30", at("2022-04-30")),
    ("2022.04.30", at("2022-04-30")),
]
_SEPARATORS = [" ", "  ", " | ", "|", "\xa0\xa0", "\u3000", ""]
_COLONS = [":", "：", " : ", "：\u3000"]
_ORDERS = list(itertools.permutations(("时间", "来源", "作者", "点击")))


def _crossed() -> list[tuple[str, datetime | None, str | None, str | None, str | None, int | None]]:
    values = {"来源": "本站", "作者": "佚名", "点击": "42"}
    rows = []
    for n, order in enumerate(_ORDERS):
        raw, published = _DATES[n % len(_DATES)]
        separator = _SEPARATORS[n % len(_SEPARATORS)]
        colon = _COLONS[n % len(_COLONS)]
        line = separator.join(f"{label}{colon}{values.get(label, raw)}" for label in order)
        rows.append((line, published, raw, "本站", "佚名", 42))
    return rows


ALL_META_LINES = META_LINES + _crossed()
META_IDS = [
    "seed",
    "source-author-time-seconds",
    "pipes-chinese-date",
    "spaced-colons-slashes",
    "nbsp-dots-clicks",
    "unlabelled-date",
    "chinese-date-time-clicks-unit",
    "short-date-thousands",
    "date-only",
    "no-date",
    "no-date-pipe",
    "reverse-order-pipes",
    "full-width-digits",
    "tool-clutter",
    "browse-count",
    "spaced-colons-empty-clicks",
    "hour-minute-characters",
] + [f"crossed-{n}" for n in range(len(_ORDERS))]


def with_metaline_html(line: str) -> bytes:
    page = (SEED_HTML / "page.html").read_bytes().decode("gb18030")
    info = line.replace("&", "&amp;").replace("<", "&lt;").replace("\xa0", "&nbsp;")
    page, n = _INFO_RE.subn(lambda m: m.group(1) + info + m.group(2), page)
    assert n == 1
    return page.encode("gb18030")


def with_metaline_text(line: str) -> bytes:
    page = (SEED_TEXT / "page.txt").read_text("utf-8")
    assert page.count(SEED_META) == 1
    return page.replace(SEED_META, line).encode("utf-8")


@cache
def seed_article(form: str) -> dict[str, Any]:
    if form == "html":
        return parse_article((SEED_HTML / "page.html").read_bytes(), strict=True).to_dict()
    return parse_article((SEED_TEXT / "page.txt").read_bytes(), strict=True).to_dict()


@pytest.mark.parametrize("form", ["html", "text"])
@pytest.mark.parametrize(
    ("line", "published", "published_raw", "source", "author", "clicks"),
    ALL_META_LINES,
    ids=META_IDS,
)
def test_metaline_variant(
    form: str,
    line: str,
    published: datetime | None,
    published_raw: str | None,
    source: str | None,
    author: str | None,
    clicks: int | None,
) -> None:
    page = with_metaline_html(line) if form == "html" else with_metaline_text(line)
    article = parse_article(page, strict=True)
    assert (article.published, article.published_raw) == (published, published_raw)
    assert (article.source, article.author, article.clicks) == (source, author, clicks)
    # Nothing else moved: the title above it and the body below it are the seed's.
    rest = {k: v for k, v in article.to_dict().items() if k not in META_FIELDS}
    expected = {k: v for k, v in seed_article(form).items() if k not in META_FIELDS}
    if form == "html":
        rest.pop("article_id")  # the seed's counter script, replaced with the line
        expected.pop("article_id")
    assert rest == expected
