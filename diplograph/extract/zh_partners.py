"""Who a Chinese clause's partner is when a sentence strings several (issue 18): a clause's own partner after
与 (与丙共同前往某地献花，之后与乙会谈), the person 后者/前者 turns back to, and two sides named by 方 joined as
the two sides of an act (中方与美方举行会谈)."""

from __future__ import annotations

import re

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import ZH_CLAUSE_END, Sentence, clause_of
from diplograph.extract.gazetteer import Hit
from diplograph.extract.zh_states import SIDES_JOINED, ZH_WITH

# 后者7日会见了乙, 前者: a clause whose subject is the last (or first) person named before it
LATTER = re.compile(r"[，,；;]\s*(后者|後者|前者)")


def the_latter(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """When the trigger's clause opens on 后者 or 前者 (甲的言论遭到乙批评，后者7日会见了丙), its subject is the
    person named last (first) before it and the people of the clauses before are none of its parties: that
    person, then the clause's own mentions."""
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


# no word of saying here: a partner after one (双方表示同丙…, 他在会上表示与丙…) is in what was said, not of the act
NOT_SAYING = r"(?!表示|说|說|称|稱|指出|强调|強調|认为|認為)"


def named_after(text: str, at: int, marks: str = ZH_WITH) -> bool:
    """Whether the character before position `at` is one of `marks` (与乙: 乙 is named as a partner); none
    stands before the text's first character."""
    return at > 0 and text[at - 1] in marks


def own_partner(text: str, sent: Sentence, mentions: list[Mention], hit: Hit, end: int) -> list[Mention]:
    """When the trigger's own clause names its partner (，之后与乙在某地举行会谈), a partner another clause names
    (将与丙共同前往某地献花，之后与乙…会谈; 在甲城与丙会面，今天…与乙举行联合记者会) is that clause's act's, not
    this one's: the mentions less those (when someone is named as the subject)."""
    start = clause_of(text, sent, hit.start)[0]
    if not any(start <= m.start < hit.start and named_after(text, m.start) for m in mentions) or not any(
            m.start < hit.start and m.kind == "person" and not named_after(text, m.start) for m in mentions):
        return mentions  # no partner of its own, or no subject: the partners are all the sentence gives
    return [m for m in mentions if start <= m.start < end or not named_after(text, m.start)]


def paired_sides(text: str, mentions: list[Mention]) -> set[int]:
    """Where sides named as 甲方 stand joined to one another (中方与美方举行经贸会谈): the two sides of the act,
    though a lone 中方 mostly only speaks for its state (中方愿…)."""
    sides = [m for m in mentions if m.affiliation_from == "side"]
    return {m.start for a, b in zip(sides, sides[1:]) if text[a.end : b.start] in SIDES_JOINED for m in (a, b)}
