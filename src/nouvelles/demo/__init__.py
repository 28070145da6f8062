"""The bundled demo: synthetic sources and articles written for nouvelles, and their loader.

The corpus (`sources`, `corpus/`, `comments`, `site_settings`) is plain data with
no Django import, so that it can also be served as feeds and pages to the
ingestion pipeline; `load_demo()` writes it into the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nouvelles.demo.loader import DemoReport


def load_demo(**kwargs) -> DemoReport:
    """Load the demo into the database (see `nouvelles.demo.loader.load_demo`)."""
    from nouvelles.demo.loader import load_demo as _load_demo

    return _load_demo(**kwargs)
