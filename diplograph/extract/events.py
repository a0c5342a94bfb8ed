"""Event frames: every diplomatic interaction a document reports, from its headline and body.

A sentence holding a trigger (通电话, 会见, held talks...) and parties of at least two affiliations gives an
event. Its type comes from the triggers, its status from future/cancel cues and the date, its date from
the sentence (or the lead, or the publication day, recorded as such), its initiator from 应约, 应…邀请,
`at the invitation of` and the sender of a message. Background told in passing (此前, last time) and people
who only attended (陪同, 参加) are left out. Every field keeps the span it came from.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from diplograph.config import Settings
from diplograph.doc import Document
from diplograph.extract.actors import Mention, find_mentions
from diplograph.extract.dates import find_dates
from diplograph.extract.gazetteer import Gazetteer, Hit, load_gazetteer
from diplograph.lexicons import read_rows
from diplograph.registry import component

ZH_SENTENCE_END = re.compile(r"[。！？!?；\n]")
# the stop itself opens the match (a pattern opening with a look-behind is searched position by position)
EN_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘(])|\n")
EN_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|No|U\.S|U\.N|Sen|Rep)\.|\b[A-Z]\.)$")
CLAUSE_END = re.compile(r"[，,：:]")
# Context triggers: a visit or summit frames the sentence; a call, meeting or talks inside it is the event.
CONTEXT_TYPES = ("visit", "summit")
HOSTED_TYPES = ("phone_call", "video_call", "meeting", "talks")  # a headline may leave the outlet's side implicit
RECALL_DAYS = 10  # an interaction dated this many days before the report is background, not news
BODY_RECALL_DAYS = 2  # past the lead, an interaction dated this many days before the report is background
# 会晤后, 会谈前, 会谈当天: the interaction is the time frame of something else, told as background
AFTER_TRIGGER = re.compile(r"[^，,。]{0,6}?(?:(?:之后|之後|以后|以後|后|後)(?![来來])"
                           r"|(?:之前|以前|前|当天|當天)(?=[，,。；\s]|$))")  # not 会见前总统 (a former president)
# 在与习近平会晤并达成休战后，…: a clause opened by 在 and closed by 后 is the time of what follows
AFTER_CLAUSE = re.compile(r"[^，,。；;\n]*(?:之后|之後|以后|以後|后|後)(?=[，,])")
# 会晤达成的共识: the interaction qualifies what came of it, told as background
REACHED_AT = re.compile(r"(?:时|時)?所?(?:达成|達成)[的之]")
DURING_BEFORE = re.compile(r"[在於于]$")
DURING_AFTER = re.compile(r"(?:中|时|時|期间|期間|上)")
# a paragraph opening with a speaker and a verb of saying: what follows is what they said
SPEECH_OPENING = re.compile(r"(?:[^，,。\n]{1,12}[时時][，,])?[^，,。：:\n]{1,12}?"  # 会见拉米时，丁薛祥表示，
                            r"(?:表示|指出|强调|強調|说|說|认为|認為|介绍|介紹|称|稱|重申)[，,：:]")
INSTITUTION = re.compile(r"部|院|署|局|府|宫|宮|新闻|新聞|发言人|發言人|媒|社|报|報|稿|消息|声明|聲明")
LOCATIVE_BEFORE = re.compile(r"(?:在|于|於|赴|前往|抵达|抵達|到|至|從|从|\bin|\bto|\bat|\bfrom|\bvisit)\s*$")


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


def sentences(text: str, chinese: bool) -> list[Sentence]:
    """Sentence spans of `text` (Chinese on 。！？；, English on a full stop before a capital)."""
    cuts = [0]
    if chinese:
        cuts += [m.end() for m in ZH_SENTENCE_END.finditer(text)]
    else:
        for m in EN_SENTENCE_END.finditer(text):
            gap = m.group().lstrip(".!?")  # a bare line break always ends a sentence
            stop = m.start() + 1  # just after the full stop
            if gap == "\n" or not EN_ABBREVIATIONS.search(text[max(0, stop - 5) : stop]):
                cuts.append(m.end())
    cuts.append(len(text))
    return [Sentence(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def home_affiliation(doc: Document, gaz: Gazetteer) -> str | None:
    """The outlet's own side: whose officials it names without a country (from dateline agency or URL)."""
    agency = (doc.dateline or {}).get("agency") or ""
    url = str(doc.meta.get("url") or doc.fields.get("url") or "")
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0].lower()
    text_head = (doc.dateline or {}).get("text") or ""
    for kind, pattern, code in gaz.outlets:
        if kind == "agency" and (pattern in agency or pattern in text_head):
            return code
        if kind == "domain" and host and (host == pattern or host.endswith("." + pattern)):
            return code
    return "CHN" if doc.lang.startswith("zh") else None  # Chinese-language wires mostly speak from Beijing


