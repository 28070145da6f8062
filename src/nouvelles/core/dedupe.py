"""Duplicates: URL normalisation, content hashes and MinHash signatures for near-duplicates.

Exact duplicates share a GUID, a normalised URL or a content hash. Near-duplicates (the
same wire story republished by another site) share most of their word 3-shingles: each
article gets a 64-value MinHash signature cut into 16 bands of 4 values;
two articles sharing any band key are candidates (≈ 50% similarity and up), confirmed
when the signatures agree on at least the threshold. The band keys are what the app
stores in its persisted index (`sources.models.NearDuplicateBand`).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
MIN_WORDS = 20  # shorter texts get no signature: too little to tell a story apart

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "xtor", "ncid", "ocid", "sr_share",
        "smid", "cid", "s_cid", "wt_mc", "wt.mc_id", "at_medium", "at_campaign", "at_custom1",
        "spm", "share", "amp",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_", "hsa_", "oly_", "vero_", "__hs")
_WORD = re.compile(r"\w+", re.UNICODE)
# Shingles are hashed by us, vectorised: crc32 of each word (stable across processes, as the
# signatures are persisted), three word hashes mixed into one 32-bit shingle hash.
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D], dtype=np.uint64)


def _permutations(seed: int = 1, count: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """MinHash's affine permutations h -> a*h + b (mod 2^32, a odd): what datasketch 2.x's
    default "affine32" scheme draws for this seed. The MinHash is ours (a dozen lines of
    numpy, computed identically: tests check it against datasketch) so that signatures,
    which are persisted, do not depend on a library version, and a worker does not load
    datasketch's LSH module and SciPy (~60 MB) for it."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, count, dtype=np.uint32)
    return a, b


_A, _B = _permutations()


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser (a bijection on 32 bits) over uint32 values."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The form two URLs of the same page share: lower-case scheme and host, no default port,
    no fragment, no tracking parameters, remaining parameters sorted, no trailing slash."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


def content_hash(title: str, text: str) -> str:
    """SHA-256 of the lower-cased words of title and body: same words, same hash."""
    joined = " ".join([*words(title), "␞", *words(text)])
    return hashlib.sha256(joined.encode()).hexdigest()


def minhash_signature(text: str) -> bytes | None:
    """64 uint32 MinHash values over word 3-shingles, as bytes; None for short texts."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return None
    word_hashes = np.array([zlib.crc32(t.encode()) for t in tokens], dtype=np.uint64)
    n = len(tokens) - SHINGLE_WORDS + 1
    mixed = np.zeros(n, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        mixed ^= (word_hashes[offset : offset + n] * _MIX[offset]) & np.uint64(0xFFFFFFFF)
    shingles = _fmix32(np.unique(mixed).astype(np.uint32))
    # One row per shingle, one column per permutation; uint32 arithmetic wraps (mod 2^32).
    return (shingles[:, None] * _A + _B).min(axis=0).astype("<u4").tobytes()


def band_keys(signature: bytes) -> list[int]:
    """One signed 64-bit key per band: the LSH buckets an article goes into."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS * 4 : (band + 1) * ROWS * 4]
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    va = np.frombuffer(a, dtype="<u4")
    vb = np.frombuffer(b, dtype="<u4")
    if va.shape != vb.shape or not len(va):
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)
