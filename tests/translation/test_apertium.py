"""The Apertium backends against the real Debian engine and its APY server."""

import shutil
import subprocess

import pytest
from django.test import override_settings

from nouvelles.core.glossary import GlossaryTerm
from nouvelles.translation.backends.apertium import ApertiumBackend, parse_modes
from nouvelles.translation.backends.apertium_apy import ApertiumApyBackend
from nouvelles.translation.backends.base import BackendUnavailable, UnsupportedPair
from nouvelles.translation.pipeline import translate_texts
from tests.translation.conftest import APERTIUM, needs_apertium

pytestmark = pytest.mark.django_db


def test_parse_modes_maps_iso3_codes_and_skips_variants():
    listing = "  es-fr\n  eng-spa\n  spa-eng_US\n  eco-es-fr\n"
    assert parse_modes(listing) == {("es", "fr"): "es-fr", ("en", "es"): "eng-spa"}


def test_missing_binary_is_explained():
    backend = ApertiumBackend("default", {"BINARY": "apertium-not-installed"})
    with pytest.raises(BackendUnavailable, match="apt-get install apertium"):
        backend.translate_batch(["Hola"], "es", "fr") if backend.modes else backend._base_command()
    assert "not installed" in backend.check()[0]


@needs_apertium
def test_spanish_to_french_for_real_in_one_process_call():
    backend = ApertiumBackend()
    assert ("es", "fr") in backend.language_pairs()
    result = backend.translate_batch(["Hola mundo.", "El gato come pescado.", ""], "es", "fr")
    assert result.texts[0].lower() == "salut monde."
    assert "chat" in result.texts[1] and "poisson" in result.texts[1]
    assert result.texts[2] == ""
    assert result.backend == "Apertium"


@needs_apertium
def test_special_characters_do_not_shift_segments():
    texts = ["Precio: [50] $ ^ ^", "Uno / dos \\ tres <b> @ * #", "Tres."]
    out = ApertiumBackend().translate_batch(texts, "es", "fr").texts
    assert len(out) == 3 and out[2] == "Trois."


@needs_apertium
def test_unsupported_pair():
    with pytest.raises(UnsupportedPair):
        ApertiumBackend().translate_batch(["Привіт"], "uk", "fr")


@needs_apertium
@override_settings(NOUVELLES_TRANSLATION=APERTIUM, NOUVELLES_TRANSLATION_PIVOTS=["es"])
def test_english_to_french_by_pivot_through_spanish_keeps_names_and_numbers():
    outcome = translate_texts(
        ["Defense Secretary Lloyd Austin said Russia has about 2,000 tactical nuclear weapons."],
        "en",
        "fr",
    )
    assert outcome.route.pivot == "es"
    text = outcome.translations[0]
    assert "Lloyd Austin" in text and "Austin Lloyd" not in text
    assert "2,000" in text
    assert "armes nucléaires" in text
    assert outcome.warnings == [[]]


@needs_apertium
@override_settings(NOUVELLES_TRANSLATION=APERTIUM)
def test_spanish_names_numbers_dates_and_glossary_survive():
    outcome = translate_texts(
        [
            "El secretario de Defensa Lloyd Austin habló con la CIA el 12/03/2024.",
            "Según el Pentágono, Rusia posee unas 2 000 armas nucleares tácticas.",
            "Hoy el ОП publicó un comunicado en https://ex.example/a.",
        ],
        "es",
        "fr",
        terms=[GlossaryTerm("ОП", "le Bureau du président")],
    )
    first, second, third = outcome.translations
    assert "Lloyd Austin" in first and "CIA" in first and "12/03/2024" in first
    assert "2 000" in second and "Pentagone" in second
    assert "le Bureau du président" in third and "le le" not in third
    assert "https://ex.example/a" in third


@needs_apertium
def test_bare_command_and_backend_agree():
    """The backend's batching changes nothing: same output as the bare command, sentence by sentence."""
    text = "El gato come pescado."
    bare = subprocess.run(
        [shutil.which("apertium"), "-u", "es-fr"], input=text, capture_output=True, text=True
    ).stdout.strip()
    assert ApertiumBackend().translate_batch(["Hola.", text], "es", "fr").texts[1] == bare


def test_apy_server_backend_against_debian_apertium_apy(apy_url):
    backend = ApertiumApyBackend("apy", {"URL": apy_url, "TIMEOUT": 30})
    assert {("es", "fr"), ("en", "es")} <= backend.language_pairs()
    result = backend.translate_batch(["El gato come pescado.", "Habló ZXQ0Q ayer."], "es", "fr")
    assert "chat" in result.texts[0] and "poisson" in result.texts[0]
    assert "ZXQ0Q" in result.texts[1]
    with pytest.raises(UnsupportedPair):
        backend.translate_batch(["x"], "uk", "fr")


def test_apy_pivot_through_the_server(apy_url):
    settings = {"apy": {"BACKEND": "apertium_apy", "OPTIONS": {"URL": apy_url, "TIMEOUT": 30}}}
    with override_settings(NOUVELLES_TRANSLATION=settings, NOUVELLES_TRANSLATION_PIVOTS=["es"]):
        outcome = translate_texts(["Lloyd Austin met 2,000 soldiers."], "en", "fr")
    assert outcome.route.pivot == "es"
    assert "Lloyd Austin" in outcome.translations[0] and "2,000" in outcome.translations[0]