def _choose_type(triggers: list[Hit], cue_kinds: set[str]) -> tuple[str, Hit]:
    main = [h for h in triggers if h.first("trigger").value not in CONTEXT_TYPES]
    pool = main or [h for h in triggers if h.first("trigger").value == "visit"] or triggers
    hit = pool[0]
    kind = hit.first("trigger").value
    kinds = {h.first("trigger").value for h in pool}
    if kind == "meeting" and "talks" in kinds:
        kind = "talks"
    if "video" in cue_kinds and kind in ("phone_call", "meeting", "talks"):
        kind = "video_call"
    return kind, hit


def _before(value: str | None, limit: date) -> bool:
    """Whether a date, month or year value ends before `limit`."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value or "")
    if not m:
        return False
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), int(m.group(3) or 0)
    if d:
        return date(y, mo, d) < limit
    return (y, mo) < (limit.year, limit.month)


def _day(value: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})$", value or "")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


class EventExtractor:
    """Finds the event frames of one document; holds the compiled lexicons."""

    def __init__(self, gaz: Gazetteer, extra: str = "") -> None:
        self.gaz = gaz
        # titles of whoever tells the news (发言人, Press Secretary): such a person is never a party
        rows = read_rows("cues.tsv", extra)
        self.reporters = tuple(w.lower() for k, _, w in rows if k == "reporter")
        self.separately = tuple(w.lower() for k, _, w in rows if k == "separately")
        self._reporter_titles: dict[str, bool] = {}  # titles repeat across documents: each is tested once

    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        title = doc.title or ""
        text = title + "\n" + doc.body
        offset = len(title) + 1
        chinese = doc.lang.startswith("zh")
        published_day = (doc.published or "")[:10]
        # a publication time with no year (`--09-12T20:15`) gives no day to fall back on
        ref = doc.meta.get("reference_day") or (published_day if _day(published_day) else None)
        ref_day = _day(ref)
        cue_hits = self.gaz.cues.find(text)
        if not any("trigger" in h.kinds for h in cue_hits):
            return []  # every frame needs a trigger: a page without one costs no actor search
        actor_hits = self.gaz.actors.find(text)
        home = home_affiliation(doc, self.gaz)
        mentions = find_mentions(text, actor_hits, cue_hits, self.gaz, home, ref, chinese)
        dates = [(s.start + offset, s.end + offset, s.attrs["value"]) for s in doc.spans.get("date", [])]
        dates += [(s.start, s.end, s.attrs["value"]) for s in find_dates(title, ref_day)]
        lead_date = next((d for d in sorted(dates) if d[0] >= offset and d[0] < offset + 160), None)
        para = text.find("\n", offset + 80)
        lead_end = len(text) if para < 0 else para
        frames: list[Frame] = []
        # hits and mentions come sorted by start: each sentence takes its share by bisection
        cue_starts, mention_starts = [h.start for h in cue_hits], [m.start for m in mentions]
        for sent in sentences(text, chinese):
            here = cue_hits[bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)]
            triggers = [h for h in here if "trigger" in h.kinds]
            if not triggers:
                continue
            cues = [h for h in here if "trigger" not in h.kinds]
            in_sent = mentions[bisect_left(mention_starts, sent.start) : bisect_left(mention_starts, sent.end)]
            found = self._frames(text, sent, triggers, cues, in_sent, dates, lead_date, ref, ref_day, chinese, home)
            if sent.start >= lead_end:  # past the lead, only named people make news of their own
                found = [f for f in found if all(p.kind == "person" and _named(p) for p in f.parties)]
                # and what the body dates to an earlier day than the report's is background told again
                found = [f for f in found if not (f.status == "held" and f.date_from == "text" and ref_day
                                                  and _before(f.date, ref_day - timedelta(days=BODY_RECALL_DAYS)))]
            if sent.start > offset:  # 李强表示，…习近平主席同总理先生举行会晤…: a meeting someone speaks of
                found = [f for f in found if not self._in_speech(text, f.trigger[0])]
            frames += found
        frames = _merge(frames, text, self.gaz.org_codes)
        lead = [m for m in mentions if offset <= m.start < lead_end and m.kind == "person" and _named(m)
                and not self._reporter(m)]
        for f in frames:  # a state standing in for the outlet's side takes the person of that side the lead names
            for i, p in enumerate(f.parties):
                if p.kind == "state" and p.affiliation_from == "home":
                    named = next((m for m in lead if m.affiliation == p.affiliation), None)
                    if named is not None:
                        f.parties[i] = named
        return [self._record(doc, f, text, offset) for f in frames]

    def _reporter(self, m: Mention) -> bool:
        """Whether the mention's title is that of someone who tells the news (发言人, Press Secretary)."""
        if not m.title:
            return False
        known = self._reporter_titles.get(m.title)
        if known is None:
            known = self._reporter_titles[m.title] = any(w in m.title.lower() for w in self.reporters)
        return known

    @staticmethod
    def _after_clause(text: str, sent: Sentence, hit: Hit) -> tuple[int, int] | None:
        """The span of the `在…后，` clause the trigger stands in (在与习近平会晤并达成贸易休战后，特朗普…), if any."""
        opener = text.rfind("在", sent.start, hit.start)
        if opener < 0 or ZH_CLAUSE_END.search(text, opener, hit.start):
            return None
        after = AFTER_CLAUSE.match(text, hit.end)
        return (opener, after.end()) if after else None

    def _in_speech(self, text: str, at: int) -> bool:
        """Whether the position lies in what a person says: after the `X表示，` opening its paragraph. An
        office or a release that `指出` (外交部新闻稿指出，…) is reporting the news, not speaking of it."""
        m = SPEECH_OPENING.match(text, text.rfind("\n", 0, at) + 1)
        return m is not None and at >= m.end() and not INSTITUTION.search(m.group())

    def _frames(
        self,
        text: str,
        sent: Sentence,
        triggers: list[Hit],
        cues: list[Hit],
        mentions: list[Mention],
        dates: list[tuple[int, int, str]],
        lead_date,
        ref: str | None,
        ref_day: date | None,
        chinese: bool,
        home: str | None = None,
    ) -> list[Frame]:
        cue_kinds = {h.entries[0].kind for h in cues}
        # 在与X会晤后，: the interaction is the time of what follows, and so are the people in that clause
        frames_of_time = [c for c in (self._after_clause(text, sent, t) for t in triggers) if c]
        # a trigger right after 参加/陪同 is someone attending, not the interaction; 在通話中 (during the call)
        # points back at an interaction told elsewhere; 会晤达成的 qualifies an outcome
        triggers = [
            t
            for t in triggers
            if not any("attend" in c.kinds and 0 <= t.start - c.end <= 2 for c in cues)
            and not (DURING_BEFORE.search(text, max(0, t.start - 1), t.start) and DURING_AFTER.match(text, t.end))
            and not REACHED_AT.match(text, t.end)
            and not any(a <= t.start < b for a, b in frames_of_time)
        ]
        if not triggers:
            return []
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in frames_of_time)]
        kind, hit = _choose_type(triggers, cue_kinds)
        if any("recall" in c.kinds and c.start < hit.start for c in cues) or AFTER_TRIGGER.match(text, hit.end):
            return []
        if any("speculation" in c.kinds and not ZH_CLAUSE_END.search(text, min(c.end, hit.end), max(c.start, hit.start))
               for c in cues):
            return []  # 朝美会谈的可能性很大, 会晤是可能的: in the trigger's clause, thought possible, not held
        if _invited_only(cues, hit):
            return []  # 邀请X访问中国, an invitation to meet: a commitment, not an interaction
        if chinese:
            mentions = _zh_party_candidates(text, sent, mentions, hit)
        parties = self._parties(text, sent, mentions, cues, kind)
        sides = {m.affiliation for m in parties}
        if len(sides) == 1 and hit.start == 0 and home and home not in sides and kind in HOSTED_TYPES:
            # a headline that opens with the interaction (`Telephone conversation with President of Tajikistan
            # Emomali Rahmon` on kremlin.ru): the outlet's own side is the other party, named in the lead
            parties = [Mention("state", hit.start, hit.end, affiliation=home, affiliation_from="home"), *parties]
        elif len(sides) < 2:
            return []
        in_sent = [d for d in dates if sent.start <= d[0] < sent.end]
        if in_sent:
            d = min(in_sent, key=lambda d: (d[0] > hit.start, abs(d[0] - hit.start)))
            date_value, date_from, date_span = d[2], "text", (d[0], d[1])
        elif lead_date:
            date_value, date_from, date_span = lead_date[2], "lead", (lead_date[0], lead_date[1])
        else:
            date_value, date_from, date_span = ref, "published", None
        status = "held"
        day = _day(date_value)
        if any("cancel" in c.kinds for c in cues):
            status = "cancelled"
        elif any("future" in c.kinds and c.start < hit.end for c in cues) or (
            day and ref_day and day > ref_day and date_from == "text"
        ):
            status = "planned"
        if (
            status == "held"
            and date_from == "text"
            and ref_day
            and _before(date_value, ref_day - timedelta(days=RECALL_DAYS))
        ):
            return []
        groups = self._split(parties, cues, hit, text)
        out = []
        for group in groups:
            if kind in PARITY_TYPES:
                group = _counterpart_office(group)
            frame = Frame(
                kind,
                status,
                date_value,
                date_from,
                (hit.start, hit.end),
                (sent.start, sent.end),
                group,
                date_span=date_span,
            )
            frame.initiators = self._initiators(text, frame, cues, kind, mentions)
            out.append(frame)
        return out

    def _parties(self, text: str, sent: Sentence, mentions: list[Mention], cues: list[Hit], kind: str) -> list[Mention]:
        """Principal parties of the sentence: people and groups, then states no person speaks for."""
        attend_clauses = []
        for c in cues:
            if "attend" in c.kinds:
                a = max([sent.start] + [m.end() + sent.start for m in CLAUSE_END.finditer(text[sent.start : c.start])])
                nxt = CLAUSE_END.search(text, c.end, sent.end)
                attend_clauses.append((a, nxt.start() if nxt else sent.end))
        people: list[Mention] = []
        voices: list[Mention] = []
        for m in mentions:
            if m.kind == "state" or not m.affiliation:
                continue
            if any(a <= m.start < b for a, b in attend_clauses):
                continue
            if self._reporter(m):
                # 克宫发言人佩斯科夫, Press Secretary Jen Psaki tell of the meeting, not in it: their side is
                # a party only through its state, when no one else stands for it
                voices.append(Mention("state", m.start, m.end, affiliation=m.affiliation, affiliation_from="home"))
                continue
            twin = next((p for p in people if p.affiliation == m.affiliation and _same_name(p, m)), None)
            if twin is None:
                people.append(m)
            elif not _named(twin) and _named(m):
                people[people.index(twin)] = m
        named_affs = {p.affiliation for p in people if _named(p)}
        people = [p for p in people if _named(p) or p.affiliation not in named_affs]
        affs = {p.affiliation for p in people}
        if len(affs) >= 2:
            return people
        for m in [*mentions, *voices]:
            if m.kind != "state" or not m.affiliation or m.affiliation in affs or m.affiliation_from == "side":
                continue
            if LOCATIVE_BEFORE.search(text[max(sent.start, m.start - 6) : m.start]) and kind != "visit":
                continue
            people.append(m)
            affs.add(m.affiliation)
        return people

    def _split(self, parties: list[Mention], cues: list[Hit], hit: Hit, text: str) -> list[list[Mention]]:
        """One event per partner when the text says 分别/separately (also inside the trigger: `spoke
        individually with`); otherwise one event with everyone."""
        said = text[hit.start : hit.end].lower()
        if not any("separately" in c.kinds for c in cues) and not any(w in said for w in self.separately):
            return [parties]
        first = parties[0].affiliation
        subject = [p for p in parties if p.affiliation == first]
        others: dict[str, list[Mention]] = {}
        for p in parties:
            if p.affiliation != first:
                others.setdefault(p.affiliation, []).append(p)
        return [subject + group for group in others.values()] if len(others) > 1 else [parties]

    def _initiators(
        self, text: str, frame: Frame, cues: list[Hit], kind: str, mentions: list[Mention]
    ) -> set[int]:
        parties = frame.parties
        for c in cues:
            if "asked_by_other" in c.kinds:  # 应约 / at the request of the other side: not the subject
                subject = parties[0].affiliation
                return {i for i, p in enumerate(parties) if p.affiliation != subject}
        opens = [c for c in cues if "asked_by.open" in c.kinds]
        closes = [c for c in cues if "asked_by.close" in c.kinds]
        for o in opens:
            close = next((c for c in closes if 0 < c.start - o.end <= 40), None)
            if close:
                inside = {m.affiliation for m in mentions if o.end <= m.start < close.start}  # 应德方要求 too
                if inside:
                    return {i for i, p in enumerate(parties) if p.affiliation in inside}
        for c in cues:
            if "asked_by" in c.kinds:
                cue = text[c.start : c.end]
                if cue.startswith("at the"):
                    after = [p for p in parties if p.start >= c.end]
                    if after:
                        return {i for i, p in enumerate(parties) if p.affiliation == after[0].affiliation}
                else:  # "X invited Y", "accepting my invitation": the one speaking before it
                    before = [p for p in parties if p.start < c.start]
                    if before:
                        return {i for i, p in enumerate(parties) if p.affiliation == before[0].affiliation}
        if kind == "message" and not any("exchange" in c.kinds for c in cues):
            # 习近平向菲律宾总统致慰问电: the sender stands before 向, the addressee after it
            to = text.rfind("向", frame.sentence[0], frame.trigger[0])
            limit = to if to > min(p.start for p in parties) else frame.trigger[0]
            senders = {p.affiliation for p in parties if p.start < limit}
            if senders and len(senders) < len({p.affiliation for p in parties}):
                return {i for i, p in enumerate(parties) if p.affiliation in senders}
        return set()

    def _record(self, doc: Document, f: Frame, text: str, offset: int) -> dict[str, Any]:
        def span(a: int, b: int) -> dict[str, Any]:
            # a sentence that is the whole title runs into the "\n" joining title and body: clip it to the title
            return (
                {"field": "title", "start": a, "end": min(b, offset - 1)}
                if a < offset
                else {"field": "body", "start": a - offset, "end": b - offset}
            )

        participants = []
        for i, m in enumerate(f.parties):
            names = {doc.lang: m.name} if m.name else {}
            names.update(m.names)
            participants.append(
                {
                    "name": names,
                    "affiliation": m.affiliation,
                    "office": m.office or "other",
                    "title": m.title,
                    "initiator": i in f.initiators,
                    "kind": m.kind,
                    "affiliation_from": m.affiliation_from,
                    "spans": {k: span(*v) for k, v in (("name", m.name_span), ("title", m.title_span)) if v},
                }
            )
        cameo, plover, mode = self._codes(f.type, f.status)
        key = "|".join([doc.doc_id, f.type, str(f.trigger[0])] + sorted(p["affiliation"] for p in participants))
        return {
            "frame_id": hashlib.sha256(key.encode()).hexdigest()[:20],
            "type": f.type,
            "status": f.status,
            "date": f.date,
            "date_from": f.date_from,
            "participants": participants,
            "codes": {"cameo": cameo, "plover": plover, **({"plover_mode": mode} if mode else {})},
            "spans": {
                "trigger": span(*f.trigger),
                "sentence": span(*f.sentence),
                **({"date": span(*f.date_span)} if f.date_span else {}),
            },
            "evidence": text[f.sentence[0] : f.sentence[1]].strip(),
        }

    def _codes(self, kind: str, status: str) -> tuple[str, str, str]:
        for row in self.gaz.codes:
            etype, estatus, cameo, plover, *mode = row + [""]
            if etype in ("*", kind) and estatus in ("*", status):
                return cameo, plover, mode[0] if mode else ""
        return "040", "CONSULT", ""


