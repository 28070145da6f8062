"""Story clustering and "Lire aussi" quality on our labelled evaluation set.

    .venv/bin/python benchmarks/story_quality.py [--events N]

Loads tests/data/stories/eval.json into a fresh SQLite database, publishes the
articles in order through `publish_article` (which clusters them and updates
the related index, as on the site), then reports:

- clustering B-cubed precision / recall / F1 against the event labels, for the
  site's database path and for the in-memory `OnlineClusterer`;
- "Lire aussi" precision@4: share of the (up to) 4 related articles from the
  same event, averaged over articles; and the oldest related article's distance
  in days (must stay within NOUVELLES_RELATED_WINDOW_DAYS).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


def bcubed(predicted: list, gold: list) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    by_pred: dict = defaultdict(set)
    by_gold: dict = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_pred[p] & by_gold[g])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    n = len(predicted) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def cluster_in_memory(items: list[dict]) -> list[int]:
    from nouvelles.core.clustering import OnlineClusterer
    from nouvelles.core.similarity import term_counts

    clusterer = OnlineClusterer()
    keys = []
    for item in items:
        at = datetime.fromisoformat(item["published_at"]).timestamp()
        assignment, _vector = clusterer.add(
            term_counts(item["title"], item["lead"], "\n".join(item["body"])), at
        )
        keys.append(assignment.story_key)
    return keys


def load_into_database(items: list[dict]) -> dict[int, int]:
    """Create and publish every item; returns {item id: article pk}."""
    from nouvelles.articles.models import Article, Block
    from nouvelles.articles.publish import publish_article
    from nouvelles.sources.models import Source

    sources: dict[str, Source] = {}
    pks = {}
    for item in items:
        source = sources.get(item["source"])
        if source is None:
            source = sources[item["source"]] = Source.objects.create(
                name=item["source"],
                homepage=f"https://s{len(sources)}.example/",
                feed_url=f"https://s{len(sources)}.example/feed",
                language=item["original_language"],
            )
        at = datetime.fromisoformat(item["published_at"])
        article = Article.objects.create(
            source=source,
            title=item["title"],
            lead=item["lead"],
            original_title=item["original_title"],
            original_language=item["original_language"],
            language="fr",
            slug=f"eval-{item['id']}",
            status=Article.Status.DRAFT,
            published_at=at,
            original_published_at=at,
        )
        Block.objects.bulk_create(
            Block(article=article, position=i, kind="paragraph", text=text)
            for i, text in enumerate(item["body"])
        )
        publish_article(article, at=at)
        pks[item["id"]] = article.pk
    return pks


def evaluate(items: list[dict]) -> dict[str, float]:
    """Run the database path on `items` (Django must be set up with an empty database)."""
    from django.conf import settings

    from nouvelles.articles.models import Article
    from nouvelles.related.lookup import related_articles

    pks = load_into_database(items)
    event_of = {pks[i["id"]]: i["event"] for i in items}
    articles = {a.pk: a for a in Article.objects.filter(pk__in=pks.values())}
    predicted = [articles[pks[i["id"]]].story_id for i in items]
    gold = [i["event"] for i in items]
    p, r, f1 = bcubed(predicted, gold)
    mp, mr, mf1 = bcubed(cluster_in_memory(items), gold)
    precisions, oldest_days, empty = [], 0.0, 0
    for item in items:
        article = articles[pks[item["id"]]]
        related = related_articles(article, 4)
        if not related:
            empty += 1
            continue
        same = sum(event_of.get(other.pk) == item["event"] for other in related)
        precisions.append(same / len(related))
        for other in related:
            days = abs((other.published_at - article.published_at).total_seconds()) / 86400
            oldest_days = max(oldest_days, days)
    return {
        "articles": len(items),
        "events": len(set(gold)),
        "stories": len(set(predicted)),
        "precision": p,
        "recall": r,
        "f1": f1,
        "memory_precision": mp,
        "memory_recall": mr,
        "memory_f1": mf1,
        "precision_at_4": sum(precisions) / len(precisions) if precisions else 0.0,
        "without_related": empty,
        "farthest_related_days": oldest_days,
        "window_days": settings.NOUVELLES_RELATED_WINDOW_DAYS,
    }


def setup_django(data_dir: str | None = None) -> None:
    """Django on a fresh SQLite database in a temporary directory (or on `data_dir`'s)."""
    os.environ["NOUVELLES_DATA_DIR"] = data_dir or tempfile.mkdtemp(prefix="nouvelles-bench-")
    os.environ.setdefault("NOUVELLES_SECRET_KEY", "benchmark-" + "x" * 40)
    os.environ["DJANGO_SETTINGS_MODULE"] = "nouvelles.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=0, help="only the first N events")
    args = parser.parse_args()
    from benchmarks.story_dataset import load_eval_set

    items = load_eval_set()
    if args.events:
        items = [i for i in items if i["event"] <= args.events]
    setup_django()
    r = evaluate(items)
    print(
        f"evaluation set: {r['articles']} articles, {r['events']} events → {r['stories']} stories"
    )
    print(
        f"clustering (site, database): B-cubed P={r['precision']:.3f} R={r['recall']:.3f} "
        f"F1={r['f1']:.3f}  (target F1 >= 0.90)"
    )
    print(
        f"clustering (in memory):      B-cubed P={r['memory_precision']:.3f} "
        f"R={r['memory_recall']:.3f} F1={r['memory_f1']:.3f}"
    )
    print(
        f"Lire aussi: precision@4={r['precision_at_4']:.3f} (target >= 0.90), "
        f"articles without any: {r['without_related']}, farthest related: "
        f"{r['farthest_related_days']:.1f} days (window {r['window_days']} days)"
    )


if __name__ == "__main__":
    main()
