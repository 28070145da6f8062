"""50 comment submissions per second for 30 s against a served instance, with readers.

Serves a throwaway SQLite site (or NOUVELLES_DATABASE_URL when set) with `nouvelles serve`,
the command a site runs (same worker model and settings), creates one published article,
then:

1. baseline: a reader fetches the article page every 50 ms for 20 s (no comment load);
2. load: submissions at 50/s for 30 s (each one a fresh form post with a unique text),
   while the same reader keeps fetching the page;
3. checks: every 303 left exactly one comment, every 429 none, nothing else failed, and
   the reader's speed is unchanged (READER_TOLERANCE, docs/benchmarks.md explains it).

One in ten submissions reuses a single e-mail address, so the per-e-mail limit answers
429 on purpose; the per-IP limit is raised for the run (the generator is one IP).
`--rate 0` runs the same two reader windows with no submissions: the no-load spread
the tolerance is set from.

    .venv/bin/python benchmarks/comment_load.py [--rate 50] [--seconds 30] [--port 8650]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
# gunicorn closes a keep-alive connection after 2 s idle; a client that keeps it longer
# (httpx: 5 s) may send a request just as the server closes it, and gets no answer.
# Browsers resend in that case; this client drops idle connections first instead.
CLIENT_LIMITS = httpx.Limits(keepalive_expiry=1.0)
VENV_BIN = Path(sys.executable).parent
# "Unchanged for readers": under load, the reader's median and 95th percentile may exceed
# the same run's no-load figures by at most these factors: the run-to-run spread (largest
# over smallest) of the reader's p50 and p95 in windows without any load (this script's
# baselines and `--rate 0` windows: 1.17 and 1.15), the smaller taken for both.
# docs/benchmarks.md gives the measurements.
READER_TOLERANCE = {"p50": 1.15, "p95": 1.15}


def prepare_site(env: dict[str, str]) -> str:
    """Migrate and create one published article; returns its path."""
    subprocess.run([VENV_BIN / "nouvelles", "migrate", "-v0"], env=env, check=True)
    code = (
        "from django.utils import timezone\n"
        "from nouvelles.articles.models import Article, Block\n"
        "from nouvelles.sources.models import Source\n"
        "s = Source.objects.create(name='Bench', homepage='https://bench.example/', "
        "feed_url='https://bench.example/feed.xml', language='en')\n"
        "a = Article.objects.create(source=s, guid='bench-1', original_url='https://bench.example/1', "
        "original_title='Bench', title='Article de charge', lead='Chapeau.', language='fr', "
        "slug='article-de-charge', status='published', published_at=timezone.now())\n"
        "Block.objects.bulk_create(Block(article=a, position=i, kind='paragraph', "
        "text=f'Paragraphe {i}.') for i in range(8))\n"
        "print(a.get_absolute_url())\n"
    )
    return shell_output(code, env)


def shell_output(code: str, env: dict[str, str]) -> str:
    """The last line `nouvelles shell -c CODE` prints."""
    out = subprocess.run(
        [VENV_BIN / "nouvelles", "shell", "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def read_form(client: httpx.Client, path: str) -> tuple[str, dict[str, str]]:
    html = client.get(path).text
    action = re.search(r'<form class="comment-form" method="post" action="([^"]+)"', html).group(1)
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return action, {"token": token, "parent": "", "homepage": ""}


class Reader(threading.Thread):
    """Fetches the article page in a loop, recording latencies, until stopped."""

    def __init__(self, base: str, path: str, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.base, self.path, self.interval = base, path, interval
        self.latencies: list[float] = []
        self.errors = 0
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30, limits=CLIENT_LIMITS) as client:
            while not self.stop.is_set():
                started = time.perf_counter()
                response = client.get(self.path)
                elapsed = time.perf_counter() - started
                if response.status_code == 200:
                    self.latencies.append(elapsed)
                else:
                    self.errors += 1
                self.stop.wait(max(0.0, self.interval - elapsed))


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its reaped children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_cpu(master: int) -> float:
    """CPU seconds of gunicorn's master and its workers."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return process_cpu(master) + sum(process_cpu(int(pid)) for pid in children)