PARITY_TYPES = ("talks", "phone_call", "video_call")  # protocol pairs counterparts of equal rank


def _counterpart_office(parties: list[Mention]) -> list[Mention]:
    """In talks and calls, a principal named without a title holds the rank of the one titled counterpart
    (`李强同尼泊尔总理举行会谈`: two heads of government)."""
    offices = {p.office for p in parties if p.office}
    if len(offices) != 1 or len(parties) != 2:
        return parties
    office = offices.pop()
    return [p if p.office or p.kind != "person" else replace(p, office=office) for p in parties]


ZH_CLAUSE_END = re.compile(r"[，,；;]")
ZH_TOPIC = re.compile(r"就([^，,。；]{1,40}?)(?:向|同|与|與|和|致)")


def _zh_party_candidates(text: str, sent: Sentence, mentions: list[Mention], hit: Hit) -> list[Mention]:
    """Chinese names a sentence's parties before the end of the trigger's clause; what follows says what
    they said or felt (对女王逝世表示哀悼), and `就X逝世向Y` names a topic, not a party."""
    topics = [m.span(1) for m in ZH_TOPIC.finditer(text, sent.start, hit.start)]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in topics)]
    cut = ZH_CLAUSE_END.search(text, hit.end, sent.end)
    if cut:
        head = [m for m in mentions if m.start < cut.start()]
        if len({m.affiliation for m in head if m.kind != "state" and m.affiliation}) >= 2:
            return head  # the trigger's clause already names both sides
    return mentions


