"""Background vs news: an interaction the page tells as past background, as the time of something else, or
inside what someone says (a scholar's or official's commentary) is not news of its own."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from diplograph.extract.event_frame import (
    DAY_IN_CLAUSE,
    Dropped,
    Frame,
    Sentence,
    day_of,
    ends_before,
    named,
    search_from,
)
from diplograph.extract.event_page import REPORTED  # 据称，据介绍，: what is reported, the news, not a speaker's words
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons.literals import Gated, at_word_start

CLAUSE_BREAK = re.compile(r"[,;，；。]")
LINE_BREAK = re.compile("\n")
RECALL_DAYS = 10  # an interaction dated this many days before the report is background, not news
CAPTION_DAYS = 2  # a photo's caption dated further than this from the report's day shows an earlier occasion
BODY_RECALL_DAYS = 2  # past the lead, an interaction dated this many days before the report is background
# 会晤后, 会谈前, 会谈当天, 峰会开幕前离开: the interaction is the time frame of something else, told as background
# (not 延後/推后: put off, the talks' own fate)
AFTER_TRIGGER = re.compile(r"[^，,。]{0,6}?(?:(?:之后|之後|以后|以後|(?<![延推])[后後])(?![来來])"
                           r"|(?:之前|以前|前|当天|當天)(?=[，,。；\s]|$)"  # not 会见前总统 (a former president)
                           r"|(?:开幕|開幕|召开|召開|举行|舉行|开始|開始)[之以]?前)")
# 甲9日與乙舉行會談後表示, …会谈后会见记者: the talks dated in their own clause, then what was said after them
# (to the press): the news itself
SAID_AFTER_IT = re.compile(r"[^，,。]{0,6}?(?:之后|之後|后|後)\s*(?:[对對向][^，,。]{1,8})?"
                           r"(?:表示|说|說|指出|强调|強調|称|稱|会见记者|會見記者|共同会见记者|共同會見記者|"
                           r"举行记者会|舉行記者會|答记者问|答記者問)")
# 甲会见乙后又同丙通电话: one act after another, each told as news (the next is read in a clause of its own)
THEN_ANOTHER = re.compile(r"[^，,。]{0,6}?(?:之后|之後|后|後)(?:又|还|還|再)")
DAY_TOLD = re.compile(r"\d{1,2}\s*[日号號]|[今昨](?:[（(]\d{1,2}[)）])?[天日]|当天|當天|同日")
CAME_AFTER = re.compile(r"[^，,。]{0,6}?(?:之后|之後|以后|以後|后|後)(?![来來])")  # 会面后: it took place
# 结束对甲国的国事访问回到北京: the visit's end is told, the journey home is the news
ENDED = re.compile(r"(?:结束|結束)[^，,。；;！？\n]{0,20}$")
HOME_AFTER = re.compile(r"[^，,。；;！？\n]{0,8}?(?:回到|返回|返抵|回国|回國)")
# 就X与Y会谈一事提出抗议: the interaction is the matter others act on, told as background
THE_MATTER_OF = re.compile(r"[^，,。；;！？\n]{0,30}?(?:一事|一事件)")
# 以来首次, 以來第一次, 上任以来的第二次: the first (or n-th) interaction since some point (the recall word before it
# sets the point; the count says this one is new)
FIRST_SINCE = re.compile(r"(?:以来|以來)的?(?:首次|首度|第[一二三两兩四五六七八九十\d]{1,3}次)")
# a paragraph opening with a speaker and a verb of saying: what follows is what they said
SPEECH_OPENING = re.compile(r"(?:[^，,。\n]{1,12}[时時][，,])?[^，,。：:\n]{1,12}?"  # 会见拉米时，丁薛祥表示，
                            r"(?:表示|指出|强调|強調|说|說|认为|認為|介绍|介紹|称|稱|重申|分析)[，,：:]")
# 具体来说，一般來說，对他来说: a turn of phrase that opens a paragraph, not a speaker
AS_FOR = re.compile(r"(?:来|來)(?:说|說)[，,：:]$")
INSTITUTION = re.compile(r"部|院|署|局|府|宫|宮|新闻|新聞|发言人|發言人|媒|社|报|報|稿|消息|声明|聲明")
# who comments on news rather than makes it: what they say about an interaction is no second one
COMMENTATOR = re.compile(r"学者|學者|专家|專家|教授|研究员|研究員|分析人士|观察人士|觀察人士|评论员|評論員"
                         r"|analyst|professor|scholar|expert|researcher|fellow at", re.I)


# 资料照：…, 資料圖片：…: the caption of a file photo, an earlier occasion shown beside the news
FILE_PHOTO = re.compile(r"\s*(?:资料|資料|档案|檔案)(?:照片|照|图片|圖片|图|圖)\s*[：:]")


# `… in Osaka, Japan June 28, 2019. REUTERS/A B/File Photo`, `(AP Photo/A B, File)`: an English wire's credit line
# of a file photo, closing its caption's line
# (tried at every capital of the paragraph: searched only where `/File Photo` or ` Photo/` stands)
EN_FILE_CREDIT = Gated(re.compile(r"\b[A-Z][A-Za-z .&-]{1,30}/[^\n/]{1,60}/File [Pp]hoto\b"
                                  r"|\([A-Z]{2,8} Photo/[^)\n]{1,80}, [Ff]ile\)"))


# 甲（右）和乙1月27日在白宫会晤。路透: a photo's caption, its people placed by where they stand and the agency's
# credit after its full stop
PLACED = re.compile(r"[（(](?:左|右|中|前|后|後)(?:[一二三四五六七八九]|起)?[)）]")
PHOTO_CREDIT = re.compile(r"\s*(?:路透社?|美[联聯]社|法新社|[欧歐]新社|中央社|新[华華]社|共同社|[韩韓][联聯]社|彭博社?|"
                          r"AP|AFP|Reuters|REUTERS|EPA)(?:\s|$)")


def file_photo(text: str, sentence: tuple[int, int], day: str | None = None, ref_day: date | None = None) -> bool:
    """Whether the sentence is a file photo's caption: what it shows happened before the news (资料照：; a wire's
    `/File Photo` credit; a caption placing its people, 甲（右）, with the agency's credit, of an act dated away
    from the report's day)."""
    if FILE_PHOTO.match(text, sentence[0]) is not None:
        return True
    line_end = text.find("\n", sentence[1])
    if search_from(EN_FILE_CREDIT, text, sentence[0], text.rfind("\n", 0, sentence[0]) + 1,
                   line_end if line_end >= 0 else len(text)) is not None:
        return True
    told = day_of(day) if day and len(day) == 10 else None
    return (told is not None and ref_day is not None and abs((told - ref_day).days) > CAPTION_DAYS
            and PLACED.search(text, *sentence) is not None and PHOTO_CREDIT.match(text, sentence[1]) is not None)


