"""Who said what, about what, and what was promised, for the events of one document.

Who says each sentence comes from attribution.py; here its runs become one statement per run of one
speaker's words, attached to the event whose participants speak (of those, one where the person the words
name takes part, else the last one told before the words).
Topics weigh the cue words of an event's statements and the lead (topics.py); the page's first event, the
one the page is about, weighs all the page says save third parties' words. Commitments: commitments.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import islice
from typing import Any

from diplograph.doc import Document
from diplograph.extract.attribution import Attributor, Unit
from diplograph.extract.body_hits import BodyHits
from diplograph.extract.commitments import CommitmentFinder
from diplograph.extract.events import sentences
from diplograph.extract.gazetteer import Entry, Matcher, load_gazetteer
from diplograph.extract.names import fold
from diplograph.extract.speech_forms import people_of, quoted_words, turn_starts
from diplograph.extract.topics import TopicFinder, accepted, weigh
from diplograph.lexicons import read_rows
from diplograph.registry import component

# where a paragraph ends: a line break, or the ideographic spaces that open a paragraph inside a flattened line
# (the look-behind comes after the first space, so that every branch opens with a character re can scan for)
CLAUSE_END_ZH = re.compile(r"[，。；]")
ASIDE = re.compile(r"\s*[（(][^（()）]{0,40}[）)]|[^（()），。]{0,40}?[）)]")  # a bracket after a name, or its rest
PARAGRAPH = re.compile(r"\n|\u3000(?<=[。！？”」]\u3000)\u3000+")
QUOTATION = re.compile(r"[\"“][^\"“”\n]{12,}[\"”]")  # a quoted sentence or phrase of some length
# `…, U.S. President A said on Monday.`: a closing clause that only credits the words before it, none of its own
# (after its verb, only where and when: `in a statement`, `on X`, `late Monday`)
BARE_ATTRIBUTION = re.compile(r"[^,;:\"“”]{1,80}?\b(?:said|says|told reporters|added|announced|confirmed|stated)\b"
                              r"(?:\s+(?:on|in|at|late|early|a|an|statement|readout|briefing|[A-Z][\w.]*|\d+))*\s*[.!]?\s*$")
# a sentence's end: not the dot of an initial or a title (U.S., Mr.), which ends no sentence (the stop opens the
# match and looks back at the word it ends: a pattern opening with a look-behind is tried at every position)
SENTENCE_END = re.compile(r"[。！？]|[.!?](?<![A-Z].)(?<!\bMrs.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?=\s)")
LEAD_SENTENCES = 2  # a lead tells the news in a sentence or two
# date kinds (dates.py) that name one day: a statement told as said on another day is not the event's
DAY_KINDS = frozenset({"zh_ymd", "zh_han_ymd", "zh_md", "zh_d", "zh_han_md", "zh_han_d", "en_md", "en_dm", "en_mdy",
                       "en_dmy", "en_d", "en_wd", "zh_wd", "zh_rel_wd"})


def _verb_hits(matcher: Matcher, text: str) -> list[tuple[int, int]]:
    """(start, end) of each verb of saying in `text`; a `noun` row (欢迎仪式) wins its match and is dropped."""
    return [(h.start, h.end) for h in matcher.find(text) if h.entries[0].value == "verb"]


class StatementFinder:
    """Attaches statements, topics and commitments to the events of a document."""

    def __init__(self, extra: str = "") -> None:
        rows = read_rows("speech.tsv", extra)
        self.verbs = Matcher([(w, Entry("cue", k)) for k, _, w in rows if k in ("verb", "noun")], ignore_case=True)
        self.joint = {w.lower() for k, _, w in rows if k == "joint"}
        self.pronouns = {w.lower() for k, _, w in rows if k == "pronoun"}
        self.topics = TopicFinder(extra)
        self.gaz = load_gazetteer(extra)
        # `the two leaders`: safe inside a sentence (`they`, `两国` are not)
        self.commitments = CommitmentFinder(tuple(j for j in self.joint if len(j) > 3), extra)
        sources = [w for k, _, w in rows if k == "source"]
        thirds = [w for k, _, w in rows if k == "third"]
        ends = tuple(w for k, _, w in rows if k == "end")
        initials: dict[str, str] = {}
        for code, lang, name in read_rows("countries.tsv", extra):
            if lang.startswith("zh") and name:
                initials[code] = initials.get(code, "") + name[0]
        self.attributor = Attributor(self.joint, self.pronouns, sources, thirds, self.gaz, ends, initials)

    def __call__(self, doc: Document) -> None:
        body, chinese = doc.body, doc.lang.startswith("zh")
        people = people_of(doc.events, body)
        topic_hits = self.topics.hits(body)
        topic_starts = [h[0] for h in topic_hits]  # each statement and event weighs them over its own spans
        # the lead's cues are found right after the body's, while the topic lexicon's automaton is still in the
        # processor's caches: found after attribution, the lead's few characters took about a third longer
        lead = (doc.title or "") + "\n" + _lead(body)
        lead_hits = self.topics.hits(lead)
        lead_found = {t: (max(w for _, _, t2, w in lead_hits if t2 == t), cues)  # the lead names, it does not argue:
                      for t, (_, cues) in weigh(lead_hits, lead, [(0, len(lead))]).items()}  # its best cue counts once
        offset, hits = doc.actor_hits
        lexicon = BodyHits(body, hits if hits else self.gaz.actors.find(body), offset if hits else 0,
                           self.gaz.actors)
        days = [(d.start, d.end, d.attrs["value"]) for d in doc.spans.get("date", [])
                if d.attrs.get("kind") in DAY_KINDS]
        event_days = {e["date"] for e in doc.events if e.get("date")}
        english = None if chinese else sentences(body, False)  # units and commitments read them both
        reading = self.attributor.reading(lexicon, days, event_days, {e["type"] for e in doc.events}, english,
                                          doc.line_infos)
        told = [_event_start(e) for e in doc.events]
        statements, others = self._statements(reading, body, chinese, people,
                                              _verb_hits(self.verbs, body), max(told[0], 0))
        if not chinese:
            statements = _quotes_run_on(body, statements, others)
        self._attach(statements, doc.events, people, told, body, chinese)
        for st in statements:
            found = accepted(weigh(topic_hits, body, [(st["start"], st["end"])], topic_starts),
                             st["end"] - st["start"])
            st["topic_cues"] = found  # the exchange format's topic strings, and beside them the words that told them
            st["topics"] = sorted(found)
        for k, event in enumerate(doc.events):
            own = [st for st in statements if st["event"] == k]
            event["statements"] = [{key: v for key, v in st.items() if key not in ("owner", "event")}
                                   for st in own]
            spans = [(st["start"], st["end"]) for st in own]
            if k == 0:  # the page's own event: everything it tells, save what third parties say
                spans = _outside(len(body), others)
            found = weigh(topic_hits, body, spans, topic_starts)
            for t, (score, cues) in lead_found.items():
                have = found.get(t, (0, []))
                found[t] = (have[0] + score, have[1] + [c for c in cues if c not in have[1]])
            sides = {p["affiliation"] for p in event["participants"] if p.get("affiliation")}
            event["topic_cues"] = accepted(found, len(lead) + sum(b - a for a, b in spans), self.topics.bars(sides))
            event["topics"] = sorted(event["topic_cues"])
        promised = self.commitments.find(lexicon, chinese, doc.events, statements, told, others, english)
        for event, found in zip(doc.events, promised):
            event["commitments"] = found

    # ---- statements -----------------------------------------------------------------------------
    @staticmethod
    def _statements(attributor: Attributor, body: str, chinese: bool, people: list[dict[str, Any]],
                    verbs: list[tuple[int, int]], told_at: int,
                    ) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
        """One statement per run of one speaker's words inside a paragraph (see attribution.py): a unit with
        its own attribution starts a run, units that name nobody go on with it, a narrative sentence or
        someone else's words end it. A paragraph goes on with the last speaker only when it opens with an
        unattributed quotation or is a list item after a line that announced it (`提出4点建议：`). The
        lead is no statement: the body's first sentence, and the next one when it is the one that tells the
        page's event (at `told_at`; a photo caption may come first). Also returns the spans credited to others."""
        runs = _Runs(attributor, body, chinese, people, verbs)
        out, others = runs.out, runs.others
        starts = [v[0] for v in verbs]
        lead, listing = "first", False
        speaking: Any = None  # the speaker of a transcript's last turn
        for start, end in _paragraphs(attributor, body, chinese, people, verbs):
            kind = attributor.paragraph_kind(body[start:end], body)
            if kind == "furniture":
                runs.prev = speaking = None
                continue
            turn = attributor.turn(body, start, end, chinese, people, speaking, verbs) if lead != "first" else None
            if turn is not None:  # a transcript: `Vladimir Putin: …`, and the paragraphs his turn goes on with
                speaking = runs.prev = StatementFinder._take_turn(out, others, body, end, turn)
                runs.last, lead = speaking or runs.last, ""
                continue
            speaking = None
            # the items of a list a speaker announced (`提出三点建议：`) go on with that speaker
            listing = kind == "list" and (listing or body[:start].rstrip().endswith(("：", ":")))
            prev_para, runs.prev = (runs.prev, runs.prev) if listing else (runs.prev, None)
            for whole in attributor.units(body, start, end, chinese, verbs):
                # the lead tells the event; it is not anyone's statement, save the speech that follows right
                # on its telling (`…举行会谈，李在明表示…`); `he` after it is its subject
                if lead == "first" or (lead == "next" and whole.start <= told_at < whole.end):
                    lead = "next" if lead == "first" and whole.end <= told_at else ""  # a caption came first
                    runs.last, lines = _lead_lines(attributor, body, whole, chinese, people, starts, verbs)
                else:
                    lead = ""
                    # `he` right after someone else's words is that someone, not the last participant
                    # (in Chinese, also when the last words told were someone else's: 發言人說…。習近平將…。他表示)
                    said_last = others and (others[-1][1] >= whole.start - 2
                                            or (chinese and others[-1][1] > (out[-1]["end"] if out else -1)))
                    he = None if said_last else runs.last
                    lines = attributor.attribute(body, whole, chinese, people, he, starts, verbs)
                runs.take(lines, start, prev_para)
        return out, others

    @staticmethod
    def _take_turn(out: list[dict[str, Any]], others: list[tuple[int, int]], body: str, end: int,
                   turn: tuple[Any, int]) -> Any:
        """Record a transcript's turn ending at `end`; its speaker, or None when it is someone else's."""
        who, at = turn
        if who == "other":
            others.append((at, end))
            return None
        StatementFinder._extend(out, body, at, end, who, False)
        return who

    @staticmethod
    def _extend(out: list[dict[str, Any]], body: str, a: int, b: int, who: Any, going_on: bool) -> None:
        """Add body[a:b] to the speaker's run when it goes on in the same paragraph, else start a new one."""
        a, b = _trim(body, a, b)
        if going_on:
            out[-1]["end"], out[-1]["text"] = b, body[out[-1]["start"]:b]
        else:
            out.append(_statement(body, a, b, who))

    @staticmethod
    def _attach(statements: list[dict[str, Any]], events: list[dict[str, Any]], people: list[dict[str, Any]],
                told: list[int], body: str, chinese: bool) -> None:
        """Give each statement the event it belongs to: of the events its speaker takes part in (all of
        them for a joint statement) and, when the words name someone of the other side, of those where that
        one takes part, the last one told before it, else the first; an event where the speaker meets people
        goes before one where he only faces countries (a trip told in passing), and one that took place before
        one still planned (words are said at a call or meeting, not at a visit yet to come)."""
        selves: dict[int, list[dict[str, Any]]] = {}  # per speaker, the participants who are he (read once)
        opens: list[int] = []  # where the body's sentences open: split once a statement has a choice of events
        for st in statements:
            owner = st["owner"]
            if owner == "joint":  # what both sides put their names to is the page's agreement, when it tells one
                mine = [k for k, e in enumerate(events) if len(e["participants"]) > 1] or [0]
                mine = [k for k in mine if events[k]["type"] == "agreement"] or mine
                if len(mine) > 1:  # 甲与乙的通话…，双方同意…: of the events, the one whose people its sentence names
                    mine = _most_named(_sentence_to(body, st, opens, chinese), people, mine)
            else:
                same = selves.get(id(owner))
                if same is None:
                    same = selves[id(owner)] = [p for p in people if p["affiliation"] == owner["affiliation"]
                                                and (set(p["keys"]) & set(owner["keys"]) or p is owner)]
                mine = sorted({p["event"] for p in same})
            side = "" if owner == "joint" else owner["affiliation"]
            if len(mine) > 1:  # `川普接待莫迪时表示`: the event of the one he speaks to, when the words name him
                # or the sentence names him before them (会见乙时，甲表示…); folding costs: only when there is a choice
                text = _sentence_to(body, st, opens, chinese)
                mine = [k for k in mine if _names_other(text, people, k, side)] or mine
            before = [k for k in mine if told[k] <= st["start"]]
            k = max(before, key=lambda k: (_own_words(events[k], side), _meets(events[k], side),
                                           events[k].get("status") != "planned", told[k])) if before else mine[0]
            st["event"] = k
            if owner == "joint":
                st["speaker_seq"] = st["speaker_event"] = None
            else:
                p = next((p for p in same if p["event"] == k), owner)
                st["speaker_seq"], st["speaker_event"] = p["seq"], p["event"]


