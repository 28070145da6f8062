"""French typography: one case per rule, the reason in the id."""

import pytest

from nouvelles.core.typography import APOSTROPHE, NNBSP, french_typography

N = NNBSP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('Il a dit "bonjour".', f"Il a dit «{N}bonjour{N}».", id="straight-quotes"),
        pytest.param(
            "Il a dit “bonjour”.", f"Il a dit «{N}bonjour{N}».", id="english-curly-quotes"
        ),
        pytest.param("« Oui », dit-il", f"«{N}Oui{N}», dit-il", id="guillemets-spaces-normalised"),
        pytest.param("«Oui»", f"«{N}Oui{N}»", id="guillemets-spaces-added"),
        pytest.param("Quoi?", f"Quoi{N}?", id="question-no-space"),
        pytest.param("Quoi ?", f"Quoi{N}?", id="question-ordinary-space"),
        pytest.param(f"Quoi{N}?", f"Quoi{N}?", id="already-typeset-is-stable"),
        pytest.param("Vraiment !", f"Vraiment{N}!", id="exclamation"),
        pytest.param("Un ; deux", f"Un{N}; deux", id="semicolon"),
        pytest.param("Bilan: lourd", f"Bilan{N}: lourd", id="colon"),
        pytest.param("Quoi ?!", f"Quoi{N}?!", id="one-space-before-a-run"),
        pytest.param("À 10:30 précises", "À 10:30 précises", id="time-untouched"),
        pytest.param("Un ratio de 3:2.", "Un ratio de 3:2.", id="ratio-untouched"),
        pytest.param(
            "Voir https://ex.com/a?b=1&c=2: ici",
            f"Voir https://ex.com/a?b=1&c=2{N}: ici",
            id="url-untouched-punctuation-after-typeset",
        ),
        pytest.param("Écrire à a.b@ex.fr !", f"Écrire à a.b@ex.fr{N}!", id="email-untouched"),
        pytest.param("l'homme", f"l{APOSTROPHE}homme", id="apostrophe"),
        pytest.param(
            '"Pourquoi?" a-t-il dit', f"«{N}Pourquoi{N}?{N}» a-t-il dit", id="quote-and-question"
        ),
        pytest.param("", "", id="empty"),
        pytest.param("Sans rien", "Sans rien", id="nothing-to-do"),
        pytest.param("3 ?", f"3{N}?", id="after-a-digit"),
        pytest.param("x \ue000 y?", f"x  y{N}?", id="placeholder-char-in-input-dropped"),
    ],
)
def test_french_typography(text, expected):
    assert french_typography(text) == expected


def test_typography_is_idempotent():
    text = 'Il a dit "non" : « Jamais ! » Voir www.ex.fr/a?b. Fin ?'
    once = french_typography(text)
    assert french_typography(once) == once
