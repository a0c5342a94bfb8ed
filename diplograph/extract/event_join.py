"""One event per interaction: a sentence telling several (分别会见A、B, spoke separately with, respectively)
gives one frame per partner, and within one page the headline, the lead and later mentions of one
interaction join into one frame that keeps the most specific date and the named people."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from diplograph.extract.actors import Mention
from diplograph.extract.event_date import RANKS
from diplograph.extract.event_frame import ZH_CLAUSE_END, Dropped, Frame, named, same_name
from diplograph.extract.event_trigger import CONTEXT_TYPES
from diplograph.extract.gazetteer import Hit

GENERIC_TYPES = ("meeting", "talks")  # words that fit any modality (對話, talks) when a call is already told
LISTING = ("、", "和", "与", "與", "及", ", ", " and ", " ", "\u3000")  # between parties listed together
SENTENCE_RANK = RANKS["sentence"]
LISTED_EACH = re.compile(r"、[^，,。；;、\s]{0,6}")  # 、陆军参谋长乙: the next of a list, with his title's qualifier
# 先后与甲、乙举行三边会谈: talks the trigger's own qualifier says are of three sides or more are one act, though
# their partners are told one after another (先后); 分别 still tells one act each
SIDES_COUNTED = re.compile(r"[三四多][边邊]$")
IN_TURN = ("先后", "先後")
JOINT_STATEMENT = re.compile(r"声明|聲明")  # a Chinese agreement trigger that is a joint statement (not 签署)
MODALITY = {"phone_call": "remote", "video_call": "remote", "message": "message"}  # all others: in person


def split_partners(parties: list[Mention], cues: list[Hit], said: str, separately: tuple[str, ...],
                   clause: tuple[int, int] = (0, 0), kind: str = "", text: str = "",
                   said_at: int = 0) -> list[list[Mention]]:
    """One party list per partner when the text says 分别/separately/respectively (also inside the trigger:
    `spoke individually with`, given as `said`), or when a visit goes to several states listed together
    (访问甲国、乙国和丙国: one visit to each) or a meeting with officials each titled and listed with 、;
    otherwise one list with everyone. Several people of one side split only when everyone stands in the
    trigger's `clause` (甲国总统A、总理B分别会见C). Talks of three sides or more (三边会谈, the trigger `said` at
    `said_at` so qualified) told with 先后 alone stay one."""
    hosts = sorted(parties[1:], key=lambda p: p.start)
    several_hosts = (kind == "visit" and len(hosts) > 1 and all(p.kind == "state" for p in hosts)
                     and all(text[a.end : b.start] in LISTING for a, b in zip(hosts, hosts[1:])))
    # 会见了参联会主席甲、陆军参谋长乙: officials of one side each titled and listed with 、, one meeting each
    several_met = (kind == "meeting" and len(hosts) > 1 and len({p.affiliation for p in hosts}) == 1
                   and all(p.kind == "person" and named(p) and p.title for p in hosts)
                   and all(LISTED_EACH.fullmatch(text, a.end, b.start) for a, b in zip(hosts, hosts[1:])))
    low = said.lower()
    if (not several_hosts and not several_met and not any("separately" in c.kinds for c in cues)
            and not any(w in low for w in separately)) or _sides_counted(text, cues, clause[0], said_at):
        return [parties]
    pairs = _subjects_with_one_partner(parties, text)
    if pairs:
        return pairs
    first = parties[0].affiliation
    subject = [p for p in parties if p.affiliation == first]
    others: dict[str, list[Mention]] = {}
    for p in parties:
        if p.affiliation != first:
            others.setdefault(p.affiliation, []).append(p)
    if len(others) > 1:
        return [subject + group for group in others.values()]
    if len(others) == 1:  # 甲国总统A、总理B分别会见C / A分别会见甲国总统B和外长C: one side enumerated
        [rest] = others.values()
        one, many = (subject, rest) if len(subject) == 1 else (rest, subject)
        if (len(one) == 1 and len(many) > 1 and all(p.kind == "person" and named(p) for p in many)
                and all(clause[0] <= p.start < clause[1] for p in parties)):
            return [[*one, p] if one[0] is subject[0] else [p, *one] for p in many]
    return [parties]


def _sides_counted(text: str, cues: list[Hit], start: int, said_at: int) -> bool:
    """Whether the trigger at `said_at` is qualified by its count of sides (三边会谈) and the only word that tells
    its partners apart is 先后 (one after another), not 分别."""
    marks = [text[c.start : c.end] for c in cues if "separately" in c.kinds]
    return bool(marks) and all(m in IN_TURN for m in marks) and bool(SIDES_COUNTED.search(text, start, said_at))


SUBJECTS_LISTED = ("和", "、", "及")  # 甲国总统A和乙国首相B…与丙国总统C单独会晤: A and B are both subjects


def _subjects_with_one_partner(parties: list[Mention], text: str) -> list[list[Mention]]:
    """`A和B…单独与C会晤`: subjects of several sides listed first, each meeting the one partner after them (one
    side): a pair per subject. Empty when the parties are not so told."""
    ordered = sorted(parties, key=lambda p: p.start)
    k = 1
    while k < len(ordered) and text[ordered[k - 1].end : ordered[k].start] in SUBJECTS_LISTED:
        k += 1
    subjects, partners = ordered[:k], ordered[k:]
    if len(subjects) < 2 or not partners or len({p.affiliation for p in partners}) != 1 or len(
            {p.affiliation for p in subjects}) != len(subjects) or partners[0].affiliation in {
            p.affiliation for p in subjects}:
        return []
    return [[s, *partners] for s in subjects]


SEQUENCE_TYPES = ("meeting", "talks", "phone_call")


def in_sequence(triggers: list[Hit], parties: list[Mention]) -> list[tuple[Hit, list[Mention]]]:
    """`A will meet B, chairman of X, and then hold talks with C`: one sentence telling interactions with
    different people in turn gives one per trigger, each with the subject named before the first and the
    people named after it (up to the next trigger); a trigger naming no one before the next is one act with it,
    of the first one's kind (hold talks and a luncheon with C: talks); none when the last names no one."""
    acts = sorted((t for t in triggers if t.first("trigger").value in SEQUENCE_TYPES), key=lambda t: t.start)
    subject = [p for p in parties if acts and p.end <= acts[0].start]
    if len(acts) < 2 or not subject:
        return []
    sides = {p.affiliation for p in subject}
    out = []
    pending = None  # the first trigger of an act whose people are named after a later one
    for t, nxt in zip(acts, [*acts[1:], None]):
        partners = [p for p in parties if t.end <= p.start and (nxt is None or p.start < nxt.start)
                    and p.kind == "person" and named(p) and p.affiliation not in sides]
        if not partners and nxt is None:
            return []
        if partners:
            out.append((pending or t, subject + partners))
        pending = None if partners else pending or t
    return out if len(out) >= 2 else []


