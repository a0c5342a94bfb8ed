"""Event frames: every diplomatic interaction a document reports, from its headline and body.

A sentence holding a trigger (通电话, 会见, held talks...) and parties of at least two affiliations gives an
event. Each decision has its own module: the trigger and type (`event_trigger`), background vs news
(`event_background`), status (`event_status`), parties (`event_parties`), the date and how specific it is
(`event_date`), the initiator (`event_initiator`) and one event per interaction (`event_join`). A frame
considered and left out is kept with its reason (`doc.dropped`). Every field keeps the span it came from.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from diplograph.config import Settings
from diplograph.doc import Document
from diplograph.extract import event_background as background
from diplograph.extract import event_status as status
from diplograph.extract.actors import Mention, find_mentions
from diplograph.extract.dates import YEAR_KINDS, find_dates
from diplograph.extract.event_date import (
    BARE_MONTHS,
    RANKS,
    DateChoice,
    DateMention,
    coming_weekday,
    in_dateline,
    later_stop,
    lead_windows,
    local_day,
    of_report,
    paragraph_date,
    rank_date,
    said_day,
    times_other_act,
)
from diplograph.extract.event_frame import (
    Dropped,
    Frame,
    Sentence,
    bylines,
    clause_of,
    day_of,
    named,
    sentences,
)
from diplograph.extract.event_initiator import compile_phrases, initiators, told_after
from diplograph.extract.event_join import in_sequence, join_page_frames, split_partners, told_in_turn
from diplograph.extract.event_leaders import leaders, listed_states, load_terms, state_partner, subject_states
from diplograph.extract.event_parties import (
    after_speaker,
    carried_subject,
    contracted_host,
    counterpart_office,
    delegation_leaders,
    destination,
    en_party_candidates,
    envoys_for_delegations,
    host_side,
    hosts_abroad,
    hosts_met_elsewhere,
    leaders_of_states,
    opening_person,
    parties,
    sides_told_before,
    unmarked_home,
    zh_party_candidates,
)
from diplograph.extract.event_trigger import (
    HOSTED_TYPES,
    choose_type,
    conferences,
    joined_other_mode,
    live_triggers,
    plan_after,
    signed_outcome,
    talks_told_after,
    two_sided,
    video_told_after,
    visit_purpose,
    with_members,
)
from diplograph.extract.gazetteer import Gazetteer, Hit, load_gazetteer
from diplograph.extract.names import name_script
from diplograph.lexicons import read_rows
from diplograph.registry import component

# the words that name an interaction of each type again, as a noun (the call, 此次访问)
TYPE_NOUNS = {
    "phone_call": re.compile(r"\b(?:the|this|that) (?:phone |telephone )?call\b|通话|通話|通电话|通電話", re.I),
    "meeting": re.compile(r"\b(?:the|this|that) meeting\b|会见|會見|会晤|會晤|会面|會面", re.I),
    "talks": re.compile(r"\b(?:the|these) talks\b|会谈|會談", re.I),
    "visit": re.compile(r"\b(?:the|this|that|his|her) (?:state |official )?(?:visit|trip)\b|访问|訪問|此访|此訪", re.I),
}
# a summary cut short before the article repeats it in full: an ellipsis, or a Han word or comma mid-sentence
TEASER_END = re.compile(r"(?:\.\.\.|…|[\u4e00-\u9fff，,])[ \t]*$")
RETOLD = ("same side", "no parties", "retold")  # a sentence that names one side of an interaction, or `this one`,
# may speak of it again
__all__ = ["EventExtractor", "make_events", "sentences"]  # statements splits sentences the same way


@dataclass
class Page:
    """What every sentence of one document is read against."""

    text: str
    offset: int  # where the body starts in `text` (after the headline and a line break)
    dates: list[DateMention]
    lead_date: DateMention | None
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


def _span(a: int, b: int, offset: int) -> dict[str, Any]:
    """A span of the combined headline-and-body text as a span of the field it lies in. A sentence that is the
    whole headline runs into the "\n" that joins it to the body: it is clipped to the headline."""
    if a < offset:
        return {"field": "title", "start": a, "end": min(b, offset - 1)}
    return {"field": "body", "start": a - offset, "end": b - offset}


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


def lead_end(text: str, offset: int) -> int:
    """Where the lead ends: at the first line break 80 characters into the body, or past the paragraph after a
    summary cut short (…与到访的 ...), which the article then repeats in full."""
    para = text.find("\n", offset + 80)
    if para > 0 and TEASER_END.search(text, offset, para):
        para = text.find("\n", para + 81)  # the paragraph after it (past an echo of the headline)
    return len(text) if para < 0 else para


def dateline_state(doc: Document, gaz: Gazetteer, home: str | None) -> str | None:
    """The state whose place the dateline names (新华社伊斯兰堡电: PAK), when it is not the outlet's own."""
    place = (doc.dateline or {}).get("place") or ""
    codes = {e.value for h in gaz.actors.find(place) if h.start == 0 and h.end == len(place)
             for e in h.entries if e.kind in ("place", "country")}
    return codes.pop() if len(codes) == 1 and home not in codes else None


