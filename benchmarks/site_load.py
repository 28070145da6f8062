"""Load test of the public site (issue 2): /healthz, article page uncached and cached, 304.

    .venv/bin/python benchmarks/site_load.py [--articles 10000] [--duration 10] [--connections 16]

Creates ARTICLES published articles (8 blocks, 3 tags, a story of 5) in a fresh SQLite
data dir, serves it with `nouvelles serve --workers 2` (gunicorn directly, with the same
arguments, when that command is not installed), and loads it with `wrk` on 127.0.0.1:

- /healthz: the baseline (a trivial database query);
- the article page UNCACHED: every request asks for a different article (a wrk Lua script
  walks through all of them; each thread its own range), so each one renders the page;
  the script counts the `X-Page-Cache: hit` answers to prove it;
- the article page CACHED: one article, already in the page cache;
- 304: the same article with its ETag in If-None-Match (no template rendered).

Prints req/s, p50/p99 latency, and the ratios to /healthz against the targets
(uncached >= 25 %, cached >= 80 %, uncached p99 < 50 ms at 16 connections).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOUVELLES = BIN / "nouvelles"
CPU_SAMPLE = 300  # requests per CPU measurement

POPULATE = r"""
import random, sys
from datetime import timedelta
from django.db import transaction
from django.utils import timezone
from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.site.models import bump_content_version
from nouvelles.sources.models import Source

count = int(sys.argv[1])
rng = random.Random(2)
words = ("gouvernement réforme élection sommet accord crise marché climat énergie santé "
         "école justice frontière ministre parlement budget grève tempête récolte vaccin").split()

def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize()

