"""Plain data for the caches: what a build keeps on disk is JSON, read back without running anything.

A cache folder may be restored by CI, copied with a project or kept on a shared drive, so what is
read back from it is untrusted. Pickle (or marshal) would run whatever was planted in it; JSON
only gives back numbers, texts, lists and mappings. On top of JSON this module writes the few
kinds of value the caches hold, each as a tagged object:

- a tuple as ``{"~t": [...]}``, a date as ``{"~date": "2022-02-15"}``, a Decimal as
  ``{"~dec": "94.5"}``, a mapping whose keys are not all plain texts as ``{"~d": [[key, value]]}``;
- a frozen dataclass that its module has declared keepable (``@keepable``) as
  ``{"~obj": "Figure", "f": {field: value}}``; it is made again with its own constructor from its
  fields, and a name that is not declared, or fields that do not match, make the file damaged.
  A field of plain JSON marked ``metadata={AS_TEXT: True}`` (a chart's spec) is kept as one JSON
  text: read back without a tag check per object, several times faster.

``loads`` raises ValueError for anything else; the caches treat that as a damaged file and compute
anew. ``dumps`` raises TypeError for a value it cannot write (a bug: the caller keeps nothing).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from decimal import Decimal
from typing import Any, TypeVar

KEEPABLE: dict[str, type] = {}  # class name -> class: filled as the value modules are imported
AS_TEXT = "plain_data.as_text"  # field metadata: a plain-JSON field kept as one JSON text

Kept = TypeVar("Kept", bound=type)


def keepable(cls: Kept) -> Kept:
    """Declare a frozen dataclass as a value the caches may hold."""
    if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    KEEPABLE[cls.__name__] = cls
    return cls


def dumps(value: Any) -> str:
    # ``written``: this call's plain form of each small value of scalar fields (a Count), made once
    # and referred to again, so a programme's kept tables (a million counts) are not a million dicts.
    written: dict[tuple[Any, ...], dict[str, Any]] = {}
    return json.dumps(_plain(value, written), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


_SCALARS = (int, str, float, bool, type(None))


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text, object_hook=_value)
    except ValueError:
        raise
    except Exception as error:  # a planted value can make a constructor fail in any way
        raise ValueError(f"not plain data: {type(error).__name__}") from None


def _plain(value: Any, written: dict[tuple[Any, ...], dict[str, Any]]) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_plain(item, written) for item in value]
    if isinstance(value, tuple):
        return {"~t": [_plain(item, written) for item in value]}
    if isinstance(value, dict):
        if all(isinstance(key, str) and not key.startswith("~") for key in value):
            return {key: _plain(item, written) for key, item in value.items()}
        return {"~d": [[_plain(key, written), _plain(item, written)] for key, item in value.items()]}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"~date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"~dec": str(value)}
    name = type(value).__name__
    if KEEPABLE.get(name) is type(value):
        own = tuple(getattr(value, field.name) for field in _fields(type(value)))
        scalar = not _text_fields(type(value)) and all(type(v) in _SCALARS for v in own)
        memo = (type(value), *((type(v), v) for v in own)) if scalar else ()
        if memo in written:
            return written[memo]
        fields = {field.name: _plain(getattr(value, field.name), written) for field in _fields(type(value))}
        for text in _text_fields(type(value)):
            fields[text] = json.dumps(getattr(value, text), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        made = {"~obj": name, "f": fields}
        if scalar:
            written[memo] = made
        return made
    raise TypeError(f"a cache cannot keep a {type(value).__qualname__}")


def _value(found: dict[str, Any]) -> Any:
    """One JSON object read back: a tagged value made again, or the mapping as it is. (Called for
    every object of a file, hundreds of thousands in a large site's figure cache, so the common
    cases, a plain mapping and a keepable object, are decided first and with few steps.)"""
    if len(found) > 2:
        return found  # no tagged value has more than two keys: "~…" keys here are plain texts
    if len(found) == 2:
        if "~obj" in found:
            return _object(found["~obj"], found.get("f"))
        first, second = found
        if first[:1] == "~" or second[:1] == "~":
            raise ValueError(f"an unknown tag {(first if first[:1] == '~' else second)!r}")
        return found
    if not found:
        return found
    ((tag, item),) = found.items()
    if tag[:1] != "~":
        return found
    if tag == "~t":
        return tuple(item)
    if tag == "~d":
        return {_hashable(key): value for key, value in item}
    if tag == "~date":
        return dt.date.fromisoformat(item)
    if tag == "~dec":
        return Decimal(item)
    raise ValueError(f"an unknown tag {tag!r}")  # »~obj« alone, or a tag this module never writes


def _object(name: Any, fields: Any) -> Any:
    """A keepable dataclass made again from its fields (a name not declared, or fields that do not
    match, make the file damaged)."""
    cls = KEEPABLE.get(name) if isinstance(name, str) else None
    if cls is None or not isinstance(fields, dict):
        raise ValueError(f"not a value the caches keep: {name!r}")
    if fields.keys() != _init_names(cls):
        raise ValueError(f"the fields of {name!r} do not match")
    for text in _text_fields(cls):  # kept as JSON text: read without a tag check per object
        fields[text] = json.loads(fields[text])
    return cls(**fields)


@functools.cache
def _init_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in _fields(cls) if field.init)


@functools.cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


@functools.cache
def _text_fields(cls: type) -> tuple[str, ...]:
    """Fields of plain JSON (a chart's spec: thousands of objects, no tagged values) that are
    kept as one JSON text, which the parser reads as a single string."""
    return tuple(field.name for field in _fields(cls) if field.metadata.get(AS_TEXT))


def _hashable(key: Any) -> Any:
    hash(key)  # TypeError (a list, a mapping) is a damaged file
    return key
