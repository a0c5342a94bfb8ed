"""Date ranking: which date the text gives for one interaction, and how specific that evidence is.

Evidence ranks (highest first): a date in the trigger's own clause (one not of a saying over the saying's), a
date elsewhere in the sentence (a calendar date over a relative day over a weekday), the lead's first date (in
the paragraph a wire's dateline opens), the dateline's local day, and the publication day as a marked fallback.
`当天`/`同日`/`the same day` take the anchor date told before them; a weekday printed with its calendar date
(`Monday, Nov. 3`) gives way to the calendar date; a date after `当地时间`/`local time` is the local day of the
place and is taken as written (`北京时间` too).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import NamedTuple

from diplograph.extract.dates import DAY_AFTER, EN_ANCHORED, WEEKDAYS, YEAR_KINDS, ZH_WEEK, ZH_WEEKDAYS
from diplograph.extract.event_frame import Sentence, day_of
from diplograph.lexicons.literals import at_word_start, word_starts

# how specific each source of a frame's date is: the merged event takes its date from the highest
RANKS = {"published": 0, "dateline": 1, "lead": 2, "sentence": 3, "clause": 4}
CALENDAR_KINDS = ("zh_ymd", "zh_han_ymd", "zh_md", "zh_rel_md", "zh_d", "zh_han_md", "zh_han_d", "zh_ym", "zh_m",
                  "zh_rel_m", "en_mdy", "en_dmy", "en_md", "en_dm", "en_d", "en_my", "en_m", "en_rel_m")
# a month without a day (`in April`, `4月`, or the month of `next week`, 上周): one act's rough time (a plan's),
# too coarse to date a page's others
WEEK_KINDS = ("zh_week", "en_week")
BARE_MONTHS = ("zh_m", "en_m", "zh_rel_m", "en_rel_m", *WEEK_KINDS)
FULL_DATE_KINDS = ("zh_ymd", "zh_han_ymd", "en_mdy", "en_dmy")  # day, month and year: how a page stamps its time
KIND_ORDER = {"calendar": 0, "relative": 1, "weekday": 2, "week": 3, "year": 4}
# the day just told (or the one after it), not the report's day
ANCHORED = {"当天": 0, "當天": 0, "同日": 0, "同一天": 0, "隔天": 1, "次日": 1, "翌日": 1, "前一天": -1} | EN_ANCHORED
DATELINE_AFTER = re.compile(r"\s*(?:专|專)?(?:电|電)(?:讯|訊)?(?=[）)\s]|$)"
                            r"|(?:综合|綜合)?(?:讯|訊)[）)]"  # （吉隆坡20日讯）: a paper's local dateline
                            r"|(?:综合|綜合)?(?:外电|外電)?(?:报导|報導|报道|報道)[）)]"  # （某社台北11日綜合外電報導）
                            r"|\s*\([A-Za-z .]{2,30}\)\s*(?:--?|—|–)")  # PARIS, May 7 (Reuters) -
# `PARIS, May 14 -- The president…`: a dateline with no agency, a place in capitals opening its line and a dash
PLACE_BEFORE = re.compile(r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,20})?,\s*$", re.M)
DASH_AFTER = re.compile(r"\s*(?:--?|—|–)\s")
STAMP_AFTER = re.compile(r"\s*\d{1,2}:\d{2}\b")  # 2021年06月22日09:01 来源：…: the page's time stamp
SEQUENCE = re.compile(at_word_start("follows?", "followed", "following", "after", "before", "ahead of", "since",
                                    "precedes?", "preceded", any_case=True) + r"\b")
# `after a call with`, `following their first phone call`: a preposition of time just before the trigger
TIME_OF_ANOTHER = re.compile(at_word_start("after", "following", "before", "ahead of", any_case=True)
                             + r"(?:\s+[\w'’-]+){0,3}\s+$")
# `depart for China on Sunday and return on Jan. 7`: the day told after the journey's return is its end
# `discussed the summit (that) Warsaw will host next year`: a relative clause or another finite verb after the
# trigger, whose `next year` is that other act's, not the interaction's
OTHER_VERB = re.compile(at_word_start("that", "which", "where", "when", "will", "would", "is to", "are to") + r"\b")
RETURN = re.compile(at_word_start("return", "returns", "returned", "returning", "fly back", "flies back", "flew back",
                                   "back home", any_case=True) + r"\b")
CLAUSE_BREAK = re.compile(r"[，,；;：:。\n]")
# `on Monday`, `Monday's`: which weekday a counted `en_wd` date names, and whether it was said to be the last one
# (上周三 names its week: it stays as read)
WEEKDAY_NAME = re.compile(r"(?P<last>last\s+|[上下本这這](?:个|個)?(?=[周週星礼禮]))?"
                          r"(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|" + ZH_WEEK + ")", re.I)
WEEKDAY_KINDS = ("en_wd", "zh_wd")
# 15日报道, 7日宣布: the day of a report or announcement
# 16日宣布…将访问, `said Tuesday … will visit`: a verb of saying between the date and the trigger
SAYING = re.compile(r"宣布|宣佈|表示|透露|证实|證實|称|稱|说|說|告诉|告訴|"
                    + word_starts("said", "says", "announced", "confirmed", end=r"\b"))
REPORTED = re.compile(r"\s*(?:报道|報導|報道|发文|發文|刊文|援引|宣布|宣佈|表示|说|說|称|稱|指出|告诉|告訴)")
DAY_SPAN = re.compile(r"\d\s*[日号號]?\s*[至到~～－—-]\s*\d")  # 3至6日, 15日到24日: a span of days
SAID = re.compile(at_word_start("said", "says", "say", "told", "tells", "announced", "added", "stated", "confirmed",
                                any_case=True) + r"\b")
# `said Tuesday`, `announced late on Monday`, `said in a statement late Monday`: the day of the saying just before
SAID_BEFORE = re.compile(SAID.pattern + r"(?:\s+in\s+an?(?:\s+\w+)?\s+"
                                        r"(?:statement|readout|release|post|briefing|interview))?(?:\s+\w+){0,2}\s*$")
SAID_REACH = 50  # how far before the date SAID_BEFORE's verb may stand
OPENS = re.compile(r"\s*(?:[Oo]n\s+)?")  # what may stand before a day that opens its paragraph (`On the same day,`)
ZONE_GAP = 30  # how far the bracketed restatement of a date in another zone may stand after it
OPEN_BRACKET = re.compile(r"[(（]")
BRACKET_END = re.compile(r"[)），,。；;\n]")
WITH_CALENDAR = re.compile(r"\s*[,，(（]?\s*$")  # `Monday, Nov. 3` / `Monday (Nov. 3)`: one date twice
# `concluded two days of talks on Thursday`, `wrapped up a three-day visit`, 为期两天的会谈7日结束: the day told is the
# last of a stated number of days, the interaction is dated by its first
# (each word's first character first, in one class re scans for, as at_word_start writes them)
ENDED = re.compile(r"[CcEeWw结結闭閉落](?:(?<!\w.)(?i:(?<=c)onclud(?:ed|es|ing)|(?<=e)nd(?:ed|s|ing)"
                   r"|(?<=w)rap(?:ped|s|ping)\s+up|(?<=c)los(?:ed|es|ing))\b|(?<=[结結])束|(?<=[闭閉落])幕)")
DAYS_LONG = re.compile(r"\b(?P<n>\d|two|three|four|five|six|seven)(?:-day\b|\s+days\s+of\b)"
                       r"|[为為]期(?P<zh>\d|[两兩二三四五六七])[天日]", re.I)
DAY_COUNTS = {w: i for i, w in enumerate("one two three four five six seven".split(), 1)} | {
    c: i for i, c in enumerate("一二三四五六七", 1)} | {"两": 2, "兩": 2}
LEAD_SPAN = 160  # how far into the lead its first date may stand
SNIPPET_END = re.compile(r"(?:\.\.\.|…)\s*$")  # a feed's summary cut off mid-sentence (`…首席代表21 ...`)
# `BEIJING: In what…`, `KYIV, Feb 5 (Reuters) - …`, `WASHINGTON (AP) — …`: a wire's dateline opens its lead; what a
# page prints before it (photo captions, key points) is furniture, whose dates are not the news's
WIRE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:,[^\n:()]{1,30}?)?\s*"
                           r"(?:\([A-Za-z .]{2,30}\)\s*)?(?::|--?|—|–)\s", re.M)
DATELINE_REACH = 2000  # how far into the body the dateline may stand after the furniture
LEAD_CHARS = 200  # a lead paragraph is at least this long (not a label such as `UPDATE:`)
# some recent day, no day told (日前会见, 近日访问, `recently met`; not 3日前 `before the 3rd`, nor 日前往)
# (not 节日前, the eve of a day, nor 最近日本, 接近日方: 日 opening a word; `recently` before a word in -ed that is
# not the trigger says when someone was elected or named: `the recently elected president met`)
# (nor 截止日前, 选举日前, 投票日前, 生效日前: the day before a named day)
VAGUE_RECENT = re.compile(r"(?<![\d一二三四五六七八九十节節生庆慶念止举舉票作效满滿限诞誕假市])日前(?!往)"
                          r"|(?<![最接靠])近日" + DAY_AFTER
                          + r"|不久前|前不久|\b(?:[Rr]ecently(?P<ed>[\s-]+(?:\w+ed|sworn)\b)?|in recent days)\b")
# a publication time with its hour (2025-10-30T14:05)
PUBLISHED_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})")


class DateMention(NamedTuple):
    """A date expression of the combined text: span, ISO value, and kind (`zh_md`, `en_wd`, …)."""

    start: int
    end: int
    value: str
    kind: str


class DateChoice(NamedTuple):
    """The date chosen for a frame: value, where it came from (text | lead | published: a fallback), its span,
    its rank in RANKS, and whether it was counted from the report's day (今天, yesterday, on Monday)."""

    value: str | None
    source: str
    span: tuple[int, int] | None
    rank: int
    counted: bool = False


