"""The article page's meta tags (`site.article_html`): the description cut as Truncator cuts it."""

from __future__ import annotations

import pytest
from django.utils.text import Truncator

from nouvelles.site.article_html import _truncated

E_ACUTE = "e\u0301"  # "é" as a letter and a combining mark: NFC makes it one character


@pytest.mark.parametrize(
    "text",
    ["", "Court.", "x" * 200, "x" * 201, "é" * 199 + "ab", E_ACUTE * 200, E_ACUTE * 201, None, 12],
)
@pytest.mark.parametrize("length", [1, 200, 300])
def test_same_text_as_truncator(text, length):
    assert _truncated(text, length) == Truncator(text).chars(length)
