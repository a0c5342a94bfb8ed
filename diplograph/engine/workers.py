"""The per-document stage on every core, each document under the settings' time and memory limits.

Batches of records are spread one record at a time over worker processes (`engine.guard`), and their
documents come back in the order the batches were sent, so the store receives exactly what one process would
write. A document that overruns `document_timeout` is stopped with its worker, one that dies (a crash in a C
library, the memory limit) costs only itself: both are stored with the reason and a fresh worker goes on.
With one worker and no time limit, documents run in this process."""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import Any

from diplograph.config import Settings
from diplograph.doc import RawRecord
from diplograph.engine.guard import DocumentFailed, Guard
from diplograph.store.db import StoredDocument

WARM_UP = ("外长会见来访的挪威外交大臣\n新华社北京6月18日电 外长在北京会见挪威外交大臣，双方同意加强合作。\n"
           "OSLO, June 3 (Agency) - The foreign minister of Norway met the Chinese foreign minister in Oslo.\n")


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


@dataclass
class _Job:
    """A batch on its way: its records, the caller's context, the documents back so far, how many to come."""

    records: list[RawRecord]
    context: Any
    docs: list[Any] = field(default_factory=list)
    left: int = 0

    def __post_init__(self) -> None:
        self.docs = [None] * len(self.records)
        self.left = len(self.records)


class DocumentWorkers:
    """Runs `process_record` over batches, in this process or in `workers` guarded processes, each document
    coming back as the rows the store takes (`StoredDocument`)."""

    def __init__(self, settings: Settings, workers: int = 1) -> None:
        from diplograph.services import build_pipeline, pipeline_version, process_to_rows

        self.version = pipeline_version(settings)
        self.run = partial(process_to_rows, pipeline=build_pipeline(settings), version=self.version)
        timeout = settings.document_timeout or None
        guarded = timeout is not None or workers > 1
        self.guards = [Guard(self.run, timeout, settings.document_memory_mb) for _ in range(max(1, workers))] \
            if guarded else []
        if self.guards:  # lexicons and caches load on first use: here once, shared by every worker forked
            self.run(RawRecord("warm-up", WARM_UP.encode(), "text"))

    def __enter__(self) -> DocumentWorkers:
        for guard in self.guards:
            guard.start()
        return self

    def __exit__(self, *exc: object) -> None:
        # every pipe first: a worker forked after another holds a copy of that one's pipe, so closing and
        # joining them one by one left the first waiting for the second (5 s at the end of every run)
        for guard in self.guards:
            guard.hang_up()
        for guard in self.guards:
            guard.close()

    def map_batches(self, jobs: Iterable[tuple[list[RawRecord], Any]]) -> Iterator[tuple[list[StoredDocument], Any]]:
        """(documents, context) for each (records, context) job, in job order; up to two jobs per worker are
        in flight, so the workers never wait for the writer."""
        if not self.guards:
            for records, context in jobs:
                yield [_outcome(self.run, r, self.version) for r in records], context
            return
        yield from self._scheduled(iter(jobs))

    def _scheduled(self, jobs: Iterator[tuple[list[RawRecord], Any]]) -> Iterator[tuple[list[StoredDocument], Any]]:
        window: deque[_Job] = deque()
        waiting: deque[tuple[_Job, int]] = deque()
        idle = list(self.guards)
        busy: dict[Connection, tuple[Guard, _Job, int]] = {}
        more = True
        while True:
            while more and len(window) < 2 * len(self.guards):
                job = next(jobs, None)
                if job is None:
                    more = False
                    break
                window.append(_Job(*job))
                waiting.extend((window[-1], i) for i in range(len(job[0])))
            while window and window[0].left == 0:
                done = window.popleft()
                yield done.docs, done.context
            if not window and not more:
                return
            while idle and waiting:
                guard, (job, i) = idle.pop(), waiting.popleft()
                try:
                    guard.send(job.records[i])
                except DocumentFailed as exc:
                    job.docs[i], job.left = _failed(job.records[i], str(exc), self.version), job.left - 1
                    idle.append(guard)
                    continue
                busy[guard.conn] = (guard, job, i)  # type: ignore[index]
            if busy:
                self._collect(busy, idle)

    def _collect(self, busy: dict[Connection, tuple[Guard, _Job, int]], idle: list[Guard]) -> None:
        """Wait for a document or the earliest deadline; file what came back and what overran."""
        soonest = min(guard.deadline for guard, _, _ in busy.values()) - time.monotonic()
        ready = wait(list(busy), timeout=None if soonest == float("inf") else max(0.0, soonest))
        now = time.monotonic()
        for conn in list(busy):
            guard, job, i = busy[conn]
            if conn in ready:
                try:
                    job.docs[i] = guard.receive()
                except DocumentFailed as exc:
                    job.docs[i] = _failed(job.records[i], str(exc), self.version)
            elif guard.deadline <= now:
                job.docs[i] = _failed(job.records[i], str(guard.expire()), self.version)
            else:
                continue
            del busy[conn]
            job.left -= 1
            idle.append(guard)


def _outcome(run: Any, record: RawRecord, version: str) -> StoredDocument:
    """`run(record)`, or the record's error document when it failed or raised."""
    try:
        return run(record)
    except DocumentFailed as exc:
        return _failed(record, str(exc), version)
    except Exception as exc:  # outside the pipeline's own steps (the document's id, its fields)
        return _failed(record, f"process: {type(exc).__name__}: {exc}", version)


def _failed(record: RawRecord, reason: str, version: str) -> StoredDocument:
    from diplograph.services import failed_document

    return StoredDocument.of(failed_document(record, reason), version)
