"""Search and dashboard speed with many articles (issue 7).

    .venv/bin/python benchmarks/search_speed.py --articles 100000
    .venv/bin/python benchmarks/search_speed.py --articles 100000 \
        --database-url postgres://postgres@127.0.0.1:5432/nv_search_bench

Generates synthetic articles (benchmarks/synthetic_articles.py) into a fresh
database (SQLite in a temporary data dir, or the given PostgreSQL database,
which must exist and is emptied), then prints: the time to index them all
(`reindex_articles`, what `nouvelles reindex` runs), search latency
percentiles over a fixed list of 1-3 word queries (the search function and the
whole page), and the newsroom dashboard's render time. Targets: index < 120 s,
search p95 < 50 ms, dashboard < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

QUERIES = [
    "élection",
    "gouvernement",
    "crise",
    "prix",
    "réforme retraites",
    "climat",
    "énergie nucléaire",
    "grève",
    "ukraine",
    "inflation",
    "football championnat",
    "hôpital médecins",
    "sécheresse",
    "police enquête",
    "banque euro",
    "intelligence artificielle",
    "prix de l'énergie",
    "election",
    "électoral",
    "festival cinéma",
    "accord paix négociations",
    "migrants frontière europe",
    "budget déficit dette",
    "tempête inondations",
    "train grève syndicats",
    "strike",
    "climate drought",
    "vaccin épidémie",
    "incendie forêt",
    '"guerre en ukraine"',
]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def configure(database_url: str, data_dir: str) -> None:
    os.environ["NOUVELLES_DATA_DIR"] = data_dir or tempfile.mkdtemp(
        prefix="nouvelles-search-bench-"
    )
    os.environ["NOUVELLES_SECRET_KEY"] = "benchmark-" + "x" * 40
    os.environ["NOUVELLES_SEARCH_RATE_PER_MINUTE"] = "0"
    os.environ["NOUVELLES_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["NOUVELLES_DATABASE_URL"] = database_url
    # Measure the search itself, not the page cache.
    os.environ["NOUVELLES_PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
    import django
    from django.conf import settings

    django.setup()
    # No collectstatic here: serve static URLs without the manifest.
    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )


def empty_database() -> None:
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)


def generate(count: int) -> float:
    from django.db import transaction
    from django.utils.text import slugify

    from benchmarks.synthetic_articles import ArticleGenerator
    from nouvelles.articles.models import Article, Block, Category
    from nouvelles.sources.models import Source

    gen = ArticleGenerator()
    categories = [
        Category.objects.create(name=f"Rubrique {i}", slug=f"rubrique-{i}")
        for i in range(gen.categories)
    ]
    sources = [
        Source.objects.create(
            name=f"Source {i}",
            feed_url=f"https://source{i}.example/feed.xml",
            language=["es", "de", "it", "uk", "en"][i % 5],
        )
        for i in range(gen.sources)
    ]
    started = time.perf_counter()
    batch = 5000
    produced = 0
    articles = gen.articles(count)
    while produced < count:
        size = min(batch, count - produced)
        items = [next(articles) for _ in range(size)]
        with transaction.atomic():
            rows = Article.objects.bulk_create(
                Article(
                    title=a.title,
                    lead=a.lead,
                    original_title=a.title,
                    original_lead=a.lead,
                    language="fr",
                    original_language=a.original_language,
                    slug=f"{slugify(a.title)[:150]}-{produced + i}",
                    status=Article.Status.PUBLISHED,
                    published_at=a.published_at,
                    category=categories[a.category_index],
                    source=sources[a.source_index],
                )
                for i, a in enumerate(items)
            )
            Block.objects.bulk_create(
                Block(article=row, position=p, text=text, original_text=text)
                for row, a in zip(rows, items, strict=True)
                for p, text in enumerate(a.paragraphs)
            )
        produced += size
    return time.perf_counter() - started


def time_indexing() -> tuple[int, float, float]:
    """Articles indexed, wall seconds, CPU seconds of this process (SQLite runs in it)."""
    from nouvelles.search.indexing import reindex_articles

    started, cpu = time.perf_counter(), time.process_time()
    count = reindex_articles()
    return count, time.perf_counter() - started, time.process_time() - cpu


def time_searches(rounds: int) -> dict[str, list[float]]:
    from django.test import Client

    from nouvelles.search.results import search_articles

    client = Client()
    timings: dict[str, list[float]] = {"function": [], "page": []}
    counts = {}
    for query in QUERIES:  # warm the caches once
        counts[query] = search_articles(query).total
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            search_articles(query)
            timings["function"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            response = client.get("/search/", {"q": query})
            timings["page"].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
    print("matches per query (capped):", ", ".join(f"{q}={n}" for q, n in counts.items()))
    return timings


def time_dashboard(rounds: int) -> list[float] | None:
    from django.contrib.auth.models import User
    from django.test import Client

    try:
        from nouvelles.dashboard.roles import ensure_roles
    except ImportError:
        return None
    roles = ensure_roles()
    user = User.objects.create_user("bench-admin", password="x", is_staff=True)  # noqa: S106
    user.groups.add(*roles.values())
    client = Client()
    client.force_login(user)
    client.get("/newsroom/")
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get("/newsroom/")
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--database-url", default="", help="PostgreSQL URL (default: SQLite)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the query list")
    parser.add_argument(
        "--data-dir",
        default="",
        help="SQLite data dir to keep between runs; with --reuse, articles already there are used",
    )
    parser.add_argument("--reuse", action="store_true", help="keep the articles already generated")
    parser.add_argument(
        "--no-index", action="store_true", help="with --reuse: keep the index too (search only)"
    )
    args = parser.parse_args()

    configure(args.database_url, args.data_dir)
    from django.db import connection

    from nouvelles.articles.models import Article

    if args.reuse:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    if not args.reuse or Article.objects.count() < args.articles:
        empty_database()
        print(f"generated in {generate(args.articles):.1f} s")
    print(f"engine: {connection.vendor}, articles: {Article.objects.count()}")
    if not (args.reuse and args.no_index):
        count, seconds, cpu = time_indexing()
        print(
            f"indexing: {count} articles in {seconds:.1f} s wall, {cpu:.1f} s CPU of this "
            f"process ({count / seconds:.0f}/s)"
        )
    for name, values in time_searches(args.rounds).items():
        print(
            f"search ({name}, {len(values)} queries): p50 {percentile(values, 50):.1f} ms, "
            f"p95 {percentile(values, 95):.1f} ms, max {max(values):.1f} ms"
        )
    dashboard = time_dashboard(max(5, args.rounds * 2))
    if dashboard:
        print(
            f"dashboard ({len(dashboard)} renders): median {statistics.median(dashboard):.1f} ms, "
            f"max {max(dashboard):.1f} ms"
        )


if __name__ == "__main__":
    main()