class _Runs:
    """The statements of a body as they are found, and who the next words may belong to: the speaker whose run
    they may go on with, the last participant named (who `he`/`他` is), whether the run is of quoted words."""

    def __init__(self, attributor: Attributor, body: str, chinese: bool, people: list[dict[str, Any]],
                 verbs: list[tuple[int, int]]) -> None:
        self.attributor, self.body, self.chinese, self.people, self.verbs = attributor, body, chinese, people, verbs
        self.out: list[dict[str, Any]] = []
        self.others: list[tuple[int, int]] = []  # words credited to someone who is no participant
        self.last: Any = None  # the last participant named: who `he`/`他` is
        self.prev: Any = None  # the speaker whose run the next unit may go on with
        self.quoting = False  # the run going on is of quoted words: unquoted words after them are the reporter's
        # news prose quotes its speakers and credits each sentence it reports: there a sentence that names no
        # speaker is the reporter's, while a readout goes on with the speaker it named
        self.news = not chinese and len(list(islice(QUOTATION.finditer(body), 2))) == 2  # two are enough to know

    def take(self, lines: list[Unit], start: int, prev_para: Any) -> None:
        """Credit a unit's clauses (`lines`) in a paragraph starting at `start`; `prev_para` is the speaker whose
        run the paragraph before ended with."""
        body, chinese = self.body, self.chinese
        for u in lines:
            if u.state == "quote" and self.prev is None and u.start == start:
                self.prev = prev_para  # `"We both accepted…"` after a paragraph of the same speaker's words
            if u.state == "other" and not chinese:  # `a spokesman said: "The Secretary stressed…"`
                named = self.attributor.quoted_speaker(body, u, self.people, self.last, self.verbs)
                u.state, u.who = ("speech", named) if named is not None else (u.state, u.who)
            if u.state == "other":
                self.others.append((u.start, u.end))
            if u.state in ("other", "narrative"):
                self.last = u.who if isinstance(u.who, dict) else self.last
                self.prev = None
                continue
            if u.state == "none" and (self.quoting or self.news):
                self.prev = None  # `"…," he wrote. The two leaders spent…`: after quoted words, the reporter's
                continue
            who = u.who if u.state == "speech" else self.prev
            if who is None:
                continue
            a, b, who = _span(self.attributor, body, u, chinese, who, self.people, self.last, self.verbs)
            self.quoting = not chinese and (u.state == "quote" or quoted_words(body[u.start:u.end]) is not None)
            # a clause told by the reporter before the speaker's own (u.lead) ends his run when that clause
            # names him or both (`…，双方在声明中表示`), not his side (`明年是建交60周年，中方愿…`)
            out = self.out
            going_on = self.prev is who and bool(out) and start <= out[-1]["start"] \
                and not (u.lead and _named_first(body, a, who))
            StatementFinder._extend(out, body, a, b, who, going_on)
            self.prev = who
            if who != "joint":
                self.last = who


