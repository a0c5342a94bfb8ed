"""People and sides: the list (`/actors`, `/api/actors`) and one person with their events (`/actors/{id}`)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from diplograph.store.queries import EventFilter, affiliations, find_events, get_actor, list_actors
from diplograph.web.common import MAX_OFFSET, MAX_PAGE, NOT_FOUND, PAGE, TEXT, Key, db_of, found, page
from diplograph.web.models import Actor, ActorList

router = APIRouter()
Side = Annotated[str, Query(pattern=TEXT, description="only this side (ISO 3166-1 alpha-3 or organization code)")]


@router.get("/api/actors", tags=["actors"], summary="People and sides: names per script, offices, events",
            response_model=ActorList)
def api_actors(request: Request, affiliation: Side = "", limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
    total, actors = list_actors(db_of(request), affiliation.strip(), limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "actors": actors}


@router.get("/api/actors/{actor_id}", tags=["actors"], summary="One person or side", response_model=Actor,
            responses=NOT_FOUND)
def api_actor(request: Request, actor_id: Key) -> dict[str, Any]:
    actor = found(get_actor(db_of(request), actor_id), "actor", actor_id)
    return actor


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request, affiliation: Side = "",
                page_no: Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE)] = 1) -> HTMLResponse:
    db = db_of(request)
    side = affiliation.strip().upper()
    total, actors = list_actors(db, side, 2 * PAGE, (page_no - 1) * 2 * PAGE)
    query = {"affiliation": side} if side else {}
    return page(request, "actors.html", actors=actors, total=total, affiliation=side, affiliations=affiliations(db),
                first=(page_no - 1) * 2 * PAGE + 1,
                prev=urlencode({**query, "page_no": page_no - 1}) if page_no > 1 else None,
                next=urlencode({**query, "page_no": page_no + 1}) if page_no * 2 * PAGE < total else None)


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    db = db_of(request)
    actor = found(get_actor(db, actor_id), "actor", actor_id)
    total, events = find_events(db, EventFilter(actor=actor_id), limit=PAGE)  # the rest in the list, paged
    return page(request, "actor.html", actor=actor, events=events, total=total)
