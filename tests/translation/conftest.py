"""Fixtures for translation tests: real Apertium, a real APY server, fake-but-real HTTP APIs."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import httpx
import pytest

from nouvelles.translation.backends.dummy import DummyBackend

needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None,
    reason="Debian's apertium is not installed (.ci/run installs it)",
)

APERTIUM = {"default": {"BACKEND": "apertium", "OPTIONS": {"TIMEOUT": 60}}}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


@dataclass
class ApiServer:
    """A real HTTP server on 127.0.0.1; `answer(request)` returns (status, body, headers)."""

    answer: Callable[[Request], tuple[int, object, dict[str, str]]]
    port: int = 0
    requests: list[Request] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def api_server() -> Iterator[Callable[..., ApiServer]]:
    servers: list[ThreadingHTTPServer] = []

    def start(answer) -> ApiServer:
        api = ApiServer(answer)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(
                    self.command, self.path, dict(self.headers), self.rfile.read(length)
                )
                api.requests.append(request)
                status, body, headers = api.answer(request)
                if not isinstance(body, bytes):
                    body = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _handle

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        api.port = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return api

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def apy_url() -> Iterator[str]:
    """Debian's apertium-apy serving the installed pairs on a free 127.0.0.1 port."""
    if shutil.which("apertium-apy") is None:
        pytest.skip("Debian's apertium-apy is not installed (.ci/run installs it)")
    port = free_port()
    process = subprocess.Popen(
        ["apertium-apy", "-p", str(port), "/usr/share/apertium/modes"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{url}/listPairs", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("apertium-apy did not start within 30 s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(autouse=True)
def clear_dummy_calls():
    DummyBackend.calls.clear()
    yield
    DummyBackend.calls.clear()
