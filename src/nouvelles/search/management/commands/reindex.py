"""`nouvelles reindex`: rebuild the search index from the published articles."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from nouvelles.search.indexing import BATCH_SIZE, reindex_articles


class Command(BaseCommand):
    help = "Rebuild the search index from the published articles."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Articles per transaction."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Batches indexed at once, each in its own database connection "
            "(default: 1 on SQLite, up to 4 on PostgreSQL).",
        )

    def handle(
        self, *args, batch_size: int, workers: int | None, verbosity: int, **options
    ) -> None:
        started = time.monotonic()

        def progress(done: int) -> None:
            if verbosity > 1:
                self.stdout.write(f"{done} articles indexed")

        count = reindex_articles(
            batch_size=max(1, batch_size),
            progress=progress,
            workers=None if workers is None else max(1, workers),
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {count} published articles in {time.monotonic() - started:.1f} s."
            )
        )
