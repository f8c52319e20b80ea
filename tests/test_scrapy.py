"""An Article as a Scrapy item (through itemadapter), and its JSON form for feeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from itemadapter import ItemAdapter

from xianfeng import Article, parse_article

FIXTURES = Path(__file__).parent / "fixtures"
URL = "http://www.hrbxfw.gov.cn/a/dygl/2023/0601/74890.html"
ARTICLE = parse_article((FIXTURES / "html-media-gb2312" / "page.html").read_bytes(), url=URL)


class ArticleToDict:
    """The pipeline of docs/scrapy.md."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        return item.to_dict() if isinstance(item, Article) else item


def test_an_article_is_an_item_with_its_fields() -> None:
    assert ItemAdapter.is_item(ARTICLE)
    item = ItemAdapter(ARTICLE)
    assert list(item.field_names()) == [field.name for field in attrs.fields(Article)]
    assert dict(item) == {
        field.name: getattr(ARTICLE, field.name) for field in attrs.fields(Article)
    }
    assert item["url"] == URL


def test_an_article_item_is_read_only() -> None:
    item = ItemAdapter(ARTICLE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        item["title"] = "改过的标题"
    assert ARTICLE.title == "南岗区召开2023年发展党员工作推进会"


def test_asdict_of_an_article_is_not_json() -> None:
    """The documented trap: a datetime, and blocks without their type."""
    data = ItemAdapter(ARTICLE).asdict()
    with pytest.raises(TypeError, match="datetime is not JSON serializable"):
        json.dumps(data)
    assert "type" not in data["sections"][0]["blocks"][0]


def test_the_pipeline_is_called_as_scrapy_2_13_and_as_2_14_call_it() -> None:
    pipeline = ArticleToDict()
    assert pipeline.process_item(ARTICLE, object()) == pipeline.process_item(ARTICLE)


def test_to_dict_is_the_json_form_of_an_item() -> None:
    item = ArticleToDict().process_item(ARTICLE, spider=None)
    assert ItemAdapter.is_item(item)
    text = json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False)
    assert json.loads(text)["schema_version"] == 1
    assert Article.from_dict(json.loads(text)) == ARTICLE
    other = {"title": "not an article"}
    assert ArticleToDict().process_item(other, spider=None) is other
