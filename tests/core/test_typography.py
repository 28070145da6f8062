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


def _typeset_by_the_definition(text: str) -> str:
    """The rules as they were first written, one regular expression each (the reference
    for the faster `_typeset`)."""
    import re

    from nouvelles.core import typography as t

    spaces = f"[ \t{t.NBSP}{t.NNBSP}]"
    before_high = re.compile(rf"(?<=[\w)\]»…%'\u2019\"\ue000]){spaces}*([;!?]+)")
    before_colon = re.compile(rf"(?<=[\w)\]»…%'\u2019\"\ue000]){spaces}*:(?!\d)")
    if not text or not t._NEEDS_WORK.search(text):
        return text
    text = re.sub(r"(?<=\w)'(?=\w)", t.APOSTROPHE, text)
    if t._QUOTES.search(text):
        text = t._convert_quotes(text)
    text = re.sub(rf"«{spaces}*", "«" + NNBSP, text)
    text = re.sub(rf"{spaces}*»", NNBSP + "»", text)
    text = before_high.sub(lambda m: NNBSP + m.group(1), text)
    return before_colon.sub(NNBSP + ":", text)


def test_the_typesetting_rules_give_what_their_definition_gives():
    import random

    from nouvelles.core.typography import _typeset

    rng = random.Random(7)  # noqa: S311 - test data, not secrets
    alphabet = ["a", "é", "3", "_", " ", " ", "\t", "\u00a0", NNBSP, "'", '"', "“", "”", "«", "»",
                ";", ":", "!", "?", ")", "]", "…", "%", "\u2019", ".", ",", "-", "1", "0"]  # fmt: skip
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    texts += [
        "Le ministre : « Nous verrons ! » Les syndicats ; eux, non ? À 10:30 l'accord.",
        "Quoi ?!  ;  ? :: 3:2 a : b » « c",
    ]
    for text in texts:
        assert _typeset(text) == _typeset_by_the_definition(text), repr(text)
