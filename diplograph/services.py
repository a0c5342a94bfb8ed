"""The functions the CLI and the web app share: ingest, export, listing. I/O happens only at this edge."""

from __future__ import annotations

import gc
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import diplograph
import diplograph.components  # noqa: F401  (registers the built-in components)
from diplograph.config import Settings
from diplograph.doc import Document, RawRecord
from diplograph.engine.merge import MergeSummary
from diplograph.engine.merge import merge as merge_store
from diplograph.engine.workers import DocumentWorkers
from diplograph.ingest import iter_records
from diplograph.lexicons import lexicon_files
from diplograph.merge.neardup import sketch
from diplograph.registry import Pipeline
from diplograph.store import Database


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 document`, `2 documents`: the count with the word in the right number."""
    return f"{n} {word if n == 1 else many or word + 's'}"


@dataclass
class IngestSummary:
    """What one ingest run did."""

    records: int = 0
    processed: int = 0
    unchanged: int = 0
    errors: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, error) of this run's failures

    def line(self) -> str:
        return (f"{plural(self.records, 'document')} ({self.processed} processed, {self.unchanged} unchanged),"
                f" {plural(self.errors, 'error')}, {self.seconds:.1f} s")


def pipeline_version(settings: Settings) -> str:
    """Changes whenever the code version, the settings or a lexicon changes, so stale rows get redone."""
    h = hashlib.sha256(diplograph.__version__.encode())
    h.update(repr(settings).encode())
    for name, data in lexicon_files(settings.extra_lexicons):
        h.update(name.encode() + b"\0" + data)
    return h.hexdigest()[:16]


def doc_id_for(record: RawRecord) -> str:
    """Stable id from the record's own bytes: the same input bytes give the same id."""
    key = record.fields.get("_key") or record.data or f"{record.source}\0{record.error}".encode()
    return hashlib.sha256(key).hexdigest()[:24]


def build_pipeline(settings: Settings) -> Pipeline:
    """The document pipeline named in the settings."""
    return Pipeline(settings.pipeline, settings=settings)


def process_record(record: RawRecord, pipeline: Pipeline) -> Document:
    """Run one record through the pipeline; failures end up in `error`, never raised."""
    fields = {k: v for k, v in record.fields.items() if not k.startswith("_")}
    doc = Document(doc_id=doc_id_for(record), source=record.source, fmt=record.fmt, data=record.data,
                   fields=fields, error=record.error)
    doc = pipeline(doc)
    doc.data = b""
    doc.lines = []
    # the near-duplicate sketch is made here, per document, so that the merge never reads bodies again
    doc.hints = {"sketch": sketch(doc.body)} if doc.error is None and doc.body else {}
    return doc


@contextmanager
def few_collections(young: int = 50_000) -> Iterator[None]:
    """Let the young generation grow before the cyclic GC runs: a page makes thousands of short-lived,
    acyclic objects (pieces, hits, spans), and scanning them every 700 allocations costs about a tenth."""
    old = gc.get_threshold()
    gc.set_threshold(young, old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _batches(items: Iterable[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    batch: list[RawRecord] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(paths: list[str], db: Database, settings: Settings,
           progress: Callable[[int], None] | None = None, workers: int = 1) -> IngestSummary:
    """Read, clean and store every record under `paths`; already stored records are left as they are. With
    `workers` > 1 the documents are processed in that many processes; the store gets the same rows."""
    started = time.perf_counter()
    summary = IngestSummary()
    version = pipeline_version(settings)
    inflight: Counter[str] = Counter()  # ids sent to a worker and not written yet: a later copy is unchanged

    def jobs() -> Iterator[tuple[list[RawRecord], tuple[list[tuple[str, str]], int]]]:
        for batch in _batches(iter_records(paths, settings.max_document_bytes), settings.batch_size):
            todo, sources = _plan_batch(batch, db, version, summary, inflight)
            yield todo, (sources, len(batch))

    with few_collections(), DocumentWorkers(settings, workers) as pool:
        for docs, (sources, size) in pool.map_batches(jobs()):
            for d in docs:
                if d.error is not None:
                    summary.errors += 1
                    summary.failed.append((d.source, d.error))
            db.write_documents(docs, version, sources)
            inflight.subtract(d.doc_id for d in docs)
            inflight += Counter()  # drop the ids at zero
            if progress:
                progress(size)
    summary.seconds = time.perf_counter() - started
    return summary


def merge(db: Database, settings: Settings) -> MergeSummary:
    """The cross-document stage over everything stored (`engine.merge`): resolve participants, link
    near-duplicate documents, cluster the frames of one real-world event and learn aliases, streamed by date
    window and only where something changed since the last merge."""
    return merge_store(db, settings.extra_lexicons)


def _plan_batch(batch: list[RawRecord], db: Database, version: str, summary: IngestSummary,
                inflight: Counter[str]) -> tuple[list[RawRecord], list[tuple[str, str]]]:
    """The records of one batch that are new or stale (each id once), and the extra (doc_id, source) rows of
    the others."""
    ids = [doc_id_for(r) for r in batch]
    known = db.known_versions(list(dict.fromkeys(ids)))
    todo: dict[str, RawRecord] = {}
    sources: list[tuple[str, str]] = []
    for rec, doc_id in zip(batch, ids):
        summary.records += 1
        fresh = known.get(doc_id) == version or doc_id in inflight
        if fresh or doc_id in todo:
            summary.unchanged += fresh
            sources.append((doc_id, rec.source))
            continue
        todo[doc_id] = rec
        summary.processed += 1
    inflight.update(todo.keys())
    return list(todo.values()), sources
