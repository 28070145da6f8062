"""Ingestion speed and memory: 1,000 article pages from a local server, end to end.

Compares, in the same run and on the same pages:
- bare `trafilatura.extract(html)` over the pages held in memory (pages/s), and
- our pipeline in a separate worker process: feed fetch, 1,000 page fetches over HTTP
  through the guarded fetcher, extraction, boilerplate, language, dedupe, storage in
  SQLite (no translation: the pages are in the site's language) (pages/s, peak memory).

Two runs of the pipeline, each in a fresh process and database:
- "worker": what `nouvelles worker` does with a source's task (the product's default
  path): every app installed and hooked in (search indexing in the article's
  transaction), auto-publication, and what follows publication in other apps (story
  clustering, "Lire aussi") queued as tasks. The queued tasks are then run by the
  database worker (`db_worker --batch`) and timed apart, so nothing is hidden.
- "pipeline": ingestion alone, every other app's hooks switched off (search indexing,
  stories, "Lire aussi"): this issue's pipeline, for comparison.

Pages (the verdict names the set it judges):
- by default, synthetic pages with the weight and shape of real article pages (median
  ~115 KB of HTML, a third of it inline script and style, navigation, related lists,
  comments...; `benchmarks/article_pages.py`), French text from a 20,000-word vocabulary;
- `--small`: the tiny pages this benchmark used at first (~3 KB, a 62-word vocabulary):
  there, fixed per-page costs dwarf a 2.6 ms extraction, and every article shares every
  word (a pathological case for story clustering);
- `--real-pages DIR`: saved real pages (.html or .html.gz, e.g. the 181 pages of the
  article-extraction benchmark), served as they are; the site language is then English
  (pages in other languages are stored as drafts waiting for a translation).
The database is migrated beforehand in a process of its own, as `nouvelles migrate` is.

Target (issue 3): end to end >= 75% of bare trafilatura's pages/s; worker peak < 300 MB.
The worker's peak is its process's high-water mark plus its extractor process's (pages
are extracted in a child process, NOUVELLES_EXTRACTION_PROCESS; `--in-process` measures
the worker extracting them itself).

    .venv/bin/python benchmarks/ingest_speed.py [--pages 1000] [--small | --real-pages DIR]
                                                [--in-process]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

WORDS = [
    "gouvernement",
    "ministre",
    "conseil",
    "ville",
    "région",
    "budget",
    "école",
    "transport",
    "santé",
    "hôpital",
    "élection",
    "réforme",
    "retraite",
    "emploi",
    "salaire",
    "entreprise",
    "usine",
    "port",
    "grève",
    "accord",
    "négociation",
    "syndicat",
    "climat",
    "glacier",
    "rivière",
    "forêt",
    "incendie",
    "tempête",
    "pluie",
    "sécheresse",
    "agriculteur",
    "récolte",
    "marché",
    "prix",
    "inflation",
    "banque",
    "euro",
    "dette",
    "impôt",
    "tribunal",
    "juge",
    "police",
    "enquête",
    "témoin",
    "rapport",
    "étude",
    "chercheur",
    "université",
    "hôpital",
    "médecin",
    "vaccin",
    "musée",
    "festival",
    "concert",
    "film",
    "livre",
    "auteur",
    "théâtre",
    "équipe",
    "match",
    "victoire",
    "record",
]
TOOLS = [
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "et",
    "à",
    "en",
    "pour",
    "sur",
    "avec",
    "dans",
    "par",
    "selon",
    "après",
    "avant",
]


def sentence(rng: random.Random) -> str:
    n = rng.randint(12, 24)
    words = [rng.choice(WORDS if i % 2 else TOOLS) for i in range(n)]
    return " ".join(words).capitalize() + "."


def make_page(i: int, rng: random.Random) -> str:
    paras = ["<p>" + " ".join(sentence(rng) for _ in range(3)) + "</p>" for _ in range(8)]
    paras.insert(3, "<p>PUBLICITÉ</p>")
    paras.insert(5, f'<p>Lire aussi : <a href="/a/{i + 1}">Article {i + 1}</a></p>')
    paras.append("<p>Partager Facebook Twitter LinkedIn E-mail</p>")
    paras.append("<p>Inscrivez-vous à notre newsletter quotidienne</p>")
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Article {i} | Bench</title>'
        f'<meta name="description" content="Résumé de l\'article {i}.">'
        f'<meta property="article:published_time" content="2026-11-24T08:{i % 60:02d}:00+01:00">'
        f'<meta name="author" content="Auteur {i % 17}"></head><body>'
        '<header><nav><a href="/">Bench</a> <a href="/monde">Monde</a></nav></header>'
        f"<main><article><h1>Article numéro {i} : {sentence(rng)}</h1>"
        f'<p class="lead">{sentence(rng)}</p>{"".join(paras)}</article>'
        '<section id="comments"><h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera '
        "pas publiée.</p></section></main><footer>© Bench 2026</footer></body></html>"
    )


def make_feed(base: str, count: int) -> str:
    items = "".join(
        f"<item><title>Article {i}</title><link>{base}/a/{i}</link><guid>bench-{i}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 08:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    )


def serve(pages: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once, as with real servers

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            body = body if body is not None else b"not found"
            ctype = (
                "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
            )
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


MIGRATE = r"""
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
"""

WORKER = r"""
import json, sys, time
import django
django.setup()
from django.core.management import call_command
from nouvelles.sources.models import Source
from nouvelles.sources.ingest import ingest_source
from nouvelles.articles.models import Article
if sys.argv[2] == "pipeline":
    # Ingestion alone: what other apps hang on publication and saves (story clustering,
    # "Lire aussi", search indexing) is switched off, to measure this issue's pipeline.
    from django.db.models.signals import post_save
    from nouvelles.articles.signals import article_published
    article_published.receivers.clear()
    article_published.sender_receivers_cache.clear()
    post_save.receivers = [r for r in post_save.receivers if "search" not in str(r[0])]
    post_save.sender_receivers_cache.clear()
