"""make audit: Lighthouse scores of one page of each type of the built site, against the issue's targets.

The built site (``output/``, made by ``make html``) is served on 127.0.0.1, gzipped as a real host
serves it (``local_server.py``), and Lighthouse (npm, ``scripts/lighthouse.mjs``) runs in Debian's
Chromium with its defaults: mobile emulation and simulated throttling (slow 4G, 4 × CPU slowdown).
Each page is audited three times (in turns) and the median of each number counts.

Targets (issue 18): Performance ≥ 95, Accessibility, Best Practices and SEO 100 on every page type;
and the page budgets: at most 30 KB of JavaScript (gzip) and a layout shift (CLS) of at most 0.02 on
any page, at most 150 KB transferred and 3,000 DOM elements on an article; at most 150 KB transferred by
the search page while it searches (its script, Pagefind's WebAssembly and the pieces of the index).

Performance depends on the machine and on what else runs on it (Lighthouse simulates the slow phone
from the time tasks take here), so this is a report, not a test; the browser suite tests the
deterministic parts. It prints a table and writes audit.json, and exits non-zero when a target is
missed, like ``make bench``.

Usage: audit.py [--site output] [--runs 3] [--json audit.json] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from local_server import serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "scripts" / "lighthouse.mjs"
SCORE_TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
BUDGETS = {"script_kb": 30, "cls": 0.02, "article_transfer_kb": 150, "article_dom": 3000, "search_transfer_kb": 150}
# One page of each type of the example site; the briefing is the newest one found.
PAGE_TYPES = [
    ("front page", "index.html"),
    ("article with charts", "2022-02-haab-om-forandring.html"),
    ("live page", "tal-og-resultater.html"),
    ("briefing", "briefinger/*.html"),
    ("plain page", "pages/om-tallene.html"),
    ("archive", "archives.html"),
    ("404", "404.html"),
    ("figure catalogue", "katalog.html"),
    ("search page, searching", "soeg/index.html?q=l%C3%B8ntilskuddet"),  # the page searches as it opens
]
OPTIONAL = {"figure catalogue"}  # only a preview build has it
ARTICLES = {"article with charts"}
SEARCHING = {"search page, searching"}  # with Pagefind's script, WebAssembly and the pieces of index it fetched
METRICS = ["lcp_ms", "tbt_ms", "cls", "fcp_ms", "si_ms", "transfer_bytes", "script_bytes", "requests", "dom_elements"]


def pages_of(site: Path) -> tuple[dict[str, str], list[str]]:
    """The page of each type found in the site, and the types missing (optional types left out)."""
    found, missing = {}, []
    for kind, pattern in PAGE_TYPES:
        if "*" in pattern:
            dated = sorted(p for p in site.glob(pattern) if p.stem[:1].isdigit())
            path = dated[-1].relative_to(site).as_posix() if dated else None
        else:
            path = pattern if (site / pattern.split("?", 1)[0]).is_file() else None
        if path:
            found[kind] = path
        elif kind not in OPTIONAL:
            missing.append(f"{kind} ({pattern})")
    return found, missing


def run_lighthouse(urls: list[str], runs: int, chromium: str) -> dict[str, Any]:
    node = shutil.which("node")
    if not node:
        sys.exit("audit: node is missing (Debian: apt-get install nodejs npm)")
    if not (ROOT / "node_modules" / "lighthouse").is_dir():
        sys.exit("audit: node_modules/lighthouse is missing: run `make audit` (it runs npm ci)")
    command = [node, str(LIGHTHOUSE), "--chromium", chromium, "--runs", str(runs), *urls]
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"audit: Lighthouse failed (exit {done.returncode})")
    return json.loads(done.stdout)


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each score and metric over a page's runs; the failing audits of its runs."""
    scores = {c: statistics.median(r["scores"][c] for r in runs) for c in runs[0]["scores"]}
    metrics = {}
    for name in METRICS:
        values = [r["metrics"][name] for r in runs if r["metrics"].get(name) is not None]
        metrics[name] = statistics.median(values) if values else None
    failing = {(f["category"], f["audit"]): f for r in runs for f in r["failing"]}
    return {
        "scores": scores,
        "metrics": metrics,
        "performance_runs": [r["scores"].get("performance") for r in runs],
        "failing": list(failing.values()),
        "warnings": sorted({w for r in runs for w in r["warnings"]}),
    }


