"""Segmenting blocks into sentences and joining them back."""

import pytest

from nouvelles.core.segments import chunk_texts, join_segments, segment_blocks, split_sentences
from nouvelles.core.types import Block, BlockKind


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Hola mundo. Adiós.", ["Hola mundo.", "Adiós."]),
        # "Sr." is an abbreviation, not a sentence end.
        ("Dijo el Sr. Pérez que sí. Luego calló.", ["Dijo el Sr. Pérez que sí.", "Luego calló."]),
        # An initial inside a name.
        ("Habló J. Kirby. Fin.", ["Habló J. Kirby.", "Fin."]),
        # Closing quote after the full stop stays with its sentence.
        ("«Basta.» Luego salió.", ["«Basta.»", "Luego salió."]),
        # Spanish opening marks start a sentence.
        ("Vino. ¿Y tú? ¡Claro!", ["Vino.", "¿Y tú?", "¡Claro!"]),
        # A decimal number is not a sentence end.
        ("Subió 3.5 puntos hoy.", ["Subió 3.5 puntos hoy."]),
        ("", [""]),
    ],
    ids=["two", "abbreviation", "initial", "closing-quote", "spanish-marks", "decimal", "empty"],
)
def test_split_sentences(text, sentences):
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    assert pieces[0::2] == sentences


def test_line_breaks_of_lists_are_kept():
    text = "Primero.\nSegundo punto.  \n  Tercero."
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    assert pieces[0::2] == ["Primero.", "Segundo punto.", "Tercero."]


def test_blocks_keep_kind_and_attributes_through_a_round_trip():
    blocks = [
        Block(BlockKind.HEADING, "Un título", {"level": 2}),
        Block(BlockKind.QUOTE, "No retrocederemos. Nunca.", {"speaker": "Ana Pérez"}),
        Block(BlockKind.LIST, "Uno.\nDos.", {"ordered": True}),
        Block(BlockKind.IMAGE, "Un puerto.", {"src": "/a.png", "alt": "Grúas", "credit": "X"}),
        Block(BlockKind.EMBED, "", {"url": "https://v.example/1"}),
    ]
    segments = segment_blocks(blocks)
    assert [s.text for s in segments] == [
        "Un título", "No retrocederemos.", "Nunca.", "Uno.", "Dos.", "Un puerto.", "Grúas",
    ]  # fmt: skip
    out = join_segments(blocks, {s: s.text.upper() for s in segments})
    assert [b.kind for b in out] == [b.kind for b in blocks]
    assert out[1].text == "NO RETROCEDEREMOS. NUNCA."
    assert out[1].attrs == {"speaker": "Ana Pérez"}  # the speaker is never translated
    assert out[2].text == "UNO.\nDOS."
    assert out[3].attrs == {"src": "/a.png", "alt": "GRÚAS", "credit": "X"}
    assert out[4] == blocks[4]
    assert blocks[3].attrs["alt"] == "Grúas"  # the input is not modified


def test_missing_translations_keep_the_original():
    blocks = [Block(BlockKind.PARAGRAPH, "Uno. Dos.")]
    first = segment_blocks(blocks)[0]
    assert join_segments(blocks, {first: "Un."})[0].text == "Un. Dos."


@pytest.mark.parametrize(
    ("texts", "max_segments", "max_chars", "chunks"),
    [
        (["a", "b", "c"], 2, 100, [[0, 1], [2]]),  # at the segment limit
        (["aaa", "bbb", "ccc"], 10, 6, [[0, 1], [2]]),  # at the char limit
        (["aaaaaaa", "b"], 10, 6, [[0], [1]]),  # one text above the limit travels alone
        (["a"], 1, 1, [[0]]),
        ([], 5, 5, []),
    ],
)
def test_chunk_texts_respects_limits(texts, max_segments, max_chars, chunks):
    assert chunk_texts(texts, max_segments, max_chars) == chunks
