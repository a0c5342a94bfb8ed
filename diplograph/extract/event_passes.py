"""Passes over a page's frames once every sentence is read: a day or an initiator a later sentence tells of an
interaction (`the talks held on Friday`, 此次通话是由法方发起的), a counted day read where the joined frame's
parties are, the person of the lead who stands for the outlet's own side, and the states the page's held visits
go to (whose unsided officials a visitor meets there)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract.actors import Mention
from diplograph.extract.event_date import (
    DAY_COUNTS,
    DAYS_LONG,
    RANKS,
    DateChoice,
    coming_weekday,
    local_day,
    rank_date,
    said_day,
)
from diplograph.extract.event_frame import Dropped, Frame, Sentence, day_of, named
from diplograph.extract.event_initiator import Phrases, told_after
from diplograph.extract.event_leaders import Term
from diplograph.extract.event_page import Page
from diplograph.extract.gazetteer import Gazetteer
from diplograph.lexicons.literals import word_starts

# the words that name an interaction of each type again, as a noun (the call, 此次访问); the English determiner
# opens first character first (word_starts, every alternative opening with a plain letter) and only the words after
# it are read in any case: a leading `\b` under re.I leaves `re` no first character to scan for, and these are
# searched in every later sentence
TYPE_NOUNS = {
    # the call, the telephone conversation (a readout's `The conversation took place at X's initiative`)
    "phone_call": re.compile(word_starts("the", "this", "that", any_case=True,
                                         end=r"(?i: (?:(?:phone |telephone )?call"
                                             r"|(?:phone |telephone )?conversation))\b")
                             + "|通话|通話|通电话|通電話"),
    "meeting": re.compile(word_starts("the", "this", "that", any_case=True, end=r"(?i: meeting)\b")
                          + "|会见|會見|会晤|會晤|会面|會面"),
    "talks": re.compile(word_starts("the", "these", any_case=True, end=r"(?i: talks)\b") + "|会谈|會談"),
    "visit": re.compile(word_starts("the", "this", "that", "his", "her", any_case=True,
                                    end=r"(?i: (?:state |official )?(?:visit|trip))\b") + "|访问|訪問|此访|此訪"),
}
RETOLD = ("same side", "no parties", "retold")  # a sentence that names one side of an interaction, or `this one`,
# may speak of it again


def dates_told_after(page: Page, frames: list[Frame], dropped: list[Dropped]) -> None:
    """A frame the text gives no day for takes the day of a later sentence that speaks of that interaction
    again with one side or none (`the talks held on Friday`: the interaction of that type told last before it);
    so does a planned one dated only by the day it was announced (16日宣布X将访问Y … 将于18日至19日访问), from a
    later sentence that gives a day still ahead, and one dated only by a month (`another round is planned for
    next week` … `will return on Sunday for more talks`), from a later sentence that gives a day in it."""
    for f in frames:
        announced = f.status == "planned" and said_day(page.text, f.date_span, f.trigger)
        month = f.date if f.date_from == "text" and f.date and len(f.date) == 7 else None
        if (f.date_from != "published" and not announced and not month) or f.next_round:
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
                if month and (told.counted or not day.isoformat().startswith(month)):
                    continue  # `next week` … `on Thursday`: a weekday counted from the report's may fall before it
                if (day >= page.ref_day) if f.status == "planned" else (day <= page.ref_day):
                    f.date, f.date_from, f.date_span, f.date_rank = told.value, "text", told.span, told.rank
                    break


def _told_last_before(frames: list[Frame], d: Dropped) -> Frame | None:
    """The page's interaction of the dropped sentence's type told last before it: the one `the talks` speaks of."""
    before = [g for g in frames if g.type == d.type and not g.next_round and g.sentence[0] < d.sentence[0]]
    return max(before, key=lambda g: g.sentence[0], default=None)


def local_days(page: Page, frames: list[Frame], zones: dict[str, float]) -> None:
    """A day counted from the report's, read where the joined frame's parties are (the headline's and the
    lead's parties together: 今天 in Taipei at 02:45 was the day before in London and Washington)."""
    for f in frames:
        if f.counted:
            choice = DateChoice(f.date, f.date_from, f.date_span, f.date_rank, counted=True)
            f.date = local_day(choice, page.published, zones.get(page.home or ""),
                               [zones.get(p.affiliation or "") for p in f.parties], page.text).value
            f.counted = False


# `Kenya, Ethiopia trade officials meet`, `foreign ministers hold talks`: a headline's office below the leaders'
BELOW_LEADERS = re.compile(r"\b(?i:(?<!prime )ministers?|officials?|envoys?|diplomats?|negotiators?|delegat(?:es|ions?)"
                           r"|aides?|ambassadors?|secretar(?:y|ies)|chiefs?|FMs?)\b")


def headline_leaders(text: str, frames: list[Frame], pair: list[Mention]) -> None:
    """A headline that names an interaction's sides as states (`Kenya, Ethiopia leaders discuss drought`) and a
    lead that names those states' two people and tells no interaction of its own (`A and B agreed…`): they are
    the headline's parties, unless the headline gives the sides' people an office below the leaders'."""
    sides = {m.affiliation for m in pair}
    for f in frames:
        if f.sentence[0] == 0 and all(p.kind == "state" for p in f.parties) and \
                {p.affiliation for p in f.parties} == sides and not BELOW_LEADERS.search(text, *f.sentence):
            f.parties = list(pair)


def initiators_told_after(page: Page, sents: list[Sentence], frames: list[Frame], mentions: list[Mention],
                          dropped: list[Dropped], phrases: Phrases, gaz: Gazetteer) -> None:
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
            f.initiators = told_after(page.text, f, window, mentions, phrases, gaz)
            if f.initiators:
                break


def name_home_side(page: Page, mentions: list[Mention], frames: list[Frame], reporter: Callable[[Mention], bool]
                   ) -> None:
    """A state standing in for the outlet's side takes the person of that side the lead names."""
    lead = [m for m in mentions if page.offset <= m.start < page.lead_end and m.kind == "person" and named(m)
            and not reporter(m)]
    for f in frames:
        for i, p in enumerate(f.parties):
            if p.kind == "state" and p.affiliation_from == "home":
                found = next((m for m in lead if m.affiliation == p.affiliation), None)
                if found is not None:
                    f.parties[i] = found


HEAD_TITLES = ("head_of_state", "head_of_government")


def name_bare_heads(frames: list[Frame], terms: dict[str, list[Term]], ref: str | None) -> None:
    """An English head told by his title alone (`The Prime Minister spoke to…` in a readout of his office), whose
    side the page gives, is the one holder of that office the people lexicon has for that side on the event's
    day: his name, not the title, is the party's."""
    for f in frames:
        day = f.date or ref
        for i, p in enumerate(f.parties):
            if p.kind != "person" or p.name != p.title or p.office not in HEAD_TITLES or not p.affiliation or not day:
                continue
            held = {t.who: t for t in terms.get(p.affiliation, ()) if t.office == p.office and t.start <= day < t.end}
            if len(held) == 1:
                f.parties[i] = replace(p, name=next(iter(held.values())).names["en"], affiliation_from="gazetteer")


def visit_hosts(text: str, frames: list[Frame], ref_day: date | None) -> dict[str, tuple[str, date, date]]:
    """Per visitor's side, the state of each visit told as held with one person and one state party (arrived in
    Ruritania for a state visit) and the days it lasts: those its sentence tells (`a three-day visit`), else up
    to the report's day."""
    out = {}
    for f in frames:
        people = {p.affiliation for p in f.parties if p.kind == "person"}
        states = {p.affiliation for p in f.parties if p.kind == "state"}
        first = day_of(f.date)
        if f.type == "visit" and f.status == "held" and len(people) == 1 and len(states) == 1 and people != states \
                and first is not None:
            long = DAYS_LONG.search(text, *f.sentence)
            n = (DAY_COUNTS.get(long["n"].lower()) or int(long["n"])) if long and long["n"] else 0
            last = first + timedelta(days=n - 1) if n else max(first, ref_day or first)
            out[next(iter(people))] = (next(iter(states)), first, last)
    return out


def hosts_during(hosts: dict[str, tuple[str, date, date]], kind: str, when: DateChoice) -> dict[str, str]:
    """The states of the page's held visits (`visit_hosts`) whose hosts a meeting or talks may be with: when the
    sentence leaves them undated or dates them within the visit's days (not a call from elsewhere, nor a meeting
    told a month ahead, a year before or after the visitor came home)."""
    if kind not in ("meeting", "talks"):
        return {}
    day = day_of(when.value) if when.source == "text" else None
    if when.source == "text" and day is None:
        return {}
    return {side: state for side, (state, first, last) in hosts.items() if day is None or first <= day <= last}
