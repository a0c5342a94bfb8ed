"""Status from the clause: held, planned (将, 定于, will, is scheduled to, announced … would; an invitation accepted
for it), cancelled (a cancel word that bears on the trigger, not on tariffs the same sentence cancels), or no event
at all — an interaction only hoped for, proposed or thought possible (希望, 盼, 欢迎…再次, 或将, looks forward to,
could) unless it is announced or given a day, an invitation to visit (not one accepted), and an interaction the
clause says did not or will not take place (未能举行, did not meet, will not meet, 不会会见). A visit whose arrival
is told as done has begun (held); a trigger told as done (met, 会见了) is no plan of a future word before it."""

from __future__ import annotations

import re
from datetime import date

from diplograph.extract.event_cancel import called_off
from diplograph.extract.event_conjecture import confirmation_asked, conjectured
from diplograph.extract.event_date import RANKS, DateChoice, DateMention, counted_day
from diplograph.extract.event_frame import (
    DAY_IN_CLAUSE,
    EN_ABBREVIATED,
    EN_WHO_ASIDE,
    SENTENCE_END,
    ZH_CLAUSE_END,
    Sentence,
    clause_of,
    day_of,
)
from diplograph.extract.gazetteer import Hit
from diplograph.extract.zh_states import ZH_WITH
from diplograph.lexicons.literals import at_word_start, word_starts

HOPE_REACH = 60  # a hope stated this many characters before the trigger is about it
# 合作計畫，…會談, 可望連任的總統…會見: 計畫, 可望 as a noun or modifier tell no plan of the trigger
# (可望在下週的峰會期間會面 does)
PLAN_AS_MODIFIER = re.compile(r"[^在於于，,；;]{0,4}的")
# 将 in a rank or its holder (将领, 将军, 少将): no future
NOT_FUTURE = re.compile(r"(?<=[将將])[领領军軍帅帥官]|少[将將]")
# 接受马克龙的邀请, 獲得美方邀請後, accepted an invitation: the invited side agreed to come
ACCEPTED = re.compile(r"(?:接受|获得|獲得|接获|接獲)[^，,。；;]*$"  # not past `and`: what another clause accepted
                      r"|(?:accepted|accepting|accepts)(?:(?!\band\s+(?:the\s+)?[\w'’-]+\s+(?:[a-z]+ed|sent|made|gave"
                      r"|has|have|had|was|were|is|are)\b)[^，,。；;])*$", re.I)
ACCEPT_REACH = 20  # 接受法国总统某某的邀请
EN_ACCEPT_REACH = 60  # accepted Slovak Prime Minister A B's invitation: English titles and names run longer
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
# what may stand between a denied future and the trigger it denies: an auxiliary, a light verb of the interaction,
# a journey to a place, a determiner or an adjective of its kind (won't be holding a bilateral meeting, will not
# travel to Vienna for talks; not `would not overshadow his talks`)
LIGHT_WORDS = (r"(?:be|being|hold|holding|have|having|pay|paying|make|making|attend|attending|join|joining|seek"
               r"|seeking|take|taking|go|going|travel|fly|come|head|to|for|a|an|the|any|his|her|their|its|formal"
               r"|bilateral|direct|separate|further|official|state|personally|also|now|again|then|[A-Z][\w-]*)")
OTHER_VERBS = r"影[响響]|改[变變]|阻[碍礙]|妨[碍礙]|干[扰擾]|取代"  # 不会影响会谈: the talks are what is not affected
# what may stand between a Chinese denial and the trigger: adverbs and modals, a time, a place, the partner with
# 与 and a light verb (不会在东京与乙举行会谈, 此行未与乙会面, 没有计划会见) - not another verb whose object the
# interaction is (未经宣布访问, 不会阻止他访问, 拒绝透露会晤地点, 不再反对与乙会谈)
ZH_DENY_GAP = (r"(?:再次|再|会|會|能|要|将|將|立即|马上|馬上|亲自|親自|正式|这次|這次|此行|目前|近期|本[周週]|下[周週]"
               r"|今天|明天|计划|計劃|計畫|打算|准备|準備|(?:前往|赴)[^，,。；;！？：:\s并並而后後的]{1,8})*"
               r"(?:在[^，,。；;！？：:\s并並而后後的与與同和跟]{1,8})?"
               r"(?:[与與同和跟][^，,。；;！？：:\s并並而后後的]{1,15})?(?:举行|舉行|进行|進行)?")