def _invited_only(cues: list[Hit], hit: Hit) -> bool:
    """An invitation to visit stated before the trigger, not 应X邀请 (at X's invitation), which reports the visit."""
    for c in cues:
        if "invite" in c.kinds and c.start < hit.start:
            opened = any("asked_by.open" in o.kinds and 0 < c.start - o.end <= 40 for o in cues)
            if not opened:
                return True
    return False


def _named(m: Mention) -> bool:
    """Whether the mention carries a person's or group's own name, not just a title (坦桑尼亚总统)."""
    return m.kind != "person" or (
        m.name_span is not None
        and m.title_span != m.name_span
        and (m.title_span is None or m.name_span[0] >= m.title_span[1])
    )


def _latin_words(name: str) -> set[str]:
    """The words of a Latin-script name that can identify it (no initials, Jr., particles)."""
    words = (w.rstrip(".") for w in re.split(r"[\s,]+", name))
    return {w.lower() for w in words if len(w) > 2 and w not in ("Jr", "Sr")}


def _same_name(a: Mention, b: Mention) -> bool:
    if not _named(a) or not _named(b):
        return True  # a bare title stands for whoever holds it
    x, y = a.name or "", b.name or ""
    if x.isascii() and y.isascii():  # Joe Biden / Joseph R. Biden, Jr.; Kishida / Kishida Fumio
        return bool(_latin_words(x) & _latin_words(y))
    return bool(x and y and (x in y or y in x))


