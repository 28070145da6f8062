"""JSON-LD in a <script> element: no text can end the element or open a comment."""

from __future__ import annotations

import json

from nouvelles.site.seo import jsonld_script


def test_text_cannot_break_out_of_the_script_element():
    html = str(jsonld_script({"headline": "</script><!-- a & b -->", "é": "«x»"}))
    payload = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not set("<>&") & set(payload)
    assert json.loads(payload) == {"headline": "</script><!-- a & b -->", "é": "«x»"}
