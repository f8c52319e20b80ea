"""Articles cross process boundaries: they pickle, and compare equal on the other side."""

from __future__ import annotations

import concurrent.futures
import pickle
from pathlib import Path

import pytest

from conftest import Case, cases
from test_models import ARTICLE, MINIMAL
from xianfeng import Article, parse_article

CASES = cases()


def _parse(path: str, url: str | None) -> Article:
    return parse_article(Path(path).read_bytes(), url=url)


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_parsed_article_pickles_and_compares_equal(case: Case, protocol: int) -> None:
    article = _parse(str(case.page), case.url)
    back = pickle.loads(pickle.dumps(article, protocol=protocol))
    assert back == article
    assert back is not article
    assert back.key == article.key
    assert back.to_dict() == article.to_dict()


@pytest.mark.parametrize("article", [ARTICLE, MINIMAL], ids=["every-block-type", "minimal"])
def test_a_model_article_pickles(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article


def test_articles_parsed_in_worker_processes_equal_those_parsed_here() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(_parse, [str(c.page) for c in CASES], [c.url for c in CASES]))
    assert there == [_parse(str(c.page), c.url) for c in CASES]
