"""The per-document stage on every core: batches of records go to worker processes and their documents come
back in the order the batches were sent, so the store receives exactly what one process would write. A
worker that dies on a document (a crash in a C library, the memory killer) costs only that document: its
batch is redone one record at a time and the one that kills a worker again is stored with the error."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from diplograph.config import Settings
from diplograph.doc import Document, RawRecord

_PIPELINE: Any = None  # each worker process builds the pipeline once


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _start(settings: Settings) -> None:
    global _PIPELINE
    from diplograph.services import build_pipeline

    _PIPELINE = build_pipeline(settings)


def _process(records: list[RawRecord]) -> list[Document]:
    from diplograph.services import process_record

    return [process_record(r, _PIPELINE) for r in records]


class DocumentWorkers:
    """Runs `process_record` over batches in this process (one worker) or in `workers` processes."""

    def __init__(self, settings: Settings, workers: int = 1) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None
        if self.workers == 1:
            _start(settings)

    def __enter__(self) -> DocumentWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def _new_pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start, initargs=(self.settings,))

    def _live_pool(self) -> ProcessPoolExecutor:
        """The pool, started anew when a worker's death broke the last one."""
        if self.pool is not None and getattr(self.pool, "_broken", False):
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        if self.pool is None:
            self.pool = self._new_pool()
        return self.pool

    def _submit(self, records: list[RawRecord]) -> Future | list[Document]:
        if self.workers == 1 or not records:  # nothing new: no process is started for it
            return _process(records)
        return self._live_pool().submit(_process, records)

    def _collect(self, job: Future | list[Document], records: list[RawRecord]) -> list[Document]:
        if isinstance(job, list):
            return job
        try:
            return job.result()
        except BrokenProcessPool:
            return self._one_by_one(records)

    def _one_by_one(self, records: list[RawRecord]) -> list[Document]:
        """Redo a batch whose worker died, each record alone in a fresh pool when the last one broke."""
        from diplograph.services import doc_id_for

        out = []
        for record in records:
            try:
                out += self._live_pool().submit(_process, [record]).result()
            except BrokenProcessPool as exc:
                out.append(Document(doc_id=doc_id_for(record), source=record.source, fmt=record.fmt,
                                    error=f"worker: the process died on this document ({exc})"))
        return out

    def map_batches(self, jobs: Iterable[tuple[list[RawRecord], Any]]) -> Iterator[tuple[list[Document], Any]]:
        """(documents, context) for each (records, context) job, in job order; up to two jobs per worker are
        in flight, so the workers never wait for the writer."""
        pending: deque[tuple[Future | list[Document], list[RawRecord], Any]] = deque()
        for records, context in jobs:
            pending.append((self._submit(records), records, context))
            while len(pending) > 2 * self.workers - 1:
                job, recs, ctx = pending.popleft()
                yield self._collect(job, recs), ctx
        while pending:
            job, recs, ctx = pending.popleft()
            yield self._collect(job, recs), ctx
