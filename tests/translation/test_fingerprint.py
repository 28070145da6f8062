"""Re-translating an unchanged article is skipped whole; every real change still translates it.

The fingerprint on the article's TranslationJob hashes what its translation was made from
(texts, route, glossary) and what it is; these tests change each of those in the database
and check that the next "translate again" does (or does not) go through the pipeline.
"""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nouvelles.articles.models import Article, Block
from nouvelles.translation.articles import translate_article, translate_articles
from nouvelles.translation.backends.dummy import DummyBackend
from nouvelles.translation.models import (
    CachedTranslation,
    GlossaryEntry,
    LanguagePair,
    TranslationAttempt,
    TranslationJob,
)
from tests.translation.conftest import APERTIUM, needs_apertium
from tests.translation.test_articles import DUMMY, pending, sent

pytestmark = pytest.mark.django_db
TWO = {
    "default": {"BACKEND": "dummy"},
    "other": {"BACKEND": "dummy", "OPTIONS": {"PREFIX": "[AUTRE] ", "MODEL": "autre-1"}},
}


def again(*articles: Article) -> dict[int, str]:
    """What `nouvelles translate --article ID --force` and the admin action do."""
    DummyBackend.calls.clear()
    fresh = list(Article.objects.filter(pk__in=[a.pk for a in articles]).order_by("pk"))
    return translate_articles(fresh, force=True)


def fingerprint(article: Article) -> str:
    return TranslationJob.objects.get(article=article).fingerprint


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_an_unchanged_article_is_skipped_without_reading_the_cache_or_writing_it():
    articles = [translate_article(pending()) for _ in range(3)]
    assert all(fingerprint(a) for a in articles)
    before = [
        (a.title, a.updated_at, list(a.blocks.values_list("text", flat=True))) for a in articles
    ]
    with CaptureQueriesContext(connection) as queries:
        results = again(*articles)
    assert results == {a.pk: "" for a in articles}
    assert sent() == []
    sql = [q["sql"] for q in queries.captured_queries]
    # Articles, language pair, glossary, jobs, blocks (as tuples); one insert for the log.
    assert len(sql) == 6, sql
    assert not any("translation_cachedtranslation" in q for q in sql)
    writes = [q for q in sql if q.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert len(writes) == 1 and "translation_translationattempt" in writes[0]
    after = [
        (a.title, a.updated_at, list(a.blocks.values_list("text", flat=True)))
        for a in Article.objects.filter(pk__in=[a.pk for a in articles]).order_by("pk")
    ]
    assert after == before
    attempt = TranslationAttempt.objects.filter(article=articles[0]).first()
    assert attempt.ok and attempt.segments_sent == 0
    assert attempt.segments_cached == attempt.segments_total == 8


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_changed_source_text_is_translated_again_and_only_its_new_sentence_sent():
    article = translate_article(pending())
    old = fingerprint(article)
    Block.objects.filter(article=article, position=1).update(
        original_text="Lloyd Austin habló. Rusia tiene muchas armas."
    )
    assert again(article) == {article.pk: ""}
    assert sent() == ["Rusia tiene muchas armas."]
    block = article.blocks.get(position=1)
    assert block.text == "[FR] Lloyd Austin habló. [FR] Rusia tiene muchas armas."
    assert fingerprint(article) not in {"", old}
    again(article)  # and now it is unchanged again
    assert sent() == []
    assert TranslationAttempt.objects.filter(article=article).first().segments_sent == 0


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_changed_title_is_translated_again():
    article = translate_article(pending())
    Article.objects.filter(pk=article.pk).update(original_title="Título nuevo")
    again(article)
    assert sent() == ["Título nuevo"]
    assert Article.objects.get(pk=article.pk).title == "[FR] Título nuevo"


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_glossary_edit_translates_the_article_again():
    article = translate_article(pending())
    entry = GlossaryEntry.objects.create(term="Rusia", translation="la Russie")
    again(article)
    assert [t for t in sent() if "armas" in t] == sent()  # the cache still answers the rest
    assert len(sent()) == 1
    assert "[FR] la Russie tiene 2 000 armas." in article.blocks.get(position=1).text
    again(article)
    assert sent() == []
    entry.translation = "la Fédération de Russie"
    entry.save()
    again(article)
    assert len(sent()) == 1 and "armas" in sent()[0]
    assert "la Fédération de Russie" in article.blocks.get(position=1).text
    entry.delete()
    again(article)
    assert Article.objects.get(pk=article.pk).translation_state == Article.TranslationState.DONE
    assert "[FR] Rusia tiene 2 000 armas." in article.blocks.get(position=1).text


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_new_backend_model_translates_the_article_again():
    article = translate_article(pending())
    with override_settings(
        NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"MODEL": "dummy-2"}}}
    ):
        again(article)
        assert len(sent()) == 8
        again(article)
        assert sent() == []
    again(article)  # back to the first model: its translations are still in the cache
    assert sent() == []
    assert TranslationAttempt.objects.filter(article=article).first().segments_cached == 8


