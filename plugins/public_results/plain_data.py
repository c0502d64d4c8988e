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
  text: read back without a tag check per object, several times faster;
- such an object whose fields are all numbers, texts, dates or None (a Count, Pins) is written once, in a table
  ahead of the value (``{"~s": [{"~def": …}, …], "~v": value}``), and referred to by its number
  (``{"~r": 3}``): a reference to a number the table has not defined yet makes the file damaged;
- with ``dumps_apart``, a field also marked ``APART`` (a chart's spec: most of a large site's kept
  figures, needed only to draw a chart the drawing cache lacks) goes into a second text, a JSON list,
  and the value holds ``{"~x": 3, "k": [its keys]}``; the first text names the second by its SHA-256
  (``"~a"``). ``loads(text, side=…)`` checks that hash when it reads the first text and gives each
  such field as an ``Apart``: a mapping whose keys are known at once and whose values are parsed
  from the second text when first asked for.

``loads`` raises ValueError for anything else; the caches treat that as a damaged file and compute
anew. ``dumps`` raises TypeError for a value it cannot write (a bug: the caller keeps nothing).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .kept_apart import Apart, Side

KEEPABLE: dict[str, type] = {}  # class name -> class: filled as the value modules are imported
AS_TEXT = "plain_data.as_text"  # field metadata: a plain-JSON field kept as one JSON text
APART = "plain_data.apart"  # field metadata (with AS_TEXT): a mapping kept in the second text of ``dumps_apart``

Kept = TypeVar("Kept", bound=type)


def keepable(cls: Kept) -> Kept:
    """Declare a frozen dataclass as a value the caches may hold."""
    if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    KEEPABLE[cls.__name__] = cls
    return cls


def dumps(value: Any) -> str:
    return _dumps(value, None)[0]


def dumps_apart(value: Any) -> tuple[str, str]:
    """``value`` as plain data, and its ``APART`` fields as a second text ("" when it has none)."""
    return _dumps(value, [])


def _dumps(value: Any, apart: list[str] | None) -> tuple[str, str]:
    # ``written``: each small value of scalar fields (a Count) gets a number the first time it is
    # met; it is written once, in a table before the value (``~s``), and referred to by its number
    # (``{"~r": n}``): a programme's kept tables repeat a few thousand counts some 750,000 times,
    # which are then read back as a few thousand objects.
    written: dict[tuple[Any, ...], dict[str, Any]] = {}
    table: list[dict[str, Any]] = []
    plain = _plain(value, (written, table, apart))
    whole = {"~s": table, "~v": plain} if table else plain  # the table first: read before what refers to it
    side = f"[{','.join(apart)}]" if apart else ""
    if side:
        whole = {**(whole if table else {"~v": plain}), "~a": hashlib.sha256(side.encode()).hexdigest()}
    return json.dumps(whole, ensure_ascii=False, separators=(",", ":"), allow_nan=False), side


_PLAIN_TYPES = frozenset({int, str, float, bool, type(None)})
_TABLED_TYPES = _PLAIN_TYPES | {dt.date}  # fields that let an object go into the table once (a Count; Pins)


def loads(text: str | bytes, side: Callable[[], bytes] | None = None) -> Any:
    """The value ``text`` holds; ``side`` reads the second text of ``dumps_apart`` (only when ``text``
    refers to one: its hash is checked before the value is given back)."""
    defined: list[Any] = []  # the values of the table (``~s``), by number, as they are read
    second = Side(side)
    try:
        value = json.loads(text, object_hook=lambda found: _value(found, defined, second))
    except ValueError:
        raise
    except Exception as error:  # a planted value can make a constructor fail in any way
        raise ValueError(f"not plain data: {type(error).__name__}") from None
    if second.referred and not second.checked:
        raise ValueError("a value kept apart, but no second text named")
    return value


# references by value; the table; the second text's values (None: AS_TEXT fields kept in the first)
Written = tuple[dict[tuple[Any, ...], dict[str, Any]], list[dict[str, Any]], list[str] | None]


