"""Who said what, about what, and what was promised, for the events of one document.

Who says each sentence comes from attribution.py; here its runs become one statement per run of one
speaker's words, attached to the event whose participants speak (the last one told before the words).
Topics come from cue words in statements and the lead; commitments from cue words in sentences, given by
the speaker (or both sides), with any amount of money in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from diplograph.doc import Document
from diplograph.extract.amounts import AmountFinder
from diplograph.extract.attribution import Attributor, people_of, quoted_words
from diplograph.extract.events import sentences
from diplograph.extract.gazetteer import Entry, Matcher, load_gazetteer
from diplograph.lexicons import read_rows
from diplograph.registry import component

SENTENCE_ZH = re.compile(r"[^。；！？]+[。；！？]?")
DELIVERED = re.compile(r"已经|已經|已向|已为|已為|\bhas\b|\bhave\b|\bhad\b|provided|delivered|donated|sent")
TO_WORDS = re.compile(r"(?:向|为|為|给|給|\bto\b|\bfor\b)\s*$")


def _cues(rows: list[tuple[str, str]]) -> Matcher:
    """A case-free matcher of cue phrases (`rows`: label, phrase); each hit's entry value is its label."""
    return Matcher([(cue, Entry("cue", label)) for label, cue in rows], ignore_case=True)


class Hits:
    """The cue hits of one text as (label, cue as written, start, end), looked up by range: one automaton
    pass serves every sentence."""

    def __init__(self, matcher: Matcher, text: str) -> None:
        self.hits = [(h.entries[0].value, text[h.start:h.end], h.start, h.end) for h in matcher.find(text)]
        self.starts = [h[2] for h in self.hits]

    def within(self, a: int, b: int) -> list[tuple[str, str, int, int]]:
        """Hits starting in [a, b) and ending by b, with offsets relative to a."""
        i, j = bisect_left(self.starts, a), bisect_left(self.starts, b)
        return [(lab, cue, s - a, e - a) for lab, cue, s, e in self.hits[i:j] if e <= b]


