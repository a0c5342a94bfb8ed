"""The principal parties of a sentence's interaction: named people and groups (not attendees, not whoever
tells the news), then the states no person speaks for; in talks and calls, an untitled principal takes the
rank of the titled counterpart."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from diplograph.extract.actors import Mention
from diplograph.extract.dates import find_dates
from diplograph.extract.en_appositions import HEAD_TITLE
from diplograph.extract.en_mourned import not_mourned
from diplograph.extract.event_frame import EN_WHO_ASIDE, ZH_CLAUSE_END, Frame, Sentence, named, same_name, starting_in
from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.extract.names import han_script
from diplograph.extract.zh_partners import own_partner, paired_sides, the_latter, time_clause_people
from diplograph.extract.zh_states import ZH_WITH
from diplograph.lexicons.literals import at_word_start, word_starts

CLAUSE_END = re.compile(r"[，,：:]")
LOCATIVE_BEFORE = re.compile(r"(?:在|于|於|赴|前往|抵达|抵達|到|至|從|从|\bin|\bto|\bat|\bfrom|\bvisit)\s*$")
# a state named as what is discussed: 朝鲜半岛局势, 伊朗核问题, 对华政策 (after it), 涉台 (before it); not 叙利亚问题
# talks, which the state's own sides attend
TOPIC_AFTER = re.compile(r"(?:半岛|半島|局势|局勢|核问题|核問題|政策|议题|議題)")
TOPIC_BEFORE = re.compile(r"涉$")
ZH_TOPIC = re.compile(r"就([^，,。；]{1,40}?)(?:向|同|与|與|和|致)")
PARITY_TYPES = ("talks", "phone_call", "video_call")  # protocol pairs counterparts of equal rank
# 抵达北京, arrived in Paris, a visit to Japan: the place a visitor goes, whose state is the host side
DESTINATION_BEFORE = re.compile(r"(?:抵达|抵達|到达|到達|前往|赴|访问|訪問|到访|到訪|arrived in|arrives in|arrived at"
                                r"|arrive in|arrive at|\b(?:leaves|leave|left|leaving) for"
                                r"|landed in|lands in|heads to|\b(?:left|leaves)(?: [A-Z][\w'-]+){1,2} for"
                                r"|\bvisit|\bvisits|\bvisited|\bvisiting|\bcross(?:es|ed|ing)?(?: the border)? into"
                                r"|visit to|visits to|trip to|travel to|travels to|traveled to|travelled to"
                                r"|traveling to|travelling to|headed to|heading to|flew to"
                                r"|depart for|departs for|departed for)"
                                r"\s*(?:the\s+)?(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?,\s*)?$", re.I)  # arrived in Cairo,
# Egypt; a visit to the United States
# left Beijing after a three-day visit: the place a visitor leaves hosted the visit that ended, unless the
# sentence names where the visitor goes (left Tokyo for Seoul, left Tokyo for a visit to Korea)
# a visit by Prime Minister A B to Cairo: the visitor named between the noun and its destination
VISIT_BY_BEFORE = re.compile(r"\bvisits? by (?:[A-Z][\w'’.-]*\s+){1,8}to\s+(?:the\s+)?$")
VISIT_BY_REACH = 100
DEPARTED_BEFORE = re.compile(r"\b(?:left|leaves)\s*(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?,\s*)?$")
PLACE_KINDS = ("country", "place")
SENTENCE_OPENER = re.compile(r"(?:^|\n|[.!?]\s+|^\s*\d+\.\s+|\n\s*\d+\.\s+)$")  # `2.\tMinister A B met…`
# 特使称, 外长表示, officials said: whoever says it; the interaction's sides are named in what they say
SAYS = re.compile(r"称|稱|表示|说|說|指出|透露|证实|證實|宣布|告诉|告訴|"
                  + word_starts("said", "says", "told", "announced", end=r"\b"))
# what the clause after a verb of saying opens with, before its subject: the addressee (告诉记者，, told reporters)
# and the break or `that`, or nothing (said A will); then an expectation word (预计, 預期)
TOLD_OPENING = re.compile(r"(?:[^，,。；;：:]{0,20}?(?:[，,：:]|\bthat\b))?\s*(?:预计|預計|预期|預期|据悉|據悉)?\s*")
# after the subject: an act still ahead (预计将, 將, will, is expected to)
TOLD_AHEAD = re.compile(r"\s*(?:预计|預計|计划|計劃|准备|準備|打算)?(?:将|將|会|會|要)"
                        r"|\s+(?:will|would|is (?:expected|set|due|scheduled) to|was (?:expected|set|due) to)\b")
# 他, him, me: the told clause speaks of the speaker too, who stays a party (普京将与他会面, will meet him)
TOLD_BACK = re.compile("他|她|我|" + word_starts("him", "me", "us", end=r"\b"))


SENT_BY = re.compile(r"(?:派遣|派出|委派|指派)的")  # 甲派遣的代表团: 甲 sent the party, and is none


# 将接任总理的财长, 當選總統後: the office someone takes up or runs for, named by its bare title: no one's here
OFFICE_TAKEN = re.compile(r"(?:接任|出任|担任|擔任|就任|继任|繼任|升任|当选|當選|竞选|競選)$")


def zh_party_candidates(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """Chinese names a sentence's parties before the end of the trigger's clause; what follows says what
    they said or felt (对女王逝世表示哀悼), and `就X逝世向Y` names a topic, not a party; nor is whoever sent a
    party (甲派遣的代表团), nor an office someone takes up (接任总理的财长)."""
    topics = [m.span(1) for m in ZH_TOPIC.finditer(text, sent.start, hit.start)]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in topics) and not SENT_BY.match(text, m.end)
                and (m.kind != "person" or named(m) or not OFFICE_TAKEN.search(text, max(sent.start, m.start - 2),
                                                                                 m.start))]
    mentions = time_clause_people(text, sent, mentions, hit.start)
    cut = ZH_CLAUSE_END.search(text, hit.end, sent.end)
    mentions = own_partner(text, sent, mentions, hit, cut.start() if cut else sent.end)
    mentions = the_latter(text, sent, mentions, hit)
    if cut:
        head = [m for m in mentions if m.start < cut.start()]
        if len({m.affiliation for m in head if m.kind != "state" and m.affiliation}) >= 2:
            return head  # the trigger's clause already names both sides
    return mentions


# `…, with A and B part of the call`, `…, with A also present`: a `with` clause after the trigger's clause adds
# those who came along
EN_WITH_CLAUSE = re.compile(r",\s+with\s+")


# a sentence opening with a time clause (Before speaking with X, After meeting Y,): its people only time the rest
EN_TIME_OPENING = re.compile(r"\s*(?:Before|After|Following|Ahead of|Since)\s+[a-z]+ing\b[^,;]{0,120},")


# `…, unlike the stance it took when A had visited B`: a `when` clause in the past perfect after the trigger
# tells an earlier occasion, whose people are not the trigger's parties
EN_EARLIER_WHEN = re.compile(at_word_start("when") + r"\b[^,;]{0,120}?\bhad\s+(?:[a-z]+ed|met|held|spoken|been|made"
                             r"|gone|flown|sent|taken|sat)\b[^,;]*")

# `Lee's chief of staff visits Poland`, `the president's envoys met…`: someone acting for the possessor
EN_POSSESSED_ROLE = re.compile(r"['’]s +(?:(?:top|chief|senior|special|personal|national security|foreign policy"
                               r"|trade) )?(?:aides?|advisers?|advisors?|envoys?|chief of staff"
                               r"|spokes(?:man|woman|person)|son-in-law|negotiators?|representatives?)\b")


def en_party_candidates(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """English names the parties in the trigger's clause; when it already names two sides, people of a `, with`
    clause after it only came along (Zelensky spoke with Trump, with envoys A and B part of the call); people
    of a time clause opening the sentence (Before speaking with X,), of an earlier occasion told after the
    trigger (when A had visited B) or of a relative clause after it (A, whom B endorsed), a person whose
    officials are named by the possessive (X's envoys A and B, X's chief of staff), and one whose death is
    mourned (the death of President A) are not parties."""
    starts = {m.start for m in mentions}  # Trump's envoys A and B: the envoys are the party, not Trump
    mentions = [m for m in mentions if not (text[m.end : m.end + 2] in ("'s", "’s")
                                            and (m.end + 3 in starts or EN_POSSESSED_ROLE.match(text, m.end)))]
    mentions = not_mourned(text, sent, mentions)
    asides = [r.span() for r in (EN_EARLIER_WHEN.search(text, hit.end, sent.end),
                                 *EN_WHO_ASIDE.finditer(text, hit.end, sent.end)) if r]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in asides)]
    mentions = _not_of_another_interaction(text, mentions, hit)
    opening = EN_TIME_OPENING.match(text, sent.start)
    if opening and opening.end() <= hit.start:  # Before speaking with X on Saturday, A met B: X only times it
        mentions = [m for m in mentions if m.start >= opening.end()]
    cut = EN_WITH_CLAUSE.search(text, hit.end, sent.end)
    if cut:
        head = [m for m in mentions if m.start < cut.start()]
        if len({m.affiliation for m in head if m.kind != "state" and m.affiliation and sent.start <= m.start}) >= 2:
            return head
    return mentions


# `the Trump-Putin Alaska summit`, `a Kim–Moon meeting`: two people joined by a dash name the sides of the
# interaction the noun after them tells
EN_PAIR_DASH = ("-", "–", "—")
EN_PAIR_NOUN = re.compile(r"(?: [A-Z][a-z]+){0,2} (?:summit|talks|meeting|call|deal|accord|agreement)\b")


def _not_of_another_interaction(text: str, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """The candidates less a dash-joined pair whose noun tells another interaction than the trigger (the
    Trump-Putin Alaska summit, in a sentence about a later meeting): they are that one's sides, not this one's."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and text[m.end : nxt.start] in EN_PAIR_DASH:
            second = nxt  # m opens the pair
        elif i and text[mentions[i - 1].end : m.start] in EN_PAIR_DASH:
            second = m  # m closes it
        else:
            second = None
        noun = EN_PAIR_NOUN.match(text, second.end) if second is not None else None
        if noun is None or noun.start() <= hit.start < noun.end():
            out.append(m)
    return out


