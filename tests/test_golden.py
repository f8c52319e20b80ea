"""Every fixture page parses to its expected JSON — one test per page and field."""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs
import pytest

from conftest import Case, cases
from xianfeng import Article, parse_article

CASES = cases()
BY_NAME = {case.name: case for case in CASES}
# Every Article field, from the model itself: a new field must be read off every page.
FIELDS = [field.name for field in attrs.fields(Article)]


@cache
def parsed(name: str) -> dict[str, Any]:
    case = BY_NAME[name]
    return parse_article(case.page.read_bytes(), url=case.url).to_dict()


def test_expected_files_name_every_field() -> None:
    assert "title" in FIELDS
    assert "warnings" in FIELDS
    for case in CASES:
        assert sorted(case.expected) == sorted(FIELDS), case.name


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_field(case: Case, field: str) -> None:
    assert parsed(case.name)[field] == case.expected[field]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_str_input_gives_the_same_article(case: Case) -> None:
    from_bytes = parse_article(case.page.read_bytes(), url=case.url)
    text = case.page.read_bytes().decode(from_bytes.encoding or "utf-8")
    from_str = parse_article(text, url=case.url)
    assert from_str.encoding is None
    assert from_str.to_dict() | {"encoding": from_bytes.encoding} == from_bytes.to_dict()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round_trip_and_determinism(case: Case) -> None:
    article = parse_article(case.page.read_bytes(), url=case.url)
    assert Article.from_dict(article.to_dict()) == article
    assert parse_article(case.page.read_bytes(), url=case.url) == article


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_flagship_pages_parse_without_warnings_in_strict_mode(case: Case) -> None:
    if case.expected["warnings"]:
        pytest.skip("this fixture documents a warning")
    parse_article(case.page.read_bytes(), url=case.url, strict=True)