# 在跟X通话时, 再与X通话: the partner an interaction told again in a later clause is named with
ZH_WITH = re.compile(r"(?:跟|与|與|同|和)[^，,；;。]{0,30}$")


def told_in_turn(text: str, frames: list[Frame], triggers: list[Hit], mentions: list[Mention]) -> Frame | None:
    """A Chinese sentence telling its last frame's kind of interaction again in a later clause with someone else
    (A分别跟B和C通话商讨应对，…，在跟D通话时，…): a frame for that one too, on the same day, with the frame's
    subject (the side named first) and the people of sides no frame of the sentence has, named with it (跟D)
    before its trigger."""
    frame = frames[-1]
    later = next((t for t in triggers if t.start >= frame.trigger[1] and t.first("trigger").value == frame.type
                  and ZH_CLAUSE_END.search(text, frame.trigger[1], t.start)), None)
    if later is None:
        return None
    opening = ZH_WITH.search(text, frame.trigger[1], later.start)
    subject = min(frame.parties, key=lambda p: p.start).affiliation
    told = {p.affiliation for f in frames for p in f.parties}
    partners = [m for m in mentions if opening and opening.start() < m.start < later.start
                and m.kind == "person" and named(m) and m.affiliation not in told]
    if not partners:
        return None
    return replace(frame, trigger=(later.start, later.end), initiators=set(),
                   parties=[p for p in frame.parties if p.affiliation == subject] + partners)


