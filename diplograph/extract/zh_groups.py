"""Chinese groups acting as one party: a state's or a party's delegation or officials, [country][words]代表团
/ 干部 (中共代表团, 美农产代表团), where no title chain already stands."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.mention import Mention
from diplograph.extract.names import HAN


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
        out.append(
            Mention(
                "group",
                a,
                m.end(),
                name=span_text,
                name_span=(a, m.end()),
                affiliation=code,
                affiliation_from="text",
                office=grp_office,
            )
        )
    return out


@cache
def _han_suffixes(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the group words written in Han characters, longest first."""
    han = sorted((s for s in suffixes if HAN.match(s[0])), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, han))) if han else None
