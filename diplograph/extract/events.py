"""Event frames: every diplomatic interaction a document reports, from its headline and body.

A sentence holding a trigger (通电话, 会见, held talks...) and parties of at least two affiliations gives an
event. Each decision has its own module: the page every sentence is read against (`event_page`), which clauses
of a sentence tell acts of their own (`event_clauses`), what one sentence tells (`event_sentence`), the trigger
and type (`event_trigger`), background vs news (`event_background`), status (`event_status`), parties
(`event_parties`), the date and how specific it is (`event_date`), the initiator (`event_initiator`), one event
per interaction (`event_join`) and what later sentences tell of a frame (`event_passes`). A frame considered and
left out is kept with its reason (`doc.dropped`). Every field keeps the span it came from.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from typing import Any

from diplograph.config import Settings
from diplograph.doc import Document
from diplograph.extract import event_background as background
from diplograph.extract.actors import Mention, find_mentions
from diplograph.extract.en_parties import told_together
from diplograph.extract.event_clauses import clause_reading, own_clauses
from diplograph.extract.event_frame import Dropped, Frame, Sentence, bylines, named, sentences
from diplograph.extract.event_join import join_page_frames
from diplograph.extract.event_page import Page, dateline_state, home_affiliation, read_page
from diplograph.extract.event_parties import (
    delegation_leaders,
    envoys_for_delegations,
    hosts_met_elsewhere,
    unmarked_home,
)
from diplograph.extract.event_passes import (
    RETOLD,
    dates_told_after,
    headline_leaders,
    initiators_told_after,
    local_days,
    name_bare_heads,
    name_home_side,
    visit_hosts,
)
from diplograph.extract.event_sentence import SentenceReader
from diplograph.extract.event_trigger import (
    calls_told_as_messages,
    conferences,
    names_into_triggers,
    talks_told_after,
    video_told_after,
)
from diplograph.extract.gazetteer import Hit, load_gazetteer
from diplograph.extract.names import NAME_THEN_RECENTLY, name_script
from diplograph.extract.zh_partners import carry_subject
from diplograph.registry import component

__all__ = ["EventExtractor", "make_events", "sentences"]  # statements splits sentences the same way


def _span(a: int, b: int, offset: int) -> dict[str, Any]:
    """A span of the combined headline-and-body text as a span of the field it lies in. A sentence that is the
    whole headline runs into the "\n" that joins it to the body: it is clipped to the headline."""
    if a < offset:
        return {"field": "title", "start": a, "end": min(b, offset - 1)}
    return {"field": "body", "start": a - offset, "end": b - offset}


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


class EventExtractor(SentenceReader):
    """Finds the event frames of one document: reads each sentence, then passes over the page's frames."""

    def _clause_frames(self, page: Page, sent: Sentence, triggers: list[Hit], cues: list[Hit],
                       mentions: list[Mention], dropped: list[Dropped], frames: list[Frame]) -> list[Frame]:
        """The news frames of one sentence, added to the page's `frames`; a Chinese sentence telling acts in
        clauses of their own (甲将访华，乙将访问甲国) is read clause by clause. Returns all frames it told."""
        clauses = own_clauses(page.text, sent, triggers, mentions, self.gaz.contracted) if page.chinese else [sent]
        told = []
        for clause in clauses:
            if len(clauses) == 1:  # the whole sentence (most): its triggers and cues as they are
                own, span, heard, near = triggers, sent, mentions, cues
            else:
                own = [h for h in triggers if clause.start <= h.start < clause.end]
                span, heard = clause_reading(page.text, sent, clause, own[0], mentions)
                near = [h for h in cues if span.start <= h.start < span.end]
            found = self._frames(page, span, own, near, heard, dropped)
            frames += self._news_only(page, span, found, dropped, frames)
            told += found
        return told

    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        """The document's event frames as records; what was left out goes to `doc.dropped`."""
        frames, dropped, page = self.frames(doc)
        doc.actor_hits = (page.offset, page.actor_hits) if page else (0, [])  # statements read them again
        doc.dropped = [self._dropped_record(d, page) for d in dropped] if page else []
        return _distinct_ids([self._record(doc, f, page.text, page.offset) for f in frames]) if page else []

    def _cue_hits(self, text: str) -> list[Hit]:
        """The cue words of the text, none in a reporter's byline, with an organisation's conference a summit."""
        cut = bylines(text)
        # 某某明日前在河内: 明 ends the name and 日前 is recently, so no 明日 (tomorrow) there
        hits = [h for h in self.gaz.cues.find(text) if not NAME_THEN_RECENTLY.match(text, h.start)]
        if cut:  # a reporter's name in a byline holds no cue word
            hits = [h for h in hits if not any(a <= h.start < b for a, b in cut)]
        return conferences(text, hits, self.gaz)

    def frames(self, doc: Document) -> tuple[list[Frame], list[Dropped], Page | None]:
        """The frames of the document, the frames dropped with their reasons, and the page they were read on."""
        title = doc.title or ""
        text = title + "\n" + doc.body
        cue_hits = self._cue_hits(text)
        if not any("trigger" in h.kinds for h in cue_hits):
            return [], [], None  # every frame needs a trigger: a page without one costs no actor search
        actor_hits = self.gaz.actors.find(text)
        home = home_affiliation(doc, self.gaz, text, actor_hits)
        cue_hits = names_into_triggers(text, cue_hits, actor_hits, self.gaz)  # 副总理何立峰会见: 会见, not 峰会
        page = read_page(doc, text, len(title) + 1, home, actor_hits, dateline_state(doc, self.gaz, home))
        mentions = find_mentions(text, page.actor_hits, cue_hits, self.gaz, home, page.ref, page.chinese)
        if home is None and not page.chinese:
            unmarked_home(text, [h for h in page.actor_hits if h.end < page.offset], mentions)
        frames: list[Frame] = []
        dropped: list[Dropped] = []
        # hits and mentions come sorted by start: each sentence takes its share by bisection
        cue_starts, mention_starts = [h.start for h in cue_hits], [m.start for m in mentions]
        all_sentences = page.sentences = sentences(text, page.chinese)
        last: tuple[Mention | None, bool] = (None, False)  # the last subject named (她, 随后与 carry it on)
        for sent in all_sentences:
            here = cue_hits[bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)]
            triggers = [h for h in here if "trigger" in h.kinds]
            if not triggers and not page.chinese and text.find(" and ", sent.start, sent.end) < 0:
                continue  # an English sentence carries no subject on: one without a trigger tells at most a pair
            in_sent = mentions[bisect_left(mention_starts, sent.start) : bisect_left(mention_starts, sent.end)]
            if page.chinese:
                in_sent, last = carry_subject(text, sent, in_sent, last)
            if not triggers:
                together = None if page.chinese else told_together(text, sent, in_sent)
                if together:  # `A and B agreed Monday…`: whom `the two leaders` name next
                    page.pair = together
                    if sent.start < page.lead_end:
                        headline_leaders(text, frames, together)
                continue
            cues = [h for h in here if "trigger" not in h.kinds]
            found = self._clause_frames(page, sent, triggers, cues, in_sent, dropped, frames)
            page.series = next((f.parties for f in reversed(found) if f.type == "talks"), page.series)
            page.hosts.update(visit_hosts(text, found, page.ref_day))
            page.pair = next((f.parties for f in reversed(found) if len({p.affiliation for p in f.parties}) == 2
                              and all(p.kind == "person" and named(p) for p in f.parties)), page.pair)
        frames = background.not_the_headlines_news(frames, dropped, text)
        frames = join_page_frames(frames, text, self.gaz.org_codes, dropped)
        if not page.chinese:
            envoys_for_delegations(text, frames, mentions, all_sentences)
            hosts_met_elsewhere(frames)
        else:
            delegation_leaders(text, frames, mentions)
        local_days(page, frames, self.zones)
        dates_told_after(page, frames, dropped)
        video_told_after(frames, dropped, RETOLD)
        talks_told_after(text, frames, dropped)
        frames = calls_told_as_messages(text, frames)
        initiators_told_after(page, all_sentences, frames, mentions, dropped, self.phrases, self.gaz)
        name_home_side(page, mentions, frames, self._reporter)
        if not page.chinese:
            name_bare_heads(frames, self.terms, page.ref)
        return frames, dropped, page
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
