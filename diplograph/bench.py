"""Benchmark: documents/second (min/median/max of several runs) and peak memory of ingest (read + clean +
extract + store) for every input format found, each HTML subset side by side with trafilatura (short
fragments apart), the merge, and a synthetic corpus of N copies with years shifted per copy."""

from __future__ import annotations

import csv
import gc
import io
import re
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import yaml

from diplograph.config import Settings
from diplograph.doc import RawRecord
from diplograph.engine.merge import merge as merge_store
from diplograph.ingest.walk import iter_files, read_file
from diplograph.registry import Pipeline
from diplograph.services import build_pipeline, few_collections, ingest, pipeline_version, process_record
from diplograph.store import Database
from diplograph.store.merging import MergeStore

SHORT_HTML = 8192  # bytes: a page this small is a fragment (an agency snippet), measured as its own subset
YEAR = re.compile(rb"(?<![0-9])(19[0-9][0-9]|20[0-9][0-9])(?![0-9])")
SHIFTS = 192  # distinct year shifts of `year_shift`
JSON_OBJECT = re.compile(rb'\{(\s*)"')


def _runs(fn: Callable[[], int], repeat: int, min_seconds: float) -> list[float]:
    """Documents per second of `repeat` timed runs after a warm-up, each run enough passes to last
    `min_seconds / repeat` (a small subset takes a fraction of a second per pass)."""
    return _interleaved_runs([fn], repeat, min_seconds)[0]


def _interleaved_runs(fns: list[Callable[[], int]], repeat: int, min_seconds: float) -> list[list[float]]:
    """`_runs` of each function, their runs taken in turn (a, b, a, b, …): on a shared machine a change of load
    then falls on every side alike, and a ratio of their medians stays fair."""
    for fn in fns:
        fn()  # warm-up: lexicons, regex caches, imports
    gc.collect()
    rates: list[list[float]] = [[] for _ in fns]
    for _ in range(max(1, repeat)):
        for fn, out in zip(fns, rates):
            started = time.perf_counter()
            done = 0
            while not done or time.perf_counter() - started < min_seconds / max(1, repeat):
                done += fn()
            out.append(done / (time.perf_counter() - started))
    return [sorted(r) for r in rates]


def _spread(rates: list[float]) -> str:
    return f"{rates[0]:7.0f} /{statistics.median(rates):7.0f} /{rates[-1]:7.0f}"


def _peak(fn: Callable[[], int]) -> float:
    """Peak traced Python heap (MiB) of one pass."""
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


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


def _subsets(paths: list[str], max_bytes: int) -> list[tuple[str, RawRecord]]:
    """Every record under `paths` with its subset: the first folder under the path given (the file's own
    name when a file was given)."""
    out = []
    for given in paths:
        for path, source in iter_files([given]):
            rel = source[len(given.rstrip("/")) + 1:] if source != given else Path(source).name
            subset = rel.split("/", 1)[0] if "/" in rel else Path(given).name or rel
            out += [(subset, r) for r in read_file(path, source, max_bytes)]
    return out


