"""Who said what, about what, and what was promised, for the events of one document.

A sentence whose opening names a participant (by name, family name, title, or a pronoun for the last
speaker) before a verb of saying starts a statement (`王毅表示，…`, `The President affirmed…`); the
sentences after it in its paragraph, and a next paragraph that names nobody, go on with that speaker.
`双方`, `the two leaders` speak for both sides (`joint`).
Topics come from cue words in statements and the lead; commitments from cue words in sentences, given by
the speaker (or both sides), with any amount of money in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from diplograph.doc import Document
from diplograph.extract.amounts import AmountFinder
from diplograph.extract.events import sentences
from diplograph.extract.gazetteer import Entry, Matcher, load_gazetteer
from diplograph.lexicons import read_rows
from diplograph.merge.identity import fold, is_han, words
from diplograph.registry import component

OPENING_ZH = re.compile(r"[^，,：:。；！？]{0,40}")
SENTENCE_ZH = re.compile(r"[^。；！？]+[。；！？]?")
LEADING_LINK = re.compile(r"^(?:additionally|finally|together|also|meanwhile|in addition|此外|同时|同時|另外)[,，\s]*")
# 秘书长先生还说: adverbs before the verb, then an honorific after a title, are not part of who speaks
HONORIFIC = re.compile(r"(?:先生|女士|閣下|阁下|本人)?(?:还|還|也|则|則|又|再|亦|首先|随后|隨後|最后|最後|同时|同時)*$")
TITLE_WORDS = {"president", "minister", "prime", "vice", "secretary", "general", "foreign", "state"}
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
        self.verbs = _cues([("verb", w) for k, _, w in rows if k == "verb"])
        self.joint = {w.lower() for k, _, w in rows if k == "joint"}
        self.pronouns = {w.lower() for k, _, w in rows if k == "pronoun"}
        self.joint_han = tuple(j for j in self.joint if not j.isascii())
        self.joint_long = tuple(j for j in self.joint if len(j) > 3)  # `the two leaders`: safe inside a sentence
        self.topics = _cues([(t, c) for t, _, c in read_rows("topics.tsv", extra)])
        self.commitments = _cues([(t, c) for t, _, c in read_rows("commitments.tsv", extra)])
        self.amounts = AmountFinder(extra)
        self.gaz = load_gazetteer(extra)

    def __call__(self, doc: Document) -> None:
        body, chinese = doc.body, doc.lang.startswith("zh")
        people = _people(doc.events)
        topics = Hits(self.topics, body)
        commitments = Hits(self.commitments, body)
        statements = self._statements(body, chinese, people, Hits(self.verbs, body))
        for st in statements:
            st["topics"] = _first_cues(topics.within(st["start"], st["end"]))
        lead_end = body.find("\n")
        lead = (doc.title or "") + "\n" + body[: lead_end if lead_end >= 0 else len(body)]
        lead_topics = _first_cues(Hits(self.topics, lead).hits)
        for k, event in enumerate(doc.events):
            own = [st for st in statements if _belongs(st, k)]
            event["statements"] = [{key: v for key, v in st.items() if key != "owner"} for st in own]
            found: dict[str, list[str]] = {}
            for t in [*lead_topics, *(t for st in own for t in st["topics"])]:
                found.setdefault(t["topic"], [])
                if t["cue"] not in found[t["topic"]]:
                    found[t["topic"]].append(t["cue"])
            event["topics"] = sorted(found)
            event["topic_cues"] = found
            event["commitments"] = self._commitments(body, event, own, chinese, commitments) if k == 0 or own else []

    # ---- statements -----------------------------------------------------------------------------
    def _speaker(self, subject: str, people: list[dict[str, Any]], last: dict[str, Any] | None,
                 ) -> dict[str, Any] | str | None:
        """The participant a subject names, "joint", the last speaker for a pronoun, or None."""
        s = HONORIFIC.sub("", LEADING_LINK.sub("", subject.strip(" ，,\"“”「」『』").lower()))
        if not s:
            return None
        if s in self.joint or s.endswith(self.joint_han):
            return "joint"
        if s in self.pronouns:
            return last
        key = fold(s)
        subject_words = words(subject) - TITLE_WORDS if not is_han(s) else set()  # Müller, Rivera: Latin words
        best: tuple[int, int] | None = None  # (where the reference starts in the subject, which participant)
        for i, p in enumerate(people):
            at = None
            for n in p["keys"]:
                if n in key:
                    at = key.index(n)
                elif len(key) == 1 and not key.isascii() and n.startswith(key):
                    at = 0  # 康 for 康京和: a family name alone
                if at is not None:
                    break
            shared = p["words"] & subject_words
            if at is None and shared:
                at = min(s.find(w) for w in shared)
            title = p["title_key"]
            if at is None and len(title) >= 2 and (s.endswith(title) or s == "the " + title):
                at = s.rfind(title)
            if at is not None and (best is None or at < best[0]):
                best = (at, i)
        return people[best[1]] if best else None

    def _statements(self, body: str, chinese: bool, people: list[dict[str, Any]], verb_hits: Hits,
                    ) -> list[dict[str, Any]]:
        """Statements sentence by sentence: a sentence opening with a participant and a verb of saying starts
        one; within its paragraph the sentences after it go on with that speaker (中方感谢… inside 王毅's
        paragraph is still 王毅) until another participant speaks, and a next paragraph that names nobody
        goes on with it too. The body's first sentence is the lead, not a statement."""
        out: list[dict[str, Any]] = []
        last: dict[str, Any] | None = None
        pos = 0
        first = True
        for para in body.split("\n"):
            start, end = pos, pos + len(para)
            pos = end + 1
            if not para.strip():
                continue
            units = [(start + m.start(), start + m.end()) for m in SENTENCE_ZH.finditer(para)] if chinese else \
                [(start + u.start, start + u.end) for u in sentences(para, False)]
            for i, (a, b) in enumerate(units):
                if first:
                    first = False
                    continue  # the lead tells the event; it is not anyone's statement
                text = body[a:b]
                opening = OPENING_ZH.match(text).group() if chinese else text[:160]
                verbs = verb_hits.within(a, a + len(opening))
                speaker = None
                if verbs:
                    _, _, v0, _ = verbs[0]
                    speaker = self._speaker(opening[:v0], people, last)
                    if speaker is None and not chinese:  # `In light of …, Vice President Harris announced`
                        speaker = self._speaker(opening[:v0].rsplit(",", 1)[-1], people, last)
                going_on = out and _adjacent(body, out[-1]["end"], a)
                if speaker is None and going_on and (i > 0 or not verbs):
                    speaker = out[-1]["owner"]
                if speaker is None:
                    continue
                a2, b2 = _trim(body, a, b)
                if going_on and out[-1]["owner"] is speaker and body[out[-1]["end"]:a2].count("\n") == 0:
                    out[-1]["end"], out[-1]["text"] = b2, body[out[-1]["start"]:b2]  # one span per run of speech
                    continue
                out.append({"speaker_seq": None if speaker == "joint" else speaker["seq"],
                            "speaker_event": None if speaker == "joint" else speaker["event"],
                            "joint": speaker == "joint", "text": body[a2:b2], "start": a2, "end": b2,
                            "owner": speaker})
                last = speaker if speaker != "joint" else last
        return out

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


