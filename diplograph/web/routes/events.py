"""The event list (`/`, `/api/events`, facets, CSV/JSON downloads of the filtered view) and one event with
its evidence highlighted in every report (`/events/{id}`, `/api/events/{id}`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from markupsafe import Markup

from diplograph.store.labels import outlet
from diplograph.store.queries import (
    EventFilter,
    affiliations,
    event_frames,
    facets,
    find_events,
    get_document,
    get_event,
    iter_event_ids,
    iter_records,
    select,
)
from diplograph.web.common import (
    ERRORS,
    EVENT_TYPES,
    MAX_OFFSET,
    MAX_PAGE,
    NOT_FOUND,
    PAGE,
    STATUSES,
    TOPICS,
    Filters,
    Key,
    Sort,
    db_of,
    found,
    page,
)
from diplograph.web.models import EventList, EventRecord, Facets
from diplograph.web.render import event_marks, highlight, safe_url

router = APIRouter()
CSV_COLUMNS = ("event_id", "date", "type", "status", "summary", "sides", "participants", "sources", "outlet", "url",
               "title")


AFTER = r"^$|^([12]\d{3}(-\d{2}){0,2})?\|[0-9a-f]{1,64}$"  # the last event's date and id


def _after(value: str) -> tuple[str, str] | None:
    if not value:
        return None
    day, _, event_id = value.partition("|")
    return day, event_id


def api_row(row: dict[str, Any]) -> dict[str, Any]:
    """A list row as the API gives it: the record with the list's extra columns."""
    return {**row["record"], "summary": row["summary"], "n_sources": row["sources"], "outlet": row["outlet"],
            "url": row["url"], "title": row["title"], "lang": row["lang"]}


@router.get("/api/events", tags=["events"], summary="Events, filtered, sorted and paged", response_model=EventList,
            responses=ERRORS)
def api_events(request: Request, f: Filters, sort: Sort = "newest",
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
               after: Annotated[str, Query(description="the `after` of the previous page (newest first only)",
                                           pattern=AFTER)] = "",
               ) -> dict[str, Any]:
    total, rows = find_events(db_of(request), f, limit, offset, sort, _after(after))
    last = rows[-1] if rows and sort == "newest" else None
    return {"total": total, "limit": limit, "offset": offset, "sort": sort, "filters": f.active(),
            "after": f"{last['date'] or ''}|{last['event_id']}" if last and len(rows) == limit else None,
            "events": [api_row(r) for r in rows]}


@router.get("/api/facets", tags=["events"], summary="Counts of the filtered events by type, status, month and side",
            response_model=Facets, responses=ERRORS)
def api_facets(request: Request, f: Filters) -> dict[str, Any]:
    chosen = select(db_of(request), f)
    return {"total": chosen.total(), **facets(chosen.db, chosen)}


@router.get("/api/events/{event_id}", tags=["events"], summary="One event in the exchange format",
            response_model=EventRecord, responses=NOT_FOUND)
def api_event(request: Request, event_id: Key) -> dict[str, Any]:
    row = found(get_event(db_of(request), event_id), "event", event_id)
    return row["record"]


def _rows(request: Request, f: EventFilter, sort: str) -> Iterator[tuple[dict[str, Any], str]]:
    """(list row, record as stored JSON) of every matching event, over a connection of the download's own
    (a streamed response is read on several threads) in one read transaction, so that a refresh committed
    meanwhile changes nothing in it; closed (ending the transaction) when the download ends or is dropped."""
    db = request.app.state.connections.fresh()
    try:
        db.conn.execute("BEGIN")
        yield from iter_records(db, iter_event_ids(db, f, sort))
    finally:
        db.close()


