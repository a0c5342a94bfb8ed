"""The cross-document stage over a store, streamed month by month: memory holds two windows of frames, not
the corpus, and a merge with nothing new to take in returns at once. Per window the input is hashed; a
window whose hash did not change keeps its clusters without clustering again, so event ids stay put."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

import orjson

from diplograph.merge.events import RULES, PeopleUnifier
from diplograph.merge.neardup import bucket_links, copy_groups, sketch
from diplograph.merge.undated import UndatedReports
from diplograph.merge.windows import adjacent, cluster_window, reconcile, window_of
from diplograph.resolve.identity import (
    BY_OFFICE,
    PeopleIndex,
    is_named,
    load_people,
    local_id,
    participant_id,
    resolve_participants,
)
from diplograph.store import Database, browse
from diplograph.store.merging import MergeStore

WIDS = ("actor_id", "wikidata", "wikidata_by")


@dataclass
class MergeSummary:
    """What one merge run found (counts over the whole store after it)."""

    frames: int = 0
    events: int = 0
    resolved: int = 0
    near_duplicates: int = 0
    clustered_windows: int = 0
    kept_windows: int = 0

    def line(self) -> str:
        from diplograph.services import plural

        return (f"{plural(self.frames, 'report')} of events in the documents → {plural(self.events, 'event')},"
                f" {plural(self.resolved, 'participant')} with a Wikidata id,"
                f" {plural(self.near_duplicates, 'near-duplicate document pair')}")


def merge(db: Database, extra_lexicons: str = "", links: list[tuple[str, str, float]] | None = None,
          ) -> MergeSummary:
    """Resolve participants, link near-duplicate documents, cluster the frames of one real-world event and
    learn aliases, taking in what was ingested since the last merge; nothing to do when nothing is new.
    `links`: the near-duplicate links of every candidate bucket the new documents fall in, when an engine found
    them already (Spark, over a store that held only its documents); found here otherwise."""
    store = MergeStore(db)
    summary = MergeSummary()
    with store.lock():
        if store.pending():
            _fill_sketches(store)
            with store.snapshot():
                copies = copy_groups(chain(store.links(), _new_links(store) if links is None else _given(store, links)))
                people = load_people(extra_lexicons)
                dropped = _resolve_once(store, people)
                unifier = PeopleUnifier()
                for event_id, members, window, local in _events(store, copies, dropped, summary):
                    unifier.add_event(event_id, members)
                    store.stage_frames([(f["frame_id"], window.get(f["frame_id"]), local[f["frame_id"]], event_id,
                                         f["participants"]) for f in members])
                unifier.settle()
                _stage_identities(store, unifier)
            store.switch()
    browse.refresh(db)  # what the web app, the API and the export read, and the search index (when changed)
    summary.frames, summary.events, summary.resolved, summary.near_duplicates = store.counts()
    return summary


LINK_CHUNK = 5000  # near-duplicate links held at once before they are staged


def _new_links(store: MergeStore) -> Iterator[tuple[str, str, float]]:
    """The near-duplicate links of the buckets that documents not merged yet fall in, each staged as it is
    found: a chunk is held at a time, not every link of the corpus (with a pair once per bucket it shares)."""
    batch: list[tuple[str, str, float]] = []
    for members in store.touched_buckets():
        if len(members) > 1:
            batch += bucket_links(list(members), members)
        if len(batch) >= LINK_CHUNK:
            store.stage_links(batch)
            yield from batch
            batch = []
    store.stage_links(batch)
    yield from batch


def _given(store: MergeStore, links: list[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    """Links found by another engine, staged as `_new_links` stages its own."""
    for i in range(0, len(links), LINK_CHUNK):
        store.stage_links(links[i:i + LINK_CHUNK])
    return links


def _fill_sketches(store: MergeStore) -> None:
    """Sketch the documents stored before sketches were made at ingest."""
    rows = store.missing_sketches()
    for i in range(0, len(rows), 500):
        store.db.store_sketches([(doc_id, version, sketch(body)) for doc_id, body, version in rows[i:i + 500]])


def resolve_window(frames: list[dict[str, Any]], people: PeopleIndex, dropped: set[str]) -> None:
    """Resolve the frames' participants in place; drop ids read off an office that the corpus shows stale."""
    resolve_participants(frames, people)
    for f in frames:
        for p in f["participants"]:
            if p.get("wikidata_by") == BY_OFFICE and p["wikidata"] in dropped:
                p.pop("wikidata")
                p.pop("wikidata_by")
                p["actor_id"] = local_id(p)