def _attend_clauses(text: str, sent: Sentence, cues: list[Hit]) -> list[tuple[int, int]]:
    """The clauses holding 陪同/also attended: the people in them only attended."""
    out = []
    for c in cues:
        if "attend" in c.kinds:
            a = max([sent.start] + [m.end() + sent.start for m in CLAUSE_END.finditer(text[sent.start : c.start])])
            nxt = CLAUSE_END.search(text, c.end, sent.end)
            out.append((a, nxt.start() if nxt else sent.end))
    return out


# an organisation's name right before the summit it holds, perhaps glossed and with its host city (二十国集团领导人
# 第十九次峰会, 20國集團（G20）漢堡峰會, the G20 summit, the G20 Hamburg summit): the gathering
SUMMIT_AFTER = re.compile(r"(?:\s*[（(][^（）()]{1,12}[)）])?\s*(?:[\u4e00-\u9fff]{1,4}?|[A-Z][a-z]+ )?"
                          r"(?:领导人|領導人|[Ll]eaders['’]? )?(?:第[一二三四五六七八九十\d]+[次届屆])?"
                          r"(?:峰会|峰會|[Ss]ummit)")


def without_gatherings(text: str, group: list[Mention], kind: str, org_codes: frozenset[str]) -> list[Mention]:
    """A visit's parties less an organisation named as the summit the visitor goes to attend (抵达里约热内卢，出席
    二十国集团领导人峰会): the summit is an event of its own, the visit is the host state's."""
    if kind != "visit":
        return group
    return [m for m in group if m.affiliation not in org_codes or not SUMMIT_AFTER.match(text, m.end)]


