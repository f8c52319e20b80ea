"""Regression guards for speed that count work instead of timing it (timings flake in CI).

``parse_article`` decodes the bytes once, parses them into a tree once, and walks the tree
once — plus one small walk per data-table cell, to read the cell's text. A second parse or
a second full walk is the usual way a change quietly doubles the cost of every page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

import xianfeng._api
import xianfeng._html.body
import xianfeng._html.lines
import xianfeng._html.parser
from conftest import FIXTURES, Case, cases
from xianfeng import Table, parse_article

HTML_CASES = [case for case in cases() if case.page.suffix == ".html"]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(xianfeng._api, "decode", counting("decode", xianfeng._api.decode))
    monkeypatch.setattr(
        xianfeng._html.parser.etree, "fromstring", counting("parse", etree.fromstring)
    )
    monkeypatch.setattr(xianfeng._html.lines.etree, "iterwalk", counting("walk", etree.iterwalk))
    return counted


@pytest.mark.parametrize("case", HTML_CASES, ids=[c.name for c in HTML_CASES])
def test_a_page_is_decoded_parsed_and_walked_once(case: Case, calls: Counter[str]) -> None:
    article = parse_article(case.page.read_bytes(), url=case.url)
    tables = [b for s in article.sections for b in s.blocks if isinstance(b, Table)]
    cells = sum(len(row) for table in tables for row in table.rows)
    assert calls["decode"] == 1
    assert calls["parse"] == 1
    assert calls["walk"] == 1 + cells


def test_text_input_is_decoded_once_and_never_parsed_as_html(calls: Counter[str]) -> None:
    parse_article((FIXTURES / "seed-text" / "page.txt").read_bytes())
    assert calls == Counter(decode=1)


def test_the_walk_module_is_the_one_the_body_uses() -> None:
    # The counting above patches lxml where the walk looks it up; this keeps that honest.
    assert xianfeng._html.body.linearise is xianfeng._html.lines.linearise
