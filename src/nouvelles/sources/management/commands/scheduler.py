"""`nouvelles scheduler`: enqueue due sources every NOUVELLES_SCHEDULER_INTERVAL seconds."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from nouvelles.comments.tasks import enqueue_due_comment_tasks
from nouvelles.site.sqlite_wal import checkpoint_wal_if_due
from nouvelles.sources.tasks import schedule_due_sources


class Command(BaseCommand):
    help = "Enqueue a fetch for each due source, every NOUVELLES_SCHEDULER_INTERVAL seconds."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="one pass, then exit")

    def handle(self, *args, once: bool = False, **options) -> None:
        while True:
            queued = schedule_due_sources()
            if queued:
                self.stdout.write(f"queued {len(queued)} source(s): {queued}")
            periodic = enqueue_due_comment_tasks()  # the daily comment data purge (issue 6)
            if periodic:
                self.stdout.write(f"queued {', '.join(periodic)}")
            checkpoint_wal_if_due()  # SQLite: the WAL is checkpointed under the write lock
            if once:
                return
            time.sleep(settings.NOUVELLES_SCHEDULER_INTERVAL)