from nouvelles.core.language import warm_up
warm_up()  # as `nouvelles worker` does when it starts
source = Source.objects.create(name="Bench", feed_url=sys.argv[1], language=sys.argv[3])
started = time.perf_counter()
report = ingest_source(source, defer_followers=True)  # as the worker's task does
spent = time.perf_counter() - started
# The process's own high-water mark (VmHWM): ru_maxrss also counts the parent's memory
# copied at fork time, before exec (here: the benchmark holding every page).
def high_water_mb(pid="self"):
    status = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status") if ":" in line)
    return int(status["VmHWM"].split()[0]) / 1024
peak = high_water_mb()
# The extractor process (NOUVELLES_EXTRACTION_PROCESS) is the worker's too: counted.
from nouvelles.sources.fetching import get_extractor
extractor = get_extractor()
extractor_peak = high_water_mb(extractor.pid) if extractor is not None and extractor.pid else 0.0
started = time.perf_counter()
if sys.argv[4] == "run":
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)  # queued followers
drained = time.perf_counter() - started
from django_tasks_db.models import DBTaskResult
print(json.dumps({"seconds": spent, "line": report.line(), "articles": Article.objects.count(),
                  "peak_mb": peak + extractor_peak, "worker_peak_mb": peak,
                  "extractor_peak_mb": extractor_peak, "followers_s": drained, "tasks": DBTaskResult.objects.count(),
                  "published": Article.objects.filter(status="published").count(),
                  "with_story": Article.objects.filter(story__isnull=False).count()}))
