"""SQLite checkpoints only under the write lock (the WAL-reset bug of SQLite < 3.51.3)."""

from __future__ import annotations

import pytest
from django.db import connection

from nouvelles.site import sqlite_wal
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write-ahead log")


def test_connections_never_checkpoint_automatically():
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_checkpoint_empties_the_wal_and_keeps_the_busy_timeout(client):
    ArticleFactory.create_batch(3)
    with connection.cursor() as cursor:
        timeout = cursor.execute("PRAGMA busy_timeout").fetchone()[0]
    busy, frames, done = sqlite_wal.checkpoint_wal()
    assert busy == 0 and frames == done == 0  # TRUNCATE: the WAL is empty afterwards
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] == timeout


def test_a_finished_request_checkpoints_when_due(client, monkeypatch):
    monkeypatch.setattr(sqlite_wal, "_last", 0.0)
    article = ArticleFactory()
    calls = []
    real = sqlite_wal.checkpoint_wal
    monkeypatch.setattr(sqlite_wal, "checkpoint_wal", lambda: calls.append(real()))
    client.get(article.get_absolute_url())
    client.get(article.get_absolute_url())  # within CHECKPOINT_EVERY_SECONDS: skipped
    assert len(calls) == 1 and calls[0][0] == 0
