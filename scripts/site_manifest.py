"""A built site as a manifest of what each file holds, to compare two builds file by file.

Each file of the output folder gets one entry:

* text files, scripts, fonts, SVG: the SHA-256 of their bytes (they must be byte-identical);
* PDF (the briefings): a digest of the text of each page and one of the tag structure (WeasyPrint
  never writes the same bytes twice);
* PNG (chart downloads, social cards): the picture's size; a social card also the text it shows,
  read from the card's own text chunk;
* with ``--strict``, the PNG's bytes too (for two builds on one machine).

Usage:
  site_manifest.py OUTPUT [--strict] [--cards CARDS.json] > manifest.json
  site_manifest.py --compare OLD.json NEW.json   (prints the differences; exit 1 when there are any)

``--cards`` gives the text of each card for a build whose cards carry none (made before the cards
were drawn with Pillow): a JSON object, card file -> texts in reading order.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pdf(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader  # noqa: PLC0415  (only when a site has PDFs)

    reader = PdfReader(path)
    text = "\f".join(page.extract_text() or "" for page in reader.pages)
    tags: list[str] = []

    def walk(node: Any) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if "/S" in node:
                tags.append(str(node["/S"]))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)
        elif isinstance(node, list):
            for kid in node:
                walk(kid)

    root = reader.trailer["/Root"].get("/StructTreeRoot")
    if root is not None:
        walk(root)
    return {"pdf_text": _sha(text.encode()), "pdf_tags": _sha(" ".join(tags).encode()), "pages": len(reader.pages)}


def _png(path: Path, strict: bool) -> dict[str, Any]:
    from PIL import Image  # noqa: PLC0415

    with Image.open(path) as picture:
        entry: dict[str, Any] = {"size": list(picture.size)}
        shown = picture.text.get("Description") if hasattr(picture, "text") else None  # type: ignore[attr-defined]
    if shown:
        entry["text"] = " ".join(shown.split())
    if strict:
        entry["sha256"] = _sha(path.read_bytes())
    return entry


def manifest(folder: Path, strict: bool = False, cards: dict[str, list[str]] | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".pdf":
            found[name] = _pdf(path)
        elif path.suffix == ".png":
            found[name] = _png(path, strict)
            if cards and name in cards:
                found[name]["text"] = " ".join(" ".join(cards[name]).split())
        else:
            found[name] = {"sha256": _sha(path.read_bytes())}
    return found


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines = [f"only in the first: {name}" for name in sorted(set(old) - set(new))]
    lines += [f"only in the second: {name}" for name in sorted(set(new) - set(old))]
    for name in sorted(set(old) & set(new)):
        keys = (set(old[name]) & set(new[name])) or set(old[name]) | set(new[name])
        differs = sorted(k for k in keys if old[name].get(k) != new[name].get(k))
        if differs:
            lines.append(f"differs: {name} ({', '.join(differs)})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", type=Path)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--cards", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        lines = compare(old, new)
        print("\n".join(lines) or "The two builds hold the same files.")
        return 1 if lines else 0
    if args.output is None:
        parser.error("give the output folder, or --compare OLD NEW")
    cards = json.loads(args.cards.read_text(encoding="utf-8")) if args.cards else None
    json.dump(manifest(args.output, args.strict, cards), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