def guessed_side(m: Mention) -> bool:
    """Whether the party is an unnamed title whose side is only the outlet's (a headline's bare 防长): a guess
    that a telling naming that office's holder of another side overrides."""
    return m.kind == "person" and not named(m) and m.affiliation_from == "home" and m.office is not None


def _holder(p: Mention, a: Frame, b: Frame) -> Mention | None:
    """The named person of `b` who holds the office of `a`'s guessed party, of a side `a` does not name."""
    others = {m.affiliation for m in a.parties if m is not p}
    return next((q for q in b.parties if q.kind == "person" and named(q) and q.office == p.office
                 and q.affiliation not in others), None)


def _office_holder(x: Mention, y: Mention) -> bool:
    """Whether one of two people of one side is the leader the gazetteer names for that side's office on the
    day (日韩首脑: its names in another script than the page's) and the other holds that same office."""
    return x.office == y.office and "gazetteer" in (x.affiliation_from, y.affiliation_from) \
        and (x.name or "").isascii() != (y.name or "").isascii()


def same_parties(a: Frame, b: Frame) -> bool:
    """Whether `b` tells the interaction of `a` again: the same sides (or `a`'s sides among more, as when the
    headline names two parties and the lead adds a third), and no named person in conflict; a side `a` only
    guessed is the side of the office's holder `b` names."""
    sides = {m.affiliation for m in b.parties}
    if not all(m.affiliation in sides or (guessed_side(m) and _holder(m, a, b)) for m in a.parties):
        return False
    return all(
        # a side's delegation is one group however it is named (美农产代表团, 美国大豆等农产品贸易代表团), and
        # a state one side (宏國, 宏都拉斯; U.S., the United States)
        any(same_name(x, y) or x.kind != y.kind or x.kind in ("group", "state") or _office_holder(x, y)
            for y in b.parties if y.affiliation == x.affiliation)
        for x in a.parties if x.affiliation in sides
    )


def _org_setting(g: Frame, f: Frame, text: str, orgs: frozenset[str]) -> bool:
    """Whether the headline `g` names as a side an organization that the lead `f` names only as the
    setting (向阿盟首脑理事会会议致贺信 / 向…会议轮值主席特本致贺信): the lead tells who took part."""
    ours, theirs = {m.affiliation for m in g.parties}, {m.affiliation for m in f.parties}
    extra = [m for m in g.parties if m.affiliation not in theirs]
    return bool(ours & theirs) and bool(extra) and all(
        m.affiliation in orgs and m.name and m.name in text[f.sentence[0] : f.sentence[1]] for m in extra
    )


def _retelling(out: list[Frame], f: Frame, told_with: set[str], toured: frozenset[str], begun: bool = False
               ) -> Frame | None:
    """The frame already kept that `f` tells again: same parties, and the same modality (or one generic
    word for it on the same day: 通話 then 對話). A frame of another type is not retold when `f`'s sentence
    tells that type apart (`told_with`: a visit for summit talks is a visit and talks), nor is a tour of a
    state (`toured`) by one of the meetings held on it, nor a visit `begun` by a meeting still ahead on it."""
    same_type = [g for g in out if g.type == f.type] + [g for g in out if g.type != f.type]  # 會晤並通話 twice
    return next(
        (g for g in same_type if same_parties(g, f) and g.sentence != f.sentence  # one sentence, two acts
         and (g.type == f.type or (g.type not in told_with and not _dated_apart(g, f)
                                   and not (g.type == "agreement" and g.sentence[0] == 0
                                            and f.type in GENERIC_TYPES)))
         and not _meeting_on_tour(g, f, toured) and not _ahead_on_visit(g, f, begun)
         and g.next_round == f.next_round
         and not _each_way(g, f)
         and (MODALITY.get(f.type, "person") == MODALITY.get(g.type, "person")
              or (f.date == g.date and (f.type in GENERIC_TYPES or g.type in GENERIC_TYPES)
                  and (g.sentence[0] == 0 or _someone_shared(g, f))))),
        None,
    )


