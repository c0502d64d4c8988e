"""Plain data for the caches: values go out as JSON and come back equal; nothing else comes back."""

import datetime as dt
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from public_results.errors import Problem
from public_results.figures.figure import Pins
from public_results.kept_apart import Apart, as_dict
from public_results.plain_data import APART, AS_TEXT, dumps, dumps_apart, keepable, loads
from public_results.privacy.suppression import HIDDEN, Count


def test_the_values_the_caches_hold_come_back_equal() -> None:
    value = {
        "tuple": (1, "to", None),
        ("a", 2): [1.5, True],
        dt.date(2022, 2, 15): Decimal("94.5"),
        "count": Count(2, HIDDEN),
        "pins": Pins(data_date=dt.date(2022, 2, 15)),
        "problem": Problem(file="a.md", line=3, what="noget", fix="gør noget"),
        "~looks like a tag": "still a text",
    }
    again = loads(dumps(value))
    assert again == value
    assert type(again["tuple"]) is tuple and type(again["count"]) is Count


@pytest.mark.parametrize(
    "text",
    [
        '{"~obj": "Popen", "f": {"args": ["touch", "/tmp/x"]}}',  # a class that is not declared keepable
        '{"~obj": "Count", "f": {"value": 1}}',  # fields that do not match
        '{"~obj": "Count", "f": {"value": 1, "status": "x", "extra": 3}}',
        '{"~call": "os.system"}',  # an unknown tag
        '{"~t": [1], "more": 2}',
        '{"~d": [[[1], 2]]}',  # a key that cannot be a key
        '{"~dec": "not a number"}',
        '{"~date": "2022-13-45"}',
        "[" * 100_000,  # nesting beyond the parser's limit
        "not json at all",
    ],
)
def test_anything_else_is_a_damaged_file(text: str) -> None:
    with pytest.raises(ValueError):
        loads(text)


@pytest.mark.hardening
def test_a_pickle_is_not_read() -> None:
    with pytest.raises(ValueError):
        loads(pickle.dumps({"a": 1}))


def test_what_cannot_be_kept_is_refused_when_written() -> None:
    with pytest.raises(TypeError):
        dumps({"a": object()})
    with pytest.raises(TypeError):
        keepable(type("Loose", (), {}))


def test_equal_small_values_are_written_alike_and_one_in_a_float_stays_a_float() -> None:
    @keepable
    @dataclass(frozen=True)
    class Share:
        value: float | int

    counts = [Count(3, HIDDEN), Count(3, HIDDEN), Count(3, "shown"), Share(1), Share(1.0), Share(True)]
    text = dumps(counts)
    assert text.count('{"~obj":"Count","f":{"value":3,"status":"hidden"}}') == 1  # in the table, once
    assert text.count('{"~r":0}') == 2  # and referred to where it stands
    again = loads(text)
    assert again == counts and [type(v.value) for v in again[3:]] == [int, float, bool]
    assert again[0] is again[1]  # made once when read back (they are frozen)
    pins = [Pins(data_date=dt.date(2022, 2, 15)), Pins(data_date=dt.date(2022, 2, 15)), Pins(survey_round="2023")]
    text = dumps(pins)
    assert text.count('"2022-02-15"') == 1 and text.count('{"~r":0}') == 2  # a date field too
    assert loads(text) == pins


@pytest.mark.parametrize(
    "text",
    [
        '{"~s": [], "~v": {"~r": 0}}',  # a number the table does not define
        '{"~s": [{"~def": 1}], "~v": {"~r": -1}}',
        '{"~s": [{"~def": 1}], "~v": {"~r": "0"}}',
        '{"~s": [{"~def": 1}], "~v": {"~r": true}}',
        '{"~v": {"~r": 0}, "~s": [{"~def": 1}]}',  # referred to before the table
    ],
)
def test_a_reference_to_nothing_defined_above_it_is_a_damaged_file(text: str) -> None:
    with pytest.raises(ValueError):
        loads(text)


@keepable
@dataclass(frozen=True)
class Drawn:
    """A value with a field kept apart, as a chart view's spec is."""

    name: str
    spec: dict = field(metadata={AS_TEXT: True, APART: True})


def test_a_field_kept_apart_goes_to_the_second_text_and_is_read_from_it_only_when_asked_for() -> None:
    value = {"views": [Drawn("a", {"narrow": {"n": 1}, "wide": {"w": [2]}}), Drawn("b", {"mark": "bar"})]}
    text, side = dumps_apart(value)
    assert '"narrow"' in text and '"w"' not in text and '"w":[2]' in side  # the keys stay, the values go apart
    assert loads(dumps(value)) == value  # dumps alone keeps everything in one text
    read: list[bool] = []
    again = loads(text, lambda: read.append(True) or side.encode())
    first = again["views"][0].spec
    assert isinstance(first, Apart) and read == [True]  # the second text read once, for its hash
    assert list(first) == ["narrow", "wide"] and "wide" in first and first._side.items is None  # not parsed yet
    assert as_dict(first) == {"narrow": {"n": 1}, "wide": {"w": [2]}} and first["wide"] == {"w": [2]}
    assert as_dict(again["views"][1].spec) == {"mark": "bar"}
    text, side = dumps_apart(again)
    assert loads(text, side.encode) == value  # written again as it was


@pytest.mark.parametrize(
    "damage",
    [
        lambda text, side: (text, None),  # no second text to read
        lambda text, side: (text, side.replace("bar", "pie")),  # another second text than the one named
        lambda text, side: (text.replace(',"~a":', ',"~b":'), side),  # a reference, but no second text named
        lambda text, side: (text.replace('"~x":1', '"~x":7'), side),  # a number the second text lacks: on reading
    ],
)
def test_a_second_text_that_is_missing_or_not_the_one_named_is_a_damaged_file(damage) -> None:
    text, side = damage(*dumps_apart([Drawn("a", {"narrow": 1}), Drawn("b", {"mark": "bar"})]))
    with pytest.raises(ValueError):
        found = loads(text, None if side is None else side.encode)
        [as_dict(drawn.spec) for drawn in found]
