"""Spam filter quality on labelled comments kept apart from training.

Trains the starter model exactly as the site does (on src/nouvelles/comments/data/
spam_train.jsonl), then runs the rules and the classifier on benchmarks/data/
spam_heldout.jsonl (another seed, plus templates training never saw) and routes each
comment with the default thresholds. Prints the confusion matrix and the three-way
routing; exits 1 when spam recall < 0.95 or more than 1 % of real comments are marked spam.

    .venv/bin/python benchmarks/spam_quality.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nouvelles import conf
from nouvelles.core import spam_rules
from nouvelles.core.comment_corpus import read_jsonl
from nouvelles.core.spam_classifier import train_model

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "src" / "nouvelles" / "comments" / "data" / "spam_train.jsonl"
HELDOUT = ROOT / "benchmarks" / "data" / "spam_heldout.jsonl"
MIN_RECALL = 0.95
MAX_HAM_AS_SPAM = 0.01


def main() -> int:
    settings = conf.load({})
    spam_threshold = settings["NOUVELLES_COMMENTS_SPAM_THRESHOLD"]
    pending_threshold = settings["NOUVELLES_COMMENTS_PENDING_THRESHOLD"]
    train, heldout = read_jsonl(TRAIN), read_jsonl(HELDOUT)
    overlap = {e.submission.text for e in train} & {e.submission.text for e in heldout}
    started = time.perf_counter()
    model = train_model(train)
    trained = time.perf_counter() - started
    started = time.perf_counter()
    scores = model.score([e.submission for e in heldout])
    routed = []
    for example, score in zip(heldout, scores, strict=True):
        s = example.submission
        verdicts = [
            spam_rules.check_link_count(s, settings["NOUVELLES_COMMENTS_MAX_LINKS"]),
            spam_rules.check_blocklisted_words(s, settings["NOUVELLES_COMMENTS_BLOCKLIST_WORDS"]),
            spam_rules.check_blocklisted_domains(
                s, settings["NOUVELLES_COMMENTS_BLOCKLIST_DOMAINS"]
            ),
        ]
        combined = max([score] + [v.score for v in verdicts if not v.ok and v.score is not None])
        status = spam_rules.route_comment(
            combined,
            trusted=True,  # measure the filter alone, not the first-time hold
            hold_first_time=False,
            spam_threshold=spam_threshold,
            pending_threshold=pending_threshold,
        )
        routed.append((example.spam, status))
    filtered = time.perf_counter() - started

    def count(spam: bool, status: str) -> int:
        return sum(1 for is_spam, st in routed if is_spam is spam and st == status)

    n_spam = sum(1 for is_spam, _ in routed if is_spam)
    n_ham = len(routed) - n_spam
    tp, fn = count(True, "spam"), n_spam - count(True, "spam")
    fp, tn = count(False, "spam"), n_ham - count(False, "spam")
    recall = tp / n_spam
    ham_as_spam = fp / n_ham
    print(
        f"training: {len(train)} comments ({trained:.2f} s); held out: {len(heldout)} "
        f"({n_spam} spam, {n_ham} real), texts shared with training: {len(overlap)}"
    )
    print(f"thresholds: spam >= {spam_threshold}, pending >= {pending_threshold}")
    print(f"filter time: {1000 * filtered / len(heldout):.2f} ms per comment")
    print()
    print("confusion matrix (marked spam vs not):")
    print(f"{'':>14} {'marked spam':>12} {'not spam':>10}")
    print(f"{'actual spam':>14} {tp:>12} {fn:>10}")
    print(f"{'actual real':>14} {fp:>12} {tn:>10}")
    print()
    print("routing:")
    print(f"{'':>14} {'approved':>9} {'pending':>9} {'spam':>9}")
    for label, spam in (("actual spam", True), ("actual real", False)):
        row = [count(spam, st) for st in ("approved", "pending", "spam")]
        print(f"{label:>14} {row[0]:>9} {row[1]:>9} {row[2]:>9}")
    print()
    print(f"spam recall: {recall:.4f} (floor {MIN_RECALL})")
    print(f"real comments marked spam: {ham_as_spam:.4%} (ceiling {MAX_HAM_AS_SPAM:.0%})")
    print(
        f"spam reaching readers unreviewed: {count(True, 'approved')} "
        f"({count(True, 'approved') / n_spam:.2%})"
    )
    ok = recall >= MIN_RECALL and ham_as_spam <= MAX_HAM_AS_SPAM and not overlap
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
