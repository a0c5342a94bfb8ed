"""The web app: a read-only JSON API and HTML pages over the same store queries the CLI uses.

Every page is rendered on the server from templates shipped in the package; the only assets are one
stylesheet and inline SVG, so the pages work with no internet. Jinja2 escapes all document text.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

import diplograph
from diplograph.export.writer import event_record
from diplograph.store import Database
from diplograph.store.queries import (
    EventFilter,
    actor_events,
    document_events,
    dropped_frames,
    event_frames,
    expand,
    find_events,
    get_document,
    get_event,
    list_actors,
    network,
    search_documents,
    weekly_counts,
)
from diplograph.web.render import event_marks, highlight, network_svg, participant_colors, timeline_svg

EVENT_TYPES = ("phone_call", "video_call", "meeting", "talks", "visit", "message", "summit", "agreement")
STATUSES = ("held", "planned", "cancelled")
TOPICS = ("public_health", "medical_aid", "vaccines_drugs", "trade_economy", "travel_mobility", "multilateralism",
          "stigmatization", "bilateral_relations", "domestic_politics", "regional_security", "climate_development",
          "sovereignty", "technology", "culture_people")
PAGE = 50
MAX_PAGE = 1000


def _filter(date_from: str, date_to: str, affiliation: str, actor: str, type: str, status: str, topic: str,
            text: str) -> EventFilter:
    return EventFilter(date_from=date_from.strip(), date_to=date_to.strip(), affiliation=affiliation.strip(),
                       actor=actor.strip(), type=type.strip(), status=status.strip(), topic=topic.strip(),
                       text=text.strip())


def create_app(db_path: str | Path) -> FastAPI:
    """The app over one database file, opened read-only (the file must exist and be migrated)."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    db = Database(db_path, readonly=True)
    # no /docs or /redoc: their pages load scripts from a CDN, and these pages must work offline
    app = FastAPI(title="diplograph", version=diplograph.__version__, docs_url=None, redoc_url=None,
                  description="Diplomatic events with the source spans behind every field (read-only).")
    web = resources.files("diplograph.web")
    app.mount("/static", StaticFiles(directory=str(web.joinpath("static"))), name="static")
    templates = Jinja2Templates(directory=str(web.joinpath("templates")))
    affiliations = [r[0] for r in db.conn.execute(
        "SELECT affiliation FROM event_participants GROUP BY affiliation ORDER BY count(*) DESC, affiliation")]

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"request": request, **context})

    # ---- JSON API ------------------------------------------------------------------------------
    @app.get("/api/events", tags=["api"], summary="Events, filtered and paged (newest first)")
    def api_events(
        date_from: Annotated[str, Query(description="first day, YYYY-MM-DD (or YYYY-MM)")] = "",
        date_to: Annotated[str, Query(description="last day, YYYY-MM-DD (or YYYY-MM)")] = "",
        affiliation: Annotated[str, Query(description="ISO 3166-1 alpha-3 or organization code")] = "",
        actor: Annotated[str, Query(description="actor id or a participant's name in any script")] = "",
        type: Annotated[str, Query(description="event type")] = "",
        status: Annotated[str, Query(description="held, planned or cancelled")] = "",
        topic: Annotated[str, Query(description="topic code")] = "",
        text: Annotated[str, Query(description="words in the evidence, title or body")] = "",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        f = _filter(date_from, date_to, affiliation, actor, type, status, topic, text)
        total, rows = find_events(db, f, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "filters": f.active(),
                "events": [event_record(expand(db, r)) for r in rows]}

    @app.get("/api/events/{event_id}", tags=["api"], summary="One event in the exchange format")
    def api_event(event_id: str) -> dict[str, Any]:
        row = get_event(db, event_id)
        if row is None:
            raise HTTPException(404, f"no event {event_id}")
        return event_record(row)

    @app.get("/api/documents/{doc_id}", tags=["api"], summary="One document: metadata, clean body and spans")
    def api_document(doc_id: str) -> dict[str, Any]:
        doc = get_document(db, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        return doc

    @app.get("/api/actors", tags=["api"], summary="Participants with their names per script, offices and events")
    def api_actors(affiliation: str = "") -> dict[str, Any]:
        actors = list_actors(db, affiliation.strip())
        return {"total": len(actors), "actors": actors}

    @app.get("/api/search", tags=["api"], summary="Full-text search over titles and bodies")
    def api_search(q: Annotated[str, Query(min_length=1)], limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE,
                   ) -> dict[str, Any]:
        hits = search_documents(db, q, limit)
        return {"query": q, "total": len(hits), "documents": hits}

    @app.get("/api/network", tags=["api"], summary="Who interacted with whom, weighted by events")
    def api_network(by: Annotated[str, Query(pattern="^(affiliation|actor)$")] = "affiliation") -> dict[str, Any]:
        return network(db, by)

    @app.get("/api/timeline", tags=["api"], summary="Events per ISO week")
    def api_timeline() -> dict[str, Any]:
        return {"weeks": weekly_counts(db)}

    # ---- pages ---------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, date_from: str = "", date_to: str = "", affiliation: str = "", actor: str = "",
                    type: str = "", status: str = "", topic: str = "", text: str = "", page_no: int = 1,
                    ) -> HTMLResponse:
        f = _filter(date_from, date_to, affiliation, actor, type, status, topic, text)
        page_no = max(1, page_no)
        total, rows = find_events(db, f, PAGE, (page_no - 1) * PAGE)
        query = f.active()
        pages = {"prev": urlencode({**query, "page_no": page_no - 1}) if page_no > 1 else None,
                 "next": urlencode({**query, "page_no": page_no + 1}) if page_no * PAGE < total else None}
        return page(request, "events.html", events=rows, total=total, f=f, page_no=page_no, pages=pages,
                    types=EVENT_TYPES, statuses=STATUSES, topics=TOPICS, affiliations=affiliations,
                    colors=participant_colors)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        row = get_event(db, event_id)
        if row is None:
            raise HTTPException(404, f"no event {event_id}")
        record = event_record(row)
        colors = dict(zip((p["actor_id"] for p in record["participants"]), participant_colors(record["participants"])))
        sources = []
        for frame in event_frames(db, event_id):  # each report, its own spans highlighted in its own text
            doc = get_document(db, frame["doc_id"]) or {"title": "", "body": "", "sources": []}
            marks = event_marks(frame, colors)
            sources.append({"doc": doc, "title": Markup(highlight(doc["title"] or "", marks["title"])),
                            "body": Markup(highlight(doc["body"] or "", marks["body"]))})
        return page(request, "event.html", e=row, record=record, sources=sources,
                    colors=[colors[p["actor_id"]] for p in record["participants"]])

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        doc = get_document(db, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        return page(request, "document.html", doc=doc, events=document_events(db, doc_id),
                    dropped=dropped_frames(db, [doc_id]))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, affiliation: str = "") -> HTMLResponse:
        return page(request, "actors.html", actors=list_actors(db, affiliation.strip()), affiliation=affiliation,
                    affiliations=affiliations)

    @app.get("/actors/{actor_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: str) -> HTMLResponse:
        actor = next((a for a in list_actors(db) if a["actor_id"] == actor_id), None)
        if actor is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return page(request, "actor.html", actor=actor, events=actor_events(db, actor_id), colors=participant_colors)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, by: str = "affiliation") -> HTMLResponse:
        graph = network(db, "actor" if by == "actor" else "affiliation")
        return page(request, "network.html", graph=graph, svg=Markup(network_svg(graph)))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request) -> HTMLResponse:
        weeks = weekly_counts(db)
        return page(request, "timeline.html", weeks=weeks, svg=Markup(timeline_svg(weeks)))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> HTMLResponse:
        return page(request, "search.html", q=q, hits=search_documents(db, q) if q.strip() else [])

    return app
