"""English parties a sentence leaves to where it puts them or to how it opens: the people a visitor meets in
the state he is sent to (its hosts; the page's held visits are gathered by `event_passes.visit_hosts`), and the
two people of two sides a wire lead opens with."""

from __future__ import annotations

import re
from dataclasses import replace

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import Sentence, named, starting_in
from diplograph.extract.event_parties import PLACE_KINDS, host_side
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons.literals import at_word_start

# `met Prime Minister B in Addis Ababa`, `at the White House`: where the meeting took place
IN_BEFORE = re.compile(r"\b(?:in|at) (?:the )?$")
# `on the sidelines of the SCO summit`, `at the IMF spring meetings`: a gathering of many states, where the
# people met there are of any state, not the place's
GATHERING = re.compile(at_word_start("sidelines", "summit", "conference", "forum", "meetings", "assembly",
                                     any_case=True) + r"\b")


def hosts_there(text: str, sent: Sentence, mentions: list[Mention], hit: Hit, places: list[Hit],
                names: dict[tuple[str, str], str], hosts: dict[str, str], dateline: str | None = None
                ) -> list[Mention]:
    """`A, on a state visit to Ruritania, met Prime Minister B`, `met Prime Minister B in Ruritania's capital`,
    `President B met with A at <Ruritania's seat>`: people of no known side, titled and named, whom the one side
    named there meets where the sentence puts it (else where the page sent that side's visit: `hosts`; else the
    state of the `dateline`'s place, on a page of no known outlet: `WASHINGTON — President B met…`): of the
    state of that place (another than the visitor's), its hosts; not at a gathering of many states there."""
    sides = {m.affiliation for m in mentions if m.affiliation}
    unsided = [m for m in mentions if m.kind == "person" and not m.affiliation and m.title and named(m)]
    if len(sides) != 1 or not unsided or GATHERING.search(text, sent.start, sent.end):
        return mentions
    visitor = next(iter(sides))
    host = host_side(text, sent, places, visitor, names)
    if host is None:
        there = [e.value for h in starting_in(places, sent.start, sent.end)
                 if (e := h.first(*PLACE_KINDS)) is not None and IN_BEFORE.search(text, max(0, h.start - 7), h.start)]
        if visitor in there:
            return mentions  # met in the known side's own country: the page's visit or dateline tell no side here
        host = next(iter(there), None) or hosts.get(visitor) or (dateline if dateline != visitor else None)
    else:
        host = host.affiliation
    return mentions if host is None else [
        replace(m, affiliation=host, affiliation_from="host") if m in unsided else m for m in mentions]


# a lower-case word: before a sentence's subject, it says the sentence opens with something else
LOWER_WORD = re.compile(r"\b[a-z]")
JOINED = (" and ", " and his ", " and her ")  # `A and his Tanzanian counterpart B`


def told_together(text: str, sent: Sentence, mentions: list[Mention]) -> list[Mention] | None:
    """`A and B agreed Monday to expand…`: the two named people of two sides that a sentence of no interaction
    of its own opens with, joined by `and` (`and his` before a counterpart; a wire lead that tells the outcome
    first; a dateline may come before them, not `the agreement between A and B`); `the two leaders` after it are
    they."""
    people = [m for m in mentions if m.kind == "person" and named(m)]
    if len(people) != 2 or people[0].affiliation == people[1].affiliation or \
            text[people[0].end : people[1].start] not in JOINED or LOWER_WORD.search(text, sent.start, people[0].start):
        return None
    return people
