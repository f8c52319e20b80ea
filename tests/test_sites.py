"""A profile learned from a site's own pages only removes template or adds knowledge: over
every site group of ``tests/sites/`` no field is worse with it, and the flagship fixtures
parse the same with a profile learned from them."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from corpus_scoring import Page, score, site_groups
from xianfeng import learn_profile, parse_article

GROUPS = site_groups()
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.*"))


def test_there_are_enough_site_groups() -> None:
    assert len(GROUPS) >= 8
    assert all(len(group) >= 5 for group in GROUPS.values())


@pytest.mark.parametrize("site", sorted(GROUPS))
def test_no_field_is_worse_with_the_profile_learned_from_the_site(site: str) -> None:
    group = GROUPS[site]
    learned = learn_profile([page.path.read_bytes() for page in group], name=site)
    for page in group:
        before = score(page)
        after = score(page, partial(Page.parse, profile=learned))
        worse = [
            field for field, right in before.items() if right is True and after[field] is not True
        ]
        assert not worse, f"{site}/{page.name}: {worse}"


def test_the_template_text_a_site_carries_is_learned_and_left_out() -> None:
    group = GROUPS["yidagong_dedecms_fallback"]
    learned = learn_profile([page.path.read_bytes() for page in group])
    warning = next(line for line in learned.boilerplate if line.startswith("你会看到这个提示"))
    for page in group:
        assert warning in page.parse().text
        assert warning not in page.parse(learned).text


def test_the_flagship_parses_the_same_with_a_profile_learned_from_it() -> None:
    learned = learn_profile([path.read_bytes() for path in FIXTURES], name="哈尔滨先锋网")
    for path in FIXTURES:
        page = path.read_bytes()
        assert parse_article(page, profile=learned) == parse_article(page), path.parent.name


@pytest.mark.parametrize("site", ["corp400_phpcms", "yidagong_dedecms_fallback"])
def test_a_site_learned_in_any_order_gives_the_same_profile(site: str) -> None:
    pages = [page.path.read_bytes() for page in GROUPS[site]]
    learned = learn_profile(pages)
    assert learned.evidence  # these sites carry template text: something was learned
    assert learn_profile(reversed(pages)) == learned
    assert learn_profile(pages[3:] + pages[:3]) == learned
