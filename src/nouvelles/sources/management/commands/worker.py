"""`nouvelles worker`: run a background worker (database queue, or RQ with Redis)."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from nouvelles.core.language import warm_up


class Command(BaseCommand):
    help = "Run a task worker: db_worker (database queue), or rqworker when NOUVELLES_REDIS_URL is set."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--burst", action="store_true", help="stop when the queue is empty")

    def handle(self, *args, burst: bool = False, **options) -> None:
        warm_up()
        if settings.NOUVELLES_REDIS_URL:
            call_command(
                "rqworker",
                "default",
                burst=burst,
                with_scheduler=False,
                job_class="django_tasks_rq.Job",
            )
        else:
            call_command("db_worker", batch=burst, interval=1.0)
