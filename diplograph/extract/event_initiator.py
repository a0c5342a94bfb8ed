"""Initiator: the party that asked, invited or placed the call, from phrases over the parties
(`lexicons/initiators.tsv`: `at X's invitation`, `应X的邀请`, `由X方面提议`, `X主动致电`, `at the latter's
initiative`, 应约), then the subject of `X phoned Y`, then `X invited`, then the sender of a one-way message."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick_rs

from diplograph.extract.actors import Mention
from diplograph.extract.event_frame import Frame, named
from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.lexicons import read_rows

SLOT = r"(?P<x>[^，,。；;：:\n]{1,40}?)"  # where a phrase names the party: no clause break inside
# an English time adjunct (on Tuesday, on March 3, today): it may stand between a call and its `from X`
# (`received a phone call today from X`, Gulf and wire style) and after X at the clause's end
EN_WHEN = r"(?:late |early )?on [A-Z]\w+(?: \d{1,2})?|today|yesterday|this (?:morning|afternoon|evening)"
# requested by X: to the clause's end (a time adjunct left out), past the stop of a courtesy title or an initial
# (`at the invitation of Ms. Meloni`, `requested by U.S. President X`): within one sentence such a stop ends no clause
# English titles run long before the name (`from President of the Islamic Republic of Iran X`): 100 characters
TRAILING_SLOT = (r"(?P<x>[^，,。；;：:\n]{1,%d}?)(?: (?:" + EN_WHEN + r"))?"
                 r"(?=[，,。；;：:\n]|\.(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<![\s.][A-Z]\.)(?:\s|$)|$)")
LEADING_SLOT = r"(?P<x>[^，,。；;：:\n]{1,25})"  # X主动致电: the party just before the phrase
SHORT_SLOT = 40  # what any slot may hold; a longer English one is a formal title: capitals and of, the, and, for
SLOT_WORD = re.compile(r"\b(?!(?:of|the|and|for)\b)[a-z]+\b")
WORD_END = r"(?![A-Za-z])"
# `who had asked for the meeting to be postponed`, `requested the talks last year`: what was asked of the act, or
# an earlier one, not the act told
NOT_THIS_ASKING = r"(?!\s+(?:to be|to (?:postpone|delay|cancel|call off|move)|last|earlier|in \d{4})\b)"
SIDE_KINDS = ("country", "demonym", "side", "short", "org", "place")


@dataclass(frozen=True)
class Phrase:
    """One row of initiators.tsv compiled: who it names (X, latter, former, other, invited, pronoun) and its
    pattern."""

    who: str
    pattern: re.Pattern[str]
    slot_at: str  # where X stands: start | middle | end ("" for latter/former/other)
    word: str = ""  # its longest fixed words in lower case: a sentence that lacks them is not searched


@dataclass(frozen=True)
class Phrases:
    """The compiled phrases, and one automaton of their fixed words in lower case, a word of which the
    lower-cased sentence must hold for any phrase to match there: one pass rules most sentences out (a regex
    alternation of the words is tried at every position, twenty times slower on an English sentence).
    None when a phrase has no fixed word (or there is none): every sentence is then searched."""

    items: list[Phrase]
    screen: ahocorasick_rs.AhoCorasick | None


def compile_phrases(extra: str = "") -> Phrases:
    """The initiator phrases of the lexicon, each compiled once (English ones case-insensitive)."""
    out, words = [], set()
    for who, lang, phrase, *_ in read_rows("initiators.tsv", extra):
        flags = re.I if lang == "en" else 0
        if who != "X":
            out.append(Phrase(who, re.compile(re.escape(phrase), flags), "", phrase.strip().lower()))
            words.add(phrase.strip())
            continue
        head, _, tail = phrase.partition("X")
        head_re = re.escape(head)
        if lang == "en" and head.endswith(" from "):
            head = head[: -len("from ")]  # its fixed words end before `from`, which a time adjunct may precede
            head_re = re.escape(head) + "(?:(?:" + EN_WHEN + r"),? )?from "
        slot = LEADING_SLOT if not head else SLOT if tail else TRAILING_SLOT % (100 if lang == "en" else 40)
        where = "start" if not head else "end" if not tail else "middle"
        # an English phrase ends at a word's end: `at X request` is not `at X residence was requested`
        tail_re = re.escape(tail) + (WORD_END + NOT_THIS_ASKING if lang == "en" and tail[-1:].isalpha() else "") \
            if tail else ""
        word = max(head.strip(), tail.strip(), key=len)
        out.append(Phrase(who, re.compile(head_re + slot + tail_re, flags), where, word.lower()))
        words.add(word)
    lowered = sorted({w.lower() for w in words})
    return Phrases(out, ahocorasick_rs.AhoCorasick(lowered) if lowered and all(lowered) else None)


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{2,}", name)}  # Xi, Li, Wu: family names of two letters


def _slot_sides(text: str, m: re.Match[str], phrase: Phrase, parties: list[Mention], mentions: list[Mention],
                gaz: Gazetteer) -> set[str]:
    """The affiliations the phrase's X names: a mention inside it (the one nearest the phrase's words), a
    country, demonym or 美方 in it, or a party's name repeated there (`at Macron's invitation`)."""
    a, b = m.span("x")
    if b - a > SHORT_SLOT and SLOT_WORD.search(text, a, b):
        return set()  # past 40 characters only a formal title runs on (President of the Republic of X), not a clause
    slot = text[a:b].lower()
    inside = [p for p in [*parties, *mentions] if p.affiliation and a <= p.start < b]
    by_name = [p for p in inside if p.kind != "person" or named(p)]
    if by_name:
        pick = by_name[-1] if phrase.slot_at == "start" else min(by_name, key=lambda p: p.start)
        return {pick.affiliation}
    # `the Prime Minister`: a party named again by its title (a bare title's own side is only a guess)
    again = {p.affiliation for p in parties if any(w and w.lower() in slot for w in (p.title, p.name))}
    if len(again) == 1:
        return again
    if inside:
        return {inside[0].affiliation}
    sides = {h.entries[0].value for h in gaz.actors.find(text[a:b]) if h.entries[0].kind in SIDE_KINDS}
    if sides:
        return sides
    words = _words(slot)
    return {p.affiliation for p in parties if named(p) and p.name and words & _words(p.name)}


CLAUSE = re.compile(r"[，,。；;！？\n]")
# 甲6日应邀访问: the day told between the guest and 应邀
DAY_BETWEEN = re.compile(r"(?:[于於]?\d{1,2}日(?:[上下]午|晚|晚间|晚間)?|今天|昨天|今日|昨日)?")


def _inviters(text: str, m: re.Match[str], parties: list[Mention], mentions: list[Mention]) -> set[str]:
    """应邀 (on invitation): the one named right before it (甲应邀赴乙国, past the day: 甲6日应邀…), else the first
    named after it in its clause (会见应邀来访的甲), was invited; the parties of the other sides asked."""
    before = [p for p in mentions if p.affiliation and p.end <= m.start() and DAY_BETWEEN.fullmatch(text, p.end,
                                                                                                    m.start())]
    end = CLAUSE.search(text, m.end())
    after = [p for p in mentions if p.affiliation and m.end() <= p.start < (end.start() if end else len(text))]
    guest = before[-1] if before else after[0] if after else None
    return {p.affiliation for p in parties if p.affiliation != guest.affiliation} if guest else set()


def _phrase_sides(text: str, frame: Frame, phrases: Phrases, mentions: list[Mention],
                  gaz: Gazetteer, window: tuple[int, int] | None = None) -> set[str]:
    a, b = window or frame.sentence
    low = text[a:b].lower()
    if phrases.screen is not None and not phrases.screen.find_matches_as_indexes(low):
        return set()
    parties = frame.parties
    for phrase in phrases.items:
        if phrase.word not in low:
            continue  # the phrase's own words are missing: no use running its pattern
        for m in phrase.pattern.finditer(text, a, b):
            if phrase.who == "X":
                sides = _slot_sides(text, m, phrase, parties, mentions, gaz)
            elif phrase.who == "invited":
                sides = _inviters(text, m, parties, mentions)
            elif phrase.who == "other":
                subject = parties[0].affiliation
                sides = {p.affiliation for p in parties if p.affiliation != subject}
            elif phrase.who == "pronoun":  # at her invitation: not whom the clause is about, the person just before
                about = max((p for p in parties if p.kind == "person" and p.start < m.start()),
                            key=lambda p: p.start, default=None)
                sides = {p.affiliation for p in parties if about and p.affiliation != about.affiliation}
            else:  # the latter / the former: among the parties named before the phrase
                before = sorted((p for p in parties if p.start < m.start()), key=lambda p: p.start)
                pick = before[-1] if phrase.who == "latter" and before else before[0] if before else None
                sides = {pick.affiliation} if pick else set()
            sides &= {p.affiliation for p in parties}
            if sides and len(sides) < len({p.affiliation for p in parties}):
                return sides
    return set()


FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
EXCHANGED = re.compile(r"exchanged\b", re.I)  # `exchanged letters with`: messages both ways, no sender
ADDRESSED = ("向", "致", "给", "給")  # the word before a message's addressee
BY_AFTER = re.compile(r"[^,;.]{0,40}?\bby\b")  # `was invited to Tokyo by X`: the inviter later in the clause
PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+$")  # `Y was invited by X`: the inviter is named after


def _cue_sides(text: str, frame: Frame, cues: list[Hit], kind: str) -> set[str]:
    """`X invited Y`, `accepting my invitation` (the one named before; after it in the passive: `Y was invited by
    X`), and a one-way message's sender (named before 向, or after `from`)."""
    parties = frame.parties
    for c in cues:
        if "asked_by" in c.kinds:
            said = text[c.start : c.end].lower()
            passive = PASSIVE.search(text, max(0, c.start - 8), c.start) is not None
            if passive and not (said.endswith(" by") or BY_AFTER.match(text, c.end)):
                continue  # `who was invited to Paris`: the one invited is named, the inviter is not
            if said.startswith("at the") or passive:
                after = [p for p in parties if p.start >= c.end]
                if after:
                    return {after[0].affiliation}
            else:
                before = [p for p in parties if p.start < c.start]
                if before:
                    return {before[0].affiliation}
    exchanged = EXCHANGED.match(text, frame.trigger[0]) is not None  # a trigger that tells the exchange itself
    if kind == "message" and not exchanged and not any("exchange" in c.kinds for c in cues):
        # received a letter from B: the sender named after `from`
        sent_by = [p for p in parties if p.start > frame.trigger[0] and FROM_BEFORE.search(text, max(0, p.start - 10),
                                                                                            p.start)]
        if sent_by:
            return {sent_by[0].affiliation}
        # 习近平向菲律宾总统致慰问电, 甲致乙亲笔信, 甲写给乙的信: the sender stands before 向 (致, 给), the
        # addressee after it
        to = max(text.rfind(w, frame.sentence[0], frame.trigger[0] - 1) for w in ADDRESSED)  # not 致唁电's 致
        limit = to if to > min(p.start for p in parties) else frame.trigger[0]
        senders = {p.affiliation for p in parties if p.start < limit}
        if senders and len(senders) < len({p.affiliation for p in parties}):
            return senders
    return set()


# `X phoned Y`, `X called Y`: the verb of the call says who placed it, its subject (not `spoke with`, `talked by phone`)
CALLER_VERBS = re.compile(r"(?:called|rang|phoned|telephoned|dialled|dialed)", re.I)


def _caller_sides(text: str, frame: Frame) -> set[str]:
    """The side of the party named last before an active verb of calling (A phoned B: A placed the call)."""
    if frame.type != "phone_call" or not CALLER_VERBS.fullmatch(text, *frame.trigger):
        return set()
    before = [p for p in frame.parties if p.start < frame.trigger[0]]
    return {max(before, key=lambda p: p.start).affiliation} if before else set()


# `"I spoke to him Sunday, called him, and I said…," the President said`: a quoted speaker's own account of placing
# the call, in the first person (its clause may run on from `I` over commas to the verb); `he called me`: the other
# side placed it; what follows the object tells a call (a stop, a day, `back`, `on the phone`), not a naming
# (`I called him a genius`, `he called me a liar`, `I called him stubborn`)
FIRST_PERSON_CALL = re.compile(r"\b(?:I (?:[^.;:\"“”\n]{0,40}? )?(?P<mine>called|phoned|rang|telephoned) (?:him|her)"
                               r"|[Ss]?[Hh]e (?:called|phoned|rang|telephoned) me)\b"
                               r"(?=\s*(?:[,.;:!?\"”—–-]|$|(?:and|on|by|back|again|first|once|twice|to|after"
                               r"|before|from|at|about|over|because|when|as|for|with|last|this|yesterday|today"
                               r"|tonight|early|late|\w+day)\b))")
# who says a quotation: named after its closing mark and before the verb of saying (`," the President told…`)
SAID_AFTER_QUOTE = re.compile(r"[\"”],?\s+(?P<who>[^\n\"“”.]{1,60}?)\s(?:said|says|added|told)\b")