# will not meet, won't visit, is not going to hold talks, does not intend to visit, 不会会见, 不會與乙會晤,
# 不打算访问, 没有计划会见, 没有与乙会面, 此行未与乙会面, 暂无访问, 拒绝会见: a future or a past denied, or refused,
# close before the trigger in its clause (not past a headline's space or colon: 川習會未提台灣 美媒：…訪中; not
# `will not only meet A but also…`, 不但; nor past 并, 而, 后:
# 表示不会让步并会见了乙; nor 的 after 没有, 未: 没有出席峰会的乙会见了丙; nor 未来; nor a verb that has the
# interaction as its object: 不会影响与乙的会谈)
DENIED_AHEAD = re.compile(r"(?:不[会會]|不打算|不[准準][备備]|不[计計][划劃]|不再|暂无|暫無|拒[绝絕])(?!" + OTHER_VERBS
                          + r")" + ZH_DENY_GAP + r"$|(?:[没沒]有|未(?![来來]))(?!" + OTHER_VERBS
                          + r")" + ZH_DENY_GAP + r"$|不$|"
                          + word_starts("will not", "would not", "shall not", "won't", "won’t", "wouldn't",
                                        "wouldn’t", "is not", "are not", "isn't", "aren't", "not plan", "not intend",
                                        end=rf"(?!\s+(?:only|just)\b)\s+(?:{LIGHT_WORDS}\s+){{0,4}}$"))
DENIED_REACH = 40
# 目前没有与乙会面的计划, 並無訪問日本的計畫: a plan the clause has none of, the trigger inside what it would be
NONE_BEFORE = re.compile(r"(?:[没沒]有|[并並]无|[并並]無|暂无|暫無|尚无|尚無)[^，,。；;！？：:\s]{0,20}$")
PLAN_AFTER = re.compile(r"[^，,。；;！？：:\s]{0,12}?(?:计划|計劃|計畫|安排|打算|意愿|意願)")
# `No meeting between A and B is planned`, `no formal talks`: the interaction denied by its determiner
NO_BEFORE = re.compile(at_word_start("[Nn]o") + r"\s+(?:[a-z-]+\s+)?$")
# `There are no plans for A to meet B`, `has no intention of meeting`, `is not expected to meet`, `not scheduled to
# hold talks`: a plan denied in the trigger's clause
NO_PLAN = re.compile(at_word_start("[Nn]o", "not") + r"\s+(?:(?:immediate|current|firm)\s+)?"
                     r"(?:plans?|expected|scheduled|planning|due|intention)\b")
PLAN_REACH = 80  # how far before the trigger a denied plan may stand
# `was not expected to attend but met B`: a contrast after the denied plan turns to what did happen
CONTRAST = re.compile(at_word_start("but", "yet", "instead", "however") + r"\b")
# `If A meets B, …`, `unless the two leaders meet`: the interaction is a condition, not one told
IF_BEFORE = re.compile(at_word_start("[Ii]f", "[Uu]nless") + r"\s")
# `would meet X if a deal is reached`: a modal before the trigger in its clause, a condition after it in the sentence
CONDITIONED = re.compile(at_word_start("would", "could", "might", "will") + r"\s+(?:[\w'’-]+\s+){0,3}$")
# (not a scheduling aside: if possible, if schedules allow, if his health permits)
IF_AFTER = re.compile(r"[^.;!?\n]{0,120}?" + at_word_start("if", "unless")
                      + r"\s+(?!possible\b|necessary\b|needed\b"
                        r"|(?:\w+\s+)?(?:schedules?|time|health)\s+(?:allows?|permits?)\b)")
# `usually meets`, `regularly holds talks with`: a habit, no one interaction
HABIT_BEFORE = re.compile(at_word_start("usually", "regularly", "often", "typically", "routinely", "normally",
                                        "frequently", any_case=True) + r"\s+(?:[\w'’-]+\s+)?$")
