"""Status from the clause: held, planned (将, 定于, will, is scheduled to, announced … would), cancelled, or
no event at all — an interaction only hoped for, proposed or thought possible (希望, 盼, 欢迎…再次, 或将,
looks forward to, could) unless it is announced or given a day, an invitation to visit (not one accepted),
and an interaction the clause says did not take place (未能举行, did not meet). A visit whose arrival is told as
done has begun (held)."""

from __future__ import annotations

import re
from datetime import date

from diplograph.extract.event_date import RANKS, DateChoice, DateMention, counted_day
from diplograph.extract.event_frame import ZH_CLAUSE_END, Sentence, clause_of, day_of
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons.literals import at_word_start, word_starts

GOVERN_GAP = 3  # 會談將延後, 訪問行程暫緩: a word that puts off the interaction stands this close to its trigger
PUT_OFF_ITSELF = re.compile(r"(?:舉行|举行)?(?:[，,；;。！？\n]|$)")  # 行程暫緩。, 延後舉行。: no object put off
HOPE_REACH = 60  # a hope stated this many characters before the trigger is about it
# 合作計畫，…會談, 可望連任的總統…會見: 計畫, 可望 as a noun or modifier tell no plan of the trigger
# (可望在下週的峰會期間會面 does)
PLAN_AS_MODIFIER = re.compile(r"[^在於于，,；;]{0,4}的")
# 将 in a rank or its holder (将领, 将军, 少将): no future
NOT_FUTURE = re.compile(r"(?<=[将將])[领領军軍帅帥官]|少[将將]")
# 接受马克龙的邀请, 獲得美方邀請後, accepted an invitation: the invited side agreed to come
ACCEPTED = re.compile(r"(?:接受|获得|獲得|接获|接獲|accepted|accepting|accepts)[^，,。；;]*$", re.I)
ACCEPT_REACH = 20
# `who was invited by X`, `invited by X, she visited`: the invitation given as the reason of a visit, like 应X邀请
# (在X的邀請下: at X's invitation; not 邀請下屆主席: invited the next chair)
INVITED_BY = re.compile(r"\s+by\b|(?<=邀[请請])下", re.I)
# 受X邀請, 获X邀请: invited by X, the invitation given as the reason of the visit (not 受訪時邀請: when interviewed,
# 受到, 獲悉; X names someone, so holds no time word)
INVITED_FROM = re.compile(r"(?:受|获|獲)(?![訪访到悉得])[^，,。；;\n时時后後]{0,30}$")
# 未能举行, 并未会面, 无意会谈 (has no wish to), did not meet: in the trigger's clause, no interaction took place
NEGATION = re.compile(r"未能|没能|沒能|未曾|尚未|并未|並未|从未|從未|无意|無意|"
                      + word_starts("did not", "didn't", "has not", "have not", "hasn't", "haven't", "never",
                                    "failed to", end=r"\b"))
# `No meeting between A and B is planned`, `no formal talks`: the interaction denied by its determiner
NO_BEFORE = re.compile(at_word_start("[Nn]o") + r"\s+(?:[a-z-]+\s+)?$")
# `There are no plans for A to meet B`, `is not expected to meet`, `not scheduled to hold talks`: a plan denied
# in the trigger's clause
NO_PLAN = re.compile(at_word_start("[Nn]o", "not") + r"\s+(?:(?:immediate|current|firm)\s+)?"
                     r"(?:plans?|expected|scheduled|planning|due)\b")
PLAN_REACH = 80  # how far before the trigger a denied plan may stand
# `was not expected to attend but met B`: a contrast after the denied plan turns to what did happen
CONTRAST = re.compile(at_word_start("but", "yet", "instead", "however") + r"\b")
# `If A meets B, …`, `unless the two leaders meet`: the interaction is a condition, not one told
IF_BEFORE = re.compile(at_word_start("[Ii]f", "[Uu]nless") + r"\s")
# refused to speak with X, declined to meet X, ruled out any negotiations with X: a refusal right before the
# trigger (whose `to` or determiner it may hold)
REFUSED_BEFORE = re.compile(at_word_start("refused", "refuses", "declined", "declines", "ruled out", "rules out",
                                          "rejected", "rejects", any_case=True)
                            + r"(?:\s+to|\s+(?:any|all|further|new|direct))?\s+$")