def verdicts(pages: dict[str, dict[str, Any]]) -> dict[str, bool]:
    """Each target of the issue, met or not, over the audited pages."""
    met = {
        f"{category} {'' if target == 100 else '≥ '}{target} on every page": all(
            p["scores"][category] >= target for p in pages.values()
        )
        for category, target in SCORE_TARGETS.items()
    }
    met["JavaScript ≤ 30 KB (gzip) on every page"] = all(
        (p["metrics"]["script_bytes"] or 0) <= BUDGETS["script_kb"] * 1024 for p in pages.values()
    )
    met["layout shift (CLS) ≤ 0.02 on every page"] = all(
        (p["metrics"]["cls"] or 0) <= BUDGETS["cls"] for p in pages.values()
    )
    articles = [p for p in pages.values() if p["kind"] in ARTICLES]
    met["an article transfers ≤ 150 KB"] = all(
        (p["metrics"]["transfer_bytes"] or 0) <= BUDGETS["article_transfer_kb"] * 1024 for p in articles
    )
    met["an article has ≤ 3,000 DOM elements"] = all(
        (p["metrics"]["dom_elements"] or 0) <= BUDGETS["article_dom"] for p in articles
    )
    met["the search page transfers ≤ 150 KB while it searches"] = all(
        (p["metrics"]["transfer_bytes"] or 0) <= BUDGETS["search_transfer_kb"] * 1024
        for p in pages.values()
        if p["kind"] in SEARCHING
    )
    return met


def table(pages: dict[str, dict[str, Any]]) -> list[str]:
    columns = [("page", 22), ("perf", 5), ("a11y", 5), ("bp", 5), ("seo", 5), ("LCP s", 7), ("TBT ms", 7)]
    columns += [("CLS", 6), ("KB", 6), ("JS KB", 6), ("DOM", 6), ("perf runs", 12)]
    head = "".join(f"{n:<{w}}" if n == "page" else f"{n:>{w}}" for n, w in columns)
    lines = [head, "-" * len(head)]
    for page in pages.values():
        s, m = page["scores"], page["metrics"]
        runs = "/".join(str(v) for v in page["performance_runs"])
        lines.append(
            f"{page['kind']:<22}{s['performance']:>5.0f}{s['accessibility']:>5.0f}{s['best-practices']:>5.0f}"
            f"{s['seo']:>5.0f}{m['lcp_ms'] / 1000:>7.1f}{m['tbt_ms']:>7.0f}{m['cls']:>6.2f}"
            f"{m['transfer_bytes'] / 1024:>6.0f}{m['script_bytes'] / 1024:>6.1f}{m['dom_elements']:>6.0f}{runs:>12}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=ROOT / "output", type=Path, help="the built site (make html)")
    parser.add_argument("--runs", default=3, type=int, help="Lighthouse runs per page; the median counts")
    parser.add_argument("--json", default=ROOT / "audit.json", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        sys.exit(f"audit: {args.site}/index.html is missing: build the site first (make html)")
    found, missing = pages_of(args.site)
    began, load_before = time.perf_counter(), os.getloadavg()
    with serve(args.site) as base:
        print(f"Lighthouse, {args.runs} runs of {len(found)} pages on {base} …", file=sys.stderr, flush=True)
        result = run_lighthouse([base + path for path in found.values()], args.runs, args.chromium)
    pages = {}
    for kind, path in found.items():
        runs = [r for r in result["runs"] if r["url"] == base + path]
        pages[kind] = {"kind": kind, "path": path, **medians(runs)}
    met = verdicts(pages) | {"every page type was found": not missing}
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}"
    load = f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after"
    document = {
        "machine": machine,
        "load": load,
        "lighthouse": result["lighthouse"],
        "chromium": result["chromium"],
        "runs": args.runs,
        "seconds": time.perf_counter() - began,
        "pages": pages,
        "missing": missing,
        "targets": met,
    }
    args.json.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    print("\n".join(table(pages)))
    print(
        "\nLighthouse scores (perf = Performance, a11y = Accessibility, bp = Best Practices, seo = SEO) and"
        "\nmetrics, median of the runs; mobile emulation, simulated slow 4G. KB = transferred (gzip), JS KB ="
        "\nJavaScript transferred, DOM = elements. Pages:"
    )
    for page in pages.values():
        print(f"  {page['kind']:<22}{page['path']}")
    for page in pages.values():
        for audit in page["failing"]:
            print(f"  {page['path']}: {audit['category']}: {audit['audit']} ({audit['title']})")
            print("".join(f"      {item}\n" for item in audit["items"]), end="")
    for what in missing:
        print(f"  missing: {what}")
    print(f"\n{machine}; {load}; Lighthouse {result['lighthouse']}; {document['seconds']:.0f} s. Targets:")
    for what, ok in met.items():
        print(f"  {'met    ' if ok else 'NOT MET'}  {what}")
    print(f"JSON: {args.json}")
    return 0 if all(met.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