def parties(text: str, sent: Sentence, mentions: list[Mention], cues: list[Hit], kind: str,
            reporter: Callable[[Mention], bool], at: int = -1) -> list[Mention]:
    """Principal parties of the sentence: people and groups, then states no person speaks for (a side named
    as 甲方 only when joined to another or met by the act whose trigger starts at `at`)."""
    attend = _attend_clauses(text, sent, cues)
    people: list[Mention] = []
    voices: list[Mention] = []
    for m in _delegation_heads(mentions):
        if m.kind == "state" or not m.affiliation or any(a <= m.start < b for a, b in attend):
            continue
        if reporter(m):
            # 克宫发言人佩斯科夫, Press Secretary Jen Psaki tell of the meeting, not in it: their side is
            # a party only through its state, when no one else stands for it
            voices.append(Mention("state", m.start, m.end, affiliation=m.affiliation, affiliation_from="home"))
            continue
        twin = next((p for p in people if p.affiliation == m.affiliation and same_name(p, m)), None)
        if twin is None:
            people.append(m)
        elif not named(twin) and named(m):
            people[people.index(twin)] = m
    named_affs = {p.affiliation for p in people if named(p)}
    people = [p for p in people if named(p) or p.affiliation not in named_affs]
    # 代表团访问白宫，团长甲同乙会谈: a delegation is there through the named person of its side who leads it
    persons = {p.affiliation for p in people if p.kind == "person" and named(p)}
    people = [p for p in people if p.kind != "group" or p.affiliation not in persons]
    affs = {p.affiliation for p in people}
    if len(affs) >= 2:
        return people
    paired: set[int] | None = None  # read once, at the first side named by 方
    for m in [*mentions, *voices]:
        if m.kind != "state" or not m.affiliation or m.affiliation in affs:
            continue
        if m.affiliation_from == "side" and not _side_met(text, sent, m, at):
            # a lone 中方 mostly speaks for its state; met (与美方会谈) or joined to another 方 it is a side
            paired = paired_sides(text, mentions) if paired is None else paired
            if m.start not in paired:
                continue
        if LOCATIVE_BEFORE.search(text[max(sent.start, m.start - 6) : m.start]) and kind != "visit":
            continue
        if TOPIC_AFTER.match(text, m.end) or TOPIC_BEFORE.search(text, max(sent.start, m.start - 1), m.start):
            continue  # 朝鲜半岛局势, 台湾问题, 涉台: what is discussed, not a side
        people.append(replace(m, name=text[m.start : m.end]) if m.name is None else m)  # 中方: named as written
        affs.add(m.affiliation)
    return people


