"""Several real worker processes on one queue never store the same article twice.

The database queue always; the Redis (RQ) queue when NOUVELLES_TEST_REDIS_URL is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from nouvelles.articles.models import Article
from nouvelles.sources.models import FeedItem
from tests.factories import SourceFactory

REDIS_URL = os.environ.get("NOUVELLES_TEST_REDIS_URL", "")
ROOT = Path(__file__).parents[2]
WORKERS = 3


def _database_url() -> str:
    s = connection.settings_dict
    if s["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{s['NAME']}"
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _worker_env(redis_url: str, tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="nouvelles.settings",
        NOUVELLES_DATABASE_URL=_database_url(),
        NOUVELLES_REDIS_URL=redis_url,
        NOUVELLES_DATA_DIR=str(tmp_path),
        NOUVELLES_SECRET_KEY="x" * 50,
        NOUVELLES_ALLOW_PRIVATE_NETWORKS="127.0.0.0/8",
        NOUVELLES_FETCH_HOST_DELAY="0",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    )
    return env


def _tasks_settings(redis_url: str) -> dict:
    if redis_url:
        return {
            "TASKS": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
            "RQ_QUEUES": {"default": {"URL": redis_url, "DEFAULT_TIMEOUT": 600}},
        }
    return {
        "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "queue",
    [
        "database",
        pytest.param(
            "redis",
            marks=pytest.mark.skipif(not REDIS_URL, reason="NOUVELLES_TEST_REDIS_URL is not set"),
        ),
    ],
)
def test_several_workers_same_sources_no_duplicates(
    transactional_db, site, tmp_path, queue, settings
):
    site.all_pages()
    redis_url = REDIS_URL if queue == "redis" else ""
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq"]
    sources = [
        SourceFactory(feed_url=site.feed("rss.xml")),
        SourceFactory(feed_url=site.feed("atom.xml")),
    ]
    with override_settings(**_tasks_settings(redis_url)):
        from nouvelles.sources.tasks import ingest_source

        for _ in range(4):  # the same fetch queued many times, as a busy scheduler might
            for source in sources:
                ingest_source.enqueue(source.pk)
    env = _worker_env(redis_url, tmp_path)
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "nouvelles", "worker", "--burst"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(WORKERS)
    ]
    outputs = [w.communicate(timeout=240)[0].decode(errors="replace") for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    assert Article.objects.count() == 3, outputs  # 2 RSS entries + 1 Atom entry, each once
    assert FeedItem.objects.count() == 3
    guids = list(Article.objects.values_list("guid", flat=True))
    assert len(guids) == len(set(guids))
    # The workers also ran the follower tasks ingestion queued: every article has its story.
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    assert published.exists()
    assert not published.filter(story__isnull=True).exists(), outputs
