"""What every route module shares: the database and templates of the app, the event filters parsed once (the
same for the API, the pages, the charts and the downloads) and the vocabularies the forms offer."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from diplograph.store import Database
from diplograph.store.labels import side_name
from diplograph.store.queries import SORTS, EventFilter
from diplograph.web.models import Error

EVENT_TYPES = ("phone_call", "video_call", "meeting", "talks", "visit", "message", "summit", "agreement")
STATUSES = ("held", "planned", "cancelled")
TOPICS = ("public_health", "medical_aid", "vaccines_drugs", "trade_economy", "travel_mobility", "multilateralism",
          "stigmatization", "bilateral_relations", "domestic_politics", "regional_security", "climate_development",
          "sovereignty", "technology", "culture_people")
PAGE = 50
MAX_PAGE = 1000
MAX_OFFSET = 10**9  # SQLite integers are 64-bit: larger offsets are refused, not overflowed
# a year, month or day; a day past its month's end (02-30) bounds like the month's end, as strings compare
TEXT = r"^[^\x00]*$"  # any text but a NUL, which SQLite and the search index cannot take
DATE = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": Error, "description": "a value is not valid"}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Error, "description": "no such item"}}

TEMPLATES = Jinja2Templates(directory=str(resources.files("diplograph.web").joinpath("templates")))
TEMPLATES.env.filters["side_name"] = side_name
TEMPLATES.env.globals["side_name"] = side_name


class Connections:
    """One read-only connection to the database per worker thread: requests run side by side (SQLite reads
    in parallel), and each connection's temporary selection (store.selection) is its own request's."""

    def __init__(self, path: str | FilePath) -> None:
        self.path = path
        self.local = threading.local()

    def get(self) -> Database:
        """This thread's connection, opened on its first request."""
        db = getattr(self.local, "db", None)
        if db is None:
            db = self.local.db = Database(self.path, readonly=True)
        return db

    def fresh(self) -> Database:
        """A connection of its own, for a response streamed over several threads (a download); the caller
        closes it."""
        return Database(self.path, readonly=True)


def db_of(request: Request) -> Database:
    """The read-only database connection of this worker thread."""
    return request.app.state.connections.get()


def found(item: Any, kind: str, key: str) -> Any:
    """The item, or a 404 naming what was asked for."""
    if item is None:
        raise HTTPException(404, f"no {kind} {key}")
    return item


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page rendered from a template."""
    return TEMPLATES.TemplateResponse(request, name, {"request": request, **context}, status_code=status_code)


def event_filter(
    date_from: Annotated[str, Query(description="first day: YYYY-MM-DD, YYYY-MM or YYYY", pattern=DATE + "|^$")] = "",
    date_to: Annotated[str, Query(description="last day: YYYY-MM-DD, YYYY-MM or YYYY", pattern=DATE + "|^$")] = "",
    affiliation: Annotated[str, Query(pattern=TEXT, description="side code (ISO 3166-1 alpha-3 or organization);"
                                                  " several, comma-separated, must all take part")] = "",
    actor: Annotated[str, Query(pattern=TEXT, description="a person: actor id, Wikidata id or a name in any script;"
                                            " several, comma-separated, must all take part")] = "",
    type: Annotated[str, Query(pattern=TEXT, description="event type (any case)")] = "",
    status: Annotated[str, Query(pattern=TEXT, description="held, planned or cancelled")] = "",
    topic: Annotated[str, Query(pattern=TEXT, description="topic code")] = "",
    text: Annotated[str, Query(pattern=TEXT, description="words in a report's title or body (case and script"
                                                         " folded)")] = "",
) -> EventFilter:
    """The event filters of a request, normalised; a date that is not a day is a 400 with the reason."""
    try:
        return EventFilter(date_from, date_to, affiliation, actor, type, status, topic, text).normal()
    except ValueError as e:
        raise HTTPException(400, str(e)) from None


Key = Annotated[str, Path(pattern=TEXT, description="an id as the lists give it")]
Filters = Annotated[EventFilter, Depends(event_filter)]
Sort = Annotated[str, Query(description="newest, oldest or sources (most reported first)",
                            pattern="^(" + "|".join(SORTS) + ")$")]
