"""The guarded HTTP layer against real servers on 127.0.0.1."""

from __future__ import annotations

import gzip
import itertools
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from nouvelles.core.fetch import Fetcher, FetchPolicy, parse_retry_after
from nouvelles.core.guard import parse_networks

LOCAL = parse_networks(["127.0.0.0/8"])


def fetcher(**overrides) -> Fetcher:
    options = {
        "allowed_networks": LOCAL,
        "min_host_delay": 0.0,
        "total_timeout": 5.0,
        "respect_robots": False,
    }
    options.update(overrides)
    return Fetcher(FetchPolicy(**options))


def gets(server, path):
    return [r for r in server.requests if r[1] == path]


def test_plain_fetch_sends_user_agent(http_server):
    url = http_server.add("/page", "<p>bonjour</p>", content_type="text/html; charset=utf-8")
    result = fetcher(user_agent="nouvelles-test/1").fetch(url)
    assert result.ok, result.error
    assert result.status == 200
    assert result.text == "<p>bonjour</p>"
    assert gets(http_server, "/page")[0][2]["User-Agent"] == "nouvelles-test/1"


def test_private_address_refused_without_any_request(http_server):
    url = http_server.add("/page", "secret")
    result = fetcher(allowed_networks=(), respect_robots=True).fetch(url)
    assert not result.ok
    assert result.kind == "blocked"
    assert "loopback" in result.error
    assert http_server.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::ffff:192.168.0.1]/",
    ],
)
def test_redirect_to_private_address_refused(http_server, target):
    url = http_server.add("/go", status=302, location=target)
    result = fetcher(allowed_networks=parse_networks(["127.0.0.1/32"])).fetch(url)
    assert result.kind == "blocked", result.error
    assert result.redirects == [target]


def test_redirect_to_other_scheme_refused(http_server):
    url = http_server.add("/go", status=301, location="file:///etc/passwd")
    result = fetcher().fetch(url)
    assert result.kind == "blocked"
    assert "only http and https" in result.error


def test_redirect_loop(http_server):
    http_server.add("/a", status=302, location="/b")
    url = http_server.add("/b", status=302, location="/a")
    result = fetcher().fetch(http_server.url("/a"))
    assert result.kind == "redirects"
    assert "loop" in result.error
    assert url


@pytest.mark.parametrize(("hops", "ok"), [(4, True), (5, True), (6, False)])
def test_at_most_five_redirects(http_server, hops, ok):
    for i in range(hops):
        http_server.add(f"/r{i}", status=302, location=f"/r{i + 1}")
    http_server.add(f"/r{hops}", "arrived")
    result = fetcher().fetch(http_server.url("/r0"))
    assert result.ok is ok, result.error
    if ok:
        assert result.text == "arrived"
        assert result.final_url == http_server.url(f"/r{hops}")
    else:
        assert result.kind == "redirects"


@pytest.mark.parametrize(("size", "ok"), [(999, True), (1000, True), (1001, False)])
def test_size_cap_with_content_length(http_server, size, ok):
    url = http_server.add("/big", b"x" * size)
    result = fetcher(max_bytes=1000).fetch(url)
    assert result.ok is ok
    if not ok:
        assert result.kind == "too_large"
        assert result.body == b""


def _stream_without_length(body: bytes):
    def handler(request):
        request.send_response(200)
        request.send_header("Connection", "close")
        request.end_headers()
        for i in range(0, len(body), 4096):
            request.wfile.write(body[i : i + 4096])

    return handler


def test_size_cap_while_streaming_without_content_length(http_server):
    http_server.add_handler("/stream", _stream_without_length(b"y" * 200_000))
    result = fetcher(max_bytes=50_000).fetch(http_server.url("/stream"))
    assert result.kind == "too_large"


def test_gzip_bomb_stops_at_the_cap(http_server):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    assert len(bomb) < 100_000
    url = http_server.add("/bomb", bomb, content_encoding="gzip")
    result = fetcher(max_bytes=1_000_000).fetch(url)
    assert result.kind == "too_large"
    assert "1,000,000" in result.error


def test_gzip_body_under_the_cap_is_decoded(http_server):
    url = http_server.add("/small", gzip.compress("café".encode() * 100), content_encoding="gzip")
    result = fetcher(max_bytes=1_000).fetch(url)
    assert result.ok, result.error
    assert result.text == "café" * 100


def test_stalling_server_times_out(http_server):
    def stall(request):
        request.send_response(200)
        request.send_header("Content-Length", "100")
        request.end_headers()
        request.wfile.write(b"a few bytes")
        request.wfile.flush()
        time.sleep(3)

    http_server.add_handler("/stall", stall)
    started = time.monotonic()
    result = fetcher(total_timeout=1.0).fetch(http_server.url("/stall"))
    assert result.kind == "timeout", result.error
    assert time.monotonic() - started < 2.9


