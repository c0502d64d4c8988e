"""One build at a time per output folder: the lock beside it, let go by the kernel when its holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from public_results.errors import BuildBusy
from public_results.site.build_lock import lock_of, one_build
from support import ROOT

# Another build: takes the lock, says so, and waits to be killed.
HOLDER = """
import sys, time
from pathlib import Path
from public_results.site.build_lock import one_build

with one_build(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(120)
"""


def _holder(output) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(output)], env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


@pytest.mark.hardening
def test_a_second_build_is_refused_naming_the_holder_and_a_killed_holder_blocks_nothing(tmp_path):
    output = tmp_path / "output"
    holder = _holder(output)
    try:
        with pytest.raises(BuildBusy) as refused, one_build(output):
            pytest.fail("two builds held one folder")
        text = refused.value.report()
        assert text.startswith("En anden bygning er i gang: 1 problem.")
        assert f"en anden bygning (proces {holder.pid}) bygger allerede til »{output}«" in text
        assert "Vent, til den anden bygning er færdig, og byg igen." in text
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert lock_of(output).read_text(encoding="ascii").strip() == str(holder.pid)  # the dead build's file stays …
    with one_build(output):  # … and blocks nothing: the kernel let go of the lock
        assert lock_of(output).read_text(encoding="ascii").strip() == str(os.getpid())


@pytest.mark.hardening
def test_a_stale_lock_file_from_a_dead_process_is_no_block(tmp_path):
    output = tmp_path / "output"
    pid = "import os; print(os.getpid())"
    dead = subprocess.run([sys.executable, "-c", pid], capture_output=True, text=True, check=True)
    lock_of(output).write_text(dead.stdout, encoding="ascii")
    with one_build(output):
        pass


@pytest.mark.hardening
def test_the_same_folder_is_locked_once_even_in_one_process_and_other_folders_are_free(tmp_path):
    with one_build(tmp_path / "output"):
        with pytest.raises(BuildBusy), one_build(tmp_path / "output"):
            pass
        with one_build(tmp_path / "output-preview"):  # a preview builds beside, not in, output
            pass
    with one_build(tmp_path / "output"):  # let go when the block ended
        pass
