"""translate_article: complete or not at all, published per policy, editors' work kept, failures visible."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from nouvelles.articles.models import Article, Block
from nouvelles.sources.models import Source
from nouvelles.translation.articles import on_article_stored, translate_article, translate_pending
from nouvelles.translation.backends.dummy import DummyBackend
from nouvelles.translation.models import TranslationAttempt, TranslationJob
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db
DUMMY = {"default": {"BACKEND": "dummy"}}
DOWN = {"default": {"BACKEND": "dummy", "OPTIONS": {"FAIL": "down"}}}

BLOCKS = [
    ("heading", "", "Un título intermedio", {"level": 2}),
    ("paragraph", "", "Lloyd Austin habló. Rusia tiene 2 000 armas.", {}),
    ("quote", "", "No retrocederemos.", {"speaker": "Ana Pérez"}),
    ("image", "", "Un puerto.", {"src": "/media/a.png", "alt": "Grúas", "credit": "La Voz"}),
]


def pending(**kwargs):
    defaults = dict(
        status=Article.Status.DRAFT,
        translation_state=Article.TranslationState.PENDING,
        machine_translated=False,
        translation_backend="",
        original_title="Título original",
        original_lead="Entradilla original.",
        title="Título original",
        lead="Entradilla original.",
        language="es",
        published_at=None,
        blocks=BLOCKS,
    )
    defaults.update(kwargs)
    return ArticleFactory(**defaults)


def sent():
    return [text for call in DummyBackend.calls for text in call[1]]


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_a_complete_translation_is_written_and_published():
    article = translate_article(pending())
    assert article.translation_state == Article.TranslationState.DONE
    assert article.status == Article.Status.PUBLISHED
    assert (article.title, article.lead) == ("[FR] Título original", "[FR] Entradilla original.")
    assert (article.original_title, article.language) == ("Título original", "fr")
    assert article.machine_translated and article.translation_backend == "Dummy"
    blocks = list(article.blocks.all())
    assert [b.kind for b in blocks] == ["heading", "paragraph", "quote", "image"]
    assert blocks[1].text == "[FR] Lloyd Austin habló. [FR] Rusia tiene 2 000 armas."
    assert blocks[1].original_text == "Lloyd Austin habló. Rusia tiene 2 000 armas."
    assert blocks[2].attrs == {"speaker": "Ana Pérez"}
    assert blocks[3].attrs["alt"] == "[FR] Grúas" and blocks[3].attrs["original_alt"] == "Grúas"
    assert blocks[3].attrs["src"] == "/media/a.png"
    assert article.translation_warnings == []
    attempt = TranslationAttempt.objects.get(article=article)
    assert attempt.ok and attempt.segments_sent == 8


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_review_sources_go_to_the_review_queue():
    article = translate_article(
        pending(source=SourceFactory(publish_mode=Source.PublishMode.REVIEW))
    )
    assert article.status == Article.Status.REVIEW


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_edited_blocks_are_never_overwritten_and_revised_titles_kept():
    article = translate_article(pending())
    block = article.blocks.get(position=1)
    block.text, block.edited = "Lloyd Austin a parlé. La Russie a 2 000 armes.", True
    block.save()
    Article.objects.filter(pk=article.pk).update(title="Titre revu", translation_revised=True)
    DummyBackend.calls.clear()
    article = translate_article(Article.objects.get(pk=article.pk), force=True)
    assert article.blocks.get(position=1).text == "Lloyd Austin a parlé. La Russie a 2 000 armes."
    assert article.title == "Titre revu"
    assert sent() == []  # everything else came from the cache


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"DROP": r"ZXQ\d+Q"}}}
)
def test_quality_warnings_are_recorded_for_editors():
    article = translate_article(pending())
    values = {(w["kind"], w["value"], w["where"]) for w in article.translation_warnings}
    assert ("placeholder", "Lloyd Austin", "bloc 2") in values
    assert ("placeholder", "2 000", "bloc 2") in values
    assert all(w["message"] for w in article.translation_warnings)


@override_settings(NOUVELLES_TRANSLATION=DOWN, NOUVELLES_TRANSLATION_RETRY_SECONDS=60)
def test_backend_down_leaves_the_article_waiting_with_the_error_in_words():
    article = translate_article(pending())
    assert article.translation_state == Article.TranslationState.PENDING
    assert article.status == Article.Status.DRAFT  # never published untranslated
    assert article.title == "Título original"
    assert "Dummy is unreachable" in article.translation_error
    job = TranslationJob.objects.get(article=article)
    assert job.attempts == 1
    first_delay = job.next_attempt_at - timezone.now()
    assert timedelta(seconds=50) < first_delay <= timedelta(seconds=60)
    # Not due yet: the sweep leaves it alone.
    assert translate_pending() == {}
    job.next_attempt_at = timezone.now() - timedelta(seconds=1)
    job.save()
    results = translate_pending()
    assert "Dummy is unreachable" in results[article.pk]
    job.refresh_from_db()
    assert job.attempts == 2
    second_delay = job.next_attempt_at - timezone.now()
    assert timedelta(seconds=110) < second_delay <= timedelta(seconds=120)  # doubled


@override_settings(NOUVELLES_TRANSLATION=DOWN, NOUVELLES_TRANSLATION_MAX_ATTEMPTS=2)
def test_after_the_last_attempt_the_article_is_marked_failed():
    article = translate_article(pending())
    TranslationJob.objects.filter(article=article).update(next_attempt_at=None)
    article = translate_article(article)
    assert article.translation_state == Article.TranslationState.FAILED
    assert article.translation_error.startswith("La traduction a échoué après 2 tentative")
    assert TranslationJob.objects.get(article=article).next_attempt_at is None
    assert translate_pending() == {}  # failed articles wait for an editor


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {
            "BACKEND": "dummy",
            "OPTIONS": {"MAX_SEGMENTS": 3, "FAIL": "timeout", "FAIL_AFTER": 1},
        }
    }
)
def test_timeout_halfway_leaves_it_visibly_incomplete_and_never_half_published():
    article = translate_article(pending())
    assert article.translation_state == Article.TranslationState.PARTIAL
    assert article.translation_error.startswith("3 segments traduits sur 8")
    assert "did not answer within" in article.translation_error
    assert article.status == Article.Status.DRAFT
    assert article.title == "Título original"
    assert not article.blocks.filter(text__startswith="[FR]").exists()
    # The retry (backend back) sends only what is left.
    DummyBackend.calls.clear()
    with override_settings(NOUVELLES_TRANSLATION=DUMMY):
        article = translate_article(article)
    assert article.translation_state == Article.TranslationState.DONE
    assert len(sent()) == 5


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"FAIL": "garbage"}}}
)
def test_original_first_publishes_the_original_and_keeps_it_until_the_translation_is_complete():
    source = SourceFactory(translation_policy=Source.TranslationPolicy.ORIGINAL_FIRST)
    article = pending(source=source)
    on_article_stored(article)  # the immediate task backend runs the translation at once
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.language == "es" and not article.machine_translated
    assert article.translation_state == Article.TranslationState.PENDING
    assert "not JSON" in article.translation_error
    assert article.title == "Título original"
    with override_settings(NOUVELLES_TRANSLATION=DUMMY):
        article = translate_article(article)
    assert article.status == Article.Status.PUBLISHED
    assert article.language == "fr" and article.title == "[FR] Título original"


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_wait_policy_publishes_only_once_translated():
    article = pending(source=SourceFactory())
    on_article_stored(article)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.translation_state == Article.TranslationState.DONE


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["es-fr"]}},
        "uk": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["uk-fr"], "FAIL": "down"}},
    },
    NOUVELLES_TRANSLATION_PIVOTS=[],
)
def test_other_articles_keep_flowing_when_one_backend_is_down():
    spanish = pending()
    ukrainian = pending(original_language="uk", original_title="Заголовок", title="Заголовок")
    results = translate_pending()
    assert results[spanish.pk] == ""
    assert "unreachable" in results[ukrainian.pk]
    assert Article.objects.get(pk=spanish.pk).status == Article.Status.PUBLISHED
    assert Article.objects.get(pk=ukrainian.pk).status == Article.Status.DRAFT


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["es-fr"]}}},
    NOUVELLES_TRANSLATION_PIVOTS=[],
)
def test_no_backend_for_the_pair_fails_at_once_in_words():
    article = translate_article(pending(original_language="uk"))
    assert article.translation_state == Article.TranslationState.FAILED
    assert "no configured backend translates uk→fr" in article.translation_error


@override_settings(NOUVELLES_TRANSLATION={"default": {"BACKEND": "none"}})
def test_none_backend_publishes_the_original_marked_as_such():
    article = translate_article(pending())
    assert article.translation_state == Article.TranslationState.DONE
    assert article.status == Article.Status.PUBLISHED
    assert not article.machine_translated and article.language == "es"
    assert article.title == "Título original"


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["en-es"], "PREFIX": "ES:"}},
        "fr": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["es-fr"], "PREFIX": "FR:"}},
    },
    NOUVELLES_TRANSLATION_PIVOTS=["es"],
)
def test_pivot_is_recorded():
    article = translate_article(pending(original_language="en"))
    assert article.title == "FR:ES:Título original"
    assert article.translation_job.pivot_language == "es"
    assert article.translation_backend == "Dummy via:es"


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_site_language_articles_are_left_alone():
    article = pending(original_language="fr")
    assert translate_article(article).translation_state == Article.TranslationState.PENDING
    assert DummyBackend.calls == []


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_command(capsys):
    first, second = pending(), pending()
    call_command("translate", "--article", str(first.pk))
    assert Article.objects.get(pk=first.pk).translation_state == Article.TranslationState.DONE
    call_command("translate", "--pending")
    assert Article.objects.get(pk=second.pk).translation_state == Article.TranslationState.DONE
    assert "translated 1, failed 0" in capsys.readouterr().out
    with pytest.raises(CommandError, match="no article with id 999999"):
        call_command("translate", "--article", "999999")
    # Re-translating an unchanged article is answered by the cache, even with the backend down.
    with override_settings(NOUVELLES_TRANSLATION=DOWN):
        call_command("translate", "--article", str(first.pk), "--force")
        third = pending(original_title="Otro", blocks=[("paragraph", "", "Texto nuevo.", {})])
        with pytest.raises(CommandError, match="1 article"):
            call_command("translate", "--article", str(third.pk))
    assert Block.objects.filter(article=first, text__startswith="[FR]").count() == 4
    assert "Dummy is unreachable" in capsys.readouterr().err


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"FAIL_ON": "veneno"}}}
)
def test_an_article_the_backend_chokes_on_does_not_hold_back_its_batch():
    good = pending()
    bad = pending(original_title="Un veneno", blocks=[("paragraph", "", "Texto.", {})])
    results = translate_pending()
    assert results[good.pk] == ""
    assert "garbage" in results[bad.pk]
    assert Article.objects.get(pk=good.pk).status == Article.Status.PUBLISHED
    assert Article.objects.get(pk=bad.pk).translation_state == Article.TranslationState.PENDING


@override_settings(NOUVELLES_TRANSLATION=DOWN)
def test_a_backend_down_is_not_asked_again_for_each_article_of_the_batch():
    first, second = pending(), pending(original_title="Otro")
    results = translate_pending()
    assert all("unreachable" in results[a.pk] for a in (first, second))
    assert len(DummyBackend.calls) == 1


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_ingestion_hook_translates_and_publishes():
    from nouvelles.sources.hooks import article_stored

    article = pending(source=SourceFactory())
    article_stored(article, created=True)  # what ingestion sends after its commit
    article.refresh_from_db()
    assert article.translation_state == Article.TranslationState.DONE
    assert article.status == Article.Status.PUBLISHED
    not_foreign = pending(translation_state=Article.TranslationState.NOT_NEEDED)
    article_stored(not_foreign, created=True)
    assert Article.objects.get(pk=not_foreign.pk).title == "Título original"


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_main_image_caption_and_alt_are_translated_and_their_originals_kept():
    article = translate_article(pending(image_caption="Un puerto.", image_alt="Grúas"))
    assert (article.image_caption, article.image_alt) == ("[FR] Un puerto.", "[FR] Grúas")
    job = article.translation_job
    assert (job.original_image_caption, job.original_image_alt) == ("Un puerto.", "Grúas")
    article = translate_article(Article.objects.get(pk=article.pk), force=True)
    assert article.image_caption == "[FR] Un puerto."  # from the original, not translated twice