def _kind_class(kind: str) -> str:
    if kind in CALENDAR_KINDS:
        return "calendar"
    if kind in YEAR_KINDS:
        return "year"
    if kind in WEEK_KINDS:
        return "week"
    return "weekday" if kind in WEEKDAY_KINDS else "relative"


def _in_clause(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """Whether no clause break stands between the date and the trigger."""
    a, b = (d.end, trigger[0]) if d.end <= trigger[0] else (trigger[1], d.start)
    return a <= b and not CLAUSE_BREAK.search(text, a, b)


def _anchor(text: str, d: DateMention, dates: list[DateMention]) -> str:
    """The value a `当天`/`同日`/`隔天`/`a day earlier` stands for: counted from the nearest day told before it in
    the same paragraph, or the one before when it opens its paragraph (a calendar date, a weekday or a relative
    day; not a dateline's nor another such word)."""
    days = anchored_days(text, d)
    if days is None:
        return d.value
    para = text.rfind("\n", 0, d.start)
    if para >= 0 and OPENS.fullmatch(text, para + 1, d.start):  # `A day earlier, …` opening a paragraph (wire copy
        para = text.rfind("\n", 0, para)  # writes one sentence a paragraph): the day the paragraph before told
    before = [x for x in dates if para < x.start < d.start and _kind_class(x.kind) != "year" and len(x.value) == 10
              and anchored_days(text, x) is None and not in_dateline(text, x)]
    anchor = day_of(before[-1].value) if before else None
    return (anchor + timedelta(days=days)).isoformat() if anchor else d.value


def anchored_days(text: str, d: DateMention) -> int | None:
    """How many days after the day just told the date names (当天 0, 次日 1, `a day earlier` -1), if it is such."""
    return ANCHORED.get(text[d.start : d.end].lower())


def _times_another(text: str, sent: Sentence, d: DateMention, trigger: tuple[int, int]) -> bool:
    """Whether the date stands in another clause that tells what came before or after (`The meeting, which
    follows his address to Congress on Wednesday, …`), or with the journey's return, or the interaction is
    itself told after it as what another act came after (`will visit in April, following a call`): the time of
    that other act, not of the interaction."""
    if d.kind.startswith("zh_") and not text[trigger[0]].isascii():
        return False  # a date and a trigger written in Chinese: no English word stands before or between them
    if _in_clause(text, d, trigger):  # the meeting followed his speech on Wednesday: between the two
        if d.start < trigger[1]:  # will visit in April after a call: the date is the visit's, not the call's
            return _as_time_of_another(text, d.end, trigger[0])
        return any(p.search(text, trigger[1], d.start) for p in (SEQUENCE, RETURN)) or (
            d.kind == "en_rel_y" and OTHER_VERB.search(text, trigger[1], d.start) is not None)
    opens = _clause_start(text, sent, trigger[0])
    if d.start < opens and _as_time_of_another(text, opens, trigger[0]):  # `in April, following a call`
        return True
    return SEQUENCE.search(text, _clause_start(text, sent, d.start), d.start) is not None


def _as_time_of_another(text: str, start: int, at: int) -> bool:
    """Whether the trigger at `at` is the object of a preposition of time (`after a call with`, `following
    their talks`, `ahead of the summit`) standing after `start`: the interaction times another act."""
    return TIME_OF_ANOTHER.search(text, max(start, at - 40), at) is not None


def _clause_start(text: str, sent: Sentence, at: int) -> int:
    """Where the clause holding position `at` begins (after the last clause break before it)."""
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, sent.start, at)]
    return starts[-1] if starts else sent.start


