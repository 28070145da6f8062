"""Rate limits through the HTTP stack: below, at and above the limit, per IP and per e-mail."""

import pytest

from nouvelles.comments import gates
from nouvelles.comments.models import Comment
from tests.comments.helpers import post_comment
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_ip_limit_below_at_above_then_other_ip(client, settings):
    settings.NOUVELLES_COMMENTS_RATE_IP = (2, 60)
    article = ArticleFactory()
    first = post_comment(client, article, email="a@example.org", text="un")
    second = post_comment(client, article, email="b@example.org", text="deux")
    third = post_comment(client, article, email="c@example.org", text="trois")
    assert [first.status_code, second.status_code, third.status_code] == [303, 303, 429]
    assert 1 <= int(third["Retry-After"]) <= 60
    body = third.content.decode()
    assert "Veuillez patienter" in body
    assert "trois" in body  # the reader's text is kept
    assert Comment.objects.count() == 2
    other = client.post(
        *_form_for(client, article, "d@example.org"),
        HTTP_ORIGIN="http://testserver",
        REMOTE_ADDR="10.0.0.2",
    )
    assert other.status_code == 303


def _form_for(client, article, email):
    from tests.comments.helpers import comment_form

    action, fields = comment_form(client.get(article.get_absolute_url()).content)
    fields.update(name="X", email=email, text="autre adresse " + email)
    return action, fields


def test_email_limit(client, settings):
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (1, 60)
    article = ArticleFactory()
    assert post_comment(client, article, text="premier").status_code == 303
    assert post_comment(client, article, text="second").status_code == 429
    assert post_comment(client, article, email="autre@example.org", text="x").status_code == 303


def test_window_reopens_after_its_length(settings):
    settings.NOUVELLES_COMMENTS_RATE_IP = (2, 60)
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (100, 60)
    t = 1_000_000.0
    assert gates.check_rate_limits("10.1.1.1", "a@x.org", now=t).verdict.ok
    assert gates.check_rate_limits("10.1.1.1", "b@x.org", now=t + 1).verdict.ok
    refused = gates.check_rate_limits("10.1.1.1", "c@x.org", now=t + 59)
    assert not refused.verdict.ok and refused.retry_after == 1
    assert gates.check_rate_limits("10.1.1.1", "d@x.org", now=t + 60).verdict.ok


def test_a_hit_stamped_just_before_the_window_start_counts_in_it(settings):
    """Concurrent posts read the clock in one order and reach the counter in another: a
    post stamped a moment before the window's start belongs to that window (it used to
    open a new one, which let bursts through). A clock set back by more than a window
    still starts afresh."""
    settings.NOUVELLES_COMMENTS_RATE_IP = (1, 60)
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (100, 60)
    t = 2_000_000.0
    assert gates.check_rate_limits("10.2.2.2", "a@x.org", now=t).verdict.ok
    late = gates.check_rate_limits("10.2.2.2", "b@x.org", now=t - 0.5)
    assert not late.verdict.ok and late.retry_after == 60
    assert gates.check_rate_limits("10.2.2.2", "c@x.org", now=t - 61).verdict.ok


def test_redis_counts_every_limit_atomically_in_one_call(settings):
    """On Redis the limits are one script call: 20 concurrent posts against a limit of 5
    let exactly 5 through, and one refused by the e-mail limit is counted on the IP."""
    from concurrent.futures import ThreadPoolExecutor

    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    if not isinstance(caches["default"], RedisCache):
        pytest.skip("the default cache is not Redis (set NOUVELLES_TEST_REDIS_URL)")
    settings.NOUVELLES_COMMENTS_RATE_IP = (5, 60)
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (100, 60)
    with ThreadPoolExecutor(max_workers=8) as pool:
        decisions = list(
            pool.map(lambda n: gates.check_rate_limits("10.9.9.9", f"p{n}@x.org"), range(20))
        )
    assert sum(d.verdict.ok for d in decisions) == 5
    refused = [d for d in decisions if not d.verdict.ok]
    assert all("IP address" in d.verdict.reason and 1 <= d.retry_after <= 60 for d in refused)

    settings.NOUVELLES_COMMENTS_RATE_IP = (3, 60)
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (1, 60)
    t = 2_000_000.0
    assert gates.check_rate_limits("10.8.8.8", "same@x.org", now=t).verdict.ok
    by_email = gates.check_rate_limits("10.8.8.8", "same@x.org", now=t + 1)
    assert "e-mail" in by_email.verdict.reason and by_email.retry_after == 59
    assert gates.check_rate_limits("10.8.8.8", "other@x.org", now=t + 2).verdict.ok
    by_ip = gates.check_rate_limits("10.8.8.8", "third@x.org", now=t + 3)
    assert "IP address" in by_ip.verdict.reason and by_ip.retry_after == 57
