"""Placing chart text: widths, labels moved apart, round axes, ticks of a time axis whose labels fit."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from public_results.charts.layout import axis_steps, spread, text_width, time_ticks, wrap
from public_results.danish import words

SIZE = 13


def test_text_width_adds_the_advance_of_each_character_and_counts_an_unknown_one_wide():
    assert text_width("", SIZE) == 0
    assert text_width("0", 10) == pytest.approx(6.48)
    assert text_width("11", SIZE) < text_width("00", SIZE)  # figures of their own widths
    assert text_width("☃", 10) == pytest.approx(9.0)


def test_a_long_name_is_broken_at_spaces_into_lines_no_wider_than_asked():
    name = "Tilbud under Ældre- og Handicapforvaltningen [c]"
    lines = wrap(name, 200, 16)
    assert lines == ["Tilbud under Ældre- og", "Handicapforvaltningen [c]"]
    assert " ".join(lines) == name
    assert wrap("Kort", 200, 16) == ["Kort"]
    assert wrap("Handicapforvaltningen", 50, 16) == ["Handicapforvaltningen"]  # a word alone may be wider


def test_labels_far_apart_stay_where_they_want_to_be():
    assert spread([20, 100, 180], [16, 16, 16], 0, 200) == [20, 100, 180]


def test_labels_that_would_overlap_move_apart_around_where_they_want_to_be_and_keep_their_order():
    # 290, 316 and 318 on an axis to 350 over 200 px: the end labels of three lines, 1 px apart
    wanted = [200 * (1 - v / 350) for v in (290, 316, 318)]
    placed = spread(wanted, [17, 17, 17], -20, 200)
    assert placed[2] < placed[1] < placed[0]  # 318 highest, as its line
    assert all(abs(a - b) >= 17 - 1e-9 for a, b in itertools.combinations(placed, 2))
    assert sum(placed) / 3 == pytest.approx(sum(wanted) / 3)  # moved apart evenly, not all down
    assert spread(wanted, [17, 17, 17], 0, 200)[2] == 8.5  # but not above the top


def test_labels_at_an_edge_stay_inside_and_a_taller_label_takes_more_room():
    placed = spread([198, 199, 200], [20, 40, 20], 0, 200)
    assert placed == [130, 160, 190]  # the lowest at the bottom edge, the others stacked above it
    assert spread([1, 2], [20, 20], 0, 200) == [10, 30]


@given(
    st.lists(st.tuples(st.floats(-50, 250, allow_nan=False), st.floats(1, 40, allow_nan=False)), min_size=1, max_size=8)
)
def test_spread_labels_never_overlap_and_keep_their_order(labels):
    wanted, heights = [w for w, _ in labels], [h for _, h in labels]
    placed = spread(wanted, heights, 0, 200)
    order = sorted(range(len(labels)), key=lambda i: (wanted[i], i))
    for a, b in itertools.pairwise(order):
        assert placed[b] - heights[b] / 2 >= placed[a] + heights[a] / 2 - 1e-6  # b wholly below a
    if sum(heights) <= 200:
        assert all(p - h / 2 >= 0 - 1e-6 and p + h / 2 <= 200 + 1e-6 for p, h in zip(placed, heights, strict=True))


@pytest.mark.parametrize(
    ("top", "expected"),
    [(0, (1, 1)), (5, (5, 1)), (7, (7, 1)), (26, (30, 5)), (88, (100, 20)), (109, (120, 20)),
     (318, (350, 50)), (1012, (1200, 200)), (250, (250, 50))],
)  # fmt: skip
def test_an_axis_from_zero_gets_a_round_top_and_whole_round_steps(top, expected):
    assert axis_steps(top) == expected


def ticks(first: dt.date, last: dt.date, width: float) -> list[tuple[str, str]]:
    return [(t.text, t.align) for t in time_ticks(first, last, width, SIZE, words.MONTHS_SHORT)]


def test_a_time_axis_has_its_first_and_last_month_and_years_between_where_they_fit():
    found = ticks(dt.date(2017, 3, 31), dt.date(2023, 12, 31), 290)
    assert found[0] == ("mar. 2017", "left") and found[-1] == ("dec. 2023", "right")
    labelled = [text for text, _ in found[1:-1] if text]
    assert labelled == ["2020", "2021", "2022"]
    assert len(found) == 2 + 6  # every year has its tick; those next to the ends have no label
    wide = ticks(dt.date(2017, 3, 31), dt.date(2023, 12, 31), 500)
    assert [text for text, _ in wide[1:-1] if text] == ["2019", "2020", "2021", "2022"]


def test_a_short_time_axis_has_months_between_and_the_year_where_one_begins():
    found = ticks(dt.date(2017, 3, 31), dt.date(2018, 5, 15), 290)
    assert [text for text, _ in found if text] == ["mar. 2017", "sep.", "nov.", "2018", "maj 2018"]


def test_no_two_tick_labels_collide():
    for first, last, width in itertools.product(
        (dt.date(2017, 3, 31), dt.date(2020, 11, 30)), (dt.date(2021, 1, 31), dt.date(2023, 12, 31)), (200, 290, 700)
    ):
        span = (last - first).days
        boxes = []
        for tick in time_ticks(first, last, width, SIZE, words.MONTHS_SHORT):
            if not tick.text:
                continue
            x, w = width * (tick.day - first).days / span, text_width(tick.text, SIZE)
            left = {"left": x, "center": x - w / 2, "right": x - w}[tick.align]
            assert left >= 0 and left + w <= width + 1e-6
            boxes.append((left, left + w))
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(boxes)), (first, last, width, boxes)


def test_a_time_axis_of_one_day_has_one_tick():
    assert ticks(dt.date(2022, 2, 15), dt.date(2022, 2, 15), 290) == [("feb. 2022", "center")]
