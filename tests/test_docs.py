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
