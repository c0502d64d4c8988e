"""The personal-data search tries its patterns only where a hit can be (runs of digits and
separators, an '@'): it finds exactly what searching the whole text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.privacy.personal_data import CPR, EMAIL, PHONE, _find, _matches, _merge

ALPHABET = "0123456789 -+@.,:#abcæAB_%\u00a0\u2010\u2011\u2013\n"


def whole_text(text: str) -> list[tuple[int, int, str]]:
    """Every pattern tried at every position of ``text`` (the search before it looked for runs)."""
    patterns = (("cpr", CPR), ("email", EMAIL), ("phone", PHONE))
    return _merge([(m.start(), m.end(), kind) for kind, pattern in patterns for m in _matches(pattern, text, kind)])


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_searching_runs_finds_what_searching_the_whole_text_finds(text):
    assert _find(text) == whole_text(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["010190-1234", "+45 22 34 56 78", "anna@example.dk", "2234 5678", "x", " ", ",",
                                 "12", "2017 2018", "#2233445566", "0045", "."]), max_size=12))  # fmt: skip
def test_searching_runs_finds_what_searching_the_whole_text_finds_in_realistic_pieces(pieces):
    text = "".join(pieces)
    assert _find(text) == whole_text(text)
