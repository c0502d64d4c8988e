"""The writers' loop: preview that rebuilds, the figure catalogue, warnings that stop publishing."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from public_results.adapter.command import main
from public_results.adapter.run import PUBLISHED_FILE, build_site
from public_results.errors import ResultsError
from support import ROOT, page_text

pytestmark = pytest.mark.site

LIVE = "Title: Aktive nu\nDate: 2024-01-05\n\nDer er {{ forløb.aktive }} aktive.\n"
CONTRADICTION = (
    "Title: Glade\nDate: 2022-02-20\nDatadato: 2022-02-15\nRunde: 2021\n\n"
    "Et flertal ({{ evaluering.håb }}) er glade. "
    "Flertallet af de aktive, {{ forløb.løntilskud.andel }}, har løntilskud.\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    return None


ACTIVE = (b"Afklaring", b"Praktik", b"Job med", b"Frivilligt")


def end_the_newest_course(data: Path) -> None:
    """A revised export: the newest citizen still active ends the course: one fewer active now."""
    path = data / "forloeb.csv"
    lines = path.read_bytes().rstrip(b"\r\n").split(b"\r\n")
    seen = set()
    for number in range(len(lines) - 1, 0, -1):
        citizen, date, status = lines[number].split(b";")
        if citizen not in seen and status.startswith(ACTIVE):
            lines[number] = b";".join([citizen, date, b"Afsluttet - andet"])
            break
        seen.add(citizen)
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")


def test_the_preview_rebuilds_after_a_data_change_and_keeps_serving(tiny_site, tmp_path):
    settings = tiny_site({"aktive.md": LIVE}, own_data=True)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    command = [sys.executable, "-m", "public_results", "serve", "--settings", str(settings),
               "--output", str(tmp_path / "output"), "--port", str(port)]  # fmt: skip
    log = tmp_path / "preview.log"
    with log.open("w", encoding="utf-8") as sink:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/aktive.html"
        first = wait_for(lambda: fetch(url), 120)
        assert first and "Der er 225 aktive." in first, log.read_text(encoding="utf-8")
        assert fetch(f"http://127.0.0.1:{port}/katalog.html")  # a preview build has the catalogue
        end_the_newest_course(settings.parent / "data")
        changed = wait_for(lambda: (page := fetch(url)) and "Der er 225 aktive." not in page and page, 120)
        assert changed and "Der er 224 aktive." in changed, log.read_text(encoding="utf-8")
        (settings.parent / "data" / "datasets.yaml").write_text("datasets: [", encoding="utf-8")  # a broken file
        failed = wait_for(lambda: "filen kan ikke læses som YAML" in log.read_text(encoding="utf-8"), 120)
        assert failed, log.read_text(encoding="utf-8")  # the rebuild has run and failed …
        assert "Der er 224 aktive." in (fetch(url) or "")  # … and the last good site is still served
        update = fetch(f"http://127.0.0.1:{port}/opdater/index.html") or ""  # »Opdater tallene«: the error and its fix
        assert "Ikke endnu." in update and "filen kan ikke læses som YAML" in update, update
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    assert (tmp_path / "output-preview" / "katalog.html").is_file()
    assert not (tmp_path / "output").exists()  # the preview never writes into the published folder
    output = log.read_text(encoding="utf-8")
    assert "Forhåndsvisning: http://127.0.0.1:" in output and "bygger igen" in output
    assert f"Opdater tallene (før du udgiver): http://127.0.0.1:{port}/opdater/" in output
    assert "filen kan ikke læses som YAML" in output  # the failed rebuild's errors are in the terminal


@pytest.mark.hardening
def test_a_preview_build_goes_into_its_own_folder_never_into_output(tiny_site, tmp_path, capsys):
    settings = tiny_site({"aktive.md": LIVE})
    output = tmp_path / "output"
    assert main(["build", "--preview", "--settings", str(settings), "--output", str(output)]) == 0
    assert "Katalog over tal og grafer" in page_text(tmp_path / "output-preview" / "katalog.html")
    assert not output.exists() and not (tmp_path / ".output.building").exists()
    assert f"Sitet er bygget i »{tmp_path / 'output-preview'}«." in capsys.readouterr().out


def test_the_catalogue_is_a_preview_page_only(tiny_site, tmp_path):
    settings = tiny_site({"aktive.md": LIVE})
    build_site(settings, tmp_path / "preview", {"RESULTS_PREVIEW": True})
    text = page_text(tmp_path / "preview" / "katalog.html")
    assert re.search(r"\{\{ forløb\.aktive \}\} [^2]*? 225 af de 1\.012, der har været i forløb siden start", text)
    assert "{{ forløb.aktive.ændring }}" in text and "{{ graf: forløb.status.ikoner }}" in text
    assert "{{ metode: diskretion }}" in text and "aktive.md: LIX" in text
    build_site(settings, tmp_path / "published", {"SITEURL": "https://x.dk"}, record=True)
    assert not (tmp_path / "published" / "katalog.html").exists()
    assert "katalog.html" not in (tmp_path / "published" / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "published" / "opdater").exists()  # nor is »Opdater tallene« (adapter/update.py)
    recorded = json.loads((settings.parent / "cache" / PUBLISHED_FILE).read_text(encoding="utf-8"))
    assert "articles/aktive.md" in recorded  # what make publish showed: what »Opdater tallene« compares with


def test_make_figures_lists_every_name_with_its_value_and_snippet(tiny_site):
    settings = tiny_site({"aktive.md": LIVE})
    result = subprocess.run(
        [sys.executable, "-m", "public_results", "figures", "--settings", str(settings)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "{{ forløb.aktive }} = 225 (af de 1.012, der har været i forløb siden start)" in result.stdout
    assert "{{ evaluering.håb }} = 92\u00a0%" in result.stdout
    assert "{{ graf: forløb.status }} = Meningsfuld beskæftigelse er den største gruppe: 318 af 1.012" in result.stdout
    assert "Læsbarhed:" in result.stdout and "articles/aktive.md: LIX" in result.stdout


def test_words_that_contradict_a_figure_are_warned_about_and_stop_publishing(tiny_site, tmp_path):
    settings = tiny_site({"glade.md": CONTRADICTION})
    build = build_site(settings, tmp_path / "output")  # a warning does not stop a build
    found = [str(p) for p in build.alerts]
    assert any("glade.md, linje 6: »flertallet« står ved 40\u00a0%" in f for f in found), found
    assert not any("»flertal« står ved 94" in f for f in found)
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "published", {"SITEURL": "https://x.dk"}, record=True)
    assert "sitet offentliggøres ikke, fordi der er advarsler (1 i alt)" in caught.value.report()
    assert not (tmp_path / "published").exists()


def test_an_article_above_the_lix_limit_is_warned_about(tiny_site, tmp_path):
    hard = "Title: Svær\nDate: 2024-01-05\n\n" + " ".join(
        ["Beskæftigelsesindsatsen koordineres tværorganisatorisk."] * 3
    )
    settings = tiny_site({"svaer.md": hard + "\n"})
    build = build_site(settings, tmp_path / "output")
    (alert,) = [a for a in build.alerts if "LIX" in a.what]
    assert alert.file == "svaer.md" and "grænsen er 40" in alert.what and "Kort fortalt" in alert.fix
    assert not [a for a in build_site(settings, tmp_path / "o2", {"RESULTS_LIX_LIMIT": 200}).alerts if "LIX" in a.what]