class StatementFinder:
    """Attaches statements, topics and commitments to the events of a document."""

    def __init__(self, extra: str = "") -> None:
        rows = read_rows("speech.tsv", extra)
        self.verbs = _cues([(k, w) for k, _, w in rows if k in ("verb", "noun")])
        self.joint = {w.lower() for k, _, w in rows if k == "joint"}
        self.pronouns = {w.lower() for k, _, w in rows if k == "pronoun"}
        self.joint_long = tuple(j for j in self.joint if len(j) > 3)  # `the two leaders`: safe inside a sentence
        self.topics = _cues([(t, c) for t, _, c in read_rows("topics.tsv", extra)])
        self.commitments = _cues([(t, c) for t, _, c in read_rows("commitments.tsv", extra)])
        self.amounts = AmountFinder(extra)
        self.gaz = load_gazetteer(extra)
        sources = [w for k, _, w in rows if k == "source"]
        self.attributor = Attributor(self.joint, self.pronouns, sources, self.gaz)

    def __call__(self, doc: Document) -> None:
        body, chinese = doc.body, doc.lang.startswith("zh")
        people = people_of(doc.events)
        topics = Hits(self.topics, body)
        commitments = Hits(self.commitments, body)
        statements = self._statements(body, chinese, people, Hits(self.verbs, body))
        self._attach(statements, doc.events, people)
        for st in statements:
            st["topics"] = _first_cues(topics.within(st["start"], st["end"]))
        lead_end = body.find("\n")
        lead = (doc.title or "") + "\n" + body[: lead_end if lead_end >= 0 else len(body)]
        lead_topics = _first_cues(Hits(self.topics, lead).hits)
        for k, event in enumerate(doc.events):
            own = [st for st in statements if st["event"] == k]
            event["statements"] = [{key: v for key, v in st.items() if key not in ("owner", "event")}
                                   for st in own]
            found: dict[str, list[str]] = {}
            for t in [*lead_topics, *(t for st in own for t in st["topics"])]:
                found.setdefault(t["topic"], [])
                if t["cue"] not in found[t["topic"]]:
                    found[t["topic"]].append(t["cue"])
            event["topics"] = sorted(found)
            event["topic_cues"] = found
            event["commitments"] = self._commitments(body, event, own, chinese, commitments) if k == 0 or own else []

    # ---- statements -----------------------------------------------------------------------------
    def _statements(self, body: str, chinese: bool, people: list[dict[str, Any]], verb_hits: Hits,
                    ) -> list[dict[str, Any]]:
        """One statement per run of one speaker's words inside a paragraph (see attribution.py): a unit with
        its own attribution starts a run, units that name nobody go on with it, a narrative sentence or
        someone else's words end it. A paragraph goes on with the last speaker only when it opens with an
        unattributed quotation or is a list item after a line that announced it (`提出4点建议：`). The
        body's first sentence is the lead, not a statement."""
        out: list[dict[str, Any]] = []
        verbs = [(h[2], h[3]) for h in verb_hits.hits if h[0] == "verb"]
        starts = [v[0] for v in verbs]
        last: Any = None  # the last participant named: who `he`/`他` is
        prev: Any = None  # the speaker whose run the next unit may go on with
        lead = True
        pos = 0
        for para in body.split("\n"):
            start, end = pos, pos + len(para)
            pos = end + 1
            if not para.strip():
                continue
            kind = self.attributor.paragraph_kind(para)
            if kind == "furniture":
                prev = None
                continue
            if kind != "list" or not out or not body[:start].rstrip().endswith(("：", ":")):
                prev_para, prev = prev, None
            else:
                prev_para = prev
            for whole in self.attributor.units(body, start, end, chinese):
                if lead:
                    lead = False
                    continue  # the lead tells the event; it is not anyone's statement
                for u in self.attributor.attribute(body, whole, chinese, people, last, starts, verbs):
                    if u.state == "quote" and prev is None and u.start == start:
                        prev = prev_para  # `"We both accepted…"` after a paragraph of the same speaker's words
                    if u.state in ("other", "narrative"):
                        last = u.who if isinstance(u.who, dict) else last
                        prev = None
                        continue
                    who = u.who if u.state == "speech" else prev
                    if who is None:
                        continue
                    going_on = prev is who and bool(out) and start <= out[-1]["start"]
                    quoted = None if chinese else quoted_words(body[u.start:u.end])
                    a, b = (u.start + quoted[0], u.start + quoted[1]) if quoted else (u.start, u.end)
                    self._extend(out, body, a, b, who, going_on)
                    prev = who
                    if who != "joint":
                        last = who
        return out

    @staticmethod
    def _extend(out: list[dict[str, Any]], body: str, a: int, b: int, who: Any, going_on: bool) -> None:
        """Add body[a:b] to the speaker's run when it goes on in the same paragraph, else start a new one."""
        a, b = _trim(body, a, b)
        if going_on:
            out[-1]["end"], out[-1]["text"] = b, body[out[-1]["start"]:b]
        else:
            out.append({"joint": who == "joint", "text": body[a:b], "start": a, "end": b, "owner": who})

    def _attach(self, statements: list[dict[str, Any]], events: list[dict[str, Any]],
                people: list[dict[str, Any]]) -> None:
        """Give each statement the event it belongs to: of the events its speaker takes part in (all of
        them for a joint statement), the last one told before it, else the first."""
        told = [_event_start(e) for e in events]
        for st in statements:
            owner = st["owner"]
            if owner == "joint":
                mine = [k for k, e in enumerate(events) if len(e["participants"]) > 1] or [0]
            else:
                same = [p for p in people if p["affiliation"] == owner["affiliation"]
                        and (set(p["keys"]) & set(owner["keys"]) or p is owner)]
                mine = sorted({p["event"] for p in same})
            before = [k for k in mine if told[k] <= st["start"]]
            k = max(before, key=lambda k: told[k]) if before else mine[0]
            st["event"] = k
            if owner == "joint":
                st["speaker_seq"] = st["speaker_event"] = None
            else:
                p = next((p for p in people if p["event"] == k and p["affiliation"] == owner["affiliation"]
                          and (set(p["keys"]) & set(owner["keys"]) or p is owner)), owner)
                st["speaker_seq"], st["speaker_event"] = p["seq"], p["event"]

    # ---- topics and commitments ------------------------------------------------------------------
    def _recipients(self, text: str, by: list[str]) -> list[str]:
        """Sides named right after 向/为/to in the sentence (向世卫组织捐款: the WHO receives)."""
        out = []
        for h in self.gaz.actors.find(text):
            entry = h.first("country", "org", "short")
            if entry and entry.value not in by and TO_WORDS.search(text[max(0, h.start - 4):h.start]):
                out.append(entry.value)
        return list(dict.fromkeys(out))

    def _commitments(self, body: str, event: dict[str, Any], own: list[dict[str, Any]], chinese: bool,
                     cue_hits: Hits) -> list[dict[str, Any]]:
        sides = list(dict.fromkeys(p["affiliation"] for p in event["participants"]))
        spans = [(st["start"], st["end"], st) for st in own]
        lead_end = body.find("\n")
        spans.append((0, lead_end if lead_end >= 0 else len(body), None))
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, int]] = set()
        for a, b, st in spans:
            if not cue_hits.within(a, b):
                continue  # most statements promise nothing: no need to cut them into sentences
            units = [(m.start(), m.end()) for m in SENTENCE_ZH.finditer(body, a, b)] if chinese else \
                [(a + u.start, a + u.end) for u in sentences(body[a:b], False)]
            for u0, u1 in units:
                text = body[u0:u1]
                for kind, cue, _, _ in cue_hits.within(u0, u1):
                    if (kind, u0) in seen:
                        continue
                    seen.add((kind, u0))
                    low = text.lower()
                    joint = bool(st and st["joint"]) or any(j in low for j in self.joint_long) \
                        or any(w in text for w in ("双方", "雙方", "两国", "兩國", "共同", "together"))
                    if joint:
                        by = sides
                    elif st is not None:
                        by = [st["owner"]["affiliation"]]
                    else:
                        by = sides[:1]
                    to = [] if joint else (self._recipients(text, by) or [s for s in sides if s not in by])
                    amounts = self.amounts.find(text)
                    money = amounts[0] if amounts and kind in ("aid", "donation", "procurement") else None
                    out.append({"type": kind, "by": by, "to": to, "text": text.strip(), "cue": cue,
                                "amount": money.value if money else None,
                                "currency": money.currency if money else None,
                                "delivered": bool(DELIVERED.search(text)), "start": u0, "end": u1})
        return out


def _first_cues(hits: list[tuple[str, str, int, int]]) -> list[dict[str, str]]:
    """Each topic once, with the first cue word that gave it."""
    seen: dict[str, dict[str, str]] = {}
    for topic, cue, _, _ in hits:
        seen.setdefault(topic, {"topic": topic, "cue": cue})
    return list(seen.values())


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


def _event_start(event: dict[str, Any]) -> int:
    """Where the body first tells of an event (-1 when only the title does)."""
    span = (event.get("spans") or {}).get("sentence") or {}
    return span.get("start", -1) if span.get("field") == "body" else -1


@component("statements", requires=("events", "body"), assigns=("events",))
def make_statements(settings=None, **_):
    """Add statements (speaker, verbatim span), topics (with their cue words) and commitments to each event."""
    finder = StatementFinder(settings.extra_lexicons if settings else "")

    def statements(doc: Document) -> Document:
        if doc.events:
            finder(doc)
        return doc

    return statements