def _resolve_once(store: MergeStore, people: PeopleIndex) -> set[str]:
    """Ask the gazetteer about every participant once, in one pass over the store: the answers are staged
    per frame for the clustering pass (`apply_ids`), and the office ids that the whole corpus shows stale
    (two printed names for one holder) are returned."""
    hits: dict[bytes, dict[str, Any]] = {}
    batch: list[tuple[str, bytes]] = []
    for f in store.frames():
        found = [lookup(p, f["date"], people) for p in f["participants"]]
        hits.update(_office_hits(f, found))
        if any(found):
            batch.append((f["frame_id"], orjson.dumps(found)))
        if len(batch) >= 1000:
            store.stage_ids(batch)
            batch = []
    store.stage_ids(batch)
    return stale_ids(list(hits.values()), people)


def lookup(p: dict[str, Any], day: str | None, people: PeopleIndex) -> tuple[str, str] | None:
    """The gazetteer's (Wikidata id, reason) for one participant of a frame of that day, as
    `resolve_participants` asks it."""
    if p.get("kind") != "person":
        return None
    return people.resolve(p["name"].values() if is_named(p) else (), p["affiliation"], p.get("office"), day,
                          p.get("title") or "")


def apply_ids(frames: list[dict[str, Any]], dropped: set[str]) -> None:
    """Set the ids `_resolve_once` staged on the frames' participants (in place), as `resolve_window` would
    resolve them: everyone starts from their local id; an id read off an office the corpus shows stale
    is not given."""
    for f in frames:
        found = f.pop("ids", None) or []
        for k, p in enumerate(f["participants"]):
            p.pop("wikidata", None)
            p.pop("wikidata_by", None)
            p["actor_id"] = local_id(p)
            hit = found[k] if k < len(found) else None
            if hit and not (hit[1] == BY_OFFICE and hit[0] in dropped):
                p["wikidata"], p["wikidata_by"] = hit
                p["actor_id"] = hit[0]


def office_hits(frames: list[dict[str, Any]], people: PeopleIndex) -> dict[bytes, dict[str, Any]]:
    """One small frame per distinct (person, day) among these frames that the gazetteer resolves by office,
    keyed so that hits from many partitions can be joined."""
    found: dict[bytes, dict[str, Any]] = {}
    for f in frames:
        found.update(_office_hits(f, [lookup(p, f["date"], people) for p in f["participants"]]))
    return found


def _office_hits(frame: dict[str, Any], found: list[tuple[str, str] | None]) -> dict[bytes, dict[str, Any]]:
    """The frame's participants resolved by office (`found`: the gazetteer's answer for each), keyed by the
    bare participant and the day."""
    out: dict[bytes, dict[str, Any]] = {}
    for p, hit in zip(frame["participants"], found):
        if hit and hit[1] == BY_OFFICE:
            bare = {k: v for k, v in p.items() if k not in WIDS and k != "spans"}
            # a digest, not the JSON itself: one key per distinct person and day of the corpus, 1.5 KB each
            key = hashlib.blake2b(orjson.dumps([bare, frame["date"]], option=orjson.OPT_SORT_KEYS),
                                  digest_size=16).digest()
            out.setdefault(key, {"date": frame["date"], "participants": [bare], "qid": hit[0]})
    return out


def stale_ids(hits: list[dict[str, Any]], people: PeopleIndex) -> set[str]:
    """The office ids `resolve_participants` drops when it sees all the hits at once (two printed names)."""
    resolve_participants(hits, people)
    return {f["qid"] for f in hits if not f["participants"][0].get("wikidata")}


def _windows(frames: Iterator[dict[str, Any]], copies: dict[str, str]) -> Iterator[list[dict[str, Any]]]:
    """The frames of each month in turn, from a stream ordered by month; then each undated copy group, then
    every undated frame with no copies alone."""
    month, batch = None, []
    undated: dict[str | None, list[dict[str, Any]]] = {}
    for f in frames:
        if not f["date"]:
            undated.setdefault(window_of(f, copies), []).append(f)
            continue
        if f["date"][:7] != month and batch:
            yield batch
            batch = []
        month = f["date"][:7]
        batch.append(f)
    if batch:
        yield batch
    for key, group in sorted(undated.items(), key=lambda kv: kv[0] or ""):
        if key is None:
            yield from ([f] for f in group)
        else:
            yield group