HEAD_OF_DELEGATION = ("团长", "團長")
# words ending in a partner mark that join no partner (参与, 认同, 协同, 陪同 美方…)
NOT_WITH = frozenset(("参与", "參與", "认同", "認同", "协同", "協同", "赞同", "贊同", "陪同", "连同", "連同", "如同",
                      "共同"))


def _side_met(text: str, sent: Sentence, m: Mention, at: int) -> bool:
    """Whether a side named as 甲方 is met by the act whose trigger starts at `at`: right after 与/同/跟 (not the
    end of 参与, 认同) and before the trigger in its clause (与美方会谈, 與美方官員會談; not 愿与美方加强合作)."""
    if not sent.start < m.start < at or text[m.start - 1] not in ZH_WITH or text[m.start - 2 : m.start] in NOT_WITH:
        return False
    return not ZH_CLAUSE_END.search(text, m.end, at)


def _delegation_heads(mentions: list[Mention]) -> list[Mention]:
    """A delegation's head (代表团访问白宫，团长甲…) whose side only the outlet's default gave is of the
    delegation named before him."""
    out: list[Mention] = []
    group = None  # the last delegation named so far
    for m in mentions:
        if (group is not None and m.kind == "person" and m.affiliation_from == "home"
                and (m.title or "").endswith(HEAD_OF_DELEGATION)):
            m = replace(m, affiliation=group.affiliation, affiliation_from="text")
        out.append(m)
        group = m if m.kind == "group" else group
    return out


def counterpart_office(group: list[Mention], kind: str) -> list[Mention]:
    """In talks and calls, a principal named without a title holds the rank of the one titled counterpart
    (`李强同尼泊尔总理举行会谈`: two heads of government)."""
    offices = {p.office for p in group if p.office}
    if kind not in PARITY_TYPES or len(offices) != 1 or len(group) != 2:
        return group
    office = offices.pop()
    return [p if p.office or p.kind != "person" else replace(p, office=office) for p in group]


LEADERS_BEFORE = re.compile(r"(?:[两兩三四五六七八九十多各][国國])?(?:首脑|首腦|元首|领导人|領導人)$")


def leaders_of_states(text: str, trigger_start: int, group: list[Mention], leader: Callable[[str], str],
                      ) -> list[Mention]:
    """States that hold a leaders' meeting (美国、日本、韩国举行三国首脑会谈) are there through their leaders:
    each takes the office of whoever leads it (元首: the head of state)."""
    m = LEADERS_BEFORE.search(text, max(0, trigger_start - 6), trigger_start)
    if not m or m.end() != trigger_start:
        return group
    word = m.group()
    return [replace(p, office="head_of_state" if word.endswith("元首") else leader(p.affiliation or ""))
            if p.kind == "state" and p.affiliation and not p.office else p for p in group]


def host_side(text: str, sent: Sentence, places: list[Hit], visitor: str | None,
              names: dict[tuple[str, str], str] | None = None) -> Mention | None:
    """The host of a visit whose host is not named: the state of the country or capital the visitor goes to
    (`新西兰总理抵达北京`, `arrived in Tokyo`), else of the one the visitor left, as a state party; a capital is
    named by its state's name. `places`: the page's names, sorted by start (the sentence takes its share)."""
    found = [(h, e) for h in starting_in(places, sent.start, sent.end)
             if (e := next((e for e in h.entries if e.kind in PLACE_KINDS), None)) is not None and e.value != visitor]
    for marks, reach in ((DESTINATION_BEFORE, 40), (VISIT_BY_BEFORE, VISIT_BY_REACH), (DEPARTED_BEFORE, 40)):
        for h, entry in found:
            if marks.search(text, max(sent.start, h.start - reach), h.start):
                name = text[h.start : h.end]
                if entry.kind == "place":  # 抵达華府, arrived in Tokyo: the state by its name in the page's script
                    name = (names or {}).get((entry.value, "en" if name.isascii() else han_script(text, h.start)),
                                             name)
                return Mention("state", h.start, h.end, name=name, name_span=(h.start, h.end),
                               affiliation=entry.value, affiliation_from="text")
    return None