def test_trickling_server_hits_the_total_timeout(http_server):
    def trickle(request):
        request.send_response(200)
        request.send_header("Content-Length", "100")
        request.end_headers()
        for _ in range(30):
            request.wfile.write(b"a")
            request.wfile.flush()
            time.sleep(0.1)

    http_server.add_handler("/trickle", trickle)
    result = fetcher(total_timeout=1.0).fetch(http_server.url("/trickle"))
    assert result.kind == "timeout", result.error


def test_page_in_wrong_declared_charset(http_server):
    html = "<html><body><p>Les élèves ont déjà mangé.</p></body></html>"
    # Declared UTF-8, really windows-1252.
    url = http_server.add("/cp1252", html.encode("cp1252"), content_type="text/html; charset=utf-8")
    assert "Les élèves ont déjà mangé." in fetcher().fetch(url).text
    # Declared latin-1, really UTF-8.
    url = http_server.add("/utf8", html.encode(), content_type="text/html; charset=iso-8859-1")
    result = fetcher().fetch(url)
    assert "Les élèves ont déjà mangé." in result.text
    assert result.encoding == "utf-8"


def test_conditional_get_304(http_server):
    def conditional(request):
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.send_header("ETag", '"v1"')
            request.end_headers()
            return
        body = b"<rss/>"
        request.send_response(200)
        request.send_header("ETag", '"v1"')
        request.send_header("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    url = http_server.add_handler("/feed", conditional)
    f = fetcher()
    first = f.fetch(url)
    assert first.status == 200 and first.etag == '"v1"'
    again = f.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert again.ok and again.not_modified and again.body == b""
    headers = gets(http_server, "/feed")[1][2]
    assert headers["If-Modified-Since"] == "Tue, 24 Nov 2026 10:00:00 GMT"


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_pauses_the_host(http_server, status):
    url = http_server.add("/busy", "slow down", status=status, retry_after="120")
    f = fetcher()
    result = f.fetch(url)
    assert result.kind == "wait"
    assert result.retry_after == 120
    # The host asked for a pause: the next request is not even sent.
    second = f.fetch(http_server.add("/other", "ok"))
    assert second.kind == "wait"
    assert "not requested" in second.error
    assert [r[1] for r in http_server.requests] == ["/busy"]


@pytest.mark.parametrize(("value", "expected"), [("0", 0), ("3600", 3600), ("90000", 86400)])
def test_retry_after_is_capped(http_server, value, expected):
    url = http_server.add("/busy", status=429, retry_after=value)
    assert fetcher().fetch(url).retry_after == expected


def test_retry_after_http_date():
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now) == 90
    assert parse_retry_after("soon", now) is None


def test_error_status_in_words(http_server):
    result = fetcher().fetch(http_server.url("/missing"))
    assert result.kind == "http"
    assert result.status == 404
    assert "HTTP 404" in result.error


def test_connection_refused_in_words():
    result = fetcher().fetch("http://127.0.0.1:9/")
    assert result.kind == "network"
    assert "could not fetch" in result.error


def test_robots_disallow(http_server):
    http_server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    http_server.add("/private/page", "hidden")
    http_server.add("/public/page", "shown")
    f = fetcher(respect_robots=True)
    refused = f.fetch(http_server.url("/private/page"))
    assert refused.kind == "robots"
    assert "disallows" in refused.error
    assert f.fetch(http_server.url("/public/page")).ok
    assert len(gets(http_server, "/robots.txt")) == 1  # cached per host
    assert gets(http_server, "/private/page") == []


def test_robots_server_error_disallows(http_server):
    http_server.add("/robots.txt", "oops", status=500)
    http_server.add("/page", "x")
    result = fetcher(respect_robots=True).fetch(http_server.url("/page"))
    assert result.kind == "robots"


def test_missing_robots_allows(http_server):
    url = http_server.add("/page", "x")
    assert fetcher(respect_robots=True).fetch(url).ok


def test_one_request_at_a_time_per_host_with_delay(http_server):
    active = []
    peak = []
    times = []

    def slow(request):
        active.append(1)
        peak.append(len(active))
        times.append(time.monotonic())
        time.sleep(0.05)
        active.pop()
        request.send_response(200)
        request.send_header("Content-Length", "2")
        request.end_headers()
        request.wfile.write(b"ok")

    url = http_server.add_handler("/slow", slow)
    f = fetcher(min_host_delay=0.2)
    threads = [threading.Thread(target=f.fetch, args=(url,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(peak) == 1
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(gap >= 0.2 for gap in gaps), gaps
