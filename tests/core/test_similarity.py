"""Text → features: normalisation across French, English and Spanish, entity weighting."""

import pytest

from nouvelles.core.similarity import (
    cosine,
    fold,
    near_identical_titles,
    stem,
    term_counts,
    tokenize,
    weigh_terms,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gouvernements", "gouvernement"),  # French plural
        ("élection", "election"),  # accents folded
        ("protesters", "protests"),  # English inflections meet on a prefix
        ("manifestantes", "manifestante"),  # Spanish plural
    ],
)
def test_inflections_share_a_stem(a, b):
    assert stem(fold(a)) == stem(fold(b))


def test_fold_strips_accents_and_case():
    assert fold("Élysée à Séville, España") == "elysee a seville, espana"


def test_stopwords_of_three_languages_are_dropped():
    tokens = [t for t, _e in tokenize("Le gouvernement and the government y el gobierno")]
    assert tokens == ["gouvern", "governm", "gobiern"]


def test_capitalised_words_and_numbers_are_entities_but_not_sentence_starts():
    tokens = dict(tokenize("Séisme à Arequipa. Bilan de 41 morts selon Rosa Quispe"))
    assert tokens["arequip"] and tokens["41"] and tokens["rosa"] and tokens["quisp"]
    assert not tokens["seism"]  # capitalised only because it opens the sentence
    assert not tokens["bilan"]


def test_title_and_entities_weigh_more_than_body_words():
    counts = term_counts("Grève à Marseille", "", "grève dans le port")
    assert counts["marseil"] > counts["port"]
    assert counts["grev"] > counts["port"]


def test_vectors_are_normalised_and_deterministic():
    counts = term_counts("Un séisme frappe Izmir", "Bilan de 17 morts", "Les secours cherchent")
    v1 = weigh_terms(counts, {}, 40)
    v2 = weigh_terms(dict(reversed(list(counts.items()))), {}, 40)
    assert v1 == v2
    assert cosine(v1, v1) == pytest.approx(1.0)


def test_max_terms_keeps_the_heaviest():
    counts = {"a1": 5.0, "b2": 1.0, "c3": 3.0}
    assert set(weigh_terms(counts, {}, 2)) == {"a1", "c3"}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Séisme à Izmir : 17 morts", "Séisme à Izmir: 17 morts", True),  # punctuation only
        ("Séisme à Izmir : 17 morts", "Seisme a Izmir : 17 morts", True),  # accents only
        ("Séisme à Izmir : 17 morts", "Séisme à Izmir : le bilan grimpe à 30 morts", False),
    ],
)
def test_near_identical_titles(a, b, expected):
    assert near_identical_titles(a, b) is expected


@pytest.mark.parametrize("word", ["Paris", "ÉLYSÉE", "naïve", "Œuvre", "straße", "x", "ﬁn", ""])
def test_fold_of_ascii_and_other_words_is_nfkd_without_marks(word):
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.lower())
    assert fold(word) == "".join(c for c in decomposed if not unicodedata.combining(c))