def times_other_act(text: str, d: DateMention) -> bool:
    """Whether a word of sequence (after, followed, before) opens the date's clause before it (`followed his
    speech on Wednesday`): the date of another act, no lead date for the page's interactions."""
    if d.kind.startswith("zh_"):
        return False  # a date written in Chinese has no English word before it
    start = max([0] + [m.end() for m in CLAUSE_BREAK.finditer(text, max(0, d.start - 200), d.start)])
    return SEQUENCE.search(text, max(start, d.start - 200), d.start) is not None


def in_dateline(text: str, d: DateMention) -> bool:
    """Whether the date is the day of a dateline (（中央社華盛頓1日專電）, 新华社北京5月6日电, `PARIS, May 7
    (Reuters) -`, `PARIS, May 7 --`) or of a page's time stamp (a full date with the clock time: 2024年5月6日09:30):
    when the report was filed or put out, not when the interaction took place."""
    return bool(DATELINE_AFTER.match(text, d.end)
                or (d.kind in FULL_DATE_KINDS and STAMP_AFTER.match(text, d.end))
                or (DASH_AFTER.match(text, d.end) and PLACE_BEFORE.search(text, max(0, d.start - 60), d.start)))


def _counted(text: str, d: DateMention, dates: list[DateMention]) -> bool:
    """Whether the value was counted from the report's day (a relative day or weekday not anchored)."""
    return counted_day(d) and _anchor(text, d, dates) == d.value


