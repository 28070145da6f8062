"""Akismet as one more signal, with moderators' decisions reported back (submit-spam/ham).

We use the maintained `akismet` client. Its API address is fixed in the library, so
we hand it an httpx client whose transport sends every request to
NOUVELLES_AKISMET_URL instead: the production default is Akismet's own address, and
the tests point it at a local server that implements the documented API.
"""

from __future__ import annotations

import logging

import akismet
import httpx
from django.conf import settings

from nouvelles.comments.spam.base import SpamBackend
from nouvelles.core.spam_features import CommentSubmission
from nouvelles.core.types import Verdict

logger = logging.getLogger("nouvelles.comments")
TIMEOUT = httpx.Timeout(5.0)


class RebasedTransport(httpx.BaseTransport):
    """Sends requests made to the library's fixed API address to `base_url` instead."""

    def __init__(self, base_url: str) -> None:
        self.base = httpx.URL(base_url.rstrip("/"))
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = self.base.raw_path.rstrip(b"/") + request.url.raw_path
        request.url = request.url.copy_with(
            scheme=self.base.scheme, host=self.base.host, port=self.base.port, raw_path=path
        )
        request.headers["Host"] = request.url.netloc.decode("ascii")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def make_client() -> akismet.SyncClient:
    config = akismet.Config(key=settings.NOUVELLES_AKISMET_API_KEY, url=settings.NOUVELLES_SITE_URL)
    http = httpx.Client(
        transport=RebasedTransport(settings.NOUVELLES_AKISMET_URL),
        timeout=TIMEOUT,
        headers={"User-Agent": "nouvelles | akismet-python"},
    )
    return akismet.SyncClient(config=config, http_client=http)


def _arguments(submission: CommentSubmission) -> dict:
    args = {
        "comment_type": "comment",
        "comment_author": submission.name,
        "comment_author_email": submission.email,
        "comment_content": submission.text,
        "user_agent": submission.user_agent,
        "permalink": submission.permalink,
        "blog_lang": submission.language,
    }
    if submission.website:
        args["comment_author_url"] = submission.website
    return {k: v for k, v in args.items() if v}


class AkismetBackend(SpamBackend):
    name = "akismet"
    learns = True

    @property
    def enabled(self) -> bool:
        return bool(settings.NOUVELLES_AKISMET_API_KEY)

    def check(self, submission: CommentSubmission) -> list[Verdict]:
        try:
            with make_client() as client:
                answer = client.comment_check(
                    user_ip=submission.ip_address or "127.0.0.1", **_arguments(submission)
                )
        except (akismet.AkismetError, httpx.HTTPError) as exc:
            # One layer among several: its outage must not block comments.
            logger.warning("akismet: comment-check failed: %s", exc)
            return [Verdict(True, f"akismet: unavailable ({exc.__class__.__name__})", None)]
        if answer == akismet.CheckResponse.DISCARD:
            return [Verdict(False, "akismet: blatant spam", 1.0)]
        if answer == akismet.CheckResponse.SPAM:
            return [Verdict(False, "akismet: spam", 0.9)]
        return [Verdict(True, "akismet: not spam", 0.0)]

    def report(self, submission: CommentSubmission, spam: bool) -> None:
        try:
            with make_client() as client:
                submit = client.submit_spam if spam else client.submit_ham
                submit(user_ip=submission.ip_address or "127.0.0.1", **_arguments(submission))
        except (akismet.AkismetError, httpx.HTTPError) as exc:
            logger.warning("akismet: report failed: %s", exc)

    def verify_key(self) -> bool:
        """Is the configured key valid for NOUVELLES_SITE_URL? (Akismet's verify-key.)"""
        try:
            with make_client() as client:
                return client.verify_key()
        except akismet.APIKeyError:
            return False