# 访华, 訪美, 抵台 (arrived in Taiwan): the host written onto the verb (cues.tsv holds 抵 only with 台: 抵華 opens
# 飛抵華盛頓 and 抵美 可抵美國本土, a missile's reach)
VISIT_VERB = ("访", "訪", "抵")


def contracted_host(text: str, hit: Hit, gaz: Gazetteer, visitor: str | None) -> Mention | None:
    """The host of a visit written onto its verb (访华: a visit to China, 訪美, 抵台: arrived in Taiwan), as a
    state party named in full in the verb's script (the text's around 抵, which both scripts write)."""
    word = text[hit.start : hit.end]
    code = gaz.contracted.get(word[1]) if len(word) == 2 and word.startswith(VISIT_VERB) else None
    if code is None or code == visitor:
        return None
    script = {"访": "zh-Hans", "訪": "zh-Hant"}.get(word[0]) or han_script(text, hit.start)  # 抵 is both scripts'
    name = gaz.state_names.get((code, script), word[1])
    return Mention("state", hit.start + 1, hit.end, name=name, name_span=(hit.start + 1, hit.end),
                   affiliation=code, affiliation_from="text")


def hosts_abroad(mentions: list[Mention], hit: Hit, home: str | None, abroad: str) -> list[Mention]:
    """On a page datelined abroad, people of no known side whom the outlet's own side meets (访问期间，甲还会见了
    参联会主席乙): the state of the dateline's place, whose officials a visitor meets there."""
    sides = {m.affiliation for m in mentions if m.affiliation}
    if sides != {home}:
        return mentions
    return [replace(m, affiliation=abroad, affiliation_from="dateline")
            if m.kind == "person" and not m.affiliation and m.start > hit.start and named(m) else m for m in mentions]


# at the invitation of X, invited by X, hosted by X, as the guest of X, at X's request: X receives the visitor
HOST_BEFORE = re.compile(r"\b(?:(?:invitation|request) of|(?:invited|hosted) by|guests? of)\s+(?:the\s+)?$", re.I)
HOST_AFTER = re.compile(r"['’]s?\s+(?:invitation|request)\b")


def host_people(text: str, mentions: list[Mention], sent: Sentence, hit: Hit, host: Mention) -> list[Mention]:
    """People of no known side, titled and named after a visit's trigger as those who invited or host the visitor
    (visited Ruritania at the invitation of Prime Minister A B): the host state's, who stand for it."""
    return [replace(m, affiliation=host.affiliation, affiliation_from="host") for m in mentions
            if m.kind == "person" and not m.affiliation and m.title and named(m) and hit.end <= m.start < sent.end
            and (HOST_BEFORE.search(text, max(sent.start, m.start - 30), m.start) or HOST_AFTER.match(text, m.end))]


def unmarked_home(text: str, headline_hits: list[Hit], mentions: list[Mention]) -> None:
    """A ministry's release names its own officials without a country, as the subjects of its sentences, and
    the other side's with one or without: when the headline names two states (`Cooperation between Freedonia
    and Ruritania`) and every person the text gives a side is of one of them, the unsided titled people who
    open a sentence are of the other state, and the unsided people they deal with of the first."""
    states = {e.value for h in headline_hits if (e := h.first("country", "demonym")) is not None}
    sided = {m.affiliation for m in mentions if m.kind == "person" and m.affiliation_from == "text"}
    if len(states) != 2 or len(sided) != 1 or not sided < states:
        return
    [home] = states - sided
    unsided = [m for m in mentions if m.kind == "person" and not m.affiliation and m.title and m.name]
    own = {m.name for m in unsided if SENTENCE_OPENER.search(text, max(0, m.start - 8), m.start)}
    if not own:
        return
    for m in unsided:
        m.affiliation, m.affiliation_from = (home, "home") if m.name in own else (next(iter(sided)), "learned")


