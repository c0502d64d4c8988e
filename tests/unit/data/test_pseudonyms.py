"""Protect: citizen IDs are replaced by meaningless numbers before anything is counted."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from public_results.data.load import read_table
from public_results.data.pseudonyms import drop_identifiers
from public_results.data.validate import validate_outcome

IDS = ["010203-1234", "anna@example.dk", "x-7f3a9", "010203-1234", "x-7f3a9"]

TODAY = dt.date(2026, 1, 1)


def test_every_citizen_id_becomes_a_number_and_nothing_else_changes(tmp_path, descriptor):
    rows = [f"{i};2022-01-0{n + 1};Praktik" for n, i in enumerate(IDS)]
    (tmp_path / "f.csv").write_text("BorgerID;Dato;Status\n" + "\n".join(rows) + "\n", encoding="utf-8")
    log = validate_outcome(read_table(tmp_path / "f.csv"), descriptor.datasets["forløb"], TODAY)

    protected = drop_identifiers(log)

    assert protected.outcome is log.outcome
    assert protected.events["citizen"].tolist() == [0, 1, 2, 0, 2]  # same person, same number
    assert pd.api.types.is_integer_dtype(protected.events["citizen"])
    pd.testing.assert_frame_equal(protected.events.drop(columns="citizen"), log.events.drop(columns="citizen"))
    text = protected.events.to_csv() + repr(protected)
    assert not any(original in text for original in IDS)
    assert log.events["citizen"].tolist() == IDS  # the input log is left as it was
