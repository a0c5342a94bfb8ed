"""Regexes made cheap to search through a text: literal words a regex cannot match without (a cheap `in` test on
them skips a search that is bound to fail), and words at a word boundary written so that `re` can scan for them.

A regex that opens with a name (`[A-Z]\\w+ …`) or a look-around is tried at nearly every position of a text,
while the words it needs further on (` as its `, `led by`) are absent from most texts; `str.__contains__`
finds that out many times faster than the search would. The words are read from the parsed pattern, so they
follow any edit of it; where no word can be proven required the regex simply always runs. A regex lexicon's
rows are screened the same way, all at once: one automaton pass over a line tells whether any row may match.
"""

from __future__ import annotations

import re
import re._constants as sre  # the node names of the parse tree `re` itself compiles from
import re._parser as sre_parse
from collections.abc import Iterator

import ahocorasick_rs

from diplograph.lexicons import _branches, _lowered, read_rows

MIN_WORD = 2  # a required word shorter than this rules out too few texts to be worth testing
MAX_WORDS = 16  # more alternatives than this cost more to test than the search they would save
Clause = tuple[str, ...]  # alternatives: a match holds at least one of them
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
GROUPS = (sre.SUBPATTERN, getattr(sre, "ATOMIC_GROUP", sre.SUBPATTERN))


def _clauses(items, folded: bool = False) -> Iterator[Clause]:
    """Every clause a sequence of parsed items needs: each run of plain characters (spelled every way a small
    class or alternation of plain words lets it: ` as (?:its|their)`), and what its groups, repeats (at least
    once) and alternations need; any other item (a large class, a look-around) ends a run. Under `folded`
    (the match ignores case) a character with case is no plain character: `Read` matches `READ` too."""
    run = [""]
    for op, av in items:
        spellings = _spellings(op, av, folded)
        if spellings is not None and len(run) * len(spellings) <= MAX_WORDS:
            run = [r + s for r in run for s in spellings]
            continue
        if run != [""]:
            yield tuple(run)
            run = [""]
        if op in GROUPS:
            sub = av[-1] if op is sre.SUBPATTERN else av
            yield from _clauses(sub, folded or (op is sre.SUBPATTERN and bool(av[1] & re.IGNORECASE)))
        elif op in REPEATS and av[0] >= 1:
            yield from _clauses(av[2], folded)
        elif op is sre.BRANCH:
            yield from _either(av[1], folded)
    if run != [""]:
        yield tuple(run)


def _spellings(op, av, folded: bool) -> list[str] | None:
    """The strings an item matches when it is plain: a character, a class of listed characters, an alternation
    of plain words; else None."""
    if op is sre.LITERAL:
        out = [chr(av)]
    elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        out = [chr(c) for _, c in av]
    elif op is sre.BRANCH and all(all(o is sre.LITERAL for o, _ in b) for b in av[1]):
        out = ["".join(chr(c) for _, c in b) for b in av[1]]
    else:
        return None
    return None if folded and any(w.lower() != w.upper() for w in out) else out


def _either(branches, folded: bool) -> Iterator[Clause]:
    """What an alternation needs: every word of some usable clause of each branch (nothing if a branch has no
    usable clause)."""
    words: list[str] = []
    for branch in branches:
        usable = _usable(_clauses(branch, folded), 1)  # the clause it makes is held to the caller's length
        if not usable:
            return
        words += [w for w in usable[0] if w not in words]
    yield tuple(words)


def _usable(clauses: Iterator[Clause], min_word: int) -> list[Clause]:
    """The clauses worth testing, the one whose shortest word is longest first (longer words rule out more)."""
    usable = {c for c in clauses if len(c) <= MAX_WORDS and min(map(len, c)) >= min_word
              and all(w.strip() for w in c)}  # spaces alone rule out no text
    return sorted(usable, key=lambda c: (-min(map(len, c)), c))


