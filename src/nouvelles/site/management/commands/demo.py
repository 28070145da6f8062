"""`nouvelles demo`: init, load the synthetic demo, then serve it."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from nouvelles.demo import load_demo
from nouvelles.site import install
from nouvelles.translation.demo import translate_demo_articles


class Command(BaseCommand):
    help = (
        "Load the synthetic demo and serve it. Prepares the data dir like init, loads 40 "
        "articles from 4 sources in 3 languages, then serves http://127.0.0.1:8000."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port to bind (8000)")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (2)")
        parser.add_argument("--no-serve", action="store_true", help="load the demo, do not serve")

    def handle(self, *args, host: str, port: int, workers: int, no_serve: bool, **opts) -> None:
        install.prepare_data_dir()
        install.migrate_database()
        if not install.admin_exists():
            password = settings.NOUVELLES_ADMIN_PASSWORD or install.generate_password()
            install.ensure_admin("admin@localhost", password)
            shown = (
                "from NOUVELLES_ADMIN_PASSWORD" if settings.NOUVELLES_ADMIN_PASSWORD else password
            )
            self.stdout.write(f"Administrator created: admin / {shown}")
        report = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {report.articles} articles, {report.categories} categories, "
                f"{report.sources} sources in {', '.join(report.languages)}, "
                f"{report.comments} comments."
            )
        )
        # The Spanish and English articles through the real translation backend (Apertium);
        # without it, the hand-written French stays, marked as such, and this says how to install.
        self.stdout.write(translate_demo_articles())
        if no_serve:
            return
        self.stdout.write(f"Admin: http://{host}:{port}/admin/")
        call_command("serve", host=host, port=port, workers=workers)
