"""Who interacted with whom (`/network`) and events per week (`/timeline`), over the same filtered events as
the list, so that every count here is the list's count."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from diplograph.store.queries import network, timeline
from diplograph.web.common import ERRORS, Filters, db_of, page
from diplograph.web.models import Network, Timeline
from diplograph.web.render import network_svg, timeline_svg

router = APIRouter()
By = Annotated[str, Query(description="affiliation (sides) or actor (people)", pattern="^(affiliation|actor)$")]
Top = Annotated[int, Query(ge=2, le=200, description="how many of the busiest nodes to draw")]


@router.get("/api/network", tags=["charts"], summary="Who interacted with whom among the filtered events",
            response_model=Network, responses=ERRORS)
def api_network(request: Request, f: Filters, by: By = "affiliation") -> dict[str, Any]:
    return network(db_of(request), f, by)


@router.get("/api/timeline", tags=["charts"], summary="The filtered events per ISO week", response_model=Timeline,
            responses=ERRORS)
def api_timeline(request: Request, f: Filters) -> dict[str, Any]:
    return timeline(db_of(request), f)


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, f: Filters, by: By = "affiliation", top: Top = 30) -> HTMLResponse:
    graph = network(db_of(request), f, by)
    return page(request, "network.html", graph=graph, svg=Markup(network_svg(graph, top)), f=f, top=top,
                drawn=min(top, len(graph["nodes"])), query=urlencode(f.active()))


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, f: Filters) -> HTMLResponse:
    data = timeline(db_of(request), f)
    rest = urlencode({k: v for k, v in f.active().items() if k not in ("date_from", "date_to")})
    return page(request, "timeline.html", data=data, svg=Markup(timeline_svg(data["weeks"], rest)), f=f,
                query=urlencode(f.active()))