def destination(text: str, sent: Sentence, places: list[Hit], hit: Hit, gaz: Gazetteer) -> str | None:
    """The state a visit goes to, named by a place after its verb (访问美国) or by the verb itself (訪美); None
    for a trigger of another interaction."""
    if hit.first("trigger").value != "visit":
        return None
    host = host_side(text, sent, places, None, gaz.state_names) or contracted_host(text, hit, gaz, None)
    return host.affiliation if host else None


HEADLINE_SAYS = re.compile(r"[：:]")


def after_speaker(text: str, sent: Sentence, mentions: list[Mention], hit: Hit,
                  host: Callable[[], str | None] | None = None) -> list[Mention]:
    """The candidates after the last verb of saying before the trigger (特使称特朗普将与沙拉举行会谈: the envoy
    tells of the talks), when named people of two sides stand there, or of one side visiting another state
    (`host`: 外长表示，甲主席将访问乙国, 將訪美: the host's minister only tells of it); otherwise all of them.
    `host` gives the visit's host state when asked: reading it searches the sentence's places, so it is asked
    only when people of one side speak before the trigger (most sentences have no speaker there). A headline's
    colon is such a verb (国务卿：甲将访美)."""
    says = [m.end() for m in SAYS.finditer(text, sent.start, hit.start)]
    if sent.start == 0:  # a headline's colon before the subject of what is told (美國國務卿：甲9月訪美未變): who
        # speaks, then what he tells (not 甲：與乙會談是轉捩點, where the speaker's own act follows)
        starts = {m.start for m in mentions}
        says = sorted(says + [c.end() for c in HEADLINE_SAYS.finditer(text, 0, hit.start)
                              if c.end() in starts or c.end() + 1 in starts and text[c.end()].isspace()])
    if not says:
        return mentions
    told = [m for m in mentions if m.start >= says[-1]]
    sides = {m.affiliation for m in told if m.kind == "person" and named(m) and m.affiliation
             and m.affiliation_from != "home"}
    state = host() if host and len(sides) == 1 else None
    if len(sides | ({state} if state else set())) >= 2 or _others_plan(text, says[-1], mentions, told,
                                                                       (hit.start, sent.end)):
        return told
    return mentions


def _others_plan(text: str, said: int, mentions: list[Mention], told: list[Mention], rest: tuple[int, int]
                 ) -> bool:
    """Whether what is said (from `said`) opens with a named person of another side than the speakers and
    tells what he will do (特使告诉记者，沙拉预计将签署协议; the envoy said al-Sharaa will sign): the speakers
    only report it, unless the clause speaks of them too (普京将与他会面, will meet him: up to the sentence's
    end, from the trigger's start in `rest`)."""
    subject = told[0] if told else None
    speakers = {m.affiliation for m in mentions if m.start < said and m.kind == "person" and m.affiliation}
    if (subject is None or subject.kind != "person" or not named(subject) or not subject.affiliation
            or not speakers or subject.affiliation in speakers or subject.end > rest[0]):
        return False
    return (TOLD_OPENING.fullmatch(text, said, subject.start) is not None
            and TOLD_AHEAD.match(text, subject.end) is not None
            and TOLD_BACK.search(text, subject.end, rest[1]) is None)


# the next round of talks, another round of trilateral talks: the same sides as the talks told before
NEXT_ROUND = re.compile(at_word_start("next", "another", "new", "further", any_case=True)
                        + r"(?i:\s+rounds?\s+of\s+(?:[a-z\-]+\s+)?)$")
# a round told with a place (in Abu Dhabi, likely in the United States)
PLACE_AFTER = re.compile(at_word_start("in", "at") + r"\s+(?:the\s+)?[A-Z]")
ANY_DAY = date(2000, 1, 1)


def _round_set(text: str, a: int, b: int) -> bool:
    """Whether what is said of a next round (from `a`, past whoever says it) gives it a place or a day (will be
    held soon, likely in Abu Dhabi; will return on Feb. 1 for another round): one told with neither (is set to
    take place; will take place in the future) is only an intention, not a round the page reports."""
    # any reference day will do: whether a day is told matters, not which (Feb. 1 needs a year to resolve)
    return PLACE_AFTER.search(text, a, b) is not None or bool(find_dates(text[a:b], ANY_DAY))


# the two ministers signed, the two leaders met: the two people the page told of together just before
THE_TWO = re.compile(r"\b[Tt]he two (?:[a-z]+ )?(?:[Mm]inisters|[Ll]eaders|[Pp]residents|[Cc]ounterparts"
                     r"|[Hh]eads of [Ss]tate)\b[^,;.]*$")