# refused to speak with X, declined to meet X, ruled out any negotiations with X, ruled out a bilateral meeting: a
# refusal right before the trigger (whose `to` or determiner, and an adjective after it, it may hold)
REFUSED_BEFORE = re.compile(at_word_start("refused", "refuses", "declined", "declines", "ruled out", "rules out",
                                          "rejected", "rejects", any_case=True)
                            + r"(?:\s+to|\s+(?:any|all|further|new|direct|a|an)(?:\s+[a-z-]+)?)?\s+$")
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
# `talks were possible`, `a summit with A remains unlikely`: only the interaction's chance is told (its clause's
# words, no relative clause or conjunction between; not `was likely the best`, an adverb)
CHANCE_TOLD_AFTER = re.compile(r"(?:\s+(?!(?:is|are|was|were|that|which|who|whose|and|but|on|in|at)\b)[\w'’-]+){0,8}?"
                               r"\s+(?:is|are|was|were|would\s+be|remains?|seems?)\s+(?:still\s+|now\s+|not\s+)?"
                               r"(?:possible|impossible|likely|unlikely|in\s+doubt|uncertain)\b"
                               r"(?!\s+(?:the|a|an|his|her|its|their)\b)", re.IGNORECASE)
HELD_BEFORE = re.compile(at_word_start("held", "hold", "holds", "had", "has", "have") + r"\s+(?:[\w-]+\s+){0,2}$")
# `only a meeting between A and B could end the war`: an interaction named indefinitely as the subject of a
# modal (no finite verb or relative clause between them) is only thought of
INDEFINITE_BEFORE = re.compile(r"(?<!\bheld )(?<!\bhold )(?<!\bhad )(?<!\bhave )(?<!\bhas )"  # not the object held
                               + at_word_start("a", "an", "any", any_case=True) + r"\s+(?:[\w-]+\s+){0,2}$")
# (its words run to the sentence's end: a stop ends a word only after initials, `U.S.`, or an abbreviation,
# `Mr.`, `St.`)
MODAL_AFTER = re.compile(r"(?: +(?!(?:that|which|who|was|were|is|are|has|have|had|he|she|they|it|we|i)\b)"
                         rf"(?:(?:[A-Z]\.)+|(?-i:{'|'.join(EN_ABBREVIATED)})\.|[\w'’-]+(?:\.[\w'’-]+)*)){{0,12}}? +"
                         r"(?-i:could|would|might|may|can) +(?!not +have)[a-z]", re.IGNORECASE)
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
    """朝美会谈的可能性很大, 会晤是可能的, a potential meeting, possible talks, summit hopes, a meeting that could
    end the war: in the trigger's clause, the interaction is only thought possible."""
    if text[hit.start].isascii() and (POSSIBLE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                                      or TALKED_OF_AFTER.match(text, hit.end)):  # English words, at a Latin trigger
        return True
    if text[hit.start].isascii() and not HELD_BEFORE.search(text, before := max(0, hit.start - 30), hit.start) and (
            CHANCE_TOLD_AFTER.match(text, hit.end)
            or (INDEFINITE_BEFORE.search(text, before, hit.start) and MODAL_AFTER.match(text, hit.end))):
        return True
    return any("speculation" in c.kinds and _qualifies(text, c, hit) for c in cues)


# after the trigger, a word of speculation qualifies it only as its predicate (a visit by A is in the works, is
# under consideration) or, for a habit, right after it (hold talks every year) or, in Chinese, at once (会晤的传言):
# further on it is about something else (met on Monday amid talk of a frigate purchase, 会见时驳斥了…传言)
PREDICATE_BEFORE = re.compile(r"\b(?:is|are|was|were|remains?|has been|have been)\s+(?:still\s+|now\s+|also\s+)?$")
SPECULATION_AFTER = {True: 12, False: 3}
# a habit (每年一次的对话, held annually) names the series; a day of the clause makes this round the news
HABIT_WORDS = frozenset(("every year", "each year", "annually", "每年"))
CLAUSE_OR_SENTENCE_END = re.compile(r"[，,。；;！？!?\n]|\.\s")


