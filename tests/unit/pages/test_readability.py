"""Readability: LIX and sentence lengths of the writer's prose only."""

from __future__ import annotations

from public_results.pages.readability import prose, readability


def test_lix_is_words_per_sentence_plus_the_share_of_long_words():
    measured = readability("Hunden løber hurtigt. Katten sover i solskinnet.")
    # 7 words, 2 sentences, 2 long words (hurtigt, solskinnet): 3,5 + 100 * 2/7 = 32,1
    assert (measured.words, measured.sentences, measured.longest, measured.lix) == (7, 2, 4, 32)


def test_a_long_sentence_of_long_words_is_hard():
    text = "Beskæftigelsesenheden samarbejder med virksomheder, foreninger og uddannelsesinstitutioner om forløb."
    assert readability(text).lix > 60


def test_charts_method_boxes_and_tables_do_not_count_and_each_paragraph_ends_a_sentence():
    html = (
        "<h2>Overskrift uden punktum</h2><p>Kort tekst her</p>"
        '<figure class="chart"><figcaption>Meget lange grafoverskrifter tæller ikke</figcaption></figure>'
        '<aside class="method-box"><p>Metodebeskrivelser tæller heller ikke.</p></aside>'
        "<table><tr><td>Tabelindhold</td></tr></table>"
    )
    measured = readability(prose(html))
    assert (measured.words, measured.sentences) == (6, 2)


def test_empty_text_has_no_lix():
    assert readability("").lix == 0