def percentiles(latencies: list[float]) -> dict[str, float]:
    """p50, p95, p99 and max in milliseconds (empty: infinite, so no comparison passes)."""
    ms = sorted(x * 1000 for x in latencies)
    if not ms:
        return {"p50": math.inf, "p95": math.inf, "p99": math.inf, "max": math.inf}
    return {
        "p50": statistics.median(ms),
        "p95": ms[int(0.95 * (len(ms) - 1))],
        "p99": ms[int(0.99 * (len(ms) - 1))],
        "max": ms[-1],
    }


def summary(latencies: list[float]) -> str:
    if not latencies:
        return "no samples"
    p = percentiles(latencies)
    return (
        f"n={len(latencies)} median={p['p50']:.1f} ms p95={p['p95']:.1f} ms "
        f"p99={p['p99']:.1f} ms max={p['max']:.1f} ms"
    )


def reader_unchanged(baseline: list[float], under_load: list[float]) -> tuple[bool, str]:
    """Are the reader's p50 and p95 under load within READER_TOLERANCE of the baseline's?"""
    before, after = percentiles(baseline), percentiles(under_load)
    parts, ok = [], True
    for key, factor in READER_TOLERANCE.items():
        limit = before[key] * factor
        ok = ok and after[key] <= limit
        parts.append(
            f"{key} {after[key]:.1f} ms (limit {limit:.1f} = {factor:.2f} x {before[key]:.1f})"
        )
    return ok, "; ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--baseline", type=float, default=20)
    parser.add_argument("--port", type=int, default=8650)
    parser.add_argument(
        "--serve-args",
        default="",
        help="extra options for `nouvelles serve` (default: none, the command's own defaults)",
    )
    parser.add_argument(
        "--cache-url",
        default=os.environ.get("NOUVELLES_CACHE_URL", "redis://127.0.0.1:6379/3"),
        help="shared cache for the rate limits of all workers (empty: per-process memory)",
    )
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="nouvelles-load-")
    base = f"http://127.0.0.1:{args.port}"
    env = {
        **os.environ,
        "NOUVELLES_DATA_DIR": data_dir,
        "NOUVELLES_SECRET_KEY": "load-benchmark-" + "x" * 40,
        "NOUVELLES_ALLOWED_HOSTS": "127.0.0.1",
        "NOUVELLES_SITE_URL": base,
        "NOUVELLES_COMMENTS_RATE_IP": "1000000/60",
        "NOUVELLES_COMMENTS_RATE_EMAIL": "3/60",
        "NOUVELLES_CACHE_URL": args.cache_url,
        "DJANGO_SETTINGS_MODULE": "nouvelles.settings",
    }
    run_id = os.urandom(4).hex()
    path = prepare_site(env)
    log_path = Path(data_dir) / "server.log"
    server_log = log_path.open("w")  # gunicorn's error log and Django's request errors
    # `nouvelles serve` replaces itself with gunicorn: this pid becomes gunicorn's master.
    # Its access log (stdout) is written, as on a site, to a file.
    command = [VENV_BIN / "nouvelles", "serve", "--port", str(args.port), *args.serve_args.split()]
    print(f"server: {' '.join(['nouvelles', *map(str, command[1:])])}")
    access_log = (Path(data_dir) / "access.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=access_log, stderr=server_log)
    try:
        for _ in range(100):
            try:
                if httpx.get(base + path, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=30) as client:
            action, hidden = read_form(client, path)
        time.sleep(3.2)  # the form's minimum display time

        reader = Reader(base, path)
        reader.start()
        time.sleep(args.baseline)
        baseline = list(reader.latencies)
        reader.latencies.clear()

        results: list[tuple[int, int, float]] = []  # (n, status, latency)
        lock = threading.Lock()
        transport_errors: list[str] = []
        local = threading.local()

        def submit(n: int) -> None:
            if not hasattr(local, "client"):
                local.client = httpx.Client(
                    base_url=base, timeout=30, headers={"Origin": base}, limits=CLIENT_LIMITS
                )
            email = f"repeat-{run_id}@example.org" if n % 10 == 0 else f"r{n}-{run_id}@example.org"
            data = {
                **hidden,
                "name": f"Lecteur {n}",
                "email": email,
                "text": f"Commentaire de charge numéro {n}, unique: load-{n}-end.",
            }
            started = time.perf_counter()
            try:
                status = local.client.post(action, data=data).status_code
            except httpx.HTTPError as exc:
                status = -1
                with lock:
                    transport_errors.append(f"{n}: {type(exc).__name__}: {exc}")
            with lock:
                results.append((n, status, time.perf_counter() - started))

        total = int(args.rate * args.seconds)
        cpu_before = (server_cpu(server.pid), time.process_time())
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=32) as pool:
            for n in range(total):
                delay = started + n / args.rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(submit, n)
            dispatch_time = time.perf_counter() - started
            if not total:  # --rate 0: a second window without load
                time.sleep(args.seconds)
        load_time = time.perf_counter() - started
        cpu_server = server_cpu(server.pid) - cpu_before[0]
        cpu_generator = time.process_time() - cpu_before[1]
        under_load = list(reader.latencies)
        reader.stop.set()
        reader.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
        server_log.close()
        access_log.close()

    statuses: dict[int, int] = {}
    for _n, status, _lat in results:
        statuses[status] = statuses.get(status, 0) + 1
    accepted = {n for n, status, _ in results if status == 303}
    refused = {n for n, status, _ in results if status == 429}
    code = (
        "import json, re\n"
        "from nouvelles.comments.models import Comment\n"
        "print(json.dumps([int(re.search(r'load-(\\d+)-end', t).group(1)) "
        "for t in Comment.objects.values_list('text', flat=True)]))\n"
    )
    stored = json.loads(shell_output(code, env))
    duplicates = len(stored) - len(set(stored))
    lost = accepted - set(stored)
    stored_refused = refused & set(stored)
    unexpected = {s: c for s, c in statuses.items() if s not in (303, 429)}

    print(
        f"submissions: {len(results)} sent in {dispatch_time:.1f} s "
        f"({len(results) / max(dispatch_time, 1e-9):.1f}/s, target {args.rate}/s); "
        f"all answered after {load_time:.1f} s"
    )
    expected_429 = max(
        0, sum(1 for n in range(total) if n % 10 == 0) - 3 * (1 + int(args.seconds // 60))
    )
    print(f"intended 429s (shared e-mail over its 3/60 s limit): at least {expected_429}")
    print(f"answers: {dict(sorted(statuses.items()))}")
    print(f"post latency: {summary([lat for _n, _s, lat in results])}")
    print(
        f"stored: {len(stored)}; accepted but missing: {len(lost)}; duplicated: {duplicates}; "
        f"refused but stored: {len(stored_refused)}"
    )
    print(f"reader, no load:   {summary(baseline)}")
    print(f"reader, with load: {summary(under_load)} (reader errors: {reader.errors})")
    per_post = f"{cpu_server / len(results) * 1000:.1f} ms per post" if results else "no posts"
    print(
        f"CPU during the load ({load_time:.1f} s, {os.cpu_count()} cores = "
        f"{load_time * os.cpu_count():.0f} core-s): server {cpu_server:.1f} s "
        f"({per_post}, readers included), load generator and reader {cpu_generator:.1f} s"
    )
    readers_ok, readers_verdict = reader_unchanged(baseline, under_load)
    print(f"reader speed unchanged: {'yes' if readers_ok else 'NO'}: {readers_verdict}")
    correct = not unexpected and not lost and not duplicates and not stored_refused
    ok = correct and not reader.errors and readers_ok
    print(
        f"correctness: {'PASS' if correct else 'FAIL'}; readers: {'PASS' if readers_ok else 'FAIL'}"
    )
    if lost or unexpected:
        by_status = {s: sorted(n for n, st, _ in results if st == s) for s in unexpected}
        print(f"accepted but missing: {sorted(lost)[:20]}; unexpected answers: {by_status}")
        print(f"no answer (-1): {transport_errors[:10]}")
    log = log_path.read_text(errors="replace")
    if not ok or "Traceback" in log:
        print(f"server log ({log_path}):")
        print(log[-20000:])
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