# 此次会晤, 这次访问, 本次会谈: the interaction the page already told, named again as a noun
THIS_ONE = re.compile(r"(?:此次|这次|這次|本次|该次|該次|此番)(?:的)?$")


# `to leverage Trump's planned visit to China`: a plan named as its owner's, as something already known
EN_OWNED_PLAN = re.compile(r"\w['’]s (?:planned|upcoming|scheduled|expected|anticipated|proposed|forthcoming) $")


def this_one(text: str, trigger: int) -> bool:
    """Whether the trigger names again, as `this` one or as someone's planned one, an interaction already told
    or known (此次会晤意在…, `Trump's planned visit`)."""
    return (THIS_ONE.search(text, max(0, trigger - 3), trigger) is not None
            or (text[trigger].isascii() and EN_OWNED_PLAN.search(text, max(0, trigger - 40), trigger) is not None))


MINOR_WORDS = frozenset("a an the and or but of in on at to for with as by from vs".split())  # lower in titles


# `Referring to A's visit to B, the spokesman said…`: an opening clause naming what the speaker talks about
# (its clause runs on over asides to the comma before the speaker and the verb: `…, which hosted X, Geng said`)
SPOKEN_ABOUT = re.compile(r"\s*(?:(?:When|While) )?(?:Referring to|Speaking (?:about|of)|Commenting on|[Aa]sked about"
                          r"|Recalling|Turning to)\b[^;]*?(?=, [^,;]{0,60}?\b(?:said|says|told|added|noted|replied)\b)")


