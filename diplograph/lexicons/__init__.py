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

import ahocorasick_rs


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


@cache
def common_han() -> frozenset[str]:
    """The most frequent Han characters of news text (common_han.txt): judging a decoding, and telling a
    word's characters from the rarer ones names are written with."""
    return frozenset("".join(row[0] for row in read_rows("common_han.txt")))


def lexicon_files(extra_dir: str = "") -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every lexicon file that shapes the output, shipped ones first."""
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".txt")):
            yield entry.name, entry.read_bytes()
    if extra_dir and Path(extra_dir).is_dir():
        for path in sorted(Path(extra_dir).glob("*.tsv")):
            yield f"extra/{path.name}", path.read_bytes()


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (`a|(?:b|c)|d` gives `a`, `(?:b|c)`, `d`)."""
    out, depth, last, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # a character class: skip to its closing bracket (`[^）)]`, `[]a]`)
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern.startswith("]", i)
            while i < len(pattern) and pattern[i] != "]":  # an unclosed class is left for re.compile to report
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[last:i])
            last = i + 1
        i += 1
    return [*out, pattern[last:]]


BACKREF = re.compile(r"\\[1-9]")
UNSCANNABLE = ("\\b", "(?=", "(?!", "(?<=", "(?<!")  # openings that leave `re` no first characters
LITERAL = re.compile(r"(?:[^\\.^$*+?{}\[\]()|]|\\[^A-Za-z0-9])+")  # plain characters, escaped punctuation
ESCAPED = re.compile(r"\\(.)")  # an escaped character of a literal (`\.`, `\|`) stands for itself


def _plain_words(branches: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    """The plain-word alternatives (escapes undone) as one automaton: it finds any of them in one pass, three
    times faster than `re`, which tries each word at every position where the text holds a first character of
    one (a common Han character is the first of many words)."""
    words = [ESCAPED.sub(r"\1", b) for b in branches if LITERAL.fullmatch(b)]
    return ahocorasick_rs.AhoCorasick(words) if words else None


def _search_groups(branches: list[str]) -> list[re.Pattern[str]]:
    """Unanchored alternatives other than plain words (see `_plain_words`) compiled so that `re` can skip ahead
    to where one may start: each gets a regex of its own, since mixing them in one alternation makes `re` try
    every alternative at every position. Those that open with `\\b` or a look-around give `re` no first
    characters to scan for and are tried at every position anyway: they share one alternation, one pass over
    the text instead of one each."""
    # (a branch with a named group or a back-reference keeps a regex of its own: its numbering would shift)
    blind = [b for b in branches if b.startswith(UNSCANNABLE) and "(?P" not in b and not BACKREF.search(b)]
    others = [b for b in branches if not LITERAL.fullmatch(b) and b not in blind]
    joined = ["|".join(f"(?:{b})" for b in blind)] if blind else []
    return [re.compile(p) for p in joined + others]


def _lowered(pattern: str) -> str:
    """The pattern with its literal letters in lower case; escapes (`\\S`, `\\N{…}`) stay as written."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            end = pattern.index("}", i) + 1 if pattern.startswith("\\N{", i) else i + 2
            out.append(pattern[i:end])
            i = end
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


class PatternGroup:
    """One kind of a case-insensitive regex lexicon, tested against the lower-cased text: `re.I` would turn
    off the scan for possible first characters and make every search several times slower. Alternatives
    anchored at `^` are tried only at the start of the text, the others anywhere (see `_search_groups`)."""

    def __init__(self, patterns: list[str]) -> None:
        branches = [_lowered(b) for p in patterns for b in _branches(p)]
        starts = [b[1:] for b in branches if b.startswith("^")]
        self._start = re.compile("|".join(f"(?:{b})" for b in starts)) if starts else None
        self._words = _plain_words([b for b in branches if not b.startswith("^")])
        self._anywhere = _search_groups([b for b in branches if not b.startswith("^")])

    def matches(self, text: str) -> bool:
        """Whether any pattern matches: an anchored one at the start, another anywhere."""
        return self.matches_lower(text.lower())

    def matches_start(self, low: str) -> bool:
        """Whether an alternative anchored at `^` matches the lower-cased text."""
        return self._start is not None and self._start.match(low) is not None

    def matches_lower(self, low: str) -> bool:
        """`matches` for a text already in lower case (a caller testing several groups lowers it once)."""
        if self.matches_start(low):
            return True
        if self._words is not None and self._words.find_matches_as_indexes(low):
            return True
        for pattern in self._anywhere:
            if pattern.search(low):
                return True
        return False


@cache
def pattern_groups(name: str) -> dict[str, PatternGroup]:
    """A `kind<TAB>regex` lexicon compiled per kind."""
    groups: dict[str, list[str]] = {}
    for kind, pattern, *_ in read_rows(name):
        groups.setdefault(kind, []).append(pattern)
    return {k: PatternGroup(v) for k, v in groups.items()}


@cache
def pattern_alternation(name: str, kind: str) -> re.Pattern[str]:
    """One kind of a regex lexicon as a single alternation, for edits that need every match."""
    return re.compile("|".join(f"(?:{p})" for k, p, *_ in read_rows(name) if k == kind), re.I)
