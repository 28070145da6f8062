"""Shared fixtures: a real HTTP server on 127.0.0.1 serving tests/data, and data helpers."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # A handler may replace the static answer: it gets the request handler and returns nothing.
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass
class LocalServer:
    """A real HTTP server on 127.0.0.1. Unknown paths fall back to files under tests/data."""

    host: str
    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, body: bytes | str = b"", status: int = 200, **headers: str) -> str:
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = Route(status=status, body=body, headers=headers)
        return self.url(path)

    def add_handler(self, path: str, handler: Callable[[BaseHTTPRequestHandler], None]) -> str:
        self.routes[path] = Route(handler=handler)
        return self.url(path)


def _make_handler(server: LocalServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            server.requests.append(("GET", self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            if route is None:
                file = (DATA / self.path.lstrip("/").split("?")[0]).resolve()
                if DATA in file.parents and file.is_file():
                    route = Route(body=file.read_bytes())
                else:
                    route = Route(status=404, body=b"not found")
            if route.handler is not None:
                route.handler(self)
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        do_HEAD = do_GET

    return Handler


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 (random port), stopped after the test."""
    local = LocalServer(host="127.0.0.1", port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(local))
    local.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield local
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Start each test with no cached page and no remembered page state.

    Rolled-back tests reuse content version numbers, so a page cached by one test
    could otherwise be served to the next one under the same key.
    """
    from django.core.cache import cache

    from nouvelles.site.pagecache import forget_page_state

    cache.clear()
    forget_page_state()
    yield