# `will visit China after call with Xi`: the future word tells what comes after the interaction, not the interaction
AFTER = re.compile(at_word_start("after", "following", any_case=True) + r"\b")
# departed for Beijing for summit talks: a journey, then what it is for, right before the trigger
TRAVEL = re.compile(at_word_start(r"depart(?:s|ed|ing)?", "left", "leaves", "leaving", r"fl(?:y|ies|ew)",
                                  r"travel(?:s|ed|led|ling)?", r"head(?:s|ed|ing)?", any_case=True) + r"\b")
PURPOSE = re.compile(at_word_start("for", any_case=True)
                     + r"(?i:\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:summit\s+|bilateral\s+)?)$")
CLAUSE_BREAK = re.compile(r"[，,；;]")
# following a phone call, after their talks: the trigger is what came before the rest of the sentence
TOLD_AFTER = re.compile(at_word_start("after", "following", any_case=True)
                        + r"(?i:\s+(?:(?:an?|the|his|her|their|its)\s+)?)(?:[\w'‘’\"“”]+\s+){0,2}$")
AFTER_REACH = 40
# 除了和X會晤之外，也會…: an interaction told as one besides what the next clause says is ahead, is ahead too
BESIDES = re.compile(r"(?:除了|除)[^，,。；;！？]{0,40}$")
BESIDES_AHEAD = re.compile(r"[^，,。；;！？]{0,8}(?:之外|以外)[，,]?[^，,。；;！？]{0,8}?(?:也|还|還|更|并|並)"
                           r"(?:会|會|将|將|要|计划|計劃)")
# 在会见X时，将提出…: an interaction that times what the main clause says lies ahead lies ahead too
WHEN = re.compile(r"在[^，,。；;！？]{0,40}$")
WHEN_AHEAD = re.compile(r"[^，,。；;！？]{0,80}?(?:时|時)[，,][^，,。；;！？]{0,12}?(?:将|將|会|會|要)")
# 随后与乙会晤 after a semicolon: the next step of what the sentence before it told; 将, 计划: a plan
SEQUEL = re.compile(r"\s*(?:随后|隨後|接着|接著|然后|然後|之后|之後)")
PLANNED_STEP = re.compile(r"[将將](?![领領军軍帅帥官])|计划|計劃|拟|擬|预定|預定")
# the next round of talks would be held soon, the meeting is set to take place: English names the event first
HELD_LATER = re.compile(r"\s+(?:(?:will|would|is to|are to)\s+(?:be\s+held|take\s+place)"
                        r"|(?:is|are)\s+(?:planned|scheduled|set\s+to|due\s+to))\b", re.I)
# Talks between A and B are expected to take place on Friday, A meeting of A and B is scheduled for Friday: what the
# named event is set to do, further on in its clause (the verb says it occurs, so a clause about the talks'
# outcome is not read as their plan)
# (first character first, at_word_start, in one class: a leading `\b` under re.I, or a group of such classes, is
# tried at every position of the clause)
PLANS, SET_FOR = r"(?:expected|likely|scheduled|set|due)", r"(?:scheduled|planned|set|slated|due)"
ARRANGED = r"(?:planned|prepared|arranged|organi[sz]ed)"  # talks are being planned
TAKES_PLACE = r"\s+(?:be\s+held|take\s+place|begin|start|open|resume|convene)"
OCCURS_LATER = re.compile(at_word_start(*[w + TAKES_PLACE for w in ("will", "would", r"is\s+to", r"are\s+to",
                                                                    rf"is\s+{PLANS}\s+to", rf"are\s+{PLANS}\s+to")],
                                        rf"is\s+{SET_FOR}\s+for", rf"are\s+{SET_FOR}\s+for",
                                        rf"is\s+being\s+{ARRANGED}", rf"are\s+being\s+{ARRANGED}", any_case=True)
                          + r"\b")