# `remarks after her meeting with Netanyahu`: an interaction named by its party's possessive times something else
# (the English 会晤后); `after a call with X` is left to the trigger's own reading
EN_THEIR_ONE = re.compile(at_word_start("[Aa]fter", "[Bb]efore", "[Ff]ollowing", "[Aa]head of")
                          + r" (?:his|her|their) (?:[a-z\-]+ ){0,2}$")


# `AP correspondent A B reports on the latest talks…`: the caption of a news clip, naming what the page tells
CLIP_CAPTION = Gated(re.compile(r"\bcorrespondent (?:[A-Z][\w'’.-]* ){1,3}reports on\b"))


# `have met three times`, `spoke by phone twice this year`, `on several occasions`: a count after the trigger in its
# clause tells the interactions as repeated, none of them the news (`for the third time` counts one: news; `met
# envoys who had visited twice` counts theirs)
EN_TIMES_AFTER = re.compile(r"(?:(?!\b(?:who|that|which|whose)\b)[^,;:.!?\n]){0,40}?\b(?:twice|thrice"
                            r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|a few"
                            r"|a dozen|dozens of|\d{1,3}) times"
                            r"|on (?:two|three|four|five|several|many|multiple|numerous|a few|a number of)"
                            r" occasions)\b")
# 已三次会晤, 曾多次与乙通话, 已兩度會晤, 通话两次, 会晤过三次: a count of the interaction (not 第三次会晤,
# 第二十次会议: one of them, news)
ZH_COUNT = r"(?<![第一二三四五六七八九十百两兩\d])(?:[两兩三四五六七八九十几幾数數多屡屢]|\d{1,2})[次度]"
ZH_TIMES_BEFORE = re.compile(ZH_COUNT + r"[^，,。；;！？的]{0,20}$")  # (not 与多次访华的乙会晤: the guest's visits)
ZH_TIMES_AFTER = re.compile(r"[过過了]?" + ZH_COUNT)
# `Since their summit in Bali`, `since Xi's visit to Hanoi`, `since the two leaders met`: the interaction is the
# point something else is counted from, told as past (its own words between `since` and the trigger)
EN_SINCE_BEFORE = re.compile(at_word_start("[Ss]ince") + r"\s+(?:[^\s,;:.!?]+\s+){0,6}$")
# 访问印度以来，…: the interaction, then 以来 in its clause, is the point since which (not 会晤以来首次通话: the
# call is the first since it, and the meeting named is no trigger of the news either way)
ZH_SINCE_AFTER = re.compile(r"[^，,。；;！？]{0,12}?(?:以来|以來)(?!的?(?:首次|首度|首位|首个|首個|首访|首訪|第))")
SINCE_REACH = 60
CLAUSE_MARK = re.compile(r"[，,。；;！？!?:：\n]")  # where a clause ends
# `Two years ago, A visited India`, `Just months ago A met B`: a sentence that opens with how long ago it was tells
# the past (`ago` later in a sentence may time another act: `to discuss a deal signed two years ago`)
EN_AGO_OPENING = re.compile(r"\s*(?:[A-Z][a-z]*\s+)?(?:[a-z-]+\s+){0,2}(?:years|months|decades)\s+ago\b")
# `Like the 2019 summit between A and B, …`, `as when A met B`, `unlike their last meeting`: an interaction the
# news is compared with, told as past (`like` before a determiner: not `would like to meet`, a wish)
COMPARED_OF = r"\s+(?:the|their|his|her|its|a|an)"
EN_COMPARED_BEFORE = re.compile(at_word_start("[Ll]ike" + COMPARED_OF, "[Uu]nlike" + COMPARED_OF, "[Aa]s when",
                                              "[Rr]eminiscent of", "[Cc]ompared (?:with|to)", "[Ee]choing")
                                + r"\s+(?:[^\s,;:.!?]+\s+){0,6}$")


