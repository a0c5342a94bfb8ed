"""The resolve stage's per-document step: every participant gets its local id before it is stored (the
cross-document step, `resolve_participants`, later replaces it with a Wikidata id where one is sure)."""

from __future__ import annotations

from diplograph.doc import Document
from diplograph.registry import component
from diplograph.resolve.identity import local_id


@component("resolve", requires=("events",), assigns=("events",))
def make_resolve(**_):
    """Set `actor_id` on each participant of each event to its local id."""

    def resolve(doc: Document) -> Document:
        for event in doc.events:
            for p in event["participants"]:
                p["actor_id"] = local_id(p)
        return doc

    return resolve
