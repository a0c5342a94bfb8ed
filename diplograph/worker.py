"""One document at a time in a worker process, under the settings' wall-time and memory limits.

Why a process and not an alarm signal: Python runs a signal handler only between bytecodes, so SIGALRM
cannot stop a C parser (lexbor, the regex engine, the JSON decoder) that keeps the interpreter for minutes;
killing a process always works, and the process also carries the memory limit (RLIMIT_AS), so a document
that blows up takes only its worker down. The worker is forked from the ingesting process with the pipeline
already built (no start-up cost), and forked again only after a document killed it.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from diplograph.doc import Document, RawRecord

Run = Callable[[RawRecord], Document]
OUT_OF_MEMORY = 3  # the worker's exit code when not even the document's bytes fit in its memory limit


class DocumentFailed(Exception):
    """The worker did not return the document: it overran the time limit or died."""


class Worker:
    """Runs `run(record)` in a child process; a call longer than `timeout` seconds kills the child."""

    def __init__(self, run: Run, timeout: float, memory_mb: int = 0) -> None:
        self.run = run
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._ctx = multiprocessing.get_context("fork")
        self._proc: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> Worker:
        self._start()  # forked now, before the first batch is read, so that it shares no records' memory
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _start(self) -> Connection:
        ours, theirs = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_serve, args=(theirs, ours, self.run, self.memory_mb), daemon=True)
        self._proc.start()
        theirs.close()
        self._conn = ours
        return ours

    def __call__(self, record: RawRecord) -> Document:
        """The processed document; DocumentFailed when the worker overran or died (a new one is started for
        the next call); any other exception of the processing comes back as DocumentFailed too."""
        if self._proc is not None and not self._proc.is_alive():  # died since the last call: not this record's fault
            self._stop()
        conn = self._conn or self._start()
        try:
            conn.send(record)
            if conn.poll(self.timeout):
                ok, value = conn.recv()
                if ok:
                    return value
                raise DocumentFailed(value)
        except (EOFError, OSError):
            raise DocumentFailed(f"worker stopped: {self._stop()}") from None
        self._stop()
        raise DocumentFailed(f"timeout after {self.timeout:g} s")

    def _stop(self) -> str:
        """Kill the worker (if it still runs) and say how it ended."""
        proc, self._proc = self._proc, None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if proc is None:
            return "not running"
        proc.kill()
        proc.join()
        code = proc.exitcode
        if code == OUT_OF_MEMORY:
            return "out of memory (document_memory_mb)"
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            return f"killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
        return f"exit code {code}"

    def close(self) -> None:
        """Stop the worker; the next call starts a new one."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()
            self._proc = None


def _limit_memory(megabytes: int) -> None:
    """Let the process's address space grow by at most `megabytes` from what it holds now."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            size = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        return  # no /proc: no limit rather than a wrong one
    limit = size + megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _serve(conn: Connection, parent_end: Connection, run: Run, memory_mb: int) -> None:
    """The worker's loop: a record in, (True, document) or (False, error) out, until the parent goes."""
    parent_end.close()  # so that the parent's death reads as end of file here
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_mb:
        _limit_memory(memory_mb)
    while True:
        try:
            record = conn.recv()
        except (EOFError, OSError):
            return
        except MemoryError:
            os._exit(OUT_OF_MEMORY)
        try:
            out: tuple[bool, Any] = (True, run(record))
        except Exception as exc:  # the pipeline catches its steps' errors; this is what lies outside them
            out = (False, f"process: {type(exc).__name__}: {exc}")
        try:
            conn.send(out)
        except Exception as exc:  # a result that cannot be pickled
            conn.send((False, f"process: result not returned: {type(exc).__name__}: {exc}"))