with transaction.atomic():
    cats = Category.objects.bulk_create(
        Category(name=n.capitalize(), slug=n, position=i)
        for i, n in enumerate(["monde", "europe", "economie", "sciences", "culture", "sport"]))
    sources = Source.objects.bulk_create(
        Source(name=f"Source {i}", homepage=f"https://s{i}.example/", feed_url=f"https://s{i}.example/feed",
               language=lang) for i, lang in enumerate(["es", "en", "de", "fr", "it"]))
    authors = Author.objects.bulk_create(Author(name=f"Auteur {i}", slug=f"auteur-{i}") for i in range(50))
    tags = Tag.objects.bulk_create(Tag(name=f"Sujet {i}", slug=f"sujet-{i}") for i in range(200))
    now = timezone.now()
    stories = Story.objects.bulk_create(
        Story(title=sentence(6), slug=f"histoire-{i}", last_published_at=now) for i in range(count // 5 + 1))
    articles = []
    for i in range(count):
        source = sources[i % len(sources)]
        articles.append(Article(
            source=source, guid=f"g{i}", original_url=f"https://{source.homepage[8:]}a/{i}",
            canonical_url=f"https://{source.homepage[8:]}a/{i}", original_title=sentence(8),
            original_language=source.language, author=authors[i % 50],
            title=sentence(10) + f" {i}", lead=sentence(30) + ".", language="fr",
            slug=f"article-{i}", status="published", category=cats[i % len(cats)],
            story=stories[i // 5], machine_translated=source.language != "fr",
            translation_backend="apertium" if source.language != "fr" else "",
            translation_state="done", published_at=now - timedelta(minutes=i),
            updated_at=now - timedelta(minutes=i), image_url="/media/demo/image.png",
            image_caption=sentence(6), image_credit="Agence", image_alt=sentence(5)))
    articles = Article.objects.bulk_create(articles, batch_size=500)
    blocks, through = [], Article.tags.through
    links = []
    for a in articles:
        specs = [("paragraph", {}), ("paragraph", {}), ("heading", {"level": 2}), ("paragraph", {}),
                 ("quote", {"speaker": "Ana Pérez"}), ("paragraph", {}), ("list", {"ordered": False}),
                 ("paragraph", {})]
        for pos, (kind, attrs) in enumerate(specs):
            text = "\n".join(sentence(5) for _ in range(3)) if kind == "list" else sentence(40) + " ?"
            blocks.append(Block(article=a, position=pos, kind=kind, text=text,
                                original_text=text, attrs=attrs))
        for t in rng.sample(tags, 3):
            links.append(through(article_id=a.pk, tag_id=t.pk))
    Block.objects.bulk_create(blocks, batch_size=2000)
    through.objects.bulk_create(links, batch_size=2000)
    bump_content_version()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")  # what `nouvelles migrate` does; the planner needs statistics
print(Article.objects.count(), "articles,", Block.objects.count(), "blocks")
"""

WRK_WALK = """
-- Each thread walks through its own range of article slugs: every request is a page
-- the server has not rendered yet (a cold page cache).
local counter = 0
local first = 0
local threads = {}
function setup(thread)
  thread:set("first", #threads * %(per_thread)d)
  table.insert(threads, thread)
end
function init(args)
  first = tonumber(wrk.thread:get("first") or 0) or 0
end
function request()
  local n = first + (counter %% %(per_thread)d)
  counter = counter + 1
  return wrk.format("GET", "/articles/article-" .. n .. "/")
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_wrk(url: str, duration: int, connections: int, threads: int, extra: list[str]) -> dict:
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", *extra, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(pct: str) -> float:
        m = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return {
        "rps": rps,
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "requests": requests,
        "errors": int(non2xx.group(1)) if non2xx else 0,
        "raw": out,
    }


def worker_cpu_seconds(server_pid: int) -> float:
    """CPU seconds used so far by the gunicorn workers (children of `server_pid`)."""
    total = 0
    for child in Path(f"/proc/{server_pid}/task/{server_pid}/children").read_text().split():
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / os.sysconf("SC_CLK_TCK")


def cpu_per_request(server_pid: int, base: str, paths: list[str], headers=None) -> float:
    """Worker CPU milliseconds per request, requests sent one at a time.

    Steadier than req/s on a shared machine: it counts the work the server does,
    not how much of the CPU it was given.
    """
    before = worker_cpu_seconds(server_pid)
    for path in paths:
        request = urllib.request.Request(base + path, headers=headers or {})
        try:
            urllib.request.urlopen(request).read()
        except urllib.error.HTTPError as error:  # 304 arrives as an "error"
            if error.code != 304:
                raise
    return (worker_cpu_seconds(server_pid) - before) / len(paths) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the data dir")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--data-dir", help="use this data dir (populated once, then reused)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: flock /tmp/apt.lock apt-get install -y wrk")

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="nouvelles-site-bench-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    reuse = (data_dir / "nouvelles.sqlite3").exists()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOUVELLES_")}
    env.update(
        NOUVELLES_DATA_DIR=str(data_dir),
        NOUVELLES_SECRET_KEY=secrets.token_urlsafe(50),
        PYTHONPATH=str(ROOT / "src"),
        NOUVELLES_DEBUG="0",
        NOUVELLES_ALLOWED_HOSTS="127.0.0.1,localhost",
        NOUVELLES_SITE_URL=f"http://127.0.0.1:{port}",
        DJANGO_SETTINGS_MODULE="nouvelles.settings",
    )
    print(f"data dir {data_dir}, port {port}")
    subprocess.run([str(NOUVELLES), "migrate", "--noinput", "-v0"], env=env, check=True)
    if not reuse:
        started = time.monotonic()
        subprocess.run(
            [
                str(NOUVELLES),
                "shell",
                "-v0",
                "-c",
                f"import sys; sys.argv=['x', '{args.articles}']\n" + POPULATE,
            ],
            env=env,
            check=True,
        )
        print(f"populated in {time.monotonic() - started:.0f} s")

    has_serve = (
        subprocess.run([str(NOUVELLES), "help", "serve"], env=env, capture_output=True).returncode
        == 0
    )
    if has_serve:
        command = [
            str(NOUVELLES),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ]
    else:
        subprocess.run([str(NOUVELLES), "collectstatic", "--noinput", "-v0"], env=env, check=True)
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "nouvelles.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
        ]
    print(
        "serving with:",
        " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command)),
    )
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("server did not start: " + server.stderr.read().decode()[-2000:])
        article = base + "/articles/article-1/"
        for _ in range(4):  # both workers render and cache it
            response = urllib.request.urlopen(article)
            etag = response.headers["ETag"]
        # The last CPU_SAMPLE articles are kept for the CPU measurement, never walked by wrk.
        per_thread = max((args.articles - CPU_SAMPLE) // args.threads, 1)
        script = data_dir / "walk.lua"
        script.write_text(textwrap.dedent(WRK_WALK % {"per_thread": per_thread}))
        w = (args.duration, args.connections, args.threads)
        results = {
            "healthz": run_wrk(base + "/healthz", *w, []),
            "article_uncached": run_wrk(base + "/", *w, ["-s", str(script)]),
            "article_cached": run_wrk(article, *w, []),
            "article_304": run_wrk(article, *w, ["-H", f"If-None-Match: {etag}"]),
        }
        first = args.articles - CPU_SAMPLE
        cpu = {
            "healthz": cpu_per_request(server.pid, base, ["/healthz"] * CPU_SAMPLE),
            "article_uncached": cpu_per_request(
                server.pid, base, [f"/articles/article-{first + i}/" for i in range(CPU_SAMPLE)]
            ),
            "article_cached": cpu_per_request(
                server.pid, base, ["/articles/article-1/"] * CPU_SAMPLE
            ),
            "article_304": cpu_per_request(
                server.pid, base, ["/articles/article-1/"] * CPU_SAMPLE, {"If-None-Match": etag}
            ),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not (args.keep or args.data_dir):
            shutil.rmtree(data_dir, ignore_errors=True)

    base_rps = results["healthz"]["rps"]
    print()
    print(f"{'page':<18}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'% healthz':>11}{'requests':>10}")
    for name, r in results.items():
        print(
            f"{name:<18}{r['rps']:>10.0f}{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}"
            f"{100 * r['rps'] / base_rps:>10.0f}%{r['requests']:>10}"
        )
        if r["errors"]:
            print(f"  !! {r['errors']} non-2xx/3xx answers")
    print()
    print("worker CPU per request (requests one at a time):")
    for name, ms in cpu.items():
        print(f"  {name:<18}{ms:>7.2f} ms   healthz/this = {100 * cpu['healthz'] / ms:>4.0f}%")
    uncached = results["article_uncached"]
    checks = {
        "uncached >= 25% of healthz": uncached["rps"] >= 0.25 * base_rps,
        "cached >= 80% of healthz": results["article_cached"]["rps"] >= 0.80 * base_rps,
        "uncached p99 < 50 ms": uncached["p99_ms"] < 50,
        "uncached run saw no repeated article": uncached["requests"] <= per_thread * args.threads,
    }
    print()
    for label, ok in checks.items():
        print(f"  {'ok  ' if ok else 'MISS'} {label}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"cpu_ms": cpu}
                | {k: {kk: vv for kk, vv in v.items() if kk != "raw"} for k, v in results.items()},
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
