"""Who a Chinese clause's partner is when a sentence strings several (issue 18): a clause's own partner after
与 (与丙共同前往某地献花，之后与乙会谈), the person 后者/前者 turns back to, and two sides named by 方 joined as
the two sides of an act (中方与美方举行会谈)."""

from __future__ import annotations

import re

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import ZH_CLAUSE_END, Sentence
from diplograph.extract.gazetteer import Hit

# 后者7日会见了乙, 前者: a clause whose subject is the last (or first) person named before it
LATTER = re.compile(r"[，,；;]\s*(后者|後者|前者)")


def the_latter(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """When the trigger's clause opens on 后者 or 前者 (甲的言论遭到乙批评，后者7日会见了丙), its subject is the
    person named last (first) before it and the people of the clauses before are none of its parties: that
    person, then the clause's own mentions."""
    if text.find("者", sent.start, hit.start) < 0:
        return mentions  # most clauses hold no 者: no search
    opening = None
    for m in LATTER.finditer(text, sent.start, hit.start):
        opening = m
    if opening is None or ZH_CLAUSE_END.search(text, opening.end(), hit.start):
        return mentions
    before = [m for m in mentions if m.kind == "person" and m.start < opening.start()]
    if not before:
        return mentions
    who = before[0] if opening.group(1) == "前者" else before[-1]
    return [who] + [m for m in mentions if m.start >= opening.end()]


ZH_WITH = "同与與跟"  # before a partner named ahead of the act (与乙会谈); not 和, which also joins two subjects
# before the first person named after a day that opens a clause: a partner (由乙接待), not a subject
PARTNER_MARKS = "由" + ZH_WITH + "和"


def own_partner(text: str, sent: Sentence, mentions: list[Mention], hit: Hit, end: int) -> list[Mention]:
    """When the trigger's own clause names its partner (，之后与乙在某地举行会谈), a partner another clause names
    (将与丙共同前往某地献花，之后与乙…会谈; 在甲城与丙会面，今天…与乙举行联合记者会) is that clause's act's, not
    this one's: the mentions less those (when someone is named as the subject)."""
    start = max((c.end() for c in ZH_CLAUSE_END.finditer(text, sent.start, hit.start)), default=sent.start)
    if start == sent.start and end == sent.end:
        return mentions  # a sentence of one clause: no partner of another clause
    if not any(start <= m.start < hit.start and text[m.start - 1] in ZH_WITH for m in mentions) or not any(
            m.start < hit.start and m.kind == "person" and text[m.start - 1] not in ZH_WITH for m in mentions):
        return mentions  # no partner of its own, or no subject: the partners are all the sentence gives
    return [m for m in mentions if start <= m.start < end or text[m.start - 1] not in ZH_WITH]


SIDES_JOINED = tuple(ZH_WITH + "和")  # one character each: two sides named side by side are not joined


def paired_sides(text: str, mentions: list[Mention]) -> set[int]:
    """Where sides named as 甲方 stand joined to one another (中方与美方举行经贸会谈): the two sides of the act,
    though a lone 中方 mostly only speaks for its state (中方愿…)."""
    sides = [m for m in mentions if m.affiliation_from == "side"]
    return {m.start for a, b in zip(sides, sides[1:]) if text[a.end : b.start] in SIDES_JOINED for m in (a, b)}
