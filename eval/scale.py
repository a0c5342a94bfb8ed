"""One row of the scale table: ingest a folder into a new database and time the stages.

    python eval/scale.py FOLDER DB [--workers N] [--rerun]

Prints documents, wall, ingest stage, merge, CPU seconds of each (this process and its workers: steadier than
wall time on a shared machine) and per document, CPU seconds so far, clustering (seconds) and peak RSS (MiB)
of this process and its workers.
Clustering is timed by wrapping the merge's clustering function, so the figure is what it costs inside the
merge.
"""

from __future__ import annotations

import argparse
import resource
import time

from diplograph import services
from diplograph.config import load_settings
from diplograph.store import Database

SPENT = {"cluster": 0.0}


def _timed(module, name: str) -> None:
    fn = getattr(module, name)

    def run(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT["cluster"] += time.perf_counter() - t

    setattr(module, name, run)


def _cpu() -> float:
    """CPU seconds of this process and its ended workers so far."""
    return sum(getattr(resource.getrusage(who), k) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for k in ("ru_utime", "ru_stime"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("db")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--rerun", action="store_true", help="ingest twice and time the second run too")
    args = ap.parse_args()
    try:
        import diplograph.engine.merge as engine

        _timed(engine, "cluster_window")
    except ImportError:  # the code before the merge was streamed
        _timed(services, "cluster")
    settings = load_settings(env={})
    for run in range(2 if args.rerun else 1):
        SPENT["cluster"] = 0.0
        started, cpu_started = time.perf_counter(), _cpu()
        db = Database(args.db)
        kwargs = {"workers": args.workers} if "workers" in services.ingest.__code__.co_varnames else {}
        summary = services.ingest([args.folder], db, settings, **kwargs)
        t, cpu_ingest = time.perf_counter(), _cpu() - cpu_started
        merged = services.merge(db, settings)
        merge_s, cpu_merge = time.perf_counter() - t, _cpu() - cpu_started - cpu_ingest
        db.close()
        wall = time.perf_counter() - started
        cpu = _cpu()
        per_doc = 1000 / max(1, summary.records)
        rss = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        print(f"run {run + 1}: {summary.records} docs | wall {wall:.1f} s | ingest {summary.seconds:.1f} s | "
              f"merge {merge_s:.1f} s | cpu ingest {cpu_ingest:.1f} s ({cpu_ingest * per_doc:.2f} ms/doc) merge"
              f" {cpu_merge:.1f} s ({cpu_merge * per_doc:.2f} ms/doc) | cpu so far {cpu:.1f} s |"
              f" clustering {SPENT['cluster']:.2f} s | "
              f"peak RSS {rss / 1024:.0f} MiB | "
              f"{merged.line()}", flush=True)


if __name__ == "__main__":
    main()