def _qualifies(text: str, c: Hit, hit: Hit) -> bool:
    """Whether a word of speculation qualifies the interaction at `hit`: in its clause, before it or as its
    predicate after it, and, for a habit, in a clause that gives no day of its own."""
    if ZH_CLAUSE_END.search(text, min(c.end, hit.end), max(c.start, hit.start)):
        return False
    habit = text[c.start : c.end].lower() in HABIT_WORDS
    if c.start >= hit.end and c.start - hit.end > SPECULATION_AFTER[text[hit.start].isascii()] and not (
            text[hit.start].isascii() and not habit and PREDICATE_BEFORE.search(text, hit.end, c.start)):
        return False
    if habit:
        a, b = min(c.start, hit.start), max(c.end, hit.end)
        start = max((m.end() for m in CLAUSE_OR_SENTENCE_END.finditer(text, max(0, a - 80), a)),
                    default=max(0, a - 80))
        return DAY_IN_CLAUSE.search(text, start, b) is None
    return True


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
        if any(a < c.start < b for a, b in (m.span() for m in EN_WHO_ASIDE.finditer(
                text, max(0, c.start - 60), hit.start))):
            continue  # `A, who invited B, hosted him on Monday`: the invitation told in an aside
        opened = any("asked_by.open" in o.kinds and 0 < c.start - o.end <= 40 for o in cues) \
            or INVITED_FROM.search(text, max(0, c.start - 32), c.start) is not None
        accepted = accepted_before(text, c)
        if not opened and not accepted and not invited_by(text, c):
            return True
    return False


def accepted_before(text: str, invitation: Hit) -> bool:
    """接受马克龙的邀请, `accepted Prime Minister A B's invitation`: the invitation told as accepted."""
    reach = EN_ACCEPT_REACH if text[invitation.start].isascii() else ACCEPT_REACH
    return ACCEPTED.search(text, max(0, invitation.start - reach), invitation.start) is not None


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
    (将领, 少将), a modifier of a noun (原定的部长级会议) nor a trigger told as done after it; 計畫, 可望 only before
    the trigger in its own clause, as no noun or modifier (合作計畫，)."""
    if "plan" in cue.kinds:
        return cue.end <= hit.start and not ZH_CLAUSE_END.search(text, cue.end, hit.start) \
            and not PLAN_AS_MODIFIER.match(text, cue.end, hit.start)
    if "future" not in cue.kinds:
        return False
    return not NOT_FUTURE.match(text, cue.end) and not NOT_FUTURE.match(text, max(0, cue.start - 1)) \
        and not text.startswith("的", cue.end) and not (cue.end <= hit.start and told_done(text, hit))


# met, held talks, visited: an English trigger in the simple past (not `will be received`, `will have met`)
PAST_TRIGGER = re.compile(r"(?:met|held|visited|hosted|received|spoke|talked|called|phoned|telephoned|paid|welcomed"
                          r"|attended)\b")
PAST_LIGHT_BEFORE = re.compile(at_word_start("held", "had", "paid", "made") + r"\s+(?:(?:an?|the|his|her|their|"
                               r"[\w-]+)\s+){0,2}$")  # held talks, paid a visit, held a bilateral meeting
AUXILIARY_BEFORE = re.compile("(?:" + at_word_start("be", "been", "being", "have") + r")\s+(?:[a-z]+ly\s+)?$")
# 会见了日本首相: 了 with the trigger's object after it (not 会见了解…, nor a sentence-final 了: 就要会谈了)
DONE_ZH = re.compile(r"了(?![解結结。，,！!？?；;\n])")


def told_done(text: str, hit: Hit) -> bool:
    """Whether the trigger is told as done (met, held talks, 会见了乙): a future word before it in the sentence is
    another clause's (who will step down next year, met B on Monday; 表示将加强合作，并会见了乙)."""
    if not text[hit.start].isascii():
        return DONE_ZH.match(text, hit.end) is not None
    if AUXILIARY_BEFORE.search(text, max(0, hit.start - 24), hit.start):  # will be (warmly) received
        return False
    return PAST_TRIGGER.match(text, hit.start) is not None or \
        PAST_LIGHT_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None


