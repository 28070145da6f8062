"""The `nouvelles` command.

One entry point for our own subcommands (`init`, `serve`, `demo`, `export`,
`import`, `sources`, `fetch`, `translate`, `worker`, `run`, ...) and, like
`django-admin`, for every Django management command (`nouvelles migrate`,
`nouvelles shell -c ...`). Our subcommands are management commands of the
project's apps, so the task, the CLI and the admin share one implementation.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a `nouvelles` subcommand (argv defaults to sys.argv[1:])."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    execute_from_command_line(["nouvelles", *args])


if __name__ == "__main__":
    main()
