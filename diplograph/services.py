"""The functions the CLI and the web app share: ingest, export, listing. I/O happens only at this edge."""

from __future__ import annotations

import gc
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

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
from diplograph.store.db import DatabaseBusy, DatabaseWriteError, StoredDocument, joined_rows
from diplograph.store.merging import MergeStore

BATCH_BYTES = 64 * 2**20  # a batch of large records is cut short here, so it never holds gigabytes
Source = tuple[str, str, bytes | None]  # doc_id, source as shown, exact bytes of a path that is not UTF-8


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
    key = record.fields.get("_key") or record.data or f"{record.source}\0{record.error}".encode("utf-8", "replace")
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


def process_to_rows(record: RawRecord, pipeline: Pipeline, version: str) -> StoredDocument:
    """`process_record`, then the document's rows for the store (what a worker process sends back)."""
    return StoredDocument.of(process_record(record, pipeline), version)


def failed_document(record: RawRecord, reason: str) -> Document:
    """The document of a record whose processing never returned: its id, source and why, nothing else."""
    fields = {k: v for k, v in record.fields.items() if not k.startswith("_")}
    return Document(doc_id=doc_id_for(record), source=record.source, fmt=record.fmt, fields=fields, error=reason)


def _batches(items: Iterable[RawRecord], size: int, max_bytes: int = BATCH_BYTES) -> Iterator[list[RawRecord]]:
    """Batches of `size` records, or fewer when their bytes pass `max_bytes` (a folder of large files)."""
    batch: list[RawRecord] = []
    held = 0
    for item in items:
        batch.append(item)
        held += len(item.data)
        if len(batch) >= size or held >= max_bytes:
            yield batch
            batch = []
            held = 0
    if batch:
        yield batch


def database_files(path: str) -> frozenset[Path]:
    """The database file and the files SQLite and the merge keep beside it, resolved: never input."""
    if path == ":memory:":
        return frozenset()
    base = Path(path).resolve()
    return frozenset({base} | {base.with_name(base.name + end) for end in ("-wal", "-shm", "-journal", "-mergelock")})


def ingest(paths: list[str], db: Database, settings: Settings,
           progress: Callable[[int], None] | None = None, workers: int = 1) -> IngestSummary:
    """Read, clean and store every record under `paths`; already stored records are left as they are. With
    `workers` > 1 the documents are processed in that many processes; the store gets the same rows."""
    started = time.perf_counter()
    summary = IngestSummary()
    version = pipeline_version(settings)
    inflight: Counter[str] = Counter()  # ids sent to a worker and not written yet: a later copy is unchanged

    def jobs() -> Iterator[tuple[list[RawRecord], tuple[list[Source], int]]]:
        records = iter_records(paths, settings.max_document_bytes, settings.max_nesting, database_files(db.path))
        for batch in _batches(records, settings.batch_size):
            todo, sources = _plan_batch(batch, db, version, summary, inflight)
            yield todo, (sources, len(batch))

    with few_collections(), DocumentWorkers(settings, workers) as pool:
        for docs, (sources, size) in pool.map_batches(jobs()):
            failed = [(d.source, d.error) for d in docs if d.error is not None]
            failed += _store(db, docs, version, sources)
            summary.errors += len(failed)
            summary.failed += failed
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


def unmerged(db: Database) -> int:
    """How many stored documents no finished merge has taken in: a merge killed before its switch (Ctrl-C)
    leaves them so, and the events then lack them until an ingest runs again."""
    return MergeStore(db).pending()


def _plan_batch(batch: list[RawRecord], db: Database, version: str, summary: IngestSummary,
                inflight: Counter[str]) -> tuple[list[RawRecord], list[Source]]:
    """The records of one batch that are new or stale (each id once), and the source rows of all (those of
    the records processed too, since a path that is not UTF-8 keeps its exact bytes there)."""
    ids = [doc_id_for(r) for r in batch]
    known = db.known_versions(list(dict.fromkeys(ids)))
    todo: dict[str, RawRecord] = {}
    sources: list[Source] = []
    for rec, doc_id in zip(batch, ids):
        summary.records += 1
        sources.append((doc_id, rec.source, rec.fields.get("_source_bytes")))
        fresh = known.get(doc_id) == version or doc_id in inflight
        if fresh or doc_id in todo:
            summary.unchanged += fresh
            continue
        todo[doc_id] = rec
        summary.processed += 1
    inflight.update(todo.keys())
    return list(todo.values()), sources


def _store(db: Database, docs: list[StoredDocument], version: str, sources: list[Source]) -> list[tuple[str, str]]:
    """Write a batch; when a document cannot be stored (text SQLite refuses, a value too big), write the
    others one by one and that one as an error naming the cause. Returns the (source, error) of those newly
    failed. Only a database that cannot be written (DatabaseWriteError, DatabaseBusy) stops the run."""
    try:
        db.write_rows(joined_rows(docs, sources))
    except (DatabaseWriteError, DatabaseBusy):
        raise
    except Exception:  # the culprit is found document by document
        return _store_one_by_one(db, docs, version, sources)
    return []


def _store_one_by_one(db: Database, docs: list[StoredDocument], version: str,
                      sources: list[Source]) -> list[tuple[str, str]]:
    failed = []
    for doc in docs:
        own = [s for s in sources if s[0] == doc.doc_id]
        try:
            db.write_rows(joined_rows([doc], own))
        except (DatabaseWriteError, DatabaseBusy):
            raise
        except Exception as exc:
            reason = f"store: {type(exc).__name__}: {exc}".encode("utf-8", "replace").decode()
            db.write_documents([Document(doc.doc_id, doc.source, doc.fmt, error=reason)], version, own)
            if doc.error is None:
                failed.append((doc.source, reason))
    db.write_documents([], version, [s for s in sources if s[0] not in {d.doc_id for d in docs}])
    return failed
