"""Literals a regex cannot match without: a cheap test that rules a text out before the regex runs.

A regex that opens with a look-behind, a class repeated from zero or an alternation of groups gives `re` no
first characters to scan for, so it is tried at every position of the text. Most texts hold none of the words
such a pattern is about; the words every match must hold (one of `资料照片`/`資料照片`) are read off the parsed
pattern, and a substring test over them is far cheaper than the search. The test is exact: a text holding
none of the needles has no match. Letters that have a case are kept only when the pattern is case-sensitive.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's opcodes)
from re import _parser as sre_parse

import ahocorasick_rs

from diplograph.lexicons import _lowered, pattern_groups, read_rows

Needles = tuple[str, ...] | None  # one of these strings is in every match; None: nothing known

REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def needles(pattern: str, flags: int = 0) -> Needles:
    """Strings one of which every match of `pattern` holds, or None when the pattern requires no literal
    (or one with cased letters under re.I, which a plain substring test would miss)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed.data), bool((flags | parsed.state.flags) & re.I))
    return _fewest(found) if found else None


def _sequence(items: list, folded: bool) -> Needles:
    """The most selective requirement of a sequence of items: its longest run of literals, or what one of its
    groups, alternations or repeated parts requires."""
    best: Needles = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, (run,) if _usable(run, folded) else None)
            run = ""
        best = _better(best, _item(op, av, folded))
    return best


def _item(op, av, folded: bool) -> Needles:
    """What one item other than a literal requires: a group's, each branch's, a repeated part's (at least
    once), or one of a small class's characters."""
    if op is C.SUBPATTERN:
        _, add, _, sub = av
        return _sequence(list(sub.data), folded or bool(add & re.I))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av.data), folded)
    if op in REPEATS and av[0] >= 1:
        return _sequence(list(av[2].data), folded)
    if op is C.BRANCH:
        branches = [_sequence(list(b.data), folded) for b in av[1]]
        return None if any(b is None for b in branches) else tuple(s for b in branches for s in b)
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        chars = tuple(chr(v) for _, v in av)
        return chars if all(_usable(c, folded) for c in chars) else None
    return None


def _usable(text: str, folded: bool) -> bool:
    """Whether a literal can be looked for as written: always, unless the match ignores case and it has a
    letter with case."""
    return not folded or text.lower() == text.upper()


def _better(a: Needles, b: Needles) -> Needles:
    """The more selective requirement: the one whose shortest string is longer, then the one with fewer."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda n: (min(map(len, n)), -len(n)))


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