# 双方领导人共同发表的声明, 两人在会后发表联合声明: the Chinese `both sides`, `the two` issuing or signing (not 双方
# 发表某某会晤成果声明, where the meeting word names the statement)
ZH_THE_TWO = re.compile(r"(?:双方|雙方|两人|兩人)[^，,；;。]*$")




def sides_told_before(text: str, sent: Sentence, own: list[Hit], kind: str, group: list[Mention], listed: bool,
                      series: list[Mention], pair: list[Mention]) -> tuple[list[Mention], bool, bool]:
    """Sides a sentence gives by pointing back: `another round of talks` (those of the talks told before: `series`) and
    `the two ministers signed` (the two people last told together: `pair`), when it names fewer than two.
    Returns the parties, whether they are listed (`listed`, or taken from before), and whether this is a
    next round; whoever says there will be one (He said the next round…) is none of its sides."""
    rounds = [t for t in own  # English words, at a Latin trigger
              if text[t.start].isascii() and NEXT_ROUND.search(text, max(sent.start, t.start - 40), t.start)]
    says = [m.end() for m in SAYS.finditer(text, sent.start, rounds[0].start)] if rounds else []
    if kind == "talks" and series and rounds and _round_set(text, says[-1] if says else sent.start, sent.end):
        group = [m for m in group if not says or m.start >= says[-1]]
        return group + [p for p in series if p.affiliation not in {m.affiliation for m in group}], True, True
    if len({m.affiliation for m in group}) < 2 and pair and any(
            (text[t.start].isascii() and THE_TWO.search(text, max(sent.start, t.start - 80), t.start))
            or kind == "agreement" and ZH_THE_TWO.search(text, max(sent.start, t.start - 80), t.start) for t in own):
        return list(pair), True, False
    return group, listed, False


# a sentence that tells an interaction with someone (a late-night meeting in Moscow involving X, the talks with
# X, met X): an envoy named there is named in its context (searched in every sentence: first character first)
INTERACTION_WITH = re.compile(word_starts("meetings?", "talks", "calls?", "visits?", "summits?",
                                          end=r"\b[^.,;]{0,40}?\b(?:with|involving)\b")
                              + "|" + word_starts("met", end=r"\b"))


def envoys_for_delegations(text: str, frames: list[Frame], mentions: list[Mention], sents: list[Sentence]) -> None:
    """Held talks between delegations given by their states (envoys from A and B met in Geneva) are held by the
    envoys the page goes on to name for those states (A's envoy, C D, said…): each such state gives way to its
    envoys titled after the talks' sentence, outside the sentences of the page's interactions and of any other
    one its noun tells: the envoy's meeting with someone else is another context, as is one named before the
    talks were told. A state the talks are with gives way to its person said to join them."""
    talks = [f for f in frames if f.type == "talks" and f.status in ("held", "planned")]
    if not talks:
        return  # no talks held or planned: no delegation for an envoy to stand for
    busy = [f.sentence for f in frames] + [s for s in sents if INTERACTION_WITH.search(text, s.start, s.end)]
    people = [m for m in mentions if m.kind == "person" and m.office == "envoy" and m.affiliation and named(m)
              and m.affiliation_from != "learned" and not any(a <= m.start < b for a, b in busy)]
    heads = [m for m in people if m.title == HEAD_TITLE]
    joiners = _joiners(text, mentions)
    for f in talks:
        # who leads the delegations of a round still to come is known only where the page says who leads them
        pool = people if f.status == "held" else heads
        parties: list[Mention] = []
        initiators: set[int] = set()
        for i, p in enumerate(f.parties):
            envoys = _envoys_after(pool, p.affiliation, f.sentence[0]) if p.kind == "state" \
                and p.office == "envoy" else []
            if p.kind == "state" and not envoys:  # talks with Iran; A of Iran is to join the discussions
                envoys = _envoys_after(joiners, p.affiliation, f.sentence[0])
            taking = envoys or [p]
            if i in f.initiators:
                initiators |= set(range(len(parties), len(parties) + len(taking)))
            parties += taking
        f.parties, f.initiators = parties, initiators


# 代表團是由…率領, 美方由甲、乙带队: a delegation, or a side (X方), then the people who lead it
# (方 is read, then the Han character before it checked: every branch opening with a character keeps the regex
# engine's scan for possible first characters, which a look-behind opening a branch turns off)
LED_BY_ZH = re.compile(r"(?:代表团|代表團|访问团|訪問團|该团|該團|方(?<=[\u4e00-\u9fff]方))(?:是|系|係)?由(?!于|於)")
LED_ZH = re.compile(r"[（(][^）)]{0,40}[）)]\s*|所")  # a gloss, or 所, between the leader and the verb
LEADS_ZH = ("率领", "率領", "带领", "帶領", "带队", "帶隊", "率队", "率隊")
LED_REACH = 40  # characters from 由 to the leader's name
LEADERS_JOINED = re.compile(r"[、和及与與]")  # between the leaders listed before the verb


