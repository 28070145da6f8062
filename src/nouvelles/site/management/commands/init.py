"""`nouvelles init`: data directory, database, secret key and first administrator."""

from __future__ import annotations

import getpass
import sys

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from nouvelles.site import install


class Command(BaseCommand):
    help = (
        "Prepare the data dir, database, secret key and an administrator. "
        "The password comes from NOUVELLES_ADMIN_PASSWORD or a prompt; safe to re-run."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--admin-email", default="admin@localhost", help="e-mail of the administrator"
        )
        parser.add_argument(
            "--no-input",
            action="store_true",
            help="never prompt: fail if NOUVELLES_ADMIN_PASSWORD is needed and not set",
        )

    def handle(self, *args, admin_email: str, no_input: bool, **options) -> None:
        data_dir = install.prepare_data_dir()
        self.stdout.write(f"Data directory: {data_dir}")
        key_file = install.secret_key_file()
        self.stdout.write(
            f"Secret key: {key_file}" if key_file else "Secret key: from NOUVELLES_SECRET_KEY"
        )
        install.migrate_database(verbosity=max(0, options["verbosity"] - 1))
        self.stdout.write("Database: up to date")
        if install.admin_exists():
            self.stdout.write("Administrator: already exists, left unchanged")
            return
        password = settings.NOUVELLES_ADMIN_PASSWORD or self._ask_password(no_input)
        result = install.ensure_admin(admin_email, password)
        self.stdout.write(
            self.style.SUCCESS(f"Administrator: created '{result.username}' <{admin_email}>")
        )

    def _ask_password(self, no_input: bool) -> str:
        if no_input or not sys.stdin.isatty():
            raise CommandError(
                "No administrator password: set NOUVELLES_ADMIN_PASSWORD or run "
                "`nouvelles init` in a terminal to be asked for one."
            )
        while True:
            password = getpass.getpass("Password for the administrator: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The two passwords differ; try again.")
                continue
            try:
                validate_password(password)
            except ValidationError as exc:
                self.stderr.write(" ".join(exc.messages))
                continue
            return password
