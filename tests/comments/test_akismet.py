"""The Akismet backend against a local server implementing Akismet's documented API."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from nouvelles.comments.models import Comment
from nouvelles.comments.spam.akismet import AkismetBackend
from tests.comments.helpers import post_comment
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
KEY = "abc123key"


class FakeAkismet:
    """comment-check, submit-spam, submit-ham and verify-key, as documented by Akismet."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, str]]] = []

    def answer(self, path: str, form: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        self.calls.append((path, form))
        if path == "/1.1/verify-key":
            return 200, {}, b"valid" if form.get("key") == KEY else b"invalid"
        if form.get("api_key") != KEY:
            return 200, {"X-akismet-debug-help": "invalid key"}, b"invalid"
        if path == "/1.1/comment-check":
            content = form.get("comment_content", "")
            if "blatant" in content:
                return 200, {"X-akismet-pro-tip": "discard"}, b"true"
            return 200, {}, b"true" if "spammy" in content else b"false"
        if path in {"/1.1/submit-spam", "/1.1/submit-ham"}:
            return 200, {}, b"Thanks for making the web a better place."
        return 404, {}, b"not found"


@pytest.fixture
def akismet_server(settings) -> Iterator[FakeAkismet]:
    fake = FakeAkismet()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            status, headers, body = fake.answer(self.path, form)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    settings.NOUVELLES_AKISMET_API_KEY = KEY
    settings.NOUVELLES_AKISMET_URL = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_verify_key(akismet_server, settings):
    assert AkismetBackend().verify_key() is True
    settings.NOUVELLES_AKISMET_API_KEY = "wrong"
    assert AkismetBackend().verify_key() is False


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        ("Un avis ordinaire sur le budget.", "pending", "akismet: not spam"),
        ("spammy words here", "pending", "akismet: spam"),  # 0.9: held, not hidden
        ("blatant junk", "spam", "akismet: blatant spam"),
    ],
)
def test_comment_check_is_one_more_signal(client, akismet_server, text, status, reason):
    article = ArticleFactory()
    post_comment(client, article, text=text)
    comment = Comment.objects.get()
    assert comment.status == status
    assert reason in comment.spam_reasons
    path, form = akismet_server.calls[-1]
    assert path == "/1.1/comment-check"
    assert form["comment_content"] == text
    assert form["user_ip"] == "127.0.0.1"
    assert form["comment_author_email"] == "marie@example.org"
    assert form["blog"].startswith("http")


def test_moderator_decisions_are_reported(admin_client, client, akismet_server):
    article = ArticleFactory()
    post_comment(client, article, text="spammy but actually fine")
    comment = Comment.objects.get()
    admin_client.post(
        "/admin/comments/comment/", {"action": "approve", "_selected_action": [comment.pk]}
    )
    assert akismet_server.calls[-1][0] == "/1.1/submit-ham"
    admin_client.post(
        "/admin/comments/comment/", {"action": "mark_spam", "_selected_action": [comment.pk]}
    )
    assert akismet_server.calls[-1][0] == "/1.1/submit-spam"
    assert akismet_server.calls[-1][1]["comment_content"] == "spammy but actually fine"


def test_unreachable_akismet_does_not_block_comments(client, settings):
    settings.NOUVELLES_AKISMET_API_KEY = KEY
    settings.NOUVELLES_AKISMET_URL = "http://127.0.0.1:9"  # nothing listens there
    article = ArticleFactory()
    assert post_comment(client, article, text="Toujours reçu.").status_code == 303
    comment = Comment.objects.get()
    assert any(r.startswith("akismet: unavailable") for r in comment.spam_reasons)
