"""The page memo: what was worked out from a page's text, kept between builds."""

from __future__ import annotations

from public_results.pages.memo import PageMemo


def test_the_page_memo_computes_once_and_keeps_only_what_the_last_build_used(tmp_path):
    file = tmp_path / "pages.json"
    calls = []
    memo = PageMemo.read(file)
    assert memo.get(("lix", "tekst A"), lambda: calls.append("A") or 38) == 38
    assert memo.get(("lix", "tekst B"), lambda: calls.append("B") or 41) == 41
    assert memo.get(("lix", "tekst A"), lambda: calls.append("again") or 0) == 38
    memo.save()
    again = PageMemo.read(file)
    assert again.get(("lix", "tekst A"), lambda: calls.append("A2") or 0) == 38
    again.save()
    assert calls == ["A", "B"]
    assert len(PageMemo.read(file).found) == 1  # »tekst B« was not used by the last build
