from nouvelles.core.snippets import build_snippet, highlight_text


def test_matches_are_marked_by_stem_and_text_escaped():
    out = highlight_text("Les <élections> & l'Électorat", frozenset({"election"}))
    assert out == "Les &lt;<mark>élections</mark>&gt; &amp; l&#x27;Électorat"


def test_snippet_window_is_centred_on_matches():
    text = " ".join(f"mot{i}" for i in range(100)) + " élection finale " + "fin " * 50
    out = build_snippet(text, frozenset({"election"}), max_words=20)
    assert "<mark>élection</mark>" in out
    assert out.startswith("… ") and out.endswith(" …")
    assert "mot0 " not in out


def test_snippet_without_match_starts_at_the_beginning():
    out = build_snippet("Un texte court <b>.", frozenset({"absent"}))
    assert out == "Un texte court &lt;b&gt;."
    assert build_snippet("", frozenset({"x"})) == ""
