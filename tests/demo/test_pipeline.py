"""The demo goes through the real ingestion pipeline, and the boilerplate does not survive it."""

import pytest

from nouvelles.articles.models import Article, Block
from nouvelles.demo import load_demo
from nouvelles.demo.pipeline import BOILERPLATE, render_site
from nouvelles.sources.models import FeedItem, FetchAttempt, SourceBoilerplate

pytestmark = pytest.mark.django_db


def test_pages_carry_boilerplate_and_stored_articles_do_not(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    from django.utils import timezone

    files = render_site("http://127.0.0.1:1", timezone.now())
    pages = [body.decode() for body, ctype in files.values() if ctype.startswith("text/html")]
    assert len(pages) == 40
    assert all("Laisser un commentaire" in p or "Deja un comentario" in p or "Leave a Reply" in p
               for p in pages)  # fmt: skip
    load_demo(media_root=tmp_path)
    # Every article was fetched over HTTP and recorded like any source's.
    assert FeedItem.objects.count() == 40
    assert FetchAttempt.objects.filter(status_code=200).count() >= 44
    assert SourceBoilerplate.objects.filter(pages=10).count() == 4
    unwanted = [w for words in BOILERPLATE.values() for w in words.values()]
    for block in Block.objects.all():
        for text in (block.text, block.original_text):
            for phrase in unwanted:
                assert phrase.strip(" :") not in text, (block.article.original_url, text)
    for article in Article.objects.all():
        assert article.source.name not in article.lead
        assert (
            "—"
            not in "".join(b.original_text for b in article.blocks.all() if b.kind == "paragraph")[
                -80:
            ]
        )
