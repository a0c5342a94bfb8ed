"""One real-world event across documents: frames of different documents are one event when their dates
agree (days read in the texts a day apart at most, for time zones, unless they tell different rounds of talks; a
publication day places the event before
or after it by its status, and two such days agree when one is a plan's and the days they place it on meet),
their sides agree, their types are compatible (a planned event and the held one are the same event), no
participant contradicts another, and one person is in both (by name or by the id of the office holder of the
day) or one report gives the sides only as states or as bare titles of the other's people's offices."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import combinations
from typing import Any

from diplograph.extract.names import HAN_NAMING, fold, is_han
from diplograph.merge.groups import DisjointSets
from diplograph.resolve.identity import BY_NAME, is_named, names_agree, participant_id

# types that one report calls by the other's name (会见/会谈, a call told as a video call)
# (a video meeting is told as a meeting or talks by one report and as a video call by another)
COMPATIBLE = [frozenset(("meeting", "talks")), frozenset(("phone_call", "video_call")),
              frozenset(("meeting", "video_call")), frozenset(("talks", "video_call"))]
# between the same leaders a summit is their meeting (a summit of more sides, or of a side given as a state, is
# another event than a talk beside it)
BILATERAL = frozenset(("meeting", "talks", "summit"))
STATUS_RANK = {"held": 0, "cancelled": 1, "planned": 2}
ONE_HOLDER = frozenset(("head_of_state", "head_of_government", "foreign_minister"))  # one person a side at a time
# the clustering rules' version: a stored window clustered under other rules is clustered again
RULES = "8-readings-of-one-holder"  # changed rules re-cluster every stored window
SPAN = 2  # the most days two dated reports of one event can lie apart (two fallback dates, or copies of a page)
# a report dated only by its publication day places the event by its status: a held event on that day or up to
# `BEFORE` days earlier (`in recent days`), a planned one on that day or up to `AHEAD` days later (`next week`)
BEFORE, AHEAD = 3, 7
WINDOW = max(SPAN, BEFORE, AHEAD)  # the blocking reach: the most days any two reports of one event lie apart


# the rank of a round of talks a report tells (第二轮会谈, the second round of talks) or a meeting held again (met
# again, 再次会谈; not `agreed to meet again`, 将再次): two held reports a day apart that tell different rounds are two
# events, which the day-apart leeway for time zones would otherwise join
ROUND_RANK = re.compile(r"第([二三四五六七八九两兩\d])[轮輪](?:会谈|會談|磋商|谈判|談判|会晤|會晤)"
                        r"|\b(second|third|fourth|fifth|sixth) round of (?:talks|negotiations|consultations)\b"
                        r"|(?<!to )(?<!will )(?<!would )\b(?:meets?|met|talks?|talked|speaks?|spoke) (again)\b"
                        r"|(?<!同意)(?<![将將愿願])(再次|再度)(?=[^，,。；;]{0,12}?(?:会谈|會談|会晤|會晤|会见|會見|通话|通話))",
                        re.I)
RANKS_WRITTEN = {**dict(zip("二三四五六七八九", range(2, 10))), "两": 2, "兩": 2,
                 **dict(zip(("second", "third", "fourth", "fifth", "sixth"), range(2, 7)))}


def _round(f: dict[str, Any]) -> int | str:
    """The round a held report tells: its rank, `again`, or 1 when none is told."""
    m = ROUND_RANK.search(f.get("evidence") or "") if f["status"] == "held" else None
    if m is None:
        return 1
    rank = (m.group(1) or m.group(2) or "").lower()
    return RANKS_WRITTEN.get(rank) or (int(rank) if rank.isdigit() else "again")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _fallback_reach(f: dict[str, Any]) -> tuple[int, int]:
    """The days (before, after) a frame dated by its publication day can lie from the event it reports."""
    return {"held": (BEFORE, SPAN), "planned": (SPAN, AHEAD)}.get(f["status"], (SPAN, SPAN))


def _plans_overlap(a: dict[str, Any], b: dict[str, Any], shift: int) -> bool:
    """Whether two reports dated only by their publication days (`b`'s `shift` days after `a`'s), one of them
    a plan, place the event on a common day within the blocking reach: `Lee to meet Xi next week` on a Tuesday
    and `Lee and Xi to hold talks` on the Sunday after tell one meeting. Two reports of a held event published
    days apart may tell two rounds: they keep to `SPAN`."""
    if "planned" not in (a["status"], b["status"]):
        return abs(shift) <= SPAN
    before_a, after_a = _fallback_reach(a)
    before_b, after_b = _fallback_reach(b)
    return -min(before_a + after_b, WINDOW) <= shift <= min(after_a + before_b, WINDOW)


def _dates_agree(a: dict[str, Any], b: dict[str, Any], near: bool) -> bool:
    """Whether two reports' dates can be one event's: copies within `SPAN` days, a publication day's reach by
    status, days read in the texts a day apart at most (time zones) unless they tell different rounds, a month
    holding the other's day."""
    da, db = _day(a["date"]), _day(b["date"])
    if da and db:
        fallbacks = [f for f in (a, b) if f["date_from"] == "published"]
        if near:
            return abs((da - db).days) <= SPAN
        if len(fallbacks) == 2:
            return _plans_overlap(a, b, (db - da).days)
        if fallbacks:  # the other report's day must lie where the publication day places the event
            before, after = _fallback_reach(fallbacks[0])
            shift = ((db - da) if fallbacks[0] is a else (da - db)).days
            return -before <= shift <= after
        apart = abs((da - db).days)
        return apart == 0 or (apart == 1 and _round(a) == _round(b))
    if a["date"] and b["date"]:  # a month against a day or a month
        return a["date"][:7] == b["date"][:7]
    return near  # no date on one side: only copies of one page are trusted