def counted_day(d: DateMention) -> bool:
    """Whether the date's kind is counted from the report's day (a relative day or a weekday)."""
    return _kind_class(d.kind) in ("relative", "weekday")


def local_day(choice: DateChoice, published: str | None, outlet_offset: float | None,
              party_offsets: list[float | None], text: str) -> DateChoice:
    """A day counted from the report's (今天, yesterday) read where the parties are: published at 02:45 in
    Taipei, `today` in London and Washington was the day before. Shifted only when the publication time has an
    hour, every party's offset is known and all of them agree on the shift, and not for a weekday, named where
    the interaction took place (`named_locally`)."""
    m = PUBLISHED_TIME.match(published or "")
    if not choice.counted or not m or outlet_offset is None or not party_offsets or None in party_offsets \
            or named_locally(text, choice.span):
        return choice
    hour = int(m.group(2)) + int(m.group(3)) / 60
    shifts = {math.floor((hour + off - outlet_offset) / 24) for off in party_offsets if off is not None}
    day = day_of(choice.value)
    if len(shifts) != 1 or day is None:
        return choice
    shift = shifts.pop()
    return choice._replace(value=(day + timedelta(days=shift)).isoformat()) if shift else choice


def named_locally(text: str, span: tuple[int, int] | None) -> bool:
    """Whether the counted day at `span` is a weekday: wire copy and its translations name the weekday where the
    interaction happened (週三 in a Taipei paper about Washington is Washington's Wednesday), while 今天 and
    `yesterday` (当地时间昨天 too) count from a day the report's time zone sets."""
    return span is not None and WEEKDAY_NAME.search(text, *span) is not None