def _sides(f: Frame) -> set[str]:
    return {m.affiliation for m in f.parties}


def _host(f: Frame) -> str | None:
    """The side a visit of two sides goes to where no host is named: its one state party (访华, 对美国进行国事访问)."""
    states = {p.affiliation for p in f.parties if p.kind == "state"}
    return next(iter(states)) if f.type == "visit" and len(states) == 1 and len(_sides(f)) == 2 else None


def _each_way(a: Frame, b: Frame) -> bool:
    """Whether two visits go to different sides (甲将访华，乙将对美国进行国事访问): a visit and the return visit."""
    host_a, host_b = _host(a), _host(b)
    return host_a is not None and host_b is not None and host_a != host_b


def _dated_apart(a: Frame, b: Frame) -> bool:
    """Whether the text dates two frames to different days (a visit from the 3rd, a meeting on the 5th during it:
    two interactions, not one told twice); a day read from the lead or the paragraph, or one counted from the
    report's (今天) beside one the text gives, is too weak to part them (two counted days, `arrived on Friday`
    and `held talks on Saturday`, shift together where the parties are); one held and one planned in another
    month are apart."""
    if min(a.date_rank, b.date_rank) < SENTENCE_RANK or not a.date or not b.date:
        return False
    if a.status != b.status and a.date[:7] != b.date[:7] and min(len(a.date), len(b.date)) == 7:
        return True  # held on a day, and planned for another month (will visit in May): no shift joins them
    return a.counted == b.counted and len(a.date) == 10 and len(b.date) == 10 and a.date != b.date


def _meeting_on_tour(a: Frame, b: Frame, toured: frozenset[str]) -> bool:
    """Whether one frame is a visit to a toured state and the other a meeting with people of that state."""
    if (a.type == "visit") == (b.type == "visit"):
        return False
    visit, other = (a, b) if a.type == "visit" else (b, a)
    hosts = {p.affiliation for p in visit.parties if p.kind == "state"} & toured
    return any(p.affiliation in hosts and p.kind == "person" for p in other.parties)


def _ahead_on_visit(a: Frame, b: Frame, begun: bool) -> bool:
    """Whether one frame is a visit the body tells as held (`begun`) and the other an interaction still ahead
    that the body tells (今天啟程出訪…除了和乙會晤之外，也會…): two interactions, not one told twice."""
    visit, other = (a, b) if a.type == "visit" else (b, a)
    return (begun and visit.type == "visit" and other.type != "visit" and visit.status == "held"
            and other.status == "planned" and other.sentence[0] > 0)


def _toured(frames: list[Frame]) -> frozenset[str]:
    """The states a visit of the page goes to whose people the visitor meets two or more of (called on A and B,
    met C, then D; or the hosts call on him in turn: 李强、赵乐际分别会见甲): a tour whose meetings are
    interactions of their own, not a retelling of the visit."""
    visited = {p.affiliation for f in frames if f.type == "visit" for p in f.parties[1:]}
    met: dict[str, set[str]] = {}
    for f in frames:
        if f.type != "visit":
            for p in f.parties:
                if p.kind == "person" and named(p) and p.affiliation and p.name:
                    met.setdefault(p.affiliation, set()).add(p.name)
    return frozenset(code for code, names in met.items() if len(names) >= 2 and code in visited)


def _itinerary(f: Frame) -> frozenset[str]:
    """The side whose officials a planned meeting lists after one person (will call on A and B, is due to meet A,
    B and C): a visitor's programme, one call on each, like a tour's; not people a plural title names together
    (envoys A and B), and a held meeting told as one stays one."""
    first, rest = f.parties[0], f.parties[1:]
    sides = {p.affiliation for p in rest}
    if (f.type != "meeting" or f.status != "planned" or len(rest) < 2 or len(sides) != 1
            or first.affiliation in sides or not all(p.kind == "person" and named(p) for p in f.parties)):
        return frozenset()
    titles = [p.title_span for p in rest if p.title_span]
    return frozenset(sides) if len(titles) == len(set(titles)) else frozenset()


