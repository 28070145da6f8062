"""Structural rules: the pure pipeline in nouvelles.core never imports Django."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).parents[1] / "src" / "nouvelles" / "core"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_does_not_import_django(path):
    forbidden = {n for n in _imports(path) if n == "django" or n.startswith(("django.", "django_"))}
    forbidden |= {
        n
        for n in _imports(path)
        if n.startswith("nouvelles.") and not n.startswith("nouvelles.core")
    }
    assert not forbidden, f"{path.name} imports {sorted(forbidden)}"