def since_or_counted(text: str, hit: Hit, sent_start: int) -> bool:
    """Whether the interaction is the point another is counted from (since their summit, 访问印度以来), one the
    news is compared with (like the 2019 summit), told years ago (Two years ago, …) or told as repeated (have met
    three times, 已三次会晤): background, not one interaction reported as new; not when its clause dates it (`met
    twice on Monday`, `For the first time since 2019 A and B met on Monday`: this one, read only when a form fits)."""
    return _since_or_counted(text, hit, sent_start) and not _dated_here(text, hit, sent_start)


def _since_or_counted(text: str, hit: Hit, sent_start: int) -> bool:
    """The forms of `since_or_counted`, the clause's day aside."""
    before = max(sent_start, hit.start - SINCE_REACH)
    if text[hit.start].isascii():
        aside = text.rfind(", who", before, hit.start)
        if aside >= 0 and "," not in text[aside + 1 : hit.start]:
            return False  # `A, who has met B three times, held talks with C`: the aside is not the sentence's act
        if EN_COMPARED_BEFORE.search(text, before, hit.start) or EN_SINCE_BEFORE.search(text, before, hit.start) \
                or EN_AGO_OPENING.match(text, sent_start, hit.start):
            return True
        after = text[hit.end : hit.end + 60]  # the needle: most triggers hold no count after them
        return bool(
            ("time" in after or "twice" in after or "occasion" in after) and EN_TIMES_AFTER.match(text, hit.end))
    if ZH_TIMES_AFTER.match(text, hit.end) or ZH_SINCE_AFTER.match(text, hit.end):
        return True
    near = max(before, hit.start - 24)
    counted = "次" in text[near : hit.start] or "度" in text[near : hit.start]  # the needle of a count before it
    return counted and ZH_TIMES_BEFORE.search(text, near, hit.start) is not None


