import pytest

from nouvelles.core.search_query import MAX_TERMS, parse_query


def test_words_are_folded_and_stop_words_dropped():
    q = parse_query("Les élections en Ukraine")
    assert q.words == ("elections", "ukraine")
    assert q.stems == ("election", "ukrain")
    assert not q.truncated


def test_quoted_phrase_keeps_its_stop_words():
    q = parse_query('"président de la République" Macron')
    assert q.phrases == (("president", "de", "la", "republique"),)
    assert q.words == ("macron",)
    assert "de" not in q.highlight_stems()


@pytest.mark.parametrize(
    "text",
    [
        'crise "énergie',  # unbalanced quote
        "crise) OR (énergie",  # operators and parentheses are plain words
        "crise AND NOT énergie*",
        "crise'; DROP TABLE articles_article; --",
        "crise\x00énergie",  # NUL splits words
        "NEAR(crise énergie)",
        "crise:énergie ^title -body",
    ],
)
def test_hostile_text_becomes_plain_words(text):
    q = parse_query(text)
    assert "crise" in q.words
    for word in q.words:
        assert word.isalnum()
    for phrase in q.phrases:
        assert all(w.isalnum() for w in phrase)


def test_long_query_is_capped():
    q = parse_query("guerre " * 2000)
    assert q.truncated
    assert q.words == ("guerre",)
    many = parse_query(" ".join(f"mot{i}" for i in range(50)))
    assert len(many.words) == MAX_TERMS and many.truncated
    at_limit = parse_query(" ".join(f"mot{i}" for i in range(MAX_TERMS)))
    assert len(at_limit.words) == MAX_TERMS and not at_limit.truncated


def test_empty_and_stop_words_only():
    assert parse_query("").is_empty
    assert parse_query('  ""  ()  ').is_empty
    assert parse_query("The Who").words == ("who",)
    assert parse_query("de la").words == ("de", "la")  # only stop words: keep them
