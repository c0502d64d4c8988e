"""Chart messages: each rule says only what the numbers bear out, also with hidden parts."""

from __future__ import annotations

from decimal import Decimal

from public_results.charts import messages
from public_results.privacy.suppression import HIDDEN, SMALL, Count

NBSP = "\u00a0"


def shown(value: int) -> Count:
    return Count(value)


def small(value: int) -> Count:
    return Count(value, SMALL)


def hidden(value: int) -> Count:
    return Count(value, HIDDEN)


def test_more_than_half_is_a_majority_in_true_fraction_words():
    parts = [("Meningsfuld beskæftigelse", shown(116)), ("Uden", shown(47)), ("Andre", shown(14))]
    message = messages.breakdown_message(parts, shown(177), "Fordeling")
    assert message.rule == messages.MAJORITY
    assert message.text == "Meningsfuld beskæftigelse: to ud af tre (116 af 177)"


def test_a_part_half_again_as_large_as_the_next_is_a_clear_leader():
    parts = [("I afklaring", shown(92)), ("Praktik", shown(5)), ("Job", shown(82)), ("Frivilligt", shown(26))]
    assert messages.breakdown_message(parts, shown(205), "Fordeling").rule == messages.LARGEST
    parts = [("I afklaring", shown(92)), ("Praktik", shown(50)), ("Job", shown(40)), ("Frivilligt", shown(23))]
    message = messages.breakdown_message(parts, shown(205), "Fordeling")
    assert (message.rule, message.text) == (messages.LEADER, "I afklaring er klart den største gruppe: 92 af 205")


def test_parts_about_as_large_as_each_other_are_an_even_spread_only_when_all_are_shown():
    parts = [("Meningsfuld", shown(318)), ("Uden", shown(290)), ("Andre", shown(316))]
    message = messages.breakdown_message(parts, shown(924), "Fordeling")
    assert (message.rule, message.text) == (messages.EVEN, "Grupperne er næsten lige store: mellem 290 og 318 af 924")
    with_hidden = [*parts[:2], ("Andre", hidden(316)), ("Små", small(3))]
    assert messages.breakdown_message(with_hidden, shown(927), "Fordeling").rule != messages.EVEN


def test_a_hidden_part_that_could_be_larger_makes_the_title_say_of_the_shown():
    # 40 and 30 shown of 100: the hidden parts hold 30, so the 40 is the largest; of 80 shown 30
    # and 20, the hidden 30 could be one part larger than 30
    parts = [("A", shown(40)), ("B", shown(30)), ("C", hidden(26)), ("D", small(4))]
    assert messages.largest_is_certain(parts, shown(100))
    assert messages.breakdown_message(parts, shown(100), "Fordeling").rule == messages.LARGEST
    parts = [("A", shown(30)), ("B", shown(20)), ("C", hidden(26)), ("D", small(4))]
    assert not messages.largest_is_certain(parts, shown(80))
    message = messages.breakdown_message(parts, shown(80), "Fordeling")
    assert message.rule == messages.LARGEST_SHOWN and "af de grupper, der vises" in message.text
    assert not messages.largest_is_certain(parts, hidden(80))  # no total: the hidden sum is unknown


def test_fewest_is_said_only_when_no_hidden_part_could_be_smaller():
    # the case: »Færrest: Fysisk handicap med 47« while two hidden groups are smaller
    parts = [("Fysisk handicap", shown(47)), ("Hjerneskade", hidden(37)), ("Psykisk", shown(97)), ("Andet", small(4))]
    assert not messages.smallest_is_certain(parts)
    assert messages.breakdown_summary(parts, shown(185), "space") == (
        f"Mere end halvdelen er i gruppen »Psykisk«: 97 (52{NBSP}%). "  # more than the 41 hidden together
        f"Af dem, der vises, er »Fysisk handicap« mindst med 47 (25{NBSP}%). "
        "Tallene for »Hjerneskade« og »Andet« vises ikke af hensyn til diskretion."
    )
    every = [("A", shown(47)), ("B", shown(97)), ("C", shown(60))]
    assert messages.smallest_is_certain(every)
    assert messages.breakdown_summary(every, shown(204), "space").endswith(f"Den mindste er »A« med 47 (23{NBSP}%).")


