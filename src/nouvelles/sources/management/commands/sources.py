"""`nouvelles sources add|list|enable|disable|remove|import|export`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nouvelles.core.opml import OpmlError
from nouvelles.sources.health import health_summary
from nouvelles.sources.models import Source
from nouvelles.sources.subscribe import SourceError, add_source, export_opml, import_opml


class Command(BaseCommand):
    help = "Manage news sources: add (feed or site URL), list with health, enable, disable, remove, OPML import/export."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="add a feed, or a site URL (its feed is discovered)")
        add.add_argument("url")
        add.add_argument("--name", default="")
        add.add_argument("--language", default="auto", help="language code, or auto (default)")
        add.add_argument("--policy", default="full", choices=["full", "excerpt", "link"])
        add.add_argument("--category", default="", help="slug of the default category")
        add.add_argument("--interval", type=int, default=30, help="minutes between fetches")
        sub.add_parser("list", help="list sources with their health")
        for action in ("enable", "disable", "remove"):
            p = sub.add_parser(action, help=f"{action} a source")
            p.add_argument("id", type=int)
        imp = sub.add_parser("import", help="add the sources of an OPML file")
        imp.add_argument("file")
        sub.add_parser("export", help="print the sources as OPML 2.0")

    def handle(self, *args, action: str, **options) -> None:
        getattr(self, f"do_{action}")(**options)

    def _source(self, source_id: int) -> Source:
        source = Source.objects.filter(pk=source_id).first()
        if source is None:
            raise CommandError(f"No source with id {source_id}.")
        return source

    def do_add(self, url, name, language, policy, category, interval, **_) -> None:
        try:
            source = add_source(
                url, name=name, language=language, policy=policy, category=category,
                interval=interval,
            )  # fmt: skip
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(f"Added [{source.pk}] {source.name} ({source.feed_url})")
        )
        if source.last_warning:
            self.stdout.write(f"Warning: {source.last_warning}")

    def do_list(self, **_) -> None:
        sources = Source.objects.order_by("pk")
        if not sources:
            self.stdout.write("No sources yet: add one with `nouvelles sources add URL`.")
        for s in sources:
            last = f"{s.last_success_at:%Y-%m-%d %H:%M}" if s.last_success_at else "never"
            self.stdout.write(
                f"[{s.pk}] {s.name} <{s.feed_url}> lang={s.language} policy={s.reuse_policy} "
                f"every {s.fetch_interval} min, last success {last}: {health_summary(s)}"
            )

    def do_enable(self, id, **_) -> None:
        source = self._source(id)
        Source.objects.filter(pk=source.pk).update(
            enabled=True, disabled_reason="", consecutive_failures=0, failing_since=None,
            next_fetch_at=None,
        )  # fmt: skip
        self.stdout.write(f"Enabled [{source.pk}] {source.name}")

    def do_disable(self, id, **_) -> None:
        source = self._source(id)
        Source.objects.filter(pk=source.pk).update(
            enabled=False, disabled_reason="Disabled by hand."
        )
        self.stdout.write(f"Disabled [{source.pk}] {source.name}")

    def do_remove(self, id, **_) -> None:
        source = self._source(id)
        count = source.articles.count()
        source.delete()
        self.stdout.write(f"Removed [{id}] {source.name} (its {count} articles are kept)")

    def do_import(self, file, **_) -> None:
        try:
            report = import_opml(Path(file).read_bytes())
        except (OSError, OpmlError) as exc:
            raise CommandError(str(exc)) from exc
        for source in report.added:
            self.stdout.write(f"Added [{source.pk}] {source.name}")
        for line in report.skipped:
            self.stdout.write(f"Skipped {line}")
        self.stdout.write(f"{len(report.added)} added, {len(report.skipped)} skipped.")

    def do_export(self, **_) -> None:
        self.stdout.write(export_opml(), ending="")