OCCURS_REACH = 120
CLAUSE_OR_SENTENCE_END = re.compile(r"[,;.!?，；。！？\n]")
# tries to advance talks with X, to revive talks: talks as an aim, not an event
AIM_BEFORE = re.compile(at_word_start("to", any_case=True) + r"(?i:\s+(?:advance|revive|restart|pursue|promote"
                        r"|resurrect|rekindle|jump-?start|kick-?start|push\s+for|seek|facilitate|encourage|arrange|organi[sz]e|set\s+up|broker|secure)\s+)"
                        r"(?:[\w-]+\s+){0,2}$")
# called for talks with X, urged a meeting: talks asked for, not held
APPEAL_BEFORE = re.compile(at_word_start(r"call(?:s|ed|ing)?\s+for", r"urg(?:e|es|ed|ing)", any_case=True)
                           + r"\s+(?:[\w-]+\s+){0,2}$")
# is weighing a visit, are considering talks, is mulling a trip: only a wish when the trigger is their object (not
# `is weighing on trade`, `is mulling a run for a third term, met …`)
WEIGHED_BEFORE = re.compile(at_word_start("is", "are") + r"\s+(?:weighing|considering|mulling)\s+(?:[\w-]+\s+){0,2}$")
# could speak with X, might meet X, may also visit: a modal of possibility right before the trigger (lower case:
# `the May talks` names a month)
MODAL_BEFORE = re.compile(at_word_start("could", "might", "may") + r"\s+(?:(?:also|soon|still|even|yet)\s+)?$")
# headline English: `summit talk`, `meeting hopes`, `visit speculation`: a noun after the trigger tells of talk
# about the interaction, not of the interaction (`summit talks` are talks)
TALKED_OF_AFTER = re.compile(r"\s+(?:talk|hopes|prospects|speculation|rumou?rs|chatter|doubts)\b")
# a potential meeting, possible talks, a prospective visit: an adjective of possibility right before the trigger
POSSIBLE_BEFORE = re.compile(at_word_start("potential", "possible", "prospective", "hypothetical", "eventual",
                                           any_case=True) + r"\s+(?:[\w-]+\s+){0,2}$")
# `after crossing the border into China early on Tuesday`, `who arrived in Paris on Monday`: the visitor's arrival
# told as done
ARRIVING = r"\s+(?:arriving|landing|crossing)"
ARRIVED = re.compile(at_word_start("arrived", "landed", "crossed",
                                   *[w + ARRIVING for w in ("after", "upon", "on", "since")],
                                   r"having\s+(?:arrived|landed|crossed)", any_case=True) + r"\b")
ARRIVAL_END = re.compile(r"[,;:.!?]")
# `Lee to make four-day state visit to China from Sunday`, `is to pay a visit`: a visit told as one to make
TO_MAKE_VISIT = re.compile(at_word_start("to", any_case=True) + r"(?i:\s+(?:make|pay|begin|start|embark\s+on)\s+)"
                           r"(?:[\w'’-]+\s+){0,3}$")
WELCOME_AGAIN = re.compile(r"(?:欢迎|歡迎)[^，,。；]{0,20}?(?:再次|再度|早日)")  # 欢迎X再次访华: a wish


def speculative(text: str, cues: list[Hit], hit: Hit) -> bool:
    """朝美会谈的可能性很大, 会晤是可能的, a potential meeting, possible talks, summit hopes: in the trigger's
    clause, the interaction is only thought possible."""
    if text[hit.start].isascii() and (POSSIBLE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                                      or TALKED_OF_AFTER.match(text, hit.end)):  # English words, at a Latin trigger
        return True
    return any("speculation" in c.kinds
               and not ZH_CLAUSE_END.search(text, min(c.end, hit.end), max(c.start, hit.start)) for c in cues)


def hoped(text: str, sent: Sentence, cues: list[Hit], hit: Hit) -> bool:
    """希望…本周能与…会晤, looks forward to welcoming, proposed talks, tries to advance talks, called for talks,
    could speak with, is weighing a visit: wished for or thought possible before the trigger."""
    if any("hope" in c.kinds and c.start < hit.start and hit.start - c.end <= HOPE_REACH for c in cues):
        return True
    before = max(sent.start, hit.start - 50)
    if text[hit.start].isascii() and (  # English words, at a Latin trigger
            AIM_BEFORE.search(text, before, hit.start) or APPEAL_BEFORE.search(text, before, hit.start)
            or MODAL_BEFORE.search(text, before, hit.start) or WEIGHED_BEFORE.search(text, before, hit.start)):
        return True
    m = WELCOME_AGAIN.search(text, max(sent.start, hit.start - HOPE_REACH), hit.end)
    return m is not None and m.start() < hit.start