def window_signature(frames: list[dict[str, Any]], copies: dict[str, str]) -> str:
    """A hash of everything clustering reads from a window's frames, and of the rules it clusters by."""
    h = hashlib.sha256(RULES.encode())
    for f in sorted(frames, key=lambda f: f["frame_id"]):
        h.update(orjson.dumps([f["frame_id"], f["doc_id"], copies.get(f["doc_id"]), f["type"], f["status"],
                               f["date"], f["date_from"], f["participants"], f["evidence"]],
                              option=orjson.OPT_SORT_KEYS))
    return h.hexdigest()


def _events(store: MergeStore, copies: dict[str, str], dropped: set[str], summary: MergeSummary,
            ) -> Iterator[tuple[str, list[dict[str, Any]], dict[str, str], dict[str, str]]]:
    """(event id, frames, frame → window, frame → event id inside its window) of every event, once complete:
    windows are clustered (or kept) in turn and each month's edge joined with the month before; an event that an
    undated report fits is held to the end, when the report joins it if it fits no other."""
    live: dict[str, list[dict[str, Any]]] = {}  # events that a later window may still join
    window_of_frame: dict[str, str] = {}
    local: dict[str, str] = {}
    prev: tuple[str, list[dict[str, Any]], dict[str, str]] | None = None
    alone = _undated_alone(store, copies, dropped)
    for frames in _windows(store.frames(with_ids=True), copies):
        apply_ids(frames, dropped)
        key = window_of(frames[0], copies)
        ids = {f["frame_id"]: f["frame_id"] for f in frames}
        if key is not None:
            signature = window_signature(frames, copies)
            stored, kept = store.window_state(key)
            if stored == signature and set(kept) == set(ids):
                ids = kept
                summary.kept_windows += 1
            else:
                ids = cluster_window(frames, copies)
                summary.clustered_windows += 1
            store.stage_window(key, signature)
            window_of_frame.update((f["frame_id"], key) for f in frames)
        local.update(ids)
        final = dict(ids)
        if prev and key and adjacent(prev[0], key):
            joined = reconcile(prev[1], prev[2], frames, ids, copies, key)
            final = {f: joined.get(e, e) for f, e in ids.items()}
        current = set(final.values())
        done = [e for e in live if e not in current]
        for event_id in done:
            members = live.pop(event_id)
            if alone.consider(event_id, members):
                continue
            yield event_id, members, window_of_frame, local
            for f in members:
                window_of_frame.pop(f["frame_id"], None)
                local.pop(f["frame_id"], None)
        for f in frames:
            if key is not None or not alone.join(f):
                live.setdefault(final[f["frame_id"]], []).append(f)
        prev = (key, frames, final) if key else None
    for event_id, members in chain(live.items(), alone.held.items()):
        yield event_id, members, window_of_frame, local


def _undated_alone(store: MergeStore, copies: dict[str, str], dropped: set[str]) -> UndatedReports:
    """The frames with no day and no copies, resolved as the windows are, to be matched with dated events."""
    frames = [f for f in store.frames(with_ids=True, undated=True) if window_of(f, copies) is None]
    apply_ids(frames, dropped)
    return UndatedReports(frames)


def _stage_identities(store: MergeStore, unifier: PeopleUnifier) -> None:
    """Give every staged frame's people their corpus-wide ids; stage the frames whose participants changed
    and every name seen under each id."""
    aliases: set[tuple[str, str, str, str]] = set()
    changed: list[tuple[str, list[dict[str, Any]]]] = []
    rows: list[tuple[str, int, str, str | None, str | None]] = []
    for frame_id, participants, stored in store.staged_participants():
        aliases |= unifier.apply({"participants": participants})
        if orjson.dumps(participants, option=orjson.OPT_NON_STR_KEYS).decode() != stored:
            changed.append((frame_id, participants))
            rows += [(frame_id, k, participant_id(p), p.get("wikidata"), p.get("wikidata_by"))
                     for k, p in enumerate(participants)]
        if len(changed) >= 1000:
            store.stage_changed(changed, rows)
            changed, rows = [], []
    store.stage_changed(changed, rows)
    store.stage_aliases(sorted(aliases))
