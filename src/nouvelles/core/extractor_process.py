"""Page extraction in a child process: in parallel with the worker, and fenced off from it.

`ExtractorProcess.submit(page, url)` sends a page to a child Python process, which decodes
it (`core.charset`, when given the bytes received), runs `core.extract.extract_article`
on it and sends the article back; the caller gets a `Future` of an `Extraction`. Why a
process:

- speed: extraction (lxml and trafilatura, ~14 ms for a real page) is nearly all Python,
  so threads cannot run it beside the worker's own work (storing the previous articles,
  ~6 ms a page). In a process of its own it runs on another core: an ingestion run goes
  at the pace of the extraction alone (docs/benchmarks.md, "Ingestion");
- safety: a hostile page that crashes the parser (a C extension can take the whole
  process down) or keeps it busy for ever costs only the child. The page is failed with
  a clear error, a fresh child is started, and the other pages waiting for the child are
  sent to it again.

The child is a fresh interpreter (`python -m nouvelles.core.extractor_process`, never a
fork: the worker has threads, whose locks a fork would copy mid-use; and not
multiprocessing's spawn, which runs the parent's main script again in the child) and
imports only what extraction needs (~65 MB: lxml, trafilatura; the worker itself then
never imports trafilatura). Pages and articles travel pickled over two pipes. Pages are extracted one at a time, in the order
they were submitted. A page that takes longer than `timeout` seconds is failed and its
child killed. Nothing here imports Django: the child knows pages and articles only.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection

from nouvelles.core.charset import decode_body
from nouvelles.core.extract import ExtractionError
from nouvelles.core.types import ExtractedArticle

logger = logging.getLogger("nouvelles.ingest")

DEFAULT_FUNCTION = "nouvelles.core.extract:extract_article"
MAX_FAILED_STARTS = 3  # children that die before they are ready, in a row: the extractor gives up
_READY = "ready"  # what a child says once it has imported what it runs
_POLL_SECONDS = 0.2  # how often the reader looks at the clock while the child works


@dataclass(frozen=True, slots=True)
class Extraction:
    """A page's article, and the encoding its bytes were decoded with ("" when the page
    was given decoded)."""

    article: ExtractedArticle
    encoding: str = ""


def _serve(jobs: Connection, answers: Connection, function: str) -> None:
    """The child's loop: (job id, page, url, content type) in, (job id, ok, Extraction or
    error) out."""
    module, _, name = function.partition(":")
    extract = getattr(importlib.import_module(module), name)
    try:
        answers.send(_READY)
    except OSError:
        return
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return  # the worker is gone
        if job is None:
            return
        job_id, page, url, content_type = job
        try:
            encoding = ""
            if isinstance(page, bytes):
                page, encoding = decode_body(page, content_type)
            answer = (job_id, True, Extraction(extract(page, url), encoding))
        except ExtractionError as exc:
            answer = (job_id, False, str(exc))
        except Exception as exc:  # a bug or a hostile page: the page fails, the child lives
            answer = (job_id, False, f"extraction failed ({type(exc).__name__}: {exc})")
        try:
            answers.send(answer)
        except OSError:
            return  # the worker is gone


@dataclass(slots=True)
class _Job:
    id: int
    page: str | bytes
    url: str
    content_type: str
    future: Future


class ExtractorProcess:
    """A child process extracting pages; safe to share between threads (see the module
    docstring). `function` ("module:name") is what the child runs on (html, url)."""

    def __init__(self, timeout: float = 60.0, function: str = DEFAULT_FUNCTION) -> None:
        self.timeout = timeout
        self.function = function
        self._lock = threading.Lock()
        self._pending: OrderedDict[int, _Job] = OrderedDict()  # sent, not answered, in order
        self._outbox: queue.SimpleQueue | None = None  # the current child's, in order
        self._ids = itertools.count(1)
        self._generation = 0  # bumped at every start and stop: a stale reader stops
        self._process: subprocess.Popen | None = None
        self._connection: Connection | None = None  # answers from the child
        self._head_since = 0.0  # when the child started on the oldest pending page
        self._closed = False
        self._broken = ""  # why the extractor gave up (children could not start)
        self._ready = False  # the current child has said it is ready
        self._failed_starts = 0  # children in a row that died before they were ready
        self.restarts = 0
        self.pid: int | None = None

    # -- the worker's side -------------------------------------------------------------

    @property
    def started(self) -> bool:
        """Is a child running (or starting) now?"""
        return self._process is not None

    def submit(self, page: str | bytes, url: str, content_type: str = "") -> Future:
        """The page's `Extraction` to come; the future raises ExtractionError when the
        page has no article, crashed the extractor or took too long. `page`: the decoded
        page, or the bytes received with their Content-Type (decoded in the child as
        `FetchResult.text` would be). Raises RuntimeError when the extractor is closed,
        or gave up because its children kept dying (the caller extracts pages itself)."""
        future: Future = Future()
        with self._lock:
            if self._closed or self._broken:
                raise RuntimeError(self._broken or "the extractor process is closed")
            if self._process is None:
                self._start()
            job = _Job(next(self._ids), page, url, content_type, future)
            if not self._pending:
                self._head_since = time.monotonic()
            self._pending[job.id] = job
            self._outbox.put(job)
        return future

    def close(self) -> None:
        """Stop the child (pending pages fail)."""
        with self._lock:
            self._closed = True
            self._stop(ExtractionError("the extractor process was closed"))

    # -- starting, stopping ------------------------------------------------------------

    def _start(self) -> None:
        """Start a child and its sender and reader threads (called with the lock held)."""
        self._generation += 1
        jobs_read, jobs_write = os.pipe()
        answers_read, answers_write = os.pipe()
        # The child imports what this process can (the tests' helpers, a source checkout).
        path = os.pathsep.join(p for p in sys.path if p)
        env = {**os.environ, "PYTHONPATH": path}
        command = [sys.executable, "-m", "nouvelles.core.extractor_process"]
        try:
            process = subprocess.Popen(  # noqa: S603 - this interpreter, a fixed module
                [*command, str(jobs_read), str(answers_write), self.function],
                pass_fds=(jobs_read, answers_write),
                env=env,
                stdin=subprocess.DEVNULL,
            )
        finally:
            os.close(jobs_read)
            os.close(answers_write)
        jobs = Connection(jobs_write, readable=False)
        answers = Connection(answers_read, writable=False)
        self._process, self._connection, self.pid = process, answers, process.pid
        self._ready = False
        self._outbox = queue.SimpleQueue()
        generation = self._generation
        threading.Thread(target=self._send_loop, args=(self._outbox, jobs), daemon=True).start()
        threading.Thread(target=self._read_loop, args=(generation, answers), daemon=True).start()

    def _stop(self, error: ExtractionError | None) -> None:
        """Kill the child; fail every pending page with `error` (lock held)."""
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self._generation += 1
        if self._outbox is not None:
            self._outbox.put(None)  # the child's sender stops and closes its pipe
            self._outbox = None
        if process is not None:
            process.kill()
            process.wait(timeout=5)
        if connection is not None:
            connection.close()
        if error is not None:
            for job in self._pending.values():
                job.future.set_exception(error)
            self._pending.clear()

    def _restart_without_head(self, error: ExtractionError, crashed: bool = False) -> None:
        """The oldest page crashed or outlived the timeout: fail it alone, start a fresh
        child and send it the other pending pages again (lock held). A child that died
        before it was ready is no page's fault: after MAX_FAILED_STARTS of those in a row
        the extractor gives up (the caller then extracts pages itself)."""
        if crashed and not self._ready:
            self._failed_starts += 1
            error = ExtractionError("the extractor process could not start (see the log)")
        head = next(iter(self._pending.values()), None)
        others = list(self._pending.values())[1:]
        self._pending.clear()
        self._stop(None)
        if head is not None:
            head.future.set_exception(error)
        self.restarts += 1
        if self._failed_starts >= MAX_FAILED_STARTS:
            # Not a page: the child cannot work at all (a broken install, say).
            self._broken = f"the extractor process failed to start {self._failed_starts} times"
            logger.error("%s: pages are extracted in the worker instead", self._broken)
        if self._closed or self._broken:
            why = self._broken or "the extractor process was closed"
            for job in others:
                job.future.set_exception(ExtractionError(why))
            return
        self._start()
        self._head_since = time.monotonic()
        for job in others:
            self._pending[job.id] = job
            self._outbox.put(job)

    # -- threads -----------------------------------------------------------------------

    @staticmethod
    def _send_loop(outbox: queue.SimpleQueue, jobs: Connection) -> None:
        """Send one child its pages, in order (a send blocks while the child works: the
        caller does not wait for it). None: the child was stopped."""
        try:
            while (job := outbox.get()) is not None:
                jobs.send((job.id, job.page, job.url, job.content_type))
        except (OSError, ValueError):
            pass  # the child died or was stopped: its reader restarts it
        finally:
            jobs.close()

    def _read_loop(self, generation: int, connection) -> None:
        """Answers from the child, in order; watch the clock and the child's health."""
        while True:
            try:
                ready = connection.poll(_POLL_SECONDS)
                answer = connection.recv() if ready else None
            except (EOFError, OSError):
                answer, ready = None, None  # the child died
            except Exception:  # an answer that cannot be read: as if the child had died
                logger.exception("unreadable answer from the extractor process")
                answer, ready = None, None
            with self._lock:
                if generation != self._generation:
                    return
                if ready is None:
                    self._restart_without_head(
                        ExtractionError("the page crashed the extractor process"), crashed=True
                    )
                    logger.warning("the extractor process died: restarted it")
                    return
                if answer == _READY:
                    self._ready, self._failed_starts = True, 0
                    self._head_since = time.monotonic()  # the pages wait from now on
                elif answer is not None:
                    job_id, ok, value = answer
                    job = self._pending.pop(job_id, None)
                    self._head_since = time.monotonic()
                    if job is not None:
                        if ok:
                            job.future.set_result(value)
                        else:
                            job.future.set_exception(ExtractionError(value))
                elif (
                    self._ready
                    and self._pending
                    and time.monotonic() - self._head_since > self.timeout
                ):
                    self._restart_without_head(
                        ExtractionError(f"extraction took longer than {self.timeout:g} s")
                    )
                    logger.warning("a page kept the extractor busy too long: restarted it")
                    return


_shared: tuple[int, tuple, ExtractorProcess] | None = None
_shared_lock = threading.Lock()


def shared_extractor(timeout: float = 60.0) -> ExtractorProcess:
    """This process's extractor for `timeout` (one child per worker process, kept for its
    life; a process forked from this one gets a child of its own)."""
    global _shared
    with _shared_lock:
        key = (timeout,)
        if _shared is None or _shared[0] != os.getpid() or _shared[1] != key:
            _shared = (os.getpid(), key, ExtractorProcess(timeout=timeout))
        return _shared[2]


if __name__ == "__main__":  # the child: python -m nouvelles.core.extractor_process R W FUNCTION
    # The module's own copy, not this __main__: answers pickle its classes by their name.
    from nouvelles.core import extractor_process

    extractor_process._serve(
        Connection(int(sys.argv[1]), writable=False),
        Connection(int(sys.argv[2]), readable=False),
        sys.argv[3],
    )