def test_a_hidden_zero_part_cannot_be_smaller_than_a_shown_zero():
    parts = [("A", shown(50)), ("B", shown(0)), ("C", hidden(9)), ("D", small(3))]
    summary = messages.breakdown_summary(parts, shown(62), "space")
    assert f"Den mindste er »B« med 0 (0{NBSP}%)." in summary  # 0: no hidden part is smaller
    assert "Tallene for »C« og »D« vises ikke" in summary


def test_the_largest_shown_part_is_said_to_be_of_the_shown_when_a_hidden_one_could_be_larger():
    parts = [("A", shown(30)), ("B", shown(20)), ("C", hidden(26)), ("D", small(4))]
    assert messages.breakdown_summary(parts, shown(80), "space") == (
        f"Af de grupper, der vises, er »A« størst med 30 (38{NBSP}%) og »B« mindst med 20 (25{NBSP}%). "
        "Tallene for »C« og »D« vises ikke af hensyn til diskretion."
    )
    one_hidden = [("A", shown(30)), ("B", hidden(40)), ("C", shown(0))]
    assert messages.breakdown_summary(one_hidden, shown(70), "space") == (
        f"Af de grupper, der vises, er »A« størst med 30 (43{NBSP}%). Den mindste er »C« med 0 (0{NBSP}%). "
        "Tallet for »B« vises ikke af hensyn til diskretion."
    )


def test_the_largest_part_and_an_even_spread_are_said_in_sentences_with_small_counts_in_words():
    leader = [("I afklaring", shown(92)), ("Praktik", shown(5)), ("Job", shown(82)), ("Frivilligt", shown(26))]
    assert messages.breakdown_summary(leader, shown(205), "space") == (
        f"Den største gruppe er »I afklaring« med 92 (45{NBSP}%). Den mindste er »Praktik« med fem (2{NBSP}%)."
    )
    even = [("Meningsfuld", shown(318)), ("Uden", shown(290)), ("Andre", shown(316))]
    assert messages.breakdown_summary(even, shown(924), "space") == "Grupperne er næsten lige store, fra 290 til 318."
    assert "lige store" not in messages.breakdown_summary([*even[:2], ("Andre", hidden(316))], shown(924), "space")


def test_without_a_total_the_parts_are_said_without_shares():
    parts = [("A", shown(30)), ("B", shown(10)), ("C", shown(7))]
    assert messages.breakdown_summary(parts, hidden(47), "space") == (
        "Den største gruppe er »A« med 30. Den mindste er »C« med syv."
    )


def test_two_equal_largest_parts_are_tied():
    parts = [("A", shown(20)), ("B", shown(20)), ("C", shown(5))]
    message = messages.breakdown_message(parts, shown(45), "Fordeling")
    assert (message.rule, message.text) == (messages.TIED, "»A« og »B« er lige store: 20 hver af 45")
    assert messages.breakdown_summary(parts, shown(45), "space") == (
        f"»A« og »B« er de største grupper med 20 hver (44{NBSP}%). Den mindste er »C« med fem (11{NBSP}%)."
    )


def test_nothing_shown_gives_the_charts_own_name():
    parts = [("A", small(2)), ("B", hidden(9))]
    assert messages.breakdown_message(parts, shown(11), "Fordeling") == messages.Message(messages.PLAIN, "Fordeling")
    assert messages.breakdown_summary(parts, shown(11), "space") == (
        "Tallene for »A« og »B« vises ikke af hensyn til diskretion."
    )


def test_a_target_on_a_parts_share_is_the_message_met_or_how_far_below():
    parts = [("Meningsfuld", shown(116)), ("Uden", shown(47)), ("Andre", shown(14))]
    met = messages.breakdown_message(parts, shown(177), "Fordeling", targets=[60, None, None])
    assert (met.rule, met.text) == (messages.TARGET, f"Meningsfuld: 66{NBSP}% – målet på 60{NBSP}% er nået")
    below = messages.breakdown_message(parts, shown(177), "Fordeling", targets=[70, None, None])
    assert below.text == f"Meningsfuld: 66{NBSP}% – 4 procentpoint under målet på 70{NBSP}%"
    parts[0] = ("Meningsfuld", hidden(116))  # a hidden share is never compared
    assert messages.breakdown_message(parts, shown(177), "Fordeling", targets=[60]).rule != messages.TARGET


