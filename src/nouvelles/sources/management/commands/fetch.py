"""`nouvelles fetch [--source ID | --all]`: fetch now, in the foreground, and say what happened."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from nouvelles.sources.ingest import ingest_source
from nouvelles.sources.models import Source


class Command(BaseCommand):
    help = "Fetch sources now (all enabled ones by default) and print new/updated/duplicate/failed per source."

    def add_arguments(self, parser) -> None:
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--source", type=int, action="append", help="source id (repeatable)")
        group.add_argument("--all", action="store_true", help="every enabled source (default)")
        parser.add_argument("--quiet", action="store_true", help="no progress display")

    def handle(self, *args, source=None, all=False, quiet=False, **options) -> None:
        if source:
            sources = list(Source.objects.filter(pk__in=source))
            missing = set(source) - {s.pk for s in sources}
            if missing:
                raise CommandError(f"No source with id {', '.join(map(str, sorted(missing)))}.")
        else:
            sources = list(Source.objects.enabled().order_by("pk"))
        if not sources:
            self.stdout.write("No enabled sources.")
            return
        failed = 0
        for s in sources:
            progress = None if quiet else self._progress(s)
            report = ingest_source(s, progress=progress)
            if progress:
                self.stderr.write("\r\033[K", ending="")
            self.stdout.write(report.line())
            for failure in report.failures:
                self.stdout.write(f"    failed: {failure}")
            failed += bool(report.error)
        if failed == len(sources):
            raise CommandError("Every source failed.")

    def _progress(self, source):
        interactive = sys.stderr.isatty()

        def show(done: int, total: int, title: str) -> None:
            line = f"[{source.pk}] {source.name}: {done}/{total} {title[:50]}"
            if interactive:
                self.stderr.write(f"\r\033[K{line}", ending="")
                self.stderr.flush()
            elif done == total or done % 25 == 0:
                self.stderr.write(line)

        return show