YEAR_SAID = re.compile(r"\d{4}|年|\byear\b", re.I)  # 今年9月, 2031年, September this year: the year is given


def coming_year(text: str, choice: DateChoice, future_at: int, ref_day: date) -> DateChoice:
    """A month or day without a year said of a plan (将于9月对美国进行国事访问, will visit in September) is the
    coming one: read as the nearest, it may fall months before the report's day, so it takes the next year. A
    date with its year (去年9月, written just before it) or of the saying (9月曾表示将…) stays."""
    if choice.span is None or choice.value is None or choice.value[:7] >= ref_day.isoformat()[:7]:
        return choice
    a, b = choice.span
    if YEAR_SAID.search(text, max(0, a - 2), b) or (b <= future_at and (SAID.search(text, b, future_at)
                                                           or SAYING.search(text, b, future_at))):
        return choice
    year = int(choice.value[:4]) + 1
    value = f"{year}{choice.value[4:]}"
    if value[5:] == "02-29" and day_of(value) is None:
        value = f"{year}-02-28"
    return choice._replace(value=value)


def coming_weekday(text: str, choice: DateChoice, future_at: int, ref_day: date | None) -> DateChoice:
    """A weekday said in a clause about the future (`will meet Zhao on Tuesday`, `On Tuesday, he will meet`;
    the future word at `future_at`) is the coming one, on or after the report's day, not the last one before it.
    A weekday of the saying (`said Monday he will meet`, `On Sunday, he told reporters he would`, 周六告诉记者，
    将…) stays."""
    if not choice.counted or choice.span is None or ref_day is None:
        return choice
    a, b = choice.span
    m = WEEKDAY_NAME.search(text, a, b)
    if m is None or m.group("last") or SAID_BEFORE.search(text, max(0, a - SAID_REACH), a) \
            or (b <= future_at and (SAID.search(text, b, future_at) or SAYING.search(text, b, future_at))):
        return choice
    wd = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else ZH_WEEKDAYS[m.group("wd1") or m.group("wd2")]
    ahead = (wd - ref_day.weekday()) % 7
    return choice._replace(value=(ref_day + timedelta(days=ahead)).isoformat())


def of_report(text: str, d: DateMention) -> bool:
    """Whether the date is the day of a report or announcement (据某社15日报道，…; 发言人7日宣布：): when the
    news was told, not a day to date the page's other interactions by (当天 still counts from it)."""
    if anchored_days(text, d) is not None:  # 据某社15日报道，…当天: the same day of the report
        para = text.rfind("\n", 0, d.start)
        return REPORTED.search(text, max(para + 1, d.start - 60), d.start) is not None
    return REPORTED.match(text, d.end) is not None