def _sides(f: dict[str, Any]) -> set[str]:
    return {p["affiliation"] for p in f["participants"]}


def _one_kind(x: str, y: str) -> bool:
    """The same type, or two names of one (`COMPATIBLE`: a meeting told as talks)."""
    return x == y or any(x in group and y in group for group in COMPATIBLE)


def _types_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same type, two names of one (`COMPATIBLE`), or a summit and a meeting of the same leaders (two, or
    the three of a trilateral told as a summit by one report and as their meeting by another)."""
    x, y = a["type"], b["type"]
    if _one_kind(x, y):
        return True
    return x in BILATERAL and y in BILATERAL and _sides(a) == _sides(b) \
        and all(is_named(p) or p.get("wikidata") for f in (a, b) for p in f["participants"])


def _names(p: dict[str, Any]) -> set[str]:
    return {fold(n) for n in p["name"].values()}


def same_person(p: dict[str, Any], q: dict[str, Any]) -> bool:
    """Whether two named participants of one side can be one person: the same Wikidata id when both were
    found by name; the same office holder's id for names transliterated two ways (施泰因迈尔/史坦麥爾);
    else names that can be one (`names_agree`; other characters read alike, 奥蒂诺/歐提諾, only in an office a side
    has one holder of: two ministers of one state may sound alike). Native Han names are never overruled by an
    office."""
    if p.get("wikidata_by") == q.get("wikidata_by") == BY_NAME:
        return p["wikidata"] == q["wikidata"]
    if p.get("wikidata") and p.get("wikidata") == q.get("wikidata") and p["affiliation"] not in HAN_NAMING:
        return True
    alike = p.get("office") == q.get("office") in ONE_HOLDER  # characters read alike: one holder a side has
    return any(names_agree(x, y, p["affiliation"], by_reading=alike) for x in _names(p) for y in _names(q))


def _people_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """No named person of one frame is contradicted by the named people of the same side and kind in the
    other (a delegation beside a leader is no contradiction). A bare title's id, read off the office, is
    not weighed against a name: the gazetteer's holder may be stale."""
    for p in a["participants"]:
        if not is_named(p):
            continue
        others = [q for q in b["participants"]
                  if q["affiliation"] == p["affiliation"] and q.get("kind") == p.get("kind") and is_named(q)]
        if others and not any(_can_be(p, q) for q in others):
            return False
    return True


