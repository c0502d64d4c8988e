"""make screenshots: the front page and the 2022 article of a built site at 360 and 1280 px, as PNG.

Builds nothing: it serves a built folder (``output/``, ``make html``) on 127.0.0.1 and opens it in
Debian's Chromium (Playwright, never ``playwright install``), with JavaScript on and the web font
loaded, as a reader sees it. At 360 px (a phone) it takes the first two screens, at 1280 px the
whole page (cut at 4,000 px). Each PNG is reduced to a palette of 256 colours (Pillow) to stay small.
Requests to other hosts are aborted. The README shows the files (docs/screenshots/).

Usage: screenshots.py [--site output] [--into docs/screenshots] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from local_server import HOST, serve

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"forside": "index.html", "artikel-2022": "2022-02-haab-om-forandring.html"}
SCREEN_HEIGHT = 800  # a common phone screen of 360 × 800 CSS pixels
PHONE_SCREENS = 2
DESKTOP_MAX_HEIGHT = 2400  # three screens: the whole front page, an article to its first chart
WIDTHS = (360, 1280)


def small_png(png: bytes) -> bytes:
    """The screenshot with at most 256 colours (median cut), saved with zlib's best effort."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True
    )
    return out.getvalue()


def shoot(browser: Any, url: str, width: int) -> bytes:
    """One screenshot of the page at this width: the first screens on a phone, the page on a desktop."""
    context = browser.new_context(viewport={"width": width, "height": SCREEN_HEIGHT}, device_scale_factor=1)
    try:
        context.route("**/*", lambda route: route.continue_() if _local(route.request.url) else route.abort())
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready.then(() => true)")
        height = page.evaluate("document.documentElement.scrollHeight")
        limit = SCREEN_HEIGHT * PHONE_SCREENS if width < 600 else DESKTOP_MAX_HEIGHT
        clip = {"x": 0, "y": 0, "width": width, "height": min(height, limit)}
        return page.screenshot(clip=clip, full_page=True, animations="disabled", caret="hide")
    finally:
        context.close()


def _local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "about"} or parts.hostname == HOST


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=ROOT / "output", type=Path, help="the built site (make html)")
    parser.add_argument("--into", default=ROOT / "docs" / "screenshots", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    missing = [path for path in PAGES.values() if not (args.site / path).is_file()]
    if missing:
        sys.exit(f"screenshots: {', '.join(missing)} missing in {args.site}: build the site first (make html)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when screenshots are taken

    args.into.mkdir(parents=True, exist_ok=True)
    with serve(args.site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, headless=True, args=["--disable-gpu"])
        try:
            for name, path in PAGES.items():
                for width in WIDTHS:
                    target = args.into / f"{name}-{width}.png"
                    target.write_bytes(small_png(shoot(browser, base + path, width)))
                    with Image.open(target) as image:
                        size = f"{image.width}×{image.height}"
                    print(
                        f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {size} px, "
                        f"{target.stat().st_size / 1024:.0f} KB"
                    )
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
