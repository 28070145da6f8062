"""Rules every comment passes through; each returns a Verdict with its reason in words.

A rule that objects returns ``Verdict(ok=False, reason, score)``: the score is how
sure the rule is that the comment is spam (1.0 certain); the caller routes on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from nouvelles.core.spam_features import (
    CommentSubmission,
    domain_of,
    submission_urls,
    tokenize_words,
)
from nouvelles.core.types import Verdict


def check_honeypot(value: str) -> Verdict:
    """The hidden field people never see (and bots fill in) must stay empty."""
    if value.strip():
        return Verdict(False, "honeypot field filled in", 1.0)
    return Verdict(True)


def check_min_delay(issued_at: float, now: float, min_seconds: float, max_age: float) -> Verdict:
    """The form must have been shown at least `min_seconds` ago, and at most `max_age` ago."""
    elapsed = now - issued_at
    if elapsed < min_seconds:
        return Verdict(
            False, f"sent {elapsed:.1f}s after the form was shown (minimum {min_seconds}s)", 1.0
        )
    if elapsed > max_age:
        return Verdict(False, f"form shown {elapsed:.0f}s ago: expired (maximum {max_age}s)", 0.0)
    return Verdict(True)


def check_link_count(submission: CommentSubmission, max_links: int) -> Verdict:
    """More links than `max_links` (text and website together) is a link drop until a human says otherwise."""
    count = len(submission_urls(submission))
    if count > max_links:
        return Verdict(False, f"{count} links (more than {max_links})", 0.7)
    return Verdict(True, f"{count} links")


def check_blocklisted_words(submission: CommentSubmission, words: Iterable[str]) -> Verdict:
    """Any blocklisted word or phrase, matched on folded whole words ('Casino en-ligne' too)."""
    haystack = f" {' '.join(tokenize_words(submission.text + ' ' + submission.name))} "
    for word in words:
        needle = " ".join(tokenize_words(word))
        if needle and f" {needle} " in haystack:
            return Verdict(False, f"blocklisted word “{word.strip()}”", 1.0)
    return Verdict(True)


def check_blocklisted_domains(submission: CommentSubmission, domains: Iterable[str]) -> Verdict:
    """A link, website or e-mail on a blocklisted domain (or one of its subdomains)."""
    blocked = {d.strip().lower().removeprefix("www.") for d in domains if d.strip()}
    if not blocked:
        return Verdict(True)
    hosts = [domain_of(url) for url in submission_urls(submission)]
    if submission.email:
        hosts.append(domain_of(submission.email))
    for host in hosts:
        for domain in blocked:
            if host == domain or host.endswith("." + domain):
                return Verdict(False, f"blocklisted domain {domain}", 1.0)
    return Verdict(True)


def check_repeated_content(earlier_copies: int, hours: int) -> Verdict:
    """The same text already posted within the window (counted by the caller) is spam."""
    if earlier_copies > 0:
        return Verdict(
            False, f"same text already posted {earlier_copies} time(s) in the last {hours} h", 0.98
        )
    return Verdict(True)


def route_comment(
    score: float,
    *,
    trusted: bool,
    hold_first_time: bool,
    spam_threshold: float,
    pending_threshold: float,
) -> str:
    """The status a comment gets from its combined filter score.

    Only a score at or above `spam_threshold` hides a comment from moderators' normal
    queue; anything doubtful stays pending, so a real reader is never silently lost.
    """
    if score >= spam_threshold:
        return "spam"
    if score >= pending_threshold:
        return "pending"
    if hold_first_time and not trusted:
        return "pending"
    return "approved"
