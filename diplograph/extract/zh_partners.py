"""Who a Chinese clause's partner is when a sentence strings several (issue 18): a clause's own partner after
与 (与丙共同前往某地献花，之后与乙会谈), the person 后者/前者 turns back to, and two sides named by 方 joined as
the two sides of an act (中方与美方举行会谈); and who a sentence's subject is: its first person (past an opening
time clause), or the subject of the sentence before when it has none of its own (随后，他与乙会晤)."""

from __future__ import annotations

import re

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import ZH_CLAUSE_END, Sentence, clause_of, named
from diplograph.extract.gazetteer import Hit
from diplograph.extract.zh_states import SIDES_JOINED, ZH_WITH

# 后者7日会见了乙, 前者: a clause whose subject is the last (or first) person named before it
LATTER = re.compile(r"[，,；;]\s*(后者|後者|前者)")
# …讨论了日方提出的和平倡议，后者…: a clause that names no person and ends on a treaty, a proposal or a plan gives
# 后者 that thing to turn back to, not a person named further back
THING_END = re.compile(r"(?:协定|協定|协议|協議|条约|條約|公约|公約|倡议|倡議|提案|方案|建议|建議|计划|計劃|計畫"
                       r"|声明|聲明|宣言|备忘录|備忘錄|文件|法案|草案|框架|机制|機制|决议|決議|公报|公報|路线图|路線圖"
                       r"|措施|政策|构想|構想|主张|主張)\s*$")

# 后者将提交下月同丙举行的会谈: the trigger a noun after 的, so 后者 is not the one who holds it (后者7日会见了丙 is)
NOUN_TRIGGER = re.compile(r"的[^，,；;。]{0,4}$")


