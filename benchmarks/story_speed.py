"""Speed and memory of story clustering and "Lire aussi" at 100,000 articles.

    .venv/bin/python benchmarks/story_speed.py [--articles 100000] [--skip-db]

1. Streams N synthetic articles (the evaluation set's French templates with
   random places, people and figures; ~1,000 articles a day, 5-8 per event)
   through text → features → `OnlineClusterer`, on one core, and reports the
   mean and p99 time per article and the process's peak memory (ru_maxrss).
2. Writes the result into a fresh SQLite database (articles, stories,
   centroids, inverted index, document frequencies, 8 related links per
   article), then times `related_articles()` for 2,000 random articles
   (p50/p99, cold Django ORM path, no cache) and the publish path
   (`publish_article` → assign_story + related index) for 200 new articles.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import json
import random
import resource
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.story_dataset import FILLER, FR  # noqa: E402
from nouvelles.core.clustering import OnlineClusterer, StoryState  # noqa: E402
from nouvelles.core.similarity import term_counts  # noqa: E402

START = datetime(2026, 1, 5, tzinfo=UTC)
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "zu",
]


def name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def random_slots(rng: random.Random) -> dict[str, str]:
    person = f"{name(rng, 2)} {name(rng, 3)}"
    return {
        "city": name(rng), "city2": name(rng), "country": name(rng, 2), "country2": name(rng, 2),
        "region": "nord", "person": person, "rival": f"{name(rng, 2)} {name(rng, 3)}",
        "role": "ministre", "org": f"{name(rng)} Group", "org2": f"{name(rng)} Corp",
        "union": f"le syndicat {name(rng, 2).upper()}", "party": f"Parti {name(rng)}",
        "river": name(rng), "cause": f"la réforme {name(rng)}", "topic": f"le projet {name(rng)}",
        "team": f"FC {name(rng)}", "team2": f"{name(rng)} United",
        "competition": f"la Coupe {name(rng)}", "mission": name(rng), "target": name(rng),
        "portfolio": f"de la {name(rng)}", "mag": f"{rng.randint(4, 8)},{rng.randint(0, 9)}",
        "n": str(rng.randint(2, 90000)), "n2": str(rng.randint(2, 900)),
        "amount": str(rng.randint(1, 90)), "depth": str(rng.randint(2, 60)),
        "rate": f"{rng.randint(2, 15)},{rng.choice([0, 25, 5, 75])}", "bps": "50", "bps2": "25",
        "score": f"{rng.randint(1, 4)}-{rng.randint(0, 3)}",
    }  # fmt: skip


def synthetic_stream(count: int, seed: int = 5):
    """(event id, title, lead, body, datetime) in time order, ~1,000 articles a day."""
    rng = random.Random(seed)
    kinds = sorted(FR)
    produced, event, pending = 0, 0, []
    clock = START
    while produced < count:
        # Open a new event every ~9.6 minutes (150 a day) and emit its 5-8 articles over 36 h.
        event += 1
        kind, slots = rng.choice(kinds), random_slots(rng)
        templates = FR[kind]
        for _ in range(rng.randint(5, 8)):
            at = clock + timedelta(minutes=rng.randint(0, 36 * 60))
            title = rng.choice(templates["titles"]).format_map(slots)
            lead = rng.choice(templates["leads"]).format_map(slots)
            body = " ".join(
                p.format_map(slots) for p in rng.sample(templates["body"], rng.randint(3, 5))
            ) + " " + rng.choice(FILLER)  # fmt: skip
            pending.append((at, event, title, lead, body))
        clock += timedelta(minutes=9.6)
        pending.sort(key=lambda x: x[0])
        while pending and pending[0][0] <= clock and produced < count:
            at, ev, title, lead, body = pending.pop(0)
            produced += 1
            yield ev, title, lead, body, at
    for at, ev, title, lead, body in pending[: count - produced]:
        yield ev, title, lead, body, at


def stream_clustering(count: int, keep: bool = True):
    """Cluster the stream; wall and CPU time per article; rows kept for the database if `keep`."""
    clusterer = OnlineClusterer()
    wall: list[float] = []
    cpu: list[float] = []
    labels: list[tuple[int, int]] = []  # (event, story key)
    rows = []  # (event, story key, title, at, vector)
    states: dict[int, StoryState] = {}
    gc.disable()  # measure clustering, not the collector's pauses over our kept rows
    for ev, title, lead, body, at in synthetic_stream(count):
        t0, c0 = time.perf_counter(), time.process_time()
        assignment, vector = clusterer.add(term_counts(title, lead, body), at.timestamp())
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        labels.append((ev, assignment.story_key))
        if keep:
            states[assignment.story_key] = clusterer.stories[assignment.story_key]
            rows.append((ev, assignment.story_key, title, at, vector))
    gc.enable()
    return clusterer, (wall, cpu), labels, rows, states


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def write_database(rows, states, clusterer) -> None:
    """Bulk-load the clustering result with raw SQL (the ORM is too slow for millions of rows)."""
    from django.db import connection

    from nouvelles.related.stories import DOCUMENTS_ROW

    rng = random.Random(7)
    by_story: dict[int, list[int]] = {}
    for i, (_ev, key, *_rest) in enumerate(rows, start=1):
        by_story.setdefault(key, []).append(i)
    last_at = rows[-1][3]
    _insert_sources()
    story_rows = []
    for key, members in by_story.items():
        first, last = rows[members[0] - 1][3], rows[members[-1] - 1][3]
        story_rows.append((key, rows[members[0] - 1][2][:300], f"s-{key}", "", 0,
                           int(last >= last_at - timedelta(hours=72)), first, first, first, last,
                           len(members), min(len(members), 20)))  # fmt: skip
    with connection.cursor() as c:
        c.executemany(
            "INSERT INTO articles_story (id, title, slug, summary, title_locked, is_open,"
            " created_at, updated_at, first_published_at, last_published_at, article_count,"
            " source_count) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            story_rows,
        )
        article_sql = _article_insert_sql(c)
        c.executemany(
            article_sql,
            [
                _article_values(i, key, title, at, rng)
                for i, (_ev, key, title, at, _v) in enumerate(rows, start=1)
            ],
        )
        c.executemany(
            "INSERT INTO related_articlesketch (article_id, vector, score, pinned, assigned_at)"
            " VALUES (%s,%s,%s,%s,%s)",
            [(i, json.dumps(v), 0.5, 0, at) for i, (_e, _k, _t, at, v) in enumerate(rows, start=1)],
        )
        recent = {
            k: s
            for k, s in states.items()
            if s.last_at >= (last_at - timedelta(days=31)).timestamp()
        }
        c.executemany(
            "INSERT INTO related_storycentroid (story_id, centroid, norm, size, first_at, last_at)"
            " VALUES (%s,%s,%s,%s,%s,%s)",
            [(k, json.dumps(s.centroid), s.norm, s.size, datetime.fromtimestamp(s.first_at, UTC),
              datetime.fromtimestamp(s.last_at, UTC)) for k, s in recent.items()],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO related_storyterm (story_id, term, weight) VALUES (%s,%s,%s)",
            [(k, t, w) for k, s in recent.items() for t, w in s.centroid.items()],
        )
        c.executemany(
            "INSERT INTO related_termfrequency (term, documents) VALUES (%s,%s)",
            [
                (DOCUMENTS_ROW, clusterer.frequencies.documents),
                *sorted(clusterer.frequencies.counts.items()),
            ],
        )
        # 8 "similar" links per article, to articles of nearby stories (the table's real size).
        links = []
        keys = sorted(by_story)
        for i, (_ev, key, *_rest) in enumerate(rows, start=1):
            pool = by_story[keys[max(0, bisect.bisect_left(keys, key) - rng.randint(1, 40))]]
            for rank in range(8):
                links.append((i, rng.choice(pool), rank, 0.3))
        c.executemany(
            "INSERT OR IGNORE INTO related_relatedlink (article_id, related_id, rank, score)"
            " VALUES (%s,%s,%s,%s)",
            links,
        )


def _insert_sources() -> None:
    from nouvelles.sources.models import Source

    Source.objects.bulk_create(
        Source(name=f"Source {i}", homepage=f"https://s{i}.example/",
               feed_url=f"https://s{i}.example/feed", language="es")
        for i in range(1, 21)
    )  # fmt: skip


def _article_columns() -> list[str]:
    from nouvelles.articles.models import Article

    return [f.column for f in Article._meta.concrete_fields]


def _article_insert_sql(cursor) -> str:
    cols = _article_columns()
    return (
        f"INSERT INTO articles_article ({', '.join(cols)}) "  # noqa: S608 - our own columns
        f"VALUES ({', '.join(['%s'] * len(cols))})"
    )


def _article_values(pk: int, story: int, title: str, at: datetime, rng: random.Random):
    from nouvelles.articles.models import Article

    values = []
    for field in Article._meta.concrete_fields:
        name = field.attname
        special = {
            "id": pk, "story_id": story, "title": title, "slug": f"a-{pk}", "status": "published",
            "published_at": at, "original_published_at": at, "created_at": at, "updated_at": at,
            "source_id": rng.randint(1, 20), "language": "fr", "original_language": "es",
            "lead": "Chapeau.", "category_id": None, "author_id": None, "duplicate_of_id": None,
        }  # fmt: skip
        if name in special:
            values.append(special[name])
        elif field.has_default():
            default = field.get_default()
            values.append(json.dumps(default) if isinstance(default, list | dict) else default)
        elif field.null:
            values.append(None)
        else:
            values.append("")
    return values


def time_lookups(count: int, samples: int = 2000) -> tuple[list[float], list[float]]:
    from django.db import reset_queries

    from nouvelles.articles.models import Article
    from nouvelles.related.lookup import related_articles

    rng = random.Random(11)
    wall, cpu = [], []
    for pk in rng.sample(range(1, count + 1), min(samples, count)):
        article = Article.objects.select_related("story").get(pk=pk)
        reset_queries()
        t0, c0 = time.perf_counter(), time.process_time()
        items = related_articles(article, 4)
        [(a.title, a.source.name if a.source else "", a.published_at) for a in items]
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def time_publish(count: int, extra: int = 200) -> tuple[list[float], list[float]]:
    from nouvelles.articles.models import Article, Block
    from nouvelles.articles.publish import publish_article

    wall, cpu = [], []
    stamp = int(time.time())
    base = Article.objects.order_by("-published_at").first().published_at
    for i, (_ev, title, lead, body, _at) in enumerate(synthetic_stream(extra, seed=99)):
        at = base + timedelta(minutes=i)
        article = Article.objects.create(
            title=title, lead=lead, language="fr", slug=f"new-{stamp}-{i}", status="draft",
            published_at=at, source_id=1 + i % 20,
        )  # fmt: skip
        Block.objects.create(article=article, position=0, kind="paragraph", text=body)
        t0, c0 = time.perf_counter(), time.process_time()
        publish_article(article, at=at)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--skip-db", action="store_true", help="only the in-memory stream")
    parser.add_argument(
        "--reuse", metavar="DATA_DIR", help="time the lookups again on a database written before"
    )
    args = parser.parse_args()

    from benchmarks.story_quality import bcubed, setup_django

    if args.reuse:
        setup_django(args.reuse)
        time_database(args.articles)
        return

    t0 = time.perf_counter()
    clusterer, (wall, cpu), labels, rows, states = stream_clustering(
        args.articles, keep=not args.skip_db
    )
    elapsed = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    events = len({ev for ev, _k in labels})
    stories = len({k for _e, k in labels})
    p, r, f1 = bcubed([k for _e, k in labels], [ev for ev, _k in labels])
    print(
        f"stream: {len(labels)} articles of {events} events → {stories} stories, {clusterer.closed} closed"
    )
    print(
        f"  (synthetic templated text, a stress test, not the quality set: B-cubed P={p:.3f} R={r:.3f} F1={f1:.3f})"
    )
    print(
        f"clustering per article (features + assignment), CPU time on one core: mean "
        f"{statistics.mean(cpu) * 1000:.2f} ms, p99 {percentile(cpu, 0.99) * 1000:.2f} ms  (target mean < 10 ms)"
    )
    print(
        f"  wall clock (shared machine): mean {statistics.mean(wall) * 1000:.2f} ms, "
        f"p99 {percentile(wall, 0.99) * 1000:.2f} ms; whole run {elapsed:.0f} s incl. text generation"
    )
    what = (
        "clusterer + generator" if args.skip_db else "incl. 100k kept rows for the database phase"
    )
    print(f"peak memory (ru_maxrss, whole process, {what}): {rss_mb:.0f} MB (target < 1024)")
    if args.skip_db:
        return
    setup_django()
    from django.conf import settings
    from django.db import transaction

    t0 = time.perf_counter()
    with transaction.atomic():
        write_database(rows, states, clusterer)
    print(
        f"SQLite database written in {time.perf_counter() - t0:.0f} s: {settings.DATABASES['default']['NAME']}"
    )
    del rows, states, clusterer
    time_database(args.articles)


def time_database(articles: int) -> None:
    wall, cpu = time_lookups(articles)
    print(
        f"related_articles at {articles} articles (SQLite, 2 queries, no cache): "
        f"p50 {percentile(wall, 0.5) * 1000:.2f} ms, p99 {percentile(wall, 0.99) * 1000:.2f} ms wall; "
        f"CPU p50 {percentile(cpu, 0.5) * 1000:.2f} ms, p99 {percentile(cpu, 0.99) * 1000:.2f} ms  (target p99 < 20 ms)"
    )
    wall, cpu = time_publish(articles)
    print(
        f"publish_article incl. assign_story + related index + search index (SQLite, {len(wall)} new): "
        f"wall mean {statistics.mean(wall) * 1000:.1f} ms, p99 {percentile(wall, 0.99) * 1000:.1f} ms; "
        f"CPU mean {statistics.mean(cpu) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
