"""Near-duplicate index at 100,000 articles: query + insert time per article.

Fills the persisted LSH index (`NearDuplicateBand` + `ArticleSignature`, SQLite in a
throwaway data dir) with N synthetic articles, then times, for new articles, what
ingestion does per article: MinHash signature, candidate query, similarity check,
insert. Target (issue 3): < 5 ms per article at 100,000 articles.

    .venv/bin/python benchmarks/near_duplicate_index.py [--articles 100000] [--probes 500]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
os.environ["NOUVELLES_DATA_DIR"] = tempfile.mkdtemp(prefix="nouvelles-neardup-")
os.environ["NOUVELLES_DATABASE_URL"] = ""
os.environ.setdefault("NOUVELLES_SECRET_KEY", "bench-" + "x" * 50)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from nouvelles.articles.models import Article  # noqa: E402
from nouvelles.core.dedupe import band_keys, minhash_signature  # noqa: E402
from nouvelles.sources.duplicates import find_near_duplicate, index_article  # noqa: E402
from nouvelles.sources.models import ArticleSignature, NearDuplicateBand  # noqa: E402

VOCABULARY = [f"w{i}" for i in range(20000)]


def text(rng: random.Random, words: int = 250) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))


def fill(count: int, rng: random.Random) -> None:
    """Load `count` articles with signatures and bands (the state to query). Signatures of
    unrelated texts are random; they are drawn directly, and rows go in with executemany."""
    import numpy as np

    generator = np.random.default_rng(7)
    batch = 5000
    signature_table = ArticleSignature._meta.db_table
    band_table = NearDuplicateBand._meta.db_table
    for start in range(0, count, batch):
        n = min(batch, count - start)
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                Article(title=f"a{start + i}", slug=f"a-{start + i}", language="fr")
                for i in range(n)
            )
            signatures = generator.integers(0, 2**32, size=(n, 64), dtype=np.uint32)
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {signature_table} (article_id, minhash) VALUES (%s, %s)",  # noqa: S608
                    [
                        (a.pk, sig.astype("<u4").tobytes())
                        for a, sig in zip(articles, signatures, strict=True)
                    ],
                )
                cursor.executemany(
                    f"INSERT INTO {band_table} (key, article_id) VALUES (%s, %s)",  # noqa: S608
                    [
                        (key, a.pk)
                        for a, sig in zip(articles, signatures, strict=True)
                        for key in band_keys(sig.astype("<u4").tobytes())
                    ],
                )
        print(f"\r  indexed {start + n:,}/{count:,}", end="", flush=True)
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--probes", type=int, default=500)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    rng = random.Random(5)
    started = time.perf_counter()
    fill(args.articles, rng)
    print(f"filled {args.articles:,} articles in {time.perf_counter() - started:.0f} s")
    probes = [text(rng) for _ in range(args.probes)]
    # Half the probes are republications of an indexed article: they must be found.
    stored = list(Article.objects.order_by("?").values_list("pk", flat=True)[: args.probes // 2])
    found = 0
    spent = [0.0, 0.0, 0.0]  # signature, query, insert
    # In ingestion these queries run inside the article's own transaction, whose commit is
    # the article's cost, not the index's: the probes share one transaction here.
    atomic = transaction.atomic()
    atomic.__enter__()
    for i, probe in enumerate(probes):
        article = Article.objects.create(title=f"p{i}", slug=f"p-{i}", language="fr")
        t0 = time.perf_counter()
        signature = minhash_signature(probe)
        t1 = time.perf_counter()
        original, _score = find_near_duplicate(signature, 0.7)
        t2 = time.perf_counter()
        with transaction.atomic():
            index_article(article, signature, new=True)
        t3 = time.perf_counter()
        for n, d in enumerate((t1 - t0, t2 - t1, t3 - t2)):
            spent[n] += d
        found += original is not None
    atomic.__exit__(None, None, None)
    # Recall check on known duplicates (not timed).
    hits = 0
    for pk in stored:
        signature = bytes(ArticleSignature.objects.get(article_id=pk).minhash)
        original, _ = find_near_duplicate(signature, 0.7)
        hits += original is not None and original.pk == pk
    per = sum(spent) / len(probes) * 1000
    parts = ", ".join(
        f"{name} {value / len(probes) * 1000:.2f} ms"
        for name, value in zip(("signature", "query", "insert"), spent, strict=True)
    )
    print(f"index size: {NearDuplicateBand.objects.count():,} band rows ({connection.vendor})")
    print(
        f"query + insert: {per:.2f} ms per article (target < 5 ms) over {len(probes)} articles ({parts})"
    )
    print(
        f"false positives among new articles: {found}; known duplicates found: {hits}/{len(stored)}"
    )
    ok = per < 5 and hits == len(stored)
    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
