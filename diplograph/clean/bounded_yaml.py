"""YAML for front matter, bounded: aliases may not expand it past a number of values, and dates stay text.

A few lines of anchors and aliases can stand for billions of values (an "alias bomb"); PyYAML shares the
aliased objects, so the blow-up comes later, when the values are turned into strings or stored. The
expanded size is counted on the composed node graph, before anything is built. Timestamps are not
converted: a date that does not exist (`2024-02-30`) would otherwise fail the whole page, and the
metadata stage reads dates from text anyway.
"""

from __future__ import annotations

from typing import Any

import yaml

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TooLarge(yaml.YAMLError):
    """The YAML expands to more values than allowed, or refers to itself."""


# libyaml's C parser where PyYAML was built with it: the same safe subset, several times faster
BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(BASE):  # type: ignore[misc, valid-type]
    """The safe loader without the implicit timestamp type."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != TIMESTAMP]
    for first, resolvers in BASE.yaml_implicit_resolvers.items()
}


def expanded_size(node: yaml.Node, limit: int) -> int:
    """How many values `node` stands for with every alias expanded; TooLarge past `limit`."""
    sizes: dict[int, int | None] = {}

    def size(n: yaml.Node) -> int:
        key = id(n)
        if key in sizes:
            known = sizes[key]
            if known is None:
                raise TooLarge("front matter refers to itself")
            return known
        sizes[key] = None
        total = 1
        if isinstance(n, yaml.SequenceNode):
            total += sum(size(c) for c in n.value)
        elif isinstance(n, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in n.value)
        if total > limit:
            raise TooLarge(f"front matter expands to more than {limit} values (max_yaml_values)")
        sizes[key] = total
        return total

    return size(node)


def load_yaml(text: str, max_values: int) -> Any:
    """The value of one YAML document, dates as text; TooLarge when aliases expand it past `max_values`."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node, max_values)
        return loader.construct_document(node)
    finally:
        loader.dispose()
