"""Small-count suppression on hand-made tables whose protection was worked out by hand.

Each test gives a table (cells and published sums), the statuses ``protect.suppress`` must give,
and why they protect the small cells. ``reader_values`` checks the protection the way a reader
could attack it: it lists every value a suppressed cell can take given the shown numbers, that
counts are whole and non-negative, and (``knows_status``) what the site's own words say about a
suppressed count: »færre end 5« (SMALL) is 1 to threshold-1, »et skjult antal« (HIDDEN)
is 0 or at least the threshold, since anything in between would have been SMALL.
"""

from __future__ import annotations

from public_results.data.descriptor import read_descriptor
from public_results.privacy import suppression
from public_results.privacy.suppression import HIDDEN, SHOWN, SMALL, Count, single, suppress, suppress_with_total
from support import ROOT

EXAMPLE = ROOT / "data" / "datasets.yaml"

# The outcome table of the example site: data/datasets.yaml, forløb (categories and groups).
CATEGORIES = (
    "afklaring", "praktik", "løntilskud", "frivilligt", "uddannelse",
    "paragraf_103", "paragraf_104", "værested", "uden_beskæftigelse", "andre_årsager",
)  # fmt: skip
GROUPS = {
    "alle": frozenset(CATEGORIES),
    "aktive": frozenset({"afklaring", "praktik", "løntilskud", "frivilligt"}),
    "placeret": frozenset({"praktik", "løntilskud", "frivilligt"}),
    "afsluttet": frozenset(CATEGORIES) - {"afklaring"},
    "meningsfuld": frozenset(CATEGORIES) - {"afklaring", "uden_beskæftigelse", "andre_årsager"},
    "løntilskud_praktik": frozenset({"praktik", "løntilskud"}),
    "uddannelse_tilbud": frozenset({"uddannelse", "paragraf_103", "paragraf_104", "værested"}),
    "tilbud": frozenset({"paragraf_103", "paragraf_104", "værested"}),
}

MAY_2018 = {
    "afklaring": 61, "praktik": 9, "løntilskud": 74, "frivilligt": 17, "uddannelse": 2,
    "paragraf_103": 6, "paragraf_104": 5, "værested": 3, "uden_beskæftigelse": 47, "andre_årsager": 14,
}  # fmt: skip
FEBRUARY_2022 = {
    "afklaring": 92, "praktik": 5, "løntilskud": 82, "frivilligt": 26, "uddannelse": 9,
    "paragraf_103": 61, "paragraf_104": 48, "værested": 37, "uden_beskæftigelse": 210, "andre_årsager": 220,
}  # fmt: skip


def statuses(result: dict[str, Count]) -> tuple[set[str], set[str]]:
    """(the SMALL items, the HIDDEN items)."""
    return (
        {name for name, count in result.items() if count.status == SMALL},
        {name for name, count in result.items() if count.status == HIDDEN},
    )


def reader_values(
    cells: dict[str, int], sums: dict[str, frozenset[str]], threshold: int, knows_status: bool = True
) -> dict[str, set[int]]:
    """Every value each suppressed cell can take for a reader of the protected table (brute force)."""
    result = suppress(cells, sums, threshold)

    def members(item: str) -> frozenset[str]:
        return sums.get(item, frozenset({item}))

    def possible(item: str, value: int) -> bool:
        status = result[item].status
        if status == SHOWN:
            return value == result[item].value
        if not knows_status:
            return value >= 0
        return 0 < value < threshold if status == SMALL else not 0 < value < threshold

    unknown = [c for c in cells if result[c].suppressed]
    domains = []
    for cell in unknown:
        ceiling = min(result[s].value for s in sums if cell in sums[s] and result[s].status == SHOWN)
        domains.append([v for v in range(ceiling + 1) if possible(cell, v)])
    found: dict[str, set[int]] = {c: set() for c in unknown}
    # Every combination of values, but each shown or marked item is checked as soon as the last of its
    # unknown cells has a value, so a combination that already fails is not extended (a 2 × 2 table:
    # 0.1 s instead of 1.5 s); an item with no unknown cell is checked once, before any guess.
    position = {cell: depth for depth, cell in enumerate(unknown)}
    fixed: list[str] = []
    checks: list[list[str]] = [[] for _ in unknown]
    for item in result:
        depths = [position[c] for c in members(item) if c in position]
        (checks[max(depths)] if depths else fixed).append(item)
    guess = dict(cells)
    if not all(possible(item, sum(guess[c] for c in members(item))) for item in fixed):
        return found

    def extend(depth: int) -> None:
        if depth == len(unknown):
            for cell in unknown:
                found[cell].add(guess[cell])
            return
        for value in domains[depth]:
            guess[unknown[depth]] = value
            if all(possible(item, sum(guess[c] for c in members(item))) for item in checks[depth]):
                extend(depth + 1)

    extend(0)
    return found


