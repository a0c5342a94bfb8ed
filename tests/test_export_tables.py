"""Issue 20, exports researchers can analyse without parsing JSON: typed nested columns in events.parquet and
the flat companion tables (event_participants, statements, commitments, event_sources) in every format, joined
by event_id; and the README's DuckDB query run over a real export."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from diplograph.export import export
from diplograph.export.tables import COMPANIONS
from diplograph.services import ingest, merge
from diplograph.store import Database
from tests.conftest import EXAMPLES, ROOT, read_jsonl


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from diplograph.config import load_settings

    folder = tmp_path_factory.mktemp("export")
    db = Database(folder / "e.db")
    settings = load_settings(env={})
    ingest([str(EXAMPLES)], db, settings)
    merge(db, settings)
    counts = {fmt: export(db, folder / fmt, fmt) for fmt in ("jsonl", "csv", "parquet")}
    db.close()
    return folder, counts


def _rows(folder: Path, name: str, fmt: str) -> list[dict]:
    path = folder / fmt / f"{name}.{fmt}"
    if fmt == "jsonl":
        return read_jsonl(path)
    if fmt == "csv":
        with open(path, encoding="utf-8") as f:
            return list(csv.DictReader(f))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


@pytest.mark.issue(20)
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_companion_tables_hold_one_row_per_item(exported, fmt):
    folder, counts = exported
    events = read_jsonl(folder / "jsonl" / "events.jsonl")
    expected = {"event_participants": sum(len(e["participants"]) for e in events),
                "statements": sum(len(e["statements"]) for e in events),
                "commitments": sum(len(e["commitments"]) for e in events),
                "event_sources": sum(len(e["sources"]) for e in events)}
    ids = {e["event_id"] for e in events}
    for name, columns in COMPANIONS.items():
        rows = _rows(folder, name, fmt)
        assert len(rows) == counts[fmt][name] == expected[name], name
        assert all(r["event_id"] in ids for r in rows) and (not rows or set(columns) == set(rows[0]))
    people = _rows(folder, "event_participants", fmt)
    first = events[0]["participants"][0]
    row = next(r for r in people if r["event_id"] == events[0]["event_id"] and str(r["seq"]) == "0")
    assert row["affiliation"] == first["affiliation"] and row["actor_id"] == first["actor_id"]


@pytest.mark.issue(20)
def test_events_parquet_has_typed_nested_columns(exported):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder, _ = exported
    table = pq.read_table(folder / "parquet" / "events.parquet")
    participants = table.schema.field("participants").type
    assert pa.types.is_list(participants) and pa.types.is_struct(participants.value_type)
    assert pa.types.is_boolean(participants.value_type.field("initiator").type)
    assert pa.types.is_list(table.schema.field("sources").type)
    by_id = {e["event_id"]: e for e in read_jsonl(folder / "jsonl" / "events.jsonl")}
    for row in table.to_pylist():
        want = by_id[row["event_id"]]
        assert [p["affiliation"] for p in row["participants"]] == [p["affiliation"] for p in want["participants"]]
        assert [dict(p["name"]) for p in row["participants"]] == [p["name"] for p in want["participants"]]
        assert [s["doc_id"] for s in row["sources"]] == [s["doc_id"] for s in want["sources"]]


@pytest.mark.issue(20)
def test_readme_duckdb_query_runs_over_the_export(exported):
    duckdb = pytest.importorskip("duckdb")
    folder, _ = exported
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", readme, re.S).group(1)
    got = duckdb.connect().execute(query.replace("out/", str(folder / "parquet") + "/")).fetchall()
    events = read_jsonl(folder / "jsonl" / "events.jsonl")
    want: Counter = Counter()
    for e in events:
        sides = sorted({p["affiliation"] for p in e["participants"]})
        if e["type"] in ("phone_call", "video_call") and e["date"]:
            want.update((a, b, e["date"][:7]) for i, a in enumerate(sides) for b in sides[i + 1:])
    assert {(a, b, m): n for a, b, m, n in got} == dict(want) and want
    assert json.dumps(got)  # plain values: strings and integers
