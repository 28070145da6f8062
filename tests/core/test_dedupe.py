"""URL normalisation, content hash, MinHash near-duplicates."""

import subprocess
import sys
import zlib

import pytest

from nouvelles.core.dedupe import (
    BANDS,
    band_keys,
    content_hash,
    minhash_signature,
    normalize_url,
    similarity,
)

STORY = (
    "The strike at the city's container port entered its second week on Monday with no talks "
    "scheduled between the union and the operators. More than forty ships are waiting offshore "
    "according to the harbour master's office, and retailers say shelves are emptying of "
    "imported goods from electronics to fresh fruit. The chamber of commerce estimates the "
    "losses at twelve million dollars a day."
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://Example.ORG:443/a/b/?utm_source=x&id=3&fbclid=y#frag",
            "https://example.org/a/b?id=3",
        ),
        ("http://example.org:80/", "http://example.org/"),
        ("http://example.org:8080/x?b=2&a=1", "http://example.org:8080/x?a=1&b=2"),
        ("https://example.org/x?gclid=1&mc_cid=2&at_medium=3", "https://example.org/x"),
        ("", ""),
    ],
)
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


def test_content_hash_ignores_case_and_punctuation():
    assert content_hash("Titre", "Un texte, ici.") == content_hash("TITRE", "un texte ici")
    assert content_hash("Titre", "Un texte") != content_hash("Titre", "Un autre texte")


def test_near_duplicate_signatures():
    original = minhash_signature(STORY)
    republished = minhash_signature(STORY.replace("Monday", "Monday morning") + " (AP)")
    other = minhash_signature(
        "The city council adopted the 2027 budget on Monday evening by 31 votes to 14 after a "
        "six-hour debate about schools, transport, the debt and the price of bus tickets for the "
        "students of the three colleges of the eastern districts of the town."
    )
    assert similarity(original, republished) >= 0.7
    assert similarity(original, other) < 0.3
    assert set(band_keys(original)) & set(band_keys(republished))
    assert len(band_keys(original)) == BANDS


def test_short_texts_get_no_signature():
    assert minhash_signature("too short to say") is None


def test_signatures_are_datasketch_minhash_affine32_seed_1():
    """Signatures are persisted: ours must stay what datasketch's MinHash (2.x default
    "affine32" scheme, seed 1, 64 permutations) gives over the same shingle hashes."""
    datasketch = pytest.importorskip("datasketch")
    import numpy as np

    from nouvelles.core import dedupe

    tokens = dedupe.words(STORY * 3)
    hashes = np.array([zlib.crc32(t.encode()) for t in tokens], dtype=np.uint64)
    n = len(tokens) - dedupe.SHINGLE_WORDS + 1
    mixed = np.zeros(n, dtype=np.uint64)
    for offset in range(dedupe.SHINGLE_WORDS):
        mixed ^= (hashes[offset : offset + n] * dedupe._MIX[offset]) & np.uint64(0xFFFFFFFF)
    reference = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=1, hashfunc=lambda v: v)
    assert reference.scheme == "affine32"
    reference.update_batch(np.unique(mixed))
    assert minhash_signature(STORY * 3) == reference.hashvalues.astype("<u4").tobytes()


def test_a_worker_does_not_load_scipy_for_signatures():
    code = (
        "import sys; from nouvelles.core.dedupe import minhash_signature; "
        "minhash_signature('un deux trois ' * 20); print('scipy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