def _page(doc: Document, text: str, offset: int, home: str | None, actor_hits: list[Hit],
          abroad: str | None = None) -> Page:
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
    lead_date = next((d for d in dates if any(a <= d.start < b for a, b in windows) and not in_dateline(text, d)
                      and d.kind not in YEAR_KINDS + BARE_MONTHS  # nor a bare year or month
                      and not times_other_act(text, d)
                      and not of_report(text, d)), None)
    from_dateline = bool((doc.dateline or {}).get("day")) and doc.meta.get("reference_day") == ref
    return Page(text, offset, dates, lead_date, ref, ref_day, from_dateline, doc.lang.startswith("zh"), home,
                lead_end(text, offset), actor_hits, doc.published, doc.lang, abroad)


def _date_evidence(page: Page, sent: Sentence, hit: Hit, cues: list[Hit]) -> DateChoice:
    """The ranked date of the trigger (past the lead, a sentence without a date reads in its paragraph's day);
    a weekday said of a plan is the coming one, not one said of what a plan comes after."""
    if status.travel_purpose(page.text, sent, hit):  # departed on Sunday for talks: Sunday is the journey's
        return rank_date(page.text, sent, (hit.start, hit.end), [], None, page.ref, page.from_dateline)
    context = paragraph_date(page.text, sent.start, page.dates) if sent.start >= page.lead_end else None
    when = rank_date(page.text, sent, (hit.start, hit.end), page.dates, context or page.lead_date, page.ref,
                     page.from_dateline)
    future_at = next((c.start for c in cues if status.future(page.text, c) and c.start < hit.end
                      and not status.AFTER.search(page.text, c.end, hit.start)),  # will visit after a call
                     status.future_form(page.text, hit))
    return when if future_at is None else coming_weekday(page.text, when, future_at, page.ref_day)


