"""`nouvelles serve`: collect static files, then replace this process with gunicorn."""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from nouvelles.site import install


def default_workers() -> int:
    """One sync worker per CPU core this process may use, plus one.

    A sync worker serves one request at a time: with every core busy with a comment post,
    the spare worker is what lets a reader's page through at once (docs/benchmarks.md,
    "Comment load": with 2 workers on 2 cores, readers waited behind posts often enough to
    move their p95).
    """
    return len(os.sched_getaffinity(0)) + 1


def gunicorn_argv(host: str, port: int, workers: int) -> list[str]:
    """The gunicorn command line `serve` runs (production mode: no reload, no debug).

    Sync workers: each process serves one request at a time, so a reader's page is never
    served by an interpreter that is busy with a comment post (threads in one process
    share its GIL: under 50 posts/s, gthread workers raised readers' median by 40-60 %
    and their p95 2 to 3.5 times; docs/benchmarks.md, "Comment load"). The operating
    system shares the cores between processes; a buffering proxy in front (nginx) keeps
    slow clients from holding a worker.
    """
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "nouvelles.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--access-logfile",
        "-",
        "--graceful-timeout",
        "10",
    ]


class Command(BaseCommand):
    help = (
        "Serve the site with gunicorn in production mode. "
        "Static files are collected into the data dir first and served by whitenoise."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port to bind (8000)")
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help=f"gunicorn worker processes (CPU cores + 1: {default_workers()})",
        )

    def handle(self, *args, host: str, port: int, workers: int, **options) -> None:
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        pending = install.pending_migrations()
        if pending:
            raise CommandError(
                f"The database lacks {len(pending)} migration(s) ({pending[0]}, ...): "
                "run `nouvelles init` first."
            )
        if settings.DEBUG:
            self.stderr.write("Warning: NOUVELLES_DEBUG is on; never serve the public like this.")
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Static files collected into {settings.STATIC_ROOT}")
        if "NOUVELLES_SITE_URL" not in os.environ and host not in {"0.0.0.0", "::"}:  # noqa: S104
            os.environ["NOUVELLES_SITE_URL"] = f"http://{host}:{port}"
        self.stdout.write(f"Serving on http://{host}:{port}/ with {workers} worker(s)")
        self.stdout.flush()
        argv = gunicorn_argv(host, port, workers)
        os.execv(argv[0], argv)  # noqa: S606 - fixed command line, gunicorn takes over the process
