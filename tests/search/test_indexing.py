"""The index follows publication, in the article's transaction; `reindex` rebuilds it."""

from __future__ import annotations

import threading

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

from nouvelles.articles.models import Article, Block
from nouvelles.articles.publish import publish_article, unpublish_article
from nouvelles.search.backends import get_search_backend
from nouvelles.search.backends.dummy import DummyBackend
from nouvelles.search.indexing import reindex_articles
from nouvelles.search.results import search_articles
from tests.search.helpers import make_article

pytestmark = pytest.mark.django_db


def found(text: str) -> list[int]:
    return [hit.article.id for hit in search_articles(text).hits]


def test_publish_unpublish_and_edits_update_the_index():
    article = make_article("Canicule en Espagne", "", status=Article.Status.REVIEW)
    assert found("canicule") == []
    publish_article(article)
    assert found("canicule") == [article.id]
    Block.objects.create(article=article, position=10, text="Les récoltes de tomates souffrent.")
    assert found("tomate") == [article.id]
    article.title = article.original_title = "Sécheresse en Espagne"
    article.save()
    assert found("canicule") == [] and found("sécheresse") == [article.id]
    unpublish_article(article, status=Article.Status.REJECTED)
    assert found("sécheresse") == []
    publish_article(article)
    article.delete()
    assert get_search_backend().indexed_ids() == set()


def test_index_rolls_back_with_the_article():
    article = make_article("Grève des contrôleurs", "")
    with pytest.raises(RuntimeError), transaction.atomic():
        article.title = "Accord chez les contrôleurs"
        article.save()
        raise RuntimeError("the rest of the job failed")
    assert found("grève") == [article.id]
    assert found("accord") == []


def test_reindex_command_rebuilds_and_drops_stale_rows(capsys):
    kept = make_article("Volcan en éruption", "La lave avance.")
    gone = make_article("Volcan endormi", "")
    backend = get_search_backend()
    backend.remove_documents([kept.id])
    Article.objects.filter(id=gone.id).update(status=Article.Status.DRAFT)  # no signal
    assert found("volcan") == []  # kept is missing, gone is filtered as unpublished
    assert gone.id in backend.indexed_ids()
    call_command("reindex", "--batch-size", "1")
    assert "Indexed 1 published articles" in capsys.readouterr().out
    assert found("lave") == [kept.id]
    assert backend.indexed_ids() == {kept.id}


@override_settings(NOUVELLES_SEARCH_BACKEND="dummy")
def test_dummy_backend_records_calls():
    backend = get_search_backend()
    assert isinstance(backend, DummyBackend)
    backend.calls.clear()
    article = make_article("Marée noire", "")
    assert ("index", [article.id]) in backend.calls
    assert found("marée") == [article.id]
    article_id = article.id
    article.delete()
    assert ("remove", [article_id]) in backend.calls


@override_settings(NOUVELLES_SEARCH_BACKEND="nowhere.Backend")
def test_bad_backend_setting_is_explained_by_check():
    errors = [e for e in run_checks() if e.id == "nouvelles.search.E001"]
    assert errors and "NOUVELLES_SEARCH_BACKEND" in errors[0].msg


def _record_index_threads(monkeypatch) -> list[int]:
    """The threads that write index batches (the backend instance is shared)."""
    backend, threads = get_search_backend(), []
    index_documents = backend.index_documents

    def recording(docs):
        threads.append(threading.get_ident())
        index_documents(docs)

    monkeypatch.setattr(backend, "index_documents", recording)
    return threads


@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel batches: PostgreSQL")
def test_reindex_runs_batches_in_worker_connections(transactional_db, monkeypatch):
    articles = [make_article(f"Séisme numéro {i}", "Les secours arrivent.") for i in range(5)]
    get_search_backend().remove_documents(a.id for a in articles)
    threads = _record_index_threads(monkeypatch)
    assert reindex_articles(batch_size=1, workers=2) == 5
    assert len(threads) == 5 and threading.get_ident() not in threads
    assert get_search_backend().indexed_ids() == {a.id for a in articles}
    assert set(found("séisme")) == {a.id for a in articles}


def test_reindex_inside_a_transaction_stays_in_its_connection(monkeypatch):
    articles = [make_article(f"Séisme numéro {i}", "") for i in range(3)]
    threads = _record_index_threads(monkeypatch)
    assert reindex_articles(batch_size=1, workers=2) == 3
    assert threads == [threading.get_ident()] * 3
    assert set(found("séisme")) == {a.id for a in articles}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL statistics")
def test_reindex_refreshes_the_planner_statistics():
    for i in range(7):
        make_article(f"Éclipse {i}", "")
    sql = "SELECT reltuples FROM pg_class WHERE relname = 'search_document'"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        assert cursor.fetchone()[0] != 7  # not analysed since these rows came
        reindex_articles()
        cursor.execute(sql)
        assert cursor.fetchone()[0] == 7


@override_settings(NOUVELLES_SEARCH_BACKEND="dummy", NOUVELLES_SITE_LANGUAGE="fr")
def test_an_ingested_article_is_indexed_once_from_what_was_written():
    from nouvelles.core.types import Block as BlockData
    from nouvelles.core.types import BlockKind, ExtractedArticle
    from nouvelles.search.indexing import build_documents
    from nouvelles.sources.models import FeedItem, Source
    from nouvelles.sources.store import Analysis, save_new_article
    from tests.factories import SourceFactory

    source = SourceFactory(publish_mode=Source.PublishMode.AUTO, language="fr")
    extracted = ExtractedArticle(
        url="https://example.org/a/1",
        title="Crue de la Loire",
        lead="Les quais sont fermés.",
        blocks=[
            BlockData(BlockKind.PARAGRAPH, "La rivière est sortie de son lit."),
            BlockData(BlockKind.HEADING, "Évacuations"),
            BlockData(BlockKind.PARAGRAPH, "Trois villages évacués."),
        ],
    )
    backend = get_search_backend()
    backend.calls.clear()
    article = save_new_article(
        source, FeedItem(source=source, key="k1"), extracted, Analysis("fr", "h1", None),
        announce=False,  # as ingestion does: stories and "Lire aussi" come later
    )  # fmt: skip
    assert article.status == Article.Status.PUBLISHED
    assert backend.calls == [("index", [article.id])]  # once, at publication
    assert article.written_blocks is None  # only for the publishing save
    assert [backend.documents[article.id]] == build_documents([article.id])
    assert found("évacués") == [article.id]


@override_settings(NOUVELLES_SEARCH_BACKEND="dummy")
def test_saves_of_fields_outside_the_index_do_not_reindex():
    article = make_article("Marée haute", "")
    backend = get_search_backend()
    backend.calls.clear()
    article.save(update_fields=["published_at"])
    assert backend.calls == []
    article.title = "Marée basse"
    article.save(update_fields=["title"])
    assert backend.calls == [("index", [article.id])]
    assert backend.documents[article.id].title == "Marée basse"
