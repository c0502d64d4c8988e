"""Values kept apart from a cache file (``plain_data.dumps_apart``): a chart's spec, read back only
when it is used.

``Side`` is the second text of one file: its hash is checked when the first text names it
(``check``), and it is parsed when the first value kept in it is asked for. ``Apart`` is one such
value, a mapping whose keys are known at once and whose values are parsed on first use;
``as_dict`` gives any such mapping as a plain dict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any


class Side:
    """The second text of a file (``dumps_apart``): read once its hash is to be checked, parsed
    when the first value kept in it is asked for."""

    def __init__(self, read: Callable[[], bytes] | None) -> None:
        self.read, self.data, self.items = read, b"", None
        self.referred = self.checked = False

    def check(self, sha: Any) -> None:
        if self.read is None or not isinstance(sha, str):
            raise ValueError("a value kept apart, but no second text to read")
        self.data = self.read()
        if hashlib.sha256(self.data).hexdigest() != sha:
            raise ValueError("the second text is not the one the first names")
        self.checked = True

    def refer(self, number: Any, keys: Any) -> Apart:
        """The value kept as ``number`` with ``keys``, as the first text refers to it."""
        if type(number) is not int or not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ValueError("not a reference to a value kept apart")
        self.referred = True
        return Apart(self, number, tuple(keys))

    def item(self, number: int) -> Any:
        if self.items is None:
            items = json.loads(self.data)
            if not isinstance(items, list):
                raise ValueError("the second text is not a list")
            self.items, self.data = items, b""
        if not 0 <= number < len(self.items):
            raise ValueError(f"nothing kept apart as number {number}")
        return self.items[number]


class Apart(Mapping[str, Any]):
    """A mapping kept in the second text (``dumps_apart``): its keys known at once, its values read
    when first asked for."""

    def __init__(self, side: Side, number: int, keys: tuple[str, ...]) -> None:
        self._side, self._number, self._keys, self._whole = side, number, keys, None

    def whole(self) -> dict[str, Any]:
        if self._whole is None:
            found = self._side.item(self._number)
            if not isinstance(found, dict) or tuple(found) != self._keys:
                raise ValueError("a value kept apart does not match its keys")
            self._whole = found
        return self._whole

    def __getitem__(self, key: str) -> Any:
        return self.whole()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __repr__(self) -> str:
        return repr(self.whole())


def as_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    """A plain-JSON mapping as a dict: an ``Apart`` read, a dict as it is."""
    return value.whole() if isinstance(value, Apart) else value if isinstance(value, dict) else dict(value)
