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
from diplograph.registry import Pipeline
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


def stage_costs(records: list, pipeline: Pipeline, passes: int = 5) -> list[tuple[str, float]]:
    """Milliseconds per document each stage takes (best of `passes` passes), costliest first: where the
    time goes, so that speed work starts at the right stage."""
    steps = pipeline.steps
    spent: dict[str, float] = {}

    def timed(name: str, step):
        def run(doc):
            t = time.perf_counter()
            out = step(doc)
            spent[name] += time.perf_counter() - t
            return out
        return run

    best: dict[str, float] = {}
    pipeline.steps = [(n, timed(n, f)) for n, f in steps]
    try:
        with few_collections():
            for _ in range(passes):
                spent.update(dict.fromkeys((n for n, _ in steps), 0.0))
                for r in records:
                    process_record(r, pipeline)
                for n, v in spent.items():
                    best[n] = min(best.get(n, v), v)
    finally:
        pipeline.steps = steps
    return sorted(((n, v / len(records) * 1e3) for n, v in best.items()), key=lambda x: -x[1])


def run_bench(paths: list[str], settings: Settings, repeat: int = 3, min_seconds: float = 2.0) -> str:
    """Measure our pipeline on the text dumps and HTML pages under `paths`, and trafilatura on the HTML."""
    files = [(p, s) for p, s in iter_files(paths)]
    records = [r for p, s in files for r in read_file(p, s, settings.max_document_bytes)]
    text = [r for r in records if r.fmt == "text"]
    html = [r for r in records if r.fmt in ("html", "warc-html")]
    pipeline = build_pipeline(settings)
    version = pipeline_version(settings)
    # the event stage's own scope (ingest + clean + events + store), when later stages follow it; the
    # participants' local ids (resolve) are part of it, since the store needs them
    names = list(settings.pipeline)
    last = names.index("resolve") if "resolve" in names else names.index("events") if "events" in names else -1
    upto_events = Pipeline(names[: last + 1], settings=settings) if 0 <= last < len(names) - 1 else None

    tmp = tempfile.TemporaryDirectory()
    # the database is created once, as for a real corpus; every pass processes and writes every record again
    db = Database(Path(tmp.name) / "bench.db")

    def ours(recs, pipe: Pipeline = pipeline):
        def run() -> int:
            with few_collections():  # as ingest runs
                docs = [process_record(r, pipe) for r in recs]
                db.write_documents(docs, version, [])
            return len(recs)
        return run

    lines = [
        f"bench: {len(text)} text dumps, {len(html)} HTML pages, at least {repeat} passes and 2 s each "
        "(ingest = clean + extract + store into one SQLite file)"
    ]
    for name, recs in (("text dumps", text), ("HTML pages", html)):
        if recs:
            rate, peak = _measure(ours(recs), repeat, min_seconds)
            lines.append(f"  diplograph {name:11s} {rate:8.0f} docs/s   peak {peak:6.1f} MiB")
    if text and upto_events is not None:
        rate, peak = _measure(ours(text, upto_events), repeat, min_seconds)
        lines.append(f"  diplograph text dumps, up to events {rate:8.0f} docs/s   peak {peak:6.1f} MiB"
                     f" (without {', '.join(names[last + 1:])})")
    if text:
        lines.append("  text dumps, ms per document by stage: "
                     + ", ".join(f"{n} {ms:.3f}" for n, ms in stage_costs(text, pipeline)))
    if html:
        ours_rate, _ = _measure(ours(html), repeat, min_seconds)
        try:
            import trafilatura
        except ImportError as exc:  # installed but broken (a dependency missing) says so too
            lines.append(f"  trafilatura cannot be imported ({exc}): pip install trafilatura for the reference")
        else:
            pages = [r.data.decode("utf-8", errors="replace") for r in html]

            def reference() -> int:
                for page in pages:
                    trafilatura.extract(page)
                return len(pages)

            rate, peak = _measure(reference, repeat, min_seconds)
            lines.append(f"  trafilatura.extract HTML  {rate:8.0f} docs/s   peak {peak:6.1f} MiB (extraction only)")
            lines.append(f"  ratio diplograph/trafilatura on the same HTML: {ours_rate / rate:.1f}x")
    db.close()
    tmp.cleanup()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"  (peak = traced Python heap of one pass; whole process max RSS {rss:.0f} MiB, libraries included)")
    return "\n".join(lines)