def _plain(value: Any, written: Written) -> Any:
    kind = type(value)  # the common kinds by their exact type first (a large site writes millions)
    if kind in _PLAIN_TYPES:
        return value
    if kind is list:
        return [_plain(item, written) for item in value]
    if KEEPABLE.get(kind.__name__) is kind:
        return _kept_object(value, kind, written)
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
    raise TypeError(f"a cache cannot keep a {type(value).__qualname__}")


def _kept_object(value: Any, kind: type, written: Written) -> Any:
    """A keepable object: its fields, or a reference into the table when they are all small."""
    names, read, texts, apart_fields = _layout(kind)
    own = read(value)
    types = tuple(map(type, own))
    scalar = not texts and _TABLED_TYPES.issuperset(types)
    references, table, apart = written
    if scalar:
        memo = (kind, own, types)  # with the types: 1, 1.0 and True are equal but not the same
        if memo in references:
            return references[memo]
    fields = {
        name: (_apart(v, apart) if apart is not None and name in apart_fields else _as_text(v))
        if name in texts
        else _plain(v, written)  # a text: not walked value by value
        for name, v in zip(names, own, strict=True)
    }
    made = {"~obj": kind.__name__, "f": fields}
    if not scalar:
        return made
    references[memo] = {"~r": len(table)}
    table.append({"~def": made})
    return references[memo]


@functools.cache
def _layout(
    kind: type,
) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], frozenset[str], frozenset[str]]:
    """A keepable class's field names, a reader of their values (a tuple), its text fields and
    those of them kept apart."""
    names = tuple(field.name for field in _fields(kind))
    getter = operator.attrgetter(*names) if names else (lambda _: ())
    read = getter if len(names) != 1 else (lambda value: (getter(value),))
    apart = frozenset(field.name for field in _fields(kind) if field.metadata.get(APART))
    return names, read, frozenset(_text_fields(kind)), apart


def _as_text(value: Any) -> str:
    value = value.whole() if isinstance(value, Apart) else value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _apart(value: Any, apart: list[str]) -> dict[str, Any]:
    """A mapping put into the second text, and the reference to it that the first holds."""
    if not (isinstance(value, Mapping) and all(isinstance(key, str) for key in value)):
        raise TypeError(f"only a mapping with text keys is kept apart, not a {type(value).__qualname__}")
    apart.append(_as_text(value))
    return {"~x": len(apart) - 1, "k": list(value)}


def _value(found: dict[str, Any], defined: list[Any], side: Side) -> Any:
    """One JSON object read back: a tagged value made again, or the mapping as it is. (Called for
    every object of a file, hundreds of thousands in a large site's figure cache, so the common
    cases, a reference, a plain mapping and a keepable object, are decided first and with few steps.)"""
    size = len(found)
    if size == 1:
        ((tag, item),) = found.items()
        return _tagged(tag, item, defined) if tag[:1] == "~" else found
    if size == 2:
        if "~obj" in found:
            return _object(found["~obj"], found.get("f"))
        if "~s" in found and "~v" in found:  # the whole: its table was read first
            return found["~v"]
        if "~x" in found and "k" in found:  # a field kept apart (``dumps_apart``)
            return side.refer(found["~x"], found["k"])
        if "~v" in found and "~a" in found:  # the whole, with a second text
            side.check(found["~a"])
            return found["~v"]
        first, second = found
        if first[:1] == "~" or second[:1] == "~":
            raise ValueError(f"an unknown tag {(first if first[:1] == '~' else second)!r}")
    if size == 3 and found.keys() == {"~s", "~v", "~a"}:  # the whole, with its table and a second text
        side.check(found["~a"])
        return found["~v"]
    return found  # no other tagged value has more than two keys: "~…" keys here are plain texts


def _tagged(tag: str, item: Any, defined: list[Any]) -> Any:
    """The value of a one-key object with a tag."""
    if tag == "~r":  # only a value the table defined above
        if type(item) is not int or not 0 <= item < len(defined):
            raise ValueError(f"a reference to nothing: {item!r}")
        return defined[item]
    if tag == "~def":  # a value of the table, numbered in order
        defined.append(item)
        return None
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
        if not isinstance(fields[text], Apart):  # kept apart: read when first asked for
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
