"""`nouvelles export`: every article as JSON Lines (the backup and migration format)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from nouvelles.articles.exchange import export_articles


class Command(BaseCommand):
    help = (
        "Export every article, whatever its status, as JSON Lines. "
        "The format is documented in docs/export-format.md."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", "-o", default="-", help="file to write ('-': stdout)")

    def handle(self, *args, output: str, **options) -> None:
        if output == "-":
            count = export_articles(sys.stdout)
        else:
            path = Path(output)
            tmp = path.with_name(path.name + ".part")
            with tmp.open("w", encoding="utf-8") as out:
                count = export_articles(out)
            tmp.replace(path)  # never leave a half-written backup under the real name
        self.stderr.write(f"Exported {count} article(s).")
