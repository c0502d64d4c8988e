"""The suppression's tables kept from one build to the next (privacy/decided.py, figures/decisions.py)."""

from __future__ import annotations

import pytest

from public_results.figures import decisions
from public_results.figures.cache import write_kept
from public_results.privacy import decided, suppression
from public_results.privacy.suppression import HIDDEN, SHOWN, SMALL, suppress

# Four cells in two pairs and their total, threshold 5: a (2) is small, so b is hidden (ab is shown),
# and c or d besides (the total is shown).
GROUPS = {
    "alle": frozenset({"a", "b", "c", "d"}),
    "ab": frozenset({"a", "b"}),
    "cd": frozenset({"c", "d"}),
}
TABLE = {"a": 2, "b": 9, "c": 7, "d": 8}  # a is small: b is hidden with it, and c or d with them


@pytest.fixture
def audits(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Each table the general audit works on; a new process's memo (nothing decided yet)."""
    found: list[tuple] = []
    real = suppression._audited
    monkeypatch.setattr(suppression, "_audited", lambda *table: found.append(table) or real(*table))
    suppression._decided.cache_clear()
    decided.remember({})
    yield found
    suppression._decided.cache_clear()
    decided.remember({})


def next_build(kept: dict[str, list[str]] | None) -> None:
    """What the next build in a new process starts with: these tables, nothing in memory."""
    suppression._decided.cache_clear()
    decided.remember(kept or {})


def test_a_table_decided_in_the_build_before_is_not_audited_again(audits):
    first = suppress(TABLE, GROUPS, 5)
    assert first["a"].status == SMALL and first["b"].status == HIDDEN and len(audits) == 1
    kept = decided.to_keep(100)
    assert kept is not None and len(kept) == 1
    next_build(kept)
    assert suppress(TABLE, GROUPS, 5) == first and len(audits) == 1
    assert decided.to_keep(100) is None  # nothing new: the file is not written again
    assert suppress(TABLE | {"d": 9}, GROUPS, 5)["a"].status == SMALL and len(audits) == 2  # a new table
    assert len(decided.to_keep(100) or {}) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda s: [SHOWN if i == 0 else status for i, status in enumerate(s)],  # the small count shown
        lambda s: [SMALL if i == 1 else status for i, status in enumerate(s)],  # a count of 9 called small
        lambda s: s[:-1],  # one status short
        lambda s: ["vist" if i == 2 else status for i, status in enumerate(s)],  # not a status
    ],
    ids=["small-shown", "nine-small", "one-short", "not-a-status"],
)
def test_kept_statuses_that_cannot_be_the_tables_are_not_used(audits, change):
    first = suppress(TABLE, GROUPS, 5)
    ((key, statuses),) = decided.to_keep(100).items()
    next_build({key: change(statuses)})
    assert suppress(TABLE, GROUPS, 5) == first and len(audits) == 2  # audited again


def test_an_item_hidden_for_a_flow_is_never_taken_shown_from_the_cache(audits):
    hide = frozenset({"c"})
    first = suppress(TABLE, GROUPS, 5, hide=hide)
    assert first["c"].status == HIDDEN
    ((key, statuses),) = decided.to_keep(100).items()
    planted = [SHOWN if name == "c" else status for name, status in zip(first, statuses, strict=True)]
    next_build({key: planted})
    assert suppress(TABLE, GROUPS, 5, hide=hide) == first and len(audits) == 2


def test_what_is_kept_is_this_builds_tables_first_then_earlier_ones_up_to_the_limit(audits):
    suppress(TABLE, GROUPS, 5)
    suppress(TABLE | {"d": 9}, GROUPS, 5)
    earlier = decided.to_keep(100)
    next_build(earlier)
    suppress(TABLE | {"d": 10}, GROUPS, 5)  # the one table of this build
    kept = decided.to_keep(100)
    assert len(kept) == 3 and list(kept)[1:] == list(earlier)
    assert list(decided.to_keep(2)) == list(kept)[:2]


def test_the_file_is_read_back_and_one_of_other_code_or_damaged_is_nothing(audits, tmp_path):
    suppress(TABLE, GROUPS, 5)
    decisions.keep_decisions(tmp_path)
    kept = decisions.read_decisions(tmp_path)
    assert kept == {key: tuple(s) for key, s in decided.to_keep(100).items()}
    next_build(None)
    decisions.remember_decisions(tmp_path)
    suppress(TABLE, GROUPS, 5)
    assert len(audits) == 1 and decided.to_keep(100) is None
    file = tmp_path / decisions.DECISIONS
    write_kept(file, {"code": "other code", "tables": {key: list(s) for key, s in kept.items()}})
    assert decisions.read_decisions(tmp_path) == {}
    file.write_text('{"code": [', encoding="utf-8")
    assert decisions.read_decisions(tmp_path) == {}
    write_kept(file, {"code": "x", "tables": {"k": "shown"}} | {"code": decisions.plugin_code_version()})
    assert decisions.read_decisions(tmp_path) == {}  # statuses that are not a list are left out


def test_the_kept_tables_are_read_only_when_a_table_is_looked_up(audits):
    reads: list[int] = []
    decided.remember(lambda: reads.append(1) or {})
    assert decided.to_keep(100) is None and reads == []  # a build that computed no table: no read
    suppress(TABLE, GROUPS, 5)
    suppress(TABLE | {"d": 9}, GROUPS, 5)
    assert reads == [1] and len(decided.to_keep(100)) == 2
