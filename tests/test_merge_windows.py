"""The merge at scale (issue 21): date windows with their edges joined, retired candidates, sketches made at
ingest, a merge that takes in only what is new and keeps event ids."""

from __future__ import annotations

from diplograph.engine.merge import merge as merge_store
from diplograph.merge.events import cluster
from diplograph.merge.neardup import near_duplicates, pack, similarity, sketch, unpack
from diplograph.merge.windows import adjacent, reconcile, window_of
from diplograph.store.merging import MergeStore
from tests.test_merge import CNA, OTHER, XINHUA, _frame

APRIL = """王毅会见西班牙外交大臣
2024-04-10 18:00 来源：新华社
新华社北京4月10日电 外交部长王毅10日在北京会见西班牙外交大臣阿尔瓦雷斯。
"""
XI, STEINMEIER = ("习近平", "CHN", "head_of_state"), ("施泰因迈尔", "DEU", "head_of_state")


def _windowed(frames: list[dict], copies: dict[str, str]) -> dict[str, str]:
    """Cluster month by month, then join each edge, as the engines do."""
    months: dict[str, list[dict]] = {}
    for f in frames:
        months.setdefault(window_of(f, copies) or f["frame_id"], []).append(f)
    ids: dict[str, str] = {}
    prev = None
    for key in sorted(months):
        local = cluster(months[key], copies)
        if prev and adjacent(prev[0], key):
            joined = reconcile(prev[1], prev[2], months[key], local, copies, key)
            local = {f: joined.get(e, e) for f, e in local.items()}
        ids.update(local)
        prev = (key, months[key], local)
    return ids


def test_reports_either_side_of_a_month_edge_are_one_event():
    a = _frame("d1", "phone_call", "2024-03-31", XI, STEINMEIER)
    b = _frame("d2", "phone_call", "2024-04-01", XI, STEINMEIER)
    c = _frame("d3", "phone_call", "2024-04-01", XI, ("朔尔茨", "DEU", "head_of_government"))
    ids = _windowed([a, b, c], {})
    assert ids == cluster([a, b, c], {})  # one pass over both months gives the same events
    assert ids[b["frame_id"]] == ids[a["frame_id"]] == a["frame_id"] != ids[c["frame_id"]]


def test_windows_block_by_month_and_undated_frames_by_their_copies():
    dated = _frame("d1", "meeting", "2024-03-06", XI, STEINMEIER)
    undated = {**_frame("d2", "meeting", "", XI, STEINMEIER), "date": None}
    assert window_of(dated, {}) == "2024-03"
    assert window_of(undated, {}) is None  # no copies: it can be one event with nothing else
    assert window_of(undated, {"d2": "d0"}) == "~d0"
    assert adjacent("2024-12", "2025-01") and not adjacent("2024-03", "2024-05") and not adjacent("2024", "2024-01")
    copy = {**_frame("d3", "meeting", "", XI, STEINMEIER), "date": None}
    ids = cluster([dated, undated, copy], {"d2": "d2", "d3": "d2", "d1": "d2"})
    assert ids[undated["frame_id"]] == ids[copy["frame_id"]]


def test_events_retire_once_their_first_day_is_out_of_reach():
    # a report every day for a week: no event may span more than the date tolerance
    frames = [_frame(f"d{i}", "talks", f"2024-05-{i + 1:02d}", XI, STEINMEIER) for i in range(7)]
    for f in frames:
        f["date_from"] = "published"  # fallback dates: two days apart still agree
    ids = cluster(frames, {})
    days = {}
    for f in frames:
        days.setdefault(ids[f["frame_id"]], []).append(int(f["date"][-2:]))
    assert all(max(d) - min(d) <= 2 for d in days.values()) and len(days) >= 3


def test_sketches_are_stable_packed_and_find_copies():
    story = ("外交部发言人在例行记者会上介绍了两国外长会谈的情况，双方同意加强各领域务实合作。"
             "会谈在友好气氛中进行，双方就共同关心的国际和地区问题深入交换了意见，并签署了经贸、教育和卫生"
             "等领域的合作文件。两国外长还共同会见了记者，介绍了会谈成果和下一步交往安排。")
    a, b = sketch(story), sketch(story + "（完）")
    assert a == sketch(story) and len(a) == 64 and all(0 <= v < 2**63 for v in a)
    assert unpack(pack(a)) == a and similarity(a, b) > 0.8
    assert near_duplicates({"x": a, "y": b, "z": sketch("A different page about trade between two ports.")}) \
        == [("x", "y", round(similarity(a, b), 3))]


def test_a_sketch_is_the_k_smallest_halves_of_all_shingles_at_any_length():
    # the bar that picks the few smallest hashes must never change the sketch: lengths below, near and far
    # above the point where it starts to be used, against the plain definition
    import random

    import xxhash

    from diplograph.merge.neardup import K

    rng = random.Random(7)
    for n in (3, 5, 60, 130, 140, 300, 600, 2000):
        text = "".join(rng.choice("使节港口贸易谈判合作伙伴abcdefg ") for _ in range(n))
        flat = "".join(text.split())
        shingles = {flat[i:i + 5] for i in range(max(1, len(flat) - 4))} if flat else set()
        halves = {xxhash.xxh3_64_intdigest(s.encode("utf-32-le")) >> 1 for s in shingles}
        assert sketch(text) == tuple(sorted(halves)[:K])


