"""Progress: what a long build is doing, on a terminal; nothing in a CI log.

A build reports stages ("Læser data", "Tegner grafer 12 af 34") to ``Progress``, which writes
them on one line of a terminal (rewritten in place) and stays quiet when the output is not a
terminal or the CI variable is set. The time of each stage is kept for the build's summary.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from ..danish import words


@dataclass
class Progress:
    stream: TextIO | None = None
    enabled: bool = False
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    _stage: str = ""
    _since: float = 0.0

    @classmethod
    def for_terminal(cls) -> Progress:
        stream = sys.stderr
        return cls(stream=stream, enabled=stream.isatty() and not os.environ.get("CI"))

    def stage(self, name: str) -> None:
        """A new stage begins (the one before it ends)."""
        self.end()
        self._stage, self._since = name, time.perf_counter()
        self._show(f"{name} …")

    def step(self, done: int, total: int) -> None:
        self._show(words.PROGRESS_STEP.format(stage=self._stage, done=done, total=total))

    def end(self) -> None:
        if self._stage:
            self.timings[self._stage] = self.timings.get(self._stage, 0.0) + time.perf_counter() - self._since
            self._stage = ""
        self._show("")

    def _show(self, text: str) -> None:
        if self.enabled and self.stream is not None:
            self.stream.write("\r\033[K" + text)
            self.stream.flush()
