import pytest

from nouvelles.core.stemming import fold_text, split_words, stem_text, stem_word


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
