"""What storing an article costs the database, and what ingestion leaves to background tasks."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from nouvelles.articles.models import Article
from nouvelles.core.dedupe import minhash_signature
from nouvelles.related.models import ArticleSketch
from nouvelles.sources import duplicates
from nouvelles.sources.ingest import ingest_source
from nouvelles.sources.models import FeedItem
from tests.factories import ArticleFactory, SourceFactory

FR_PAGES = [("fr-1", "Glaciers", "/pages/glaciers.html"), ("fr-2", "Budget", "/pages/budget.html"),
            ("fr-3", "Marché", "/pages/marche.html")]  # fmt: skip
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TEXT = " ".join(f"mot{i} commun{i % 7} suite{i % 11}" for i in range(60))


def _statements(queries, start: str, table: str) -> int:
    """Statements (an executemany counts once) that begin with `start` on `table`."""
    count = 0
    for query in queries:
        sql = query["sql"].split(" times: ", 1)[-1].replace('"', "")
        count += sql.startswith(f"{start} ") and table in sql.split("(")[0].split(" WHERE")[0]
    return count


@override_settings(TASKS=DB_TASKS)
def test_the_workers_ingestion_queues_followers_and_stores_in_few_statements(
    transactional_db, site
):
    site.all_pages()
    source = SourceFactory(feed_url=site.rss(FR_PAGES), language="fr")
    with CaptureQueriesContext(connection) as captured:
        report = ingest_source(source, defer_followers=True)
    assert (report.new, report.failed) == (3, 0), report.failures
    queries = captured.captured_queries
    sql = [q["sql"] for q in queries]
    # Published at once, but stories and "Lire aussi" are not computed in the fetch loop:
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 3
    assert not any("related_" in s for s in sql)
    assert not ArticleSketch.objects.exists()
    # ... one task for the chunk's three articles is queued instead.
    task = DBTaskResult.objects.get()
    assert task.task_path == "nouvelles.articles.tasks.announce_published_articles"
    assert sorted(task.args_kwargs["args"][0]) == sorted(
        Article.objects.values_list("pk", flat=True)
    )
    # Per article: one row per table, the article saved once more only to publish it,
    # bylines looked up once per run (glaciers and marché share theirs), one query for the
    # exact duplicates and one for the near-duplicate candidates.
    for table in ("articles_article", "sources_feeditem", "articles_block", "sources_rawpage",
                  "sources_articlesignature", "sources_nearduplicateband"):  # fmt: skip
        assert _statements(queries, "INSERT", table) == 3, table
    assert _statements(queries, "UPDATE", "articles_article") == 3
    assert sum(1 for s in sql if s.startswith('SELECT "articles_author"')) <= 2 * 2  # 2 bylines
    assert sum(1 for s in sql if " UNION ALL " in s) == 3
    assert sum(1 for s in sql if "sources_nearduplicateband" in s and s.startswith("SELECT")) == 3
    # Search indexing at publication uses the blocks just written (no reading them back),
    # and the site's pages go stale once for the chunk, not once per article.
    assert not any(s.startswith('SELECT "articles_block"') for s in sql)
    assert _statements(queries, "UPDATE", "site_contentversion") == 1
    # The worker then runs the task: every article gets its story and related index entry.
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL", task.exception_class_path
    assert task.return_value == 3
    assert not Article.objects.filter(story__isnull=True).exists()
    assert ArticleSketch.objects.count() == 3


@pytest.mark.django_db
def test_fetch_in_the_foreground_runs_followers_inline(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.rss(FR_PAGES), language="fr")
    assert ingest_source(source).new == 3
    assert not Article.objects.filter(story__isnull=True).exists()


@pytest.mark.django_db
def test_queue_down_runs_followers_rather_than_losing_them(site, monkeypatch):
    from django_tasks.backends.immediate import ImmediateBackend

    def down(*args, **kwargs):
        raise ConnectionError("queue unreachable")

    monkeypatch.setattr(ImmediateBackend, "enqueue", down)  # the queue is down
    site.all_pages()
    source = SourceFactory(feed_url=site.rss(FR_PAGES), language="fr")
    assert ingest_source(source, defer_followers=True).new == 3
    assert not Article.objects.filter(story__isnull=True).exists()


@pytest.mark.django_db
def test_near_duplicate_lookup_is_one_query(django_assert_num_queries):
    stored = ArticleFactory()
    signature = minhash_signature(TEXT)
    duplicates.index_article(stored, signature, new=True)
    other = minhash_signature("entièrement autre chose " * 30)
    with django_assert_num_queries(1):  # candidates and their signatures together
        assert duplicates.find_near_duplicate(other, 0.7) == (None, 0.0)
    with django_assert_num_queries(2):  # + the original article
        original, score = duplicates.find_near_duplicate(signature, 0.7)
    assert original == stored and score == 1.0


@pytest.mark.django_db
def test_exact_duplicate_by_url_or_content_in_one_query(django_assert_num_queries):
    article = ArticleFactory(content_hash="c" * 64)
    FeedItem.objects.create(
        source=SourceFactory(), key="k", url_hash="u" * 64, article=article, content_hash="c" * 64
    )
    with django_assert_num_queries(1):
        assert duplicates.has_exact_duplicate(["u" * 64, ""], "x" * 64)
    assert duplicates.has_exact_duplicate(["", "v" * 64], "c" * 64)
    assert not duplicates.has_exact_duplicate(["v" * 64], "x" * 64)
