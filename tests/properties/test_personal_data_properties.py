"""Properties (Hypothesis) of the personal-data patterns: finding never raises, masking leaves nothing
personal, and trying the patterns only where a hit can be finds what searching the whole text finds.

The examples the patterns must and must not find are in tests/unit/privacy/test_personal_data.py.
"""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.privacy.personal_data import (
    CPR,
    EMAIL,
    PHONE,
    Hit,
    _find,
    _matches,
    _merge,
    find_personal,
    mask_personal,
)

WORDS = st.lists(st.text(alphabet=string.ascii_letters + "æøåÆØÅ.,:;!?()", min_size=1, max_size=8), max_size=5)


@given(st.text())
def test_find_personal_never_raises_and_masking_keeps_the_length(text):
    hits = find_personal(text)
    masked = mask_personal(text)
    assert all(hit.kind in {"cpr", "email", "phone"} and hit.text in text for hit in hits)
    assert len(masked) == len(text)
    assert find_personal(masked) == []


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(0, 9999),
    st.sampled_from(["", "-", " "]),
    WORDS,
    WORDS,
)
def test_any_valid_cpr_number_between_words_is_found_and_masked(date, serial, dash, before, after):
    cpr = f"{date:%d%m%y}{dash}{serial:04d}"
    text = " ".join([*before, cpr, *after])

    assert Hit("cpr", cpr) in find_personal(text)
    masked = mask_personal(text)
    assert cpr[2:] not in masked
    assert "".join(char for char in masked if char.isdigit()) == cpr[:2]  # the words hold no digits


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789 -.,+@abx#", max_size=30),
            st.sampled_from(["010190-1234", "0101901234", "22 34 56 78", "2234 5678", "anna@ex.dk", "+45 "]),
        ),
        max_size=6,
    ).map("".join)
)
def test_nothing_personal_is_left_after_masking_text_full_of_digits(text):
    masked = mask_personal(text)
    assert find_personal(masked) == []
    assert len(masked) == len(text)
    assert all(hit.text in text for hit in find_personal(text))


@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_ten_digits_are_a_cpr_number_exactly_when_they_start_with_a_real_date(digits):
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:6])

    def exists(century: int) -> bool:
        try:
            dt.date(century + year, month, day)
        except ValueError:
            return False
        return True

    assert (find_personal(digits) == [Hit("cpr", digits)]) == (exists(1900) or exists(2000))


# --- The patterns are tried only where a hit can be ---------------------------------------------

ALPHABET = "0123456789 -+@.,:#/abcæAB_%\u00a0\u2010\u2011\u2013\n"


def whole_text(text: str) -> list[tuple[int, int, str]]:
    """Every pattern tried at every position of ``text`` (the search before it looked for runs)."""
    patterns = (("cpr", CPR), ("email", EMAIL), ("phone", PHONE))
    return _merge([(m.start(), m.end(), kind) for kind, pattern in patterns for m in _matches(pattern, text, kind)])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_searching_runs_finds_what_searching_the_whole_text_finds(text):
    assert _find(text) == whole_text(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["010190-1234", "+45 22 34 56 78", "anna@example.dk", "2234 5678", "x", " ", ",",
                                 "12", "2017 2018", "#2233445566", "0045", "."]), max_size=12))  # fmt: skip
def test_searching_runs_finds_what_searching_the_whole_text_finds_in_realistic_pieces(pieces):
    text = "".join(pieces)
    assert _find(text) == whole_text(text)