"""


def page_set(args) -> tuple[str, list[str]]:
    """(what the pages are, in words; the pages' HTML)."""
    if args.real_pages:
        from benchmarks.article_pages import read_page, real_pages

        paths = real_pages(args.real_pages)[: args.pages]
        htmls = [read_page(p).decode("utf-8", "replace") for p in paths]
        folder = "/".join(args.real_pages.resolve().parts[-2:])
        return f"{len(htmls)} real article pages ({folder})", htmls
    if args.small:
        rng = random.Random(3)
        htmls = [make_page(i, rng) for i in range(args.pages)]
        return f"{args.pages} small synthetic pages (~3 KB, 62-word vocabulary)", htmls
    from benchmarks.article_pages import PageGenerator

    generator = PageGenerator()
    htmls = [generator.page(i) for i in range(args.pages)]
    size = statistics.median(len(h.encode()) for h in htmls) / 1000
    return f"{args.pages} realistic synthetic pages (median {size:.0f} KB)", htmls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument(
        "--small", action="store_true", help="the former tiny pages (~3 KB, 62-word vocabulary)"
    )
    parser.add_argument(
        "--real-pages", type=Path, metavar="DIR",
        help="serve these real pages (.html or .html.gz) instead; site language English",
    )  # fmt: skip
    parser.add_argument(
        "--no-followers", action="store_true",
        help="count the queued follower tasks without running them (they are timed apart)",
    )  # fmt: skip
    parser.add_argument(
        "--in-process", action="store_true",
        help="extract the pages in the worker process (NOUVELLES_EXTRACTION_PROCESS=0)",
    )  # fmt: skip
    args = parser.parse_args()
    label, htmls = page_set(args)
    pages = {f"/a/{i}": html.encode() for i, html in enumerate(htmls)}
    httpd, base = serve(pages)
    pages["/feed.xml"] = make_feed(base, len(htmls)).encode()

    import trafilatura

    count = len(htmls)
    started = time.perf_counter()
    for html in htmls:
        trafilatura.extract(html)
    bare = count / (time.perf_counter() - started)

    language = "en" if args.real_pages else "fr"
    followers = "skip" if args.no_followers else "run"
    extraction = "0" if args.in_process else "1"
    results = {
        mode: run_worker(base, mode, language, followers, extraction)
        for mode in ("worker", "pipeline")
    }
    httpd.shutdown()
    if any(r is None for r in results.values()):
        return 1
    print(f"pages: {label}")
    print(f"bare trafilatura.extract:           {bare:.1f} pages/s")
    ok = True
    for mode, text in (("worker", "nouvelles ingestion, end to end (worker)"),
                       ("pipeline", "ingestion alone, other apps' hooks off")):  # fmt: skip
        result = results[mode]
        ours = count / result["seconds"]
        print(
            f"{text}: {ours:.1f} pages/s ({ours / bare:.0%} of bare), "
            f"worker peak {result['peak_mb']:.0f} MB (worker process "
            f"{result['worker_peak_mb']:.0f} + extractor process "
            f"{result['extractor_peak_mb']:.0f}); {result['line']}; "
            f"{result['published']} published"
        )
        if mode != "worker":
            continue
        if args.no_followers:
            print(f"  then {result['tasks']} queued follower tasks (not run: --no-followers)")
        else:
            print(
                f"  then the queued followers (stories, related): {result['tasks']} tasks in "
                f"{result['followers_s']:.1f} s; articles with a story: {result['with_story']}"
            )
        ok = ours / bare >= 0.75 and result["peak_mb"] < 300 and result["articles"] == count
    where = "in the worker process" if args.in_process else "in the extractor process"
    print(f"extraction {where}")
    print(f"targets on {label} (worker >= 75% of bare, peak < 300 MB):", "OK" if ok else "FAIL")
    return 0 if ok else 1


def run_worker(base: str, mode: str, language: str, followers: str, extraction: str) -> dict | None:
    data_dir = tempfile.mkdtemp(prefix="nouvelles-bench-")
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="nouvelles.settings",
        NOUVELLES_DATA_DIR=data_dir,
        NOUVELLES_DATABASE_URL="",
        NOUVELLES_SECRET_KEY="bench-" + "x" * 50,
        NOUVELLES_ALLOW_PRIVATE_NETWORKS="127.0.0.0/8",
        NOUVELLES_FETCH_HOST_DELAY="0",  # our own server: no politeness delay
        NOUVELLES_SITE_LANGUAGE=language,
        NOUVELLES_EXTRACTION_PROCESS=extraction,
        PYTHONPATH=str(ROOT / "src"),
    )
    # The database is migrated first, in a process of its own (as `nouvelles migrate` is run
    # before `nouvelles worker`): the worker's peak memory is the worker's.
    subprocess.run([sys.executable, "-c", MIGRATE], env=env, check=True)
    out = subprocess.run(
        [sys.executable, "-c", WORKER, f"{base}/feed.xml", mode, language, followers],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode:
        print(out.stderr[-3000:])
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
