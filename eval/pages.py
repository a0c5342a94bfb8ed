"""Time the web app's pages and API on a database: median wall and CPU milliseconds per URL.

    python eval/pages.py DB [--repeat 9] [--only SUBSTRING]

The URLs are the explorer's representative ones (list, filters, facets, sorts, deep pages, actors, an actor's
page, a pair, the network, the timeline, search, documents, events and the downloads), with ids taken from
the database (the busiest person, side, event, document). A real uvicorn server runs in a thread of this
process, so CPU is this process's time (server and the small HTTP client together), steadier than wall time
on a shared machine. The
load average is printed beside the figures, since wall time depends on it.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import uvicorn

from diplograph.store import Database
from diplograph.web.app import create_app


def urls(db_path: str) -> list[str]:
    """The URLs to time, with ids of busy items in this database."""
    db = Database(db_path, readonly=True)
    q = db.conn.execute
    person, name = q("SELECT actor_id, label FROM browse_actors WHERE actor_id LIKE 'Q%' ORDER BY events DESC"
                     " LIMIT 1").fetchone()
    other = q("SELECT actor_id FROM browse_actors WHERE actor_id LIKE 'Q%' AND affiliation != (SELECT affiliation"
              " FROM browse_actors WHERE actor_id = ?) ORDER BY events DESC LIMIT 1", (person,)).fetchone()[0]
    small = q("SELECT actor_id FROM browse_actors WHERE events BETWEEN 5 AND 20 ORDER BY events DESC LIMIT 1"
              ).fetchone()[0]
    sides = [r[0] for r in q("SELECT affiliation FROM browse_participants GROUP BY 1 ORDER BY count(*) DESC"
                             " LIMIT 3")]
    busiest = q("SELECT event_id FROM browse_events ORDER BY sources DESC, event_id LIMIT 1").fetchone()[0]
    single = q("SELECT event_id FROM browse_events WHERE sources = 1 ORDER BY event_id LIMIT 1").fetchone()[0]
    doc = q("SELECT doc_id FROM browse_sources WHERE event_id = ? LIMIT 1", (busiest,)).fetchone()[0]
    month = q("SELECT month FROM browse_events WHERE month IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
              ).fetchone()[0]
    topic = q("SELECT topic FROM browse_topics GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    db.close()
    a, b, c = sides
    pid, nm = quote(person, safe=""), quote(name)
    return [
        "/", "/?page_no=2", "/?page_no=150", "/?sort=oldest", "/?sort=sources", "/?sort=oldest&page_no=100",
        f"/?affiliation={a}", f"/?affiliation={c}", f"/?affiliation={a},{b}", f"/?actor={pid}", f"/?actor={nm}",
        f"/?actor={quote(small, safe='')}", "/?type=meeting", "/?status=planned", f"/?topic={topic}",
        f"/?date_from={month}&date_to={month}", f"/?affiliation={a}&type=phone_call&date_from={month[:4]}",
        "/?text=putin", "/?text=%E4%B9%A0%E8%BF%91%E5%B9%B3", "/?text=xi", "/?text=qz", f"/?text=trade&affiliation={a}",
        "/api/events", f"/api/events?affiliation={a}&limit=200", "/api/events?offset=5000", "/api/facets",
        f"/api/facets?affiliation={a}", "/actors", f"/actors?affiliation={a}", "/api/actors",
        f"/actors/{pid}", f"/actors/{quote(small, safe='')}", f"/api/actors/{pid}",
        f"/pair?a={a}&b={b}", f"/pair?a={pid}&b={quote(other, safe='')}", f"/pair?a={a}&b={c}",
        "/network", "/network?by=actor", f"/network?affiliation={a}", "/api/network", "/timeline",
        f"/timeline?affiliation={a}", "/api/timeline", "/search?q=putin", "/search?q=%E4%B9%A0%E8%BF%91%E5%B9%B3",
        "/search?q=qz", "/api/search?q=summit", f"/events/{busiest}", f"/events/{single}", f"/api/events/{busiest}",
        f"/documents/{doc}", f"/api/documents/{doc}", f"/download/events.csv?affiliation={c}",
        f"/download/events.json?affiliation={c}", "/download/events.csv",
    ]


def fetch(base: str, url: str) -> tuple[int, int]:
    """(status, bytes) of one GET, the body read whole."""
    try:
        with urllib.request.urlopen(base + url) as r:
            return r.status, len(r.read())
    except urllib.error.HTTPError as e:
        return e.code, len(e.read())


def time_url(base: str, url: str, repeat: int) -> tuple[float, float, int, int]:
    """(median wall ms, median CPU ms, status, bytes) over `repeat` requests after one warm-up."""
    fetch(base, url)
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        status, size = fetch(base, url)
        cpus.append((time.process_time() - c) * 1000)
        walls.append((time.perf_counter() - w) * 1000)
    return statistics.median(walls), statistics.median(cpus), status, size


def serve(db_path: str) -> tuple[uvicorn.Server, str]:
    """The app on a free local port, in a thread of this process."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://localhost:{port}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--only", default="", help="only the URLs holding this")
    args = ap.parse_args()
    server, base = serve(args.db)
    rows = []
    for url in urls(args.db):
        if args.only in url:
            wall, cpu, status, size = time_url(base, url, args.repeat)
            rows.append((wall, cpu))
            print(f"{wall:8.1f} {cpu:8.1f} {status} {size:>9}  {url}", flush=True)
    walls = [w for w, _ in rows]
    cpus = [c for _, c in rows]
    print(f"median of medians: wall {statistics.median(walls):.1f} ms, CPU {statistics.median(cpus):.1f} ms;"
          f" max wall {max(walls):.1f}, max CPU {max(cpus):.1f}; load average {os.getloadavg()[0]:.2f}")
    server.should_exit = True


if __name__ == "__main__":
    main()
