"""Officials English names by their states and a lower-case title alone: several states and one title in the
plural (`the foreign ministers of Egypt and Jordan`, `Egyptian and Jordanian foreign ministers`), one titled
person of each state; and a state's possessive before a title with no name after it (`Egypt's foreign
minister`, `Jordan's king`), that state's holder of the title, as `the Egyptian foreign minister` is."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.mention import Mention, best_office
from diplograph.lexicons.literals import at_word_start

STATE_KINDS = ("country", "short")
MANY_A_SIDE = frozenset(("envoy", "other", "military"))  # offices a state may have several holders of at a table
EN_JOIN = re.compile(r"\s*(?:,\s*and|,|and)?\s*(?:the\s+)?")  # between the states of a run (`, and the`)
PLURAL_TITLE_OF = re.compile(at_word_start("[Tt]he") + r" ((?:[a-z]+ ){0,2}[a-z]+s) of (?:the )?")
PLURAL_TITLE_AFTER = re.compile(r" +((?:[a-z]+ ){0,2}[a-z]+s)\b")
POSSESSED_TITLE = re.compile(r"['’]s ((?:[a-z]+ ){0,2}[a-z]+)\b")
# `Egypt's foreign minister Badr …` (a chain of its own), `… of Trade`, `the prime minister's office`
NAME_AFTER = re.compile(r",? +(?:[A-Z]|of\b|for\b)|['’]")
# what may follow a title that ends its noun phrase: punctuation, a verb or a function word (not `Ukraine's
# general staff`, where the words run on into another noun)
PHRASE_ENDS = re.compile(r"[,.;:!?)\n]|$| (?:[a-z]+(?:ed|es|s)|and|or|who|whose|had|will|would|could|can|may|must|"
                         r"met|meets|spoke|told|held|made|went|came|took|gave|left|on|in|at|to|with|from|during|also|"
                         r"then|later|again|alone|himself|herself)\b")

TitleAt = Callable[[str, Gazetteer], "tuple[int, str] | None"]


def state_run(text: str, hits: list[Hit], at: int, kinds: tuple[str, ...] = STATE_KINDS) -> list[Hit]:
    """The run of state names (of `kinds`) starting at `at` and joined by commas or `and` (of South Korea and
    China); `hits` sorted by start."""
    run: list[Hit] = []
    pos = at
    for h in hits[bisect_left(hits, at, key=_start) :]:
        if not EN_JOIN.fullmatch(text, pos, h.start) or not any(e.kind in kinds for e in h.entries):
            break
        run.append(h)
        pos = h.end
    return run


def joint_titles(text: str, hits: list[Hit], gaz: Gazetteer, title_at: TitleAt, taken: set[int]) -> list[Mention]:
    """One titled person of each of two or more states one plural title names together (`the foreign ministers
    of A and B`, `A-ian and B-ian defense ministers`), named by the title alone."""
    out: list[Mention] = []
    if "s of " in text:
        for m in PLURAL_TITLE_OF.finditer(text):
            office = _plural_office(m.group(1), gaz, title_at)
            run = state_run(text, hits, m.end()) if office else []
            out += _one_each(text, run, m.span(1), office) if len(run) >= 2 else []
    k = 0
    while k < len(hits):
        run = state_run(text, hits, hits[k].start, ("demonym",)) if hits[k].first("demonym") else []
        k += max(1, len(run))
        after = PLURAL_TITLE_AFTER.match(text, run[-1].end) if len(run) >= 2 else None
        office = _plural_office(after.group(1), gaz, title_at) if after else None
        if office:
            out += _one_each(text, run, after.span(1), office)
    return [m for m in out if m.start not in taken]


def _plural_office(words: str, gaz: Gazetteer, title_at: TitleAt) -> str | None:
    """The office of a title in the plural that `words` spell whole (`foreign ministers`), else None; not
    titles a state may send several of (envoys, negotiators, generals: the states are the sides of those)."""
    found = title_at(words[:-1], gaz)
    return found[1] if found and found[0] == len(words) - 1 and found[1] not in MANY_A_SIDE else None


def _one_each(text: str, run: list[Hit], span: tuple[int, int], office: str) -> list[Mention]:
    """A person of each state of the run, holding the office the title at `span` names, named by its singular."""
    a, b = span[0], span[1] - 1
    codes: list[str] = []
    out = []
    for h in run:
        code = next(e.value for e in h.entries if e.kind in (*STATE_KINDS, "demonym"))
        if code not in codes:
            codes.append(code)
            out.append(Mention("person", h.start, h.end, name=text[a:b], name_span=(a, b), affiliation=code,
                               affiliation_from="text", office=best_office([office], False), title=text[a:b],
                               title_span=(a, b)))
    return out if len(out) >= 2 else []


def possessed_state_titles(text: str, hits: list[Hit], gaz: Gazetteer, title_at: TitleAt,
                           taken: set[int]) -> list[Mention]:
    """`Egypt's foreign minister`, `Jordan's king` with no name after them: the holder of that title of that
    state, named by the title alone (found later from the names in the text or the day's holder)."""
    out = []
    for h in hits:
        entry = h.first("country") or h.first("short")
        after = POSSESSED_TITLE.match(text, h.end) if entry is not None and h.start not in taken else None
        found = title_at(after.group(1), gaz) if after else None
        if found is None:
            continue
        a = after.start(1)
        b = a + found[0]
        if NAME_AFTER.match(text, b) or not PHRASE_ENDS.match(text, b):
            continue
        out.append(Mention("person", h.start, b, name=text[a:b], name_span=(a, b), affiliation=entry.value,
                           affiliation_from="text", office=best_office([found[1]], False), title=text[a:b],
                           title_span=(a, b)))
    return out


def _start(h: Hit) -> int:
    return h.start