def test_the_golden_outcome_table_is_the_example_sites_table():
    outcome = read_descriptor(EXAMPLE).datasets["forløb"]
    assert tuple(c.key for c in outcome.categories) == CATEGORIES
    assert {g.key: frozenset(g.categories) for g in outcome.groups} == GROUPS


def test_may_2018_hides_the_offers_group_so_education_and_drop_in_cannot_be_worked_out():
    # Threshold 5: uddannelse 2 and værested 3 are SMALL; no sum is below 5 (tilbud = 6+5+3 = 14,
    # uddannelse_tilbud = 2+6+5+3 = 16). Without a secondary, værested = tilbud − §103 − §104
    # = 14 − 6 − 5 and uddannelse = uddannelse_tilbud − tilbud = 16 − 14. Hiding tilbud (14) breaks
    # both: every other published sum that holds uddannelse or værested (uddannelse_tilbud,
    # meningsfuld, afsluttet, alle) holds both, so the shown numbers give only their sum,
    # uddannelse + værested = uddannelse_tilbud − §103 − §104 = 16 − 6 − 5 = 5, and tilbud
    # = 11 + værested. Any split 1+4, 2+3, 3+2, 4+1 fits, so neither is pinned, and 5 people
    # together is not a small count. It is also the cheapest choice: something holding værested
    # but not uddannelse must go, and tilbud is the only such published sum. Published: alle 238,
    # aktive 161, placeret 100, afsluttet 177, meningsfuld 116, løntilskud_praktik 83,
    # uddannelse_tilbud 16 and every other cell; the meningsfuld breakdown shows
    # 83, 17, [c], [c] of 116.
    result = suppress(MAY_2018, GROUPS, 5)

    assert statuses(result) == ({"uddannelse", "værested"}, {"tilbud"})
    assert (result["alle"], result["meningsfuld"], result["afsluttet"]) == (Count(238), Count(116), Count(177))
    assert reader_values(MAY_2018, GROUPS, 5) == {"uddannelse": {1, 2, 3, 4}, "værested": {1, 2, 3, 4}}


def test_may_2018_with_threshold_3_hides_drop_in_and_the_offers_group_to_protect_education():
    # Threshold 3: only uddannelse (2) is SMALL; værested (3) may be shown. But uddannelse =
    # uddannelse_tilbud − tilbud, and with tilbud hidden uddannelse = uddannelse_tilbud − §103 −
    # §104 − værested, so one item is not enough: tilbud must go together with one of §103, §104 or
    # værested, and værested (3) is the smallest. The reader gets uddannelse + værested = 5 with
    # uddannelse »færre end 3«: 1+4 or 2+3.
    result = suppress(MAY_2018, GROUPS, 3)

    assert statuses(result) == ({"uddannelse"}, {"værested", "tilbud"})
    assert reader_values(MAY_2018, GROUPS, 3) == {"uddannelse": {1, 2}, "værested": {3, 4}}


def test_february_2022_has_nothing_to_suppress():
    # Every cell is at least 5 (praktik is exactly 5), so every sum is too.
    result = suppress(FEBRUARY_2022, GROUPS, 5)

    assert all(count.status == SHOWN for count in result.values())
    assert result["aktive"] == Count(205)
    assert result["placeret"] == Count(113)


def test_one_small_cell_in_a_breakdown_hides_the_smallest_other_cell_and_shows_zeros():
    cells = {"a": 3, "b": 12, "c": 7, "d": 20, "e": 0}
    sums = {"total": frozenset(cells)}

    result = suppress(cells, sums, 5)

    assert statuses(result) == ({"a"}, {"c"})
    assert result["e"] == Count(0) and result["total"] == Count(42)
    assert reader_values(cells, sums, 5) == {"a": {1, 2, 3, 4}, "c": {6, 7, 8, 9}}  # a + c = 10


def test_two_small_cells_in_a_breakdown_protect_each_other_without_a_secondary():
    cells = {"a": 2, "b": 3, "c": 12, "d": 20}
    sums = {"total": frozenset(cells)}

    assert statuses(suppress(cells, sums, 5)) == ({"a", "b"}, set())
    assert reader_values(cells, sums, 5) == {"a": {1, 2, 3, 4}, "b": {1, 2, 3, 4}}  # a + b = 5


def test_a_small_total_is_small_itself_and_its_zero_cell_is_shown():
    cells = {"a": 1, "b": 2, "c": 0}

    result = suppress(cells, {"total": frozenset(cells)}, 5)

    assert statuses(result) == ({"a", "b", "total"}, set())
    assert result["c"] == Count(0)