@override_settings(NOUVELLES_TRANSLATION=TWO)
def test_a_new_route_order_for_the_pair_translates_the_article_again():
    article = translate_article(pending())
    assert article.title == "[FR] Título original"
    LanguagePair.objects.create(source="es", target="fr", backends="other,default")
    again(article)
    assert {c[0] for c in DummyBackend.calls} == {"other"}
    assert Article.objects.get(pk=article.pk).title == "[AUTRE] Título original"


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"FAIL": "down"}},
        "backup": {"BACKEND": "dummy", "OPTIONS": {"PREFIX": "[B] ", "MODEL": "b-1"}},
    }
)
def test_a_fallback_translation_is_not_skipped_the_first_route_is_tried_again():
    article = translate_article(pending())
    assert article.title == "[B] Título original"
    again(article)
    assert [c[0] for c in DummyBackend.calls] == ["default"]  # asked again, still down
    assert TranslationAttempt.objects.filter(article=article).first().segments_cached == 8


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_translation_changed_in_the_database_is_restored_from_the_cache():
    article = translate_article(pending())
    Block.objects.filter(article=article, position=2).update(text="Texte abîmé.")
    again(article)
    assert sent() == []
    assert article.blocks.get(position=2).text == "[FR] No retrocederemos."


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_editors_corrections_change_what_is_translated():
    article = translate_article(pending())
    Block.objects.filter(article=article, position=2).update(text="On ne recule pas.", edited=True)
    again(article)
    assert article.blocks.get(position=2).text == "On ne recule pas."
    again(article)
    assert sent() == []
    Block.objects.filter(article=article, position=2).update(edited=False)  # correction withdrawn
    again(article)
    assert sent() == []  # from the segment cache
    assert article.blocks.get(position=2).text == "[FR] No retrocederemos."


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_deleting_cache_rows_in_the_admin_makes_translate_again_ask_the_backend(admin_client):
    article = translate_article(pending())
    row = CachedTranslation.objects.get(source_text="No retrocederemos.")
    response = admin_client.post(
        reverse("admin:translation_cachedtranslation_changelist"),
        {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert not CachedTranslation.objects.filter(pk=row.pk).exists()
    assert fingerprint(article) == ""
    again(article)
    assert sent() == ["No retrocederemos."]
    assert fingerprint(article)


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_articles_waiting_for_a_translation_are_never_skipped():
    article = translate_article(pending())
    Article.objects.filter(pk=article.pk).update(translation_state=Article.TranslationState.PENDING)
    with CaptureQueriesContext(connection) as queries:
        again(article)
    assert any("translation_cachedtranslation" in q["sql"] for q in queries.captured_queries)
    assert Article.objects.get(pk=article.pk).translation_state == Article.TranslationState.DONE
    assert sent() == []  # the segment cache answered


@needs_apertium
@override_settings(NOUVELLES_TRANSLATION=APERTIUM)
def test_with_apertium_an_unchanged_article_is_skipped_and_a_changed_one_translated():
    article = translate_article(pending())
    assert article.title != "Título original" and article.language == "fr"
    title = article.title
    again(article)
    attempt = TranslationAttempt.objects.filter(article=article).first()
    assert (attempt.segments_sent, attempt.segments_cached) == (0, 8)
    Block.objects.filter(article=article, position=2).update(original_text="La casa es grande.")
    again(article)
    assert TranslationAttempt.objects.filter(article=article).first().segments_sent == 1
    article.refresh_from_db()
    assert article.title == title
    assert article.blocks.get(position=2).text == "La maison est grande."


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_after_a_glossary_edit_the_jobs_update_writes_only_the_new_fingerprints():
    articles = [translate_article(pending()) for _ in range(2)]
    GlossaryEntry.objects.create(term="Zanzíbar", translation="Zanzibar")  # in no article
    with CaptureQueriesContext(connection) as queries:
        again(*articles)
    assert sent() == []
    updates = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('UPDATE "translation_translationjob"')
    ]
    assert len(updates) == 1, updates
    assert 'SET "fingerprint" = ' in updates[0]
    assert '"route"' not in updates[0] and '"segments_total"' not in updates[0]
    assert not any(q["sql"].startswith('UPDATE "articles_') for q in queries.captured_queries)
