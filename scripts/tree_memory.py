"""The real memory of a build and every process it starts, sampled while it runs (Linux).

``run_sampled(command, cwd, env)`` runs ``command`` and, every ``INTERVAL`` seconds, sums the
proportional set size (PSS, ``/proc/<pid>/smaps_rollup``) over the process and all its descendants:
a page shared by several processes (a library, or what a forked child still shares copy-on-write
with its parent) is counted once in all, split between them. The highest sum is the tree's peak.
The resident sizes (RSS) are summed too, which counts a shared page once per process.

Why sampling PSS and not a cgroup's ``memory.peak``: a process here cannot make a cgroup of its own
(the machine's cgroup v1 memory controller is shared by every job on it), and ``getrusage``'s
``ru_maxrss`` of the children is the largest child's, and on Linux a child started by fork and exec
inherits its parent's high-water mark (``exec`` keeps the larger of the two), so a drawing process
started late in a build reports the build's size. A sample can miss a peak shorter than the interval;
the build process's own exact high-water mark (``VmHWM``) is reported beside it.
"""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

INTERVAL = 0.1  # seconds between samples
TIMELINE_EVERY = 20  # one sample in so many is kept in the timeline


@dataclass
class TreeMemory:
    """What the sampler saw, in MiB: the peak of the tree's summed PSS and of its summed RSS, the
    build process's own high-water mark, the most processes at once, and the samples taken."""

    peak_pss_mib: float = 0.0
    peak_rss_mib: float = 0.0
    build_hwm_mib: float = 0.0
    most_processes: int = 0
    samples: int = 0
    timeline: list[tuple[float, float, int]] = field(default_factory=list)  # (seconds, PSS MiB, processes)


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from each thread's ``children`` file."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = list(Path(f"/proc/{current}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def rollup_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of ``pid`` in KiB, or (0, 0) when it has ended."""
    pss = rss = 0
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            pss = int(line.split()[1])
        elif line.startswith("Rss:"):
            rss = int(line.split()[1])
    return pss, rss


def high_water_kib(pid: int) -> int:
    """``pid``'s own peak resident size (``VmHWM``) in KiB, or 0."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _sample(process: subprocess.Popen[bytes], seen: TreeMemory, began: float) -> None:
    while process.poll() is None:
        pids = descendants(process.pid)
        sizes = [rollup_kib(pid) for pid in pids]
        pss, rss = sum(s[0] for s in sizes) / 1024, sum(s[1] for s in sizes) / 1024
        seen.samples += 1
        seen.most_processes = max(seen.most_processes, sum(1 for s in sizes if s[1]))
        seen.peak_rss_mib = max(seen.peak_rss_mib, rss)
        seen.peak_pss_mib = max(seen.peak_pss_mib, pss)
        if seen.samples % TIMELINE_EVERY == 1:
            seen.timeline.append((round(time.perf_counter() - began, 1), round(pss), len(pids)))
        seen.build_hwm_mib = max(seen.build_hwm_mib, high_water_kib(process.pid) / 1024)
        time.sleep(INTERVAL)


def run_sampled(
    command: list[str], cwd: Path, env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[bytes], float, TreeMemory]:
    """Run ``command`` in ``cwd`` with ``env`` while sampling its tree's memory: the finished process
    (output captured), its wall-clock seconds and what was seen."""
    seen = TreeMemory()
    began = time.perf_counter()
    with subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        sampler = threading.Thread(target=_sample, args=(process, seen, began), daemon=True)
        sampler.start()
        out, err = process.communicate()
        sampler.join()
    seconds = time.perf_counter() - began
    return subprocess.CompletedProcess(command, process.returncode, out, err), seconds, seen


if __name__ == "__main__":  # tree_memory.py COMMAND...: run it here, print what was seen
    import dataclasses
    import json
    import os
    import resource
    import sys

    finished, took, memory = run_sampled(sys.argv[1:], Path.cwd(), dict(os.environ))
    sys.stderr.buffer.write(finished.stderr[-3000:])
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"returncode": finished.returncode, "seconds": round(took, 1), "cpu_seconds":
                      round(used.ru_utime + used.ru_stime, 1), **dataclasses.asdict(memory)}))  # fmt: skip
    sys.exit(finished.returncode)