def _one_call_each(f: Frame, toured: frozenset[str]) -> list[Frame]:
    """A meeting on a tour with several hosts named together (called on A and B) is one call on each; so is a
    planned meeting with officials of one side listed in a programme (`_itinerary`)."""
    toured = toured | _itinerary(f)
    hosts = [p for p in f.parties[1:] if p.affiliation in toured and p.kind == "person" and named(p)]
    if f.type == "visit" or len(hosts) < 2 or len(f.parties) != len(hosts) + 1:
        return [f]
    return [replace(f, parties=[f.parties[0], h], initiators=set()) for h in hosts]


def _someone_shared(a: Frame, b: Frame) -> bool:
    """Whether a named person of one frame is named in the other: two generals' talks and their leaders'
    call on one day are two interactions, a call told again as 对话 names the same people."""
    return any(x.affiliation == y.affiliation and named(x) and named(y) and same_name(x, y)
               for x in a.parties for y in b.parties)


def _absorb(same: Frame, f: Frame) -> None:
    """Fold the retelling `f` into `same`: named people for bare titles or states, the lead's type for a
    headline's generic word, the more specific date (not from an act of another type with a side more), the
    initiator, a headline's planned status."""
    more: list[Mention] = []
    for i, p in enumerate(same.parties):
        if guessed_side(p) and not any(q.affiliation == p.affiliation for q in f.parties):
            better = _holder(p, same, f)  # the headline's 防长, of no side it gives, is the lead's minister
        elif not named(p) or p.kind == "state":  # the lead names who the headline's 沙特 or 总统 was
            found = [q for q in f.parties if q.affiliation == p.affiliation and named(q) and q.kind != "state"]
            better = found[0] if found else None
            if p.kind == "state":  # a state the lead names two people of (会见习近平及总理李强): both
                more += [q for q in found[1:] if not any(q is r for r in same.parties)]
        else:  # the headline's Halvorsen is the lead's Kari Halvorsen: the fuller form; the page's own name for
            # the leader the gazetteer named
            better = next((q for q in f.parties if q.affiliation == p.affiliation and q.kind == p.kind and q.name
                           and p.name and (p.name in q.name and len(q.name) > len(p.name)
                                           or p.affiliation_from == "gazetteer" and _office_holder(p, q))), None)
        if better is not None:
            same.parties[i] = better
    same.parties += more
    in_title = same.sentence[0] == 0
    if (in_title and not same.retyped  # the first retelling names the kind; later `meet with` asides do not
            and f.sentence[0] > 0 and f.type != same.type and same.type in GENERIC_TYPES
            and f.type not in CONTEXT_TYPES):  # the headline's 會晤 stays a meeting when the lead frames a visit
        same.type, same.retyped = f.type, True
    if f.type == same.type or _sides(f) <= _sides(same):  # a third leader's visit told beside the summit: its day
        _take_date(same, f)
    if not same.initiators and f.initiators:
        same.initiators = {i for i, p in enumerate(same.parties)
                           if any(p.affiliation == f.parties[j].affiliation for j in f.initiators)}
    if same.status == "held" and f.status != "held" and in_title:
        same.status = f.status


def _take_date(same: Frame, f: Frame) -> None:
    """Keep the more specific of two tellings' dates: the one from better evidence, or on equal evidence a day
    within the other's year or month (a headline's 年内 beside the lead's 4日, `next week` beside `on Feb. 1`)."""
    finer = bool(same.date) and f.date is not None and len(f.date) > len(same.date) and f.date.startswith(same.date)
    if f.date_rank > same.date_rank or (f.date_rank == same.date_rank and finer):
        same.date, same.date_from, same.date_span, same.date_rank = f.date, f.date_from, f.date_span, f.date_rank
        same.counted = f.counted


