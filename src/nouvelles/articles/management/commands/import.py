"""`nouvelles import FILE`: load articles from an export (idempotent by slug)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nouvelles.articles.exchange import import_articles


class Command(BaseCommand):
    help = (
        "Import articles from a `nouvelles export` file. Idempotent by slug; "
        "a bad line is reported with its number and the others still load."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="JSON Lines file to read ('-': stdin)")

    def handle(self, *args, file: str, **options) -> None:
        if file == "-":
            report = import_articles(sys.stdin)
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(f"{file}: no such file")
            with path.open(encoding="utf-8") as lines:
                report = import_articles(lines)
        for number, message in report.errors:
            self.stderr.write(f"line {number}: {message}")
        self.stdout.write(
            f"Imported: {report.created} created, {report.updated} updated, "
            f"{len(report.errors)} line(s) with errors."
        )
        if report.errors:
            raise CommandError(f"{len(report.errors)} line(s) could not be imported")