def clause_status(text: str, cues: list[Hit], hit: Hit, value: str | None, ref_day: date | None,
                  dated_in_text: bool, wished: bool = False, off: bool = False) -> str:
    """held, planned or cancelled, from the cue words before the trigger and a day (or month) the text gives
    after the report's (`wished`: a hope that survived `drop_reason`, hence announced or dated: a plan; `off`:
    another trigger of the sentence's act is `called_off`). A trigger that is itself a future form (A to meet B,
    set to meet) tells a plan."""
    if off or called_off(text, cues, [hit]):
        return "cancelled"
    if wished or future_form(text, hit) is not None or besides_ahead(text, hit) or when_ahead(text, hit) \
            or (text[hit.start].isascii() and HELD_LATER.match(text, hit.end)) or any(
            future(text, c, hit) and c.start < hit.end and not AFTER.search(text, c.end, hit.start) for c in cues):
        return "planned"
    if value and ref_day and dated_in_text and _after(value, ref_day):
        return "planned"
    dated = bool(value and dated_in_text)
    if not (dated and day_of(value or "")) and accepted_ahead(text, cues, hit, dated):
        return "planned"  # accepted his invitation to visit next week (a day gone by: 接受邀请，于6日访问, held)
    return "held"


# `had accepted his invitation to visit`, `accepted an invitation from A to hold talks`: the trigger is what the
# invitation asks for, in the infinitive; 接受邀请，下周访问: no 了/过 after it, no 已/曾 before it
TO_DO = re.compile(at_word_start("to") + r"\s+(?:[\w'’-]+\s+){0,3}$")
DONE_AFTER = re.compile(r"[了过過]")
DONE_BEFORE = re.compile(r"(?:已|已经|已經|曾)[^，,。；;]{0,3}$")
INVITE_REACH = 60


def accepted_ahead(text: str, cues: list[Hit], hit: Hit, dated: bool) -> bool:
    """B had accepted his invitation to visit X, 乙已接受甲的邀请，下周访问甲国: an accepted invitation before the
    trigger, which it asks for and which is not told as done, so the visit (or meeting) lies ahead; in Chinese,
    which has no infinitive, only when the text gives it a time (`dated`: 正在进行访问 tells one under way). (An
    invitation accepted after it, `invited B to visit, which he accepted`, stays an invitation.)"""
    for c in cues:
        if "invite" not in c.kinds or not 0 <= hit.start - c.end <= INVITE_REACH \
                or SENTENCE_END.search(text, c.end, hit.start) \
                or not accepted_before(text, c):
            continue
        if text[hit.start].isascii():
            return TO_DO.search(text, max(c.end - 3, hit.start - 40), hit.start) is not None
        return dated and not DONE_AFTER.match(text, hit.end) \
            and not DONE_BEFORE.search(text, max(0, hit.start - 6), hit.start)
    return False


