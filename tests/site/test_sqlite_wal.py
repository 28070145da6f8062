"""SQLite checkpoints only under the write lock (the WAL-reset bug of SQLite < 3.51.3)."""

from __future__ import annotations

import os

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


@pytest.fixture
def no_keeper(monkeypatch):
    monkeypatch.setattr(sqlite_wal, "_keeper", None)
    yield
    if sqlite_wal._keeper is not None:
        sqlite_wal._keeper[1].close()


def _wal_files() -> list[bool]:
    name = connection.settings_dict["NAME"]
    return [os.path.exists(f"{name}-wal"), os.path.exists(f"{name}-shm")]


def test_closing_the_last_connection_removes_the_wal_and_its_index(no_keeper):
    ArticleFactory()
    connection.close()
    assert _wal_files() == [False, False]  # the next connection rebuilds them


def test_the_kept_connection_keeps_the_wal_between_connections(no_keeper):
    assert sqlite_wal.keep_wal_open() is True
    ArticleFactory()
    connection.close()
    assert _wal_files() == [True, True]
    assert sqlite_wal.keep_wal_open() is True  # once per process
    assert sqlite_wal.checkpoint_wal()[0] == 0  # an idle connection never blocks a checkpoint


def test_a_kept_connection_from_another_process_is_replaced(no_keeper, monkeypatch):
    sqlite_wal.keep_wal_open()
    inherited = sqlite_wal._keeper[1]
    monkeypatch.setattr(sqlite_wal, "_keeper", (-1, inherited))  # as if forked
    sqlite_wal.keep_wal_open()
    assert sqlite_wal._keeper[1] is not inherited
    inherited.close()


def test_a_database_that_cannot_be_opened_is_logged(no_keeper, monkeypatch, caplog):
    params = {"database": "/nonexistent/dir/db.sqlite3", "timeout": 1}
    monkeypatch.setattr(connection, "get_connection_params", lambda: params)
    assert sqlite_wal.keep_wal_open() is False
    assert "could not hold the SQLite WAL open" in caplog.text
