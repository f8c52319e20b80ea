"""Shared test helpers: the fixture cases under ``tests/fixtures/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@attrs.frozen
class Case:
    """One golden page: ``page.txt``/``page.html``, ``expected.json``, ``meta.json``."""

    name: str
    page: Path
    meta: dict[str, Any]

    @property
    def expected(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.page.parent / "expected.json").read_text("utf-8"))
        return data

    @property
    def url(self) -> str | None:
        return self.meta.get("url")


def cases() -> list[Case]:
    found = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        page = next(folder.glob("page.*"))
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        found.append(Case(name=folder.name, page=page, meta=meta))
    return found


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-text" / "page.txt").read_text("utf-8")


# Hypothesis profiles. "ci" (the default) is bounded and deterministic: a few thousand examples
# over the whole suite, the same ones on every run. "long" is for local bug hunts:
# HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=5_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
