"""Who says each sentence of a body: attribution that follows how reported speech is written.

A clause whose subject names a participant (name, family name, title, a side such as 中方 or `the Chinese
leader`, a pronoun for the last one named) before a verb of saying is that participant's speech, wherever the
clause stands in its sentence (`和…会面后，川普在记者会上指出…`, `In a post, Zelensky said…`); the reporting
frames `据/據/根据 X (消息/报道)` and `according to X` name a source, not a speaker, unless X is a participant.
A quotation takes the attribution standing before or after it (`"…," Trump said.`, `他说：「…」`), and a
quotation with none goes on with the speaker of the words just before it. Joint subjects (`A and B`,
`两国元首`, `the two leaders`) speak for both sides. A sentence about a participant that says nothing
(`习近平乘车抵达`) is narrative: it ends a run of speech, as does a clause credited to someone else.
A run never crosses a heading, a list marker or a furniture line, as the document stage would label them.
In Chinese, and after a reporting frame in English, a statement starts at its speaker's own clause
(`会见时，韩正表示` from 韩正); words told as said on a day none of the page's events took place are
someone's earlier words, not the talks', as are words yet to be said (`双方将…确认`) and those of a
participant's office (`川普政府证实`, `Zelensky's office said`); a report's end mark (`（完）`) is no one's
words, nor is a caption that repeats the text. Who a subject names is read in `subjects`.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter
from typing import Any

import ahocorasick_rs

from diplograph.clean.segment import Classifier, LineInfos
from diplograph.extract.body_hits import BodyHits
from diplograph.extract.dates import MONTH_RE
from diplograph.extract.event_frame import EN_ABBREVIATED, Sentence
from diplograph.extract.events import sentences
from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.names import fold
from diplograph.extract.speech_forms import (
    ABOUT_OCCASION_EN,
    CLAUSE_ZH,
    CLOSE_Q,
    FORECAST,
    HONORIFIC,
    OPEN_Q,
    OPENING_PHRASE,
    PAST,
    QUESTION_LABEL,
    RAISED,
    STANDING,
    THEY_TWO,
    after_quote,
    attribution_opens,
    in_time_frame,
    inside_paren,
    inside_quote,
    main_clause_cut,
    open_quote,
    past_setting,
    past_stance,
    quoted_words,
    said_tail,
    unsaid,
    without_report,
)
from diplograph.extract.subject_names import addressed
from diplograph.extract.subjects import FRAME, LEADING_LINK, PREPOSITION, SubjectReader, unlinked

# a quotation opens or closes: quotes are tracked so that a sentence break inside one does not end it
ZH_MARK = re.compile(f"[{OPEN_Q}{CLOSE_Q}。！？；!?]")  # what cuts or joins Chinese sentences
ZH_QUOTE = re.compile(f"[{OPEN_Q}{CLOSE_Q}]")
JOIN_WORD = re.compile(r"^\s*(?:and|but|while|whereas|而|并|並)\s+", re.I)
REQUEST = re.compile(r"\s*(?:请|請|让|讓|邀请|邀請|asked|invited)")  # 请副总统转达: the one asked is no speaker
SIDE_ASPECT = re.compile(r"\s*([\u4e00-\u9fff]{1,4}?)方面(?![，,])")  # 北京方面已表态 (not 另一方面，)
# `…, according to X.` closing an English sentence: X told it (a participant's words, or someone else's)
TRAILING_SOURCE = re.compile(r"[,;]\s*(?:according to|as told by)\s+([^,;:\"“”]{2,60}?)[.!]?[\"”]?\s*$", re.I)
SOURCES_JOINED = re.compile(r"\s(?:and|as well as)\s|\bboth\b", re.I)  # two sources told it: an account
ACCORDING = re.compile(r"\s*(?:according to|as told by)\s+([^,;:]{2,60}),", re.I)
# (one class opens it, so that re scans for its characters: `\bthat` as a branch of its own was tried everywhere)
CLAUSE_EN = re.compile(r"[,;:—–\"”tT](?:(?<=[tT])(?<!\w.)(?i:hat)\s+|(?<![tT])\s*)")  # a mark, or `that`
# after a clause that has its verb of saying, `and`/`while` opens the next clause (its subject follows)
NEXT_CLAUSE_EN = re.compile(r"\s(?=(?:and|but|while|whereas)\s)", re.I)
# `said Chile and Brazil shared…`: names alone between `said` and `and` are the reported clause's subjects joined
COORDINATED_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# `The White House said the two leaders agreed`: right after a verb of saying, the reported clause's subject
REPORTED_CLAUSE = re.compile(r"\s+(?:the|both|[A-Z])[\w\s'’.-]{0,40}$")
# a transcript's label: who speaks, an aside (`(retranslated)`), a colon, then the words on the same line
TURN_LABEL = re.compile(r"\s*([^:：\n。，,.!?;；“”\"「」]{2,90}?)\s*(?:[（(][^）)\n]{1,30}[）)])?\s*[:：]\s*(?=\S)")
LIST_MARK = re.compile(r"^\s*(?:[-*•·▪●]\s*|\d{1,2}[.)、．]\s*|[（(]?[一二三四五六七八九十]{1,3}[）)、是]"
                       r"|[（(]\d{1,2}[）)])")
QUOTE_MARK = re.compile(f"[{OPEN_Q[:3]}{CLOSE_Q[:3]}\"]")  # what inside_quote counts, after_quote takes out
EXCLAIMED = ("!\"", "?\"", "!”", "?”")  # a quoted sentence that ends on its own mark, then `he said`
# gatherings where words are said in public: a clause naming one of another kind than the page's events
OCCASIONS = frozenset({"summit", "visit"})
AT_OCCASION_EN = re.compile(r"\b(?:during|at|on the sidelines of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)
AT_OCCASION_ZH = re.compile(r"在[^，,。；;：:]{0,12}$")  # 在二十国集团峰会上: where the words were said
CLOSERS = ("。", "！", "？", ".", "!", "?", "」", "”", "\"", "』", "；", ";", "…", "：", ":")  # a colon announces
# `Macron, who arrived on Monday, urged Xi…`, `Macron, 48, urged…`, `Macron, for his part, urged…`: a relative
# clause, an age or an aside between a subject and its verb (no inversion: the subject is before)
RELATIVE_BEFORE = re.compile(r"\w,\s+(?:(?:who|whose)\b[^,;]*|\d{1,3}|for (?:his|her|their|its) part),\s*$")
# where a subject after its verb ends (`…," said Trump.`); not at the dot of an honorific or an initial
# (`…," said Mr. Dalby.`, `said U.S. Ambassador A B`)
SUBJECT_AFTER_END = re.compile(r"[,;:\"“”]|\.(?<![A-Z]\.)" + "".join(rf"(?<!\b{w}\.)" for w in EN_ABBREVIATED))
# where an English unit's opening clause ends: who it names at its start tells whose narrative it is
OPENING_END = re.compile(r"[,;:]")
# where a verb's own clause ends in English (`said that`, a comma, a quote)
OWN_CLAUSE_END = re.compile(r"[,;:\"“”]|\bthat\b")
# `said Estonia would act on Friday`: the reported clause's subject right after `said`, no word of the verb's own
# between (`said on Monday`, `said Tuesday`, `said Sept. 2`, a month's name or its abbreviation): a day after it
# is the clause's, not the saying's
REPORTED_RIGHT_AFTER = re.compile(r"(?<=\bsaid|\bsays) +(?!(?:on|in|at|during|after|before|while|when|late|early"
                                  r"|earlier|later|last|this|yesterday|today|tonight|[A-Z][a-z]+day"
                                  rf"|{MONTH_RE})\b)(?:[A-Z][a-z]+|he|she|they|it|we|the|his|her|its|their)\b")
# the clause marks a told event's last clause follows
TOLD_CLAUSE_END = re.compile(r"[，,；;：:]")


@dataclass(slots=True)
class Unit:
    """One sentence (or a quotation of several) of a paragraph, with what attribution found in it."""

    start: int
    end: int
    who: Any = None  # a participant (dict), "joint", or None
    state: str = "none"  # speech | quote | other | narrative | none
    lead: int = 0  # where the speaker's own clause starts in the unit (`会见时，韩正表示`: at 韩正)
    clause: int = 0  # where the clause of the verb that made it speech starts (`…会谈，强调…`: at 强调)


class Attributor(SubjectReader):
    """Says who speaks in each unit of a body, from the verb hits and the participants of its events."""

    def __init__(self, joint: set[str], pronouns: set[str], sources: list[str], thirds: list[str],
                 gaz: Gazetteer, ends: tuple[str, ...] = (), initials: dict[str, str] | None = None) -> None:
        super().__init__(joint, pronouns, sources, thirds, gaz, initials)
        self.ends = ends
        self.classifier = Classifier(12, 60)
        # the surface forms of the cue words that name a gathering of OCCASIONS: a clause holding none of them
        # names no such gathering, and is not matched against the whole cue lexicon (see _another_occasion)
        cues = gaz.cues
        self.occasion_forms = ahocorasick_rs.AhoCorasick(
            [p for p, entries in zip(cues.patterns, cues.entries)
             if any(e.kind == "trigger" and e.value in OCCASIONS for e in entries)])
        self.other_days: list[tuple[int, int]] = []  # the page's dates of a day none of its events took place
        self.event_types: set[str] = set()
        self.line_infos: LineInfos | None = None  # the page's lines as classified (see `reading`)
        self.sentences: list[Sentence] | None = None  # an English body's sentences, split once (see reading())

    def reading(self, lexicon: BodyHits, days: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
                event_days: set[str] = frozenset(),  # type: ignore[assignment]
                event_types: set[str] = frozenset(),  # type: ignore[assignment]
                sentences: list[Sentence] | None = None, line_infos: LineInfos | None = None) -> Attributor:
        """This attributor for one document: subjects take their lexicon hits from the page's, by span;
        `days` are the page's dates of a given day (start, end, ISO value), `event_days` its events' dates,
        `event_types` their kinds, `sentences` an English body's sentences (units are read off them),
        `line_infos` the page's lines as the clean stage classified them (a paragraph is one of them)."""
        view = copy.copy(self)
        view.lexicon, view.sentences = lexicon, sentences
        view.line_infos = {} if line_infos is None else line_infos
        # which dates name another day than the events' is read once here, not at every verb
        view.other_days = [(x, y) for x, y, v in days
                           if not any(v.startswith(d) or d.startswith(v) for d in event_days)] if event_days else []
        view.event_types = set(event_types)
        view._hits_seen = {}
        return view

    def _another_day(self, a: int, b: int) -> bool:
        """Whether text[a:b] of the unit being read names a day on which none of the page's events took
        place (`高市在24日的国会演说中强调`, `criticised … on Monday`): words said then are not the talks'."""
        if not self.other_days:
            return False
        a, b = a + self.window[0], b + self.window[0]
        return any(a <= x and y <= b for x, y in self.other_days)

    def _another_occasion(self, clause: str, said: int = -1) -> bool:
        """Whether a verb's own clause names a gathering of a kind none of the page's events is (`criticised …
        during the summit` on a page of talks), or the verb ending at `said` has it for its object or the
        subject of its words (`told the summit`, `said the summit had…`, `said during a visit to…`): words said
        there are that gathering's."""
        if not self.event_types or OCCASIONS <= self.event_types \
                or not self.occasion_forms.find_matches_as_indexes(clause.lower() if self.gaz.cues.ignore_case
                                                                   else clause):
            return False
        kinds = {e.value for h in self.gaz.cues.find(clause) for e in [h.first("trigger")] if e is not None
                 and (AT_OCCASION_EN.search(clause, 0, h.start)
                      or (AT_OCCASION_ZH.search(clause, 0, h.start) and e.value != "visit")  # 正在北京访问的X: his stay
                      or (0 <= said < h.start and ABOUT_OCCASION_EN.match(clause, said, h.start)))}
        return bool(kinds & OCCASIONS) and not kinds & self.event_types

    # ---- paragraphs and units -------------------------------------------------------------------
    def paragraph_kind(self, para: str, body: str = "") -> str:
        """`prose`, `list` (an item after a list marker), or `furniture` (a heading, a short unpunctuated
        line, page furniture, a caption or pull quote that repeats the text without ending a sentence) — as
        the clean stage's line classifier sees the line."""
        text = para.strip()
        if text.startswith("#"):
            return "furniture"
        if not text.endswith(("。", "！", "？", ".", "!", "?")) and len(text) >= 16 \
                and body.count(text[len(text) // 2:]) > 1:
            return "furniture"
        kind = self.classifier.info(text, seen=self.line_infos).kind
        if kind not in ("prose", "short") or (kind == "short" and not text.endswith(CLOSERS)):
            return "furniture"
        return "list" if LIST_MARK.match(text) else "prose"

    def units(self, body: str, a: int, b: int, chinese: bool, verbs: list[tuple[int, int]] | None = None,
              ) -> list[Unit]:
        """The sentences of body[a:b], a quotation that runs over several sentences kept whole; the mark
        that ends a report (`（完）`) is no one's words. `verbs`: the body's verbs of saying, if known."""
        if chinese:
            cuts = _zh_cuts(body, a, b, verbs or [])
            spans = list(zip(cuts, cuts[1:]))  # a blank one is left out below
        else:
            whole = self.sentences if self.sentences is not None else sentences(body, False)  # no page read: split
            spans = sentences_within(body, a, b, whole)
            if QUOTE_MARK.search(body, a, b):  # most paragraphs quote nothing: their sentences are their units
                spans = _quotations_whole(body, spans, verbs or [])
        out = []
        for x, y in spans:
            text = body[x:y].rstrip()
            mark = next((e for e in self.ends if text.endswith(e)), None) if text.endswith(self.ends) else None
            if mark:
                text = text[:len(text) - len(mark)]
                y = x + len(text)
            if text.strip():
                out.append(Unit(x, y))
        return out

    def turn(self, body: str, a: int, b: int, chinese: bool, people: list[dict[str, Any]], speaking: Any,
             verbs: list[tuple[int, int]]) -> tuple[Any, int] | None:
        """A transcript's turn in body[a:b]: (speaker, where his words start) for a paragraph labelled with a
        participant (`President of Russia Vladimir Putin: …`, `王毅：…`), ("other", a) for one labelled with
        someone else (`Question: …`), (speaking, a) for a paragraph that goes on with the last turn's speaker
        holding no attribution of its own; None when the paragraph is no turn."""
        colon = holds_colon(body, a, b)  # most paragraphs hold none
        if colon and QUESTION_LABEL.match(body, a, b):
            return "other", a
        m = TURN_LABEL.match(body, a, b) if colon else None
        if m is not None:
            self.window = (a, b)
            label = m.group(1).strip()
            who, _, _ = self.resolve(label, people, None, chinese)
            key = fold(label)
            # the label ends on his name, or holds it whole before markup repeats it (`…Ana Rojas Rojas AnaPresident`)
            if isinstance(who, dict) and any(key.endswith(k) for k in who["keys"] + sorted(who["words"])) \
                    or isinstance(who, dict) and not chinese and any(" " in n and fold(n) in key
                                                                     for n in who["name"].values()):
                return who, m.end()
            if who is None and (re.fullmatch(r"(?:[A-Z][\w'’.-]*\s?){1,4}", label) if not chinese
                                else label in ("记者", "記者") or self.thirds.search(label) is not None):
                return "other", a
        if speaking is None:
            return None
        starts = [v[0] for v in verbs]
        for whole in self.units(body, a, b, chinese, verbs):
            if any(u.state not in ("none", "quote") for u in self.attribute(body, whole, chinese, people, speaking,
                                                                                 starts, verbs)):
                return None
        return speaking, a

    # ---- one unit -------------------------------------------------------------------------------
    def attribute(self, body: str, unit: Unit, chinese: bool, people: list[dict[str, Any]], last: Any,
                  verb_starts: list[int], verb_hits: list[tuple[int, int]]) -> list[Unit]:
        """Fill `unit.who` and `unit.state` from the clauses of the unit; a later clause credited to someone
        else (`…, and the President emphasized…`) is cut off as a unit of its own, as is the reporter's main
        clause after words said in a concession (`儘管甲稱…，乙也稱…，但…`)."""
        units = self._attribute(body, unit, chinese, people, last, verb_starts, verb_hits)
        return main_clause_cut(body, units) if chinese else units

    def _attribute(self, body: str, unit: Unit, chinese: bool, people: list[dict[str, Any]], last: Any,
                   verb_starts: list[int], verb_hits: list[tuple[int, int]]) -> list[Unit]:
        """See attribute()."""
        text = body[unit.start:unit.end]
        self.window = (unit.start, unit.end)
        i, j = bisect_left(verb_starts, unit.start), bisect_left(verb_starts, unit.end)
        source = FRAME.match(text.lstrip()) is not None  # 据路透社报道，… : a reported frame opens the unit
        framed = False  # a clause of reporting came first: the speaker's words start at his own clause
        office = None  # a side's seat reported (白宫表示): its side's narrative unless a participant speaks after
        for cut, state, who, lead, clause in self._clauses(text, chinese, people, last,
                                                   [(v0 - unit.start, v1 - unit.start) for v0, v1 in verb_hits[i:j]]):
            if state == "source" or state == "office":
                source = framed = True  # 据报道，/ 报道称，: whose words follow is told after it
                office = who if state == "office" and office is None else office
            elif unit.state == "none":
                unit.state, unit.who = state, who
                if state == "speech" and lead is not None and (chinese or framed):
                    unit.lead = lead
                unit.clause = clause if state == "speech" else 0
            elif state == "other" and cut == 0 and unit.state == "speech":
                unit.state, unit.who = "other", None  # its own subject, told as saying it before
            elif state == "other" and cut > 0 and unit.state == "speech" and not chinese \
                    and (said := self._said_by_other(text, cut, verb_hits[i:j], unit.start, people, last)):
                if said == "before":  # `The leaders discussed…, a spokesman said.`: his report, but one
                    if not isinstance(unit.who, dict):  # participant's words stay his (`Macron urged…, officials
                        unit.state, unit.who = "other", None  # said.`: the report credits the speaker it names)
                    return [unit]
                # `…, days after the German minister said…`: someone else's clause ends the speaker's words
                return [Unit(unit.start, unit.start + cut, unit.who, unit.state, unit.lead, unit.clause),
                        Unit(unit.start + cut, unit.end, None, "other")]
            elif unit.state == "speech" and state == "speech" and who is not unit.who and cut > 0 \
                    and not REQUEST.match(text, cut):
                joined = cut + len(text[cut:]) - len(JOIN_WORD.sub("", text[cut:]))  # `and` is neither's
                rest = Unit(unit.start + joined, unit.end, who, state)
                frame = None if chinese else ACCORDING.match(text)
                if frame is not None and not text[frame.end() : cut].strip():
                    return [rest]  # `According to A, the two sides agreed…`: A only tells what they said
                return [Unit(unit.start, unit.start + cut, unit.who, unit.state, unit.lead, unit.clause), rest]
            if unit.state not in ("none", "speech"):
                break  # someone else's words or the reporter's: no later clause changes that, so none is read
        trailing = None if chinese else TRAILING_SOURCE.search(text)
        if trailing is not None and SOURCES_JOINED.search(trailing.group(1)):
            unit.state, unit.who = "narrative", None  # `…, according to the president and the other side`: the
            return [unit]  # sides' account of what took place, no one's words
        if unit.state == "none":
            self._unattributed(text, unit, chinese, people, last, office, source, trailing)
        return [unit]

    def _unattributed(self, text: str, unit: Unit, chinese: bool, people: list[dict[str, Any]], last: Any,
                      office: Any, source: bool, trailing: re.Match[str] | None) -> None:
        """The state of a unit no verb of saying gave a speaker: a side's seat or a source reporting it, a
        closing `according to`, a quotation, a forecast, or the reporter telling of a side it opens with."""
        if office is not None:
            unit.state, unit.who = "narrative", office
        elif source:
            unit.state = "other"
        elif trailing is not None:
            state, who = self.subject(trailing.group(1), people, last, False)  # `…, according to the Kremlin.`
            unit.state, unit.who = ("speech", who) if state == "speech" else ("other", None)
        elif text.lstrip()[:1] in OPEN_Q + "\"":
            unit.state = "quote"
        elif not chinese and FORECAST.search(text):
            unit.state = "narrative"  # an unattributed forecast ends the words before it
        else:
            opening = text[:20] if chinese else text[:_first_piece(OPENING_END, text)][:80]
            who, at, _ = self.resolve(opening, people, None, chinese, anywhere=True)
            if who == "joint" and at < (6 if chinese else 25) \
                    or (chinese and THEY_TWO.match(unlinked(text))):
                unit.state = "narrative"  # 甲與乙國總統乙舉行會談, 此外，兩人向…喊話: the reporter tells of both sides
            elif who is not None and at < (6 if chinese else 25) and not (chinese and addressed(opening, who)):
                unit.state, unit.who = "narrative", who
            elif chinese and (seat := self._side_aspect(text, people)) is not None:
                unit.state, unit.who = "narrative", seat  # 北京方面已表态: the reporter tells of that side
            elif chinese and self.sources.search(unlinked(text)[:8]):
                unit.state = "narrative"  # 不过官媒会后报导只字未提: the reporter tells what the media did

    def _said_by_other(self, text: str, cut: int, verbs: list[tuple[int, int]], at: int,
                       people: list[dict[str, Any]], last: Any) -> str:
        """For an English unit's clause from `cut` on whose subject names someone who is no participant:
        `before` when its verb of saying has no words of its own after it, so that it attributes the words
        before it (`…, a spokesman said in a statement.`), `after` when his own words follow; "" when the
        clause is no one else's (a participant's words told as said earlier)."""
        v0, v1 = next(((x - at, y - at) for x, y in verbs if x - at >= cut), (None, None))
        if v0 is None or self.subject(text[cut:v0], people, last, False)[0] != "other":
            return ""
        rest = re.split(r"[,;:.!?]", text[v1:], maxsplit=1)[0]
        return "before" if len(rest.split()) <= 4 and not re.search(r"\bthat\b", rest) else "after"

    def _side_aspect(self, text: str, people: list[dict[str, Any]]) -> Any:
        """The participant whose side a Chinese sentence opens with as `X方面` (北京方面, 美國方面), the
        reporter's way of naming a side (its own people say 中方, 美方), or None."""
        m = SIDE_ASPECT.match(text)
        if m is None:
            return None
        sides = {e.value for h in self._actor_hits(m.group(1)) for e in [h.first("country", "place", "short")] if e}
        return next((p for p in people if p["affiliation"] in sides and p.get("kind") != "state"), None) \
            if len(sides) == 1 else None

    def after_telling(self, body: str, unit: Unit) -> bool:
        """Whether the speech of a lead sentence follows right on the clause that tells the event (`…举行会谈，
        李在明表示…`), not on a narrative one (`…，双方两度拥抱，川普称…`)."""
        head = body[unit.start:unit.start + unit.clause].rstrip(" ，,；;：:")
        told = TOLD_CLAUSE_END.split(head)[-1] if head else ""
        return unit.clause > 0 and any(h.first("trigger") is not None for h in self.gaz.cues.find(told))

    def quoted_speaker(self, body: str, unit: Unit, people: list[dict[str, Any]], last: Any,
                       verbs: list[tuple[int, int]]) -> Any:
        """The participant whose verb of saying opens the quoted words of an English unit (`…, adding: "The
        Secretary made clear that…"`): the spokesman quotes a readout, and the readout names who spoke."""
        quoted = quoted_words(body[unit.start:unit.end])
        if quoted is None:
            return None
        a, b = unit.start + quoted[0], unit.start + quoted[1]
        k = bisect_left(verbs, (a, a))
        if k == len(verbs) or verbs[k][0] >= min(b, a + 60):
            return None
        subject = body[a:verbs[k][0]]
        if CLAUSE_EN.search(subject):
            return None
        self.window = (a, verbs[k][0])
        state, who = self.subject(subject, people, last, False, lone=True)
        return who if state == "speech" else None

    def _clauses(self, text: str, chinese: bool, people: list[dict[str, Any]], last: Any,
                 verbs: list[tuple[int, int]]) -> Iterator[tuple[int, str, Any, int | None, int]]:
        """(where its clause starts, state, who, where its subject starts or None when the subject is not
        before the verb, where the verb's own clause starts) for each verb of saying whose subject names
        someone, and for a frame that names its speaker with no verb (`According to Albanese, …`)."""
        clause = CLAUSE_ZH if chinese else CLAUSE_EN
        m = ACCORDING.match(text)
        if m:
            state, who = self.subject(m.group(1), people, last, chinese)
            yield 0, (state if state == "speech" else "source"), who, None, 0  # a source: whose words follow
        opening, denied, said = None, -1, -1
        reported = False  # the last verb's subject was a source or an office: the words it reports follow
        quoted = bool(verbs) and QUOTE_MARK.search(text) is not None  # most units quote nothing: none is looked for
        for v0, v1 in verbs:
            was_reported, reported = reported, False
            if (quoted and inside_quote(text, v0)) or inside_paren(text, v0) or (chinese and text[v1:v1 + 1] == "的"):
                continue  # quoted words, an aside (中国称钓鱼岛), a verb that modifies (是…后宣布的, 提出的建议)
            if chinese and in_time_frame(text, v0, v1):
                continue  # 川普在宣布退出协议之际，点名了印度: what he did when, not his words
            cuts = [m.end() for m in clause.finditer(text, 0, v0) if not (quoted and inside_quote(text, m.end()))]
            if not chinese and said >= 0:  # `The leaders discussed X and the President emphasized`: a new clause
                cuts = sorted(cuts + [m.start() + 1 for m in NEXT_CLAUSE_EN.finditer(text, said, v0)
                                      if not (text.endswith(("said", "says"), 0, said)
                                              and COORDINATED_SUBJECT.fullmatch(text, said, m.start()))]
                              + ([said + 1] if was_reported and REPORTED_CLAUSE.match(text, said, v0) else []))
            said = v1
            own = cuts[-1] if cuts else 0
            subject, cut, subject_after, opened = _verb_subject(text, v0, v1, cuts, chinese, quoted, opening)
            fallback, opening = opened is not None, opened if opened is not None else opening
            if not chinese and RAISED.match(text, v1):
                continue  # `was said to`: the verb it reports comes next
            subject = subject if chinese else without_report(subject)
            if unsaid(subject) or cut == denied:
                denied = cut  # 被认为希望…: the verbs after a denied or passive one in its clause go with it
                continue
            past = past_stance(subject)
            if past and not HONORIFIC.cut(unlinked(PAST.sub("", subject))).strip():
                yield 0, "other", None, None, 0  # `X主张…，并多次表示`: the sentence tells X's standing views
                continue
            own_end = v0 if chinese else v1 + _first_piece(OWN_CLAUSE_END, text[v1:])
            day_end = v1 if not chinese and REPORTED_RIGHT_AFTER.match(text, v1) else own_end
            # `In an interview on Friday, Lee said`: the day of the phrase the sentence opens with is the verb's
            said_from = 0 if not chinese and cuts and cut == cuts[0] and OPENING_PHRASE.match(text) else cut
            if past or past_setting(text, v0) or (chinese and STANDING.match(text)) \
                    or self._another_day(said_from, day_end) \
                    or self._another_occasion(text[cut:own_end], -1 if chinese else v1 - cut):
                yield cut, "other", None, None, 0  # said before, elsewhere: not this event's words
                continue
            state, who = self.subject(subject, people, last, chinese, lone=cut == 0 and not fallback)
            if state == "none" and not chinese and cuts and len(text[:cuts[0]].split()) <= 4:
                fallback, cut = True, 0  # `Macron, for his part, said`: an aside stands between him and his verb
                state, who = self.subject(text[:cuts[0]], people, last, chinese, lone=True)
            if who == "joint" and cut > 0 and subject.strip().lower() == "they" and len(text[v1:].split()) <= 4:
                state, who = "other", None  # `…, they said.` closing news: the officials just cited, not both sides
            reported = state in ("source", "office")
            if state == "speech" and isinstance(who, dict):
                last = who  # 乙說，他認為…: a pronoun after a speaker's verb is that speaker
            if state != "none":
                lead = None if fallback or subject_after else _lead(text, cut, v0)
                yield cut, state, who, lead, (own if fallback else lead or 0)


def _verb_subject(text: str, v0: int, v1: int, cuts: list[int], chinese: bool, quoted: bool,
                  opening: str | None) -> tuple[str, int, bool, str | None]:
    """The subject of the verb of saying at text[v0:v1] whose clause starts at the last of `cuts`: (the subject,
    where it starts, whether the speaker is named after the verb or the words, and the sentence's opening
    subject when the clause has none of its own and takes that one, else None). `opening`: that subject if
    already read."""
    cut = cuts[-1] if cuts else 0
    subject = after_quote(text[cut:v0]) if quoted else text[cut:v0]
    # `「…」他说`, `「…」，他说`: the words quoted first are his too
    subject_after = text[cut:v0].lstrip(" ，,")[:1] in OPEN_Q + "\"“" or text.lstrip()[:1] in OPEN_Q + "\"“"
    if not subject.strip(" \"“”'’,，「」"):
        subject_after = True
        aside = None if chinese else RELATIVE_BEFORE.search(text, 0, cut)
        if not chinese and aside is None:  # `"…," said Trump`: inverted
            return SUBJECT_AFTER_END.split(text[v1:v1 + 60])[0], cut, True, None
        # `"…," Santoso, 58, told reporters`: the speaker stands before the aside, after the quoted words
        head = max((c for c in cuts if c <= aside.start()), default=0) if aside else 0
        if aside and (named := after_quote(text[head : aside.start() + 1])).strip(" \"“”'’,"):
            return named, head, True, None
        if cuts:  # a clause with no subject of its own (`Macron, who arrived on Monday, urged Xi`): the opening's
            opening = opening if opening is not None else after_quote(text[:cuts[0]])
            return opening, 0, True, opening
    elif chinese and cuts and PREPOSITION.match(unlinked(subject)):  # `…通话后，在推特发文说`: the opening's
        opening = opening if opening is not None else after_quote(text[:cuts[0]])
        return opening, 0, subject_after, opening
    return subject, cut, subject_after, None


def _zh_cuts(body: str, a: int, b: int, verbs: list[tuple[int, int]]) -> list[int]:
    """Where the Chinese sentences of body[a:b] start and end (`a` and `b` among them): after each sentence
    end outside quotations, and after a quoted sentence that no short attribution follows."""
    if ZH_QUOTE.search(body, a, b) is None:  # most paragraphs quote nothing: every mark ends a sentence
        return [a, *(m.end() for m in ZH_MARK.finditer(body, a, b)), b]
    cuts, depth, opened = [a], 0, a
    for m in ZH_MARK.finditer(body, a, b):  # only quotes and sentence ends count: skip to them
        ch = m.group()
        if ch in OPEN_Q:
            opened = m.start() if depth == 0 else opened
            depth += 1
        elif ch in CLOSE_Q:
            depth = max(0, depth - 1)
            if depth == 0 and body[m.start() - 1:m.start()] in ("。", "！", "？") \
                    and not said_tail(body, (cuts[-1], opened), m.end(), b, verbs):
                cuts.append(m.end())  # 「…。」莫迪则称赞…: a whole quoted sentence, then someone else's
        elif depth == 0:
            cuts.append(m.end())
    cuts.append(b)
    return cuts


def _quotations_whole(body: str, pieces: list[tuple[int, int]], verbs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """English sentences with a quotation that runs over several kept whole: one left open, or closed on `!"`
    then attributed, goes on into the next sentence."""
    spans: list[tuple[int, int]] = []
    for x, y in pieces:
        last = body[spans[-1][0]:spans[-1][1]].rstrip() if spans else ""
        if spans and (open_quote(last) or (last.endswith(EXCLAIMED) and attribution_opens(body, x, y, verbs))):
            spans[-1] = (spans[-1][0], y)
        else:
            spans.append((x, y))
    return spans


def sentences_within(body: str, a: int, b: int, whole: list[Sentence]) -> list[tuple[int, int]]:
    """The sentences of body[a:b], as `sentences(body[a:b], False)` splits them, read off `whole`, those of the
    English body: its cuts inside the piece, but for one among the piece's opening spaces (where the spaces
    after a stop before the piece ran into it), and the piece's own edges."""
    first = b - len(body[a:b].lstrip())  # where the piece's words start
    points = [a]
    for s in islice(whole, bisect_right(whole, a, key=attrgetter("end")), None):  # no copy of the rest
        if s.start >= b:
            break
        for x in s:
            if first < x < b and x != points[-1]:
                points.append(x)
    points.append(b)
    return [(x, y) for x, y in zip(points, points[1:]) if body[x:y].strip()]


def holds_colon(body: str, a: int, b: int) -> bool:
    """Whether body[a:b] holds a colon, Latin or full-width: a transcript's turn label ends on one, and a
    paragraph that holds none need not be matched against the label's pattern."""
    return body.find(":", a, b) >= 0 or body.find("：", a, b) >= 0


def _first_piece(pattern: re.Pattern[str], text: str) -> int:
    """The length of `pattern.split(text)[0]` (the text up to the pattern's first match), without splitting
    the rest of a long unit into pieces no one reads."""
    m = pattern.search(text)
    return m.start() if m else len(text)


def _lead(text: str, cut: int, verb: int) -> int:
    """Where a subject standing before its verb starts: at its clause, after a linking word (但, 此外)."""
    m = LEADING_LINK.match(text[cut:verb])
    return cut + (m.end() if m else 0)
