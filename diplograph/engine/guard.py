"""One worker process that runs documents one at a time, under the settings' wall-time and memory limits.

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
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from diplograph.doc import RawRecord

Run = Callable[[RawRecord], Any]  # a record's document (or the rows made of it)
OUT_OF_MEMORY = 3  # the worker's exit code when not even the document's bytes fit in its memory limit


class DocumentFailed(Exception):
    """The worker did not return the document: it overran the time limit or died."""


class Guard:
    """A child process running `run(record)` for one record at a time: `send` a record, wait on `conn` (or
    until `deadline`), then `receive` its document; `expire` kills a worker that overran."""

    def __init__(self, run: Run, timeout: float | None, memory_mb: int = 0) -> None:
        self.run = run
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._ctx = multiprocessing.get_context("fork")
        self._proc: Any = None
        self.conn: Connection | None = None
        self.deadline = float("inf")

    def start(self) -> None:
        """Fork the worker now (before any batch is read, so that it shares no records' memory)."""
        ours, theirs = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_serve, args=(theirs, ours, self.run, self.memory_mb), daemon=True)
        self._proc.start()
        theirs.close()
        self.conn = ours

    def send(self, record: RawRecord) -> None:
        """Hand the worker one record (starting a worker if none runs) and start its clock; DocumentFailed
        when the worker dies taking it."""
        if self._proc is not None and not self._proc.is_alive():  # died since: not this record's fault
            self._stop()
        if self.conn is None:
            self.start()
        assert self.conn is not None
        try:
            self.conn.send(record)
        except OSError:  # the worker died reading it (its bytes alone past the memory limit)
            raise DocumentFailed(f"worker died on this document: {self._stop()}") from None
        self.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")

    def receive(self) -> Any:
        """The document of the record sent; DocumentFailed when the worker died on it or it failed outside
        the pipeline's own steps."""
        assert self.conn is not None
        self.deadline = float("inf")
        try:
            ok, value = self.conn.recv()
        except (EOFError, OSError):
            raise DocumentFailed(f"worker died on this document: {self._stop()}") from None
        if not ok:
            raise DocumentFailed(value)
        return value

    def expire(self) -> DocumentFailed:
        """Kill a worker that overran; the failure to record for its document."""
        self._stop()
        self.deadline = float("inf")
        return DocumentFailed(f"timeout after {self.timeout:g} s")

    def __call__(self, record: RawRecord) -> Any:
        """The document of one record, waiting for it here; DocumentFailed on a timeout or a dead worker."""
        self.send(record)
        assert self.conn is not None
        if self.conn.poll(self.timeout):
            return self.receive()
        raise self.expire()

    def _stop(self) -> str:
        """Kill the worker (if it still runs) and say how it ended."""
        proc, self._proc = self._proc, None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if proc is None:
            return "not running"
        proc.kill()
        proc.join()
        code = proc.exitcode
        if code == OUT_OF_MEMORY:
            return "out of memory (document_memory_mb)"
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            # a C or Rust allocator that cannot get memory under the limit aborts the process (SIGABRT)
            return f"killed by {name}" + (" (out of memory? see document_memory_mb)"
                                          if name in ("SIGKILL", "SIGABRT") else "")
        return f"exit code {code}"

    def hang_up(self) -> None:
        """Close this end of the pipe: the worker reads it as the end once no other process holds it open."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def close(self) -> None:
        """Let the worker end (it reads the closed pipe as the end), or stop it."""
        self.hang_up()
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
        except OSError:  # the parent has gone (Ctrl-C, killed): nobody is left to answer
            return
        except Exception as exc:  # a result that cannot be pickled
            conn.send((False, f"process: result not returned: {type(exc).__name__}: {exc}"))
