"""robots.txt, fetched once per host and cached (RFC 9309).

A missing robots.txt (any 4xx) allows everything; a server error or an unreachable
host disallows everything for a short while, as RFC 9309 section 2.3.1.4 asks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

ERROR_TTL_SECONDS = 300.0  # how long an unreachable robots.txt blocks a host before a new try


class _Response(Protocol):
    status: int | None
    error: str
    kind: str

    @property
    def text(self) -> str: ...


@dataclass(slots=True)
class _Entry:
    parser: RobotFileParser | None  # None with allow_all/deny_all
    allow_all: bool
    reason: str
    expires_at: float
    kind: str = "robots"  # the fetch error kind when robots.txt could not be read


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    ok: bool
    reason: str = ""
    kind: str = "robots"  # robots: disallowed; otherwise why robots.txt could not be read


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class RobotsCache:
    """Answers 'may this user agent fetch this URL?' with one robots.txt fetch per host and TTL."""

    def __init__(self, fetch: Callable[[str], _Response], user_agent: str, ttl: float = 3600):
        self._fetch = fetch
        self.user_agent = user_agent
        self.ttl = ttl
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def _load(self, origin_url: str) -> _Entry:
        url = robots_url(origin_url)
        response = self._fetch(url)
        now = time.monotonic()
        if response.status is None or (response.error and response.status < 400):
            return _Entry(
                None, False, f"robots.txt unreachable ({response.error})", now + ERROR_TTL_SECONDS
            )
        if response.status >= 500:
            reason = f"robots.txt answered HTTP {response.status}"
            return _Entry(None, False, reason, now + ERROR_TTL_SECONDS)
        if response.status >= 400:
            return _Entry(None, True, "no robots.txt", now + self.ttl)
        parser = RobotFileParser()
        parser.parse(response.text.splitlines())
        return _Entry(parser, False, "", now + self.ttl)

    def check(self, url: str) -> RobotsAnswer:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            entry = self._entries.get(key)
        if entry is None or entry.expires_at < time.monotonic():
            entry = self._load(url)
            with self._lock:
                self._entries[key] = entry
        if entry.allow_all:
            return RobotsAnswer(True, entry.reason)
        if entry.parser is None:
            return RobotsAnswer(False, f"{entry.reason}: not fetching {url} (RFC 9309)", entry.kind)
        if entry.parser.can_fetch(self.user_agent, url):
            return RobotsAnswer(True)
        return RobotsAnswer(False, f"robots.txt of {parts.netloc} disallows {url}")

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