def _sides_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same sides, or one report naming one more side than another (a third country it also mentions)
    while both name at least the two that met, on the same day (a three-way round the day after two met is
    another meeting) unless one day is only a fallback."""
    x, y = _sides(a), _sides(b)
    if x == y:
        return True
    one_more = len(x & y) >= 2 and (x <= y or y <= x) and abs(len(x) - len(y)) == 1
    return one_more and (a["date"] == b["date"] or "published" in (a["date_from"], b["date_from"]))


def _offices_agree(p: dict[str, Any], q: dict[str, Any]) -> bool:
    x, y = p.get("office") or "other", q.get("office") or "other"
    return x == y or "other" in (x, y)


def _agree_in_one_script(p: dict[str, Any], q: dict[str, Any]) -> bool:
    """Names in one script that can be one person by their letters or characters (characters read alike for the
    same sounds are weaker evidence: they need the same office)."""
    return any(is_han(x) == is_han(y) and names_agree(x, y, p["affiliation"], by_reading=False)
               for x in _names(p) for y in _names(q))


def _can_be(p: dict[str, Any], q: dict[str, Any]) -> bool:
    """Two named participants of one side can be one person: names in two scripts do not tell two people
    apart, so they must also hold the same office (a vice-president is not the foreign minister)."""
    return same_person(p, q) and (_offices_agree(p, q) or _agree_in_one_script(p, q))


def _someone_shared(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Positive evidence: both frames carry one Wikidata id on a side (美国领导人, the holder of the office
    that day, and 拜登 by name), or a named participant of one can be a named participant of the other:
    by names compared in one script, or else in the same office (names in two scripts do not tell a
    defence minister from a president)."""
    return any(p["affiliation"] == q["affiliation"] and (
        (p.get("wikidata") and p["wikidata"] == q.get("wikidata"))
        or (is_named(p) and is_named(q) and _can_be(p, q)))
        for p in a["participants"] for q in b["participants"])


def anonymous(f: dict[str, Any]) -> bool:
    """Whether a frame gives its sides as states or groups only (中美会谈, the three countries' talks); a bare
    title (两国代表) is a person, whom another report may tell apart."""
    return all(p.get("kind") in ("state", "group") for p in f["participants"])


def names_nobody(f: dict[str, Any]) -> bool:
    """Whether a frame gives its sides as states, groups or bare titles only (中日两国外长会谈): which of the
    day's events of those sides it tells only the offices may say."""
    return all(p.get("kind") in ("state", "group") or not is_named(p) for p in f["participants"])


