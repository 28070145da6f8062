"""The documentation covers every setting and every `nouvelles` command (as Datasette does)."""

import re
from pathlib import Path

import pytest

from nouvelles.conf import SETTINGS

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_setting_is_documented(setting):
    doc = (ROOT / "docs" / "configuration.md").read_text()
    assert re.search(rf"^#+ `{setting.name}`", doc, re.MULTILINE), (
        f"{setting.name} needs a heading in docs/configuration.md"
    )


def test_readme_has_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme
    assert "make test" in readme


def _readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(
        rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL
    )
    assert match, f"README.md needs a '## {title}' section"
    return match.group(1)


def _our_commands() -> list[str]:
    from django.core.management import get_commands

    return sorted(name for name, app in get_commands().items() if app.startswith("nouvelles."))


def test_our_commands_are_found():
    assert {"init", "serve", "demo", "export", "import"} <= set(_our_commands())


@pytest.mark.parametrize("command", _our_commands())
def test_command_is_in_the_readme_table(command):
    table = _readme_section("Commands")
    assert re.search(rf"^\| `nouvelles {command}\b", table, re.MULTILINE), (
        f"add `nouvelles {command}` to the commands table in README.md"
    )


def test_export_format_documents_every_key():
    from nouvelles.articles.exchange import ARTICLE_KEYS, ORIGINAL_KEYS, TRANSLATION_KEYS

    doc = (ROOT / "docs" / "export-format.md").read_text()
    for key in (*ARTICLE_KEYS, *ORIGINAL_KEYS, *TRANSLATION_KEYS):
        assert f"`{key}`" in doc, f"docs/export-format.md does not mention `{key}`"
