"""Properties, with hypothesis: any input gives an Article or a ParseError, the same one every
time, and a generated article rendered as a page parses back to what was generated.

The mutation test records what each input gave as a hypothesis event: run
``pytest tests/test_properties.py --hypothesis-show-statistics`` to see how many mutated
inputs returned an Article and how many raised which error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Any

import attrs
import pytest
from hypothesis import event, given, note
from hypothesis import strategies as st

from conftest import Case, cases
from xianfeng import (
    Article,
    Credit,
    Footer,
    Link,
    Notice,
    Paragraph,
    ParseError,
    Section,
    parse_article,
)
from xianfeng._fields.dates import CST

CASES = cases()
PAGES = {case.name: case.page.read_bytes() for case in CASES}

# --- mutations of the fixture pages ------------------------------------------------------

_TAG_RE = re.compile(rb"<[^<>]{0,300}>")
# A position in the page as a fraction in 1/65536ths, so one drawn mutation fits any page.
_AT = st.integers(0, 0xFFFF)
MUTATION = st.one_of(
    st.tuples(st.just("truncate"), _AT, st.just(0)),
    st.tuples(st.just("delete"), _AT, st.integers(1, 4096)),
    st.tuples(st.just("duplicate"), _AT, st.integers(1, 4096)),
    st.tuples(st.just("flip"), _AT, st.integers(1, 255)),
    st.tuples(st.just("untag"), _AT, st.just(0)),
)


def mutate(page: bytes, mutations: Sequence[tuple[str, int, int]]) -> bytes:
    """Apply truncations, deleted and duplicated spans, byte flips (XOR) and tag removals."""
    for kind, at_fraction, size in mutations:
        at = len(page) * at_fraction >> 16
        if kind == "truncate":
            page = page[:at]
        elif kind == "delete":
            page = page[:at] + page[at + size :]
        elif kind == "duplicate":
            page = page[: at + size] + page[at : at + size] + page[at + size :]
        elif kind == "flip" and page:
            at = min(at, len(page) - 1)
            page = page[:at] + bytes([page[at] ^ size]) + page[at + 1 :]
        elif kind == "untag":
            tags = list(_TAG_RE.finditer(page))
            if tags:
                tag = tags[len(tags) * at_fraction >> 16]
                page = page[: tag.start()] + page[tag.end() :]
    return page


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@given(
    mutations=st.lists(MUTATION, min_size=1, max_size=4),
    as_str=st.booleans(),
    strict=st.booleans(),
)
def test_mutated_page_gives_an_article_or_a_parse_error(
    case: Case, mutations: list[tuple[str, int, int]], as_str: bool, strict: bool
) -> None:
    data = mutate(PAGES[case.name], mutations)
    page: str | bytes = data.decode("gb18030", errors="replace") if as_str else data
    first = parse_or_error(page, url=case.url, strict=strict)
    again = parse_or_error(page, url=case.url, strict=strict)
    if isinstance(first, ParseError):
        event(f"raised {type(first).__name__}")
        assert str(first), "an error message says what was expected"
        assert (type(again), str(again)) == (type(first), str(first))
        return
    event("returned an Article" + (" with warnings" if first.warnings else ""))
    assert again == first
    assert not (strict and first.warnings)
    data_dict = first.to_dict()
    assert json.loads(json.dumps(data_dict, ensure_ascii=False)) == data_dict
    assert Article.from_dict(data_dict) == first


def parse_or_error(page: str | bytes, *, url: str | None, strict: bool) -> Article | ParseError:
    """What parsing gives: an Article, or the ParseError (anything else propagates)."""
    try:
        return parse_article(page, url=url, strict=strict)
    except ParseError as exc:
        return exc


# --- generated articles through a page template -------------------------------------------

# Characters for generated text. Left out on purpose, so that generated text never forms the
# anchors the parser looks for: colons (labels need one), digits and 一…十/第 (numbered
# headings), 图 (captions), 上/下/共/页 (上一篇, the pager), 版/权 (版权所有), and the characters
# that, written right before a label, would make a longer label (文章来源, 发布时间, 责任编辑…).
HAN = (
    "党建基层组织社区街道农村干部学习活动推进落实治理环境整治提升乡村振兴美丽城市明创志愿团结"
    "精神实践机制体系全面深化强持续开展生红色阵地锋模范引领示带头阶段目标成果质量水平效能"
)
NAME_HAN = "哈尔滨阿城区道里南岗香坊松北呼兰双城宾县尚志五常委宣传部组织党员之家张王李赵刘陈杨"
SITE = "http://www.hrbxfw.gov.cn"
URL = f"{SITE}/a/ncdj/2022/0430/71234.html"


def han(alphabet: str, low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=low, max_size=high)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    clauses = draw(st.lists(han(HAN, 4, 24), min_size=1, max_size=5))
    return "，".join(clauses) + "。"


@attrs.frozen
class Meta:
    """A metadata line's fields, and how the page writes them."""

    published: datetime | None
    date_format: str
    source: str | None
    author: str | None
    clicks: int | None
    has_clicks: bool
    order: tuple[str, ...]
    labels: dict[str, str]
    colons: tuple[str, ...]
    separators: tuple[str, ...]

    @property
    def published_raw(self) -> str | None:
        if self.published is None:
            return None
        d = self.published
        return (
            self.date_format.replace("%Y", f"{d.year}")
            .replace("%m", f"{d.month:02}")
            .replace("%-m", f"{d.month}")
            .replace("%d", f"{d.day:02}")
            .replace("%-d", f"{d.day}")
            .replace("%H", f"{d.hour:02}")
            .replace("%M", f"{d.minute:02}")
            .replace("%S", f"{d.second:02}")
        )

    def render(self, nbsp: str) -> str:
        values = {
            "published": self.published_raw or "",
            "source": self.source or "",
            "author": self.author or "",
            "clicks": "" if self.clicks is None else f"{self.clicks}",
        }
        parts = []
        for at, field in enumerate(self.order):
            separator = self.separators[at].replace("&nbsp;", nbsp)
            colon = self.colons[at].replace("&nbsp;", nbsp)
            parts.append(f"{separator if at else ''}{self.labels[field]}{colon}{values[field]}")
        return "".join(parts)


