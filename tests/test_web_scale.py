"""Issue 20, pages fast at 10,000 documents: a filter evaluated once per request into a temporary table of a
connection per thread, lists read along their sort's index or sorted (whichever reads less), the counts of
every event stored by the browse refresh, downloads streamed from the stored records, a refresh that rebuilds
only the events that changed. Each test checks that the fast way answers what the plain way answers (speed
itself is measured by eval/pages.py, not here)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from diplograph.config import load_settings
from diplograph.services import ingest, merge
from diplograph.store import Database, browse
from diplograph.store.queries import (
    SORTS,
    EventFilter,
    affiliations,
    facets,
    find_events,
    iter_event_ids,
    iter_records,
    network,
    select,
    timeline,
)
from diplograph.store.selection import Selection
from tests import test_web
from tests.conftest import EXAMPLES
from tests.test_web import _json

served = test_web.served  # the real server over the examples and a few records of ours


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The bundled examples ingested and merged into a real SQLite file (browse tables and counts built)."""
    db = Database(tmp_path_factory.mktemp("scale") / "scale.db")
    ingest([str(EXAMPLES)], db, load_settings(env={}))
    merge(db, load_settings(env={}))
    yield db
    db.close()


def _views(db: Database, f: EventFilter) -> dict:
    return {"facets": facets(db, f), "sides": network(db, f), "people": network(db, f, "actor"),
            "timeline": timeline(db, f), "affiliations": affiliations(db)}


@pytest.mark.issue(20)
def test_stored_counts_are_what_counting_every_event_gives(store):
    stored = _views(store, EventFilter())
    assert stored["facets"]["type"] and stored["sides"]["edges"], "the examples should give counts and links"
    assert store.conn.execute("SELECT count(*) FROM browse_counts").fetchone()[0] > 0
    with store.writing():  # as a database migrated since the last refresh: nothing stored, counted live
        store.conn.execute("DELETE FROM browse_counts")
        store.conn.execute("DELETE FROM browse_links")
    try:
        assert _views(store, EventFilter()) == stored
    finally:
        assert browse.refresh(store, force=True)
    assert _views(store, EventFilter()) == stored


@pytest.mark.issue(20)
@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("filters", [{"status": "held"}, {"affiliation": "CHN"}, {"type": "meeting"}])
def test_lists_read_by_index_or_sorted_agree(store, filters, sort):
    f = EventFilter(**filters)
    every = iter_event_ids(store, f, sort)  # read whole, sorted
    assert len(every) == select(store, f).total() > 2
    paged = [r["event_id"] for k in range(len(every)) for r in find_events(store, f, 1, k, sort)[1]]
    assert paged == every  # one row per page: read along the sort's index whenever most events are kept
    by_key, after = [], None
    while True:
        _, rows = find_events(store, f, 2, sort="newest", after=after)
        if not rows:
            break
        by_key += [r["event_id"] for r in rows]
        after = (rows[-1]["date"] or "", rows[-1]["event_id"])
    assert by_key == iter_event_ids(store, f, "newest")


@pytest.mark.issue(20)
def test_selections_on_one_connection_never_mix(store):
    chn, call = EventFilter(affiliation="CHN"), EventFilter(type="phone_call")
    alone = {f: find_events(store, f, limit=-1) for f in (chn, call)}
    china, calls = Selection(store, chn), Selection(store, call)
    assert china.total() != calls.total() and calls.total() > 0
    for chosen in (china, calls, china):  # each takes the table in turn
        total, rows = find_events(store, chosen, limit=-1)
        assert (total, rows) == alone[chosen.f]
        assert facets(store, chosen) == facets(store, chosen.f)


@pytest.mark.issue(20)
def test_records_are_read_in_chunks_in_order(store):
    f = EventFilter(affiliation="CHN")
    ids = iter_event_ids(store, f, "oldest")
    read = list(iter_records(store, ids, chunk=3))
    assert [row["event_id"] for row, _ in read] == ids
    _, listed = find_events(store, f, limit=-1, sort="oldest")
    assert [json.loads(record) for _, record in read] == [r["record"] for r in listed]


