"""The versioned JSON codec: the public output format of communique.

``encode(analysis)`` gives the per-document object documented in
``docs/schema.md`` (JSON Schema: ``communique/schema/communique-1.json``);
``decode(obj)`` gives the Analysis back (document, actors, events, errors).
Only these dicts cross process and machine boundaries.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from importlib import resources
from typing import Any

from . import model
from .model import Analysis, Document, ReadError

SCHEMA = "communique/1"

# Internal NLP layers are not part of the public record.
_PRIVATE = {"sentences", "tokens", "mentions", "dates", "layers"}


class CodecError(ValueError):
    """A JSON object that is not a valid communique record."""


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (in order), None for any other type."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


_LEAVES = frozenset({str, int, float, bool, type(None)})  # most values: returned as they are


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, recursively."""
    if type(value) in _LEAVES:
        return value
    names = _field_names(type(value))  # a dataclass instance (a dataclass itself is a type)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, (frozenset, set)):
        return sorted(to_plain(v) for v in value)
    return value


def document_dict(doc: Document) -> dict[str, Any]:
    out = to_plain(doc)
    del out["text"]
    out["hash"] = doc.hash
    return out


def encode(analysis: Analysis) -> dict[str, Any]:
    """The public per-document record."""
    return {
        "schema": SCHEMA,
        "document": document_dict(analysis.document),
        "actors": [to_plain(a) for a in analysis.actors],
        "events": [to_plain(e) for e in analysis.events],
        "errors": list(analysis.errors),
    }


def encode_error(error: ReadError) -> dict[str, Any]:
    """The record of a document that could not be read."""
    return {
        "schema": SCHEMA,
        "document": {"id": error.id, "title": None, "published": None, "lang": None,
                     "source": error.path, "url": None, "hash": None},
        "actors": [],
        "events": [],
        "errors": [str(error)],
    }


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        (item_tp, *_rest) = typing.get_args(tp)
        return tuple(_build(item_tp, v) for v in value)
    if origin is frozenset:
        return frozenset(value)
    if dataclasses.is_dataclass(tp):
        return from_plain(tp, value)
    return value


def from_plain(cls: type, data: dict[str, Any]) -> Any:
    """Build dataclass ``cls`` from a plain dict; unknown keys are ignored."""
    if not isinstance(data, dict):
        raise CodecError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _build(hints[f.name], data[f.name])
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise CodecError(f"{cls.__name__}: {exc}") from exc


def decode(obj: dict[str, Any]) -> Analysis:
    """The Analysis (document, actors, events, errors) of a public record."""
    if obj.get("schema") != SCHEMA:
        raise CodecError(f"unknown schema {obj.get('schema')!r}, expected {SCHEMA!r}")
    doc = dict(obj["document"])
    doc.pop("hash", None)
    doc["title"] = doc.get("title") or ""
    doc.setdefault("text", "")
    return Analysis(
        document=from_plain(Document, {k: v for k, v in doc.items() if v is not None or k == "id"}),
        actors=tuple(from_plain(model.Actor, a) for a in obj.get("actors", [])),
        events=tuple(from_plain(model.Event, e) for e in obj.get("events", [])),
        errors=tuple(obj.get("errors", [])),
    )


def dumps(obj: dict[str, Any], *, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of the public record."""
    text = resources.files("communique").joinpath("schema/communique-1.json").read_text("utf-8")
    return json.loads(text)


def validate(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``obj`` breaks the schema."""
    import jsonschema

    jsonschema.validate(obj, json_schema())
