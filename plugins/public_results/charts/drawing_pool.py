"""Drawing many charts at once: from the render cache where they are, the rest in worker processes.

- ``DrawingPool(cache, fonts, workers)``: charts handed to worker processes as soon as they are
  known, while the pages are still being read (``submit``). The processes start once
  ``PARALLEL_FROM`` charts wait to be drawn, or at once (``prestart``: a cold build), and each
  draws a tiny chart first (``warm_up``) (started with "spawn": a forked process hangs after
  vl-convert has run in the parent). Fewer charts are drawn in the build process, when they are
  asked for.
- ``draw_all(specs, cache, fonts, …, pool=…)``: the drawings of every spec and social card: the
  pool's results, then what is still missing, written to the cache; the cards
  (``social_cards.draw_card``, a few milliseconds each) are drawn by this process meanwhile. The
  pool's processes end when it returns, so their memory is free for the stages after the drawing.
  A worker also leaves by itself once the build that started it is gone (``watch_parent``: a build
  killed alone, not with its process group, leaves no worker drawing behind).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .drawing import (
    PNG_SCALE,
    Drawing,
    Job,
    clean_svg,
    draw_chart,
    ready,
    start_drawing,
    svg_file,
    svg_names,
    warm_up,
    write_atomically,
)
from .kept_files import complete_png, safe_svg
from .social_cards import CardFonts, CardText, draw_card

PARALLEL_FROM = 4  # fewer charts are drawn in this process: starting workers costs more
Drawn = tuple[dict[str, str] | None, bytes, float]  # the SVGs by name (or None), the PNG, the seconds it took


@dataclass
class DrawingStats:
    charts: int = 0
    drawn: int = 0
    cached: int = 0
    seconds: float = 0.0  # the whole drawing stage, wall clock
    render_seconds: float = 0.0  # the sum of each new drawing's own time (for make bench)
    workers: int = 1  # processes that drew
    drawn_keys: tuple[str, ...] = ()  # the keys drawn anew (not from the cache)
    chart_seconds: tuple[float, ...] = ()  # each chart drawn anew: its own time (SVG and PNG)
    damaged: int = 0  # drawings found in the cache cut short or not safe to publish: drawn anew


def read_kept(cache: Path, key: str, job: Job) -> Drawing | None:
    """The drawing of ``key`` as the render cache holds it, checked (``kept_files``); None when a
    file is missing, cut short or not safe to publish: then it is drawn anew."""
    if not complete_png(cache / f"{key}.png"):
        return None
    if job[0] is None:
        return Drawing(cache, key)
    texts = []
    for name in svg_names(job[0]):
        try:
            text = (cache / svg_file(key, name)).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if not safe_svg(text):
            return None
        texts.append(text)
    return Drawing(cache, key, "".join(texts))


def _prefix(key: str) -> str:
    """What the ids inside a chart's inline SVG begin with: unique per chart on a page."""
    return f"svg{key[:8]}"


def _made(cache: Path, key: str, svgs: dict[str, str] | None, png: bytes) -> Drawing:
    """A drawing just made, kept in the cache ready to inline (``clean_svg``, each SVG with ids of its
    own; each passes the same check as a kept one, so a drawing that would be refused later is a bug
    found now)."""
    texts = []
    for name, svg in (svgs or {}).items():
        inline = clean_svg(svg, f"{_prefix(key)}{name[:1]}", name)
        if not safe_svg(inline):
            raise ValueError(f"the drawing {key} holds parts that kept_files does not allow")
        write_atomically(cache / svg_file(key, name), inline.encode("utf-8"))
        texts.append(inline)
    write_atomically(cache / f"{key}.png", png)
    return Drawing(cache, key, "".join(texts) if svgs is not None else None)


def start_worker(fonts: str, parent: int) -> None:
    """A worker process's start: ready to draw, and watching that the build that started it lives
    (``watch_parent``): a build killed alone (not its process group) leaves no worker behind."""
    start_drawing(fonts)
    warm_up()
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def watch_parent(parent: int, leave: Callable[[], None] = lambda: os._exit(0), every: float = 1.0) -> None:
    """Call ``leave`` once this process's parent is no longer ``parent`` (it ended, and the process
    was handed to another); look ``every`` seconds."""
    while os.getppid() == parent:
        time.sleep(every)
    leave()


