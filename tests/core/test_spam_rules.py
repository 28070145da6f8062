import pytest

from nouvelles.core import spam_rules
from nouvelles.core.spam_features import CommentSubmission, fingerprint_text


def sub(text="", **kw):
    return CommentSubmission(text=text, **kw)


@pytest.mark.parametrize(
    ("elapsed", "ok"),
    [(2.9, False), (3.0, True), (3.1, True), (100.0, True), (101.0, False)],
    ids=["below", "at", "above", "at-max-age", "expired"],
)
def test_min_delay_below_at_above(elapsed, ok):
    assert spam_rules.check_min_delay(1000.0, 1000.0 + elapsed, 3, 100).ok is ok


@pytest.mark.parametrize(
    ("text", "website", "ok"),
    [
        ("https://a.org https://b.org", "", True),  # at the limit
        ("https://a.org https://b.org", "https://c.org", False),  # the website counts too
        ("no link", "", True),
    ],
)
def test_link_count(text, website, ok):
    assert spam_rules.check_link_count(sub(text, website=website), 2).ok is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Meilleur CASINO en-ligne !", False),  # folded case, punctuation between words
        ("Le casino de la ville ferme en ligne droite", True),  # not the phrase
        ("Achetez du Viagra", False),
        ("viagrafree", True),  # whole words only
    ],
)
def test_blocklisted_words(text, ok):
    verdict = spam_rules.check_blocklisted_words(sub(text), ["casino en ligne", "viagra"])
    assert verdict.ok is ok
    if not ok:
        assert "blocklisted word" in verdict.reason


@pytest.mark.parametrize(
    ("kwargs", "ok"),
    [
        ({"text": "voir https://shop.spam.example/x"}, False),  # subdomain
        ({"text": "x", "website": "http://www.spam.example"}, False),
        ({"text": "x", "email": "a@spam.example"}, False),
        ({"text": "voir https://notspam.example"}, True),  # suffix but not a subdomain
    ],
)
def test_blocklisted_domains(kwargs, ok):
    assert spam_rules.check_blocklisted_domains(sub(**kwargs), ["spam.example"]).ok is ok


def test_repeated_content_and_fingerprint_ignore_case_and_spacing():
    assert fingerprint_text("Hello   World!") == fingerprint_text("hello world")
    assert spam_rules.check_repeated_content(0, 24).ok
    assert not spam_rules.check_repeated_content(1, 24).ok


def test_honeypot():
    assert spam_rules.check_honeypot("").ok
    assert not spam_rules.check_honeypot("http://x").ok


@pytest.mark.parametrize(
    ("score", "trusted", "status"),
    [
        (0.97, True, "spam"),
        (0.96, True, "pending"),
        (0.5, True, "pending"),
        (0.49, True, "approved"),
        (0.49, False, "pending"),
    ],
)
def test_route_comment(score, trusted, status):
    assert (
        spam_rules.route_comment(
            score, trusted=trusted, hold_first_time=True, spam_threshold=0.97, pending_threshold=0.5
        )
        == status
    )