DATE_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
    "%Y年%-m月%-d日",
    "%Y年%m月%d日 %H:%M",
    "%Y/%m/%d",
    "%Y.%m.%d",
)
FIELD_LABELS = {
    "published": ("时间", "发布时间", "日期"),
    "source": ("来源", "文章来源"),
    "author": ("作者",),
    "clicks": ("点击", "点击数", "浏览次数"),
}
COLONS = (":", "：", " : ", "： ", "：&nbsp;")
SEPARATORS = ("", " ", "  ", " | ", "|", "\u3000", "&nbsp;&nbsp;", "\u3000\u3000")


@st.composite
def metas(draw: st.DrawFn) -> Meta:
    # A metadata line has a date, or two fields at least.
    others = ["author", "clicks", "source"]
    fields = draw(
        st.one_of(
            st.lists(st.sampled_from(others), unique=True).map(lambda f: ["published", *f]),
            st.lists(st.sampled_from(others), unique=True, min_size=2),
        ).flatmap(st.permutations)
    )
    date_format = draw(st.sampled_from(DATE_FORMATS))
    published = None
    if "published" in fields:
        moment = draw(st.datetimes(datetime(2000, 1, 1), datetime(2030, 12, 31)))
        keep = {"%H": ("hour", "minute"), "%S": ("second",)}
        parts = {"microsecond": 0, "hour": 0, "minute": 0, "second": 0}
        for marker, names in keep.items():
            if marker in date_format:
                for name in names:
                    parts.pop(name)
        published = moment.replace(tzinfo=CST, **parts)
    has_clicks = "clicks" in fields
    clicks = draw(st.none() | st.integers(0, 10**7)) if has_clicks else None
    if published is None and has_clicks and clicks is None and len(fields) == 2:
        clicks = 1  # one empty field and one other: not a metadata line at all
    name = han(NAME_HAN, 2, 10)
    source = (
        draw(st.sampled_from(["本站", "哈尔滨党员之家"]) | name) if "source" in fields else None
    )
    author = draw(st.just("佚名") | name) if "author" in fields else None
    n = len(fields)
    return Meta(
        published=published,
        date_format=date_format,
        source=source,
        author=author,
        clicks=clicks,
        has_clicks=has_clicks,
        order=tuple(fields),
        labels={f: draw(st.sampled_from(FIELD_LABELS[f])) for f in fields},
        colons=tuple(draw(st.lists(st.sampled_from(COLONS), min_size=n, max_size=n))),
        separators=tuple(draw(st.lists(st.sampled_from(SEPARATORS), min_size=n, max_size=n))),
    )