# `the upcoming visit of A to B`, `her forthcoming trip`: an adjective that makes the interaction it names a plan
# (it marks only that noun: `Ahead of his upcoming trip, A spoke with B` tells a call that was held)
UPCOMING_BEFORE = re.compile(at_word_start("upcoming", "forthcoming", any_case=True) + r"\s+(?:[a-z\-]+\s+)?$")
# `A heads to Tokyo on Thursday`, `travels to`, `departs for`: wire copy's simple present of a journey given a
# weekday is one ahead (without one, as a headline puts it, it may be under way)
PRESENT_JOURNEY = re.compile(r"(?:heads|travels|departs|leaves|flies) (?:to|for)|(?:arrives|lands) in")
WEEKDAY_AFTER = re.compile(r"[^.;:!?\n]{0,40}?\b(?:on|this|next) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


# `When A meets B`, `once she visits Oslo`, `when he holds talks with`: a time clause, its verb in the present (the
# trigger's own form, or a light verb before it)
WHEN_DOES = re.compile(at_word_start("when", "once", "as soon as", "by the time", any_case=True)
                       + r"\s+(?:[\w.'’-]+\s+){1,8}?(?:(?:holds|has|pays|makes)\s+(?:[a-z-]+\s+){0,2})?$")
PRESENT_ACT = re.compile(r"(?:meets|visits|hosts|receives|speaks|talks|calls|phones|holds|pays|makes)\b"
                         r"|(?<=holds )|(?<=has )|(?<=pays )|(?<=makes )")


def future_form(text: str, hit: Hit) -> int | None:
    """Where the trigger's own form tells a plan (A to meet B, set to meet; to make a state visit; talks are
    expected to take place; the upcoming visit; heads to Tokyo on Thursday; when A meets B), if it does."""
    if "future" in hit.kinds or (PRESENT_JOURNEY.fullmatch(text, hit.start, hit.end)
                                  and WEEKDAY_AFTER.match(text, hit.end)):
        return hit.start
    if not text[hit.start].isascii():
        return None  # the forms below are English
    upcoming = UPCOMING_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if upcoming is not None:
        return upcoming.start()
    trigger = hit.first("trigger")
    m = TO_MAKE_VISIT.search(text, max(0, hit.start - 50), hit.start) if trigger and trigger.value == "visit" else None
    if m is None and WHEN_DOES.search(text, max(0, hit.start - 80), hit.start) and PRESENT_ACT.match(text, hit.start):
        return hit.start  # `When A meets B on Thursday, trade will top the agenda`: a time clause's present is ahead
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
    """未能举行朝美首脑会谈, did not meet, will not meet, 不会会见, declined to meet, no meeting, no plans to meet,
    没有与乙会面的计划: the clause says the interaction did not take place or is not planned."""
    start = clause_of(text, sent, hit.start)[0]
    denied = NEGATION.search(text, start, hit.start)
    if denied and text[denied.start() - 1 : denied.start()] in ZH_WITH and "的" in text[denied.end() : hit.start]:
        denied = None  # 与尚未表态的乙通电话: the negation tells of the partner, in the phrase that names it
    return denied is not None or \
        DENIED_AHEAD.search(text, max(start, hit.start - DENIED_REACH), hit.start) is not None or \
        (text[hit.start].isascii() and (  # English words, read at a Latin trigger
            _plan_denied(text, max(start, hit.start - PLAN_REACH), hit.start)
            or REFUSED_BEFORE.search(text, max(start, hit.start - 30), hit.start) is not None
            or NO_BEFORE.search(text, max(start, hit.start - 20), hit.start) is not None)) or \
        (NONE_BEFORE.search(text, max(start, hit.start - 20), hit.start) is not None
         and PLAN_AFTER.match(text, hit.end) is not None)


# 但兩國外長將於10日舉行會談, `but … will hold talks`: a clause that tells its act as ahead
AHEAD_IN_CLAUSE = re.compile(r"[将將](?![领領军軍帅帥官])|" + word_starts("will", "would", end=r"\b"))


def told_instead(text: str, sent: Sentence, own: list[Hit], hit: Hit) -> list[Hit]:
    """When the trigger chosen for the sentence's act is denied, its other triggers told, undenied, as ahead or done
    in their own clause, which tell the act instead (将于下月访问日本，但他不会与天皇会面: the visit; ruled out
    meeting B, but said the foreign ministers would hold talks on Friday: the talks; not 未能举行会谈，但朝鲜一直在为
    与美国对话做准备, an aim); none when the chosen one stands."""
    if len(own) < 2 or not negated(text, sent, hit):
        return []
    return [h for h in own if h is not hit and _told_undenied(text, sent, h)]


# 抵达, 开始…访问, arrived, began: a visit told as begun in its own clause, up to its trigger (not 访问期间 or
# `during his visit`, which only frame; not `began to`, nor a word before an `after`/`since` clause holding the visit)
VISIT_BEGUN = re.compile(r"抵达|抵達|飞抵|飛抵|到达|到達|开始|開始|展开|展開|启程|啟程|正在|"
                         + word_starts("arrived", "landed", "began", "begun", "started", "kicked off", end=r"\b"))
BEGUN_REACH = 60
NOT_BEGUN_AFTER = re.compile(r"\s+to\b")
VISIT_SUBORDINATE = re.compile(at_word_start("after", "since", "whose", "when", "following", "before",
                                            any_case=True) + r"\b")


def visit_under_way(text: str, sent: Sentence, live: list[Hit], kind: str, hit: Hit) -> tuple[Hit, int] | None:
    """A visit told before the `will`/将 of the act chosen for the sentence (arrived in Beijing on Monday for a
    visit and will hold talks with X on Tuesday; 抵达北京，开始访问，并将同X举行会谈): the visit's trigger and where
    the act's own words begin, so that each is dated and given a status in its own part; else None."""
    if kind == "visit" or len(live) < 2:
        return None
    clause = clause_of(text, sent, hit.start)[0]
    aheads = [m.start() for m in AHEAD_IN_CLAUSE.finditer(text, clause, hit.start)]
    if not aheads:
        return None
    visit = next((t for t in live if t.end <= aheads[-1] and t.first("trigger").value == "visit"), None)
    if visit is None or not _told_begun(text, sent, visit):
        return None
    return visit, clause if clause >= visit.end else aheads[-1]  # 4日将同X会谈: the act's day opens its clause


def _told_begun(text: str, sent: Sentence, visit: Hit) -> bool:
    """Whether the visit's own clause tells it begun, by its trigger's end (arrived in X for a visit, 抵达北京，
    开始…访问 through its first trigger 抵达)."""
    start = max(clause_of(text, sent, visit.start)[0], visit.start - BEGUN_REACH)
    ends = [m.end() for m in VISIT_BEGUN.finditer(text, start, visit.end)]
    return bool(ends) and not NOT_BEGUN_AFTER.match(text, ends[-1]) and \
        VISIT_SUBORDINATE.search(text, ends[-1], visit.start) is None


def _told_undenied(text: str, sent: Sentence, h: Hit) -> bool:
    """Whether the trigger is not denied and is told as done, or as ahead in its own clause (将, will)."""
    return not negated(text, sent, h) and (told_done(text, h) or AHEAD_IN_CLAUSE.search(
        text, clause_of(text, sent, h.start)[0], h.start) is not None)


def _plan_denied(text: str, start: int, at: int) -> bool:
    """`no plans to meet`, `not expected to hold talks` between `start` and the trigger at `at`, with no
    contrast after it (`was not expected to attend but met B`: that meeting was held)."""
    ends = [m.end() for m in NO_PLAN.finditer(text, start, at)]
    return bool(ends) and CONTRAST.search(text, ends[-1], at) is None


def _conditional_or_habitual(text: str, sent: Sentence, hit: Hit) -> bool:
    """An English act told on a condition after it (would meet X if a deal is reached) or as a habit (usually
    meets X): no interaction of its own."""
    start = max(clause_of(text, sent, hit.start)[0], hit.start - PLAN_REACH)
    return (HABIT_BEFORE.search(text, start, hit.start) is not None
            or (CONDITIONED.search(text, start, hit.start) is not None
                and IF_AFTER.match(text, hit.end, sent.end) is not None))


def drop_reason(text: str, sent: Sentence, cues: list[Hit], hit: Hit, dated_ahead: bool, hope: bool) -> str | None:
    """Why the trigger tells no event (`hypothetical`, `invitation`), or None when it may tell one; `hope`: it
    is `hoped` for (read once by the caller, whose status wants it too). A hope given a day ahead (`looks forward
    to welcoming him on June 28`) is a plan, not a wish."""
    if speculative(text, cues, hit) or (text[hit.start].isascii() and IF_BEFORE.search(
            text, max(clause_of(text, sent, hit.start)[0], hit.start - PLAN_REACH), hit.start)):
        return "hypothetical"  # `If A meets B, …` (an English trigger's clause): a condition
    if (text[hit.start].isascii() and _conditional_or_habitual(text, sent, hit)) or conjectured(text, sent, hit):
        return "hypothetical"  # `Could A meet B?`, `Analysts expect A to meet B`, 如果甲与乙会晤，…
    if confirmation_asked(text, sent, hit):
        return "hypothetical"  # 据报道，甲将访华，你能否证实？: a report a reporter asks to have confirmed
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
