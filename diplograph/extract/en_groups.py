"""English titles written in lower case, and officials named by their states and such a title alone: several
states and one title in the plural (`the foreign ministers of Egypt and Jordan`, `Egyptian and Jordanian
foreign ministers`), one titled person of each state; and a state's possessive before a title with no name
after it (`Egypt's foreign minister`, `Jordan's king`), that state's holder of the title, as `the Egyptian
foreign minister` is."""

from __future__ import annotations

import re
from bisect import bisect_left

from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.mention import Mention, best_office
from diplograph.lexicons.literals import at_word_start

STATE_KINDS = ("country", "short")
# offices a state may send several holders of to one table (envoys, negotiators, generals, officials): the
# states themselves are the sides of those, found apart
MANY_A_SIDE = frozenset(("envoy", "other", "military"))
EN_JOIN = re.compile(r"\s*(?:,\s*and|,|and)?\s*(?:the\s+)?")  # between the states of a run (`, and the`)
# `the foreign ministers of`, and in a readout's capitals `The Foreign Ministers of`
PLURAL_TITLE_OF = re.compile(at_word_start("[Tt]he") + r" ((?:[A-Za-z][a-z]+ ){0,2}[A-Za-z][a-z]+s) of (?:the )?")
# a headline drops the article: `Foreign Ministers of A and B Hold Talks` opening the text
HEADLINE_PLURAL_OF = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s) of (?:the )?")
LOWER_WORDS = re.compile(r" +((?:[a-z]+ ){0,2}[a-z]+)\b")  # up to three lower-case words after a word
STATE_POSSESSED_TITLE = re.compile(r"['’]s ((?:[a-z]+ ){0,2}[a-z]+)\b")
# `Egypt's foreign minister Badr …` (a chain of its own), `… of Trade`, `the prime minister's office`
NAME_AFTER = re.compile(r",? +(?:[A-Z]|of\b|for\b)|['’]")
# what may follow a title that ends its noun phrase: punctuation, a verb or a function word (not `Ukraine's
# general staff`, where the words run on into another noun)
PHRASE_ENDS = re.compile(r"[,.;:!?)\n]|$| (?:[a-z]+(?:ed|es|s)|and|or|who|whose|had|will|would|could|can|may|must|"
                         r"met|meets|spoke|told|held|made|went|came|took|gave|left|on|in|at|to|with|from|during|also|"
                         r"then|later|again|alone|himself|herself)\b")
# `the foreign ministers of A and B, C D and E F`: the names after the states, one for each in turn
LISTED_NAME = re.compile(r"(?:,? +and +|,? +)([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})")


def title_at(words: str, gaz: Gazetteer) -> tuple[int, str] | None:
    """(length, office) of the longest title that `words` (lower case) open with, if any: each shorter run of
    words is looked up whole, capitalised (`foreign minister`: Foreign Minister)."""
    parts = words.split(" ")
    if not gaz.opens_title(parts[0].title()):
        return None  # no title opens with that word (each run's first word is parts[0]): most runs hold none
    for n in range(len(parts), 0, -1):
        phrase = " ".join(parts[:n])
        title = next((e.value for e in gaz.actors.whole(phrase.title()) if e.kind == "title"), None)
        if title is not None:
            return len(phrase), title
    return None


def plural_title(text: str, k: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, office) of a title in the plural written in lower case right after position `k` (`foreign
    ministers` of `ASEAN foreign ministers held talks`: the longest run of the words after it that is one)."""
    m = LOWER_WORDS.match(text, k)
    if m is None:
        return None
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        plural = " ".join(words[:n])
        found = title_at(plural[:-1], gaz) if plural.endswith("s") else None
        if found is not None and found[0] == len(plural) - 1:
            return m.start(1), m.start(1) + len(plural), found[1]
    return None


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


def joint_titles(text: str, hits: list[Hit], gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """One titled person of each of two or more states one plural title names together (`the foreign ministers
    of A and B`, `A-ian and B-ian defense ministers`), named by the title alone; not when their names follow
    (the chains after read those)."""
    out: list[Mention] = []
    if "s of " in text:
        for m in (*PLURAL_TITLE_OF.finditer(text), *filter(None, [HEADLINE_PLURAL_OF.match(text)])):
            office = _plural_office(m.group(1).lower(), gaz)
            run = state_run(text, hits, m.end()) if office else []
            if len(run) >= 2:
                out += _one_each(text, run, m.span(1), office, _listed_names(text, run[-1].end))
    k = 0
    while k < len(hits):
        run = state_run(text, hits, hits[k].start, ("demonym",)) if hits[k].first("demonym") else []
        k += max(1, len(run))
        found = plural_title(text, run[-1].end, gaz) if len(run) >= 2 else None
        if found and found[2] not in MANY_A_SIDE:
            out += _one_each(text, run, found[:2], found[2], _listed_names(text, found[1]))
    return [m for m in out if m.start not in taken]


def _plural_office(words: str, gaz: Gazetteer) -> str | None:
    """The office of a title in the plural that `words` spell whole (`foreign ministers`), else None; not one
    a state may have several holders of at a table."""
    found = title_at(words[:-1], gaz)
    return found[1] if found and found[0] == len(words) - 1 and found[1] not in MANY_A_SIDE else None


def _one_each(text: str, run: list[Hit], span: tuple[int, int], office: str,
              names: list[tuple[int, int]]) -> list[Mention]:
    """A person of each state of the run, holding the office the title at `span` names: named by the `names`
    listed after them, one for each state in turn, else by the title's singular."""
    codes = list(dict.fromkeys(next(e.value for e in h.entries if e.kind in (*STATE_KINDS, "demonym"))
                               for h in run))
    if len(codes) < 2:
        return []
    a, b = span[0], span[1] - 1
    starts = {c: next(h for h in run if c in {e.value for e in h.entries}) for c in codes}
    spans = names if len(names) == len(codes) else [(a, b)] * len(codes)
    return [Mention("person", starts[c].start, max(starts[c].end, y), name=text[x:y], name_span=(x, y),
                    affiliation=c, affiliation_from="text", office=best_office([office], False), title=text[a:b],
                    title_span=(a, b)) for c, (x, y) in zip(codes, spans)]


def _listed_names(text: str, k: int) -> list[tuple[int, int]]:
    """The spans of the names listed right after position `k` (`, C D and E F`)."""
    out = []
    while (m := LISTED_NAME.match(text, k)) is not None and (not out or "," in m.group() or " and " in m.group()):
        out.append(m.span(1))  # the first after a space or a comma, the next ones after `and` or a comma
        k = m.end()
    return out


def possessed_state_titles(text: str, hits: list[Hit], gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """`Egypt's foreign minister`, `Jordan's king` with no name after them: the holder of that title of that
    state, named by the title alone (found later from the names in the text or the day's holder); not a post a
    state has many holders of (`Georgia's governor`)."""
    out = []
    for h in hits:
        entry = h.first("country") or h.first("short")
        after = STATE_POSSESSED_TITLE.match(text, h.end) if entry is not None and h.start not in taken else None
        found = title_at(after.group(1), gaz) if after else None
        if found is None or found[1] in MANY_A_SIDE:
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
