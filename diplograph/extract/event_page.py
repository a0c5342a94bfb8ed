"""The page every sentence of a document is read against: the headline and body as one text, its dates, the
date the lead gives, the reference day, where the lead ends, and the outlet's own side."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from diplograph.doc import Document
from diplograph.extract.actors import Mention
from diplograph.extract.dates import YEAR_KINDS, find_dates
from diplograph.extract.event_date import (
    BARE_MONTHS,
    WIRE_DATELINE,
    DateChoice,
    DateMention,
    in_dateline,
    lead_choice,
    lead_windows,
    of_report,
    times_other_act,
)
from diplograph.extract.event_frame import Sentence, day_of
from diplograph.extract.gazetteer import Gazetteer, Hit

# a summary cut short before the article repeats it in full: an ellipsis, or a Han word or comma mid-sentence
TEASER_END = re.compile(r"(?:\.\.\.|…|[\u4e00-\u9fff，,])[ \t]*$")
SCHEME = re.compile(r"^[a-z]+://")  # what a URL opens with before its host
# 今（12）日, 昨（11）日, 本（4）月9日: Taiwanese writing gives the day or month in brackets after the word that
# counts it; a lead with a date (as dates.py reads it) so opening speaks from Taiwan (mainland and Hong Kong
# writing give 12日 or 今日（8月12日）)
TAIWAN_DAY = re.compile(r"[今昨前明本]\s*[（(]")
CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
REPORTED = ("据", "據")  # 据台湾媒体报道，…: a lead that retells another's report
POSTED = ("驻", "駐")  # 印尼驻马来西亚大使: the state an envoy is posted to, not his own
# `Diplomacy this week: a roundup`, `World news in brief`, 一周外交回顾, 一週要聞: a page that lists the week's
# interactions, each item news of its own day (not a report whose body recalls the days before its news; not
# 要闻 alone, a section's label over one report)
DIGEST_TITLE = re.compile(r"(?i:round-?up|in brief|week in review|weekly (?:round|digest|brief|wrap|review)|digest"
                          r"|recap)|一[周週]|[周週][报報]")


@dataclass
class Page:
    """What every sentence of one document is read against."""

    text: str
    offset: int  # where the body starts in `text` (after the headline and a line break)
    dates: list[DateMention]
    lead: DateChoice | None  # the lead's first date as a sentence without one of its own takes it
    ref: str | None  # the reference day (dateline or publication), the marked fallback date
    ref_day: date | None
    from_dateline: bool
    chinese: bool
    home: str | None
    lead_end: int
    actor_hits: list[Hit]  # every lexicon name of the text: a visit's destination when no host is named
    published: str | None  # the publication time as printed: which day `today` was where the parties are
    lang: str
    abroad: str | None = None  # the state of a dateline's place other than the outlet's own (新华社伊斯兰堡电)
    series: list[Mention] = field(default_factory=list)  # the sides of the last talks told: `the next round`'s
    pair: list[Mention] = field(default_factory=list)  # the two people last told together: `the two ministers`
    # per visitor's side, the state its visit told as held goes to and the visit's days: whose unsided officials
    # the visitor meets there
    hosts: dict[str, tuple[str, date, date]] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)  # the text's sentences, once split
    digest: bool = False  # the headline tells a roundup of the week's interactions: each item is news


PARTNER_BEFORE = re.compile(r"会见|會見|会晤|會晤|接见|接見|拜会|拜會|[同与與和跟]")  # what a partner is named after


def home_affiliation(doc: Document, gaz: Gazetteer, text: str, hits: list[Hit]) -> str | None:
    """The outlet's own side: whose officials it names without a country (from dateline agency or URL; for a
    Chinese page of an outlet not known, from its dateline's place, the way its lead gives the day or, on a
    Traditional page, names of states only Taiwan writes among the lexicon names `hits` of `text`)."""
    agency = (doc.dateline or {}).get("agency") or ""
    url = str(doc.meta.get("url") or doc.fields.get("url") or "")
    host = SCHEME.sub("", url).split("/")[0].lower()
    text_head = (doc.dateline or {}).get("text") or ""
    code = gaz.outlet_side(agency, text_head, host)
    if code is not None:
        return code
    if not doc.lang.startswith("zh"):
        return None
    # Chinese-language wires mostly speak from Beijing; an outlet not known that writes from a place in Taiwan
    # (〔記者某某／台北報導〕) is a Taiwanese paper, and one whose own local dateline names no agency nor reporter
    # ((吉隆坡20日讯)) is a paper of that place, unless its lead names that state as a party's ((曼谷20日讯)…会见
    # 泰国外长: a paper from elsewhere reporting there; a correspondent's byline abroad names himself)
    state = dateline_state(doc, gaz, None)
    local = not agency and not any(w in text_head for w in ("記者", "记者"))
    if state == "TWN" or (state is not None and local and not _lead_names_party_of(doc.body, gaz, state)):
        return state
    taiwans = doc.lang == "zh-Hant" and _regions_written(text, hits, gaz) == {"TWN"}  # Traditional pages only
    if state is None and (_taiwanese_lead(doc) or taiwans):
        return "TWN"
    return "CHN"


def _regions_written(text: str, hits: list[Hit], gaz: Gazetteer) -> set[str]:
    """The regions whose own names of states the text writes (瓜地馬拉: Taiwan's, 危地馬拉: Hong Kong's), as the
    lexicon read them (a longer name holding one is another), in the page's own words: not in a quotation
    (「宏都拉斯是友邦」, what another side said), nor a place named like a state (喬治亞州, a US state)."""
    forms = gaz.regional_forms
    return {forms[name] for h in hits if (name := text[h.start : h.end]) in forms
            and not text.startswith("州", h.end) and not _quoted(text, h.start)}


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation its line opens before it (「…, “…) and has not closed."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("「") > line.count("」") or line.count("“") > line.count("”") \
        or line.count("『") > line.count("』")


def _lead_names_party_of(body: str, gaz: Gazetteer, state: str) -> bool:
    """Whether the lead's first sentence names `state` before a title (泰国外长) as the partner, after a word of
    meeting (会见泰国外长), not as its subject (新加坡总理…会见: the paper's own), nor a post (印尼驻马来西亚大使)."""
    end = body.find("。")
    lead = body[: end if end >= 0 else len(body)]
    hits = gaz.actors.find(lead)
    titles = {h.start for h in hits if "title" in h.kinds}
    return any(h.end in titles and not lead.endswith(POSTED, 0, h.start) and PARTNER_BEFORE.search(lead, 0, h.start)
               and any(e.kind == "country" and e.value == state for e in h.entries) for h in hits)


def _taiwanese_lead(doc: Document) -> bool:
    """Whether the lead's first clause gives its day as Taiwanese writing does (陳明輝總統今（12）日上午接見…), in
    its own words, not in a report it retells (据台湾媒体报道，…)."""
    body = doc.body
    start = len(body) - len(body.lstrip())
    if body.startswith(REPORTED, start):
        return False
    stop = CLAUSE_END.search(body, start)
    end = stop.start() if stop else len(body)
    return any(start <= s.start < end and TAIWAN_DAY.match(body, s.start) for s in doc.spans.get("date", []))


def lead_end(text: str, offset: int) -> int:
    """Where the lead ends: at the first line break 80 characters into the body, or past the paragraph after a
    summary cut short (…与到访的 ...), which the article then repeats in full."""
    para = text.find("\n", offset + 80)
    if para > 0 and TEASER_END.search(text, offset, para):
        para = text.find("\n", para + 81)  # the paragraph after it (past an echo of the headline)
    return len(text) if para < 0 else para


def dateline_state(doc: Document, gaz: Gazetteer, home: str | None) -> str | None:
    """The state whose place the dateline names (新华社伊斯兰堡电: PAK), when it is not the outlet's own; the
    place ends the words the dateline reads as its place, after a reporter's name (本報記者陳明台北7日電)."""
    # a wire's dateline of no day (`SEOUL (Agency) --`, `LONDON —`) is no metadata, but the body opens with it
    place = (doc.dateline or {}).get("place") or ((m := WIRE_DATELINE.match(doc.body)) and m["place"]) or ""
    if place.isascii() and place.isupper():
        place = place.title()  # an English wire's dateline in capitals (ADDIS ABABA): the place as the lexicon has it
    named = any(w in (doc.dateline or {}).get("text", "") for w in ("記者", "记者"))  # a reporter, then his place
    codes = {e.value for h in gaz.actors.find(place) if h.end == len(place) and (h.start == 0 or named)
             for e in h.entries if e.kind in ("place", "country")}
    return codes.pop() if len(codes) == 1 and home not in codes else None


def read_page(doc: Document, text: str, offset: int, home: str | None, actor_hits: list[Hit],
              abroad: str | None = None) -> Page:
    """The page of a document whose body starts at `offset` of `text`: its dates, the lead's, the reference day."""
    published_day = (doc.published or "")[:10]
    # a publication time with no year (`--09-12T20:15`) gives no day to fall back on
    ref = doc.meta.get("reference_day") or (published_day if day_of(published_day) else None)
    ref_day = day_of(ref)
    dates = [DateMention(s.start + offset, s.end + offset, s.attrs["value"], s.attrs.get("kind", ""))
             for s in doc.spans.get("date", [])]
    dates += [DateMention(s.start, s.end, s.attrs["value"], s.attrs.get("kind", ""))
              for s in find_dates(doc.title or "", ref_day)]
    dates.sort()
    windows = lead_windows(text, offset, doc.title or "")
    def leads(d: DateMention) -> bool:  # not a dateline's, a bare year or month, another act's or a report's
        return (not in_dateline(text, d) and d.kind not in YEAR_KINDS + BARE_MONTHS
                and not times_other_act(text, d) and not of_report(text, d))

    lead_date = next((d for d in dates if any(a <= d.start < b for a, b in windows) and leads(d)), None)
    if lead_date is None:  # `Xi meets French president on Tuesday` over a lead that gives no day: the headline's
        lead_date = next((d for d in dates if d.start < offset and leads(d)), None)
    from_dateline = bool((doc.dateline or {}).get("day")) and doc.meta.get("reference_day") == ref
    lead = lead_choice(text, lead_date, dates) if lead_date else None
    return Page(text, offset, dates, lead, ref, ref_day, from_dateline, doc.lang.startswith("zh"), home,
                lead_end(text, offset), actor_hits, doc.published, doc.lang, abroad,
                digest=DIGEST_TITLE.search(doc.title or "") is not None)