def test_a_group_of_one_cell_is_suppressed_with_that_cell():
    # g has the same vector as a: both are SMALL; a = total − b − c, so the smallest other cell goes.
    cells = {"a": 3, "b": 10, "c": 12}
    sums = {"total": frozenset(cells), "g": frozenset({"a"})}

    assert statuses(suppress(cells, sums, 5)) == ({"a", "g"}, {"b"})
    assert statuses(suppress(cells | {"a": 7}, sums, 5)) == (set(), set())


def test_a_two_by_two_table_with_one_small_cell_hides_all_four_cells_and_shows_the_margins():
    # Margins r1 12, r2 28, c1 10, c2 30, total 40. With all margins shown, one small cell can be
    # recovered from its row or its column, and each further cell from the other margin: a whole
    # rectangle must go. The four cells then move together (x, 12−x, 10−x, 18+x).
    cells = {"r1c1": 2, "r1c2": 10, "r2c1": 8, "r2c2": 20}
    sums = {
        "r1": frozenset({"r1c1", "r1c2"}),
        "r2": frozenset({"r2c1", "r2c2"}),
        "c1": frozenset({"r1c1", "r2c1"}),
        "c2": frozenset({"r1c2", "r2c2"}),
        "total": frozenset(cells),
    }

    result = suppress(cells, sums, 5)

    assert statuses(result) == ({"r1c1"}, {"r1c2", "r2c1", "r2c2"})
    assert all(result[m].status == SHOWN for m in ("r1", "r2", "c1", "c2", "total"))
    assert reader_values(cells, sums, 5, knows_status=False)["r1c1"] == set(range(11))
    assert reader_values(cells, sums, 5)["r1c1"] == {1, 2, 3, 4}


def test_a_two_by_three_table_with_one_small_cell_hides_the_cheapest_rectangle():
    cells = {"r1c1": 2, "r1c2": 10, "r1c3": 30, "r2c1": 8, "r2c2": 20, "r2c3": 40}
    sums = {f"r{i}": frozenset({f"r{i}c1", f"r{i}c2", f"r{i}c3"}) for i in (1, 2)}
    sums |= {f"c{j}": frozenset({f"r1c{j}", f"r2c{j}"}) for j in (1, 2, 3)} | {"total": frozenset(cells)}

    assert statuses(suppress(cells, sums, 5)) == ({"r1c1"}, {"r1c2", "r2c1", "r2c2"})


# --- A reader who knows the rule: »færre end 5« is 1 to 4, »et skjult antal« is 0 or 5 and up -----


def looks_the_same(
    other: dict[str, int], cells: dict[str, int], sums: dict[str, frozenset[str]], threshold: int
) -> bool:
    """Whether table ``other`` gives a reader exactly the page that ``cells`` gives (same shown
    numbers, and each suppressed item still fits the words the site uses for it)."""
    result = suppress(cells, sums, threshold)
    for item, count in result.items():
        value = sum(other[c] for c in sums.get(item, frozenset({item})))
        if count.status == SHOWN and value != count.value:
            return False
        if count.status == SMALL and not 0 < value < threshold:
            return False
        if count.status == HIDDEN and 0 < value < threshold:
            return False
    return True


def test_two_small_cells_of_one_each_are_not_given_away_by_their_total():
    # Shown alone, a + b = 24 − 10 − 12 = 2 and both »færre end 5«: both are 1. Hiding c (10) as
    # well leaves a + b + c = 12 with c »et skjult antal«: a and b are anything from 1 to 4.
    cells = {"a": 1, "b": 1, "c": 10, "d": 12}
    sums = {"total": frozenset(cells)}

    assert statuses(suppress(cells, sums, 5)) == ({"a", "b"}, {"c"})
    assert reader_values(cells, sums, 5) == {"a": {1, 2, 3, 4}, "b": {1, 2, 3, 4}, "c": set(range(5, 11))}


def test_a_small_cell_of_one_is_not_given_away_by_a_hidden_cell_of_exactly_the_threshold():
    # Hiding b (5) would leave a + b = 28 − 10 − 12 = 6: b is not 1–4, so b = 5 and a = 1. The rule
    # hides c (10) instead, the cheapest item that protects a: a + c = 11 and a is 1 to 4.
    cells = {"a": 1, "b": 5, "c": 10, "d": 12}
    sums = {"total": frozenset(cells)}

    assert statuses(suppress(cells, sums, 5)) == ({"a"}, {"c"})
    assert reader_values(cells, sums, 5) == {"a": {1, 2, 3, 4}, "c": {7, 8, 9, 10}}
    assert reader_values(cells, sums, 5, knows_status=False)["a"] == set(range(12))


