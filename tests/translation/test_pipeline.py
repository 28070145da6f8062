"""The cache, the glossary and routes, through translate_texts with the recording backend."""

# ruff: noqa: RUF001 - Cyrillic letters are deliberate: names and terms in Ukrainian text

import pytest
from django.test import override_settings

from nouvelles.translation.backends.dummy import DummyBackend
from nouvelles.translation.handler import plan_routes
from nouvelles.translation.models import CachedTranslation, GlossaryEntry, LanguagePair
from nouvelles.translation.pipeline import PartialTranslation, translate_texts

pytestmark = pytest.mark.django_db
DUMMY = {"default": {"BACKEND": "dummy"}}


def sent():
    return [text for call in DummyBackend.calls for text in call[1]]


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_second_run_is_answered_from_the_cache():
    first = translate_texts(["Uno.", "Dos."], "es", "fr")
    assert first.translations == ["[FR] Uno.", "[FR] Dos."]
    assert (first.sent, first.cached) == (2, 0)
    again = translate_texts(["Uno.", "Dos.", "Tres."], "es", "fr")
    assert again.translations[2] == "[FR] Tres."
    assert (again.sent, again.cached) == (1, 2)
    assert sent() == ["Uno.", "Dos.", "Tres."]  # only the new sentence was sent


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_same_sentence_twice_is_sent_once():
    outcome = translate_texts(["Hola.", "Hola.", "Adiós."], "es", "fr")
    assert outcome.translations == ["[FR] Hola.", "[FR] Hola.", "[FR] Adiós."]
    assert sent() == ["Hola.", "Adiós."]


def test_cache_is_per_model_and_pair():
    with override_settings(
        NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"MODEL": "a"}}}
    ):
        translate_texts(["Hola."], "es", "fr")
        translate_texts(["Hola."], "es", "en")
    with override_settings(
        NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"MODEL": "b"}}}
    ):
        translate_texts(["Hola."], "es", "fr")
    assert sent() == ["Hola.", "Hola.", "Hola."]
    assert CachedTranslation.objects.count() == 3


@override_settings(NOUVELLES_TRANSLATION=DUMMY)
def test_glossary_change_invalidates_exactly_the_segments_with_the_term():
    entry = GlossaryEntry.objects.create(term="ОП", translation="le Bureau")
    other = GlossaryEntry.objects.create(term="ЗСУ", translation="les forces armées")
    texts = ["Заява ОП.", "Без терміна.", "Заява ЗСУ."]
    first = translate_texts(texts, "uk", "fr")
    assert first.translations[0] == "[FR] Заява le Bureau."
    entry.translation = "le Bureau du président"
    entry.save()
    DummyBackend.calls.clear()
    again = translate_texts(texts, "uk", "fr")
    assert sent() == ["Заява ZXQ0Q."]  # only the segment containing the edited term
    assert again.translations[0] == "[FR] Заява le Bureau du président."
    assert again.translations[2] == "[FR] Заява les forces armées."
    other.delete()
    DummyBackend.calls.clear()
    translate_texts(texts, "uk", "fr")
    assert sent() == ["Заява ZXQ0Q."]  # protected as an acronym now, not a glossary term


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"MAX_SEGMENTS": 2}}}
)
def test_long_batches_are_chunked_within_the_backend_limits():
    translate_texts([f"Frase {i}." for i in range(5)], "es", "fr")
    assert [len(call[1]) for call in DummyBackend.calls] == [2, 2, 1]


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["en-es"], "PREFIX": "ES:"}},
        "second": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["es-fr"], "PREFIX": "FR:"}},
    },
    NOUVELLES_TRANSLATION_PIVOTS=["es"],
)
def test_pivot_through_a_third_language_when_no_direct_pair():
    outcome = translate_texts(["Hello."], "en", "fr")
    assert outcome.route.pivot == "es"
    assert outcome.translations == ["FR:ES:Hello."]
    assert str(outcome.route) == "Dummy (en → es → fr)"


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"FAIL": "down"}},
        "backup": {"BACKEND": "dummy", "OPTIONS": {"PREFIX": "BACKUP:"}},
    }
)
def test_fallback_to_the_next_backend():
    outcome = translate_texts(["Hola."], "es", "fr")
    assert outcome.translations == ["BACKUP:Hola."]
    assert [c[0] for c in DummyBackend.calls] == ["default", "backup"]


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "dummy", "OPTIONS": {"PREFIX": "A:"}},
        "b": {"BACKEND": "dummy", "OPTIONS": {"PREFIX": "B:"}},
    },
    NOUVELLES_TRANSLATION_ROUTES={"es-fr": ["b", "default"]},
)
def test_order_per_pair_from_settings_then_admin():
    assert translate_texts(["Uno."], "es", "fr").translations == ["B:Uno."]
    assert translate_texts(["Uno."], "es", "en").translations == [
        "A:Uno."
    ]  # not listed: default first
    LanguagePair.objects.create(source="es", target="fr", backends="default")
    assert [str(r) for r in plan_routes("es", "fr")] == ["Dummy (es → fr)"]
    assert translate_texts(["Dos."], "es", "fr").translations == ["A:Dos."]


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"PAIRS": ["es-fr"]}}},
    NOUVELLES_TRANSLATION_PIVOTS=["en"],
)
def test_no_route_is_a_final_error_in_words():
    with pytest.raises(PartialTranslation, match="no configured backend translates uk→fr") as exc:
        translate_texts(["Привіт."], "uk", "fr")
    assert exc.value.retryable is False


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {
            "BACKEND": "dummy",
            "OPTIONS": {"MAX_SEGMENTS": 1, "FAIL": "timeout", "FAIL_AFTER": 2},
        }
    }
)
def test_failure_halfway_keeps_the_done_part_in_the_cache():
    with pytest.raises(PartialTranslation, match="did not answer") as exc:
        translate_texts(["Uno.", "Dos.", "Tres.", "Cuatro."], "es", "fr")
    assert (exc.value.done, exc.value.total) == (2, 4)
    assert CachedTranslation.objects.count() == 2


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"DROP": r"ZXQ\d+Q"}}}
)
def test_lost_names_and_numbers_become_warnings_and_are_cached_with_the_text():
    outcome = translate_texts(["Lloyd Austin habló de 2 000 armas."], "es", "fr")
    assert {(w.kind, w.value) for w in outcome.warnings[0]} == {
        ("placeholder", "Lloyd Austin"),
        ("placeholder", "2 000"),
    }
    again = translate_texts(["Lloyd Austin habló de 2 000 armas."], "es", "fr")
    assert again.cached == 1 and again.warnings == outcome.warnings
