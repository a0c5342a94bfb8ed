"""The web app: a read-only JSON API and HTML pages, one route module per page over the one query layer
(diplograph.store.queries), so that a page and its JSON cannot count differently.

Every page is rendered on the server from templates shipped in the package; the only assets are one
stylesheet and inline SVG, so the pages work with no internet and run no script (the CSP forbids it).
Jinja2 escapes all document text. Requests naming another host are refused (DNS rebinding)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

import diplograph
from diplograph.store import Database
from diplograph.web.common import ERRORS, Connections, page
from diplograph.web.routes import actors, charts, documents, events, pairs

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")
BROWSE_VERSION = 13  # the migration that completes the browse tables (0010, 0012, 0013)
HEADERS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
                                 b" base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Guard:
    """Security headers on every response, and a request whose query holds a NUL refused with a 400."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if b"%00" in scope.get("query_string", b"") or "\x00" in scope.get("path", ""):
            await JSONResponse({"detail": "NUL characters are not allowed in a request"}, 400)(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/download/", "/openapi"))


def _errors(app: FastAPI) -> None:
    """Errors as pages for pages and as JSON for the API, with one line saying what was wrong."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_page(request):
            return page(request, "error.html", status_code=exc.status_code, status=exc.status_code, detail=exc.detail)
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        lines = [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        if _wants_page(request):
            return page(request, "error.html", status_code=422, status=422, detail="; ".join(lines))
        return JSONResponse({"detail": [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]}
                                        for e in exc.errors()]}, 422)


def create_app(db_path: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over one database file, opened read-only (it must exist and carry the browse tables, which
    `diplograph ingest` and `serve` build). `allowed_hosts`: Host names answered (default: this machine)."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    db = Database(db_path, readonly=True)
    version = db.version
    db.close()
    if version < BROWSE_VERSION:
        raise ValueError(f"{db_path} predates the browse tables: run `diplograph serve` or `ingest` on it once")
    # no /docs or /redoc: their pages load scripts from a CDN, and these pages must work offline
    app = FastAPI(title="diplograph", version=diplograph.__version__, docs_url=None, redoc_url=None,
                  description="Diplomatic events with the source spans behind every field (read-only).",
                  responses=ERRORS)
    app.state.connections = Connections(db_path)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    for module in (events, pairs, actors, charts, documents):
        app.include_router(module.router)
    _errors(app)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts or LOCAL_HOSTS))
    app.add_middleware(Guard)
    return app