def test_a_small_cell_that_shares_every_sum_with_an_empty_cell_is_not_given_away():
    # Early data in the example site's own groups: andre_årsager 1, uden_beskæftigelse 0. The two
    # sit in exactly the same sums (alle, afsluttet), so hiding the 0 does not help: andre_årsager
    # + uden_beskæftigelse = 1 is still afsluttet − meningsfuld. So meningsfuld (116) goes, and
    # with it enough of the parts that add up to it that it cannot be worked out again. The rule
    # hides more than a person would (it is greedy), but never too little.
    cells = MAY_2018 | {"uden_beskæftigelse": 0, "andre_årsager": 1}

    small, hidden = statuses(suppress(cells, GROUPS, 5))

    assert small == {"uddannelse", "værested", "andre_årsager"}
    assert {"meningsfuld", "uddannelse_tilbud"} <= hidden
    assert "uden_beskæftigelse" not in hidden  # the 0 is shown: hiding it would not help
    # Too many cells are hidden to try every table, so here is a second table that gives a
    # reader the same page with andre_årsager 2 (and uddannelse 1): the 1 is not pinned.
    other = cells | {"andre_årsager": 2, "uddannelse": 1}
    assert looks_the_same(other, cells, GROUPS, 5)
    assert not looks_the_same(cells | {"andre_årsager": 2}, cells, GROUPS, 5)  # the check can fail


def test_a_table_whose_own_words_give_a_small_cell_away_is_hidden_whole():
    # Threshold 3: the cells 1, 1, 1 and the rows 1 and 2 are all »færre end 3«, so the row of two
    # cells says both are 1 whatever else is hidden. Nothing of the table is then shown.
    cells = {"r0c0": 0, "r0c1": 1, "r1c0": 1, "r1c1": 1}
    sums = {
        "row0": frozenset({"r0c0", "r0c1"}),
        "row1": frozenset({"r1c0", "r1c1"}),
        "col0": frozenset({"r0c0", "r1c0"}),
        "col1": frozenset({"r0c1", "r1c1"}),
        "total": frozenset(cells),
    }

    result = suppress(cells, sums, 3)

    assert all(count.suppressed for count in result.values())
    assert statuses(result)[1] == {"r0c0", "total"}


def test_a_total_published_elsewhere_is_not_hidden_to_protect_a_cell_and_the_cells_are_hidden_instead():
    # Two young and five adult respondents: the table alone hides its total (7 - 5 would give 2),
    # but the round's responses are published as 7, so both values must be hidden instead.
    cells = {"Ung": 2, "Voksen": 5}
    alone = suppress(cells, {"besvarelser": frozenset(cells)}, 5)
    assert alone["besvarelser"].status == HIDDEN and alone["Voksen"].status == SHOWN
    found = suppress_with_total(cells, "besvarelser", single(7, 5), 5)
    assert found == {"Ung": Count(2, HIDDEN), "Voksen": Count(5, HIDDEN), "besvarelser": Count(7)}
    # A table whose protection keeps the total shown is the table's own result.
    wide = {"Ung": 2, "Voksen": 30, "Ældre": 40}
    assert suppress_with_total(wide, "besvarelser", single(72, 5), 5) == suppress(
        wide, {"besvarelser": frozenset(wide)}, 5
    )
    # A total hidden where it is published is hidden here from the start.
    hidden = suppress_with_total(wide, "besvarelser", Count(72, HIDDEN), 5)
    assert hidden["besvarelser"].status == HIDDEN


def test_a_table_met_again_is_audited_once_and_a_changed_table_anew(monkeypatch):
    # The preview's next build and a build after new data meet the same tables again (_decided).
    audited = []
    real = suppression._audited
    monkeypatch.setattr(suppression, "_audited", lambda *table: audited.append(table) or real(*table))
    suppression._decided.cache_clear()
    first = suppress(MAY_2018, GROUPS, 5)
    again = suppress(dict(MAY_2018), dict(GROUPS), 5)
    assert again == first and again is not first and len(audited) == 1
    assert statuses(again) == ({"uddannelse", "værested"}, {"tilbud"})
    again["tilbud"] = Count(14)  # a caller's change to its result is its own
    assert suppress(MAY_2018, GROUPS, 5)["tilbud"].status == HIDDEN and len(audited) == 1
    assert suppress(MAY_2018 | {"værested": 5}, GROUPS, 5)["værested"].status == HIDDEN  # one value changed
    assert suppress(MAY_2018, GROUPS, 3)["værested"].status == HIDDEN  # another threshold: 3 is not small
    suppress(MAY_2018, GROUPS, 5, hide=frozenset({"afklaring"}))  # a flow to hide
    suppress(MAY_2018, GROUPS, 5, fixed=frozenset({"alle"}))
    assert len(audited) == 5