def cut_by_width(titles: Sequence[str]) -> list[bool]:
    """Which notice headlines a text rendering shows cut, by the rule docs/models.md states.

    Generated headlines are Han characters only (``HAN``): each character is two columns
    wide, and no headline ends in a mark, so only the width rule applies — the box's cap is
    the widest headline; when it is at least 24 columns and at least two headlines are within
    3 columns of it, every headline within 3 of it is cut. With widths in steps of two,
    "within 3" is "at most one character shorter".
    """
    assert all(character in HAN for title in titles for character in title)
    longest = max(map(len, titles), default=0)
    at_cap = [len(title) >= longest - 1 for title in titles]
    shared = 2 * longest >= 24 and sum(at_cap) >= 2
    return [shared and cut for cut in at_cap]


def test_the_width_rule_as_the_docs_state_it() -> None:
    twelve, eleven, ten = "党" * 12, "党" * 11, "党" * 10
    assert cut_by_width([twelve, eleven, ten]) == [True, True, False]
    assert cut_by_width([twelve, ten, ten]) == [False, False, False]  # the cap is not shared
    assert cut_by_width([eleven, eleven]) == [False, False]  # 22 columns: under 24
    assert cut_by_width([]) == []


@attrs.frozen
class Spec:
    """A generated article and the choices of how its page is laid out."""

    navigation: tuple[str, ...]
    nav_per_line: int
    notice_box: bool
    notices: tuple[tuple[str, int], ...]
    """(full headline, shown length)"""
    crumb: tuple[str, ...]
    crumb_prefix: bool
    column: str | None
    title: str
    meta: Meta
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]
    heading_markup: str
    credits: tuple[tuple[tuple[str, str], ...], ...]
    """credit lines, each one or two (role, name)"""
    credits_wrapped: bool
    previous: str | None
    next: str | None
    host: str
    icp: str
    support: str
    blank_lines: bool
    indent: bool

    def footer_lines(self) -> tuple[str, str]:
        return f"主办单位：{self.host} {self.icp}", f"技术支持：{self.support}"

    def credit_lines(self) -> list[str]:
        lines = []
        for line in self.credits:
            text = "\u3000".join(f"{role}：{name}" for role, name in line)
            lines.append(f"（{text}）" if self.credits_wrapped else text)
        return lines

    def expected(self, *, html: bool) -> dict[str, Any]:
        """The Article fields this page must parse to."""

        def link(label: str, path: str) -> Link:
            return Link(label=label, url=SITE + path if html else None)

        if html:
            notices = tuple(
                Notice(title=full, url=f"{SITE}/a/tzgg/{at}.html", truncated=shown < len(full))
                for at, (full, shown) in enumerate(self.notices)
            )
        else:
            cut = cut_by_width([full for full, _ in self.notices])
            notices = tuple(
                Notice(title=full, truncated=flag)
                for (full, _), flag in zip(self.notices, cut, strict=True)
            )
        crumb_paths = [*(f"/a/c{at}/" for at in range(len(self.crumb) - 1)), ""]
        meta = self.meta
        return {
            "title": self.title,
            "column": self.column,
            "published": meta.published,
            "published_raw": meta.published_raw,
            "source": meta.source,
            "author": meta.author,
            "clicks": meta.clicks,
            "navigation": tuple(
                link(label, f"/a/n{at}/") for at, label in enumerate(self.navigation)
            ),
            "notices": notices,
            "breadcrumb": tuple(
                Link(label=label, url=SITE + path if html and path else None)
                for label, path in zip(self.crumb, crumb_paths, strict=False)
            ),
            "sections": tuple(
                Section(heading=heading, blocks=tuple(Paragraph(text=p) for p in paragraphs))
                for heading, paragraphs in self.sections
            ),
            "credits": tuple(Credit(role=r, name=n) for line in self.credits for r, n in line),
            "footer": Footer(
                host=self.host, icp=self.icp, support=self.support, lines=self.footer_lines()
            ),
            "previous": None if self.previous is None else link(self.previous, "/a/p.html"),
            "next": None if self.next is None else link(self.next, "/a/n.html"),
            "article_id": 71234 if html else None,
            "warnings": (),
        }


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    label = han(HAN, 2, 6)
    navigation = draw(st.lists(label, max_size=8))
    notices = draw(
        st.lists(
            han(HAN, 10, 30).flatmap(lambda t: st.tuples(st.just(t), st.integers(10, len(t)))),
            max_size=5,
        )
    )
    crumb = draw(st.lists(label, min_size=2, max_size=4) | st.just([]))
    sections = []
    for at in range(draw(st.integers(1, 4))):
        heading = draw(st.none() | han(HAN, 4, 20)) if at == 0 else draw(han(HAN, 4, 20))
        sections.append((heading, tuple(draw(st.lists(sentence(), min_size=1, max_size=3)))))
    roles = st.sampled_from(["供稿", "责任编辑", "编辑", "审核", "摄影"])
    credit = st.tuples(roles, han(NAME_HAN, 2, 10))
    credits = draw(st.lists(st.lists(credit, min_size=1, max_size=2).map(tuple), max_size=2))
    return Spec(
        navigation=tuple(navigation),
        nav_per_line=draw(st.integers(1, 4)),
        notice_box=draw(st.booleans()),
        notices=tuple(notices),
        crumb=tuple(crumb),
        crumb_prefix=draw(st.booleans()),
        column=draw(st.none() | label),
        title=draw(han(HAN, 1, 1)) + draw(han(HAN + "“”", 5, 39)),
        meta=draw(metas()),
        sections=tuple(sections),
        heading_markup=draw(
            st.sampled_from(
                [
                    "<p><strong>{}</strong></p>",
                    '<p style="text-align:center"><b>{}</b></p>',
                    "<h3>{}</h3>",
                    '<p style="font-weight:bold">{}</p>',
                ]
            )
        ),
        credits=tuple(credits),
        credits_wrapped=draw(st.booleans()),
        previous=draw(st.none() | han(HAN, 8, 30)),
        next=draw(st.none() | han(HAN, 8, 30)),
        host=draw(han(NAME_HAN, 4, 16)),
        icp=f"黑ICP备{draw(st.integers(10**7, 10**9 - 1))}号-{draw(st.integers(1, 9))}",
        support=draw(han(NAME_HAN, 4, 16)),
        blank_lines=draw(st.booleans()),
        indent=draw(st.booleans()),
    )


