"""What every event decision works on: sentences, the frame of one interaction, a dropped frame's record,
and the small tests on names and dates the decisions share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from diplograph.extract.actors import Mention
from diplograph.extract.gazetteer import Hit
from diplograph.lexicons.literals import Gated

# an item's heading in 【】 opening a line of a digest (【美日外長會談】甲…): a headline of its own, not a byline
# such as 【記者某某／台北報導】 or one ending in 電/訊 (【某社台北7日電】, 【本報訊】); a heading's 通電話 or 視訊】
# is no byline
ITEM_HEADING = (r"(?m:^)【(?![^】\n]*(?:记者|記者|报道|報導|专讯|專訊|综合|綜合)|[^】\n]*(?<![视視通])[讯訊电電]】)"
                r"[^】\n]{1,40}】")
ZH_SENTENCE_END = re.compile(r"[。！？!?；\n]")
ITEM_HEADINGS = re.compile(ITEM_HEADING)  # searched apart, on pages with a 【 only: one character class scans fastest
HEADED_ITEM = re.compile(ITEM_HEADING + r"\s*$")


def opens_item(text: str, at: int) -> bool:
    """Whether a sentence starting at `at` opens an item of a digest, right after its 【】 heading: the item's
    lead, as the page's first sentences are the page's."""
    return text.startswith("】", at - 1) and HEADED_ITEM.search(text, max(0, at - 45), at) is not None


# the stop or the line break itself opens the match, then a look-behind tells which it was (a pattern opening with
# a look-behind, or with two alternatives, is searched position by position: 2.5 times slower on English pages)
EN_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘(]))")
# `said Tuesday.During`, `(Presidential office)President`: two paragraphs joined without a space (the stop opens
# the match and looks back at the word it ends: an opening `[a-z0-9]` would be tried at nearly every position)
EN_JOINED_STOP = re.compile(r"[.!?)](?<=[a-z0-9][.!?)])(?=[A-Z][a-z])")
# the English words abbreviated with a stop that ends no sentence (`Mr. Dalby`, `St. Petersburg`, `Sen. Wong`);
# initials (`U.S.`, `J.`) are told apart by their pattern
EN_ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "No", "Sen", "Rep")
EN_ABBREVIATIONS = re.compile(rf"(?:\b(?:{'|'.join(EN_ABBREVIATED)}|U\.S|U\.N)\.|\b[A-Z]\.)$")
ZH_CLAUSE_END = re.compile(r"[，,；;]")
SENTENCE_END = re.compile(r"[。！？!?\n]")  # what ends a sentence in either language
# `…met with A, whom B has endorsed`, `…, who mediated talks in Muscat`: a relative clause after a trigger tells
# of someone, not of the interaction (who it names is not in the room, what it tells is not the interaction)
EN_WHO_ASIDE = re.compile(r",\s+(?:who|whom|whose)\b[^,;]*")
# （记者胡某　乔某）, (記者王某): the reporters' names after a dateline, whose characters are no cue words (继, 会)
BYLINE = re.compile(r"[（(]\s*(?:记者|記者|通讯员|通訊員)[^（()）\n]{0,40}[）)]")
# a date value of a year, a month or a day
DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# what separates the words of a Latin-script name
NAME_GAPS = re.compile(r"[\s,]+")

# a day the clause gives its act (3日, 今天, on Monday, today): a dated act is this one, not a habit or a count of them
DAY_IN_CLAUSE = re.compile(r"\d{1,2}\s*日|[今昨]天|[今昨]日|\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                           r"|Saturday|Sunday|today|yesterday)\b")

class Sentence(NamedTuple):
    """A sentence of the headline or the body: its span in the combined text (a tuple builds fastest)."""

    start: int
    end: int


@dataclass
class Frame:
    """One interaction before it is written out."""

    type: str
    status: str
    date: str | None
    date_from: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    parties: list[Mention]
    initiators: set[int] = field(default_factory=set)  # indexes into parties
    date_span: tuple[int, int] | None = None
    retyped: bool = False  # a headline's type already taken from its lead
    date_rank: int = 0  # how specific the date's evidence is (event_date.RANKS): higher wins across reports
    sides_listed: bool = False  # the sides are states the trigger lists (talks between A, B and C)
    counted: bool = False  # the date was counted from the report's day and not yet read where the parties are
    next_round: bool = False  # `another round of talks`: sides of the talks told before, never a retelling of them


@dataclass
class Dropped:
    """A frame the extractor considered and left out, with the reason a user sees (`background`, …)."""

    reason: str
    type: str | None
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    frame: Frame | None = None  # the frame as read, when it was left out after its parties were found


def sentences(text: str, chinese: bool) -> list[Sentence]:
    """Sentence spans of `text`: Chinese on 。！？； and line breaks, and after an item heading in 【】 opening a
    line (a digest's 【美日外長會談】甲…); English on a full stop before a capital, and on a bare line break."""
    cuts = [0]
    if chinese:
        cuts += [m.end() for m in ZH_SENTENCE_END.finditer(text)]
        if "【" in text:
            cuts = sorted(set(cuts + [m.end() for m in ITEM_HEADINGS.finditer(text)]))
    else:
        for m in EN_SENTENCE_END.finditer(text):
            gap = m.group().lstrip(".!?")  # a bare line break always ends a sentence
            stop = m.start() + 1  # just after the full stop
            if gap == "\n" or not EN_ABBREVIATIONS.search(text[max(0, stop - 5) : stop]):
                cuts.append(m.end())
        for m in EN_JOINED_STOP.finditer(text):
            if not EN_ABBREVIATIONS.search(text[max(0, m.end() - 5) : m.end()]):
                cuts.append(m.end())
        cuts.sort()
    cuts.append(len(text))
    return [Sentence(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


# the keys hits are bisected by: C getters, quicker than a Python function per step of every bisection
_start, _end = attrgetter("start"), attrgetter("end")


def starting_in(hits: list[Hit], a: int, b: int | None = None) -> list[Hit]:
    """The hits that start in [a, b) (to the end without `b`), by bisection: `hits` as a gazetteer finds them,
    sorted by start and not overlapping, so that a sentence or a clause takes its share of the page's."""
    return hits[bisect_left(hits, a, key=_start) : len(hits) if b is None else bisect_left(hits, b, key=_start)]


def ending_in(hits: list[Hit], a: int, b: int) -> list[Hit]:
    """The hits that end in [a, b], by bisection: hits that do not overlap end in the order they start."""
    return hits[bisect_left(hits, a, key=_end) : bisect_right(hits, b, key=_end)]


def bylines(text: str) -> list[tuple[int, int]]:
    """The spans of the reporters' bylines in brackets (（记者…）): names, not words of the news."""
    return [m.span() for m in BYLINE.finditer(text)]


@lru_cache(maxsize=16)
def _every_match(pattern: re.Pattern[str] | Gated, text: str, start: int, end: int
                 ) -> tuple[list[int], list[re.Match[str]]]:
    """Where `pattern` matches in text[start:end], every place (overlapping ones too), with its match."""
    starts, found = [], []
    m = pattern.search(text, start, end)
    while m is not None:
        starts.append(m.start())
        found.append(m)
        m = pattern.search(text, m.start() + 1, end)
    return starts, found


def search_from(pattern: re.Pattern[str] | Gated, text: str, pos: int, start: int, end: int) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)` for a `pos` in the paragraph or line text[start:end], which is read once for
    all the places it is searched from (one per trigger: on a page printed as one line, a search to the line's end
    for each cost the square of its length). A match at a place is the same from wherever the search began (a
    look-behind reads before `pos`): the pattern opens with no `^` or `\\A`."""
    starts, found = _every_match(pattern, text, start, end)
    k = bisect_left(starts, pos)
    return found[k] if k < len(found) else None


def clause_of(text: str, sent: Sentence, at: int) -> tuple[int, int]:
    """The clause (between commas or semicolons) of the sentence that holds position `at`."""
    start = sent.start
    for m in ZH_CLAUSE_END.finditer(text, sent.start, at):
        start = m.end()
    nxt = ZH_CLAUSE_END.search(text, at, sent.end)
    return start, nxt.start() if nxt else sent.end


def day_of(value: str | None) -> date | None:
    """The calendar day of a `YYYY-MM-DD` value (None for a month, a year or nothing). Its dashes and digits are
    tested in place, then `date.fromisoformat` reads it: a third of the cost of a regex and three `int`s, for a
    test the stage makes a dozen times a page."""
    if not value or len(value) != 10 or value[4] != "-" or value[7] != "-" or not value.isascii() \
            or not (value[:4] + value[5:7] + value[8:]).isdigit():
        return None
    return date.fromisoformat(value)


def ends_before(value: str | None, limit: date) -> bool:
    """Whether a date, month or year value ends before `limit`."""
    m = DATE_VALUE.match(value or "")
    if not m:
        return False
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 0)
    if d:
        return date(y, mo, d) < limit
    return (y, mo) < (limit.year, limit.month)


def named(m: Mention) -> bool:
    """Whether the mention carries a person's or group's own name, not just a title (坦桑尼亚总统), before or
    after the title (何某副总理)."""
    return m.kind != "person" or (
        m.name_span is not None
        and m.title_span != m.name_span
        and (m.title_span is None or m.name_span[0] >= m.title_span[1] or m.name_span[1] <= m.title_span[0])
    )


NOT_NAME_WORDS = frozenset(("Jr", "Sr", "Al", "El", "De", "Da", "Di", "Du", "Le", "La"))


def _latin_words(name: str) -> set[str]:
    """The words of a Latin-script name that can identify it (no initials, Jr., particles; a two-letter
    family name such as Xi or Wu counts)."""
    words = (w.rstrip(".") for w in NAME_GAPS.split(name))
    return {w.lower() for w in words if (len(w) > 2 or len(w) == 2 and w[0].isupper() and w[1].islower())
            and w not in NOT_NAME_WORDS}


def same_name(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one side can name one person (a bare title stands for whoever holds it)."""
    if not named(a) or not named(b):
        return True
    x, y = (a.name or "").replace("\u00a0", " "), (b.name or "").replace("\u00a0", " ")  # a no-break space
    if x != y and a.title and b.title and a.office != b.office:
        return False  # 国王萨勒曼 and 王储穆罕默德·萨勒曼: a name inside another, two offices, two people
    if x.isascii() and y.isascii():  # Joe Biden / Joseph R. Biden, Jr.; Kishida / Kishida Fumio
        return bool(_latin_words(x) & _latin_words(y))
    return bool(x and y and (x in y or y in x))
