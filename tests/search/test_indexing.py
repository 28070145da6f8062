"""The index follows publication, in the article's transaction; `reindex` rebuilds it."""

from __future__ import annotations

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from nouvelles.articles.models import Article, Block
from nouvelles.articles.publish import publish_article, unpublish_article
from nouvelles.search.backends import get_search_backend
from nouvelles.search.backends.dummy import DummyBackend
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