def render_html(spec: Spec) -> str:
    """The page as the portal's div template would serve it."""
    e = escape
    nav = "".join(
        f'<li><a href="/a/n{at}/">{e(label)}</a></li>' for at, label in enumerate(spec.navigation)
    )
    notices = "".join(
        f'<li><a href="/a/tzgg/{at}.html" title="{e(full)}">{e(full[:shown])}</a></li>'
        for at, (full, shown) in enumerate(spec.notices)
    )
    box = '<div class="box-tit"><span>通知公告</span></div>' if spec.notice_box else ""
    steps = [f'<a href="/a/c{at}/">{e(label)}</a>' for at, label in enumerate(spec.crumb[:-1])]
    crumb = "&nbsp;&gt;&nbsp;".join([*steps, *map(e, spec.crumb[-1:])])
    if crumb and spec.crumb_prefix:
        crumb = "当前位置：" + crumb
    column = f"【{e(spec.column)}】" if spec.column else ""
    body = []
    for heading, paragraphs in spec.sections:
        if heading is not None:
            body.append(spec.heading_markup.format(e(heading)))
        indent = "\u3000\u3000" if spec.indent else ""
        body.extend(f"<p>{indent}{e(p)}</p>" for p in paragraphs)
        if spec.blank_lines:
            body.append("<p>&nbsp;</p>")
    body.extend(f'<p style="text-align:right">{e(line)}</p>' for line in spec.credit_lines())
    previous = f'<a href="/a/p.html">{e(spec.previous)}</a>' if spec.previous else "没有了"
    following = f'<a href="/a/n.html">{e(spec.next)}</a>' if spec.next else "没有了"
    footer = "<br />".join(e(line) for line in spec.footer_lines())
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(spec.title)}_哈尔滨先锋网</title>
<script>var x = "时间:2020-01-01 来源:脚本";</script></head>
<body>
<div class="nav"><ul>{nav}</ul></div>
<div class="tzgg">{box}<ul class="list">{notices}</ul></div>
<div class="position">{crumb}</div>
<div class="article"><h1>{column}{e(spec.title)}</h1>
<div class="info">{e(spec.meta.render(chr(0xA0))).replace(chr(0xA0), "&nbsp;")}</div>
<div class="content" id="content">
{chr(10).join(body)}
</div>
<div class="print"><a href="javascript:print();">【打印】</a><a href="#">【关闭】</a></div>
<div class="prenext"><p>上一篇：{previous}</p><p>下一篇：{following}</p></div>
</div>
<div class="footer"><p>{footer}</p></div>
</body></html>
"""


def render_text(spec: Spec) -> str:
    """The page as a web-archive text dump would render it."""
    nav, per_line = spec.navigation, spec.nav_per_line
    lines = [" ".join(nav[at : at + per_line]) for at in range(0, len(nav), per_line)]
    if spec.notice_box and spec.notices:
        lines.append("通知公告")
    lines.extend(full for full, _ in spec.notices)
    if spec.crumb:
        lines.append(("当前位置：" if spec.crumb_prefix else "") + " > ".join(spec.crumb))
    lines.append(f"【{spec.column}】{spec.title}" if spec.column else spec.title)
    lines.append(spec.meta.render("\xa0"))
    indent = "\u3000\u3000" if spec.indent else ""
    for heading, paragraphs in spec.sections:
        if heading is not None:
            lines.append(heading)
        for paragraph in paragraphs:
            lines.append(indent + paragraph)
            if spec.blank_lines:
                lines.append("")
    lines.extend(spec.credit_lines())
    lines.append(f"上一篇：{spec.previous or '没有了'}")
    lines.append(f"下一篇：{spec.next or '没有了'}")
    lines.extend(spec.footer_lines())
    return "\n".join(lines) + "\n"


def assert_fields(article: Article, expected: dict[str, Any]) -> None:
    got = {field: getattr(article, field) for field in expected}
    assert got == expected


ENCODE: dict[str, Callable[[str], str | bytes]] = {
    "str": lambda page: page,
    "utf-8": lambda page: page.encode("utf-8"),
    "gb18030": lambda page: page.replace('charset="utf-8"', 'charset="gb2312"').encode("gb18030"),
}


@given(spec=specs(), form=st.sampled_from(sorted(ENCODE)))
def test_generated_html_page_parses_back(spec: Spec, form: str) -> None:
    page = render_html(spec)
    note(page)
    article = parse_article(ENCODE[form](page), url=URL, strict=True)
    assert_fields(article, spec.expected(html=True))
    assert article.encoding == (None if form == "str" else form)


@given(spec=specs(), form=st.sampled_from(sorted(ENCODE)), crlf=st.booleans())
def test_generated_text_rendering_parses_back(spec: Spec, form: str, crlf: bool) -> None:
    page = render_text(spec)
    if crlf:
        page = page.replace("\n", "\r\n")
    note(page)
    article = parse_article(ENCODE[form](page), strict=True)
    assert_fields(article, spec.expected(html=False))
    assert article.encoding == (None if form == "str" else form)


@given(spec=specs())
def test_generated_page_round_trips_through_json(spec: Spec) -> None:
    for page in (render_html(spec), render_text(spec)):
        article = parse_article(page, url=URL)
        assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
