"""Extraction quality on the public article-extraction benchmark: ours vs bare trafilatura.

Reads ../shared/data/article-extraction-benchmark (relative to the repository root; never
copied into the project). Scoring, as that benchmark describes it: `\\w+` tokens, 4-token
shingles, true positives = shared shingle counts, false positives/negatives = the surplus
on each side, each page's three counts normalised so every page weighs the same, summed
over pages, then precision, recall and F1 from the sums.

    .venv/bin/python benchmarks/extraction_quality.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import trafilatura  # noqa: E402

from nouvelles.core.extract import ExtractionError, extract_article  # noqa: E402
from nouvelles.core.types import BlockKind  # noqa: E402

# ../shared beside the repository (CI, main checkout); ../../shared from a worktree under wt/.
DATA = next(
    (
        base / "shared" / "data" / "article-extraction-benchmark"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "data" / "article-extraction-benchmark").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "article-extraction-benchmark",
)
TOKEN = re.compile(r"\w+", re.UNICODE)
# The floor our extraction must keep (F1); raise it when extraction improves, never lower it.
FLOOR_F1 = 0.93


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    p, t = shingles(predicted), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0  # both empty: a perfect page
    return tp / total, fp / total, fn / total


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    tp = fp = fn = 0.0
    for predicted, truth in pairs:
        a, b, c = page_counts(predicted, truth)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def ours(html: str, url: str) -> str:
    try:
        article = extract_article(html, url)
    except ExtractionError:
        return ""
    parts = [article.lead] if article.lead else []
    parts += [b.text for b in article.blocks if b.kind != BlockKind.IMAGE]
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}")
        return 2
    truth = json.loads((DATA / "ground-truth.json").read_text())
    ids = sorted(truth)[: args.limit or None]
    bare_pairs, our_pairs = [], []
    bare_time = our_time = 0.0
    for page_id in ids:
        html = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode(
            "utf-8", errors="replace"
        )
        expected = truth[page_id]["articleBody"]
        url = truth[page_id].get("url", "")
        t = time.perf_counter()
        bare = trafilatura.extract(html, url=url) or ""
        bare_time += time.perf_counter() - t
        t = time.perf_counter()
        mine = ours(html, url)
        our_time += time.perf_counter() - t
        bare_pairs.append((bare, expected))
        our_pairs.append((mine, expected))
    bare, mine = score(bare_pairs), score(our_pairs)
    print(f"pages: {len(ids)}")
    for name, s, spent in (("bare trafilatura", bare, bare_time), ("nouvelles", mine, our_time)):
        print(
            f"{name:18} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
            f"F1 {s['f1']:.3f}  ({len(ids) / spent:.1f} pages/s)"
        )
    ok = mine["f1"] >= bare["f1"] and mine["f1"] >= FLOOR_F1
    print("OK: not below bare trafilatura nor the floor" if ok else "FAIL: below bare or floor")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
