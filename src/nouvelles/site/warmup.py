"""A web worker's warm-up: the public pages rendered once at boot, before any reader.

A fresh worker pays for a lot on its first requests: the URL resolver and the middleware
chain are built, templates are loaded and compiled, translations and lazily imported
modules are read, the article page's queries are compiled (`site.baked`). Measured on a
fresh process: the first /healthz takes ~40 ms, the first article page ~55 ms and the first
home page ~100 ms, against 1-6 ms afterwards. Under load the first reader of each worker
waits that long, and so does every request queued behind it: at 16 connections on two
workers, one such stall at the start of a run was enough to lift the run's p99 by 5-15 ms
(docs/benchmarks.md, "Public site").

`warm_up(application)` sends the worker's own WSGI application a GET for /healthz, the
home page and the newest published article, as a reader would, before gunicorn gives it a
connection (`nouvelles.wsgi` calls it before `gc.freeze()`, so what the warm-up built is
frozen with the rest of the boot objects). The pages are rendered for real but not stored
in the page cache (`WARM_UP_KEY` in the request's environ). Anything that goes wrong is
logged and the worker boots anyway: a worker that could not warm up is only slower at first.
"""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.utils import timezone

logger = logging.getLogger("nouvelles.site")

WARM_UP_KEY = "nouvelles.warm_up"  # in the environ of a warm-up request


def warm_up_host() -> str:
    """A Host header the site accepts: the public URL's host, else the first allowed host."""
    allowed = settings.ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
    candidates = [urlsplit(settings.NOUVELLES_SITE_URL).netloc]
    candidates += [host.lstrip(".") for host in allowed if host != "*"]
    for candidate in [*candidates, "localhost"]:
        domain, _port = split_domain_port(candidate)
        if domain and validate_host(domain, allowed):
            return candidate
    return "localhost"


def warm_up_paths() -> list[str]:
    """/healthz, the home page and the newest published article (when there is one)."""
    from nouvelles.articles.models import Article

    paths = ["/healthz", "/"]
    newest = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())
        .order_by("-published_at")
        .only("slug")
        .first()
    )
    if newest is not None:
        paths.append(newest.get_absolute_url())
    return paths


def _environ(path: str, host: str) -> dict:
    name, _, port = host.partition(":")
    https = settings.SECURE_SSL_REDIRECT or settings.NOUVELLES_SITE_URL.startswith("https:")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": name,
        "SERVER_PORT": port or ("443" if https else "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "HTTP_ACCEPT": "text/html",
        "HTTP_USER_AGENT": "nouvelles warm-up",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "https" if https else "http",
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        WARM_UP_KEY: True,
    }


def _get(application: Callable, path: str, host: str) -> int:
    """The status code of one GET through the whole WSGI stack (middleware included)."""
    status: list[str] = []
    body: Iterable[bytes] = application(
        _environ(path, host), lambda line, headers, exc_info=None: status.append(line)
    )
    try:
        for _chunk in body:
            pass
    finally:
        close = getattr(body, "close", None)
        if close is not None:
            close()  # request_finished: database connections are closed as after any request
    return int(status[0].split()[0]) if status else 0


def warm_up(application: Callable) -> list[tuple[str, int]]:
    """Render the warm-up pages through `application`; returns (path, status) for each.
    Never raises: a failure is logged and the rest is skipped."""
    if not settings.NOUVELLES_WARM_UP:
        return []
    started = time.perf_counter()
    done: list[tuple[str, int]] = []
    try:
        host = warm_up_host()
        for path in warm_up_paths():
            done.append((path, _get(application, path, host)))
    except Exception as exc:  # an unmigrated database, say: the worker boots anyway
        logger.warning("worker warm-up stopped (%s: %s)", type(exc).__name__, exc)
    logger.info(
        "worker warmed up in %.0f ms: %s",
        (time.perf_counter() - started) * 1000,
        ", ".join(f"{path} {status}" for path, status in done),
    )
    return done
