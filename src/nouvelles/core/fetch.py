"""The one guarded HTTP layer: every remote request of the project goes through `Fetcher.fetch`.

What it guarantees, per request:
- only http/https; every connection, first hop and each of at most `max_redirects`
  redirects, goes to an address the SSRF guard accepts (`core.guard`);
- connect and total timeouts; the body is streamed and cut at `max_bytes`, counted
  after decompression (a gzip bomb stops at the cap, it never fills memory);
- robots.txt is respected (cached per host, `core.robots`);
- one request at a time per host, with at least `min_host_delay` seconds between two;
- conditional GET (ETag / Last-Modified): a 304 is a success with no body;
- 429 and 503 give `retry_after` (seconds) and the host is left alone until then;
- a descriptive User-Agent; the text is decoded with charset detection (`core.charset`).
Errors never raise: they come back in words in `FetchResult.error`, with a `kind`.
"""

from __future__ import annotations

import email.utils
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from nouvelles.core.charset import decode_body
from nouvelles.core.guard import (
    AddressRefused,
    GuardedNetworkBackend,
    IPNetwork,
    check_host,
    check_url,
)
from nouvelles.core.robots import RobotsCache

DEFAULT_USER_AGENT = "nouvelles/0.1 (self-hosted news desk; +https://github.com/nouvelles)"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How the fetcher behaves; the app builds it from the NOUVELLES_FETCH_* settings."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 5.0
    total_timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allowed_networks: tuple[IPNetwork, ...] = ()
    min_host_delay: float = 1.0
    respect_robots: bool = True
    robots_ttl: float = 3600.0
    max_retry_after: float = 86400.0


@dataclass(slots=True)
class FetchResult:
    """What one fetch gave. `error` is empty on success and a sentence otherwise."""

    url: str
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str = ""
    kind: str = ""  # "", blocked, robots, timeout, too_large, redirects, http, network, wait
    duration_ms: int = 0
    redirects: list[str] = field(default_factory=list)
    retry_after: float | None = None
    _text: str | None = None
    _encoding: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def text(self) -> str:
        """The body decoded with charset detection (computed once)."""
        if self._text is None:
            self._text, self._encoding = decode_body(self.body, self.content_type)
        return self._text

    @property
    def encoding(self) -> str:
        _ = self.text
        return self._encoding