def invited_only(text: str, cues: list[Hit], hit: Hit) -> bool:
    """An invitation to visit stated before the trigger, not 应X邀请 (at X's invitation, invited by X) nor an
    invitation accepted (接受X的邀请, accepted an invitation), which report the visit as agreed; nor an interaction
    the invitation followed (invited X for a state visit, following a phone call), which was held."""
    invitations = [c for c in cues if "invite" in c.kinds and c.start < hit.start]
    if not invitations or came_first(text, hit):  # most sentences invite no one: no need to read the trigger's
        return False
    for c in invitations:
        opened = any("asked_by.open" in o.kinds and 0 < c.start - o.end <= 40 for o in cues) \
            or INVITED_FROM.search(text, max(0, c.start - 32), c.start) is not None
        accepted = ACCEPTED.search(text, max(0, c.start - ACCEPT_REACH), c.start)
        if not opened and not accepted and not invited_by(text, c):
            return True
    return False


def invited_by(text: str, invitation: Hit) -> bool:
    """`invited by X`, 在X的邀請下: the invitation closed as the reason of the visit (下 only after 在 opened it)."""
    m = INVITED_BY.match(text, invitation.end)
    return m is not None and (m.group() != "下" or WHEN.search(text, max(0, invitation.start - 40),
                                                               invitation.start) is not None)


def came_first(text: str, hit: Hit) -> bool:
    """Whether the trigger is told as what came before the rest of the sentence (…, following a phone call
    between the two leaders): the sentence's invitations and plans are not about it."""
    return text[hit.start].isascii() and TOLD_AFTER.search(text, max(0, hit.start - AFTER_REACH), hit.start) is not None


def announced(cues: list[Hit], hit: Hit) -> bool:
    """宣布, announced: the plan is made public, so a planned event even where it is phrased as a wish."""
    return any("announce" in c.kinds and c.start < hit.start for c in cues)


def future(text: str, cue: Hit, hit: Hit) -> bool:
    """Whether the cue marks the future of the trigger (将, will), and not a rank that holds the same character
    (将领, 少将); 計畫, 可望 only before the trigger in its own clause, as no noun or modifier (合作計畫，)."""
    if "plan" in cue.kinds:
        return cue.end <= hit.start and not ZH_CLAUSE_END.search(text, cue.end, hit.start) \
            and not PLAN_AS_MODIFIER.match(text, cue.end, hit.start)
    if "future" not in cue.kinds:
        return False
    return not NOT_FUTURE.match(text, cue.end) and not NOT_FUTURE.match(text, max(0, cue.start - 1))


def clause_status(text: str, cues: list[Hit], hit: Hit, value: str | None, ref_day: date | None,
                  dated_in_text: bool, wished: bool = False) -> str:
    """held, planned or cancelled, from the cue words before the trigger and a day (or month) the text gives
    after the report's (`wished`: a hope that survived `drop_reason`, hence announced or dated: a plan). A
    trigger that is itself a future form (A to meet B, set to meet) tells a plan."""
    if any("cancel" in c.kinds or ("postpone" in c.kinds and governs(text, cues, c, hit)) for c in cues):
        return "cancelled"
    if wished or future_form(text, hit) is not None or besides_ahead(text, hit) or when_ahead(text, hit) \
            or (text[hit.start].isascii() and HELD_LATER.match(text, hit.end)) or any(
            future(text, c, hit) and c.start < hit.end and not AFTER.search(text, c.end, hit.start) for c in cues):
        return "planned"
    if value and ref_day and dated_in_text and _after(value, ref_day):
        return "planned"
    return "held"