def test_one_count_over_time_rose_fell_or_stayed():
    rise = messages.change_message("Alle", shown(16), shown(790), "marts 2017", "15. februar 2022")
    assert (rise.rule, rise.text) == (messages.RISE, "Alle: steget fra 16 i marts 2017 til 790 pr. 15. februar 2022")
    assert messages.change_message("A", shown(20), shown(12), "maj 2020", "1. maj 2021").rule == messages.FALL
    assert messages.change_message("A", shown(20), shown(20), "maj 2020", "1. maj 2021").rule == messages.SAME
    assert messages.change_message("A", small(2), shown(20), "maj 2020", "1. maj 2021").rule == messages.PLAIN


def test_parts_over_time_name_the_largest_at_the_end_only_when_every_part_is_shown():
    parts = [("Meningsfuld", shown(318)), ("Uden", shown(290)), ("Andre", shown(316))]
    close = messages.parts_at_end_message(parts, "Afsluttet", "marts 2017", "31. december 2023")
    assert close.rule == messages.TIED and "næsten lige store" in close.text
    leader = messages.parts_at_end_message([("A", shown(88)), ("B", shown(31))], "T", "marts 2017", "31. dec")
    assert leader.rule == messages.LEADER
    with_hidden = [("A", shown(88)), ("B", small(3)), ("C", hidden(90)), ("D", shown(31))]
    message = messages.parts_at_end_message(with_hidden, "T", "marts 2017", "31. dec")
    assert message.rule == messages.LARGEST_SHOWN and "af de grupper, der vises" in message.text


def test_the_highest_of_a_series_is_named_so_only_when_no_month_is_hidden():
    assert messages.highest_is_certain([shown(5), shown(9)])
    assert not messages.highest_is_certain([shown(5), hidden(12), shown(9)])


def shares(*values: int | None) -> list[tuple[str, Decimal | None]]:
    return [(f"Q{i}", None if v is None else Decimal(v)) for i, v in enumerate(values)]


def test_a_survey_question_well_below_the_others_stands_apart():
    message = messages.survey_message(shares(99, 99, 98, 98, 94, 94, 93, 86), 8, "space", 0)
    assert message.rule == messages.LOWEST_APART
    assert message.text == f"Færrest svarer positivt på »Q7«: 86{NBSP}% mod 93–99{NBSP}% på de andre spørgsmål"


def test_a_survey_within_a_few_points_is_an_even_spread_and_otherwise_the_least_share():
    assert messages.survey_message(shares(98, 97, 95), 3, "space", 0).text == (
        f"På alle tre spørgsmål svarer 95–98{NBSP}% positivt"  # a count of questions in words
    )
    least = messages.survey_message(shares(98, 97, 95, 92, 91, 88), 6, "space", 0)
    assert least.rule == messages.LEAST and f"Mindst 88{NBSP}%" in least.text


def test_a_survey_with_a_hidden_share_names_no_lowest_share():
    assert messages.survey_message(shares(98, None, 95), 3, "space", 0).rule == messages.PLAIN


def test_a_survey_target_is_the_message():
    goals = [("Håb", shown(182), shown(198), 90.0)]
    message = messages.survey_message(shares(98, 92), 2, "space", 0, goals)
    assert (message.rule, message.text) == (messages.TARGET, f"Håb: 92{NBSP}% – målet på 90{NBSP}% er nået")


def test_rounded_shares_of_one_whole_that_miss_100_are_noticed():
    assert messages.rounded_sum_differs([Decimal(72), Decimal(15), Decimal(14)])
    assert not messages.rounded_sum_differs([Decimal(66), Decimal(27), Decimal(7)])
    assert not messages.rounded_sum_differs([])