def _first_person_caller(text: str, frame: Frame, window: tuple[int, int], mentions: list[Mention]) -> set[str]:
    """The side of a party who, quoted, tells of calling the other (`I called him`), or the other side when he
    tells of being called (`he called me`): the speaker is named where the quotation closes (the rest of its
    paragraph), by a mention there or by a party's name or title repeated there."""
    a, b = window
    if frame.type != "phone_call" or (text.find("I ", a, b) < 0 and text.find(" me", a, b) < 0):
        return set()  # the needle: a first person in the sentence
    m = FIRST_PERSON_CALL.search(text, a, b)
    line_end = text.find("\n", b)
    said = SAID_AFTER_QUOTE.search(text, m.end(), line_end if line_end >= 0 else len(text)) if m else None
    if said is None:
        return set()
    s, e = said.span("who")
    sides = {p.affiliation for p in frame.parties}
    inside = {p.affiliation for p in mentions if s <= p.start < e and p.affiliation in sides}
    if not inside:
        words = _words(text[s:e])
        inside = {p.affiliation for p in frame.parties
                  if any(w and _words(w) and _words(w) <= words for w in (p.name, p.title))}
    if len(inside) != 1 or len(sides) < 2:
        return set()
    return inside if m.group("mine") else sides - inside


def told_after(text: str, frame: Frame, window: tuple[int, int], mentions: list[Mention], phrases: Phrases,
               gaz: Gazetteer) -> set[int]:
    """Initiators a following sentence of no event of its own states (此次访问是应X的邀请进行的, `"I called him
    Sunday," the President said`)."""
    sides = _phrase_sides(text, frame, phrases, mentions, gaz, window) or \
        _first_person_caller(text, frame, window, mentions)
    return {i for i, p in enumerate(frame.parties) if p.affiliation in sides}


def initiators(text: str, frame: Frame, cues: list[Hit], mentions: list[Mention], phrases: Phrases,
               gaz: Gazetteer) -> set[int]:
    """Indexes of the frame's parties that initiated the interaction (empty when the text does not say)."""
    sides = (_phrase_sides(text, frame, phrases, mentions, gaz) or _caller_sides(text, frame)
             or _first_person_caller(text, frame, frame.sentence, mentions)
             or _cue_sides(text, frame, cues, frame.type))
    return {i for i, p in enumerate(frame.parties) if p.affiliation in sides}
