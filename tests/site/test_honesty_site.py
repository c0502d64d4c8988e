"""Tiny site: a headline that claims more than its figure is a warning naming file, line and fix."""

from __future__ import annotations

import pytest

from public_results.adapter.run import build_site

pytestmark = pytest.mark.site

CLAIMS_TOO_MUCH = (  # the 2022 article's headline and »Kort fortalt« before issue 19
    "Title: {{ evaluering.håb }} af borgerne oplever håb om forandring\nDate: 2022-02-21\nDatadato: 2022-02-15\n"
    "Runde: 2021\nKort fortalt: Enheden hjælper {{ forløb.aktive }} borgere i job, praktik og frivilligt arbejde.\n\n"
    "Tekst.\n"
)
HONEST = (
    "Title: {{ evaluering.håb }} af de borgere, der svarede, oplever håb om forandring\nDate: 2022-02-21\n"
    "Datadato: 2022-02-15\nRunde: 2021\nKort fortalt: Enheden har {{ forløb.aktive }} borgere i aktivt forløb, "
    "og {{ forløb.placeret }} af dem er i job, praktik eller frivilligt arbejde.\n\nTekst.\n"
)


def test_a_share_said_of_everyone_and_a_count_said_of_a_subgroup_are_warned_about(tiny_site, tmp_path):
    settings = tiny_site({"for-meget.md": CLAIMS_TOO_MUCH, "aerlig.md": HONEST})
    build = build_site(settings, tmp_path / "output")  # a warning does not stop a build
    found = [str(p) for p in build.alerts]
    assert any(
        "for-meget.md, linje 1: »{{ evaluering.håb }}« er en andel af dem, der svarede på spørgsmålet, men "
        "sætningen siger »borgerne«"
        in f
        and "»{{ evaluering.håb.base }}«" in f
        for f in found
    ), found
    assert any(
        "for-meget.md, linje 5: »{{ forløb.aktive }}« tæller også »I afklaring«, men ordene ved siden af nævner kun "
        "»Praktik«, »Job med løntilskud« og »Frivilligt arbejde«"
        in f
        and "»I aktivt forløb«" in f
        for f in found
    ), found
    assert not [f for f in found if "aerlig.md" in f]
    assert len(found) == 2
