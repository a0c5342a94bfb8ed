"""Benchmark: documents/second and peak memory of ingest (read + clean + store), beside trafilatura."""

from __future__ import annotations

import gc
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from diplograph.config import Settings
from diplograph.ingest.walk import iter_files, read_file
from diplograph.services import build_pipeline, few_collections, pipeline_version, process_record
from diplograph.store import Database


def _measure(fn: Callable[[], int], repeat: int, min_seconds: float = 2.0) -> tuple[float, float]:
    """(documents per second over at least `repeat` timed passes and `min_seconds`, peak traced MiB of one
    extra pass). A small folder takes a fraction of a second per pass: more passes steady the figure."""
    fn()  # warm-up: lexicons, regex caches, imports
    gc.collect()
    started = time.perf_counter()
    done = passes = 0
    while passes < repeat or time.perf_counter() - started < min_seconds:
        done += fn()
        passes += 1
    rate = done / (time.perf_counter() - started)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return rate, peak


def run_bench(paths: list[str], settings: Settings, repeat: int = 3) -> str:
    """Measure our pipeline on the text dumps and HTML pages under `paths`, and trafilatura on the HTML."""
    files = [(p, s) for p, s in iter_files(paths)]
    records = [r for p, s in files for r in read_file(p, s, settings.max_document_bytes)]
    text = [r for r in records if r.fmt == "text"]
    html = [r for r in records if r.fmt in ("html", "warc-html")]
    pipeline = build_pipeline(settings)
    version = pipeline_version(settings)

    tmp = tempfile.TemporaryDirectory()
    # the database is created once, as for a real corpus; every pass processes and writes every record again
    db = Database(Path(tmp.name) / "bench.db")

    def ours(recs):
        def run() -> int:
            with few_collections():  # as ingest runs
                docs = [process_record(r, pipeline) for r in recs]
                db.write_documents(docs, version, [])
            return len(recs)
        return run

    lines = [
        f"bench: {len(text)} text dumps, {len(html)} HTML pages, at least {repeat} passes and 2 s each "
        "(ingest = clean + extract + store into one SQLite file)"
    ]
    for name, recs in (("text dumps", text), ("HTML pages", html)):
        if recs:
            rate, peak = _measure(ours(recs), repeat)
            lines.append(f"  diplograph {name:11s} {rate:8.0f} docs/s   peak {peak:6.1f} MiB")
    if html:
        ours_rate, _ = _measure(ours(html), repeat)
        try:
            import trafilatura
        except ImportError:
            lines.append("  trafilatura not installed: pip install trafilatura for the reference")
        else:
            pages = [r.data.decode("utf-8", errors="replace") for r in html]

            def reference() -> int:
                for page in pages:
                    trafilatura.extract(page)
                return len(pages)

            rate, peak = _measure(reference, repeat)
            lines.append(f"  trafilatura.extract HTML  {rate:8.0f} docs/s   peak {peak:6.1f} MiB (extraction only)")
            lines.append(f"  ratio diplograph/trafilatura on the same HTML: {ours_rate / rate:.1f}x")
    db.close()
    tmp.cleanup()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"  (peak = traced Python heap of one pass; whole process max RSS {rss:.0f} MiB, libraries included)")
    return "\n".join(lines)
