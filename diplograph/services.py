"""The functions the CLI and the web app share: ingest, export, listing. I/O happens only at this edge."""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import diplograph
import diplograph.components  # noqa: F401  (registers the built-in components)
from diplograph.config import Settings
from diplograph.doc import Document, RawRecord
from diplograph.ingest import iter_records
from diplograph.lexicons import lexicon_files
from diplograph.merge.events import cluster, unify_people
from diplograph.merge.neardup import copy_groups, near_duplicates, sketch
from diplograph.registry import Pipeline
from diplograph.resolve.identity import load_people, resolve_participants
from diplograph.store import Database, browse


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 document`, `2 documents`: the count with the word in the right number."""
    return f"{n} {word if n == 1 else many or word + 's'}"


@dataclass
class MergeSummary:
    """What one merge run found."""

    frames: int = 0
    events: int = 0
    resolved: int = 0
    near_duplicates: int = 0

    def line(self) -> str:
        return (f"{plural(self.frames, 'report')} of events in the documents → {plural(self.events, 'event')},"
                f" {plural(self.resolved, 'participant')} with a Wikidata id,"
                f" {plural(self.near_duplicates, 'near-duplicate document pair')}")


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
    doc.hints = {}
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
           progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Read, clean and store every record under `paths`; already stored records are left as they are."""
    started = time.perf_counter()
    summary = IngestSummary()
    pipeline = build_pipeline(settings)
    version = pipeline_version(settings)
    with few_collections():
        for batch in _batches(iter_records(paths, settings.max_document_bytes), settings.batch_size):
            _ingest_batch(batch, db, pipeline, version, summary)
            if progress:
                progress(len(batch))
    summary.seconds = time.perf_counter() - started
    return summary


def merge(db: Database, settings: Settings) -> MergeSummary:
    """The cross-document stage over everything stored: resolve participants to Wikidata ids, link
    near-duplicate documents, cluster the frames of one real-world event, and learn aliases from clusters.
    Unlike ingest it holds every frame in memory at once (about a kilobyte each)."""
    people = load_people(settings.extra_lexicons)
    frames = list(db.iter_events())
    summary = MergeSummary(frames=len(frames), resolved=resolve_participants(frames, people))
    links = near_duplicates(db.sketches(sketch))
    summary.near_duplicates = len(links)
    clusters = cluster(frames, copy_groups(links))
    summary.events = len(set(clusters.values()))
    aliases = unify_people(frames, clusters)
    db.write_merge(clusters, {f["frame_id"]: f["participants"] for f in frames}, links, aliases)
    browse.refresh(db, force=True)  # what the web app and API read, and the search index
    return summary


def _ingest_batch(batch: list[RawRecord], db: Database, pipeline: Pipeline, version: str,
                  summary: IngestSummary) -> None:
    """Process the records of one batch that are new or stale, and store them in one transaction."""
    ids = [doc_id_for(r) for r in batch]
    known = db.known_versions(list(dict.fromkeys(ids)))
    todo: dict[str, Document] = {}
    sources: list[tuple[str, str]] = []
    for rec, doc_id in zip(batch, ids):
        summary.records += 1
        if known.get(doc_id) == version or doc_id in todo:
            summary.unchanged += known.get(doc_id) == version
            sources.append((doc_id, rec.source))
            continue
        doc = process_record(rec, pipeline)
        todo[doc_id] = doc
        summary.processed += 1
        if doc.error is not None:
            summary.errors += 1
            summary.failed.append((doc.source, doc.error))
    db.write_documents(list(todo.values()), version, sources)
