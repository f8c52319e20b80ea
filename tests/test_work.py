"""Regression guards for speed that count work instead of timing it (timings flake in CI).

``parse_article`` decodes the bytes once, parses them into a tree once, and walks the tree
once (a data table's cells are read from the lines of that walk). A second parse or a
second walk is the usual way a change quietly doubles the cost of every page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from lxml import etree

import xianfeng._api
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
    parse_article(case.page.read_bytes(), url=case.url)
    assert calls == Counter(decode=1, parse=1, walk=1)


def test_a_page_with_data_tables_is_walked_once(calls: Counter[str]) -> None:
    article = parse_article((FIXTURES / "html-media-gb2312" / "page.html").read_bytes())
    assert any(isinstance(b, Table) for s in article.sections for b in s.blocks)
    assert calls["walk"] == 1


def test_text_input_is_decoded_once_and_never_parsed_as_html(calls: Counter[str]) -> None:
    parse_article((FIXTURES / "seed-text" / "page.txt").read_bytes())
    assert calls == Counter(decode=1)


def test_a_second_walk_is_counted(calls: Counter[str]) -> None:
    # The guard itself: a change that walks the tree again, from any module, is seen, since
    # the counting patches lxml.etree, which every module shares.
    root = etree.fromstring("<html><body><p>正文</p></body></html>", etree.HTMLParser())
    xianfeng._html.lines.linearise(root)
    etree.iterwalk(root)
    assert calls["walk"] == 2
