"""What the extractor child runs in tests/core/test_extractor_process.py: the real
extraction, except for pages that crash the process or keep it busy."""

from __future__ import annotations

import os
import time

from nouvelles.core.extract import extract_article

CRASH = "<!-- crash the extractor -->"
HANG = "<!-- keep the extractor busy -->"


def extract_or_misbehave(html: str, url: str):
    if CRASH in html:
        os._exit(3)  # as a segfault in a C extension would: no exception, no answer
    if HANG in html:
        time.sleep(3600)
    return extract_article(html, url)