def required_words(pattern: re.Pattern[str], min_word: int = MIN_WORD) -> tuple[Clause, ...]:
    """Clauses every match of `pattern` fulfils: it holds a word of each, the most selective clause first.
    Words of `min_word` characters at least; under re.I only words without letters of case count."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return tuple(_usable(_clauses(parsed, bool(pattern.flags & re.IGNORECASE)), min_word))


class Gated:
    """A compiled regex behind the test of its required words: where a clause has no word in the text, it finds
    nothing without searching."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.clauses = required_words(pattern)

    def possible(self, text: str) -> bool:
        """Whether the text holds a word of every clause (always, when none is known)."""
        return all(any(w in text for w in clause) for clause in self.clauses)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer` over the whole text."""
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`re.Pattern.search` between `pos` and `endpos`, run only where that window holds a word of every
        clause: a match lies inside the window, and so do the words it holds (none is read from a look-around)."""
        if all(any(text.find(w, pos, endpos) >= 0 for w in clause) for clause in self.clauses):
            return self.pattern.search(text, pos, endpos)
        return None


# what re.I matches for a Latin letter besides its two cases (a long s, the Kelvin sign, a dotted and a dotless i)
CASE_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def at_word_start(*words: str, any_case: bool = False) -> str:
    """`\\b(?:word|…)` written first character first, then a look-back that no word character stands before
    it: a leading `\\b` leaves `re` no first character to scan for, so it tries every position of the text.
    Each word is a regex opening with a letter or a class of letters (`[Tt]he`). With `any_case`, the words
    (each opening with a plain letter) match in any case: a class of their first letters in every case re.I
    matches (CASE_FOLDS too) opens the pattern, as a pattern under re.I is tried at every position too."""
    if any_case:
        letters = "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper(), *CASE_FOLDS.get(w[0], ""))}))
        rest = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
        return rf"[{letters}](?<!\w.)(?i:{rest})"
    return "(?:" + word_starts(*words) + ")"


def word_starts(*words: str, end: str = "", any_case: bool = False) -> str:
    """The words of `at_word_start` as bare alternatives, each opening with a plain letter and ending with `end`,
    for a caller's own alternation (`称|说|` + word_starts(…)): `re` scans for a pattern's first characters
    only when every alternative opens with a plain character, so a group or a class (`[Tt]he`) opening one
    leaves every position of the text to be tried. A word opening with a class, or any word with `any_case`
    (the rest then read in any case), gives one alternative per letter its first one matches; two of them
    never match at one position, so the order of what can match there is kept."""
    out = []
    for word in words:
        opened = word.index("]") if word.startswith("[") else 0
        first, rest = (word[1:opened], word[opened + 1:]) if opened else (word[0], word[1:])
        if any_case:
            first, rest = dict.fromkeys(first.lower() + first.upper() + CASE_FOLDS.get(first, "")), f"(?i:{rest})"
        out += [f"{c}(?<!\\w{c}){rest}{end}" for c in first]
    return "|".join(out)


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
    """One kind of a `kind<TAB>regex` lexicon read as `pattern_groups` reads it (lower-cased text; a branch opening
    with `^` tried at the start alone), behind the needles of its branches: a line holding none of them is not
    searched, and a line holding some is tried only with the branches those needles belong to (a line of
    furniture names one or two of them, not the kind's hundreds; tried as one alternation, the anchored branches
    cost more than the automaton's pass). Branches with no usable needle are tried on every line."""

    def __init__(self, name: str, kind: str) -> None:
        branches = [b for k, p, *_ in read_rows(name) if k == kind for b in _branches(_lowered(p))]
        # (pattern, anchored at the start, needles) of each branch
        found = [(re.compile(b[1:] if b.startswith("^") else b), b.startswith("^"),
                  needles(b[1:] if b.startswith("^") else b)) for b in branches]
        words = sorted({n for _, _, ns in found if ns is not None for n in ns})
        self.automaton = ahocorasick_rs.AhoCorasick(words) if words else None
        # needle index -> the branches holding it (start-anchored ones, the others)
        self.branches_of: list[tuple[list[re.Pattern[str]], list[re.Pattern[str]]]] = [([], []) for _ in words]
        index = {w: i for i, w in enumerate(words)}
        for pattern, anchored, ns in found:
            for n in ns or ():
                self.branches_of[index[n]][0 if anchored else 1].append(pattern)
        self.unscreened = [pattern for pattern, anchored, ns in found if ns is None and not anchored]
        blind = [pattern.pattern for pattern, anchored, ns in found if ns is None and anchored]
        self.unscreened_start = re.compile("|".join(f"(?:{b})" for b in blind)) if blind else None

    def matches_lower(self, low: str) -> bool:
        """The group's answer for a lower-cased text (every needle found, overlaps too: each names branches)."""
        if (self.unscreened_start is not None and self.unscreened_start.match(low)) \
                or any(p.search(low) for p in self.unscreened):
            return True
        if self.automaton is None:
            return False
        hit = {i for i, _, _ in self.automaton.find_matches_as_indexes(low, overlapping=True)}
        return any(p.match(low) for i in hit for p in self.branches_of[i][0]) \
            or any(p.search(low) for i in hit for p in self.branches_of[i][1])