def said_day(text: str, span: tuple[int, int] | None, trigger: tuple[int, int]) -> bool:
    """Whether the date at `span` is the day of a saying that tells of the interaction (朝鲜16日宣布X将访问Y):
    when it was announced, not when it takes place."""
    return span is not None and span[1] <= trigger[0] and SAYING.search(text, span[1], trigger[0]) is not None


def first_day(text: str, sent: Sentence, choice: DateChoice) -> DateChoice:
    """The first day of an interaction the sentence says ended on the chosen day after a stated number of days
    (`concluded two days of talks on Thursday`, 为期三天的访问9日结束): that day less the days before it."""
    day = day_of(choice.value)  # the day, then the end word (found first character first), then the length:
    # DAYS_LONG, read in any case after a `\b`, is tried at every position of the sentence
    if day is None or ENDED.search(text, sent.start, sent.end) is None:
        return choice
    long = DAYS_LONG.search(text, sent.start, sent.end)
    if long is None:
        return choice
    n = long.group("n") or long.group("zh")
    days = int(n) if n.isdigit() else DAY_COUNTS[n.lower()]
    return choice._replace(value=(day - timedelta(days=days - 1)).isoformat())


def _of_saying(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """Whether the date before the trigger is the day of the saying that tells of it (`said on Tuesday that he
    had spoken with X on Sunday`, 6日宣布…): another date the sentence gives is the interaction's."""
    return d.end <= trigger[0] and (
        (not d.kind.startswith("zh_") and SAID_BEFORE.search(text, max(0, d.start - SAID_REACH), d.start) is not None)
        or said_day(text, (d.start, d.end), trigger))


def later_stop(text: str, choice: DateChoice) -> str | None:
    """The date of a visit's second or later stop when the visit to several states spans days (3至6日访问甲国、
    乙国): the span's first day is the first stop's, a later stop lies somewhere in it, so only its month is
    known (when the span stays in one month)."""
    if choice.span is None or not choice.value or not DAY_SPAN.search(text, *choice.span):
        return choice.value
    return choice.value[:7]


def paragraph_date(text: str, start: int, dates: list[DateMention]) -> DateMention | None:
    """The last date told in the paragraph before position `start` (具体来说，5日上午，…。下午，她将与X会晤):
    past the lead, the time a sentence without a date of its own is read in (not a dateline's, not a bare year,
    not the time of another act). `dates` sorted by start: read back from `start` until one fits."""
    para = text.rfind("\n", 0, start)
    for d in reversed(_between(dates, para + 1, start)):
        if d.kind not in YEAR_KINDS and not in_dateline(text, d) and not times_other_act(text, d):
            return d
    return None


def _between(dates: list[DateMention], a: int, b: int) -> list[DateMention]:
    """The dates (sorted by start) that start in [a, b), by bisection: a 1-tuple sorts before every date
    starting at its position."""
    return dates[bisect_left(dates, (a,)) : bisect_left(dates, (b,))]


def lead_windows(text: str, offset: int, title: str) -> list[tuple[int, int]]:
    """Where the lead's date may stand: the body's first LEAD_SPAN characters (those of the paragraph a wire's
    dateline opens, when the page prints furniture before it), and when the body opens with a
    feed's cut-off summary (ending in `...`), also those of the first paragraph after it and the headline's
    repetition: the summary may have cut the date off."""
    windows = [(offset, offset + LEAD_SPAN)]
    dateline = wire_dateline(text, offset)
    if dateline is not None:
        return [(dateline, dateline + LEAD_SPAN)]
    end = text.find("\n", offset)
    if end < 0 or not SNIPPET_END.search(text, offset, end):
        return windows
    start = end + 1
    nxt = text.find("\n", start)
    if title.strip() and nxt >= 0 and text[start:nxt].strip() == title.strip():
        start = nxt + 1
    return [*windows, (start, start + LEAD_SPAN)]


def wire_dateline(text: str, offset: int) -> int | None:
    """Where the paragraph opening with a wire's dateline starts, when lines of furniture stand before it in the
    body (which opens at `offset`): the lead is that paragraph."""
    for m in WIRE_DATELINE.finditer(text, offset + 1, offset + DATELINE_REACH):
        end = text.find("\n", m.start())
        if (end < 0 and len(text) - m.start() >= LEAD_CHARS) or end - m.start() >= LEAD_CHARS:
            return m.start()
    return None


def _without_echoes(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A weekday directly followed by a calendar date names that date twice: keep the calendar date. A date of
    the same kind in brackets just after another (当地时间2日晚（北京时间3日上午）, `Monday evening Washington time
    (Tuesday morning in Beijing)`) is the same moment in another time zone: keep the first, the place's."""
    out = []
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        echoed = (d.kind in WEEKDAY_KINDS and nxt is not None and _kind_class(nxt.kind) == "calendar"
                  and nxt.start - d.end <= 3)
        if not echoed and not (out and out[-1] is dates[i - 1] and _restated(text, out[-1], d)):
            out.append(d)
    return out


def _restated(text: str, before: DateMention, d: DateMention) -> bool:
    """Whether `d` stands in brackets opened after `before`, with no clause break between: the same moment."""
    return (_kind_class(before.kind) == _kind_class(d.kind) and 0 < d.start - before.end <= ZONE_GAP
            and OPEN_BRACKET.search(text, before.end, d.start) is not None
            and not BRACKET_END.search(text, before.end, d.start))


def vaguely_recent(text: str, sent: Sentence, trigger: tuple[int, int]) -> bool:
    """Whether the trigger's clause tells its time only as some recent day (日前, 近日, 不久前, `recently`): no day
    of the lead's or the paragraph's is the interaction's, which keeps the report's day as its marked fallback."""
    a = _clause_start(text, sent, trigger[0])
    end = CLAUSE_BREAK.search(text, trigger[1], sent.end)
    m = VAGUE_RECENT.search(text, a, end.start() if end else sent.end)
    return m is not None and (not m.group("ed") or m.end() > trigger[0])


def lead_choice(text: str, d: DateMention, dates: list[DateMention]) -> DateChoice:
    """The lead's (or the paragraph's) date `d` as the choice of a sentence that gives none of its own."""
    return DateChoice(_anchor(text, d, dates), "lead", (d.start, d.end), RANKS["lead"], _counted(text, d, dates))


def rank_date(
    text: str,
    sent: Sentence,
    trigger: tuple[int, int],
    dates: list[DateMention],
    lead: DateChoice | None,
    fallback: str | None,
    from_dateline: bool = False,
) -> DateChoice:
    """The best-evidenced date of the interaction whose trigger is at `trigger` (`dates` sorted by start), else
    `lead` (the `lead_choice` of the lead's or the paragraph's date). `会见X次日` dates what followed the
    interaction, not the interaction; English `met X the next day` dates it. Without either, `fallback` (the
    reference day) marked `published`, ranked higher when the dateline gave it."""
    in_sent = _without_echoes(text, [d for d in _between(dates, sent.start, sent.end) if not in_dateline(text, d)
                               and not (d.start >= trigger[1] and d.kind != "en_anchor"
                                        and anchored_days(text, d) not in (None, 0))
                               and not _times_another(text, sent, d, trigger)])
    if in_sent:
        def key(d: DateMention) -> tuple:
            return (not _in_clause(text, d, trigger), _of_saying(text, d, trigger), KIND_ORDER[_kind_class(d.kind)],
                    d.start > trigger[0], abs(d.start - trigger[0]))

        best = min(in_sent, key=key)
        where = "clause" if _in_clause(text, best, trigger) else "sentence"
        return first_day(text, sent, DateChoice(_anchor(text, best, dates), "text", (best.start, best.end),
                                                RANKS[where], _counted(text, best, dates)))
    if lead and not vaguely_recent(text, sent, trigger):
        return lead
    rank = RANKS["dateline" if from_dateline else "published"] if fallback else 0
    return DateChoice(fallback, "published", None, rank)