def _adjacent(body: str, end: int, start: int) -> bool:
    """Whether only white space (one line break at most) separates a statement's end from a new unit."""
    gap = body[end:start]
    return not gap.strip() and gap.count("\n") <= 1


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a].isspace():
        a += 1
    while b > a and body[b - 1].isspace():
        b -= 1
    return a, b


def _people(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every participant of the document's events who can speak, with the event and seq it has there and
    the keys a subject is matched on (folded names, the words of Latin names, the title)."""
    out = []
    for k, e in enumerate(events):
        for seq, p in enumerate(e["participants"]):
            names = list(p["name"].values())
            out.append({**p, "event": k, "seq": seq, "keys": [n for n in map(fold, names) if n],
                        "words": set().union(*(words(n) for n in names if not is_han(n))) - TITLE_WORDS,
                        "title_key": (p.get("title") or "").lower()})
    # people before states: a name or title says more than a country
    return sorted(out, key=lambda p: p.get("kind") == "state")


def _belongs(st: dict[str, Any], k: int) -> bool:
    """A statement belongs to its speaker's event (the k-th of the document); a joint one to the first."""
    return k == 0 if st["joint"] else st["speaker_event"] == k


@component("statements", requires=("events", "body"), assigns=("events",))
def make_statements(settings=None, **_):
    """Add statements (speaker, verbatim span), topics (with their cue words) and commitments to each event."""
    finder = StatementFinder(settings.extra_lexicons if settings else "")

    def statements(doc: Document) -> Document:
        if doc.events:
            finder(doc)
        return doc

    return statements
