"""Article ↔ JSON: the dictionaries of :meth:`Article.to_dict` and :meth:`Article.from_dict`.

Driven by the models' own annotations: a new field of a model needs no edit here.
:mod:`xianfeng.schema` describes the same dictionaries as a JSON Schema.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, Union

import attrs

from xianfeng.models import (
    SCHEMA_VERSION,
    Attachment,
    Block,
    Image,
    Media,
    Paragraph,
    Table,
)

__all__ = ["BLOCK_NAMES", "BLOCK_TYPES", "check_version", "from_json", "to_json"]


def check_version(data: Mapping[str, Any]) -> None:
    """Refuse a dictionary without ``schema_version``, or of a version this one cannot read."""
    if "schema_version" not in data:
        raise ValueError(
            "not an Article dictionary: article.schema_version: missing (Article.to_dict() "
            f"writes it; this xianfeng reads schema version {SCHEMA_VERSION})"
        )
    version = data["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ValueError(
            f"unsupported Article dictionary: schema_version {version!r} is not a version "
            f"this xianfeng reads (it reads {SCHEMA_VERSION})"
        )


BLOCK_TYPES: dict[str, type[Block]] = {
    "paragraph": Paragraph,
    "image": Image,
    "table": Table,
    "attachment": Attachment,
    "media": Media,
}
"""Each block type by the ``"type"`` its dictionary carries."""
BLOCK_NAMES = {kind: name for name, kind in BLOCK_TYPES.items()}
"""The ``"type"`` of each block's dictionary."""


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def from_json(value: Any, hint: Any, where: str, *, empty_ok: bool = False) -> Any:
    """Read a JSON value as the annotation ``hint`` says, checking as it goes.

    Driven by the models' own annotations, so a new field needs no edit here. The models
    themselves do not validate: parsers build them from checked values, and a check would
    cost every parse. Raises TypeError/ValueError with ``where`` (the field's path) in front.
    """
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None:
            if type(None) in options:
                return None
            raise TypeError(f"{where}: null where a value is required")
        if sum(1 for option in options if attrs.has(option)) > 1:  # blocks, tagged by "type"
            return _block(value, where)
        (kind,) = (option for option in options if option is not type(None))
        return from_json(value, kind, where, empty_ok=empty_ok)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{where}: expected a list, got {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(
            from_json(element, item, f"{where}[{index}]", empty_ok=empty_ok)
            for index, element in enumerate(value)
        )
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{where}: {value!r} is none of {list(typing.get_args(hint))}")
        return value
    if attrs.has(hint):
        return _model(value, hint, where)
    if hint is datetime:
        return _datetime(value, where)
    if not _fits(value, hint):
        raise TypeError(f"{where}: expected {getattr(hint, '__name__', hint)}, got {value!r}")
    if isinstance(value, str) and not value and not empty_ok:
        raise ValueError(f"{where}: empty text (an absent value is null)")
    return value


def _model(data: Any, kind: Any, where: str) -> Any:
    if not isinstance(data, Mapping):
        raise TypeError(f"{where}: expected an object, got {data!r}")
    fields = attrs.fields(kind)
    unknown = set(data) - {field.name for field in fields} - {"type"}
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}")
    hints = _hints(kind)
    values = {}
    for field in fields:
        if field.name in data:
            cells = kind is Table and field.name == "rows"  # a table cell may be empty
            values[field.name] = from_json(
                data[field.name], hints[field.name], f"{where}.{field.name}", empty_ok=cells
            )
        elif field.default is attrs.NOTHING:
            raise ValueError(f"{where}.{field.name}: missing")
    return kind(**values)


def _block(data: Any, where: str) -> Block:
    if not isinstance(data, Mapping):
        raise TypeError(f"{where}: expected an object, got {data!r}")
    name = data.get("type")
    if name not in BLOCK_TYPES:
        raise ValueError(f"{where}.type: {name!r} is none of {sorted(BLOCK_TYPES)}")
    block: Block = _model(data, BLOCK_TYPES[name], where)
    return block


def _datetime(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"{where}: expected an ISO 8601 string, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not an ISO 8601 date and time") from exc
    if parsed.tzinfo is None:
        raise ValueError(f"{where}: {value!r} has no UTC offset (+08:00 for China)")
    return parsed


def _fits(value: Any, hint: Any) -> bool:
    kind = typing.get_origin(hint) or hint
    if kind is int:  # bool is an int to Python, never to a JSON reader
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def to_json(value: Any) -> Any:
    """Models → dicts (blocks tagged with ``type``), tuples → lists, datetimes → ISO 8601."""
    kind = type(value)
    if attrs.has(kind):
        out = {"type": BLOCK_NAMES[kind]} if kind in BLOCK_NAMES else {}
        for field in attrs.fields(kind):
            out[field.name] = to_json(getattr(value, field.name))
        return out
    if isinstance(value, tuple):
        return [to_json(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
