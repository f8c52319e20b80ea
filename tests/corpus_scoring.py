"""Scoring a parse of a real corpus page against what a person read off it.

Shared by the golden test (``tests/test_corpus.py``) and the scorer
(``benchmarks/accuracy.py``). A field is *right* when the parser's value equals the expected
one; text is compared without whitespace (a stored NBSP may have become a space), and a
published time to the second.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from xianfeng import (
    Article,
    Attachment,
    Image,
    NotAnArticleError,
    Paragraph,
    Profile,
    Table,
    parse_article,
)

CORPUS = Path(__file__).parent / "corpus"
SITES = Path(__file__).parent / "sites"
"""Site groups: several pages of one site each, in ``sites/<site>/<NN>/`` (same files)."""
FINGERPRINT = CORPUS / "FINGERPRINT.json"
"""The digest of every page's ``expected.json``, as last recorded on purpose."""

FIELDS = (
    "title", "column", "published", "source", "author", "clicks", "credits",
    "first_paragraph", "last_paragraph", "headings", "footer_host", "footer_icp",
    "body_contains", "body_excludes",
)  # fmt: skip
"""The fields scored on an article page. A non-article page scores one field, ``refused``."""
HALVES = ("tune", "check")

_SPACE_RE = re.compile(r"\s+")


@attrs.frozen
class Page:
    """One corpus page: its folder, what a person read off it, and where it comes from."""

    name: str
    path: Path
    expected: dict[str, Any]
    meta: dict[str, Any]

    @property
    def is_article(self) -> bool:
        return bool(self.expected["article"])

    @property
    def kind(self) -> str:
        return self.path.suffix.lstrip(".")

    @property
    def site(self) -> str:
        """The site the page comes from: its host, lower-cased, without ``www.``."""
        host = str(self.meta["host"]).lower()
        return host.removeprefix("www.")

    @property
    def half(self) -> str:
        """``"tune"`` or ``"check"``: the half of the corpus the page's site falls in.

        The rule is fixed, and by site, never by page: the first hex digit of the SHA-256 of
        :attr:`site` (UTF-8), 0–7 tune, 8–f check. The parser may be changed to fix a miss
        on a tune page; a miss on a check page is only noted (see ``README.md``).
        """
        digit = hashlib.sha256(self.site.encode("utf-8")).hexdigest()[0]
        return "tune" if digit in "01234567" else "check"

    def parse(self, profile: Profile | None = None) -> Article:
        return parse_article(self.path.read_bytes(), url=self.meta.get("url"), profile=profile)


def pages(root: Path = CORPUS) -> list[Page]:
    """Every page of a folder of page folders (the corpus, or one site group), in order."""
    found = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        found.append(
            Page(
                name=folder.name,
                path=next(folder.glob("page.*")),
                expected=json.loads((folder / "expected.json").read_text("utf-8")),
                meta=json.loads((folder / "meta.json").read_text("utf-8")),
            )
        )
    return found


def site_groups() -> dict[str, list[Page]]:
    """Each site group of ``tests/sites/``: its folder name → its pages."""
    return {folder.name: pages(folder) for folder in sorted(SITES.iterdir()) if folder.is_dir()}


def fingerprint() -> dict[str, str]:
    """Each corpus page's gold, digested: its folder name → the SHA-256 of its
    ``expected.json``'s values (written again with sorted keys, so that a change of layout or
    line endings is no change of gold, and any change of a value is)."""
    digests = {}
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        gold = json.loads((folder / "expected.json").read_text("utf-8"))
        canonical = json.dumps(gold, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digests[folder.name] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return digests


def squeeze(text: str | None) -> str | None:
    """Text without any whitespace: how texts are compared."""
    return None if text is None else _SPACE_RE.sub("", text.replace("\xa0", " "))


def body_texts(article: Article) -> list[str]:
    """The body as a reader sees it, in order: paragraphs, image captions, attachment labels."""
    texts: list[str] = []
    for section in article.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, Image) and block.caption:
                texts.append(block.caption)
            elif isinstance(block, Attachment):
                texts.append(block.label)
    return texts


def actual_values(article: Article) -> dict[str, Any]:
    """The scored fields of a parsed article, in the form ``expected.json`` writes them."""
    body = body_texts(article)
    return {
        "title": article.title,
        "column": article.column,
        "published": None if article.published is None else article.published.isoformat(),
        "source": article.source,
        "author": article.author,
        "clicks": article.clicks,
        "credits": [{"role": c.role, "name": c.name} for c in article.credits],
        "first_paragraph": body[0] if body else None,
        "last_paragraph": body[-1] if body else None,
        "headings": [s.heading for s in article.sections if s.heading is not None],
        "footer_host": article.footer.host,
        "footer_icp": article.footer.icp,
        "body_text": "\n".join(
            [
                *body,
                *(s.heading for s in article.sections if s.heading is not None),
                *(
                    cell
                    for section in article.sections
                    for block in section.blocks
                    if isinstance(block, Table)
                    for row in block.rows
                    for cell in row
                ),
            ]
        ),
    }


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, str) or isinstance(actual, str):
        return squeeze(expected) == squeeze(actual)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(map(_same, expected, actual))
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            _same(expected[key], actual[key]) for key in expected
        )
    return bool(expected == actual)


def expected_value(page: Page, field: str) -> Any:
    if field in ("footer_host", "footer_icp"):
        return page.expected["footer"][field.removeprefix("footer_")]
    return page.expected[field]


def field_right(page: Page, field: str, actual: dict[str, Any]) -> bool:
    """Whether the parse got one field of an article page right."""
    want = expected_value(page, field)
    if field == "body_contains":
        body = squeeze(actual["body_text"]) or ""
        return all((squeeze(snippet) or "") in body for snippet in want)
    if field == "body_excludes":
        body = squeeze(actual["body_text"]) or ""
        return not any((squeeze(snippet) or "") in body for snippet in want)
    return _same(want, actual[field])


def score(page: Page, parse: Callable[[Page], Article] = Page.parse) -> dict[str, bool | str]:
    """Each field of one page → right (True), wrong (False) or why it was not scored (str).

    A non-article page scores ``refused``: right when the parser raises NotAnArticleError.
    An article page the parser refuses scores every field wrong.
    """
    if not page.is_article:
        try:
            parse(page)
        except NotAnArticleError:
            return {"refused": True}
        return {"refused": False}
    try:
        actual = actual_values(parse(page))
    except NotAnArticleError:
        return dict.fromkeys(FIELDS, False)
    return {field: field_right(page, field, actual) for field in FIELDS}
