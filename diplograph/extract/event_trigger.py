"""Trigger choice: which of a sentence's trigger words tells the interaction, and which only frame it.

A visit or summit frames the sentence and a call, meeting or talks inside it is the event; a trigger right
after 参加/陪同 is someone attending; 在通話中 points back at a call told elsewhere; 会晤达成的 qualifies an
outcome; 在与X会晤后， is the time of what follows; X通话前夕， is the eve of an interaction still to come, the
time of what the sentence reports; 他和X會晤後，兩人…通話 times the call by the meeting. Two acts joined by 并
(會晤並通話) are two interactions; talks joined to the statement they issued (会谈并发表联合声明) an agreement;
signing one's own executive order or bill (签署行政命令) is none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from diplograph.extract.actors import Mention
from diplograph.extract.event_background import EN_THEIR_ONE, SPOKEN_ABOUT
from diplograph.extract.event_clauses import basis_phrase, summit_during
from diplograph.extract.event_frame import EN_WHO_ASIDE, ZH_CLAUSE_END, Dropped, Frame, Sentence, starting_in
from diplograph.extract.gazetteer import Entry, Gazetteer, Hit
from diplograph.extract.names import plausible_name
from diplograph.lexicons.literals import Gated, at_word_start

CONTEXT_TYPES = ("visit", "summit")
HOSTED_TYPES = ("phone_call", "video_call", "meeting", "talks")  # a headline may leave the outlet's side implicit
# 在与习近平会晤并达成休战后，…: a clause opened by 在 and closed by 后 (or 之前) is the time of what follows
AFTER_OPENERS = ("在", "继", "繼")  # 在…后，继…之后，在…之前，: a clause that times what follows
# (a headline breaks its clauses with a space: 甲會乙後 丙訪中)
AFTER_CLAUSE = re.compile(r"[^，,。；;\n]*?(?:之后|之後|以后|以後|后|後|之前|以前)(?=[，,]|[ \u3000]+[\u4e00-\u9fff])")
# 见面后随即举行会谈: the words between a meeting and the talks it only leads up to (后又, 后再: another act)
THEN_HELD = re.compile(r"(?:之后|之後|以后|以後|后|後)(?:随即|隨即|随后|隨後|即|便)?(?:举行|舉行|进行|進行)?")
DELEGATION = ("团", "團")  # 访问团, 訪問團: a trigger word that names the delegation it makes up
# 会晤达成的共识: the interaction qualifies what came of it, told as background
REACHED_AT = re.compile(r"(?:时|時)?所?(?:达成|達成)[的之]")
# 两国元首通话前夕，…: the eve of an interaction, told only to date what follows
EVE_OF = re.compile(r"的?前夕(?=[，,])")
# 會晤並通話, met and spoke by phone: two interactions of two modalities told as one act
JOINED = re.compile(r"\s*(?:并|並|并且|並且|又|and|and then)\s*$", re.I)
# 举行会谈并发表联合声明, held talks and issued a joint statement (举行会谈，并签署…): what the talks produced,
# in one act
JOINED_OUTCOME = re.compile(r"\s*[，,]?\s*(?:并|並|and)\s*(?:共同)?(?:发表|發表|发布|發布|issued|released)?"
                            r"\s*(?:了|a)?\s*$", re.I)
REMOTE_TYPES = ("phone_call", "video_call", "message")
# 签署行政命令, signed an executive order, signed the bill into law: a leader's own act, no agreement between sides
DOMESTIC_ACT = re.compile(r"[^，,。；;]{0,8}?(?:行政命令|行政令|总统令|總統令|法案|法令|命令)"
                          r"|\s+(?:an?|the|two|several)?\s*(?:executive orders?|bills?|(?:\w+ )?into law|decrees?)\b",
                          re.I)
# state visit to China next week for summit talks with X, visit Beijing for a summit with X: what the visit is for
FOR_PURPOSE = re.compile(r"[^,;\n]{0,80}?\bfor\s+(?:(?:an?|the|his|her|their)\s+)?(?:summit\s+|bilateral\s+)?", re.I)
TO_PURPOSE = re.compile(r"[^,;\n]{0,80}?\s")  # a state visit to meet X: the trigger itself opens with `to`
PURPOSE_TYPES = ("meeting", "talks", "summit")
# will visit China in April after a call with X; agreed to visit Y …, following a phone call: the call came first
AFTER_ACT = re.compile(r"[^;\n]{0,80}?\b(?:after|following)\s+(?:(?:an?|the|his|her|their|its)\s+)?"
                       r"(?:[\w'‘’\"“”]+\s+){0,2}?", re.I)
DURING_BEFORE = re.compile(r"[在於于]$")
# 在峰会结束后将签署…, 在会谈期间会发表…: what is to come at or after the meeting just named, in the same clause
# (会 as a future word, not the 会 of 会见 or 会议)
OUTCOME_AHEAD = re.compile(r"(?:结束|結束)?(?:后|後|上|期间|期間|时|時)[^，,。；;！？]{0,12}?"
                           r"(?:将|將|(?:会|會)(?![见見谈談晤议議面])|拟|擬|要)[^，,。；;！？]{0,12}")
MEETING_TYPES = ("meeting", "talks", "summit")
DURING_AFTER = re.compile(r"(?:中|时|時|期间|期間|上)")
# 日前在通話中親自向乙表態: the clause goes on to the partner it was with, so the interaction is told here
DURING_WITH = re.compile(r"中(?:亲自|親自)?(?:向|对|對|跟)(?!对方|對方|其)")
# `criticised the West during the summit`: the English 在会谈中, an interaction named as the time of another act
# (unless the trigger goes on to name its sides: `during talks with X`, or the sentence opens with it as its
# subjects' own: `During their summit, A and B agreed…`, which tells of it)
EN_DURING = re.compile(at_word_start("during", any_case=True) + r"(?i:\s+(?:the|their|this|that|a|an|his|her)\s+)$")
EN_DURING_THEIRS = re.compile(r"\s*During\s+their\s+")  # opening the sentence: its subjects' own
EN_SIDES_AFTER = re.compile(r"\s+(?:with|between|of)\b", re.I)
# `called on the President`: a courtesy call; `called on Ruritania to withdraw`, `calls on all parties`: an appeal
CALL_ON = re.compile(r"call(?:s|ed|ing)? on$", re.I)
APPEAL_AFTER = re.compile(r"\s+(?![A-Z])|[^,;.\n]{0,120}?\bto\s+[a-z]")
# `urged investors to visit`, `asked him to visit`, `need a visa to visit`: `to visit` after a verb and its object
# tells whom someone else would have visit, no visit of the sentence's subject (`agreed to visit`)
TO_VISIT = re.compile(r"to visit", re.I)
OBJECT_TO_VISIT = re.compile(at_word_start("urg", "encourag", "ask", "press", "push", "persuad", "allow", "permit",
                                           "enabl", "need", "call", "appeal", any_case=True)
                             + r"\w*(?i:\s+(?:on|to))?\s+(?:[\w'’-]+\s+){1,4}$")
# `the most senior Chinese official to visit Australia since 2017`, `the first premier to visit…`: a rank
# before the infinitive describes who went, no plan (unless the clause looks ahead: `is set to become the
# first … to visit`)
RANKED_TO_VISIT = re.compile(at_word_start("first", "last", "only", "latest", "second", "third", "most", "highest",
                                           "top", any_case=True) + r"[\w\s'’-]{0,60}$")
RANK_AHEAD = re.compile(at_word_start("will", "would", "set", "expected", "due", "scheduled", "poised", "plans",
                                      any_case=True) + r"\b[^,;.]{0,40}$")


def ranked_visitor(text: str, start: int) -> bool:
    """Whether `to visit` at `start` follows a rank that describes its subject (`the first leader to visit`) in
    a clause that does not look ahead."""
    rank = RANKED_TO_VISIT.search(text, max(0, start - 70), start)
    return rank is not None and RANK_AHEAD.search(text, max(0, rank.start() - 40), rank.start()) is None
# `A talks about B`, `talks of contact with B`: the verb of speaking after its subject, not negotiations
TALKS_OF = re.compile(r"(?:\b(?!(?:The|These|Those|Their|His|Her|Its|Our|Such|Peace|Trade|Direct|Bilateral|Further"
                      r"|Fresh|New|Formal|Secret|Previous|Nuclear|Ceasefire)\b)[A-Z][\w'’-]*|\b(?:he|she))\s+$")
TALKS_OF_AFTER = re.compile(r"\s+(?:about|of)\b")
# `X called Y` (rang, dialled), `X will host Y`, `X received Y`: a call or meeting only when the person reached
# follows (a name or title, his counterpart), not `called for`, `called it`, `so-called`, `called Y a friend` (Y named
# as something), `dialled in to the meeting`,
# `its hosting of the conference`, `will host a summit` (the summit is the event), `welcomed Y's decision`; after
# received, welcomed and greeted, a title and name (not `received German support`, `greeted the news`; for
# `greeted`, only after `by`: see `received_whom`)
TO_WHOM = re.compile(r"called|rang|dialled|dialed|host|hosts|hosting", re.I)
RECEIVED = re.compile(r"received|welcomed|greeted", re.I)
PERSON_WORD = r"[A-Z][\w.'’-]*+"
WHOM_AFTER = re.compile(rf"\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}counterparts?\b|(?:him|her)\b"
                        rf"|{PERSON_WORD}(?:\s+{PERSON_WORD})*+(?<!['’]s))(?!\s+(?:an?|the|his|her|its|their)\s)")
RECEIVED_WHOM = re.compile(rf"\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}counterparts?\b"
                           rf"|{PERSON_WORD}(?:\s+{PERSON_WORD})++(?<!['’]s)(?!['’])"
                           # `received a (Cambodian) delegation (of …) led by A B`: the delegation's head
                           rf"|an?\s+(?:[\w-]+\s+){{0,2}}delegation\s+(?:of\s+[^,.;]{{1,60}}?\s+)?led\s+by\s+[A-Z])")


BY_AFTER = re.compile(r"\s+by(?=\s)")  # `was received by President A B`: the passive's agent
# `greeted A upon his arrival at the palace`: an active `greeted` of a meeting, unless its clause tells a message
GREETED_IN_PERSON = re.compile(r"[^.;\n]{0,80}?\b(?:(?:upon|on)\s+(?:his|her|their)\s+arrival|at\s+the\s+(?:airport"
                               r"|(?:presidential\s+|royal\s+)?palace|residence|entrance|steps)|in\s+person)\b", re.I)
GREETED_REMOTELY = re.compile(r"[^.;\n]{0,80}?\b(?:post|posts|message|birthday|congratulat\w*|letter|tweet|telegram"
                              r"|video|online)\b", re.I)
# `The plan was received by A`, `which was welcomed by A`: the passive's subject a thing (a lower-case noun), not a
# guest (`Mwangi was received by`, `who was welcomed by`, `she was`)
THING_PASSIVE = re.compile(r"\b(?!(?:he|she|they|who|whom)\s)[a-z][\w-]*\s+(?:was|were|is|are|has been|have been"
                           r"|had been)\s+$")


# `discussed the war by phone`: the medium alone tells a call only as the manner of an exchange its clause
# tells (not `told Reuters by phone`, `reached by phone`, `voted by telephone`)
MEDIUM_ALONE = re.compile(r"by (?:tele)?phone", re.I)
EXCHANGE_BEFORE = re.compile(at_word_start(r"discuss(?:ed|es|ing)?", r"exchang(?:ed|e|es|ing)", "conferred",
                                           "consulted", "reviewed", "agreed", r"talked\s+about")
                             + r"\b[^,;.\n]{0,120}$")


DURING_THEIR = re.compile(r"during\s+their\s+$", re.I)


# a wire dateline opening the lead: the place in capitals, its state or day, the agency, a dash or colon (`SEOUL,
# March 17 (Yonhap) --`, `WASHINGTON, D.C., March 17 (AP) —`, `TOKYO:`), or the place in mixed case with its day and
# agency (`Seoul, March 17 (Yonhap) --`)
WIRE_DATELINE_OPEN = (r"(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:,[^\n,]{1,30}){0,2}\s*(?:\([\w .]+\)\s*)?"
                      r"(?:--|[—–:-])\s+|[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+)?(?:,[^\n,]{1,30}){1,2}\s*\([\w .]+\)\s*"
                      r"(?:--|[—–-])\s+)?")
# the words before the sentence's first `and`: names and titles only (no lower-case word), its opening subject
OPENING_NAMES = re.compile(r"\s*" + WIRE_DATELINE_OPEN + r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*")


def their_own(text: str, sent: Sentence, t: Hit) -> bool:
    """`A and B agreed during their summit`: after subjects joined by `and` opening the sentence, `their`
    interaction is theirs, told here (not `criticised the West during the summit`, timed by another's, nor
    `criticised remarks A and B made during their summit`)."""
    if DURING_THEIR.search(text, max(sent.start, t.start - 20), t.start) is None:
        return False
    joined = text.find(" and ", sent.start, t.start)
    return joined >= 0 and OPENING_NAMES.fullmatch(text, sent.start, joined) is not None


def received_whom(text: str, start: int, end: int) -> bool:
    """Whether `received`/`welcomed`/`greeted` at `start`-`end` reaches a person named after it, or after `by` in
    the passive of a guest (`was received by U.S. President A B`); `greeted` in the active only where its clause
    places it (upon his arrival, at the palace) and tells no message (`greeted A on his birthday in a post`)."""
    by = BY_AFTER.match(text, end)
    if by is None and text[end - 7 : end].lower() == "greeted" and (
            not GREETED_IN_PERSON.match(text, end) or GREETED_REMOTELY.match(text, end)):
        return False
    if by and THING_PASSIVE.search(text, max(0, start - 30), start):
        return False
    return RECEIVED_WHOM.match(text, by.end() if by else end) is not None


CO_CHAIRED = re.compile(r"co-?chaired", re.I)
# `co-chaired a UN conference`, `co-chaired the G20 summit`: a gathering of many states, no talks of the chairs'
CO_CHAIRED_GATHERING = re.compile(r"\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|summit|forum|assembly"
                                  r"|congress)s?\b", re.I)


def describes_a_body(text: str, sent: Sentence, t: Hit) -> bool:
    """Whether `co-chaired` only describes a body or a person, or chairs a gathering of many states: in the
    passive (`the commission, co-chaired by A and B, will meet`), in a relative clause (`A, who co-chaired the
    commission with B in 2019, met C`), where the main verb tells what happened, or before a conference or a
    summit (`co-chaired a UN conference on …`): the chairs hold no talks of their own by it."""
    return BY_AFTER.match(text, t.end) is not None or CO_CHAIRED_GATHERING.match(text, t.end) is not None or any(
        m.start() < t.start < m.end() for m in EN_WHO_ASIDE.finditer(text, sent.start, sent.end))


# 出席甲组织成员国外长理事会第五次会议: a conference someone attends or chairs, named by what it is of (a page is
# searched only where its words stand: no English page holds them)
CONFERENCE = Gated(re.compile(r"(?:出席|主持)([^，,。；;！？\n“”「」]{2,40}?)(?:会议|會議)"))
SUMMIT = (Entry("trigger", "summit", "zh"),)


def conferences(text: str, cue_hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """The cue hits with an organisation's conference someone attends or chairs (出席甲组织成员国政府首脑
    理事会会议) as a summit trigger at its 会议, where the lexicon's triggers tell nothing there."""
    found = []
    for m in CONFERENCE.finditer(text):
        if any(m.start() <= h.start < m.end() and "trigger" in h.kinds for h in cue_hits):
            continue
        if any("org" in h.kinds for h in gaz.actors.find(m.group(1))):
            found.append(Hit(m.end() - 2, m.end(), SUMMIT, frozenset(("trigger",))))
    return sorted(cue_hits + found, key=lambda h: h.start) if found else cue_hits


