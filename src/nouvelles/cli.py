"""The `nouvelles` command.

One entry point for our own subcommands (`init`, `serve`, `demo`, `export`,
`import`, `sources`, `fetch`, `translate`, `worker`, `run`, ...) and, like
`django-admin`, for every Django management command (`nouvelles migrate`,
`nouvelles shell -c ...`). Our subcommands are management commands of the
project's apps, so the task, the CLI and the admin share one implementation.
`nouvelles`, `nouvelles help` and `nouvelles --help` list ours first.
"""

from __future__ import annotations

import os
import sys

HELP_ARGS = ({"help"}, {"--help"}, {"-h"})


def our_commands() -> dict[str, str]:
    """{name: one-line help} for every management command defined in a nouvelles app."""
    import django
    from django.core.management import get_commands, load_command_class

    django.setup()
    commands = {}
    for name, app in sorted(get_commands().items()):
        if app.startswith("nouvelles."):
            help_text = load_command_class(app, name).help or ""
            commands[name] = help_text.split(". ")[0].rstrip(".")
    return commands


def help_header() -> str:
    """The short list of nouvelles' own commands shown before Django's."""
    commands = our_commands()
    width = max(map(len, commands), default=0)
    lines = [
        "Usage: nouvelles <command> [options]   (nouvelles help <command> for its options)",
        "",
    ]
    lines.append("nouvelles commands:")
    lines += [f"  {name.ljust(width)}  {text}" for name, text in commands.items()]
    lines += [
        "",
        "Every Django management command works too (nouvelles migrate, nouvelles shell, ...):",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Run a `nouvelles` subcommand (argv defaults to sys.argv[1:])."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or set(args) in HELP_ARGS:
        print(help_header())
        print()
    execute_from_command_line(["nouvelles", *args])


if __name__ == "__main__":
    main()