def _paragraphs(attributor: Attributor, body: str, chinese: bool, people: list[dict[str, Any]],
                verbs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph of the body, an English one cut again before each transcript's turn
    label it holds (a page that flattened `Vladimir Putin: …` turns into one line)."""
    pos = 0
    for cut in PARAGRAPH.finditer(body + "\n"):
        start, end, pos = pos, cut.start(), cut.end()
        if not body[start:end].strip():
            continue
        at = start
        for label in () if chinese else turn_starts(body, start, end):
            if attributor.turn(body, label, end, chinese, people, None, verbs) is not None:
                yield at, label
                at = label
        yield at, end


def _lead_lines(attributor: Attributor, body: str, whole: Unit, chinese: bool, people: list[dict[str, Any]],
                starts: list[int], verbs: list[tuple[int, int]]) -> tuple[Any, list[Unit]]:
    """The participant a lead sentence is about (who `he` is after it), and its units of speech that follow
    right on its telling of the event, each from its own clause on."""
    lines = attributor.attribute(body, whole, chinese, people, None, starts, verbs)
    last = next((u.who for u in lines if isinstance(u.who, dict)), None)
    # a lead that closes by crediting its telling (`A will visit B next week, C said.`) holds no words of C's own
    told = [u for u in lines if u.state == "speech" and attributor.after_telling(body, u)
            and not (not chinese and u.clause > 0 and BARE_ATTRIBUTION.match(body, u.start + u.clause, u.end))]
    for u in told:
        u.lead = u.clause
    # both sides' words in the telling itself (`甲和乙在電話中同意，…`) are their joint statement, from where
    # the names that tell who spoke end
    joint = [u for u in lines if u.state == "speech" and u.who == "joint" and u not in told]
    for u in joint:
        u.lead = _after_names(body, u.start + u.clause, u.end, people) - u.start
    return last, sorted(told + joint, key=lambda u: u.start)


OPENING_NAMES_REACH = 90  # characters: how far into an English unit the names that open it may stand


def _after_names(body: str, at: int, until: int, people: list[dict[str, Any]]) -> int:
    """Where the participants' names that open body[at:until] (a unit) end, with a bracketed aside after the
    last (`甲（Latin）和乙國總統乙（Latin）今天…`: at 今天). A Latin name is a whole word near the opening (not
    Brazil in `the Brazilian presidency` at the unit's end)."""
    stop = CLAUSE_END_ZH.search(body, at, until)  # the names stand in the subject's own clause, in the unit
    end, limit = at, stop.start() if stop else until
    for p in people:
        for name in p["name"].values():
            latin = name.isascii()
            k = body.find(name, at, min(limit, at + OPENING_NAMES_REACH) if latin else limit)
            if k >= 0 and latin and body[k + len(name) : k + len(name) + 1].isalpha():
                k = -1  # a word that only begins with the name
            end = max(end, k + len(name)) if k >= 0 else end
    aside = ASIDE.match(body, end)
    return aside.end() if aside else end


def _span(attributor: Attributor, body: str, u: Unit, chinese: bool, who: Any, people: list[dict[str, Any]],
          last: Any, verbs: list[tuple[int, int]]) -> tuple[int, int, Any]:
    """Where a unit's statement starts and ends, and whose it is: an English unit's quoted words when they
    are its statement (named by the readout they quote, if they open with one), else from its speaker's
    clause on."""
    quoted = None if chinese else quoted_words(body[u.start:u.end])
    if not quoted:
        return u.start + u.lead, u.end, who
    return u.start + quoted[0], u.start + quoted[1], attributor.quoted_speaker(body, u, people, last, verbs) or who


OPENING_QUOTE = re.compile(r"\s*[“\"]")


def _quotes_run_on(body: str, statements: list[dict[str, Any]], others: list[tuple[int, int]]
                   ) -> list[dict[str, Any]]:
    """A quotation run over paragraphs, as wire copy prints it: a paragraph that opens a quotation and leaves it
    open goes on in the next one, which opens with a quotation mark again; whoever the last one's words are
    credited to said them all (`“We discussed…` then `“We agreed…,” A told reporters.`). Each paragraph so
    credited, told by no one else, is a statement of that speaker before the next's."""
    out: list[dict[str, Any]] = []
    taken = [(st["start"], st["end"]) for st in statements] + others
    for st in reversed(statements):
        out.append(st)
        at = body.rfind("\n", 0, st["start"]) + 1
        while at > 0 and OPENING_QUOTE.match(body, at) and st["start"] - at <= 2:  # the statement opens its paragraph
            start = body.rfind("\n", 0, at - 1) + 1
            para = body[start : at - 1]
            opened = OPENING_QUOTE.match(para)
            if opened is None or not _left_open(para, opened.group()) \
                    or any(a < at - 1 and b > start for a, b in taken):
                break  # not a quotation left open, or someone's words already
            a, b = _trim(body, start + opened.end(), at - 1)
            st = _statement(body, a, b, st["owner"])
            out.append(st)
            at = start
    return out[::-1]


def _left_open(para: str, opening: str) -> bool:
    """Whether a paragraph leaves open the quotation that opens it, counted in the marks of its `opening` (a
    straight `"` inside curly marks, or an odd one in a curly quotation, opens nothing)."""
    if "“" in opening:
        return para.count("“") > para.count("”")
    return para.count('"') % 2 == 1


def _statement(body: str, a: int, b: int, who: Any) -> dict[str, Any]:
    """A speaker's words body[a:b] as the finder keeps them (`who`: the speaker, or `joint`)."""
    return {"joint": who == "joint", "text": body[a:b], "start": a, "end": b, "owner": who}


def _trim(body: str, a: int, b: int) -> tuple[int, int]:
    """body[a:b] without the white space around it (str.strip's, by lengths: no loop over characters); a span
    that ends before it starts is left as it is."""
    span = body[a:b]
    words = span.strip()
    if not words:
        return (b, b) if span else (a, b)
    a += len(span) - len(span.lstrip())
    return a, a + len(words)


def _outside(n: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [0, n) that no span covers."""
    out, at = [], 0
    for a, b in sorted(spans):
        if a > at:
            out.append((at, a))
        at = max(at, b)
    return out + ([(at, n)] if at < n else [])


def _named_first(body: str, a: int, who: Any) -> bool:
    """Whether body[a:] opens with the speaker's name (or, for a joint statement, with both sides)."""
    head = fold(body[a:a + 12])
    if who == "joint":
        return head.startswith(("双方", "两国", "the", "both"))
    return any(len(k) >= 2 and head.startswith(k[:2]) for k in who["keys"])


def _sentence_to(body: str, st: dict[str, Any], opens: list[int], chinese: bool) -> str:
    """The folded words of the statement's sentence from its opening to the statement's end (会见乙时，甲表示…:
    the sentence names 乙 before the words); `opens` gets the body's sentence openings the first time."""
    if not opens:
        opens += [s.start for s in sentences(body, chinese)]
    i = bisect_right(opens, st["start"]) - 1
    return fold(body[opens[i] if i >= 0 else st["start"] : st["end"]])


def _most_named(text: str, people: list[dict[str, Any]], events: list[int]) -> list[int]:
    """Of `events`, those with the most people named in folded `text`; all of them when it names none."""
    count = {k: sum(1 for p in people if p["event"] == k and p.get("kind") != "state"
                    and any(len(n) >= 2 and n in text for n in p["keys"])) for k in events}
    most = max(count.values())
    return [k for k in events if count[k] == most] if most else events


def _names_other(text: str, people: list[dict[str, Any]], k: int, side: str) -> bool:
    """Whether folded `text` names a person of event `k` from another side than `side`."""
    return side != "" and any(p["event"] == k and p["affiliation"] != side and p.get("kind") != "state"
                              and any(len(n) >= 2 and n in text for n in p["keys"]) for p in people)


def _own_words(event: dict[str, Any], side: str) -> bool:
    """Whether one side's words (`side` not empty) may be said at the event: at a meeting, call or visit, not
    at the agreement both sides issued (联合声明 speaks for both; what one leader says beside it, he says at the
    talks)."""
    return side == "" or event["type"] != "agreement"


def _meets(event: dict[str, Any], side: str) -> bool:
    """Whether the event has a person on another side than `side` (not only countries)."""
    return any(p.get("kind") != "state" and p["affiliation"] != side for p in event["participants"])


def _lead(body: str) -> str:
    """The body's first paragraph, no longer than its first two sentences: a page flattened into one line
    has no paragraph break, and its lead is not the whole page."""
    cut = PARAGRAPH.search(body)
    para = body[: cut.start() if cut else len(body)]
    ends = [m.end() for m in islice(SENTENCE_END.finditer(para), LEAD_SENTENCES)]  # not every end of a long one
    return para[: ends[LEAD_SENTENCES - 1]] if len(ends) >= LEAD_SENTENCES else para


def _event_start(event: dict[str, Any]) -> int:
    """Where the body first tells of an event (-1 when only the title does)."""
    span = (event.get("spans") or {}).get("sentence") or {}
    return span.get("start", -1) if span.get("field") == "body" else -1


@component("statements", requires=("events", "body", "actor_hits", "spans.date"), assigns=("events",))
def make_statements(settings=None, **_):
    """Add statements (speaker, verbatim span), topics (with their cue words) and commitments to each event."""
    finder = StatementFinder(settings.extra_lexicons if settings else "")

    def statements(doc: Document) -> Document:
        if doc.events:
            finder(doc)
        doc.actor_hits, doc.line_infos = (0, []), {}  # read here for the last time: they need not travel further
        return doc

    return statements