class _Failure(Exception):
    def __init__(self, kind: str, message: str, status: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.status = status


def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HostGate:
    """Per-host politeness: one request at a time, a minimum delay, and Retry-After pauses."""

    def __init__(self, min_delay: float) -> None:
        self.min_delay = min_delay
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._paused_until: dict[str, float] = {}
        self._guard = threading.Lock()

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def paused_for(self, host: str) -> float:
        return max(0.0, self._paused_until.get(host, 0.0) - time.monotonic())

    def pause(self, host: str, seconds: float) -> None:
        self._paused_until[host] = time.monotonic() + seconds

    def wait_turn(self, host: str) -> None:
        """Called with the host's lock held: sleep until the minimum delay has passed."""
        wait = self._last.get(host, -1e9) + self.min_delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def done(self, host: str) -> None:
        self._last[host] = time.monotonic()


class _Decoder:
    """Streaming Content-Encoding decoder that never produces more than it is asked for."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in {"", "identity"}:
            self._z = None
        elif encoding in {"gzip", "x-gzip"}:
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise _Failure("http", f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`, producing at most `room` + 1 bytes (one more means: over the cap)."""
        if self._z is None:
            return data[: room + 1]
        try:
            out = self._z.decompress(data, room + 1)
        except zlib.error as exc:
            raise _Failure("http", f"corrupt compressed body ({exc})") from exc
        return out


def _iter_capped(response: httpx.Response, max_bytes: int, deadline: float) -> Iterator[bytes]:
    decoder = _Decoder(response.headers.get("content-encoding", ""))
    total = 0
    for raw in response.iter_raw(CHUNK):
        if time.monotonic() > deadline:
            raise _Failure("timeout", "the server took longer than the total timeout")
        out = decoder.feed(raw, max_bytes - total)
        total += len(out)
        if total > max_bytes:
            raise _Failure("too_large", f"the body is larger than the {max_bytes:,} bytes allowed")
        yield out


class Fetcher:
    """A guarded httpx client with politeness and robots.txt; safe to share between threads."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.gate = HostGate(self.policy.min_host_delay)
        self.robots = RobotsCache(
            lambda url: self.fetch(url, check_robots=False, accept="text/plain"),
            self.policy.user_agent,
            self.policy.robots_ttl,
        )
        self._client = self._make_client(self.policy.allowed_networks)

    def _make_client(self, allowed: Sequence[IPNetwork]) -> httpx.Client:
        transport = httpx.HTTPTransport(trust_env=False)
        # Same pool httpx would build, with the guarded network backend: every TCP
        # connection (first hop, redirect, reconnect) goes through the SSRF guard.
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=GuardedNetworkBackend(allowed),
        )
        timeout = httpx.Timeout(
            self.policy.total_timeout, connect=self.policy.connect_timeout, pool=5.0
        )
        return httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept-Encoding": "gzip, deflate",
            },
        )

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str = "",
        last_modified: str = "",
        accept: str = "*/*",
        check_robots: bool = True,
    ) -> FetchResult:
        """GET `url` under every rule of the module docstring. Never raises."""
        started = time.monotonic()
        result = FetchResult(url=url, final_url=url)
        try:
            self._fetch_into(result, etag, last_modified, accept, check_robots, started)
        except _Failure as failure:
            result.error, result.kind = str(failure), failure.kind
            if failure.status is not None:
                result.status = failure.status
            result.body = b"" if failure.kind != "http" else result.body
        result.duration_ms = int((time.monotonic() - started) * 1000)
        return result

    def _fetch_into(self, result, etag, last_modified, accept, check_robots, started) -> None:
        deadline = started + self.policy.total_timeout
        url = result.url
        seen = {url}
        while True:
            verdict = check_url(url)
            if not verdict.ok:
                raise _Failure("blocked", f"{url}: {verdict.reason}")
            # Checked again on the connected address; this early check gives the clear
            # error before robots.txt is even asked for.
            parts = urlsplit(url)
            resolved = check_host(
                parts.hostname or "",
                parts.port or (443 if parts.scheme == "https" else 80),
                self.policy.allowed_networks,
            )
            if not resolved.verdict.ok:
                raise _Failure("blocked", resolved.verdict.reason)
            if check_robots and self.policy.respect_robots:
                answer = self.robots.check(url)
                if not answer.ok:
                    raise _Failure(answer.kind, answer.reason)
            headers = {"Accept": accept}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, response_headers, body = self._request(url, headers, deadline)
            result.final_url, result.status, result.headers = url, status, response_headers
            if status in REDIRECT_CODES and "location" in response_headers:
                if len(result.redirects) >= self.policy.max_redirects:
                    raise _Failure(
                        "redirects",
                        f"more than {self.policy.max_redirects} redirects from {result.url}",
                    )
                url = urljoin(url, response_headers["location"])
                if url in seen:
                    raise _Failure("redirects", f"redirect loop: {url} redirects back to itself")
                seen.add(url)
                result.redirects.append(url)
                continue
            result.body = body
            self._check_status(result)
            return

    def _check_status(self, result: FetchResult) -> None:
        status = result.status or 0
        if status in {429, 503}:
            wait = parse_retry_after(result.headers.get("retry-after", ""))
            if wait is not None:
                wait = min(wait, self.policy.max_retry_after)
                result.retry_after = wait
                self.gate.pause(_host_key(result.final_url), wait)
                raise _Failure(
                    "wait", f"HTTP {status}: the server asks to retry in {wait:.0f} s", status
                )
            raise _Failure("http", f"HTTP {status} from {result.final_url}", status)
        if status == 304 or 200 <= status < 300:
            return
        raise _Failure("http", f"HTTP {status} from {result.final_url}", status)

    def _request(self, url: str, headers: dict[str, str], deadline: float):
        host = _host_key(url)
        paused = self.gate.paused_for(host)
        if paused > 0:
            raise _Failure(
                "wait", f"{host} asked us to wait (Retry-After): {paused:.0f} s left, not requested"
            )
        with self.gate.lock(host):
            self.gate.wait_turn(host)
            try:
                return self._send(url, headers, deadline)
            finally:
                self.gate.done(host)

    def _send(self, url: str, headers: dict[str, str], deadline: float):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Failure("timeout", "the total timeout was spent before the request")
        timeout = httpx.Timeout(
            remaining, connect=min(self.policy.connect_timeout, remaining), pool=remaining
        )
        try:
            with self._client.stream("GET", url, headers=headers, timeout=timeout) as response:
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code in REDIRECT_CODES or response.status_code == 304:
                    return response.status_code, response_headers, b""
                declared = response.headers.get("content-length", "")
                if (
                    declared.isdigit()
                    and int(declared) > self.policy.max_bytes
                    and not response.headers.get("content-encoding")
                ):
                    raise _Failure(
                        "too_large",
                        f"the body ({int(declared):,} bytes) is larger than the "
                        f"{self.policy.max_bytes:,} bytes allowed",
                    )
                body = b"".join(_iter_capped(response, self.policy.max_bytes, deadline))
                return response.status_code, response_headers, body
        except AddressRefused as exc:
            raise _Failure("blocked", str(exc)) from None
        except httpx.TimeoutException as exc:
            raise _Failure("timeout", f"timed out fetching {url} ({type(exc).__name__})") from None
        except httpx.HTTPError as exc:
            raise _Failure(
                "network", f"could not fetch {url}: {exc or type(exc).__name__}"
            ) from None


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")