def _distinct_ids(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Frames split from one trigger with partners of one side (called on A and B) get ids of their own, from
    their partners' names: the store keeps one frame per id."""
    seen: set[str] = set()
    for r in records:
        if r["frame_id"] in seen:
            names = "|".join(sorted(n for p in r["participants"] for n in p["name"].values()))
            r["frame_id"] = hashlib.sha256(f"{r['frame_id']}|{names}".encode()).hexdigest()[:20]
        seen.add(r["frame_id"])
    return records


def _dates_told_after(page: Page, frames: list[Frame], dropped: list[Dropped]) -> None:
    """A frame the text gives no day for takes the day of a later sentence that speaks of that interaction
    again with one side or none (`the talks held on Friday`: the interaction of that type told last before it);
    so does a planned one dated only by the day it was announced (16日宣布X将访问Y … 将于18日至19日访问), from a
    later sentence that gives a day still ahead."""
    for f in frames:
        announced = f.status == "planned" and said_day(page.text, f.date_span, f.trigger)
        if (f.date_from != "published" and not announced) or f.next_round:
            continue
        reasons = RETOLD + (("unnamed in body",) if f.status == "planned" else ())
        for d in dropped:
            if d.type == f.type and d.reason in reasons and _told_last_before(frames, d) is f:
                told = rank_date(page.text, Sentence(*d.sentence), d.trigger, page.dates, None, None)
                if f.status == "planned":  # `is to depart on Sunday`: the coming Sunday
                    told = coming_weekday(page.text, told, d.trigger[0], page.ref_day)
                day = day_of(told.value)
                if told.source != "text" or told.rank != RANKS["clause"] or not day or not page.ref_day \
                        or said_day(page.text, told.span, d.trigger):
                    continue
                if (day >= page.ref_day) if f.status == "planned" else (day <= page.ref_day):
                    f.date, f.date_from, f.date_span, f.date_rank = told.value, "text", told.span, told.rank
                    break


def _told_last_before(frames: list[Frame], d: Dropped) -> Frame | None:
    """The page's interaction of the dropped sentence's type told last before it: the one `the talks` speaks of."""
    before = [g for g in frames if g.type == d.type and not g.next_round and g.sentence[0] < d.sentence[0]]
    return max(before, key=lambda g: g.sentence[0], default=None)


class EventExtractor:
    """Finds the event frames of one document; holds the compiled lexicons."""

    def __init__(self, gaz: Gazetteer, extra: str = "") -> None:
        self.gaz = gaz
        # titles of whoever tells the news (发言人, Press Secretary): such a person is never a party
        rows = read_rows("cues.tsv", extra)
        self.reporters = tuple(w.lower() for k, _, w in rows if k == "reporter")
        self.separately = tuple(w.lower() for k, _, w in rows if k == "separately")
        self.phrases = compile_phrases(extra)
        self.terms = load_terms(extra)
        self.premier_led = frozenset(c for c, office in gaz.leaders.items() if office == "head_of_government")
        self.zones = {code: float(hours) for code, hours, *_ in read_rows("timezones.tsv", extra)}
        self._reporter_titles: dict[str, bool] = {}  # titles repeat across documents: each is tested once

    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        """The document's event frames as records; what was left out goes to `doc.dropped`."""
        frames, dropped, page = self.frames(doc)
        doc.actor_hits = (page.offset, page.actor_hits) if page else (0, [])  # statements read them again
        doc.dropped = [self._dropped_record(d, page) for d in dropped] if page else []
        return _distinct_ids([self._record(doc, f, page.text, page.offset) for f in frames]) if page else []

    def frames(self, doc: Document) -> tuple[list[Frame], list[Dropped], Page | None]:
        """The frames of the document, the frames dropped with their reasons, and the page they were read on."""
        title = doc.title or ""
        text = title + "\n" + doc.body
        cut = bylines(text)
        cue_hits = [h for h in self.gaz.cues.find(text) if not any(a <= h.start < b for a, b in cut)]
        cue_hits = conferences(text, cue_hits, self.gaz)
        if not any("trigger" in h.kinds for h in cue_hits):
            return [], [], None  # every frame needs a trigger: a page without one costs no actor search
        home = home_affiliation(doc, self.gaz)
        page = _page(doc, text, len(title) + 1, home, self.gaz.actors.find(text), dateline_state(doc, self.gaz, home))
        mentions = find_mentions(text, page.actor_hits, cue_hits, self.gaz, home, page.ref, page.chinese)
        if home is None and not page.chinese:
            unmarked_home(text, [h for h in page.actor_hits if h.end < page.offset], mentions)
        frames: list[Frame] = []
        dropped: list[Dropped] = []
        # hits and mentions come sorted by start: each sentence takes its share by bisection
        cue_starts, mention_starts = [h.start for h in cue_hits], [m.start for m in mentions]
        all_sentences = sentences(text, page.chinese)
        subject = None  # the subject of the paragraph's last sentence that named one: 她, 随后与 carry it on
        for sent in all_sentences:
            in_sent = mentions[bisect_left(mention_starts, sent.start) : bisect_left(mention_starts, sent.end)]
            if page.chinese:
                subject = None if "\n" in text[max(0, sent.start - 1) : sent.start + 1] else subject
                in_sent = carried_subject(text, sent, in_sent, subject)
                subject = opening_person(in_sent) or subject
            here = cue_hits[bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)]
            triggers = [h for h in here if "trigger" in h.kinds]
            if not triggers:
                continue
            cues = [h for h in here if "trigger" not in h.kinds]
            found = self._frames(page, sent, triggers, cues, in_sent, dropped)
            frames += self._news_only(page, sent, found, dropped, bool(frames),
                                      background.visit_began(frames) if found else None)
            page.series = next((f.parties for f in reversed(found) if f.type == "talks"), page.series)
            page.pair = next((f.parties for f in reversed(found) if len({p.affiliation for p in f.parties}) == 2
                              and all(p.kind == "person" and named(p) for p in f.parties)), page.pair)
        frames = background.not_the_headlines_news(frames, dropped, text)
        frames = join_page_frames(frames, text, self.gaz.org_codes, dropped)
        if not page.chinese:
            envoys_for_delegations(text, frames, mentions, all_sentences)
            hosts_met_elsewhere(frames)
        else:
            delegation_leaders(text, frames, mentions)
        self._local_days(page, frames)
        _dates_told_after(page, frames, dropped)
        video_told_after(frames, dropped, RETOLD)
        talks_told_after(text, frames, dropped)
        self._initiators_told_after(page, all_sentences, frames, mentions, dropped)
        self._name_home_side(page, mentions, frames)
        return frames, dropped, page

    def _news_only(self, page: Page, sent: Sentence, found: list[Frame], dropped: list[Dropped],
                   told: bool = False, visit_began: date | None = None) -> list[Frame]:
        """Past the lead, only named people make news of their own, and an earlier day's interaction told
        again (unless held on the visit the page reports, since `visit_began`), a meeting someone speaks of and
        a commentator's remark are background; once the page `told` an interaction, `this meeting` (此次会晤)
        names it again."""
        kept = []
        for f in found:
            reason = None
            if background.file_photo(page.text, f.sentence):
                reason = "file photo"
            elif told and background.this_one(page.text, f.trigger[0]):
                reason = "retold"  # 此次会晤意在…: the interaction told before, named again
            elif sent.start >= page.lead_end:
                if not f.sides_listed and not all(p.kind == "person" and named(p) for p in f.parties) \
                        and not background.news_unnamed(page.text, f, page.chinese):
                    reason = "unnamed in body"
                elif not page.chinese and background.other_headline(page.text, f.sentence):
                    reason = "other article"  # a related article's headline listed under the story
                elif background.recalled(f.status, f.date_from, f.date, page.ref_day, background.BODY_RECALL_DAYS) \
                        and not background.on_visit(f, visit_began):
                    reason = "background"
                elif background.commentary(page.text, f.sentence, f.trigger[0]):
                    reason = "commentary"
            if reason is None and sent.start > page.offset and background.spoken_of(page.text, f):
                reason = "in speech"  # 李强表示，…习近平主席同总理先生举行会晤…: a meeting someone speaks of
            if reason is None:
                kept.append(f)
            else:
                dropped.append(Dropped(reason, f.type, f.trigger, f.sentence, f))
        return kept

    def _local_day(self, page: Page, when: DateChoice, group: list[Mention]) -> DateChoice:
        """A counted day read where the sentence's parties are; still `counted` when not shifted (the joined
        frame's parties may shift it later). A dateline's day is already the local day of its place."""
        if page.from_dateline:
            return when
        read = local_day(when, page.published, self.zones.get(page.home or ""),
                         [self.zones.get(p.affiliation or "") for p in group])
        return read._replace(counted=read.value == when.value and when.counted)  # shifted once at most

    def _local_days(self, page: Page, frames: list[Frame]) -> None:
        """A day counted from the report's, read where the joined frame's parties are (the headline's and the
        lead's parties together: 今天 in Taipei at 02:45 was the day before in London and Washington)."""
        for f in frames:
            if f.counted:
                choice = DateChoice(f.date, f.date_from, f.date_span, f.date_rank, counted=True)
                f.date = local_day(choice, page.published, self.zones.get(page.home or ""),
                                   [self.zones.get(p.affiliation or "") for p in f.parties]).value
                f.counted = False

    def _initiators_told_after(self, page: Page, sents: list[Sentence], frames: list[Frame],
                               mentions: list[Mention], dropped: list[Dropped]) -> None:
        """A frame whose sentence names no initiator takes the one a later sentence of no event of its own
        states: the next sentence of the same paragraph (此次通话是由法方发起的), or one that speaks of the
        page's only interaction of that type again (`The meeting was requested by Netanyahu`)."""
        starts = {f.sentence[0] for f in frames}
        following = {a.start: b for a, b in zip(sents, sents[1:])
                     if "\n" not in page.text[a.end - 1 : b.start + 1] and b.start not in starts}
        for f in frames:
            if f.initiators:
                continue
            nxt = following.get(f.sentence[0])
            windows = [(nxt.start, nxt.end)] if nxt is not None else []
            if sum(g.type == f.type for g in frames) == 1:
                windows += [d.sentence for d in dropped if d.type == f.type and d.reason in RETOLD]
                noun = TYPE_NOUNS.get(f.type)  # `The meeting at his residence was requested by X`: no trigger
                windows += [(s.start, s.end) for s in sents if s.start > f.sentence[0] and s.start not in starts
                            and noun is not None and noun.search(page.text, s.start, s.end)]
            for window in windows:
                f.initiators = told_after(page.text, f, window, mentions, self.phrases, self.gaz)
                if f.initiators:
                    break

    def _name_home_side(self, page: Page, mentions: list[Mention], frames: list[Frame]) -> None:
        """A state standing in for the outlet's side takes the person of that side the lead names."""
        lead = [m for m in mentions if page.offset <= m.start < page.lead_end and m.kind == "person" and named(m)
                and not self._reporter(m)]
        for f in frames:
            for i, p in enumerate(f.parties):
                if p.kind == "state" and p.affiliation_from == "home":
                    found = next((m for m in lead if m.affiliation == p.affiliation), None)
                    if found is not None:
                        f.parties[i] = found

    def _reporter(self, m: Mention) -> bool:
        """Whether the mention's title is that of someone who tells the news (发言人, Press Secretary)."""
        if not m.title:
            return False
        known = self._reporter_titles.get(m.title)
        if known is None:
            known = self._reporter_titles[m.title] = any(w in m.title.lower() for w in self.reporters)
        return known

    def _frames(self, page: Page, sent: Sentence, triggers: list[Hit], cues: list[Hit], mentions: list[Mention],
                dropped: list[Dropped]) -> list[Frame]:
        """The frames one sentence tells: a trigger, its status, its parties, its date, then one frame per
        partner. A frame left out is recorded in `dropped` with its reason."""
        text = page.text
        live = live_triggers(text, sent, triggers, cues)
        if not live.live:
            return []
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in live.time_clauses)]
        # 在会见X时，Y表示，…举行会谈: an interaction the speaker tells of does not type the one the sentence reports
        own = [h for h in live.live if not background.in_speech(text, h.start)] or live.live
        kind, hit = signed_outcome(text, own, *choose_type(own, {h.entries[0].kind for h in cues}))

        def drop(reason: str) -> list[Frame]:
            dropped.append(Dropped(reason, kind, (hit.start, hit.end), (sent.start, sent.end)))
            return []

        if background.told_as_past(text, cues, hit, sent.start):
            return drop("background")
        when = _date_evidence(page, sent, hit, cues)
        day = day_of(when.value)
        dated_ahead = when.source == "text" and day is not None and page.ref_day is not None and day >= page.ref_day
        reason = status.drop_reason(text, sent, cues, hit, dated_ahead)
        if reason:
            return drop(reason)
        heard = mentions
        if page.chinese:
            mentions = zh_party_candidates(text, sent, mentions, hit)
        else:
            mentions = en_party_candidates(text, sent, mentions, hit)
        mentions = after_speaker(text, sent, mentions, hit, destination(text, sent, page.actor_hits, hit, self.gaz))
        if page.abroad and kind in HOSTED_TYPES:
            mentions = hosts_abroad(mentions, hit, page.home, page.abroad)
        group = parties(text, sent, mentions, cues, kind, self._reporter)
        group, listed = self._states_as_sides(page, sent, hit, kind, when.value or page.ref, group)
        group, listed, next_round = sides_told_before(text, sent, own, kind, group, listed, page.series, page.pair)
        sides = {m.affiliation for m in group}
        host = None
        if kind == "visit" and len(sides) == 1:  # the host the visit goes to, named by a place or its verb (访华)
            visitor = next(iter(sides))
            host = host_side(text, sent, page.actor_hits, visitor, self.gaz.state_names) or contracted_host(
                text, hit, self.gaz, visitor)
        if host is not None:
            group, sides = [*group, host], sides | {host.affiliation}
        if len(sides) == 1 and hit.start == 0 and page.home and page.home not in sides and kind in HOSTED_TYPES:
            # a headline that opens with the interaction (`Telephone conversation with President of Tajikistan
            # Emomali Rahmon` on kremlin.ru): the outlet's own side is the other party, named in the lead
            group = [Mention("state", hit.start, hit.end, affiliation=page.home, affiliation_from="home"), *group]
        elif len(sides) < 2:
            return drop("same side" if sides else "no parties")
        when = self._local_day(page, when, group)
        wished = status.hoped(text, sent, cues, hit) or status.ahead_by_context(text, sent, hit)
        state = status.clause_status(text, cues, hit, when.value, page.ref_day, when.source == "text", wished)
        state, when = status.visit_begun(text, sent, kind, state, when, page.dates, page.ref_day)
        if background.recalled(state, when.source, when.value, page.ref_day, background.RECALL_DAYS):
            return drop("background")
        out = []
        for act, at, told, act_state, i, partners in self._acts_and_partners(
                page, sent, own, cues, (kind, hit), group, when, state):
            value = later_stop(text, told) if i and act == "visit" else told.value  # 3至6日访问甲国、乙国
            frame = Frame(act, act_state, value, told.source, (at.start, at.end), (sent.start, sent.end),
                          counterpart_office(leaders_of_states(text, at.start, partners, self.gaz.leader_office),
                                             act), date_span=told.span, date_rank=told.rank,
                          sides_listed=listed, counted=told.counted and not page.from_dateline,
                          next_round=next_round)
            # following a phone call: who invited whom before it asked for something else
            told_cues = [c for c in cues if c.start > at.start] if status.came_first(text, at) else cues
            frame.initiators = initiators(text, frame, told_cues, mentions, self.phrases, self.gaz)
            out.append(frame)
        again = told_in_turn(text, out, own, heard) if page.chinese and out else None
        return out + [again] if again else out

    def _acts_and_partners(self, page: Page, sent: Sentence, own: list[Hit], cues: list[Hit],
                           chosen: tuple[str, Hit], group: list[Mention], when: DateChoice, state: str
                           ) -> list[tuple[str, Hit, DateChoice, str, int, list[Mention]]]:
        """Each interaction the sentence tells with its parties and its rank among the partners of one act: one
        per trigger of an English sentence that tells interactions with different people in turn, else the acts
        of `_acts`, each split by partner; a meeting with an organisation's officials is its summit."""
        text, orgs = page.text, self.gaz.org_codes
        seq = [] if page.chinese else in_sequence(own, group)
        if seq:
            acts = [(t.first("trigger").value, t, when, state, [partners]) for t, partners in seq]
        else:
            acts = [(act, at, told, act_state, split_partners(group, cues, text[at.start : at.end], self.separately,
                                                              clause_of(text, sent, at.start), act, text))
                    for act, at, told, act_state in self._acts(page, sent, own, cues, chosen, group, when, state)]
        return [(with_members(act, text, at, partners, page.chinese, orgs), at, told, act_state, i, partners)
                for act, at, told, act_state, lists in acts for i, partners in enumerate(lists)]

    @staticmethod
    def _acts(page: Page, sent: Sentence, live: list[Hit], cues: list[Hit], chosen: tuple[str, Hit],
              group: list[Mention], when: DateChoice, state: str) -> list[tuple[str, Hit, DateChoice, str]]:
        """The interactions the sentence tells, each with its trigger, date and status: the chosen one, and one
        joined to it (會晤並通話: a meeting and a call), what a visit is for (a state visit next week for summit
        talks: a visit and talks; the day the sentence gives is the visit's, the talks take it only as the
        weakest evidence, for a sentence that tells them again to date them), or a visit planned after it
        (will visit China in April after a call with X: the visit is dated and planned in its own clause)."""
        text, (kind, hit) = page.text, chosen
        acts = [(kind, hit, when, state)]
        second = joined_other_mode(text, live, kind, hit, frozenset(k for h in cues for k in h.kinds))
        purpose = None if second is not None or page.chinese else visit_purpose(text, live, kind, hit)
        planned = None if second or purpose or page.chinese else plan_after(text, live, kind, hit)
        if second is not None:
            acts.append((*second, when, state))
        elif purpose is not None:  # the visit's day and status are read at its own trigger
            visit = hit if kind == "visit" else purpose[1]
            day = when if kind == "visit" else _date_evidence(page, sent, visit, cues)
            fallback = rank_date(text, sent, (hit.start, hit.end), [], None, page.ref, page.from_dateline)
            weak = day._replace(source=fallback.source, rank=fallback.rank, counted=False)
            went = state if kind == "visit" else status.clause_status(text, cues, visit, day.value, page.ref_day,
                                                                      day.source == "text")
            talks = weak if kind == "visit" else when._replace(source=fallback.source, rank=fallback.rank,
                                                               counted=False)
            acts = [(kind, hit, day, state), (*purpose, talks, state)] if kind == "visit" else \
                [(kind, hit, talks, state), (*purpose, day, went)]
        elif planned is not None:
            told = _date_evidence(page, Sentence(sent.start, hit.start), planned, cues)  # not the call's day
            acts.append(("visit", planned, told, status.clause_status(
                text, cues, planned, told.value, page.ref_day, told.source == "text")))
        return [(two_sided(k, text[h.start : h.end], group, page.actor_hits, sent), h, d, st)
                for k, h, d, st in acts]

    def _states_as_sides(self, page: Page, sent: Sentence, hit: Hit, kind: str, day: str | None,
                         group: list[Mention]) -> tuple[list[Mention], bool]:
        """Sides the sentence gives as states: their leaders that day (中美元首, past the headline) when no
        person is named, or the states an English trigger lists (talks between envoys from A, B and C, whose
        delegations hold the envoy's office at talks). Returns the parties and whether states were listed."""
        if sent.start > 0 and not any(p.kind == "person" and named(p) for p in group):
            heads = leaders(page.text, sent, hit, page.actor_hits, page.chinese, page.lang, day, self.terms,
                            self.premier_led)
            group = heads + [p for p in group if p.affiliation not in {h.affiliation for h in heads}]
        if page.chinese or len({m.affiliation for m in group}) >= 2:
            return group, False
        office = "envoy" if kind == "talks" else None
        listed = listed_states(page.text, hit, page.actor_hits, office, self.gaz.state_names) \
            or subject_states(page.text, sent, hit, page.actor_hits, office, self.gaz.state_names)
        if not listed:  # `held talks with Iran`: the state they dealt with, not a listing of sides
            return group + state_partner(page.text, hit, page.actor_hits, group, self.gaz.state_names), False
        return listed + [p for p in group if p.affiliation not in {s.affiliation for s in listed}], True

    @staticmethod
    def _dropped_record(d: Dropped, page: Page) -> dict[str, Any]:
        """A dropped frame as stored: reason, type, the trigger's span and the sentence as evidence."""
        return {"reason": d.reason, "type": d.type, "trigger": _span(*d.trigger, page.offset),
                "evidence": page.text[d.sentence[0] : d.sentence[1]].strip()}

    def _record(self, doc: Document, f: Frame, text: str, offset: int) -> dict[str, Any]:
        """A frame as stored: every field with the span (in the headline or the body) it was read from."""
        def span(a: int, b: int) -> dict[str, Any]:
            return _span(a, b, offset)

        participants = []
        for i, m in enumerate(f.parties):
            names = {name_script(m.name, doc.lang): m.name} if m.name else {}
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
            "date_rank": f.date_rank,
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


@component("events", requires=("body", "lang", "spans.date"), assigns=("events", "actor_hits"))
def make_events(settings: Settings, **_):
    """Add `events`: the interaction frames of the document, each field with its span."""
    extractor = EventExtractor(load_gazetteer(settings.extra_lexicons), settings.extra_lexicons)

    def events(doc: Document) -> Document:
        doc.events = extractor(doc)
        return doc

    return events
