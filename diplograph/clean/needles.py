"""Regex lexicons screened by the words their rows cannot match without: one automaton pass over a line tells
whether any row may match, and most lines (prose) hold none of the words furniture rows are about. The words
come from `lexicons.literals`, read off each parsed row, so the screen is exact: a line holding none of them has
no match.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from diplograph.lexicons import _lowered, pattern_groups, read_rows
from diplograph.lexicons.literals import required_words


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` holds (the most selective such set, without a string that
    holds another of them), or None when none can be proven required."""
    clauses = required_words(re.compile(pattern, flags), min_word=1)
    return _fewest(clauses[0]) if clauses else None


def _fewest(found: tuple[str, ...]) -> tuple[str, ...]:
    """The needles without those that hold another (`责任编辑` is found where `编辑` is)."""
    unique = sorted(set(found), key=lambda s: (len(s), s))
    return tuple(s for i, s in enumerate(unique) if not any(t in s for t in unique[:i]))


class RowFilter:
    """The rows of a regex lexicon read for their needles: tells, in one pass of an automaton over all of
    them, whether any row may match a text (a row that requires no usable literal is searched as it is)."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        found = [(p, needles(p, flags)) for p in patterns]
        words = sorted({n for _, ns in found if ns is not None for n in ns})
        self.automaton = ahocorasick_rs.AhoCorasick(words) if words else None
        self.searched = [re.compile(p, flags) for p, ns in found if ns is None]

    def may_match(self, text: str) -> bool:
        """False only when no row can match `text`."""
        if self.automaton is not None and self.automaton.find_matches_as_indexes(text):
            return True
        return any(p.search(text) for p in self.searched)


class ScreenedGroup:
    """One kind of a `kind<TAB>regex` lexicon read as `pattern_groups` reads it (lower-cased text), behind the
    needles of its rows: a line holding none of them is not searched. For kinds tested on most lines whose rows
    name rare words (notices: cookies, newsletters); a kind of a few cheap rows gains nothing."""

    def __init__(self, name: str, kind: str) -> None:
        self.group = pattern_groups(name)[kind]
        self.rows = RowFilter([_lowered(p) for k, p, *_ in read_rows(name) if k == kind])

    def matches_lower(self, low: str) -> bool:
        """The group's answer for a lower-cased text."""
        return self.rows.may_match(low) and self.group.matches_lower(low)
