"""Chinese groups acting as one party: a state's or a party's delegation or officials, [country][words]代表团
/ 干部 (中共代表团, 美农产代表团), where no title chain already stands."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.mention import Mention
from diplograph.extract.names import HAN

JOINS = "与與和及、"  # between the states of groups told together (美国与乌克兰代表团)
OPENERS = "在由据據即"  # a word that may stand right before the first state's name (据美国与乌克兰代表团…)


def zh_groups(text: str, found: list[Mention], gaz: Gazetteer, stops: frozenset[int] = frozenset(),
              ) -> list[Mention]:
    """Groups acting as one party: [country][words]代表团 / 干部. A group's name never reaches back over the
    end of a trigger (`stops`): 官员会见美农产代表团 names 美农产代表团."""
    out = []
    taken = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    pattern = _han_suffixes(tuple(gaz.group_suffixes))
    for m in pattern.finditer(text) if pattern else ():
        office = gaz.group_suffixes[m.group()]
        a = m.start()
        while (a > 0 and m.start() - a < 10 and a not in stops and HAN.match(text[a - 1])
               and text[a - 1] not in "的在与與和同及、"):
            a -= 1
        near = taken[bisect_left(starts, a - longest) : bisect_left(starts, m.end())]  # those that can overlap
        if a == m.start() or any(a < e and not (s >= a and e <= m.end()) for s, e in near):
            continue
        span_text = text[a : m.end()]
        code = None
        for h in gaz.actors.find(span_text):
            entry = h.first("country", "org", "short")
            if entry:
                code = entry.value
                break
        if code is None and ("中共" in span_text or "中国共产党" in span_text):
            code = "CHN"
        if code is None:
            continue
        grp_office = "party_leader" if ("中共" in span_text or "党" in span_text or "黨" in span_text) else office
        out.append(Mention("group", a, m.end(), name=span_text, name_span=(a, m.end()), affiliation=code,
                           affiliation_from="text", office=grp_office))
        out += _joined_before(text, a, code, grp_office, gaz, starts)
    return out


def _joined_before(text: str, a: int, code: str, office: str, gaz: Gazetteer, taken: list[int]) -> list[Mention]:
    """美国与乌克兰代表团: the state joined by 与/和/、 right before a group's own state sends a group too (the
    delegations of both), unless a mention already stands there."""
    if a < 3 or text[a - 1] not in JOINS:
        return []
    for width in (5, 4, 3, 2):  # the longest state name ending at the join, written in full (not 依法, 愿意)
        start = a - 1 - width
        entry = next((e for e in gaz.actors.whole(text[start : a - 1]) if e.kind == "country"), None) \
            if start >= 0 else None
        if entry is not None and entry.value != code and start not in taken and not (
                start > 0 and HAN.match(text[start - 1]) and text[start - 1] not in OPENERS):
            return [Mention("group", start, a - 1, name=text[start : a - 1], name_span=(start, a - 1),
                            affiliation=entry.value, affiliation_from="text", office=office)]
    return []


@cache
def _han_suffixes(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the group words written in Han characters, longest first."""
    han = sorted((s for s in suffixes if HAN.match(s[0])), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, han))) if han else None
