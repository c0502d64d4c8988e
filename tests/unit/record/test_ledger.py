"""The ledger: what pinned pages published is recorded, compared and corrected openly."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.errors import DataError
from public_results.record.ledger import (
    Change,
    Correction,
    Entry,
    as_recorded,
    read_ledger,
    recorded,
    revisions,
    write_ledger,
)

TODAY = dt.date(2024, 1, 10)


def test_a_ledger_is_written_and_read_back_with_its_corrections(tmp_path):
    ledger = {
        "a.md": Entry({"forløb.alle": "238"}, [Correction(TODAY, (Change("forløb.alle", "237", "238"),))]),
        "briefinger/2018-05-15.html": Entry({"nøgletal: forløb.alle": "238"}),
    }
    write_ledger(tmp_path / "ledger.json", ledger)
    assert read_ledger(tmp_path / "ledger.json") == ledger
    assert read_ledger(tmp_path / "none.json") == {}


def test_a_damaged_ledger_is_refused_with_a_fix(tmp_path):
    (tmp_path / "ledger.json").write_text('{"pages": {"a.md": 3}}', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_ledger(tmp_path / "ledger.json")
    assert "git checkout -- ledger.json" in caught.value.report()


def test_revisions_are_the_recorded_figures_that_now_read_otherwise():
    entry = Entry({"forløb.alle": "238", "forløb.aktive": "161", "gone": "1"})
    now = {"forløb.alle": "239", "forløb.aktive": "161", "new": "5"}
    assert revisions(entry, now) == [Change("forløb.alle", "238", "239")]
    assert revisions(None, now) == []


def test_recording_replaces_the_figures_and_keeps_a_dated_correction_when_accepted():
    ledger = {"a.md": Entry({"forløb.alle": "238"}), "b.md": Entry({"forløb.alle": "238"})}
    pages = {"a.md": {"forløb.alle": "239"}, "b.md": {"forløb.alle": "239"}, "c.md": {"x": "1"}}
    after = recorded(ledger, pages, {"a.md": TODAY})
    assert after["a.md"] == Entry({"forløb.alle": "239"}, [Correction(TODAY, (Change("forløb.alle", "238", "239"),))])
    assert after["b.md"].corrections == []  # only an accepted revision is a correction
    assert after["c.md"] == Entry({"x": "1"})


def test_a_hidden_figure_in_old_or_new_words_is_no_revision():
    # ledgers before »et skjult antal« wrote a hidden figure »et ikke oplyst antal« and a small one
    # »færre end 5«; the record now writes »[c]« and »<5«: the same figures
    entry = Entry(
        figures={
            "forløb.praktik": "et ikke oplyst antal",
            "forløb.praktik.brøk": "et ikke oplyst antal af de 205, der er i aktivt forløb",
            "forløb.praktik.andel": "ikke oplyst",
            "forløb.uddannelse": "færre end 5",
            "nøgletal: forløb.værested": "et skjult antal",
        }
    )
    now = {
        "forløb.praktik": "[c]",
        "forløb.praktik.brøk": "[c] af de 205, der er i aktivt forløb",
        "forløb.praktik.andel": "[c]",
        "forløb.uddannelse": "<5",
        "nøgletal: forløb.værested": "et ikke oplyst antal",  # a card's words, read the same way
    }
    assert revisions(entry, now) == []
    assert as_recorded("et skjult antal af de 205, der …") == "[c] af de 205, der …"
    shown_now = {"forløb.praktik": "5", "forløb.uddannelse": "<4"}  # a figure shown now, another threshold
    assert [c.name for c in revisions(entry, shown_now)] == ["forløb.praktik", "forløb.uddannelse"]
