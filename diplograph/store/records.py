"""A stored event (one frame, or the frames of one event merged) in the exchange format of SCHEMA.md: what the
export writes and the API and browse tables serve."""

from __future__ import annotations

from typing import Any

from diplograph.merge.events import resolved_commitments, resolved_statements
from diplograph.resolve.identity import participant_id


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """One events.jsonl object from a stored frame; every participant field keeps its span."""
    participants = []
    for p in row["participants"]:
        participants.append({"actor_id": participant_id(p), "name": p["name"],
                             "affiliation": p["affiliation"], "office": p["office"], "title": p["title"],
                             "initiator": p["initiator"], "wikidata": p.get("wikidata"), "spans": p["spans"]})
    return {
        "event_id": row["frame_id"], "type": row["type"], "status": row["status"], "date": row["date"],
        "date_from": row["date_from"], "participants": participants, "statements": resolved_statements(row),
        "topics": row.get("topics", []), "topic_cues": row.get("topic_cues", {}),
        "commitments": resolved_commitments(row), "codes": row["codes"],
        "sources": row.get("reports") or [{"doc_id": row["doc_id"], "source": row["source"], "spans": row["spans"],
                                           "evidence": row["evidence"]}],
    }
