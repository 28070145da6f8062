"""Protecting names, numbers, dates, URLs and glossary terms; checking them afterwards."""

# ruff: noqa: RUF001 - Cyrillic letters are deliberate: names and terms in Ukrainian text

import pytest

from nouvelles.core.glossary import GlossaryTerm, find_terms, fingerprint_terms
from nouvelles.core.protect import (
    QualityWarning,
    check_translation,
    match_initial_case,
    protect_text,
    restore_text,
)


def kinds(text, **kwargs):
    p = protect_text(text, **kwargs)
    return list(zip(p.kinds, p.originals, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según el Pentágono, Rusia posee unas 2 000 armas.", [("number", "2 000")]),
        ("Habló Lloyd Austin ayer.", [("name", "Lloyd Austin")]),
        # A sentence-opening word is not part of the name.
        ("Según Lloyd Austin, no.", [("name", "Lloyd Austin")]),
        # Institution words before a name are not the name ("Austin Lloyd" came from this).
        ("El secretario de Defensa Lloyd Austin habló.", [("name", "Lloyd Austin")]),
        ("Lo dijo William J. Burns.", [("name", "William J. Burns")]),
        ("La CIA lo sabe.", [("name", "CIA")]),
        ("El 12/03/2024 a las 10:30.", [("date", "12/03/2024"), ("time", "10:30")]),
        ("Cuesta 1.500 millones, un 3,5% más.", [("number", "1.500"), ("number", "3,5%")]),
        ("Pagó $300 y 45 €.", [("number", "$300"), ("number", "45 €")]),
        ("Ver https://ex.example/a?b=1. Fin.", [("url", "https://ex.example/a?b=1")]),
        ("Escriba a prensa@ex.example hoy.", [("email", "prensa@ex.example")]),
        ("Leyó el libro «Cien años de soledad» ayer.", [("title", "Cien años de soledad")]),
        # Quoted speech is translated, not protected.
        ("«No vemos ninguna señal», dijo.", []),
        # Plain small numbers stay in the text (grammar) but are checked afterwards.
        ("Murieron 200 soldados.", []),
        # A title-case headline is not a list of names.
        ("Russia Discusses Nuclear Weapons Against Ukraine", []),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_protected_spans(text, expected):
    assert kinds(text) == expected


def test_glossary_terms_win_and_are_replaced_by_their_translation():
    glossary = [GlossaryTerm("ОП", "le Bureau du président")]
    p = protect_text("У ОП заявили, що 2 000 солдатів.", glossary)
    assert p.kinds == ["glossary", "number"]
    restored, lost = restore_text(p.text.replace("У", "Dans"), p)
    assert restored == "Dans le Bureau du président заявили, що 2 000 солдатів."
    assert lost == []


def test_glossary_article_is_not_doubled():
    p = protect_text("Hoy el ОП habló.", [GlossaryTerm("ОП", "le Bureau du président")])
    restored, _ = restore_text("Aujourd'hui le ZXQ0Q a parlé.", p)
    assert restored == "Aujourd'hui le Bureau du président a parlé."


def test_keep_entries_keep_the_term():
    p = protect_text("Vino Ana Pérez.", [GlossaryTerm("Vino")])  # a brand, not "came"
    assert p.values[0] == "Vino"


def test_placeholders_survive_tolerant_spacing_and_case():
    p = protect_text("Habló Lloyd Austin con la CIA.")
    restored, lost = restore_text("A parlé zxq 0 q avec la *ZXQ1Q.", p)
    assert restored == "A parlé Lloyd Austin avec la CIA."
    assert lost == []


def test_a_lost_placeholder_is_reported():
    p = protect_text("Habló Lloyd Austin.")
    _restored, lost = restore_text("Il a parlé.", p)
    assert lost == [QualityWarning("placeholder", "Lloyd Austin")]


def test_check_translation_reports_altered_numbers_and_names():
    original = "Lloyd Austin dijo que hay 2 000 armas y 200 soldados."
    p = protect_text(original)
    good = "Lloyd Austin a dit qu'il y a 2 000 armes et 200 soldats."
    assert check_translation(original, good, p) == []
    # Same digits, other separators: the number is the same.
    assert check_translation(original, good.replace("2 000", "2,000"), p) == []
    bad = "Austin Lloyd a dit qu'il y a 2 armes et 20 soldats."
    assert check_translation(original, bad, p) == [
        QualityWarning("number", "2 000"),
        QualityWarning("number", "200"),
        QualityWarning("name", "Lloyd Austin"),
    ]


def test_match_initial_case():
    assert match_initial_case("Rusia tiene.", "la Russie a.") == "La Russie a."
    assert match_initial_case("«No», dijo.", "«non», a-t-il dit.") == "«Non», a-t-il dit."
    assert match_initial_case("iPhone nuevo.", "iPhone neuf.") == "iPhone neuf."


def test_find_terms_whole_words_only_and_fingerprint_per_match():
    terms = [
        GlossaryTerm("ОП", "le Bureau"),
        GlossaryTerm("OTAN", ""),
        GlossaryTerm("op", "x", False),
    ]
    assert find_terms("ТОПЛИВО", terms) == []  # inside a word: no match
    found = find_terms("ОП і OTAN", terms)
    assert {t.term for t in found} == {"ОП", "OTAN"}
    assert fingerprint_terms([]) == ""
    assert fingerprint_terms(found) == fingerprint_terms(list(reversed(found)))
    changed = [GlossaryTerm("ОП", "le Bureau du président"), GlossaryTerm("OTAN", "")]
    assert fingerprint_terms(changed) != fingerprint_terms(found)
