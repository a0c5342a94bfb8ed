"""Lexicons shipped as data files: sorted TSV, one entry per line, `#` comments allowed.

A user extends any of them with a folder (setting `extra_lexicons`) holding files of the same name,
whose rows are read after the shipped ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_rows(name: str, extra_dir: str = "") -> list[list[str]]:
    """Rows of a TSV lexicon in this folder, then of the same-named file in `extra_dir` if there is one."""
    rows = _rows(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    if extra_dir:
        extra = Path(extra_dir) / name
        if extra.is_file():
            rows += _rows(extra.read_text(encoding="utf-8"))
    return rows


def lexicon_files(extra_dir: str = "") -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every lexicon file that shapes the output, shipped ones first."""
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".txt")):
            yield entry.name, entry.read_bytes()
    if extra_dir and Path(extra_dir).is_dir():
        for path in sorted(Path(extra_dir).glob("*.tsv")):
            yield f"extra/{path.name}", path.read_bytes()


@cache
def pattern_groups(name: str) -> dict[str, re.Pattern[str]]:
    """A `kind<TAB>regex` lexicon compiled into one alternation per kind."""
    groups: dict[str, list[str]] = {}
    for kind, pattern, *_ in read_rows(name):
        groups.setdefault(kind, []).append(pattern)
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in groups.items()}
