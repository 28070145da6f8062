"""Lost commits from SQLite's WAL-reset bug, with sqlite3 alone (no Django).

Two processes x 8 threads open a connection per "request" (the settings' PRAGMAs),
insert a row with RETURNING and a second row, and close; at the end every insert
that returned must be in the table. With SQLite < 3.51.3 and automatic checkpoints
some runs lose committed rows and fail with "disk I/O error" / "database disk image
is malformed" (https://sqlite.org/wal.html#walresetbug). `--mitigate` is what
nouvelles does: no automatic checkpoints, a TRUNCATE checkpoint (under the write
lock) at most every 0.5 s per process here (every 5 s in the site).

    python benchmarks/sqlite_wal_race.py [--runs 10] [--per-thread 1500] [--mitigate]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sqlite3
import tempfile
import threading
import time

PRAGMAS = [
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA mmap_size=134217728",
]


def connect(path: str, mitigate: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=20, check_same_thread=False)
    for pragma in (["PRAGMA wal_autocheckpoint=0"] if mitigate else []) + PRAGMAS:
        connection.execute(pragma)
    connection.isolation_level = None
    return connection


def worker(path: str, pid: int, threads: int, per: int, mitigate: bool, queue) -> None:
    ok: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()
    last = [0.0]

    def run(t: int) -> None:
        for i in range(per):
            connection = None
            try:
                connection = connect(path, mitigate)
                connection.execute("SELECT count(*) FROM t WHERE fp = ?", (f"x{i}",)).fetchone()
                row = connection.execute(
                    "INSERT INTO t (txt, fp, pad) VALUES (?, ?, ?) RETURNING id",
                    (f"{pid}-{t}-{i}", f"fp{i}", "x" * 300),
                ).fetchone()
                connection.execute(
                    "INSERT INTO tasks (arg, pad) VALUES (?, ?)", (row[0], "y" * 200)
                )
                ok.append(f"{pid}-{t}-{i}")
                if mitigate:
                    with lock:
                        due = time.monotonic() - last[0] > 0.5
                        if due:
                            last[0] = time.monotonic()
                    if due:
                        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:
                errors.append(f"{exc} ({getattr(exc, 'sqlite_errorname', '')})")
            finally:
                if connection is not None:
                    connection.close()

    pool = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    queue.put((ok, errors))


def one_run(per: int, mitigate: bool) -> tuple[int, int, list[str]]:
    path = os.path.join(tempfile.mkdtemp(prefix="wal-race-"), "race.sqlite3")
    connection = connect(path, mitigate)
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, txt TEXT, fp TEXT, pad TEXT)")
    connection.execute("CREATE INDEX t_fp ON t (fp)")
    connection.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, arg INT, pad TEXT)")
    connection.close()
    queue = mp.Queue()
    processes = [
        mp.Process(target=worker, args=(path, p, 8, per, mitigate, queue)) for p in range(2)
    ]
    for process in processes:
        process.start()
    results = [queue.get() for _ in processes]
    for process in processes:
        process.join()
    ok = {x for r in results for x in r[0]}
    errors = [e for r in results for e in r[1]]
    try:
        stored = {r[0] for r in connect(path, mitigate).execute("SELECT txt FROM t")}
    except sqlite3.Error as exc:
        return len(ok), len(ok), [*errors, f"final read: {exc}"]
    return len(ok), len(ok - stored), errors


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--per-thread", type=int, default=1500)
    parser.add_argument("--mitigate", action="store_true")
    args = parser.parse_args()
    print(f"SQLite {sqlite3.sqlite_version}; mitigation {'on' if args.mitigate else 'off'}")
    bad = 0
    for n in range(args.runs):
        started = time.perf_counter()
        committed, lost, errors = one_run(args.per_thread, args.mitigate)
        bad += bool(lost or errors)
        print(
            f"run {n + 1}: {committed} committed, {lost} lost, {len(errors)} errors "
            f"{errors[:2]} ({time.perf_counter() - started:.1f} s)",
            flush=True,
        )
    print(f"runs with lost commits or errors: {bad} of {args.runs}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
