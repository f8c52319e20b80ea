"""``tests/corpus/KINDS.md`` against the pages it cites.

The table names, for each kind of miss of issue 17, the corpus pages that show it and a quote
copied from each page. These tests read the table back and check that every quote is in its
page (decoded as the parser decodes it), that every host and half agree with the page's
``meta.json``, and that every row's status agrees with the number of sites it cites: the
table cannot drift from the pages.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import attrs
import pytest

from corpus_scoring import CORPUS, Page, pages
from xianfeng._decode import decode

KINDS = CORPUS / "KINDS.md"
# The kinds of miss issue 17 lists: each bullet and sub-bullet of its list.
KIND_COUNT = 21
STATUSES = ("covered", "short")

# 271 (news.hsw.cn, tune) `社会新闻 新华社 2022-06-09 11:44:04` — where it stands
_ENTRY = re.compile(
    r"(?P<name>\d{3}) \((?P<host>[^,()]+), (?P<half>tune|check)\) `(?P<quote>[^`]+)`"
)
_STATUS = re.compile(r"(?P<status>\w+) \((?P<sites>\d+)\)")


@attrs.frozen
class Cited:
    """One page a row cites, with the quote that shows the kind on it."""

    name: str
    host: str
    half: str
    quote: str


@attrs.frozen
class Row:
    """One row of the table: a kind of miss and the pages that show it."""

    number: int
    kind: str
    status: str
    sites: int
    cited: tuple[Cited, ...]
    notes: str


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_rows(path: Path = KINDS) -> list[Row]:
    """The table's rows: the lines that start with ``| <number> |``."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not re.match(r"\|\s*\d+\s*\|", line):
            continue
        number, _group, kind, status, cited, notes = _cells(line)
        match = _STATUS.fullmatch(status)
        assert match, f"row {number}: status {status!r} is not 'covered (n)' or 'short (n)'"
        rows.append(
            Row(
                number=int(number),
                kind=kind,
                status=match["status"],
                sites=int(match["sites"]),
                cited=tuple(
                    Cited(m["name"], m["host"], m["half"], m["quote"])
                    for m in _ENTRY.finditer(cited)
                ),
                notes=notes,
            )
        )
    return rows


ROWS = read_rows()
BY_NAME = {page.name: page for page in pages()}


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@cache
def page_text(name: str) -> str:
    """A page's text as the parser reads it, whitespace runs squeezed to one space."""
    path = BY_NAME[name].path
    raw = path.read_bytes()
    text = decode(raw).text if path.suffix == ".html" else raw.decode("utf-8")
    return _squeeze(text)


def test_one_row_per_kind() -> None:
    assert [row.number for row in ROWS] == list(range(1, KIND_COUNT + 1))


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"kind{row.number}")
def test_row(row: Row) -> None:
    assert row.status in STATUSES
    sites = set()
    for cited in row.cited:
        assert cited.name in BY_NAME, f"kind {row.number}: no corpus page {cited.name}"
        page: Page = BY_NAME[cited.name]
        assert cited.host == page.meta["host"], f"{cited.name}: host is {page.meta['host']}"
        assert cited.half == page.half, f"{cited.name}: half is {page.half}"
        assert _squeeze(cited.quote) in page_text(cited.name), (
            f"kind {row.number}: {cited.quote!r} is not on page {cited.name}"
        )
        sites.add(page.site)
    assert row.sites == len(sites), f"kind {row.number}: {len(sites)} sites, not {row.sites}"
    assert row.status == ("covered" if len(sites) >= 2 else "short")
    if row.status == "short":
        assert row.notes.startswith("Missing:"), f"kind {row.number}: say what is missing"


def test_summary_line() -> None:
    covered = sum(row.status == "covered" for row in ROWS)
    text = KINDS.read_text("utf-8")
    assert f"{covered} of {KIND_COUNT} kinds are covered" in text
