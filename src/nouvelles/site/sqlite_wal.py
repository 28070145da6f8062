"""SQLite write-ahead log checkpoints, taken only while holding the write lock.

SQLite up to 3.51.2 (Debian 12 ships 3.40.1) has the "WAL-reset bug"
(https://sqlite.org/wal.html#walresetbug): a checkpoint that starts while another
connection commits the write that resets the WAL can later make a checkpoint skip
frames, losing committed transactions and corrupting the file. Under many
concurrent comment posts this lost accepted comments and answered "disk I/O
error" (benchmarks/comment_load.py; benchmarks/sqlite_wal_race.py reproduces it
with sqlite3 alone).

The race needs a checkpoint that runs beside a writer: SQLite's automatic
checkpoints (PASSIVE, run by whichever connection commits past 1000 pages) do.
So every connection turns them off (`PRAGMA wal_autocheckpoint=0` in settings),
and the WAL is checkpointed here in TRUNCATE mode, which holds the write lock for
its whole run, so no writer can reset the WAL under it. The checkpoint SQLite
runs when the last connection closes holds an exclusive lock and is safe too.

A web worker opens a connection per request. When it closes the process's last one,
SQLite checkpoints, deletes the WAL and its shared-memory index, and the next request
creates, sizes and maps them again (~20 system calls, file creations and deletions,
and the index rebuilt). `keep_wal_open()` holds one idle connection per process for
its lifetime: the WAL and its index stay, and each request's connection only maps
them. The idle connection holds no read transaction, so it never delays a checkpoint
or a writer.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time

from django.db import connections

logger = logging.getLogger("nouvelles.site")

CHECKPOINT_EVERY_SECONDS = 5.0
CHECKPOINT_BUSY_MS = 200
"""How long a checkpoint waits for the write lock and for readers before giving up
(it then leaves the WAL for the next one); writers wait behind it meanwhile."""

_lock = threading.Lock()
_last = 0.0
_keeper: tuple[int, sqlite3.Connection] | None = None  # (pid, idle connection)


def keep_wal_open(using: str = "default") -> bool:
    """Hold an idle connection to the SQLite database for the life of this process (see
    the module docstring). False when the database is not an SQLite file."""
    global _keeper
    connection = connections[using]
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return False
    if _keeper is not None and _keeper[0] == os.getpid():
        return True
    # A connection inherited through fork() is never used, nor closed, in the child.
    params = connection.get_connection_params()
    try:
        keeper = sqlite3.connect(
            params["database"], timeout=params.get("timeout", 5), uri=params.get("uri", False)
        )
        keeper.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # maps the WAL index
    except sqlite3.Error as exc:
        logger.warning("could not hold the SQLite WAL open (%s): requests still work", exc)
        return False
    _keeper = (os.getpid(), keeper)
    return True


def checkpoint_wal(using: str = "default") -> tuple[int, int, int] | None:
    """Checkpoint and truncate the WAL now; (busy, wal frames, frames checkpointed),
    or None when the database is not SQLite."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        timeout_ms = cursor.execute("PRAGMA busy_timeout").fetchone()[0]
        cursor.execute(f"PRAGMA busy_timeout={CHECKPOINT_BUSY_MS}")
        try:
            return tuple(cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
        finally:
            cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")


def checkpoint_wal_if_due(**kwargs) -> None:
    """At most every CHECKPOINT_EVERY_SECONDS per process (a request_finished receiver:
    the answer has been sent when it runs). Never inside a transaction."""
    global _last
    connection = connections["default"]
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    now = time.monotonic()
    with _lock:
        if now - _last < CHECKPOINT_EVERY_SECONDS:
            return
        _last = now
    was_open = connection.connection is not None
    try:
        checkpoint_wal()
    finally:
        if not was_open:
            connection.close()  # like the request's own connection: not kept open
