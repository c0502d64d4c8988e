"""Plain data for the caches: values go out as JSON and come back equal; nothing else comes back."""

import datetime as dt
import pickle
from dataclasses import dataclass
from decimal import Decimal

import pytest

from public_results.errors import Problem
from public_results.figures.figure import Pins
from public_results.plain_data import dumps, keepable, loads
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