class DrawingPool:
    """Charts drawn by worker processes from the moment they are known. ``close`` ends the
    processes (a failed build calls it too: what was handed out and not done is cancelled)."""

    def __init__(self, cache: Path, fonts: Path, workers: int = 0) -> None:
        self.cache, self.fonts, self.workers = cache, fonts, workers
        self.waiting: dict[str, Job] = {}  # to draw, not yet handed out
        self.kept: dict[str, Drawing] = {}  # found in the cache, checked
        self.damaged: set[str] = set()  # found in the cache, but not whole or not safe: drawn anew
        self.started: dict[str, concurrent.futures.Future[Drawn]] = {}
        self.count = 1  # processes drawing (1: none started; drawn here when asked for)
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def knows(self, key: str) -> bool:
        """Whether the drawing of ``key`` is found in the cache, handed out or waiting already."""
        return key in self.kept or key in self.started or key in self.waiting

    def prestart(self) -> None:
        """Start the processes now, before any chart is known (a cold build: the cache holds no
        drawing), so that each has loaded vl-convert's engine while the first pages are read."""
        if self._pool is None and _processes(self.workers) > 1:
            self._start()
            for _ in range(self.count):  # a process is spawned when a task finds none idle
                self._pool.submit(int)

    def submit(self, jobs: Mapping[str, Job]) -> None:
        """Hand out the charts of ``jobs`` that the cache does not hold (each key once)."""
        for key, job in jobs.items():
            if self.knows(key):
                continue
            found = read_kept(self.cache, key, job)
            if found is not None:
                self.kept[key] = found
            else:
                self.waiting[key] = job
                if (self.cache / f"{key}.png").exists() or (self.cache / svg_file(key, "")).exists():
                    self.damaged.add(key)
        if self._pool is None and len(self.waiting) >= PARALLEL_FROM and _processes(self.workers) > 1:
            self._start()
        if self._pool is not None:
            for key in sorted(self.waiting):
                self.started[key] = self._pool.submit(draw_chart, *ready(self.waiting[key]))
            self.waiting.clear()

    def _start(self) -> None:
        self.count = _processes(self.workers)
        self.cache.mkdir(parents=True, exist_ok=True)
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(str(self.fonts), os.getpid()),
        )

    def results(self, keys: list[str]) -> Iterator[Drawn]:
        """The drawings of ``keys`` (handed out or still waiting), in order, as they are made."""
        self.submit({key: self.waiting[key] for key in keys if key in self.waiting})
        here = [key for key in keys if key in self.waiting]
        if here:
            start_drawing(str(self.fonts))
        for key in keys:
            yield self.started[key].result() if key in self.started else draw_chart(*ready(self.waiting.pop(key)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _processes(workers: int) -> int:
    """Processes to draw with: ``workers``, or one per core (at most 8)."""
    return workers or min(os.cpu_count() or 1, 8)


def draw_all(
    specs: Mapping[str, tuple[dict[str, Any], dict[str, Any]] | Job],
    cache: Path,
    fonts: Path,
    workers: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cards: Mapping[str, CardText] | None = None,
    font_family: str = "Atkinson Hyperlegible Next Nul",
    pool: DrawingPool | None = None,
) -> tuple[dict[str, Drawing], DrawingStats]:
    """A drawing for every key of ``specs`` (key -> (spec, spec for the PNG) or a ``Job``) and of
    ``cards`` (key -> the card's texts, drawn in ``font_family`` from ``fonts``), using the cache and
    what ``pool`` drew meanwhile; ``progress(done, total)`` is told as new drawings are made."""
    began = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    cards = cards or {}
    jobs: dict[str, Job] = {k: v if len(v) == 3 else (v[0], v[1], PNG_SCALE) for k, v in specs.items()}  # type: ignore[misc]
    pool = pool or DrawingPool(cache, fonts, workers)
    to_card = [key for key in sorted(cards) if not complete_png(cache / f"{key}.png")]
    damaged = {key for key in to_card if (cache / f"{key}.png").exists()}
    total, done, rendering = 0, 0, 0.0
    found: dict[str, Drawing] = {}
    chart_seconds: list[float] = []

    def told() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    try:
        pool.submit(jobs)  # what the cache holds is checked; the rest is handed out
        to_draw = [key for key in sorted(jobs) if key not in pool.kept]
        found = {key: pool.kept[key] for key in jobs if key in pool.kept}
        total = len(to_draw) + len(to_card)
        card_fonts = CardFonts(fonts, font_family)
        for key in to_card:  # in this process, while the workers draw the charts
            started = time.perf_counter()
            write_atomically(cache / f"{key}.png", draw_card(cards[key], card_fonts))
            rendering += time.perf_counter() - started
            told()
        for key, (svg, png, seconds) in zip(to_draw, pool.results(to_draw), strict=True):
            rendering += seconds
            chart_seconds.append(seconds)
            found[key] = _made(cache, key, svg, png)
            told()
    finally:
        pool.close()  # every chart is known and drawn: the processes (vl-convert's memory) end before the PDFs
    found |= {key: Drawing(cache, key) for key in cards}
    stats = DrawingStats(
        charts=len(found),
        drawn=total,
        cached=len(found) - total,
        seconds=time.perf_counter() - began,
        render_seconds=rendering,
        workers=pool.count,
        drawn_keys=(*to_draw, *to_card),
        damaged=len(pool.damaged | damaged),
        chart_seconds=tuple(chart_seconds),
    )
    return found, stats
