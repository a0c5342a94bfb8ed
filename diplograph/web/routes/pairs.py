"""All interactions between two sides or two people, over time (`/pair?a=CHN&b=RUS`)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from diplograph.store.labels import side_name
from diplograph.store.queries import EventFilter, actor_ids, facets, find_events, get_actor, select, timeline
from diplograph.web.common import PAGE, db_of, page
from diplograph.web.render import timeline_svg

router = APIRouter()
Side = Annotated[str, Query(min_length=1, max_length=200, description="a side code, or a person (id or name)")]


def _party(request: Request, value: str) -> tuple[str, str, str]:
    """(kind, key, label) of one end of the pair: a side when the value is a side's code, else a person."""
    value = value.strip()
    code = value.upper()
    known = db_of(request).conn.execute("SELECT 1 FROM browse_participants WHERE affiliation = ? LIMIT 1", (code,))
    if side_name(code) != code or known.fetchone():
        return "side", code, f"{side_name(code)} ({code})"
    ids = actor_ids(db_of(request), value)
    if not ids:
        raise HTTPException(404, f"no side or person {value}")
    actor = get_actor(db_of(request), ids[0])
    return "actor", ids[0], f"{actor['label']} ({actor['affiliation']})" if actor else value


@router.get("/pair", response_class=HTMLResponse, include_in_schema=False)
def pair_page(request: Request, a: Side, b: Side) -> HTMLResponse:
    db = db_of(request)
    ends = [_party(request, a), _party(request, b)]
    sides = ",".join(k for kind, k, _ in ends if kind == "side")
    people = ",".join(k for kind, k, _ in ends if kind == "actor")
    f = EventFilter(affiliation=sides, actor=people)
    chosen = select(db, f)  # evaluated once for the list, the timeline and the counts
    total, events = find_events(db, chosen, limit=PAGE)
    data = timeline(db, chosen)
    return page(request, "pair.html", ends=ends, events=events, total=total, facets=facets(db, chosen), f=f,
                svg=Markup(timeline_svg(data["weeks"], urlencode(f.active()))))