def the_latter(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """When the trigger's clause opens on 后者 or 前者 (甲的言论遭到乙批评，后者7日会见了丙), its subject is the
    person named last (first) before it and the people of the clauses before are none of its parties: that
    person, then the clause's own mentions; when 后者 turns back to a thing the clause before names (和平倡议，
    后者将提交…举行的会谈), only the clause's own mentions."""
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
    if before[-1].end <= clause_of(text, sent, opening.start())[0] and THING_END.search(
            text, max(sent.start, opening.start() - 8), opening.start()) and NOUN_TRIGGER.search(
            text, opening.end(), hit.start):
        return [m for m in mentions if m.start >= opening.end()]  # 后者 is the treaty or proposal just named
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
    if start == sent.start and end == sent.end:
        return mentions  # a sentence of one clause: no partner of another clause
    if not any(start <= m.start < hit.start and named_after(text, m.start) for m in mentions) or not any(
            m.start < hit.start and m.kind == "person" and not named_after(text, m.start) for m in mentions):
        return mentions  # no partner of its own, or no subject: the partners are all the sentence gives
    return [m for m in mentions if start <= m.start < end or not named_after(text, m.start)]


def paired_sides(text: str, mentions: list[Mention]) -> set[int]:
    """Where sides named as 甲方 stand joined to one another (中方与美方举行经贸会谈): the two sides of the act,
    though a lone 中方 mostly only speaks for its state (中方愿…)."""
    sides = [m for m in mentions if m.affiliation_from == "side"]
    return {m.start for a, b in zip(sides, sides[1:]) if text[a.end : b.start] in SIDES_JOINED for m in (a, b)}


# the adverbs that may stand between a pronoun subject and its partner's 与 (她还首次与X通电话, 他当天也同X会面)
ADVERBS = "(?:将|將|还|還|也|又|再|则|則|首次|首度|再次|再度|亲自|親自|当天|當天|当晚|當晚|同日|专门|專門){0,3}"
# a sentence whose subject is a pronoun or left out (随后与X会晤, 晚上，她将与X会面): after what times it, at
# most a pronoun, a sequence word and a modal stand before the partner's 与
# (a time word may stand before the pronoun and the place after it: 此行最初他在某城与X会面)
CARRIED_SUBJECT = re.compile(r"(?:[^，,。；;！？\n]{0,12}[，,])?\s*"
                             r"(?:(随后|隨後|之后|之後|接着|接著|然后|然後|此后|此後)[，,]?)?"
                             rf"(?:[^，,。；;！？\n他她{ZH_WITH}]{{1,6}}(?=[他她]))?(她|他)?{ADVERBS}"
                             rf"(?:在(?:{NOT_SAYING}[^，,。；;！？\n{ZH_WITH}]){{1,30}})?[{ZH_WITH}]")
# … or that opens with its day and a journey (29日傍晚將赴某地，由乙接待): the day, its time of day and a verb of going
CARRIED_OPENING = re.compile(r"\d{1,2}日(?:[上下]午|早上|晚间|晚間|晚上|傍晚|中午|凌晨|晚)?(?:将|將)?"
                             r"(?:赴|前往|抵达|抵達|飞往|飛往)")
# before the first person named after such a day: a partner (由乙接待), not a subject
PARTNER_MARKS = "由" + "".join(SIDES_JOINED)


# 甲总统时代后，乙…; 在会见甲之后，乙…: an opening clause that only times the sentence, its subject after it
TIME_ENDING = re.compile(r"(?:后|後|时|時|期间|期間|之前|以前|以来|以來)$")
TIME_REACH = 60  # how far into a sentence such an opening clause may end
# a partner mark or a verb of meeting before a person: the person is met, not the subject
MET_BEFORE = re.compile(rf"[{PARTNER_MARKS}]|会见|會見")
INVITED_BY = re.compile(r"[应應]")  # 应某某邀请: the one who invited, not the subject


def opening_person(text: str, sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The first named person of a sentence: its subject, as Chinese puts the subject first (after an opening
    clause that only times the sentence, when that clause is followed by one)."""
    people = [m for m in mentions if m.kind == "person" and named(m) and m.affiliation and not _inviter(text, sent, m)]
    if not people:
        return None
    comma = text.find("，", sent.start, min(sent.end, sent.start + TIME_REACH))
    if comma < 0 or people[0].start > comma or not TIME_ENDING.search(text, sent.start, comma):
        return people[0]
    # 甲抵达某地后，与乙会谈: who the clause after meets (与乙, 会见乙) is no subject; 甲 goes on
    return next((m for m in people if m.start > comma and not MET_BEFORE.search(text, comma, m.start)), people[0])


def _inviter(text: str, sent: Sentence, m: Mention) -> bool:
    """Whether the person is named as the one who invited (应国家主席某某邀请，…): no subject of the sentence."""
    return INVITED_BY.search(text, max(sent.start, m.start - 15), m.start) is not None and (
        text.find("邀", m.end, m.end + 12) >= 0)


def carry_subject(text: str, sent: Sentence, mentions: list[Mention], last: tuple[Mention | None, bool]
                  ) -> tuple[list[Mention], tuple[Mention | None, bool]]:
    """The sentence's mentions with the subject told before carried on (`carried_subject`), and the subject to
    carry next with whether its sentence named people of one side only: across a paragraph break a pronoun goes
    back only to such a subject (甲会见乙。⏎她还…: 甲 or 乙, the text does not say)."""
    subject, lone = last
    opens = "\n" in text[max(0, sent.start - 1) : sent.start + 1]
    mentions = carried_subject(text, sent, mentions, subject if lone or not opens else None, opens)
    found = opening_person(text, sent, mentions)
    if found is None:
        return mentions, ((None, False) if opens else last)
    sides = {m.affiliation for m in mentions if m.kind == "person" and named(m) and m.affiliation}
    return mentions, (found, len(sides) == 1)


# 甲会见乙后，丙访华 (or a headline's 甲會乙後 丙訪中): a clause ending in 后 before the trigger's clause
AFTER_BREAK = re.compile(r"(?:之后|之後|以后|以後|后|後)(?:[，,]|[ \u3000]+(?=[\u4e00-\u9fff]))")


# a journey's end told in the 后 clause (甲抵达北京后，乙同他会谈): the one who came is the act's party still
JOURNEY = re.compile(r"抵达|抵達|到达|到達|飞抵|飛抵|返回|回到|结束|結束|离开|離開")
# after the later clause's subject, one pointing back to who came before (同他, 会见了他, 与其)
POINTS_BACK = re.compile(r"[他她其]")


def time_clause_people(text: str, sent: Sentence, mentions: list[Mention], hit_start: int) -> list[Mention]:
    """Without the people of a `…后，` clause before the trigger's clause when that clause names its own
    subject (甲会见乙后，丙访华: 丙 visits; 甲 and 乙 only time it). Not when the first clause tells a journey or the
    later one points back to its people (甲抵达后，乙同他会谈), nor when one met (后，与丙会谈) or an inviter (应丙邀请)
    follows the break: the first clause's subject goes on."""
    breaks = [b.end() for b in AFTER_BREAK.finditer(text, sent.start, hit_start)]
    if not breaks:
        return mentions
    cut = breaks[-1]
    own = next((m for m in mentions if cut <= m.start < hit_start and m.affiliation and m.kind != "state"), None)
    if own is None or MET_BEFORE.search(text, cut, own.start) or INVITED_BY.search(text, cut, own.start) \
            or JOURNEY.search(text, sent.start, cut) or POINTS_BACK.search(text, own.end, hit_start):
        return mentions
    return [m for m in mentions if m.start >= cut]


def carried_subject(text: str, sent: Sentence, mentions: list[Mention], subject: Mention | None,
                    new_paragraph: bool = False) -> list[Mention]:
    """A Chinese sentence with a pronoun or no subject before its partner (随后，她将与X会晤; 29日晚将赴某地，由X接待)
    takes the subject of the sentence before it as its own: that person is put first. Across a paragraph break
    only a pronoun carries it (a paragraph opening 他在某地与X会面 goes on with the one told of before)."""
    if subject is None:
        return mentions  # no subject told before: nothing to carry
    m = CARRIED_SUBJECT.match(text, sent.start)
    if m is not None and new_paragraph and not m.group(2):
        return mentions  # 随后与X会晤 opening a paragraph: whose act it is the break leaves open
    if m is None or not (m.group(1) or m.group(2)):
        if new_paragraph:
            return mentions
        m = CARRIED_OPENING.match(text, sent.start)
    if m is None:
        return mentions
    if any(x.start < m.end() for x in mentions):
        return mentions  # the sentence names its own subject
    if m.re is CARRIED_OPENING and mentions and text[mentions[0].start - 1] not in PARTNER_MARKS:
        return mentions  # 7日將赴某地，乙也將與丙會面: the next clause names its own subject
    return [subject, *mentions]