def delegation_leaders(text: str, frames: list[Frame], mentions: list[Mention]) -> None:
    """A delegation or a side standing as a party (官員會見美國農產品貿易代表團, 何立峰与美方举行磋商) gives way to the
    named people the page says lead it (這一代表團是由…執行長甲（Latin）率領; 美方由甲、乙带队), who are of its
    side when nothing else says so. A side's leaders (中方由甲带队) take the place of that side's party alone,
    never of the other side's."""
    led = [(_side_named(m, mentions), leaders) for m in LED_BY_ZH.finditer(text)
           if (leaders := _leaders(text, m.end(), mentions))]
    if len(led) != 1:
        return  # no delegation's leader, or several delegations: whose is whose is not told
    side, leaders = led[0]
    for f in frames:
        for i, p in enumerate(f.parties):
            if (p.kind == "group" or p.affiliation_from == "side") and p.affiliation \
                    and side in ("", p.affiliation) \
                    and all(q.affiliation in (None, p.affiliation) or q.affiliation_from == "home" for q in leaders) \
                    and p.start < leaders[0].start:  # (a side guessed from the outlet gives way to the side's)
                f.parties[i:i + 1] = [replace(q, affiliation=p.affiliation, affiliation_from="learned")
                                      for q in leaders]
                break


def _side_named(m: re.Match, mentions: list[Mention]) -> str | None:
    """The state of the side (X方) a match of LED_BY_ZH opens with: "" for a delegation, None for a side of no
    state known."""
    if not m.group().startswith("方"):
        return ""
    return next((p.affiliation for p in mentions if p.kind == "state" and p.start < m.start() < p.end), None)


def _leaders(text: str, at: int, mentions: list[Mention]) -> list[Mention]:
    """The named people listed from `at` (after 由) up to the verb that says they lead, or none."""
    out: list[Mention] = []
    for p in mentions:
        if p.kind != "person" or not named(p) or not at <= p.start <= at + LED_REACH:
            continue
        if out and not LEADERS_JOINED.fullmatch(text, out[-1].end, p.start):
            return []
        out.append(p)
        gloss = LED_ZH.match(text, p.end)
        if text.startswith(LEADS_ZH, gloss.end() if gloss else p.end):
            return out
    return []


# `A, in Geneva since Sunday, is expected to join the discussions`: who takes part in the talks told before
JOINS_TALKS = re.compile(r"[^.;\n]{0,80}?\bjoin(?:s|ed|ing)? (?:the |these |those )?(?:talks|discussions"
                         r"|negotiations)\b")


def _joiners(text: str, mentions: list[Mention]) -> list[Mention]:
    """The named people said to join the talks, the subject of the clause (no one else named between, and no
    verb of saying: A said B would join)."""
    people = [m for m in mentions if m.kind == "person" and named(m) and m.affiliation]
    out = []
    for i, m in enumerate(people):
        joins = JOINS_TALKS.match(text, m.end)
        if joins and (i + 1 == len(people) or people[i + 1].start >= joins.end()) \
                and not SAYS.search(text, m.end, joins.end()):
            out.append(m)
    return out


def _envoys_after(people: list[Mention], side: str | None, start: int) -> list[Mention]:
    """The distinct envoys of one side named after position `start`, each once."""
    out: list[Mention] = []
    for m in people:
        if m.affiliation == side and m.start >= start and not any(same_name(e, m) for e in out):
            out.append(m)
    return out


LEADER_OFFICES = ("head_of_state", "head_of_government")


def hosts_met_elsewhere(frames: list[Frame]) -> None:
    """A visit whose host is only the state it goes to (Kim crossed into China) is hosted by that state's leader
    when the page's other interactions name one (Xi, who held talks that day): the one named most often,
    ties going to the first. A minister the visitor also met does not stand for the state."""
    for f in frames:
        if f.type != "visit":
            continue
        for i, p in enumerate(f.parties):
            if p.kind != "state":
                continue
            seen = [q for g in frames if g is not f for q in g.parties if q.kind == "person" and named(q)
                    and q.affiliation == p.affiliation and q.office in LEADER_OFFICES]
            counts = [sum(same_name(q, r) for r in seen) for q in seen]
            if seen:
                f.parties[i] = seen[counts.index(max(counts))]