def _titles_fit(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Positive evidence when one report names nobody and gives a side by a bare title that tells an office
    (两国外长, the two foreign ministers): one kind of event, the very same sides, the same day read in both
    texts, and every such title held by someone the other report names on that side, or, when the other names
    nobody either, the very same offices on each side."""
    titled, other = (a, b) if names_nobody(a) else (b, a)
    if anonymous(titled) or not names_nobody(titled) or not _one_kind(a["type"], b["type"]) \
            or _sides(a) != _sides(b) or a["date"] != b["date"] or not _day(a["date"]) \
            or "published" in (a["date_from"], b["date_from"]):
        return False
    offices = _offices_told(titled)
    if names_nobody(other) and not anonymous(other):  # `两国外长` and `the two foreign ministers`: the same offices
        return bool(offices) and offices == _offices_told(other)
    return bool(offices) and all(  # `the two sides' representatives` tell no office: any meeting of theirs
        any(q["affiliation"] == p and q.get("office") == office and is_named(q) for q in other["participants"])
        for p, office in offices)


def _offices_told(f: dict[str, Any]) -> set[tuple[str, str]]:
    """(side, office) of every person of the frame whose title tells an office."""
    return {(p["affiliation"], p["office"]) for p in f["participants"]
            if p.get("kind") == "person" and p.get("office") not in (None, "other")}


def _states_fit(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Positive evidence when one report gives the sides only as states: the same type, the very same sides
    and the same day, read in both texts (two sides) or at least the same day (three sides or more: a
    meeting of the same three states is rarer), or, for three sides or more, a day read in one text where
    the other's publication day or the month the other's text gives (`next week`) places the event. `cluster`
    keeps a frame apart when it fits two events."""
    if not (anonymous(a) or anonymous(b)) or a["type"] != b["type"] or _sides(a) != _sides(b):
        return False
    days = sorted((a["date"] or "", b["date"] or ""), key=len)
    if len(_sides(a)) >= 3 and len(days[0]) == 7 and len(days[1]) == 10 and days[1].startswith(days[0]):
        return True
    if not (_day(a["date"]) and _day(b["date"])):
        return False
    fallbacks = [f["date_from"] == "published" for f in (a, b)].count(True)
    if a["date"] != b["date"]:
        return len(_sides(a)) >= 3 and fallbacks == 1 and _dates_agree(a, b, False)
    return len(_sides(a)) >= 3 or fallbacks == 0


def compatible(a: dict[str, Any], b: dict[str, Any], near: bool = False) -> bool:
    """Whether two frames of different documents can be one event (`near`: their documents are copies).
    Reports of different pages must also share a person, or give the very same states on the same day:
    sides, type and a date window alone fit too often."""
    return (
        a["doc_id"] != b["doc_id"]
        and _types_agree(a, b)
        and _sides_agree(a, b)
        and _dates_agree(a, b, near)
        and _people_agree(a, b)
        and _people_agree(b, a)
        and (near or _someone_shared(a, b) or _states_fit(a, b) or _titles_fit(a, b))
    )


def fits_undated(f: dict[str, Any], members: list[dict[str, Any]]) -> bool:
    """Whether a report with no day at all (none in its text, no publication day) can tell the dated event of
    `members`: compatible with every report of it but for the day, and a person in common with one (sides
    given as states alone say nothing without a day)."""
    return any(g["date"] for g in members) and all(
        f["doc_id"] != g["doc_id"] and _types_agree(f, g) and _sides_agree(f, g) and _people_agree(f, g)
        and _people_agree(g, f) for g in members) and any(_someone_shared(f, g) for g in members)


def _ordinal(value: str | None) -> int | None:
    d = _day(value)
    return d.toordinal() if d else None


def order_key(f: dict[str, Any]) -> tuple[str, bool, bool, str]:
    """The order frames are clustered in: by date (undated last), on one day the frames that name people
    before those giving states or titles only (so that these see every event of the day), a date read in the
    text before a fallback."""
    return (f["date"] or "9999", names_nobody(f), f["date_from"] == "published", f["frame_id"])


def cluster(frames: list[dict[str, Any]], copies: dict[str, str]) -> dict[str, str]:
    """frame_id → event_id (`copies`: doc id → its group of near-duplicate documents). A frame joins the
    largest existing event whose every frame it is compatible with (complete linkage: no chain of near matches
    joins two different events); the event's id is its first frame's id, so it stays put as reports come.
    A frame giving its sides as states or titles only that fits two events of its day joins neither: which it
    tells is unknown.
    Candidates are the events naming one of the frame's pairs of sides whose earliest day is at most
    `WINDOW` days before the frame's (frames come in date order, so an older event can never take it again)."""
    events: list[list[dict[str, Any]]] = []
    first_day: list[int | None] = []
    by_pair: dict[frozenset[str], list[int]] = {}  # live events by each pair of sides they name
    for f in sorted(frames, key=order_key):
        pairs = [frozenset(p) for p in combinations(sorted({q["affiliation"] for q in f["participants"]}), 2)]
        day = _ordinal(f["date"])
        group = copies.get(f["doc_id"])
        for pair in pairs:
            live = by_pair.get(pair, [])
            if day is not None:  # retire events that began too long before: they fail every later date check
                live[:] = [k for k in live if first_day[k] is None or first_day[k] >= day - WINDOW]
        fits = [k for k in dict.fromkeys(k for pair in pairs for k in by_pair.get(pair, []))
                if all(compatible(f, g, group is not None and copies.get(g["doc_id"]) == group) for g in events[k])]
        best = max(fits, key=lambda k: len(events[k]), default=None)  # the largest; the first of equals
        if len(fits) > 1 and names_nobody(f):
            best = None
        if best is None:
            best = len(events)
            events.append([])
            first_day.append(day)
        elif day is not None and (first_day[best] is None or day < first_day[best]):
            first_day[best] = day
        events[best].append(f)
        for pair in pairs:
            if best not in by_pair.setdefault(pair, []):
                by_pair[pair].append(best)
    return {f["frame_id"]: members[0]["frame_id"] for members in events for f in members}


def merged_row(rows: list[dict[str, Any]], event_id: str) -> dict[str, Any]:
    """One stored-frame-like row from the frames of one event: the commonest type, held over planned, a date
    read in a text over a fallback, names in every script, the initiator the reports state, and `reports`:
    every source with its spans."""
    kind = merged_type(rows)
    ranked = sorted(rows, key=lambda r: (STATUS_RANK.get(r["status"], 3), r["date_from"] == "published"))
    lead = dict(next(r for r in ranked if r["type"] == kind))
    lead["status"] = ranked[0]["status"]  # told as held by one report: it took place, whatever the plans said
    best = merged_date(ranked, lead["status"])  # any report's date: one may call the event by another type
    if best is not None:
        lead["date"], lead["date_from"] = best["date"], best["date_from"]
    participants: list[dict[str, Any]] = []
    seen: list[list[dict[str, Any]]] = []  # the reports' forms of each merged participant
    primary: set[int] = set()  # forms from reports that tell the event in their headline or first sentence
    for r in rows:
        told_first = _in_lead(r)
        for p in r["participants"]:
            if told_first:
                primary.add(id(p))
            k = next((i for i, q in enumerate(participants) if q["affiliation"] == p["affiliation"]
                      and (not is_named(q) or not is_named(p) or same_person(q, p))), None)
            if k is None:
                participants.append({**p, "name": dict(p["name"])})
                seen.append([p])
                continue
            seen[k].append(p)
            twin = participants[k]
            if is_named(p) and not is_named(twin):  # the named form replaces a bare title or a state
                participants[k] = {**p, "name": dict(p["name"])}
            elif is_named(p):
                for script, name in p["name"].items():
                    twin["name"].setdefault(script, name)
                if p.get("wikidata") and (not twin.get("wikidata") or (
                        twin.get("wikidata_by") != BY_NAME and p.get("wikidata_by") == BY_NAME)):
                    # 菲佐 has no id where Robert Fico has one: the id a report found, by name before by office
                    twin.update(wikidata=p["wikidata"], wikidata_by=p.get("wikidata_by"))
    for p, forms in zip(participants, seen):
        offices = Counter(f["office"] for f in forms if f.get("office") not in (None, "other"))
        if offices:
            p["office"] = offices.most_common(1)[0][0]
        # the initiator any report states in its headline or lead (or any report, when none tells it there):
        # a remark deep in a story about something else is the weakest reading
        told = [f for f in forms if id(f) in primary] or forms
        p["initiator"] = any(f["initiator"] for f in told)
    # a side only a minority of the reports name (a third country one story also mentions) is left out
    named_by = Counter(a for r in rows for a in {p["affiliation"] for p in r["participants"]})
    kept = [p for p in participants if 2 * named_by[p["affiliation"]] >= len(rows)]
    lead["participants"] = kept if len({p["affiliation"] for p in kept}) >= 2 else participants
    lead["frame_id"] = event_id
    lead["reports"] = [{"doc_id": r["doc_id"], "source": r["source"], "spans": r["spans"], "evidence": r["evidence"]}
                       for r in rows]
    lead["topics"] = sorted({t for r in rows for t in r.get("topics", [])})
    lead["topic_cues"] = {t: sorted({c for r in rows for c in r.get("topic_cues", {}).get(t, [])})
                          for t in lead["topics"]}
    lead["statements"] = [st for r in rows for st in resolved_statements(r)]
    lead["commitments"] = [c for r in rows for c in resolved_commitments(r)]
    return lead


def merged_type(rows: list[dict[str, Any]]) -> str:
    """The type most reports give; between equally many, a meeting or talks over a summit (a summit joins
    only a meeting of two leaders, which is what the other reports name), then one a report of the event as held
    gives (a plan's name for it is a guess), then the first report's."""
    types = Counter(r["type"] for r in rows)
    held = {r["type"] for r in rows if r["status"] == "held"}
    return max(types, key=lambda t: (types[t], t != "summit", t in held,
                                     -min(i for i, r in enumerate(rows) if r["type"] == t)))


def merged_date(ranked: list[dict[str, Any]], status: str | None = None) -> dict[str, Any] | None:
    """The report whose date the event takes: among those of the event's `status` (the leading report's by
    default), the one whose date evidence is the most specific (`date_rank`: the trigger's clause over the
    lead over the dateline), a date read in a text over a fallback; among equally specific reports the day
    most of them give, then a day over a month (`next week` in one report, `on Sunday` in another), then the
    earliest (a later report may count from its own day). None when only fallbacks are there."""
    status = status or ranked[0]["status"]
    dated = [r for r in ranked if r["date"] and r["date_from"] != "published"]
    pool = [r for r in dated if r["status"] == status] or dated
    if not pool:
        return None
    top = max(r.get("date_rank", 0) for r in pool)
    pool = [r for r in pool if r.get("date_rank", 0) == top]
    votes = Counter(r["date"] for r in pool)
    return min(pool, key=lambda r: (-votes[r["date"]], -len(r["date"]), r["date"]))


def resolved_statements(row: dict[str, Any]) -> list[dict[str, Any]]:
    """A frame's statements in the exchange format: the speaker as the participant's id (or `joint`)."""
    out = []
    for st in row.get("statements", []):
        if "speaker" in st:  # already resolved (a merged row)
            out.append(st)
            continue
        seq = st.get("speaker_seq")
        speaker = "joint" if st.get("joint") or seq is None or seq >= len(row["participants"]) else \
            participant_id(row["participants"][seq])
        out.append({"speaker": speaker, "text": st["text"], "doc_id": row["doc_id"], "start": st["start"],
                    "end": st["end"], "topics": st.get("topics", []), "topic_cues": st.get("topic_cues", {})})
    return out


def resolved_commitments(row: dict[str, Any]) -> list[dict[str, Any]]:
    """A frame's commitments with the document they were read in."""
    return [{**c, "doc_id": c.get("doc_id", row["doc_id"])} for c in row.get("commitments", [])]


LEAD_START = 20  # a body sentence starting this close to the top is the lead (after a short dateline line)


def _in_lead(row: dict[str, Any]) -> bool:
    """Whether a frame's sentence is its document's headline or the body's first sentence."""
    span = (row.get("spans") or {}).get("sentence") or {}
    return span.get("field") == "title" or (span.get("field") == "body" and span.get("start", LEAD_START) < LEAD_START)


class PeopleUnifier:
    """One id per person across the corpus, built event by event: within each event, named participants of
    one side who can be one person (瓦德福 in one report, 瓦德富爾 in another) are joined; joins chain across
    events. A group takes its Wikidata id if it has one, else its commonest id."""

    def __init__(self) -> None:
        self.sets = DisjointSets()
        self.evidence: dict[str, str] = {}
        self.seen: Counter[str] = Counter()
        self.canonical: dict[str, str] = {}

    def add_event(self, event_id: str, members: list[dict[str, Any]]) -> None:
        """Join the people of one event's frames and count every named participant."""
        people = [p for f in members for p in f["participants"] if is_named(p)]
        self.seen.update(participant_id(p) for p in people)
        for i, p in enumerate(people):
            for q in people[i + 1:]:
                a, b = participant_id(p), participant_id(q)
                if p["affiliation"] == q["affiliation"] and self.sets.root(a) != self.sets.root(b) \
                        and same_person(p, q):
                    self.sets.join(a, b)
                    self.evidence[a] = self.evidence[b] = f"event:{event_id}"

    def settle(self) -> None:
        """Choose each group's id, once every event was added."""
        groups: dict[str, list[str]] = {}
        for key in self.seen:
            groups.setdefault(self.sets.root(key), []).append(key)
        for keys in groups.values():
            chosen = next((k for k in keys if k.startswith("Q")), None) or max(keys, key=lambda k: (self.seen[k], k))
            self.canonical.update((k, chosen) for k in keys)

    def apply(self, frame: dict[str, Any]) -> set[tuple[str, str, str, str]]:
        """Set `actor_id` on the frame's named participants in place; (actor_id, name, script, evidence) for
        every name seen."""
        aliases = set()
        for p in frame["participants"]:
            if is_named(p):
                key = participant_id(p)
                p["actor_id"] = self.canonical[key]
                why = "gazetteer" if p.get("wikidata") else self.evidence.get(key, "name")
                aliases.update((p["actor_id"], name, script, why) for script, name in p["name"].items())
        return aliases


def unify_people(frames: list[dict[str, Any]], clusters: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """`PeopleUnifier` over frames held in memory: sets `actor_id` on the participants in place and returns
    (actor_id, name, script, evidence) for every name seen."""
    unifier = PeopleUnifier()
    events: dict[str, list[dict[str, Any]]] = {}
    for f in frames:
        events.setdefault(clusters.get(f["frame_id"], f["frame_id"]), []).append(f)
    for event_id, members in events.items():
        unifier.add_event(event_id, members)
    unifier.settle()
    aliases: set[tuple[str, str, str, str]] = set()
    for f in frames:
        aliases |= unifier.apply(f)
    return sorted(aliases)