def join_page_frames(frames: list[Frame], text: str, orgs: frozenset[str] = frozenset(),
                     dropped: list[Dropped] | None = None) -> list[Frame]:
    """One frame per interaction: the headline and the lead usually tell the same one twice (and the body may
    tell the headline's again in a sentence left out, `dropped`)."""
    out: list[Frame] = []
    toured = _toured(frames)
    begun = any(f.type == "visit" and f.status == "held" and f.sentence[0] > 0 for f in frames)
    frames = [g for f in frames for g in _one_call_each(f, toured)]
    by_sentence: dict[tuple[int, int], list[Frame]] = {}  # made once: a scan of all frames per frame is quadratic
    for f in frames:
        by_sentence.setdefault(f.sentence, []).append(f)
    per_trigger = Counter(f.trigger for f in frames)  # so is counting the frames of each trigger per frame
    # three sides or more the body tells as one interaction's (三国元首会晤 in the headline and the lead): a
    # multilateral interaction, not a setting a bilateral one narrows
    body_sides = {frozenset(_sides(f)) for f in frames if f.sentence[0] > 0 and len(_sides(f)) >= 3}
    for f in frames:
        # a headline naming a setting as a side too (出席上合峰会并对哈萨克斯坦进行国事访问) and a lead with
        # only the two who met: the lead's sides are the interaction's
        # (not one of the interactions a sentence tells apart: 甲和乙单独与丙会晤 is two besides the headline's,
        # nor a headline whose sides the body tells together: 当天还会见了丙 is one more)
        split = per_trigger[f.trigger] > 1
        narrower = next((g for g in out if not split and g.sentence[0] == 0 and f.sentence[0] > 0 and g.type == f.type
                         and frozenset(_sides(g)) not in body_sides
                         and ((not same_parties(g, f) and same_parties(f, g)) or _org_setting(g, f, text, orgs))),
                        None)
        if narrower is not None:
            narrower.parties, narrower.initiators = f.parties, set(f.initiators)
            _take_date(narrower, f)  # and its date (日防卫相会晤澳新两国防长, then 2日…与新西兰国防部长会谈)
            continue
        told_with = {g.type for g in by_sentence[f.sentence] if g is not f}
        if f.type == "agreement" and JOINT_STATEMENT.search(text, *f.trigger):
            # a joint statement (两人会后共同发表的声明) is a document the two sides issue, an act of its own
            # beside the meeting or talks told before it, not those talks told again (as 签署 would not be)
            told_with |= set(GENERIC_TYPES)
        same = _retelling(out, f, told_with, toured, begun)
        if same is None:
            out.append(f)
        else:
            _absorb(same, f)
    return headline_told_unnamed(out, dropped or [])


def headline_told_unnamed(frames: list[Frame], dropped: list[Dropped]) -> list[Frame]:
    """A headline's interaction, undated in it, that the body tells again with its sides given only as states
    (韩美日代表再次会晤 … 三国代表还将于17日举行会晤, left out as `unnamed in body`; a side more may be read in the
    body): that telling gives the headline its day and status, and a side's bare title (代表) is the one person
    the page's other interactions name for that side."""
    for f in frames:
        if f.sentence[0] != 0 or f.date_rank >= SENTENCE_RANK:
            continue
        told = next((d.frame for d in dropped if d.reason == "unnamed in body" and d.frame is not None
                     and d.frame.type == f.type and _sides(d.frame) >= _sides(f)
                     and d.frame.date_rank >= SENTENCE_RANK), None)
        if told is not None:
            _absorb(f, told)
            f.parties = [_named_on_page(p, frames) for p in f.parties]
    return frames


def _named_on_page(p: Mention, frames: list[Frame]) -> Mention:
    """The named person the page's interactions give for an unnamed party's side, when they give exactly one."""
    if p.kind != "person" or named(p):
        return p
    found = {q.name: q for g in frames for q in g.parties if q.affiliation == p.affiliation and q.kind == "person"
             and named(q)}
    return next(iter(found.values())) if len(found) == 1 else p