IN_PERSON = ("meeting", "talks")  # 会见, 会谈, 会晤, 会面: what a name's last character may hide behind 峰会


def names_into_triggers(text: str, cue_hits: list[Hit], actor_hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A name written after its title whose last character opens a summit word running on into a meeting
    (副总理何立峰会见: 峰会 hides 会见): the meeting stands (in place of the hits it covers, 晤 of 會晤), so that the
    name keeps its character. Only a name a title opens one or two characters before, with a surname first
    (not 出席峰会见证, 本周出访华沙)."""
    title_ends = {h.end for h in actor_hits if "title" in h.kinds}
    out = list(cue_hits)
    for h in cue_hits:
        if "trigger" not in h.kinds or h.first("trigger").value != "summit":
            continue
        k = h.start - 1 if h.start - 1 in title_ends else h.start - 2
        if k not in title_ends or not plausible_name(text[k : h.start + 1], None, gaz) or text[k] not in gaz.surnames:
            continue
        shifted = [x for x in gaz.cues.find(text[h.end - 1 : h.end + 5])
                   if x.start == 0 and x.end >= 2 and x.first("trigger") and x.first("trigger").value in IN_PERSON]
        end = h.end - 1 + shifted[0].end if shifted else 0
        inside = [x for x in out if h.end <= x.start < end]
        if shifted and all(x.end <= end for x in inside):
            out = sorted([x for x in out if x is not h and x not in inside]
                         + [Hit(h.end - 1, end, shifted[0].entries, shifted[0].kinds)], key=lambda x: x.start)
    return out


class Triggers(NamedTuple):
    """The triggers that can tell an interaction, and the spans of `在…后，` clauses (time of what follows)."""

    live: list[Hit]
    time_clauses: list[tuple[int, int]]
    # every live trigger only names an interaction in passing (`after her meeting`, `Referring to the summit`):
    # what `told_as_past` would find again for the one chosen
    in_passing: bool = False


def after_clause(text: str, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
    """The span of the `在…后，` (or `继…后，`) clause the trigger stands in (在与习近平会晤并达成贸易休战后，特朗普…),
    if any."""
    opener = max([text.rfind(w, sent.start, hit.start) for w in AFTER_OPENERS])
    if opener < 0 or ZH_CLAUSE_END.search(text, opener, hit.start):
        return None
    after = AFTER_CLAUSE.match(text, hit.end)
    return (opener, after.end()) if after else None


# `…, weeks after he held talks with X`, `Days after meeting X, …`: a span of time and `after` before the trigger
# open a clause that tells the interaction the news came after
SPAN_AFTER_BEFORE = re.compile(at_word_start("days", "weeks", "months", "years", "hours", "shortly", "a day", "a week",
                                             "a month", "a year", any_case=True)
                               + r"\s+after\s+(?:[\w'’-]+\s+){0,3}$")
EN_CLAUSE_END = re.compile(r"[,;]")


def span_after_clause(text: str, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
    """The span of the `weeks after …` clause the trigger stands in, to its clause's end, if any: its
    interaction and people only time the news."""
    if not text[hit.start].isascii():
        return None  # an English clause, at a Latin trigger
    opener = SPAN_AFTER_BEFORE.search(text, max(sent.start, hit.start - 60), hit.start)
    if opener is None:
        return None
    end = EN_CLAUSE_END.search(text, hit.end, sent.end)
    return opener.start(), end.start() if end else sent.end


def time_of_later(text: str, hit: Hit, triggers: list[Hit]) -> bool:
    """Whether the trigger ends a `…后，` clause and another trigger follows to tell the news (他和X會晤後，
    兩人昨晚再度通話): the first interaction only times the second. Its clause's people are the second's
    too (the subject of a clause without 在 carries over), so they stay candidates."""
    if AFTER_CLAUSE.match(text, hit.end) is not None:
        return any(t.start > hit.end for t in triggers)
    # 与乙见面后举行会谈: a meeting, right after it with no clause break, the talks it led to
    return hit.first("trigger").value == "meeting" and any(
        t.start > hit.end and t.first("trigger").value == "talks" and THEN_HELD.fullmatch(text, hit.end, t.start)
        for t in triggers)


def visited_before(text: str, hit: Hit, triggers: list[Hit]) -> tuple[int, int] | None:
    """The places of a visit that only times a later interaction (先後造訪甲國和乙國後，原定與丙國官員會面):
    the span from the visit's trigger to its `…後`, whose states are no parties of what follows (its
    subject, before the trigger, carries over)."""
    if hit.first("trigger").value != "visit" or not time_of_later(text, hit, triggers):
        return None
    return (hit.end, AFTER_CLAUSE.match(text, hit.end).end())


def eve_clause(text: str, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
    """The span of the `…通话前夕，` clause the trigger ends (from the clause's start to 前夕), if any."""
    eve = EVE_OF.match(text, hit.end)
    if not eve:
        return None
    starts = [m.end() for m in ZH_CLAUSE_END.finditer(text, sent.start, hit.start)]
    return (starts[-1] if starts else sent.start, eve.end())


def live_triggers(text: str, sent: Sentence, triggers: list[Hit], cues: list[Hit]) -> Triggers:
    """The sentence's triggers less those that only attend, point back, qualify or time something else, tell
    an outcome a visit is only expected to bring, stand in what is said after the first (会见乙，说…对话) or in a
    relative clause after it (met A, who mediated talks)."""
    theirs = EN_DURING_THEIRS.match(text, sent.start)
    time_clauses = [c for t in triggers for c in (after_clause(text, sent, t), eve_clause(text, sent, t),
                                                  visited_before(text, t, triggers), span_after_clause(text, sent, t),
                                                  summit_during(text, sent, t, triggers), basis_phrase(text, sent, t))
                    if c]
    first = min((t.end for t in triggers), default=sent.end)
    asides = [m.span() for m in EN_WHO_ASIDE.finditer(text, first, sent.end)]
    # where a trigger right after an attend cue (参加, 陪同) starts: up to two characters past its end, gathered
    # once instead of testing every cue for every trigger
    attended = {c.end + k for c in cues if "attend" in c.kinds for k in range(3)}
    # an English pattern is read only around a Latin trigger (`latin`): no English phrase stands at a Han one
    live = [
        t
        for t in triggers
        if t.start not in attended
        and not (DURING_BEFORE.search(text, max(0, t.start - 1), t.start) and DURING_AFTER.match(text, t.end)
                 and not DURING_WITH.match(text, t.end))
        and not ((latin := text[t.start].isascii()) and EN_DURING.search(text, max(0, t.start - 20), t.start)
                 and not EN_SIDES_AFTER.match(text, t.end) and not (theirs and theirs.end() == t.start)
                 and not their_own(text, sent, t))
        and not REACHED_AT.match(text, t.end)
        and not text.startswith(DELEGATION, t.end)  # 率領訪問團抵台: the visiting delegation, a noun
        and not (time_clauses and any(a <= t.start < b for a, b in time_clauses))  # most sentences have none
        and not (asides and any(a <= t.start < b for a, b in asides))  # met A, who mediated talks: a meeting
        and not time_of_later(text, t, triggers)
        and not (t.first("trigger").value == "agreement" and DOMESTIC_ACT.match(text, t.end))
        and not (latin and CALL_ON.match(text, t.start, t.end) and APPEAL_AFTER.match(text, t.end))
        and not (text[t.start : t.end] == "talks" and TALKS_OF_AFTER.match(text, t.end)
                 and TALKS_OF.search(text, max(0, t.start - 30), t.start))
        and not (latin and TO_WHOM.fullmatch(text, t.start, t.end) and (text[t.start - 1 : t.start] == "-"
                                                                         or not WHOM_AFTER.match(text, t.end)))
        and not (latin and RECEIVED.fullmatch(text, t.start, t.end) and not received_whom(text, t.start, t.end))
        and not (latin and TO_VISIT.fullmatch(text, t.start, t.end)
                 and (OBJECT_TO_VISIT.search(text, max(0, t.start - 60), t.start)
                      or ranked_visitor(text, t.start)))
        and not (latin and MEDIUM_ALONE.fullmatch(text, t.start, t.end)
                 and not EXCHANGE_BEFORE.search(text, max(sent.start, t.start - 140), t.start))
        and not (latin and CO_CHAIRED.fullmatch(text, t.start, t.end) and describes_a_body(text, sent, t))
    ]
    # after their meeting, A and B signed…; referring to the summit, X said A would call B: the named meeting
    # only times or prompts the act told after it (alone, it stays to be dropped as background)
    about = SPOKEN_ABOUT.match(text, sent.start)
    told = [t for t in live
            if not (text[t.start].isascii() and EN_THEIR_ONE.search(text, max(0, t.start - 40), t.start))
            and not (about and t.start < about.end())]
    return Triggers(before_words(text, visit_over_expected(text, told or live)), time_clauses, bool(live) and not told)


def choose_type(triggers: list[Hit], cue_kinds: set[str]) -> tuple[str, Hit]:
    """The event type and the trigger that tells it: a call, meeting or talks over the visit that frames it;
    talks over a meeting in one sentence; a call over 致电 told with it; a video cue turns a call or meeting
    into a video call."""
    main = [h for h in triggers if h.first("trigger").value not in CONTEXT_TYPES]
    pool = main or [h for h in triggers if h.first("trigger").value == "visit"] or triggers
    hit = pool[0]
    kind = hit.first("trigger").value
    kinds = {h.first("trigger").value for h in pool}
    if kind == "meeting" and "talks" in kinds:
        kind = "talks"
    if kind == "message" and "phone_call" in kinds:  # 主动致电…通话: 致电 is the call, not a telegram
        kind, hit = "phone_call", next(h for h in pool if h.first("trigger").value == "phone_call")
    if "video" in cue_kinds and kind in ("phone_call", "meeting", "talks"):
        kind = "video_call"
    return kind, hit


# 会见乙，说…各层级对话机制: after the interaction, a clause of what its subject said
ZH_SAID_AFTER = re.compile(r"[，,]\s*(?:并|並|还|還|又)?(?:说|說|表示|指出|强调|強調)")


def before_words(text: str, triggers: list[Hit]) -> list[Hit]:
    """The triggers before a `，说` that follows the first one (甲会见乙，说要用好对话机制): later ones are in the
    words said, which do not tell the interaction."""
    if len(triggers) < 2:
        return triggers
    first = min(triggers, key=lambda t: t.start)
    said = ZH_SAID_AFTER.search(text, first.end, max(t.start for t in triggers))
    return [t for t in triggers if said is None or t.start < said.start()]


# 預計簽署協議, 有望签署: an agreement the clause only expects
EXPECTED_BEFORE = re.compile(r"(?:预计|預計|可望|有望)[^，,。；;]{0,6}$")


def visit_over_expected(text: str, triggers: list[Hit]) -> list[Hit]:
    """A visit told with the agreement it is expected to bring (明天將訪問華府，預計簽署協議): the visit is the
    interaction, the agreement only its hoped-for outcome, so that trigger is left out."""
    if not any(t.first("trigger").value == "visit" for t in triggers):
        return triggers
    return [t for t in triggers if not (t.first("trigger").value == "agreement"
                                        and EXPECTED_BEFORE.search(text, max(0, t.start - 10), t.start))]


def joined_other_mode(text: str, triggers: list[Hit], kind: str, hit: Hit,
                      cue_kinds: frozenset[str] = frozenset()) -> tuple[str, Hit] | None:
    """A second interaction joined to the chosen one by 并/and, in the other modality (會晤並通話: they met, and
    they also spoke by phone): its type and trigger, else None. Under a video cue (举行视频会见并共同主持会议)
    both acts are by video: one modality."""
    for t in triggers:
        other = t.first("trigger").value
        if "video" in cue_kinds and other in ("phone_call", "meeting", "talks"):
            other = "video_call"
        if t is hit or other in CONTEXT_TYPES or (other in REMOTE_TYPES) == (kind in REMOTE_TYPES):
            continue
        a, b = (hit.end, t.start) if hit.end <= t.start else (t.end, hit.start)
        if a <= b and JOINED.match(text, a, b):
            return other, t
    return None


def visit_purpose(text: str, triggers: list[Hit], kind: str, hit: Hit) -> tuple[str, Hit] | None:
    """The second act of a visit told with what it is for (will make a state visit to X for summit talks with
    Y; flies to X for a state visit to meet Y): the visit and the talks are two interactions, so the one not
    chosen is returned with its trigger; else None."""
    for visit in (t for t in triggers if t.first("trigger").value == "visit"):
        purpose = next((t for t in triggers if t.start >= visit.end
                        and t.first("trigger").value in PURPOSE_TYPES), None)
        if purpose is None:
            continue
        gap = text[visit.end : purpose.start]
        said = text[purpose.start : purpose.end].lower()
        if not (FOR_PURPOSE.fullmatch(gap) or (said.startswith("to ") and TO_PURPOSE.fullmatch(gap))):
            continue
        if hit is visit:
            return purpose.first("trigger").value, purpose
        if kind in PURPOSE_TYPES and hit.start >= visit.end:  # a summit and talks with X: the talks chosen
            return "visit", visit
    return None


def plan_after(text: str, triggers: list[Hit], kind: str, hit: Hit) -> Hit | None:
    """The visit a sentence plans after the interaction it reports (Trump says he will visit China in April
    after call with Xi): its trigger, a second interaction of its own; else None."""
    if kind in CONTEXT_TYPES:
        return None
    return next((t for t in triggers if t.end <= hit.start and t.first("trigger").value == "visit"
                 and AFTER_ACT.fullmatch(text, t.end, hit.start)), None)


# `the talks went well and another round will take place in May`: a further round of the same talks, ahead
ROUND_AHEAD = re.compile(at_word_start("another", r"a\s+new", r"a\s+further", r"the\s+next", r"a\s+second",
                                       r"a\s+third", any_case=True)
                         + r"(?i:\s+round\b(?=\s+(?:is|was)\s+(?:planned|scheduled|expected|set|due)\b"
                         r"|\s+(?:will|would)\s+(?:be\s+held|take\s+place)\b))")
ROUND = (Entry("trigger", "talks", "en"),)


def round_ahead(text: str, sent: Sentence, kind: str, hit: Hit) -> Hit | None:
    """The next round the sentence says is planned after the talks it reports (talks … were constructive and another
    round is planned for next week): a trigger of its own at its words, a second interaction; else None."""
    if kind != "talks":
        return None
    m = ROUND_AHEAD.search(text, hit.end, sent.end)
    return Hit(m.start(), m.end(), ROUND, frozenset(("trigger",))) if m else None


def is_round(hit: Hit) -> bool:
    """Whether the trigger is a next round `round_ahead` found (a further round of talks told before)."""
    return hit.entries is ROUND


# spoke with X, will speak with X: a call, as wires write it, unless the sentence places the two together
SPOKE = re.compile(r"(?:speak|speaks|spoke|spoken|speaking)\s", re.I)
BY_PHONE = re.compile(r"[^.;!?]*?\b(?:phone|telephone|call|video)", re.I)
TOGETHER_AFTER = re.compile(r"[^.;!?]{0,120}?\b(?:during (?:a |an |the |his |her |their |its )?(?:[\w-]+ ){0,3}visit"
                            r"|on the sidelines|in person|face[- ]to[- ]face)\b", re.I)


def spoken_in_person(text: str, sent: Sentence, hit: Hit, places: list[Hit]) -> bool:
    """`spoke with X in Brussels`, `will speak with X during her state visit`, `on the sidelines of`: a talk the
    sentence places in a country or city, at a visit or face to face is a meeting, not a call (`spoke with X`
    alone, or `by phone`, stays a call)."""
    if not SPOKE.match(text, hit.start) or BY_PHONE.match(text, hit.start, sent.end):
        return False
    if TOGETHER_AFTER.match(text, hit.end, sent.end):
        return True
    return any(text[h.start - 3 : h.start] == "in " and not h.kinds.isdisjoint(("country", "place"))
               for h in starting_in(places, hit.end, sent.end))


def signed_outcome(text: str, triggers: list[Hit], kind: str, hit: Hit) -> tuple[str, Hit]:
    """Talks or a meeting joined by 并/and to what they produced (举行会谈并发表联合声明, met and signed): the
    agreement is the interaction the sentence reports; an agreement still to come at or after a meeting the
    sentence names (在峰会结束后将签署联合声明): the meeting is, read at the agreement's words (their clause tells
    that it lies ahead); otherwise the type and trigger as chosen."""
    if kind == "agreement":
        return next(((t.first("trigger").value, hit) for t in triggers if t.end <= hit.start
                     and t.first("trigger").value in MEETING_TYPES and DURING_BEFORE.search(text, 0, t.start)
                     and OUTCOME_AHEAD.fullmatch(text, t.end, hit.start)), (kind, hit))
    if kind not in ("talks", "meeting"):
        return kind, hit
    for t in triggers:
        if (t.start >= hit.end and t.first("trigger").value == "agreement"
                and JOINED_OUTCOME.match(text, hit.end, t.start)):
            return "agreement", t
    return kind, hit


# 就与乙举行会谈询问了对方意向, 向乙征询会谈意向, 向乙提出举行会谈的意向: talks only asked about, the asking itself the
# news, a message to the other side
ASKED_INTENT_AFTER = re.compile(r"[^，,。；;！？]{0,12}?(?:询问|詢問|征询|徵詢|探询|探詢|试探|試探)"
                                r"[^，,。；;！？]{0,8}?(?:意向|意愿|意願)")
ASKED_BEFORE = re.compile(r"向[^，,。；;！？]{1,20}?(?:征询|徵詢|询问|詢問|提出|提议|提議)[^，,。；;！？]{0,20}$")
INTENT_AFTER = re.compile(r"[^，,。；;！？]{0,4}?(?:意向|意愿|意願)")


def asked_about(text: str, kind: str, hit: Hit) -> bool:
    """Whether Chinese talks or a meeting are only what one side asked the other about holding (就与乙举行首脑会谈
    询问了朝方意向, 向乙征询会谈意向): the interaction told is that message."""
    if kind not in ("talks", "meeting"):
        return False
    return bool(ASKED_INTENT_AFTER.match(text, hit.end) or (
        ASKED_BEFORE.search(text, max(0, hit.start - 45), hit.start) and INTENT_AFTER.match(text, hit.end)))


def two_sided(kind: str, word: str, parties: list[Mention], names: list[Hit], sent: Sentence,
              video: bool = False) -> str:
    """A summit is a multilateral meeting: one of two states where the sentence names no organization nor a
    Summit by name (not the APEC summit) is their talks, a video call with a video cue (a virtual summit, 视像峰会)."""
    if kind != "summit" or word[:1].isupper() or len({p.affiliation for p in parties}) != 2 \
            or any("org" in h.kinds for h in starting_in(names, sent.start, sent.end)):  # `names`: sorted by start
        return kind
    return "video_call" if video else "talks"


def video_told_after(frames: list[Frame], dropped: list[Dropped], retold: tuple[str, ...]) -> None:
    """A page's only meeting or talks becomes a video call when a later sentence naming no sides says the
    interaction was held by video (会晤以视频方式举行, `The talks were held virtually`)."""
    told = [f for f in frames if f.type in ("meeting", "talks")]
    if len(told) != 1 or any(f.type == "video_call" for f in frames):
        return
    f = told[0]
    if any(d.type == "video_call" and d.reason in retold and d.sentence[0] > f.sentence[0] for d in dropped):
        f.type = "video_call"


CALL_WORDS = ("致电", "致電")  # a telegram, or in Taiwan's usage a call placed


def calls_told_as_messages(text: str, frames: list[Frame]) -> list[Frame]:
    """A 致电 message (the headline's 國務卿致電外長) whose parties a phone call on the same day has, told in a
    sentence that holds 致电 too (致電外交部長某某，雙方通話約20分鐘), is that call, placed by the sender."""
    calls = [f for f in frames if f.type == "phone_call" and any(w in text[f.sentence[0] : f.sentence[1]]
                                                                  for w in CALL_WORDS)]
    if not calls:
        return frames
    out = []
    for f in frames:
        names = {(p.affiliation, p.name) for p in f.parties}
        call = next((c for c in calls if c.date == f.date and {(p.affiliation, p.name) for p in c.parties} == names),
                    None) if f.type == "message" and text[f.trigger[0] : f.trigger[1]] in CALL_WORDS else None
        if call is None:
            out.append(f)
            continue
        senders = {f.parties[i].name for i in f.initiators}
        call.initiators |= {i for i, p in enumerate(call.parties) if p.name in senders}
    return out


# 这是…首次…磋商, 據報導，這也是…会谈: a sentence that opens by pointing at the interaction just told and names it
THIS_WAS = re.compile(r"\s*(?:(?:据|據)[^，,。；;\n]{1,20}[，,]\s*)?(?:这|這|此)(?:也|亦)?(?:是|为|為|乃)")
TOLD_AS = re.compile(r"\s*[。，,；;！？\n]")
# 将继续与乙举行…会谈: the interaction just told, going on
CONTINUED = re.compile(r"(?:继续|繼續)[^，,。；;！？\n]{0,30}$")


def talks_told_after(text: str, frames: list[Frame], dropped: list[Dropped]) -> None:
    """A meeting that the very next sentence calls talks is those talks: `这是…` names the interaction just
    told (甲乙21日举行会晤。据报道，这是三方举行的首次磋商。), or it goes on with the same partner (甲将与乙
    举行会晤。次日，甲将继续与乙举行会谈。), by the more telling word."""
    for f in (f for f in frames if f.type == "meeting"):
        for d in (d for d in dropped if d.type == "talks" and 0 <= d.sentence[0] - f.sentence[1] <= 1):
            opens = THIS_WAS.match(text, d.sentence[0], d.trigger[0])
            own_clause = opens and not ZH_CLAUSE_END.search(text, opens.end(), d.trigger[0])
            partner = any(p.name and p.name in text[d.sentence[0] : d.trigger[0]] for p in f.parties[1:])
            goes_on = partner and CONTINUED.search(text, d.sentence[0], d.trigger[0])
            if (own_clause and TOLD_AS.match(text, d.trigger[1])) or goes_on:
                f.type = "talks"
                break


# 出席…会晤, 以视频方式出席…会议, 主持…会晤: a gathering someone attends or chairs, the verb opening its clause's object
ATTENDED = re.compile(r"(?:出席|主持)[^，,。；;！？\n]{0,40}$")
GATHERING_TYPES = ("meeting", "talks", "video_call")


def with_members(kind: str, text: str, at: Hit, partners: list[Mention], chinese: bool, orgs: frozenset[str]
                 ) -> str:
    """An organisation's summit: in English copy, a meeting or talks with its officials told together (ASEAN
    foreign ministers); in Chinese copy, a meeting or video meeting someone attends or chairs with the
    organisation among the partners (以视频方式出席甲组织领导人会晤; a call or talks held with its head keep
    their type)."""
    if chinese:
        if kind not in GATHERING_TYPES or not ATTENDED.search(text, max(0, at.start - 42), at.start):
            return kind
        return "summit" if any(p.affiliation in orgs for p in partners) else kind
    if kind not in ("meeting", "talks"):
        return kind
    return "summit" if any(p.kind == "group" and p.affiliation in orgs and p.title for p in partners) else kind
