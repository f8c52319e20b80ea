"""The JSON Schema of ``Article.to_dict()``: current, generated generically, and obeyed."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator

from conftest import cases
from test_models import ARTICLE, MINIMAL
from xianfeng import SCHEMA_VERSION, Article, ParseError, parse_article
from xianfeng._codec import BLOCK_TYPES
from xianfeng.schema import article_schema

ROOT = Path(__file__).parent.parent
COMMITTED = ROOT / "docs" / "article.schema.json"
CORPUS = ROOT / "tests" / "corpus"


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(COMMITTED.read_text("utf-8")))


def errors(data: Any) -> list[str]:
    return [error.message for error in validator().iter_errors(data)]


def test_the_committed_schema_is_current() -> None:
    """If this fails, run ``python -m xianfeng.schema > docs/article.schema.json``."""
    assert json.loads(COMMITTED.read_text("utf-8")) == article_schema()


def test_python_m_xianfeng_schema_prints_the_committed_file() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "xianfeng.schema"], capture_output=True, check=True
    )
    assert done.stdout == COMMITTED.read_bytes()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(article_schema())
    assert article_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _models(kind: type, seen: dict[str, type]) -> dict[str, type]:
    """Every attrs model reachable from ``kind`` through its annotations."""
    seen[kind.__name__] = kind
    for hint in typing.get_type_hints(kind).values():
        stack = [hint]
        while stack:
            current = stack.pop()
            if attrs.has(current) and current.__name__ not in seen:
                _models(current, seen)
            stack.extend(typing.get_args(current))
    return seen


def test_every_model_and_field_is_in_the_schema() -> None:
    schema = article_schema()
    for name, kind in _models(Article, {}).items():
        definition = schema if kind is Article else schema["$defs"][name]
        fields = [field.name for field in attrs.fields(kind)]
        assert [p for p in definition["properties"] if p not in ("type", "schema_version")] == (
            fields
        ), name
        assert definition["required"] == list(definition["properties"]), name
        assert definition["additionalProperties"] is False


def test_every_block_type_is_one_of_the_section_blocks() -> None:
    schema = article_schema()
    options = schema["$defs"]["Section"]["properties"]["blocks"]["items"]["oneOf"]
    refs = [option["$ref"].rsplit("/", 1)[1] for option in options]
    assert sorted(refs) == sorted(kind.__name__ for kind in BLOCK_TYPES.values())
    for name, kind in BLOCK_TYPES.items():
        assert schema["$defs"][kind.__name__]["properties"]["type"] == {"const": name}


@pytest.mark.parametrize("article", [ARTICLE, MINIMAL], ids=["every-block-type", "minimal"])
def test_model_articles_validate(article: Article) -> None:
    assert errors(article.to_dict()) == []


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_every_fixture_validates(case: Any) -> None:
    article = parse_article(case.page.read_bytes(), url=case.url)
    assert errors(json.loads(json.dumps(article.to_dict()))) == []


CORPUS_ARTICLES = sorted(
    folder
    for folder in CORPUS.iterdir()
    if folder.is_dir() and json.loads((folder / "expected.json").read_text("utf-8"))["article"]
)


@pytest.mark.parametrize("folder", CORPUS_ARTICLES, ids=lambda folder: folder.name)
def test_every_corpus_article_validates(folder: Path) -> None:
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    page = next(folder.glob("page.*"))
    try:
        article = parse_article(page.read_bytes(), url=meta.get("url"))
    except ParseError as exc:
        pytest.skip(f"the parser refuses this article page today: {type(exc).__name__}")
    assert errors(json.loads(json.dumps(article.to_dict()))) == []


GOOD = ARTICLE.to_dict()


def _with_block(block: dict[str, Any]) -> dict[str, Any]:
    return GOOD | {"sections": [{"heading": None, "blocks": [block]}]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({k: v for k, v in GOOD.items() if k != "schema_version"}, "'schema_version'"),
        pytest.param(GOOD | {"schema_version": 2}, "1 was expected", id="other-version"),
        pytest.param(GOOD | {"title": ""}, "should be non-empty", id="empty-title"),
        pytest.param(GOOD | {"titel": "x"}, "'titel' was unexpected", id="unknown-key"),
        pytest.param(GOOD | {"clicks": "12"}, "is not of type", id="clicks-a-string"),
        pytest.param(
            GOOD | {"published": "2022-04-30T07:53:00"}, "is not valid", id="naive-datetime"
        ),
        pytest.param(_with_block({"type": "video", "src": "1.mp4"}), "is not valid", id="video"),
        pytest.param(_with_block({"type": "paragraph"}), "is not valid", id="no-text"),
    ],
)
def test_what_from_dict_refuses_the_schema_refuses(data: dict[str, Any], message: str) -> None:
    found = errors(data)
    assert any(message in error for error in found), found
    with pytest.raises(ValueError, match="Article dictionary"):
        Article.from_dict(data)


def test_empty_table_cells_are_allowed() -> None:
    data = _with_block({"type": "table", "rows": [["村屯", ""]]})
    assert errors(data) == []
    assert GOOD["schema_version"] == SCHEMA_VERSION


@attrs.frozen(kw_only=True)
class _Player:
    """A block model as a later version might add it."""

    kind: typing.Literal["video", "audio"]
    src: str
    title: str | None = None
    seconds: int | None = None


@attrs.frozen(kw_only=True)
class _Page:
    """A model referring to it."""

    players: tuple[_Player, ...] = ()
    flags: tuple[bool, ...] = ()


def test_the_generator_walks_any_attrs_model() -> None:
    from xianfeng.schema import _model

    defs: dict[str, Any] = {}
    assert _model(_Page, defs) == "_Page"
    assert defs["_Page"]["properties"] == {
        "players": {"type": "array", "items": {"$ref": "#/$defs/_Player"}},
        "flags": {"type": "array", "items": {"type": "boolean"}},
    }
    assert defs["_Player"]["properties"] == {
        "kind": {"type": "string", "enum": ["video", "audio"]},
        "src": {"type": "string", "minLength": 1},
        "title": {"type": ["string", "null"], "minLength": 1},
        "seconds": {"type": ["integer", "null"]},
    }
    assert defs["_Player"]["required"] == ["kind", "src", "title", "seconds"]
    assert defs["_Player"]["description"] == "A block model as a later version might add it."