def _same_parties(a: Frame, b: Frame) -> bool:
    """Whether `b` tells the interaction of `a` again: the same sides (or `a`'s sides among more, as when the
    headline names two parties and the lead adds a third), and no named person in conflict."""
    if not {m.affiliation for m in a.parties} <= {m.affiliation for m in b.parties}:
        return False
    return all(
        # a side's delegation is one group however it is named (美农产代表团, 美国大豆等农产品贸易代表团)
        any(_same_name(x, y) or x.kind != y.kind or x.kind == "group" for y in b.parties
            if y.affiliation == x.affiliation)
        for x in a.parties
    )


GENERIC_TYPES = ("meeting", "talks")  # words that fit any modality (對話, talks) when a call is already told
MODALITY = {"phone_call": "remote", "video_call": "remote", "message": "message"}  # all others: in person


def _org_setting(g: Frame, f: Frame, text: str, orgs: frozenset[str]) -> bool:
    """Whether the headline `g` names as a side an organization that the lead `f` names only as the
    setting (向阿盟首脑理事会会议致贺信 / 向…会议轮值主席特本致贺信): the lead tells who took part."""
    ours, theirs = {m.affiliation for m in g.parties}, {m.affiliation for m in f.parties}
    extra = [m for m in g.parties if m.affiliation not in theirs]
    return bool(ours & theirs) and bool(extra) and all(
        m.affiliation in orgs and m.name and m.name in text[f.sentence[0] : f.sentence[1]] for m in extra
    )


