"""Documents (`/documents/{id}`) and folded full-text search over them (`/search`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from diplograph.store.labels import outlet
from diplograph.store.queries import document_events, dropped_frames, get_document, search_documents
from diplograph.web.common import MAX_PAGE, NOT_FOUND, PAGE, TEXT, Key, db_of, found, page
from diplograph.web.models import Document, SearchResult
from diplograph.web.render import safe_url

router = APIRouter()


@router.get("/api/documents/{doc_id}", tags=["documents"], summary="One document: metadata, clean body and spans",
            response_model=Document, responses=NOT_FOUND)
def api_document(request: Request, doc_id: Key) -> dict[str, Any]:
    doc = found(get_document(db_of(request), doc_id), "document", doc_id)
    return doc


@router.get("/api/search", tags=["documents"], summary="Full-text search over titles and bodies (case and"
            " Traditional/Simplified folded)", response_model=SearchResult)
def api_search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500, pattern=TEXT)],
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE) -> dict[str, Any]:
    hits = search_documents(db_of(request), q, limit)
    return {"query": q, "total": len(hits), "documents": hits}


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    db = db_of(request)
    doc = found(get_document(db, doc_id), "document", doc_id)
    return page(request, "document.html", doc=doc, url=safe_url(doc["url"]),
                outlet=outlet(doc["meta"], doc["dateline"]), events=document_events(db, doc_id),
                dropped=dropped_frames(db, [doc_id]))


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    return page(request, "search.html", q=q, hits=search_documents(db_of(request), q) if q.strip() else [])