# `the upcoming visit of A to B`, `her forthcoming trip`: an adjective that makes the interaction it names a plan
# (it marks only that noun: `Ahead of his upcoming trip, A spoke with B` tells a call that was held)
UPCOMING_BEFORE = re.compile(at_word_start("upcoming", "forthcoming", any_case=True) + r"\s+(?:[a-z\-]+\s+)?$")


def governs(text: str, cues: list[Hit], cue: Hit, hit: Hit) -> bool:
    """會談延後, 暫緩訪問, 但訪問行程暫緩。: the word stands next to the trigger in its clause, or ends a clause that
    names an interaction or a trip, so it puts off the interaction and not something else the sides agreed on
    (同意暫緩加徵關稅, 同意關稅措施暫緩。)."""
    if PUT_OFF_ITSELF.match(text, cue.end):
        start = max((m.end() for m in ZH_CLAUSE_END.finditer(text, max(0, cue.start - 30), cue.start)),
                    default=max(0, cue.start - 30))
        if "行程" in text[start : cue.start] or any(
                start <= c.start < cue.start and c.first("trigger") is not None for c in cues):
            return True
    a, b = (hit.end, cue.start) if cue.start >= hit.end else (cue.end, hit.start)
    return 0 <= b - a <= GOVERN_GAP and not ZH_CLAUSE_END.search(text, a, b)


def future_form(text: str, hit: Hit) -> int | None:
    """Where the trigger's own form tells a plan (A to meet B, set to meet; to make a state visit; talks are
    expected to take place; the upcoming visit), if it does."""
    if "future" in hit.kinds:
        return hit.start
    if not text[hit.start].isascii():
        return None  # the forms below are English
    upcoming = UPCOMING_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if upcoming is not None:
        return upcoming.start()
    trigger = hit.first("trigger")
    m = TO_MAKE_VISIT.search(text, max(0, hit.start - 50), hit.start) if trigger and trigger.value == "visit" else None
    return m.start() if m else occurs_later(text, hit)


# is meeting X on Friday, are holding talks, is visiting: an act told as going on or arranged, so a weekday said of
# it is not one gone by
PROGRESSIVE = re.compile(at_word_start("is", "are", any_case=True)
                         + r"(?i:\s+(?:\w+ing\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?)?$)")
ING_WORD = re.compile(r"ing\s")


def progressive(text: str, hit: Hit) -> int | None:
    """Where an English trigger in the present progressive (is meeting, are holding talks, is visiting) begins its
    verb, if it is one."""
    said = text[hit.start : hit.end]
    if said.lower().startswith(("is ", "are ")):
        return hit.start if said.endswith("ing") else None
    m = PROGRESSIVE.search(text, max(0, hit.start - 40), hit.start)
    if m is None or (not said.endswith("ing") and not ING_WORD.search(m.group())):
        return None
    return m.start()


def occurs_later(text: str, hit: Hit) -> int | None:
    """Where the trigger's clause goes on to say the event is yet to occur (`Talks between A and B are expected
    to take place on Friday`), if it does."""
    stop = CLAUSE_OR_SENTENCE_END.search(text, hit.end, hit.end + OCCURS_REACH)
    m = OCCURS_LATER.search(text, hit.end, stop.start() if stop else hit.end + OCCURS_REACH)
    return m.start() if m else None


def besides_ahead(text: str, hit: Hit) -> bool:
    """除了和X會晤之外，也會跟Y交流: the trigger stands in a `besides` clause whose main clause lies ahead."""
    return (BESIDES.search(text, max(0, hit.start - 42), hit.start) is not None
            and BESIDES_AHEAD.match(text, hit.end) is not None)


def when_ahead(text: str, hit: Hit) -> bool:
    """在會見X時，將提出…: the trigger stands in a `when` clause whose main clause lies ahead."""
    return (WHEN.search(text, max(0, hit.start - 40), hit.start) is not None
            and WHEN_AHEAD.match(text, hit.end) is not None)


def sequel(text: str, sent: Sentence) -> bool:
    """Whether the sentence goes on with a plan after a semicolon (耶伦将与甲举行圆桌会议；随后与乙会晤): a step that
    follows a planned one is planned too."""
    if not SEQUEL.match(text, sent.start) or text[sent.start - 1 : sent.start] not in ("；", ";"):
        return False
    start = max(text.rfind(c, 0, sent.start - 1) for c in "。！？\n") + 1
    return PLANNED_STEP.search(text, start, sent.start) is not None