def _merge(frames: list[Frame], text: str, orgs: frozenset[str] = frozenset()) -> list[Frame]:
    """One frame per interaction: the headline and the lead usually tell the same one twice."""
    out: list[Frame] = []
    for f in frames:
        # a headline naming a setting as a side too (出席上合峰会并对哈萨克斯坦进行国事访问) and a lead with
        # only the two who met: the lead's sides are the interaction's
        narrower = next((g for g in out if g.sentence[0] == 0 and f.sentence[0] > 0 and g.type == f.type
                         and ((not _same_parties(g, f) and _same_parties(f, g)) or _org_setting(g, f, text, orgs))),
                        None)
        if narrower is not None:
            narrower.parties, narrower.initiators = f.parties, set(f.initiators)
            continue
        same = next(
            (
                g
                for g in out
                if _same_parties(g, f)
                and (
                    MODALITY.get(f.type, "person") == MODALITY.get(g.type, "person")
                    # 通話 then 對話, a headline's Meeting then "met virtually": one exchange told twice
                    or (f.date == g.date and (f.type in GENERIC_TYPES or g.type in GENERIC_TYPES))
                )
            ),
            None,
        )
        if same is None:
            out.append(f)
            continue
        for i, p in enumerate(same.parties):
            if not _named(p) or p.kind == "state":  # the lead names who the headline's 沙特 or 总统 was
                better = next(
                    (q for q in f.parties if q.affiliation == p.affiliation and _named(q) and q.kind != "state"), None
                )
                if better is not None:
                    same.parties[i] = better
        in_title = same.sentence[0] == 0
        if (
            in_title
            and not same.retyped  # the first retelling names the kind; later `meet with` asides do not
            and f.sentence[0] > 0
            and f.type != same.type
            and same.type in GENERIC_TYPES
            and f.type not in CONTEXT_TYPES  # the headline's 會晤 stays a meeting when the lead frames a visit
        ):
            same.type, same.retyped = f.type, True
        if same.date_from != "text" and f.date_from == "text":
            same.date, same.date_from, same.date_span = f.date, f.date_from, f.date_span
        if not same.initiators and f.initiators:
            same.initiators = {
                i
                for i, p in enumerate(same.parties)
                if any(p.affiliation == f.parties[j].affiliation for j in f.initiators)
            }
        if same.status == "held" and f.status != "held" and in_title:
            same.status = f.status
    return out


@component("events", requires=("body", "lang", "spans.date"), assigns=("events",))
def make_events(settings: Settings, **_):
    """Add `events`: the interaction frames of the document, each field with its span."""
    extractor = EventExtractor(load_gazetteer(settings.extra_lexicons), settings.extra_lexicons)

    def events(doc: Document) -> Document:
        doc.events = extractor(doc)
        return doc

    return events