def _csv_lines(rows: Iterator[tuple[dict[str, Any], str]]) -> Iterator[str]:
    """The CSV text, a few hundred rows per piece."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for k, (r, record) in enumerate(rows, 1):
        ps = orjson.loads(record)["participants"]
        w.writerow([r["event_id"], r["date"] or "", r["type"], r["status"], r["summary"],
                    ";".join(dict.fromkeys(p["affiliation"] for p in ps)),
                    ";".join(f"{p['actor_id']}|{p['affiliation']}|{p['office']}" for p in ps),
                    r["sources"], r["outlet"], r["url"] or "", r["title"]])
        if k % 200 == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def _json_lines(rows: Iterator[tuple[dict[str, Any], str]]) -> Iterator[str]:
    """A JSON array of the records as stored (valid JSON already: never decoded), a few hundred per piece."""
    piece = ["["]
    for k, (_, record) in enumerate(rows):
        piece.append(("," if k else "") + record)
        if len(piece) >= 200:
            yield "".join(piece)
            piece = []
    yield "".join(piece) + "]"


@router.get("/download/events.csv", tags=["events"], summary="The filtered events as CSV, one row per event",
            response_class=StreamingResponse, responses={**ERRORS, 200: {"content": {"text/csv": {}}}})
def download_csv(request: Request, f: Filters, sort: Sort = "newest") -> StreamingResponse:
    return StreamingResponse(_csv_lines(_rows(request, f, sort)), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/download/events.json", tags=["events"], summary="The filtered events as a JSON array of records",
            response_class=StreamingResponse, responses={**ERRORS, 200: {"content": {"application/json": {}}}})
def download_json(request: Request, f: Filters, sort: Sort = "newest") -> StreamingResponse:
    return StreamingResponse(_json_lines(_rows(request, f, sort)), media_type="application/json",
                             headers={"Content-Disposition": 'attachment; filename="events.json"'})


def list_context(request: Request, f: EventFilter, sort: str, page_no: int) -> dict[str, Any]:
    """What the event list shows: one page of events, its range, facets, sort and download links."""
    db = db_of(request)
    chosen = select(db, f)  # the filter is evaluated once for the page, the range and the facets
    total, rows = find_events(db, chosen, PAGE, (page_no - 1) * PAGE, sort)
    query = {**f.active(), **({"sort": sort} if sort != "newest" else {})}
    first = (page_no - 1) * PAGE + 1 if rows else 0
    return {"events": rows, "total": total, "f": f, "sort": sort, "page_no": page_no, "query": urlencode(query),
            "filters_query": urlencode(f.active()), "range": (first, first + len(rows) - 1 if rows else 0),
            "prev": urlencode({**query, "page_no": page_no - 1}) if page_no > 1 else None,
            "next": urlencode({**query, "page_no": page_no + 1}) if page_no * PAGE < total else None,
            "facets": _facet_links(facets(db, chosen), {**f.active(), **({"sort": sort} if sort != "newest" else {})}),
            "types": EVENT_TYPES, "statuses": STATUSES, "topics": TOPICS,
            "affiliations": affiliations(db)}


def _facet_links(counts: dict[str, list[dict[str, Any]]], query: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Each facet value with the link that adds it to the current filters."""
    out = {}
    for name, values in counts.items():
        out[name] = []
        for v in values[:12]:
            more = {"date_from": v["value"], "date_to": v["value"]} if name == "month" else \
                {"affiliation" if name == "side" else name: v["value"]}
            out[name].append({**v, "href": "/?" + urlencode({**query, **more})})
    return out


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, f: Filters, sort: Sort = "newest",
                page_no: Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE)] = 1) -> HTMLResponse:
    return page(request, "events.html", **list_context(request, f, sort, page_no))


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    db = db_of(request)
    row = found(get_event(db, event_id), "event", event_id)
    if row["event_id"] != event_id:  # the id of one report of a merged event
        return RedirectResponse(f"/events/{row['event_id']}", status_code=301)
    record = row["record"]
    tones = {p["actor_id"]: i for i, p in enumerate(record["participants"])}
    sources = []
    for frame in event_frames(db, event_id):  # each report, its own spans highlighted in its own text
        doc = get_document(db, frame["doc_id"]) or {"title": "", "body": "", "sources": [], "meta": None}
        marks = event_marks(frame, tones)
        sources.append({"doc": doc, "url": safe_url(doc.get("url")),
                        "outlet": outlet(doc.get("meta"), doc.get("dateline")),
                        "title": Markup(highlight(doc["title"] or "", marks["title"])),
                        "body": Markup(highlight(doc["body"] or "", marks["body"]))})
    return page(request, "event.html", e=row, record=record, sources=sources)
