"""JSON-LD in a <script> element: no text can end the element or open a comment."""

from __future__ import annotations

import json
from urllib.parse import urljoin

import pytest

from nouvelles.site.seo import absolute_url, jsonld_script


def test_text_cannot_break_out_of_the_script_element():
    html = str(jsonld_script({"headline": "</script><!-- a & b -->", "é": "«x»"}))
    payload = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not set("<>&") & set(payload)
    assert json.loads(payload) == {"headline": "</script><!-- a & b -->", "é": "«x»"}


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:8000", "https://news.example/", "https://ex.org/sub/"]
)
@pytest.mark.parametrize(
    "path",
    ["/", "/articles/un-titre/", "/media/a.jpg", "/a/./b", "/a/../b", "/a//b", "/a?", "/a?x=1",
     "/a#", "/a;p", "/a\tb", "/a\nb", "/é t/", "//cdn.example/x", "https://cdn.example/x.jpg",
     "relative/x", "/.well-known/"],
)  # fmt: skip
def test_absolute_url_is_urljoin_against_the_site_url(settings, base, path):
    settings.NOUVELLES_SITE_URL = base
    assert absolute_url(path) == urljoin(base.rstrip("/") + "/", path)
