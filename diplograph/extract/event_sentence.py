"""The frames one sentence tells: its trigger and type, whether it is news, its parties (and the states
standing for them), its date read where the parties are, its status, one frame per act and partner, and which
of them, past the lead, are news of their own."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from operator import attrgetter

from diplograph.extract import event_background as background
from diplograph.extract import event_status as status
from diplograph.extract.actors import Mention
from diplograph.extract.en_parties import hosts_there
from diplograph.extract.event_date import (
    RANKS,
    DateChoice,
    coming_weekday,
    coming_year,
    later_stop,
    lead_choice,
    local_day,
    paragraph_date,
    rank_date,
)
from diplograph.extract.event_frame import Dropped, Frame, Sentence, clause_of, day_of, named, opens_item
from diplograph.extract.event_initiator import compile_phrases, initiators
from diplograph.extract.event_join import in_sequence, split_partners, told_in_turn
from diplograph.extract.event_leaders import leaders, listed_states, load_terms, state_partner, subject_states
from diplograph.extract.event_page import Page
from diplograph.extract.event_parties import (
    after_speaker,
    contracted_host,
    counterpart_office,
    destination,
    en_party_candidates,
    host_people,
    host_side,
    hosts_abroad,
    leaders_of_states,
    parties,
    sides_told_before,
    without_gatherings,
    zh_party_candidates,
)
from diplograph.extract.event_passes import hosts_during
from diplograph.extract.event_trigger import (
    HOSTED_TYPES,
    asked_about,
    choose_type,
    is_round,
    joined_other_mode,
    live_triggers,
    plan_after,
    round_ahead,
    signed_outcome,
    spoken_in_person,
    two_sided,
    visit_purpose,
    with_members,
)
from diplograph.extract.gazetteer import Gazetteer, Hit
from diplograph.lexicons import read_rows
from diplograph.lexicons.literals import word_starts


def _date_evidence(page: Page, sent: Sentence, hit: Hit, cues: list[Hit], journey: bool | None = None
                   ) -> DateChoice:
    """The ranked date of the trigger (past the lead, a sentence without a date reads in its paragraph's day);
    a weekday said of a plan, a wish or an act going on (is meeting X on Friday) is the coming one, not one said of
    what a plan comes after, and so is a month or day without a year (将于9月访美) read months before the
    report's. `journey`: whether the trigger is what a journey told in its clause is for
    (`travel_purpose`), when the caller has read it already."""
    if journey is None:
        journey = status.travel_purpose(page.text, sent, hit)
    if journey:  # departed on Sunday for talks: Sunday is the journey's
        return rank_date(page.text, sent, (hit.start, hit.end), [], None, page.ref, page.from_dateline)
    context = paragraph_date(page.text, sent.start, page.dates) if sent.start >= page.lead_end else None
    lead = lead_choice(page.text, context, page.dates) if context else page.lead
    when = rank_date(page.text, sent, (hit.start, hit.end), page.dates, lead, page.ref, page.from_dateline)
    behind = when.source == "text" and when.value is not None and when.value[:7] < (page.ref or "")[:7]
    if when.span is None or page.ref_day is None or not (when.counted or behind):
        return when  # no weekday counted from the report's day, no day before its month: nothing to move
    future_at = next((c.start for c in cues if (status.future(page.text, c, hit) or "hope" in c.kinds)
                      and c.start < hit.end
                      and not status.AFTER.search(page.text, c.end, hit.start)), None)  # will visit after a call
    if future_at is None:
        future_at = status.future_form(page.text, hit) or status.progressive(page.text, hit)
    if future_at is None:
        return when
    if when.counted:
        if when.span[0] < sent.start and not _told_ahead(page, when.span[0]):
            return when  # `arrived on Tuesday. She is expected to meet B`: the day of a sentence told as done
        return coming_weekday(page.text, when, future_at, page.ref_day)
    return coming_year(page.text, when, future_at, page.ref_day)


# a sentence that tells its act as ahead (将, will, is expected to)
AHEAD_WORD = re.compile("[将將]|" + word_starts("will", "would", "expected", "scheduled", "due", "set to", "plans",
                                               "is to", "are to", end=r"\b"))


def _told_ahead(page: Page, at: int) -> bool:
    """Whether the page's sentence holding position `at` tells something ahead: a weekday another sentence gives
    a plan is the coming one only then (4月7日（星期日），她将…; not `arrived on Tuesday.`)."""
    i = bisect_right(page.sentences, at, key=attrgetter("start")) - 1
    if i < 0:
        return False
    return AHEAD_WORD.search(page.text, page.sentences[i].start, page.sentences[i].end) is not None


# met A on Monday and will meet B: the next act's clause
TURN_JOIN = re.compile(",|" + word_starts("and", "before", "then", "after", end=r"\b"))


def _after_report(value: str | None, ref_day: date | None) -> bool:
    """Whether a date lies after the report's day (a month or year counts so: no day of it to compare), not the
    day something was said (The White House said on Monday that X will travel…)."""
    day = day_of(value)
    return value is not None and (day is None or ref_day is None or day > ref_day)


def _dated_ahead(when: DateChoice, ref_day: date | None) -> bool:
    """Whether the text itself dates the interaction on or after the report's day: a plan, not a wish."""
    day = day_of(when.value)
    return when.source == "text" and day is not None and ref_day is not None and day >= ref_day


def _in_turn(page: Page, sent: Sentence, cues: list[Hit], acts: list[Hit], i: int, when: DateChoice, state: str
             ) -> tuple[DateChoice, str]:
    """The day and status of the `i`-th interaction a sentence tells in turn (met A on Monday and will meet B on
    Friday): a later one takes the day and the future word its own clause gives, from the trigger before it, and
    stays a plan when the first is one (will meet A, and then hold talks with B)."""
    if i == 0:
        return when, state
    joins = list(TURN_JOIN.finditer(page.text, acts[i - 1].end, acts[i].start))  # where its clause begins
    a, b = joins[-1].start() if joins else acts[i - 1].end, acts[i + 1].start if i + 1 < len(acts) else sent.end
    own = [c for c in cues if a <= c.start < b]
    told = _date_evidence(page, Sentence(a, b), acts[i], own)
    if told.source != "text" or told.span is None or not a <= told.span[0] < b:
        told = when
    ahead = status.clause_status(page.text, own, acts[i], told.value, page.ref_day, told.source == "text")
    return told, "planned" if "planned" in (state, ahead) else ahead


def _undated_past(page: Page, sent: Sentence, hit: Hit, when: DateChoice) -> bool:
    """An English interaction with no day of its own in its clause told as past: `visited` in passing, in the
    past perfect, or past the lead named as someone's (Mori's trip to India) in a sentence that tells nothing
    ahead (not `During A's visit, B will…`)."""
    text, undated = page.text, when.rank < RANKS["clause"]
    return background.undated_past_visit(text, hit, when.rank, RANKS["clause"]) or (
        not page.chinese and undated and (background.past_perfect(text, sent, hit) or (
            sent.start >= page.lead_end and not AHEAD_WORD.search(text, sent.start, sent.end)
            and background.owned_undated(text, hit))))


class SentenceReader:
    """Reads the frames each sentence of a page tells; holds the compiled lexicons that reading needs."""

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
        # a territory's own code (HKG) stands for the state it belongs to when sides are counted
        self.territories = {code: state for code, state, *_ in read_rows("territories.tsv", extra)}
        self._reporter_titles: dict[str, bool] = {}  # titles repeat across documents: each is tested once

    def _news_only(self, page: Page, sent: Sentence, found: list[Frame], dropped: list[Dropped],
                   told: list[Frame]) -> list[Frame]:
        """Past the lead, only named people make news of their own, and an earlier day's interaction told
        again (unless held on the visit the page reports, which the frames `told` before date, or told as an
        item of a roundup of the week), a meeting someone speaks of and a commentator's remark are background;
        once the page told an interaction, `this meeting` (此次会晤) names it again. The visit's first day is
        read only for an interaction told again (read for every sentence, it cost the square of the frames)."""
        kept = []
        # in a roundup of the week each item is news of its own day: only what is older than a report's news
        recall_days = background.RECALL_DAYS if page.digest else background.BODY_RECALL_DAYS
        for f in found:
            reason = None
            if background.file_photo(page.text, f.sentence, f.date, page.ref_day):
                reason = "file photo"
            elif told and background.this_one(page.text, f.trigger[0]):
                reason = "retold"  # 此次会晤意在…: the interaction told before, named again
            elif sent.start >= page.lead_end and not (page.chinese and opens_item(page.text, sent.start)):
                if not f.sides_listed and not all(p.kind == "person" and named(p) for p in f.parties) \
                        and not background.news_unnamed(page.text, f, page.chinese):
                    reason = "unnamed in body"
                elif not page.chinese and background.other_headline(page.text, f.sentence):
                    reason = "other article"  # a related article's headline listed under the story
                elif (background.recalled(f.status, f.date_from, f.date, page.ref_day, recall_days)
                      or (not page.digest and background.told_last_week(page.text, f))) \
                        and not background.on_visit(f, background.visit_began(told)):
                    reason = "background"
                elif background.commentary(page.text, f.sentence, f.trigger[0]):
                    reason = "commentary"
            if reason is None and sent.start > page.offset and page.chinese and background.spoken_of(page.text, f):
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
                         [self.zones.get(p.affiliation or "") for p in group], page.text)
        if read is when:
            return when  # not shifted (most): still counted as it was, no copy made
        return read._replace(counted=read.value == when.value and when.counted)  # shifted once at most

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
        if live.time_clauses:  # 在与X会晤后，: who that clause names only times what follows
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in live.time_clauses)]
        own, kind, hit, asked = self._act(page, sent, live.live, cues)

        def drop(reason: str) -> list[Frame]:
            dropped.append(Dropped(reason, kind, (hit.start, hit.end), (sent.start, sent.end)))
            return []

        if background.told_as_past(text, cues, hit, sent.start, live.in_passing, sent.start < page.lead_end):
            return drop("background")
        journey = status.travel_purpose(text, sent, hit)
        # `were constructive and another round is planned for next week`: the next round's clause dates it only
        again = None if page.chinese else round_ahead(text, sent, kind, hit)
        when = _date_evidence(page, Sentence(sent.start, again.start) if again else sent, hit, cues, journey)
        if _undated_past(page, sent, hit, when):
            return drop("background")
        hope = status.hoped(text, sent, cues, hit)
        off = status.called_off(text, cues, own, (kind, hit.first("trigger").value))  # 不會會晤，原定的會談已經取消
        reason = status.drop_reason(text, sent, cues, hit, _dated_ahead(when, page.ref_day), hope)
        if reason and not (off and reason == "not held"):
            return drop(reason)
        heard, mentions = mentions, self._candidates(page, sent, hit, kind, mentions, when)
        group = without_gatherings(text, parties(text, sent, mentions, cues, kind, self._reporter, hit.start), kind,
                                   self.gaz.org_codes)
        group, listed = self._states_as_sides(page, sent, hit, kind, when.value or page.ref, group)
        group, listed, next_round = sides_told_before(text, sent, own, kind, group, listed, page.series, page.pair)
        group, sides = self._with_host(page, sent, hit, kind, group, heard)
        if len(sides) == 1 and hit.start == 0 and page.home and page.home not in sides and kind in HOSTED_TYPES:
            # a headline that opens with the interaction (`Telephone conversation with President of Tajikistan
            # Emomali Rahmon` on kremlin.ru): the outlet's own side is the other party, named in the lead
            group = [Mention("state", hit.start, hit.end, affiliation=page.home, affiliation_from="home"), *group]
        elif len({self.territories.get(side, side) for side in sides}) < 2:  # 甲 meets Hong Kong's chief: one state
            return drop("same side" if sides else "no parties")
        when = self._local_day(page, when, group)
        wished = hope or journey or status.sequel(text, sent)  # wished for, or put ahead by the journey or plan
        state = status.clause_status(text, cues, hit, when.value, page.ref_day, when.source == "text", wished, off)
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
                          next_round=next_round or is_round(at))
            frame.initiators = self._initiators(text, frame, at, cues, mentions, asked)
            out.append(frame)
        again = told_in_turn(text, out, own, heard) if page.chinese and out else None
        return out + [again] if again else out

    @staticmethod
    def _act(page: Page, sent: Sentence, live: list[Hit], cues: list[Hit]) -> tuple[list[Hit], str, Hit, bool]:
        """The sentence's own triggers (not those of an interaction a speaker tells of: 在会见X时，Y表示，…举行
        会谈), the type of the act it reports and the trigger telling it, and whether it only asks about holding
        talks (a message)."""
        text = page.text
        # a Chinese paragraph's `X表示，` opens what X says
        own = ([h for h in live if not background.in_speech(text, h.start)] or live) if page.chinese else live
        kind, hit = signed_outcome(text, own, *choose_type(own, {h.entries[0].kind for h in cues}))
        instead = status.told_instead(text, sent, own, hit)  # 将访问日本，但不会与天皇会面: the visit is the act
        if instead:
            own = instead
            kind, hit = signed_outcome(text, own, *choose_type(own, {h.entries[0].kind for h in cues}))
        if kind == "phone_call" and not page.chinese and spoken_in_person(text, sent, hit, page.actor_hits):
            kind = "meeting"
        asked = page.chinese and asked_about(text, kind, hit)
        return own, "message" if asked else kind, hit, asked

    def _candidates(self, page: Page, sent: Sentence, hit: Hit, kind: str, mentions: list[Mention],
                    when: DateChoice) -> list[Mention]:
        """The sentence's mentions that may be parties to the interaction at `hit`: those of the trigger's clause
        (see zh_/en_party_candidates) after the last verb of saying before it, and on a page datelined abroad,
        people of no known side taken as the host state's."""
        text = page.text
        if page.chinese:
            mentions = zh_party_candidates(text, sent, mentions, hit)
        else:
            mentions = en_party_candidates(text, sent, mentions, hit)
        mentions = after_speaker(text, sent, mentions, hit, lambda: destination(text, sent, page.actor_hits, hit,
                                                                                 self.gaz))
        if page.abroad and kind in HOSTED_TYPES:
            mentions = hosts_abroad(mentions, hit, page.home, page.abroad)
        if not page.chinese and kind in HOSTED_TYPES:
            mentions = hosts_there(text, sent, mentions, hit, page.actor_hits, self.gaz.state_names,
                                   hosts_during(page.hosts, kind, when),
                                   page.abroad if page.home is None else None)
        return mentions

    def _with_host(self, page: Page, sent: Sentence, hit: Hit, kind: str, group: list[Mention],
                   heard: list[Mention]) -> tuple[list[Mention], set[str]]:
        """The parties and their sides, with the host of a visit only its visitor's side names: the state of
        the place or the verb it goes to (访华, arrived in Tokyo), as its people the sentence names or itself."""
        text, sides = page.text, {m.affiliation for m in group}
        if kind != "visit" or len(sides) != 1:
            return group, sides
        visitor = next(iter(sides))
        host = host_side(text, sent, page.actor_hits, visitor, self.gaz.state_names) or contracted_host(
            text, hit, self.gaz, visitor)
        if host is None:
            return group, sides
        return [*group, *(host_people(text, heard, sent, hit, host) or [host])], sides | {host.affiliation}

    def _initiators(self, text: str, frame: Frame, at: Hit, cues: list[Hit], mentions: list[Mention],
                    asked: bool) -> set[int]:
        """Who asked for the interaction at `at`: after a phone call that came first, who invited whom before
        it asked for something else (read only where a cue stands before the trigger: cues come sorted by
        start); who asks about holding talks sends that message (the sentence's subject)."""
        first = bool(cues) and cues[0].start <= at.start and status.came_first(text, at)
        told_cues = [c for c in cues if c.start > at.start] if first else cues
        return initiators(text, frame, told_cues, mentions, self.phrases, self.gaz) or ({0} if asked else set())

    def _acts_and_partners(self, page: Page, sent: Sentence, own: list[Hit], cues: list[Hit],
                           chosen: tuple[str, Hit], group: list[Mention], when: DateChoice, state: str
                           ) -> list[tuple[str, Hit, DateChoice, str, int, list[Mention]]]:
        """Each interaction the sentence tells with its parties and its rank among the partners of one act: one
        per trigger of an English sentence that tells interactions with different people in turn, else the acts
        of `_acts`, each split by partner; a meeting with an organisation's officials is its summit."""
        text, orgs = page.text, self.gaz.org_codes
        seq = [] if page.chinese else in_sequence(own, group)
        if seq:
            acts = [(t.first("trigger").value, t, *_in_turn(page, sent, cues, [t for t, _ in seq], i, when, state),
                     [partners]) for i, (t, partners) in enumerate(seq)]
        else:
            acts = [(act, at, told, act_state, split_partners(group, cues, text[at.start : at.end], self.separately,
                                                              clause_of(text, sent, at.start), act, text, at.start))
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
        again = None if second or purpose or planned or page.chinese else round_ahead(text, sent, kind, hit)
        begun = None if second or purpose or planned or again else status.visit_under_way(text, sent, live, kind, hit)
        if second is not None:
            acts.append((*second, when, state))
        elif purpose is not None:  # the visit's day and status are read at its own trigger
            visit = hit if kind == "visit" else purpose[1]
            day = when if kind == "visit" else _date_evidence(page, sent, visit, cues)
            fallback = rank_date(text, sent, (hit.start, hit.end), [], None, page.ref, page.from_dateline)
            weak = day._replace(source=fallback.source, rank=fallback.rank, counted=False)
            went = state if kind == "visit" else status.clause_status(text, cues, visit, day.value, page.ref_day,
                                                                      day.source == "text")
            # `flew to Beijing on Tuesday to meet X`: what a journey told as made was for lies after it, not on a
            # weekday ahead counted for the purpose's plan: the report's day, as a fallback; what a visit ahead
            # is for, with no day of its own, takes the visit's (will travel to X on March 10 for talks)
            talks = (weak if kind == "visit" else fallback if went == "held"
                     else when._replace(source=fallback.source, rank=fallback.rank, counted=False)
                     if when.source == "text" or not _after_report(day.value, page.ref_day) else weak)
            # a trip called off takes what it was for with it (postponed a trip to X for talks)
            acts = [(kind, hit, day, state), (*purpose, talks, state)] if kind == "visit" else \
                [(kind, hit, talks, went if went == "cancelled" else state), (*purpose, day, went)]
        elif planned is not None:
            told = _date_evidence(page, Sentence(sent.start, hit.start), planned, cues)  # not the call's day
            acts.append(("visit", planned, told, status.clause_status(
                text, cues, planned, told.value, page.ref_day, told.source == "text")))
        elif again is not None:  # another round is planned for next week: dated and planned in its own clause
            told = _date_evidence(page, Sentence(again.start, sent.end), again, cues)
            acts.append(("talks", again, told, "planned"))
        elif begun is not None:  # a visit under way, and the act it will bring: each in its own part
            visit, split = begun
            day = _date_evidence(page, Sentence(sent.start, split), visit, cues)
            if status.clause_status(text, cues, visit, day.value, page.ref_day, day.source == "text") == "held":
                acts = [(kind, hit, _date_evidence(page, Sentence(split, sent.end), hit, cues), state),
                        ("visit", visit, day, "held")]
        video = any("video" in c.kinds for c in cues)
        return [(two_sided(k, text[h.start : h.end], group, page.actor_hits, sent, video), h, d, st)
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