def _after(value: str, ref_day: date) -> bool:
    """Whether a day, or a whole month, lies after the reference day."""
    day = day_of(value)
    return day > ref_day if day else len(value) == 7 and value > ref_day.isoformat()[:7]


def travel_purpose(text: str, sent: Sentence, hit: Hit) -> bool:
    """Whether the interaction is what a journey told in the clause is for (departed for Beijing on Sunday for
    summit talks with X): the talks lie ahead, and the clause's day is the journey's."""
    if not text[hit.start].isascii():
        return False  # an English journey, at a Latin trigger
    start = max([sent.start] + [m.end() for m in CLAUSE_BREAK.finditer(text, sent.start, hit.start)])
    return PURPOSE.search(text, start, hit.start) is not None and TRAVEL.search(text, start, hit.start) is not None


def negated(text: str, sent: Sentence, hit: Hit) -> bool:
    """未能举行朝美首脑会谈, did not meet, declined to meet, no meeting, no plans to meet: the clause says the
    interaction did not take place or is not planned."""
    start = clause_of(text, sent, hit.start)[0]
    return NEGATION.search(text, start, hit.start) is not None or text[hit.start].isascii() and (
        _plan_denied(text, max(start, hit.start - PLAN_REACH), hit.start) or
        REFUSED_BEFORE.search(text, max(start, hit.start - 30), hit.start) is not None or
        NO_BEFORE.search(text, max(start, hit.start - 20), hit.start) is not None)


def _plan_denied(text: str, start: int, at: int) -> bool:
    """`no plans to meet`, `not expected to hold talks` between `start` and the trigger at `at`, with no
    contrast after it (`was not expected to attend but met B`: that meeting was held)."""
    ends = [m.end() for m in NO_PLAN.finditer(text, start, at)]
    return bool(ends) and CONTRAST.search(text, ends[-1], at) is None


def drop_reason(text: str, sent: Sentence, cues: list[Hit], hit: Hit, dated_ahead: bool, hope: bool) -> str | None:
    """Why the trigger tells no event (`hypothetical`, `invitation`), or None when it may tell one; `hope`: it
    is `hoped` for (read once by the caller, whose status wants it too). A hope given a day ahead (`looks forward
    to welcoming him on June 28`) is a plan, not a wish."""
    if speculative(text, cues, hit) or (text[hit.start].isascii() and IF_BEFORE.search(
            text, max(clause_of(text, sent, hit.start)[0], hit.start - PLAN_REACH), hit.start)):
        return "hypothetical"  # `If A meets B, …` (an English trigger's clause): a condition
    if negated(text, sent, hit):
        return "not held"
    if hope and not announced(cues, hit) and not dated_ahead:
        return "hypothetical"
    if invited_only(text, cues, hit):
        return "invitation"
    return None


def visit_begun(text: str, sent: Sentence, kind: str, state: str, when: DateChoice, dates: list[DateMention],
                ref_day: date | None) -> tuple[str, DateChoice]:
    """A visit the clause tells as ahead (will attend the parade on Wednesday, in what will be a landmark visit)
    but gives no day of its own, whose arrival the sentence tells as done, on a day not after the report's (after
    crossing the border early on Tuesday): the visit has begun, so it is held, dated by the arrival."""
    ahead = kind == "visit" and state == "planned" and when.rank < RANKS["clause"]
    m = ARRIVED.search(text, sent.start, sent.end) if ahead and ref_day else None
    if m is None:
        return state, when
    stop = ARRIVAL_END.search(text, m.end(), sent.end)
    end = stop.start() if stop else sent.end
    day = next((d for d in dates if m.end() <= d.start < end and len(d.value) == 10), None)
    arrived = day_of(day.value) if day else None
    if day is None or arrived is None or ref_day is None or arrived > ref_day:
        return state, when
    return "held", DateChoice(day.value, "text", (day.start, day.end), RANKS["clause"], counted_day(day))
