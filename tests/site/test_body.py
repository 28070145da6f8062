"""The article body, rendered in Python (`site.body`): escaping and the markup of each block."""

from __future__ import annotations

import pytest
from django.utils import translation

from nouvelles.articles.models import Article, Block
from nouvelles.site.ads import BodyItem
from nouvelles.site.body import render_body


def body(*blocks: Block, article: Article | None = None, language: str = "fr") -> str:
    article = article or Article(language="fr", original_language="fr")
    with translation.override(language):
        return str(render_body([BodyItem(block=b) for b in blocks], article, language))


def test_text_and_attributes_are_escaped():
    html = body(
        Block(kind="paragraph", text="<script>x</script> & co"),
        Block(kind="quote", text="q", attrs={"speaker": "<b>Ana</b>", "lang": '"><x'}),
        Block(kind="image", text="c", attrs={"src": "https://i.example/a.jpg?a=1&b=2", "alt": '"'}),
    )
    assert "<script>" not in html and "<b>" not in html and '"><x' not in html
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in html
    assert 'src="https://i.example/a.jpg?a=1&amp;b=2" alt="&quot;"' in html


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (Block(kind="paragraph", text="Oui ?"), "<p>Oui\u202f?</p>"),
        (Block(kind="heading", text="T", attrs={"level": 9}), "<h4>T</h4>"),
        (
            Block(kind="list", text="a\n\nb", attrs={"ordered": True}),
            "<ol><li>a</li><li>b</li></ol>",
        ),
        (Block(kind="embed", text="", attrs={"url": "javascript:x"}), ""),
        (Block(kind="image", text="", attrs={"src": "data:x"}), ""),
        (Block(kind="unknown", text="z"), ""),
    ],
)
def test_block_markup(block, expected):
    assert body(block) == expected


def test_quote_of_a_translation_keeps_its_original():
    article = Article(language="fr", original_language="es")
    html = body(
        Block(kind="quote", text="Non !", original_text="¡No!", attrs={"speaker": "Ana"}),
        article=article,
    )
    assert "<figcaption>— <cite>Ana</cite></figcaption>" in html
    assert '<details class="quote-original">' in html and '<blockquote lang="es"><p>¡No!' in html
    assert "Non\u202f!" in html
