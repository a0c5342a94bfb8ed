"""Lexicons shipped as data files: sorted TSV, one entry per line, `#` comments allowed."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def read_rows(name: str) -> list[list[str]]:
    """Rows of a TSV lexicon in this folder, comments and blank lines skipped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@cache
def pattern_groups(name: str) -> dict[str, re.Pattern[str]]:
    """A `kind<TAB>regex` lexicon compiled into one alternation per kind."""
    groups: dict[str, list[str]] = {}
    for kind, pattern, *_ in read_rows(name):
        groups.setdefault(kind, []).append(pattern)
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in groups.items()}
