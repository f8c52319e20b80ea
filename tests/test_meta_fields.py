"""The metadata field table: every field is read the same way wherever the page shows it.

The pages here are invented edge cases (a person wrote them to exercise the table); the
real-page behaviour of each label is in the corpus and the vocabulary tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import pytest

from xianfeng import Article, parse_article
from xianfeng._fields.metaline import META_FIELDS
from xianfeng.cli._formats import CSV_COLUMNS
from xianfeng.vocabulary import META_LABELS

CST = timezone(timedelta(hours=8))
# One example per field: its label, the text the page shows, the value read.
EXAMPLES: dict[str, tuple[str, str, Any]] = {
    "published": ("发布时间", "2024-05-06 09:30", datetime(2024, 5, 6, 9, 30, tzinfo=CST)),
    "source": ("来源", "区委组织部", "区委组织部"),
    "author": ("作者", "张三", "张三"),
    "clicks": ("点击", "52", 52),
}
BODY = "会议强调，要把学习成果转化为推动工作的实际成效，以高质量党建引领高质量发展。"


def page(top: list[str], under: list[str]) -> str:
    return "\n".join(
        [
            "首页 党建动态 基层组织",
            "区委召开基层党建工作推进会",
            " ".join(top),
            BODY,
            BODY,
            *under,
            "主办单位：中共某某区委组织部",
        ]
    )


def shown(name: str) -> str:
    label, text, _ = EXAMPLES[name]
    return f"{label}：{text}"


def test_every_field_has_labels_an_attribute_and_an_example() -> None:
    names = [field.name for field in META_FIELDS]
    assert set(names) == set(META_LABELS) == set(EXAMPLES)
    attributes = {a.name for a in attrs.fields(Article)}
    for field in META_FIELDS:
        assert field.name in attributes
        assert field.raw is None or field.raw in attributes


@pytest.mark.parametrize("name", [field.name for field in META_FIELDS])
def test_the_metadata_line_gives_every_field(name: str) -> None:
    article = parse_article(page([shown(field.name) for field in META_FIELDS], []))
    assert getattr(article, name) == EXAMPLES[name][2]


@pytest.mark.parametrize("field", META_FIELDS, ids=lambda field: field.name)
def test_metadata_under_the_body_fills_a_field_the_line_lacks(field: Any) -> None:
    top = [shown(other.name) for other in META_FIELDS if other is not field]
    under = [shown(field.name)]
    if not field.alone_under_body:
        # Such a field counts under the body only beside another one; the line's wins.
        other = next(f for f in META_FIELDS if f.alone_under_body)
        under = [f"{EXAMPLES[other.name][0]}：2020-01-01 {shown(field.name)}"]
    article = parse_article(page(top, under))
    assert getattr(article, field.name) == EXAMPLES[field.name][2]
    assert article.published == EXAMPLES["published"][2]
    assert [p for s in article.sections for p in s.paragraphs] == [BODY, BODY]


def test_a_counter_alone_under_the_body_is_not_the_articles() -> None:
    alone = [f for f in META_FIELDS if not f.alone_under_body]
    assert [f.name for f in alone] == ["clicks"]
    top = [shown(f.name) for f in META_FIELDS if f.name != "clicks"]
    article = parse_article(page(top, [shown("clicks")]))
    assert article.clicks is None


def test_the_command_writes_a_csv_column_per_field() -> None:
    names = [field.name for field in META_FIELDS]
    at = CSV_COLUMNS.index(names[0])
    assert list(CSV_COLUMNS[at : at + len(names)]) == names