def one_line_page(size: int) -> bytes:
    """A whole page on one line of prose, `size` bytes long (no line breaks for the classifier to use)."""
    sentence = "外长在北京会见来访的挪威外交大臣,双方就双边关系交换意见。The ministers met in Oslo today. "
    return (sentence * (size // len(sentence.encode()) + 1)).encode()[:size].rsplit(b" ", 1)[0]


def long_page(size: int) -> bytes:
    """An HTML page of about `size` bytes: a menu, then numbered paragraphs in both scripts (some with
    entities, some restated whole inside a later one), list items left unclosed, a related list."""
    zh = "外长在北京会见来访的挪威外交大臣,双方就双边关系、绿色能源和海洋合作交换意见。"
    en = "The foreign ministers met in Oslo on Monday &amp; agreed to expand trade and energy cooperation."
    parts = ["<html><head><title>A long page</title></head><body><nav><a href='/'>Home</a> | <a href='/w'>World</a>"
             " | <a href='/c'>China</a></nav><article><h1>A long page</h1>"]
    total = n = 0
    while total < size:
        text = f"{zh if n % 2 else en} ({n})"
        if n % 50 == 49:
            text += " " + f"{zh} ({n - 1})"  # a paragraph restated inside this one
        part = f"<p>{text}</p>\n" if n % 7 else f"<li>{text}\n"
        parts.append(part)
        total += len(part.encode())
        n += 1
    parts.append("</article><aside><h2>Related</h2><ul><li><a href='/1'>Talks in Lima</a></ul></aside></body></html>")
    return "".join(parts).encode()


def large_pages(settings: Settings, sizes: tuple[int, ...] = (1_000_000, 2_000_000, 5_000_000)) -> str:
    """Seconds the whole pipeline takes on one generated page of each size, an HTML page of many paragraphs
    and a text page on one line: time that grows faster than the size marks a step that is not linear."""
    pipeline = build_pipeline(settings)
    process_record(RawRecord("warm-up", "外长会见来访的挪威外交大臣。".encode(), "text"), pipeline)
    lines = ["  large pages, whole pipeline in this process (seconds, MB/s):"]
    for kind, make, fmt in (("HTML page", long_page, "html"), ("one-line text", one_line_page, "text")):
        cells = []
        for size in sizes:
            record = RawRecord(f"large.{fmt}", make(size), fmt)
            started = time.perf_counter()
            with few_collections():
                doc = process_record(record, pipeline)
            spent = time.perf_counter() - started
            cells.append(f"{size / 1e6:g} MB {spent:.1f} s ({size / 1e6 / spent:.2f} MB/s)"
                         + (f" [{doc.error}]" if doc.error else ""))
        lines.append(f"    {kind:14s} " + ", ".join(cells))
    return "\n".join(lines)


def year_shift(k: int) -> int:
    """Years copy k moves every year by: 0 to +74, then -1 to -117, then again, so that pages written from
    2017 to 2026 keep dates inside 1900–2100, the years a publication date may have (past +74 copies of
    2026 pages fell in 2101 and lost their dates)."""
    r = k % SHIFTS
    return r if r <= 74 else 74 - r


def shifted_copy(data: bytes, k: int, suffix: str) -> bytes:
    """Copy k of a file for a synthetic corpus: every year moved by `year_shift(k)` (its events fall on other
    days), and the copy number where the format keeps it out of the text (an HTML comment, a `_copy` field of
    every JSON object and CSV row, a trailing line of blanks), so that no two copies share an id."""
    shift = year_shift(k)
    out = YEAR.sub(lambda m: str(int(m.group(1)) + shift).encode(), data) if shift else data
    if not k:
        return out
    if suffix in (".html", ".shtml", ".htm"):
        return out + f"\n<!-- copy {k} -->\n".encode()
    if suffix in (".json", ".jsonl"):
        return JSON_OBJECT.sub(rb'{"_copy": %d, \1"' % k, out)
    if suffix == ".csv":
        return _csv_with_copy(out, k)
    return out + b"\n" + f"{k:b}".replace("0", " ").replace("1", "\t").encode()  # k in blanks and tabs


def _csv_with_copy(data: bytes, k: int) -> bytes:
    """The CSV file with a `_copy` column holding k (unchanged when it is not UTF-8 CSV)."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    except (UnicodeDecodeError, csv.Error):
        return data
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for i, row in enumerate(rows):
        writer.writerow(row + ["_copy" if i == 0 else str(k)] if row else row)
    return out.getvalue().encode()


def make_copies(paths: list[str], out: Path, count: int) -> int:
    """Write `count` files into `out`: copy after copy of the files under `paths`; returns the copies made."""
    files = [(p, s) for p, s in iter_files(paths)]
    made = k = 0
    while made < count and files:
        for path, source in files:
            if made >= count:
                break
            dest = out / f"copy{k:04d}" / source.lstrip("./")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(shifted_copy(path.read_bytes(), k, path.suffix.lower()))
            made += 1
        k += 1
    return k


def run_bench(paths: list[str], settings: Settings, repeat: int = 3, min_seconds: float = 2.0, scale: int = 0,
              workers: int = 1, large: bool = False) -> str:
    """Measure our pipeline on every format under `paths`, trafilatura beside it on each HTML subset, the
    merge, (with `scale`) a synthetic corpus of that many files ingested with `workers` processes, and (with
    `large`) generated pages of a few MB."""
    started = time.perf_counter()
    found = _subsets(paths, settings.max_document_bytes)
    reading = time.perf_counter() - started  # every file walked, its format told and its records read, once
    records = [r for _, r in found]
    text = [r for r in records if r.fmt == "text"]
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

    lines = [f"bench: {len(records)} documents, {repeat} runs of at least {min_seconds / max(1, repeat):.1f} s each,"
             " docs/s as min / median / max (ingest = clean + extract + store into one SQLite file)",
             f"  reading (walk, format told, records split) of every file, once: {reading:.2f} s"
             f" ({len(records) / max(reading, 1e-9):.0f} docs/s)"]
    for fmt in sorted({r.fmt for r in records}):
        recs = [r for r in records if r.fmt == fmt]
        lines.append(f"  diplograph {fmt:14s} {len(recs):5d} docs {_spread(_runs(ours(recs), repeat, min_seconds))}"
                     f" docs/s   peak {_peak(ours(recs)):6.1f} MiB")
    # the whole-ingest figure: every document of every format in one pass, the mix a corpus really has
    lines.append(f"  diplograph {'all formats':14s} {len(records):5d} docs"
                 f" {_spread(_runs(ours(records), repeat, min_seconds))} docs/s")
    if text and upto_events is not None:
        rates = _runs(ours(text, upto_events), repeat, min_seconds)
        lines.append(f"  diplograph text dumps, up to events {_spread(rates)} docs/s"
                     f" (without {', '.join(names[last + 1:])})")
    if text:
        lines.append("  text dumps, ms per document by stage: "
                     + ", ".join(f"{n} {ms:.3f}" for n, ms in stage_costs(text, pipeline)))
    lines += _beside_trafilatura(found, ours, repeat, min_seconds)
    lines.append(_merge_line(db, repeat))
    db.close()
    tmp.cleanup()
    if large:
        lines.append(large_pages(settings))
    if scale:
        lines.append(_scale_line(paths, settings, scale, workers))
    loader = "libyaml's C loader" if getattr(yaml, "CSafeLoader", None) else "PyYAML's Python loader (no libyaml)"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"  (front matter YAML read by {loader}; peak = traced Python heap of one pass; whole process"
                 f" max RSS {rss:.0f} MiB, libraries included)")
    return "\n".join(lines)


def _beside_trafilatura(found: list[tuple[str, RawRecord]], ours: Callable, repeat: int,
                        min_seconds: float) -> list[str]:
    """Each HTML subset (pages under SHORT_HTML bytes apart, as `short fragments`): our whole pipeline and
    trafilatura's `extract` alone on the same pages, their runs in turn, and the ratio of the medians."""
    subsets: dict[str, list[RawRecord]] = {}
    for subset, r in found:
        if r.fmt in ("html", "warc-html"):
            subsets.setdefault("short fragments" if len(r.data) < SHORT_HTML else subset, []).append(r)
    if not subsets:
        return []
    try:
        import trafilatura
    except ImportError as exc:  # installed but broken (a dependency missing) says so too
        return [f"  trafilatura cannot be imported ({exc}): pip install trafilatura for the reference"]
    lines = ["  HTML beside trafilatura.extract (extraction only), docs/s min / median / max:"]
    for name, recs in sorted(subsets.items()):
        pages = [r.data.decode("utf-8", errors="replace") for r in recs]

        def reference(pages: list[str] = pages) -> int:
            for page in pages:
                trafilatura.extract(page)
            return len(pages)

        mine, theirs = _interleaved_runs([ours(recs), reference], repeat, min_seconds)
        ratio = statistics.median(mine) / statistics.median(theirs)
        lines.append(f"    {name:16s} {len(recs):4d} pages  diplograph {_spread(mine)}  trafilatura {_spread(theirs)}"
                     f"  ratio {ratio:.2f}x{'' if ratio >= 1 else '  (slower)'}")
    return lines


def _merge_line(db: Database, repeat: int) -> str:
    """The merge over everything the passes stored, from scratch each run (min / median / max seconds)."""
    store = MergeStore(db)
    spent = []
    for _ in range(max(1, repeat)):
        store.forget()
        started = time.perf_counter()
        summary = merge_store(db)
        spent.append(time.perf_counter() - started)
    spent.sort()
    return (f"  merge of {summary.frames} frames into {summary.events} events: {spent[0]:.2f} /"
            f" {statistics.median(spent):.2f} / {spent[-1]:.2f} s")


def _scale_line(paths: list[str], settings: Settings, count: int, workers: int) -> str:
    """Ingest and merge a synthetic corpus of `count` files (copies with shifted years) into a new file."""
    with tempfile.TemporaryDirectory() as folder:
        copies = make_copies(paths, Path(folder) / "corpus", count)
        db = Database(Path(folder) / "scale.db")
        started = time.perf_counter()
        summary = ingest([str(Path(folder) / "corpus")], db, settings, workers=workers)
        t = time.perf_counter()
        merged = merge_store(db, settings.extra_lexicons)
        done = time.perf_counter()
        db.close()
    rss = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    return (f"  scale: {count} files in {copies} copies = {summary.records} documents, {workers} worker(s):"
            f" ingest {t - started:.1f} s ({summary.records / (t - started):.0f} docs/s), merge {done - t:.1f} s"
            f" ({merged.events} events), {(done - started) / max(1, summary.records) * 1e3:.2f} ms per document,"
            f" max RSS {rss:.0f} MiB")
