import pytest

from nouvelles.core.stemming import WORD_RE, fold_text, split_words, stem_text, stem_word


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("élection", "élections"),  # French plural
        ("electoral", "électoral"),  # accents ignored
        ("électoral", "électorale"),  # feminine
        ("électoral", "électoraux"),  # -aux plural
        ("européen", "européennes"),  # doubled consonant of the feminine
        ("bateau", "bateaux"),
        ("election", "elections"),  # English plural
        ("study", "studies"),  # -y / -ies
        ("run", "running"),  # -ing with doubled consonant
        ("ŒUVRE", "oeuvres"),  # ligature folded
    ],
    ids=lambda v: v,
)
def test_related_forms_share_a_stem(a, b):
    assert stem_text(a) == stem_text(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("guerre", "guère"), ("bus", "but"), ("paix", "pain"), ("thing", "thin")],
)
def test_different_words_keep_different_stems(a, b):
    # Accents are folded, so "guerre"/"guère" differ only by their letters.
    assert stem_text(a) != stem_text(b)


def test_short_words_and_numbers_are_left_alone():
    assert stem_word("les") == "les"
    assert stem_word("2024") == "2024"
    assert stem_word("bus") == "bus"  # -us is not a plural


def test_fold_and_split():
    assert fold_text("Élection à Zürich") == "election a zurich"
    assert split_words("l'élection-surprise, 2024!") == ["l", "election", "surprise", "2024"]
    assert split_words("") == []


def test_other_scripts_keep_their_letters():
    # Cyrillic is not transliterated; its combining marks are folded like Latin ones.
    assert fold_text("Київ") == fold_text("КИЇВ") == "киів"
    assert split_words("Zelensky à Київ") == ["zelensky", "a", "киів"]


def _reference_fold(text: str) -> str:
    """fold_text by its definition, one character at a time."""
    import unicodedata

    folded = text.casefold()
    for char, plain in {"œ": "oe", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d"}.items():
        folded = folded.replace(char, plain)
    for char, plain in {"ð": "d", "þ": "th"}.items():
        folded = folded.replace(char, plain)
    kept = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return (
        kept.encode("ascii", "ignore").decode()
        if all(
            c.isascii() or "\u0300" <= c <= "\u036f" for c in unicodedata.normalize("NFKD", folded)
        )
        else kept
    )


def test_fold_matches_its_definition_on_mixed_texts():
    import random

    rng = random.Random(7)  # noqa: S311 (test data)
    pool = list("abcdeÉéèàçœß\u2019«»—…\u210c\u00a0 ") + [chr(c) for c in range(0x300, 0x370)]
    pool += [chr(c) for c in range(0x400, 0x4FF)] + list("Київ東京אָ")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert fold_text(text) == _reference_fold(text), text
        assert split_words(text) == WORD_RE.findall(_reference_fold(text)), text