def test_a_merge_takes_in_only_what_is_new_and_keeps_event_ids(ingest_files, db, settings):
    ingest_files({"xinhua.txt": XINHUA, "other.txt": OTHER, "april.txt": APRIL})
    first = merge_store(db)
    ids = dict(db.conn.execute("SELECT frame_id, event_id FROM event_clusters"))
    assert first.events == 3 and first.clustered_windows == 2
    assert db.conn.execute("SELECT count(*) FROM document_sketches").fetchone()[0] == 3  # made at ingest
    again = merge_store(db)  # nothing new: no window clustered, nothing rewritten
    assert (again.clustered_windows, again.kept_windows, again.events) == (0, 0, 3)
    ingest_files({"cna.txt": CNA})  # a second report of the March call: April is not clustered again
    third = merge_store(db)
    after = dict(db.conn.execute("SELECT frame_id, event_id FROM event_clusters"))
    assert (third.events, third.clustered_windows, third.kept_windows) == (3, 1, 1)
    assert all(after[f] == e for f, e in ids.items())  # old events keep their ids
    assert MergeStore(db).pending() == 0


def test_readers_see_only_merged_frames(ingest_files, db, settings):
    from diplograph.store.queries import EventFilter, find_events

    ingest_files({"xinhua.txt": XINHUA, "cna.txt": CNA})
    assert find_events(db, EventFilter())[0] == 0  # ingested, not merged: nothing half-done is listed
    merge_store(db)
    total, rows = find_events(db, EventFilter())
    assert total == 1 and len(rows) == 1


def test_participants_resolved_once_are_resolved_as_window_by_window():
    import copy

    from diplograph.engine.merge import apply_ids, lookup, resolve_window
    from diplograph.resolve.identity import PeopleIndex

    people = PeopleIndex([["Xi Jinping", "CHN", "head_of_state", "2013-03-14", "", "习近平", "習近平", "Q1"],
                          ["Li Qiang", "CHN", "head_of_government", "2023-03-11", "", "", "", "Q3"],
                          ["Olaf Scholz", "DEU", "head_of_government", "2021-12-08", "", "朔尔茨", "", "Q4"]])
    frames = [_frame("d1", "meeting", "2024-03-06", XI, ("李强", "CHN", "head_of_government"), STEINMEIER),
              _frame("d2", "talks", "2024-03-07", ("朔尔茨", "DEU", "head_of_government"), ("王五", "CHN", "other"))]
    frames[1]["participants"].append({"name": {"zh-Hans": "德国"}, "affiliation": "DEU", "kind": "state"})
    for dropped in (set(), {"Q3"}):
        windowed, once = copy.deepcopy(frames), copy.deepcopy(frames)
        resolve_window(windowed, people, dropped)
        for f in once:
            f["ids"] = [lookup(p, f["date"], people) for p in f["participants"]]
        apply_ids(once, dropped)
        assert once == windowed
        assert [p.get("wikidata") for p in once[0]["participants"]] == ["Q1", None if dropped else "Q3", None]


def test_a_merge_given_the_links_another_engine_found_stores_what_finding_them_itself_does(tmp_path, settings):
    # the Spark engine hands over the links its executors found; the store must end the same, links included
    from diplograph.services import ingest
    from diplograph.store import Database

    folder = tmp_path / "in"
    folder.mkdir()
    pages = {"xinhua.txt": XINHUA, "copy.txt": XINHUA + "\n（完）\n", "other.txt": OTHER, "april.txt": APRIL}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    tables = ("document_links", "event_clusters", "window_clusters", "actor_aliases")
    stores = []
    for name in ("found", "given"):
        db = Database(tmp_path / f"{name}.db")
        ingest([str(folder)], db, settings)
        sketches = {d: unpack(s) for d, s in db.conn.execute("SELECT doc_id, sketch FROM document_sketches")}
        merge_store(db, links=near_duplicates(sketches) if name == "given" else None)
        stores.append({t: sorted(map(tuple, db.conn.execute(f"SELECT * FROM {t}"))) for t in tables})
        db.close()
    assert stores[0]["document_links"]  # the copy is linked, so the hand-over is exercised
    assert stores[1] == stores[0]


def test_a_bulk_load_writes_the_same_rows_and_gives_the_page_cache_back(db):
    from diplograph.store.db import DocumentRows

    before = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    assert db.empty()
    row = ("d1", "/in/a.txt", "text", "utf-8", "raw", "body", "[]", "en", "Envoys meet", None, None, "{}", "{}",
           None, "v1")
    with db.bulk_load(cache_kib=32768):
        assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == -32768
        db.write_rows(DocumentRows(documents=[row], sources=[("d1", "/in/a.txt")]))
    assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == before
    assert not db.empty() and db.sources_of("d1") == ["/in/a.txt"]
