"""Reading YAML the build trusts no further than plain data: the descriptor's loader.

PyYAML's safe loader, narrowed for files a person writes by hand:

- a key written twice in one mapping is an error;
- anchors and aliases (``&navn``, ``*navn``) are refused: they are what makes a 1 KB file expand
  to gigabytes (»billion laughs«), and a descriptor has no use for them;
- nesting deeper than MAX_DEPTH is refused before it is built (no RecursionError);
- a key must be a text or a number, not a list or a mapping;
- a file over MAX_BYTES is refused before it is read.

Every mapping comes back as a ``Located`` dict that knows the line of each of its keys, so a
problem can name the line to fix. ``load`` raises ``YamlRefused`` with Danish ``what``, ``fix`` and
the line; the caller turns it into a Problem.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

from ..danish import words

MAX_DEPTH = 20  # lists and mappings inside each other; the example descriptor needs 5
MAX_BYTES = 1_000_000  # a descriptor is a few kilobytes


class YamlRefused(Exception):
    """A YAML file that is refused: what is wrong, how to fix it, and the line (1-based) if known."""

    def __init__(self, what: str, fix: str, line: int | None = None) -> None:
        self.what, self.fix, self.line = what, fix, line
        super().__init__(what)


class Located(dict[Any, Any]):
    """A mapping read from YAML that remembers the line of each of its keys, and of each item of a
    list under a key (``item_lines``)."""

    lines: dict[Any, int]
    item_lines: dict[Any, list[int]]


def _line(mark: yaml.Mark | None) -> int | None:
    return mark.line + 1 if mark is not None else None


class _StrictLoader(yaml.SafeLoader):
    """The safe loader with the limits of the module docstring."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise YamlRefused(words.YAML_ALIAS, words.YAML_ALIAS_FIX, _line(event.start_mark))
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise YamlRefused(
                words.YAML_TOO_DEEP.format(limit=MAX_DEPTH), words.YAML_TOO_DEEP_FIX, _line(event.start_mark)
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable) or isinstance(key, tuple):
                raise YamlRefused(words.YAML_KEY_NOT_TEXT, words.YAML_KEY_NOT_TEXT_FIX, _line(key_node.start_mark))
            if key in seen:
                raise YamlRefused(
                    words.DESCRIPTOR_KEY_TWICE.format(key=key),
                    words.DESCRIPTOR_KEY_TWICE_FIX,
                    _line(key_node.start_mark),
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_located(self, node: yaml.MappingNode) -> Any:
        """A mapping as a ``Located`` dict (a generator, as PyYAML builds mappings in two steps)."""
        data = Located()
        data.lines, data.item_lines = {}, {}
        yield data
        data.update(self.construct_mapping(node))
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            data.lines.setdefault(key, key_node.start_mark.line + 1)
            if isinstance(value_node, yaml.SequenceNode):
                data.item_lines.setdefault(key, [item.start_mark.line + 1 for item in value_node.value])


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _StrictLoader.construct_located)


def load(path: Path) -> Any:
    """The plain data of the YAML file at ``path`` (refused as described in the module docstring)."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise YamlRefused(
            words.YAML_TOO_LARGE.format(size=f"{size / 1_000:.0f}", limit=f"{MAX_BYTES / 1_000:.0f}"),
            words.YAML_TOO_LARGE_FIX,
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise YamlRefused(words.DESCRIPTOR_NOT_YAML, words.DESCRIPTOR_NOT_YAML_FIX) from None
    loader = _StrictLoader(text)
    try:
        return loader.get_single_data()
    except YamlRefused:
        raise
    except yaml.YAMLError as error:
        line = _line(getattr(error, "problem_mark", None))
        raise YamlRefused(words.DESCRIPTOR_NOT_YAML, words.DESCRIPTOR_NOT_YAML_FIX, line) from None
    except RecursionError:  # nesting that PyYAML's parser itself cannot follow
        raise YamlRefused(words.YAML_TOO_DEEP.format(limit=MAX_DEPTH), words.YAML_TOO_DEEP_FIX) from None
    finally:
        loader.dispose()
