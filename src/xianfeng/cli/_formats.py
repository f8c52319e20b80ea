"""The output formats: one page's record, rendering or CSV row, as text.

Rendering happens where the page is parsed (in a worker with ``--jobs``), so the main
process only writes text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from xianfeng._fields.metaline import META_FIELDS
from xianfeng.cli._pages import Page
from xianfeng.models import Article

__all__ = ["CSV_COLUMNS", "EXTENSIONS", "FORMATS", "SEPARATORS", "Result", "csv_line", "render"]

FORMATS = ("json", "jsonl", "markdown", "html", "text", "csv")
# The file written per page with --output-dir.
EXTENSIONS = {
    "json": ".json",
    "jsonl": ".json",
    "markdown": ".md",
    "html": ".html",
    "text": ".txt",
    "csv": ".csv",
}
# Between two pages on standard output (record formats need none).
SEPARATORS = {"markdown": b"\n---\n\n", "html": b"", "text": b"\f\n"}
# The metadata fields' columns follow the field table: a new field is a new column.
CSV_COLUMNS = (
    "file",
    "url",
    "key",
    "title",
    "column",
    *(field.name for field in META_FIELDS),
    "article_id",
    "page",
    "page_count",
    "warnings",
    "text",
    "error_type",
    "error_message",
)


@attrs.frozen(kw_only=True)
class Result:
    """One page's result, rendered for the chosen format by the worker."""

    name: str
    target: str | None
    """The file it is written to, with ``--output-dir``."""
    rendered: bytes
    """The record or rendering to write, in UTF-8: encoded where the page was parsed, so that
    the main process only moves bytes. Empty for a failed page in a non-record format."""
    error: tuple[str, str] | None = None
    warnings: tuple[str, ...] = ()
    """The codes of the article's warnings."""


def _record(page: Page, article: Article | None, error: tuple[str, str] | None) -> dict[str, Any]:
    if article is not None:
        return {"file": page.name, "url": page.url, "article": article.to_dict()}
    assert error is not None
    return {"file": page.name, "url": page.url, "error": {"type": error[0], "message": error[1]}}


def render(format: str, page: Page, article: Article | None, error: tuple[str, str] | None) -> str:
    """``page``'s result in ``format``: its article, or ``error`` as ``(type, message)``."""
    if format == "json":
        return json.dumps(_record(page, article, error), ensure_ascii=False, indent=2)
    if format == "jsonl":
        return json.dumps(_record(page, article, error), ensure_ascii=False)
    if format == "csv":
        return _csv_row(page, article, error)
    if article is None:
        return ""
    if format == "markdown":
        return article.to_markdown()
    if format == "html":
        return article.to_html()
    return article.to_text()


def _csv_row(page: Page, article: Article | None, error: tuple[str, str] | None) -> str:
    row: dict[str, Any] = {"file": page.name, "url": page.url}
    if article is not None:
        row |= {
            "key": article.key,
            "title": article.title,
            "column": article.column,
            **{field.name: _cell(getattr(article, field.name)) for field in META_FIELDS},
            "article_id": article.article_id,
            "page": article.page,
            "page_count": article.page_count,
            "warnings": " ".join(warning.code for warning in article.warnings),
            "text": article.text,
        }
    if error is not None:
        row |= {"error_type": error[0], "error_message": error[1]}
    return csv_line([row.get(column) for column in CSV_COLUMNS])


def _cell(value: Any) -> Any:
    """A value as a CSV cell: a datetime in ISO 8601, with its UTC offset."""
    return value.isoformat() if isinstance(value, datetime) else value


def csv_line(cells: Sequence[Any]) -> str:
    """One RFC 4180 line; ``None`` is an empty cell."""
    out = io.StringIO()
    csv.writer(out).writerow(["" if cell is None else cell for cell in cells])
    return out.getvalue()
