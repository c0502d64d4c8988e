"""Real data stays out of git: warn when a data file tracked by git is not marked synthetic.

Pseudonymous exports are still personal data. Real exports belong in a folder
outside the repository (RESULTS_DATA_PATH) or in a git-ignored one.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

from ..danish import words
from .datasets import Outcome, Survey


def tracked_files(folder: Path) -> set[str] | None:
    """Names of the files in ``folder`` that git tracks; None when git or a repository is missing."""
    try:
        result = subprocess.run(
            ["git", "ls-files", "-z", "--", "."],
            cwd=folder,
            capture_output=True,
            check=False,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return {Path(name).name for name in result.stdout.decode("utf-8", "replace").split("\0") if name}


def real_data_in_git(datasets: Iterable[Survey | Outcome], folder: Path) -> list[str]:
    """A warning for each data file that git tracks although its dataset is not marked synthetic."""
    tracked = tracked_files(folder)
    if not tracked:
        return []
    files: list[tuple[str, str, bool]] = []
    for dataset in datasets:
        if isinstance(dataset, Survey):
            files += [(r.file, dataset.key, dataset.synthetic) for r in dataset.rounds]
        else:
            files.append((dataset.file, dataset.key, dataset.synthetic))
    return [
        words.REAL_DATA_IN_GIT.format(file=file, dataset=dataset)
        for file, dataset, synthetic in files
        if Path(file).name in tracked and not synthetic
    ]