def _dated_here(text: str, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger's clause gives it a day of its own (3日, on Monday, today): the clause tells this act."""
    start = max([sent_start] + [m.end() for m in CLAUSE_MARK.finditer(text, max(sent_start, hit.start - 80),
                                                                      hit.start)])
    stop = CLAUSE_MARK.search(text, hit.end, hit.end + 80)
    return DAY_IN_CLAUSE.search(text, start, stop.start() if stop else hit.end + 80) is not None


def told_as_past(text: str, cues: list[Hit], hit: Hit, sent_start: int, in_passing: bool, in_lead: bool = False
                 ) -> bool:
    """此前/last time before the trigger, `in recent months` after it in its clause (English puts the time
    last), 会晤后/会谈前 right after it (not 会见甲后又…: one act, then another), 会谈一事 (the matter of the
    talks), 结束…访问回到北京 (its end, on the way home), or named `in_passing` (a sentence's opening
    `Referring to…` clause, the subject of a remark, or `after her meeting`: what `live_triggers` found), or a
    clip's caption: background told in passing; as the point another is counted from or as repeated (since
    their summit, 访问印度以来, have met three times, 已三次会晤), background too. A recall of the week under
    way (`earlier this week`, kind `recall_body` as well) is background past the lead only: in it, it tells the
    news."""
    if in_passing or since_or_counted(text, hit, sent_start):
        return True
    if CLIP_CAPTION.search(text, sent_start, hit.start):  # searched only where its words stand
        return True
    for c in cues:
        if "recall" not in c.kinds or _first_since(text, c, hit) or _times_the_next(text, c, hit):
            continue
        if in_lead and "recall_body" in c.kinds:
            continue
        if c.start < hit.start or (c.entries[0].lang == "en" and not CLAUSE_BREAK.search(text, hit.end, c.start)):
            return True
    return bool((AFTER_TRIGGER.match(text, hit.end) and not _dated_then_said(text, sent_start, hit)
                 and not THEN_ANOTHER.match(text, hit.end))
                or THE_MATTER_OF.match(text, hit.end)
                or (ENDED.search(text, max(0, hit.start - 24), hit.start) and HOME_AFTER.match(text, hit.end)))


def _dated_then_said(text: str, sent_start: int, hit: Hit) -> bool:
    """Whether an interaction its own clause dates is followed by what was said after it (甲9日與乙舉行會談後
    表示): a report of the interaction and its aftermath, not one timing something else."""
    if not SAID_AFTER_IT.match(text, hit.end):
        return False
    clause = max(text.rfind(p, sent_start, hit.start) for p in "，,")
    return DAY_TOLD.search(text, max(clause + 1, sent_start), hit.start) is not None


# `compared it with Mori's trip to India`, `since Lee's talks with Rao`: an interaction named as someone's, two
# words at most between (`Mori's landmark visit`); not a day's (`Monday's talks`, `today's meeting`) nor a plan's
# (`Mori's planned visit`: `this_one`)
EN_OWNED = re.compile(r"(?<![\w.-])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tomorrow|Tonight)"
                      r"[A-Z][\w.-]*['’]s (?!(?:planned|upcoming|scheduled|expected|anticipated|proposed|forthcoming"
                      r"|next|coming|ongoing|current|present|[a-z\d]+-day)\b)(?:[a-z\d-]+ ){0,2}$")


def owned_undated(text: str, hit: Hit) -> bool:
    """Whether an English trigger is named as someone's interaction (the caller reads that its clause gives it no
    day, past the lead, in a sentence that tells nothing ahead): one the reader already knows, background."""
    start = max(0, hit.start - 40)
    near = text[start : hit.start]
    return ("'s " in near or "’s " in near) and EN_OWNED.search(text, start, hit.start) is not None


def undated_past_visit(text: str, hit: Hit, rank: int, clause_rank: int) -> bool:
    """`visited` told with no day of its own in its clause (the envoy also visited Lisbon; when A visited Oslo): an
    earlier visit told in passing; news of a visit gives its day (visited Warsaw on Tuesday)."""
    return text[hit.start : hit.end] == "visited" and rank < clause_rank


# `he and Y had shared very good talks`, `X had met Y`, `had spoken by phone with`: the English past perfect, a
# time before the one the page tells (`had` opens it; the words between it and the trigger stay in its clause)
PARTICIPLES = r"(?:[a-z]+ed|met|held|spoken|made|sat|had|led|flown|gone|paid|seen)"
PAST_PERFECT = re.compile(r"\bhad (?:(?:already|previously|earlier|also|just|recently|once|twice|repeatedly) )?"
                          rf"(?:{PARTICIPLES}(?: [^\s,;:.]+){{0,3}} )?$")
# `had accepted an invitation to visit`, `had agreed to meet`: what was accepted or agreed lies ahead of it
# (its `to` right before the trigger, or the trigger's own: `to visit`)
ACCEPTED_TO = re.compile(r"had (?:\w+ )?(?:accepted|agreed)\b[^,;:.]*$")
# the trigger after a bare `had `: a participle (`had met`, `had held talks`), not a noun (`had talks` is the
# simple past of `have`, news)
PARTICIPLE = re.compile(PARTICIPLES + r"\b")
# `said he had met Y earlier in the day`: reported speech shifts the tense back, and a time of the page's own
# day makes the interaction the day's news
PAGE_DAY_EN = re.compile(at_word_start(r"earlier (?:in the day|today|on \w+day)", "this (?:morning|afternoon|evening)",
                                       "that (?:morning|afternoon|evening)", "hours (?:earlier|before)", any_case=True)
                         + r"\b")


def past_perfect(text: str, sent: Sentence, hit: Hit) -> bool:
    """Whether an English trigger is told in the past perfect (`X added that he and Y had shared talks`): an
    interaction before the time the page tells of, background (a clause that dates it is read by the caller,
    a time of the page's day here: `had met Y earlier in the day`); not what an invitation accepted or an agreement
    is to (`had accepted an invitation to visit`)."""
    start = max(sent.start, hit.start - 40)
    at = text.rfind("had ", start, hit.start)  # the needle: most sentences hold no `had` before the trigger
    if at < 0:
        return False
    m = PAST_PERFECT.search(text, at, hit.start)
    return m is not None and m.start() == at and (
        m.end() - m.start() > 4 or PARTICIPLE.match(text, hit.start) is not None) and \
        PAGE_DAY_EN.search(text, at, sent.end) is None and not (
            (text.endswith("to ", at, hit.start) or text.startswith("to ", hit.start))
            and ACCEPTED_TO.match(text, at, hit.start))


def _times_the_next(text: str, cue: Hit, hit: Hit) -> bool:
    """Whether the recall word opens a `…后，` clause before the trigger's (继X提及对话后，Y举行会晤): it tells
    what came first, and the interaction after it is news."""
    if cue.start >= hit.start:
        return False
    end = CLAUSE_BREAK.search(text, cue.end, hit.start)
    return end is not None and text[end.start() - 1] in "后後" and text[end.start()] in "，,"


def _first_since(text: str, cue: Hit, hit: Hit) -> bool:
    """Whether the recall word only sets the point the interaction is the first since (上任以来首次访美, 两人在去年
    峰会以来的首次通话): news of its own, not told as past."""
    if cue.start >= hit.start:
        return False
    since = FIRST_SINCE.search(text, cue.start, hit.start)
    return since is not None and not CLAUSE_BREAK.search(text, cue.start, since.start())


def in_speech(text: str, at: int) -> bool:
    """Whether the position lies in what a person says: after the `X表示，` opening its paragraph. An office or
    a release that `指出` (外交部新闻稿指出，…) is reporting the news, not speaking of it, as is 据称 (it is
    reported); nor is 具体来说 a speaker."""
    return speech_opening(text, at) is not None


def speech_opening(text: str, at: int) -> tuple[int, int] | None:
    """The span of the `X表示，` opening the paragraph when the position lies in what X says, else None."""
    breaks = _line_breaks(text)
    m = SPEECH_OPENING.match(text, breaks[bisect.bisect_left(breaks, at) - 1] + 1)
    if m is None or at < m.end() or INSTITUTION.search(m.group()) or AS_FOR.search(m.group()) \
            or m.group().startswith(REPORTED):
        return None
    return m.span()


def spoken_of(text: str, f: Frame) -> bool:
    """Whether the frame is an interaction someone speaks of (李强表示，…举行会晤…), unless it is a plan told by
    one of its parties, who opens the paragraph (甲指出，这次出访除了和乙会晤之外，…): his own announcement."""
    said = speech_opening(text, f.trigger[0])
    return said is not None and not (f.status == "planned" and any(said[0] <= p.start < said[1] for p in f.parties))


@lru_cache(maxsize=2)
def _line_breaks(text: str) -> list[int]:
    """-1, then where each line break of the text stands: a paragraph's start by bisection, once per page (a
    search back for each trigger costs the square of the length on a page written as one line)."""
    return [-1] + [m.start() for m in LINE_BREAK.finditer(text)]


def commentary(text: str, sentence: tuple[int, int], trigger: int) -> bool:
    """Whether a commentator (学者, analyst, professor) is the subject telling of the interaction."""
    return bool(COMMENTATOR.search(text, sentence[0], trigger))


def recalled(status: str, date_from: str, value: str | None, ref_day: date | None, days: int) -> bool:
    """A held interaction the text dates `days` or more before the report's day: told again, not news."""
    return (status == "held" and date_from == "text" and ref_day is not None
            and ends_before(value, ref_day - timedelta(days=days)))


LAST_WEEK = re.compile(r"上(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天1-7])|(?i:last week\b)")


def told_last_week(text: str, f: Frame) -> bool:
    """A held interaction the text dates to last week (上周, `last week`): before the report's days, though its
    month may run on to them."""
    return f.status == "held" and f.date_from == "text" and f.date_span is not None \
        and LAST_WEEK.match(text, f.date_span[0]) is not None


def not_the_headlines_news(frames: list[Frame], dropped: list[Dropped], text: str) -> list[Frame]:
    """When the headline names an interaction only as the time of its news (会谈前, 會談當天), the body's
    telling of an interaction of that type is the same background: moved to `dropped`. One the headline
    says the news came after (广岛会面后白宫发声明) has taken place, and the body may report it."""
    told = {d.type for d in dropped if d.sentence[0] == 0 and d.reason == "background"
            and not CAME_AFTER.match(text, d.trigger[1])}
    kept = []
    for f in frames:
        if f.sentence[0] > 0 and f.type in told:
            dropped.append(Dropped("background", f.type, f.trigger, f.sentence))
        else:
            kept.append(f)
    return kept


def other_headline(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a line of its own written as a headline (`Leader Meets Envoy at Summit as Talks
    Resume`: most words capitalised, no closing stop): past the lead, a link to another article, not news."""
    a, b = sentence
    line = text[a:b].strip()
    if (a > 0 and text[a - 1] != "\n") or not line or line[-1] in ".!?\"”" or "\n" in line:
        return False
    words = [w for w in line.split() if w[0].isalpha()]
    if len(words) < 4:
        return False
    capital = sum(w[0].isupper() for w in words if w.lower() not in MINOR_WORDS)
    return capital >= 0.8 * sum(w.lower() not in MINOR_WORDS for w in words)


def visit_to_state(f: Frame) -> bool:
    """A named person's visit to a state whose host is not named (crossed into China), or talks of named people
    with a state (indirect talks with Iran): in English copy, news of its own past the lead (Chinese copy
    names the host it met when the visit is news)."""
    people = {p.affiliation for p in f.parties if p.kind == "person" and named(p)}
    states = {p.affiliation for p in f.parties if p.kind == "state"}
    return f.type in ("visit", "talks") and len(people) == 1 and len(states) == 1 and \
        len(people) + len(states) == len({p.affiliation for p in f.parties})


# 美日韩三国, 中法两国: states run together by their one-character forms, then how many they are
COUNTED = re.compile(r"[两兩三四五六七八九十][国國]")


def counted_states(text: str, f: Frame) -> bool:
    """Sides told as states run together and counted (美日韩三国议员26日在华盛顿会商), on a day the text
    gives: in Chinese copy, news of its own past the lead, as states an English trigger lists are."""
    if f.date_from != "text" or len({p.affiliation for p in f.parties}) < 2 or \
            any(p.kind != "state" for p in f.parties):
        return False
    run = sorted(f.parties, key=lambda p: p.start)
    return all(a.end == b.start for a, b in zip(run, run[1:])) and bool(COUNTED.match(text, run[-1].end))


def with_org_group(f: Frame) -> bool:
    """A named person's interaction with an organisation's officials told together (a meeting with ASEAN
    foreign ministers): in English copy, news of its own past the lead."""
    return any(p.kind == "person" and named(p) for p in f.parties) and \
        all((p.kind == "person" and named(p)) or (p.kind == "group" and p.title) for p in f.parties)


def news_unnamed(text: str, f: Frame, chinese: bool) -> bool:
    """Whether a frame whose sides are not all named people is news of its own past the lead: states counted
    together in Chinese copy, or a named person's interaction told on the news day (同日, 当天) with the one
    holder of a state's office told by title (同日，甲会见了阿根廷外长); a visit to a state or a meeting with an
    organisation's officials in English."""
    if chinese:
        return counted_states(text, f) or (SAME_DAY.match(text, f.sentence[0]) is not None and one_holder(f))
    return visit_to_state(f) or with_org_group(f)


SAME_DAY = re.compile(r"\s*(?:同日|当天|當天|当日|當日|同一天)")  # a sentence told on the lead's day
SOLE_OFFICES = ("head_of_state", "head_of_government", "foreign_minister")  # one holder to a state at a time


def one_holder(f: Frame) -> bool:
    """Whether each side is a named person or a state's sole officer named by title, with a side the text
    gives (阿根廷外长): someone in particular, not officials at large."""
    return any(p.kind == "person" and named(p) for p in f.parties) and all(
        p.kind == "person" and (named(p) or (p.office in SOLE_OFFICES and p.affiliation_from == "text"))
        for p in f.parties)


def visit_began(frames: list[Frame]) -> date | None:
    """The first day of the visit the page reports as held or under way, from a date the text gives."""
    days = [day_of(f.date) for f in frames if f.type == "visit" and f.status == "held" and f.date_from == "text"]
    return min((d for d in days if d), default=None)


def on_visit(f: Frame, began: date | None) -> bool:
    """Whether an interaction is dated on or after the first day of the page's visit: one of its meetings."""
    day = day_of(f.date)
    return began is not None and day is not None and f.type != "visit" and day >= began