@pytest.mark.issue(20)
def test_requests_side_by_side_each_count_their_own_filter(served):
    base, _ = served
    asks = [{"affiliation": "CHN"}, {"type": "phone_call"}, {"affiliation": "CHN,BRA"}, {}, {"text": "通电话"},
            {"actor": "习近平"}, {"status": "planned"}] * 30
    alone = {json.dumps(a): _json(base, "/api/facets", **a) for a in asks}
    with ThreadPoolExecutor(16) as pool:  # the server's worker threads answer these at the same time
        together = list(pool.map(lambda a: _json(base, "/api/facets", **a), asks))
    assert together == [alone[json.dumps(a)] for a in asks]
    assert len({json.dumps(t, sort_keys=True) for t in together}) > 3


@pytest.mark.issue(20)
@pytest.mark.parametrize("short, long", [("習近", "习近平"), ("XI", "xi jinping")])
def test_short_search_folds_like_the_index(served, short, long):
    """Below three characters search scans the index's folded text, so it folds as the trigram index does."""
    base, _ = served
    found = {d["doc_id"] for d in _json(base, "/api/search", q=short, limit=1000)["documents"]}
    assert {d["doc_id"] for d in _json(base, "/api/search", q=long, limit=1000)["documents"]} <= found


def _browse_tables(db: Database) -> dict[str, list[tuple]]:
    return {t: sorted(tuple(r) for r in db.conn.execute(f"SELECT * FROM {t}")) for t in browse.BROWSE_TABLES}


@pytest.mark.issue(20)
def test_refresh_rebuilds_the_changed_events_as_a_full_build_would(tmp_path):
    settings = load_settings(env={})
    db = Database(tmp_path / "grow.db")
    ingest([str(EXAMPLES)], db, settings)
    merge(db, settings)  # a first build: every event
    more = tmp_path / "more"
    more.mkdir()
    lines = [json.dumps(r, ensure_ascii=False) for r in test_web.XI_RECORDS]
    (more / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest([str(more)], db, settings)
    merge(db, settings)  # rebuilds the events these reports changed, keeps the others
    grown = _browse_tables(db)
    assert browse.refresh(db, force=True)
    assert _browse_tables(db) == grown

    # a merge resolving one frame's participants in place changes that event alone
    frame_id, event_id, participants = db.conn.execute(
        "SELECT e.frame_id, c.event_id, e.participants FROM events e JOIN event_clusters c USING (frame_id)"
        " WHERE e.participants LIKE '%actor_id%' ORDER BY e.frame_id LIMIT 1").fetchone()
    people = json.loads(participants)
    people[0]["wikidata"], people[0]["wikidata_by"] = "Q4115189", "by_name"  # Wikidata's sandbox item
    written = "SELECT event_id, rowid FROM browse_records"  # a row written again gets a new rowid
    before = dict(db.conn.execute(written))
    with db.writing():
        db.conn.execute("UPDATE events SET participants = ? WHERE frame_id = ?", (json.dumps(people), frame_id))
        db.conn.execute("DELETE FROM browse_state")  # as a merge leaves it: stale
    assert browse.refresh(db)
    after = dict(db.conn.execute(written))
    assert after.keys() == before.keys() and len(after) > 5
    assert {e for e in after if after[e] != before[e]} == {event_id}
    assert "Q4115189" in db.conn.execute("SELECT record FROM browse_records WHERE event_id = ?",
                                          (event_id,)).fetchone()[0]
    changed = _browse_tables(db)
    assert browse.refresh(db, force=True)
    assert _browse_tables(db) == changed
    db.close()


@pytest.mark.issue(21)
def test_a_refresh_written_a_few_events_at_a_time_builds_the_same_tables(store, monkeypatch):
    """The browse rows are written a chunk of events at a time (memory stays flat at any size); chunks of two
    events give the tables one chunk of all of them gives."""
    whole = _browse_tables(store)
    assert len(whole["browse_events"]) > 4
    monkeypatch.setattr(browse, "WRITE_CHUNK", 2)
    assert browse.refresh(store, force=True)
    assert _browse_tables(store) == whole
