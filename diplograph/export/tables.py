"""The export's tables beside documents and events: one row per participant, statement, commitment and reporting
document of each event, keyed by `event_id`, so pandas, polars, DuckDB and R join them without parsing JSON;
and the typed Parquet schema of events (lists of structs instead of JSON strings)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SCRIPTS = ("en", "zh-Hans", "zh-Hant")

COMPANIONS: dict[str, tuple[str, ...]] = {
    "event_participants": ("event_id", "seq", "actor_id", "affiliation", "office", "title", "initiator", "wikidata",
                           "name_en", "name_zh_hans", "name_zh_hant"),
    "statements": ("event_id", "seq", "speaker", "doc_id", "start", "end", "text", "topics"),
    "commitments": ("event_id", "seq", "type", "by", "to", "amount", "currency", "delivered", "cue", "doc_id",
                    "start", "end", "text"),
    "event_sources": ("event_id", "doc_id", "source", "evidence", "sentence_field", "sentence_start",
                      "sentence_end"),
}
INTS = {"seq", "start", "end", "sentence_start", "sentence_end"}
BOOLS = {"initiator", "delivered"}
FLOATS = {"amount"}


def companion_rows(record: dict[str, Any]) -> dict[str, Iterator[dict[str, Any]]]:
    """The rows each companion table gets from one event record."""
    eid = record["event_id"]
    return {
        "event_participants": ({"event_id": eid, "seq": k, **{c: p.get(c) for c in
                                ("actor_id", "affiliation", "office", "title", "initiator", "wikidata")},
                                **{"name_" + s.lower().replace("-", "_"): p["name"].get(s) for s in SCRIPTS}}
                               for k, p in enumerate(record["participants"])),
        "statements": ({"event_id": eid, "seq": k, "speaker": st["speaker"], "doc_id": st["doc_id"],
                        "start": st["start"], "end": st["end"], "text": st["text"],
                        "topics": ";".join(st.get("topics", []))}
                       for k, st in enumerate(record["statements"])),
        "commitments": ({"event_id": eid, "seq": k, **{c: c_.get(c) for c in
                         ("type", "amount", "currency", "delivered", "cue", "doc_id", "start", "end", "text")},
                         "by": ";".join(c_.get("by", [])), "to": ";".join(c_.get("to", []))}
                        for k, c_ in enumerate(record["commitments"])),
        "event_sources": ({"event_id": eid, "doc_id": s["doc_id"], "source": s["source"], "evidence": s["evidence"],
                           "sentence_field": (s["spans"].get("sentence") or {}).get("field"),
                           "sentence_start": (s["spans"].get("sentence") or {}).get("start"),
                           "sentence_end": (s["spans"].get("sentence") or {}).get("end")}
                          for s in record["sources"]),
    }


def flat_schema(columns: tuple[str, ...]) -> Any:
    """The Parquet schema of a flat table: integers, booleans and amounts typed, the rest strings."""
    import pyarrow as pa

    def kind(c: str) -> Any:
        return pa.int64() if c in INTS else pa.bool_() if c in BOOLS else pa.float64() if c in FLOATS else pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def event_schema() -> Any:
    """events.parquet: every nested field as a typed list of structs, so readers need no JSON parsing."""
    import pyarrow as pa

    span = pa.struct([("field", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    participant = pa.struct([
        ("actor_id", pa.string()), ("name", pa.map_(pa.string(), pa.string())), ("affiliation", pa.string()),
        ("office", pa.string()), ("title", pa.string()), ("initiator", pa.bool_()), ("wikidata", pa.string()),
        ("spans", pa.struct([("name", span), ("title", span)]))])
    cues = pa.map_(pa.string(), pa.list_(pa.string()))  # topic -> the cue words that told it
    statement = pa.struct([("speaker", pa.string()), ("text", pa.string()), ("doc_id", pa.string()),
                           ("start", pa.int64()), ("end", pa.int64()), ("topics", pa.list_(pa.string())),
                           ("topic_cues", cues)])
    commitment = pa.struct([
        ("type", pa.string()), ("by", pa.list_(pa.string())), ("to", pa.list_(pa.string())), ("text", pa.string()),
        ("cue", pa.string()), ("amount", pa.float64()), ("currency", pa.string()), ("delivered", pa.bool_()),
        ("start", pa.int64()), ("end", pa.int64()), ("doc_id", pa.string())])
    source = pa.struct([("doc_id", pa.string()), ("source", pa.string()), ("evidence", pa.string()),
                        ("spans", pa.struct([("sentence", span), ("trigger", span), ("date", span)]))])
    return pa.schema([
        ("event_id", pa.string()), ("type", pa.string()), ("status", pa.string()), ("date", pa.string()),
        ("date_from", pa.string()), ("participants", pa.list_(participant)), ("statements", pa.list_(statement)),
        ("topics", pa.list_(pa.string())), ("topic_cues", cues),
        ("commitments", pa.list_(commitment)),
        ("codes", pa.struct([("cameo", pa.string()), ("plover", pa.string()), ("plover_mode", pa.string())])),
        ("sources", pa.list_(source))])


def parquet_event(record: dict[str, Any]) -> dict[str, Any]:
    """A record shaped for event_schema: maps as (key, value) pairs."""
    out = dict(record)
    out["participants"] = [{**p, "name": list(p["name"].items())} for p in record["participants"]]
    out["topic_cues"] = list(record.get("topic_cues", {}).items())
    out["statements"] = [{**st, "topic_cues": list(st.get("topic_cues", {}).items())} for st in record["statements"]]
    return out
