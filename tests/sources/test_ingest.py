"""ingest_source end to end: real HTTP server on 127.0.0.1, real database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.test import override_settings
from django.utils import timezone

from nouvelles.articles.models import Article, Block
from nouvelles.sources import store
from nouvelles.sources.hooks import article_ingested
from nouvelles.sources.ingest import ingest_source, reextract_article
from nouvelles.sources.models import FeedItem, FetchAttempt, Source
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

FR_PAGES = [("fr-1", "Glaciers", "/pages/glaciers.html"), ("fr-2", "Budget", "/pages/budget.html"),
            ("fr-3", "Marché", "/pages/marche.html")]  # fmt: skip
SITE_LINE = "Le Courrier des tests, votre quotidien indépendant depuis 1921."


def body(article: Article) -> str:
    return "\n".join([article.lead] + [b.text for b in article.blocks.all()])


def test_rss_source_end_to_end(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"), language="auto")
    report = ingest_source(source)
    assert (report.new, report.failed, report.error) == (2, 0, ""), report.failures
    article = Article.objects.get(guid="courrier-1001")
    assert article.status == Article.Status.PUBLISHED  # French on a French site, auto mode
    assert article.translation_state == Article.TranslationState.NOT_NEEDED
    assert article.original_language == "fr"
    assert article.title == "Les glaciers alpins ont perdu 4 % de leur volume"
    assert article.author.name == "Claire Martin"
    assert article.image_url.endswith("/img/glaciers.jpg")
    text = body(article)
    assert "Anna Keller" in text
    for unwanted in ("PUBLICITÉ", "Lire aussi", "Votre adresse e-mail", "Partager"):
        assert unwanted not in text
    # Every request is on record, and the source is healthy.
    assert FetchAttempt.objects.filter(source=source).count() == 3
    source.refresh_from_db()
    assert source.last_success_at and source.consecutive_failures == 0
    assert source.next_fetch_at > timezone.now()


def test_same_fetch_twice_creates_nothing_new(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    ingest_source(source)
    again = ingest_source(source)
    assert (again.new, again.unchanged, again.duplicate) == (0, 2, 0)
    assert Article.objects.count() == 2
    assert FeedItem.objects.count() == 2


def test_conditional_get_304(site, http_server):
    site.all_pages()
    feed = site.text("feeds/rss.xml").encode()

    def conditional(request):
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.end_headers()
            return
        request.send_response(200)
        request.send_header("ETag", '"v1"')
        request.send_header("Content-Length", str(len(feed)))
        request.end_headers()
        request.wfile.write(feed)

    source = SourceFactory(feed_url=http_server.add_handler("/cond.xml", conditional))
    assert ingest_source(source).new == 2
    report = ingest_source(source)
    assert report.not_modified
    assert "not modified" in report.line()


# The translation app's receiver translates at once with the tests' immediate task backend:
# a backend that is down keeps the article waiting, as a queued translation would.
@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy", "OPTIONS": {"FAIL": "down"}}}
)
def test_foreign_article_waits_for_translation_and_is_announced(
    site, django_capture_on_commit_callbacks
):
    site.all_pages()
    seen = []

    def receiver(sender, article, created, **kwargs):
        seen.append((article.guid, created, article.translation_state))

    article_ingested.connect(receiver)
    try:
        source = SourceFactory(feed_url=site.feed("feed.json"), language="es")
        with django_capture_on_commit_callbacks(execute=True):
            report = ingest_source(source)
    finally:
        article_ingested.disconnect(receiver)
    assert report.new >= 1
    article = Article.objects.get(guid="estrecho-3001")
    assert article.original_language == "es"
    assert article.translation_state == Article.TranslationState.PENDING
    assert article.status == Article.Status.DRAFT  # waits for its translation
    assert ("estrecho-3001", True, "pending") in seen


@pytest.mark.parametrize(
    ("policy", "mode", "status"),
    [
        (
            Source.TranslationPolicy.ORIGINAL_FIRST,
            Source.PublishMode.AUTO,
            Article.Status.PUBLISHED,
        ),
        (Source.TranslationPolicy.ORIGINAL_FIRST, Source.PublishMode.REVIEW, Article.Status.REVIEW),
        (Source.TranslationPolicy.WAIT, Source.PublishMode.AUTO, Article.Status.DRAFT),
    ],
)
def test_publication_rules(site, policy, mode, status):
    site.page("strike.html")
    source = SourceFactory(
        feed_url=site.feed("atom.xml"), language="en", translation_policy=policy, publish_mode=mode
    )
    ingest_source(source)
    assert Article.objects.get(guid="urn:harbour:2001").status == status


def test_review_mode_for_site_language(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"), publish_mode=Source.PublishMode.REVIEW)
    ingest_source(source)
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.REVIEW}


def test_entry_updated_upstream_is_an_update_not_a_duplicate(site):
    site.all_pages()
    feed_url = site.rss([("fr-1", "Glaciers", "/pages/glaciers.html")],
                        updated={"fr-1": "2026-11-24T08:00:00Z"})  # fmt: skip
    source = SourceFactory(feed_url=feed_url, language="fr")
    ingest_source(source)
    article = Article.objects.get()
    edited = article.blocks.get(position=0)
    edited.text, edited.edited = "Paragraphe corrigé par la rédaction.", True
    edited.save()
    html = site.text("pages/glaciers.html").replace(
        "selon le rapport annuel", "selon le rapport annuel (mis à jour)"
    )
    site.page("glaciers.html", html=html)
    site.rss(
        [("fr-1", "Glaciers", "/pages/glaciers.html")], updated={"fr-1": "2026-11-24T12:00:00Z"}
    )
    report = ingest_source(source)
    assert (report.new, report.updated, report.duplicate) == (0, 1, 0)
    assert Article.objects.count() == 1
    article.refresh_from_db()
    texts = [b.text for b in article.blocks.all()]
    assert texts[0] == "Paragraphe corrigé par la rédaction."  # the editor's block survives
    assert any("(mis à jour)" in t for t in texts) or "(mis à jour)" in article.lead


def test_near_duplicate_from_a_second_source(site, http_server):
    site.all_pages()
    first = SourceFactory(feed_url=site.feed("atom.xml"), language="en")
    ingest_source(first)
    original = Article.objects.get()
    # Another site republishes the wire story with a different intro line and template.
    copy = (
        site.text("pages/strike.html")
        .replace(
            "<h1>Port strike enters second week</h1>",
            "<h1>Port strike enters second week</h1><p>By Wire Staff, republished.</p>",
        )
        .replace("The Harbour Tests", "The Bay Herald")
        .replace("/pages/strike.html", "/other/strike.html")  # its own canonical URL
        .replace("according to the harbour master's office", "the harbour master said on Monday")
    )
    site.page("copy.html", path="/other/strike.html", html=copy)
    second = SourceFactory(
        feed_url=site.rss([("bay-1", "Strike", "/other/strike.html")], path="/bay.xml"),
        language="en",
    )
    report = ingest_source(second)
    assert report.duplicate == 1 and report.new == 0
    duplicate = Article.objects.exclude(pk=original.pk).get()
    assert duplicate.duplicate_of == original
    assert duplicate.status == Article.Status.DUPLICATE


def test_same_url_from_a_second_source_is_an_exact_duplicate(site):
    site.all_pages()
    ingest_source(SourceFactory(feed_url=site.feed("rss.xml")))
    other = SourceFactory(feed_url=site.feed("rss.xml", path="/mirror.xml"))
    report = ingest_source(other)
    assert report.duplicate == 2
    assert Article.objects.count() == 2


def test_crash_in_the_middle_of_an_article_leaves_nothing_half_written(site, monkeypatch):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    real = store._write_blocks
    calls = []

    def crash_on_second(article, extracted, **kwargs):
        calls.append(article.pk)
        real(article, extracted, **kwargs)  # the blocks are written...
        if len(calls) == 2:
            raise RuntimeError("worker killed")  # ...then the process dies mid-article

    monkeypatch.setattr(store, "_write_blocks", crash_on_second)
    report = ingest_source(source)
    assert (report.new, report.failed) == (1, 1)
    assert "worker killed" in report.failures[0]
    assert Article.objects.count() == 1
    assert FeedItem.objects.count() == 1
    assert Block.objects.filter(article_id=calls[1]).count() == 0
    monkeypatch.setattr(store, "_write_blocks", real)
    assert ingest_source(source).new == 1  # the next fetch stores it whole


def test_page_declared_in_the_wrong_charset(site, http_server):
    html = site.text("pages/marche.html").encode("cp1252", errors="replace")
    http_server.add("/pages/marche.html", html, content_type="text/html; charset=utf-8")
    source = SourceFactory(
        feed_url=site.rss([("m", "Marché", "/pages/marche.html")]), language="fr"
    )
    ingest_source(source)
    article = Article.objects.get()
    assert "La charpente métallique de 1902 a été entièrement restaurée" in body(article)


def test_failure_is_recorded_in_words_with_backoff(site, http_server):
    http_server.add("/broken.xml", "oops", status=500)
    source = SourceFactory(feed_url=http_server.url("/broken.xml"), fetch_interval=30)
    report = ingest_source(source)
    assert "HTTP 500" in report.error
    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "HTTP 500" in source.last_error
    first_delay = source.next_fetch_at - timezone.now()
    assert timedelta(minutes=14) < first_delay <= timedelta(minutes=30)  # 50-100% of 30 min
    ingest_source(source)
    source.refresh_from_db()
    assert source.consecutive_failures == 2
    assert source.next_fetch_at - timezone.now() > timedelta(minutes=29)  # doubled, jittered
    assert source.enabled


@override_settings(NOUVELLES_SOURCE_DISABLE_AFTER_HOURS=72)
def test_source_failing_too_long_is_disabled_and_flagged(http_server):
    http_server.add("/gone.xml", "gone", status=410)
    source = SourceFactory(
        feed_url=http_server.url("/gone.xml"),
        failing_since=timezone.now() - timedelta(hours=73),
        consecutive_failures=40,
    )
    ingest_source(source)
    source.refresh_from_db()
    assert not source.enabled
    assert "failing since" in source.disabled_reason and "HTTP 410" in source.disabled_reason
    assert not Source.objects.due().filter(pk=source.pk).exists()


def test_not_a_feed_is_a_failure_in_words(http_server):
    source = SourceFactory(feed_url=http_server.add("/page.html", "<html><body>hi</body></html>"))
    report = ingest_source(source)
    assert report.error.startswith("not a feed")


def test_retry_after_on_the_feed_delays_the_source(http_server):
    source = SourceFactory(feed_url=http_server.add("/busy.xml", status=429, retry_after="7200"))
    report = ingest_source(source)
    assert "retry in 7200 s" in report.error
    source.refresh_from_db()
    assert source.next_fetch_at - timezone.now() > timedelta(seconds=7100)


@override_settings(NOUVELLES_ALLOW_PRIVATE_NETWORKS=[])
def test_private_address_refused(http_server):
    source = SourceFactory(feed_url=http_server.add("/rss.xml", "<rss/>"))
    report = ingest_source(source)
    assert "loopback" in report.error
    assert FetchAttempt.objects.get(source=source).error == report.error
    assert http_server.requests == []


def test_robots_txt_disallowing_pages(site, http_server):
    site.all_pages()
    http_server.add("/robots.txt", "User-agent: *\nDisallow: /pages/\n")
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    report = ingest_source(source)
    assert report.failed == 2
    assert "disallows" in report.failures[0]
    assert not [r for r in http_server.requests if r[1].startswith("/pages/")]


def test_boilerplate_learnt_across_a_sources_pages(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.rss(FR_PAGES), language="fr")
    ingest_source(source)
    assert Article.objects.count() == 3
    for article in Article.objects.all():
        text = body(article)
        assert SITE_LINE not in text
        assert "Recevez notre newsletter" not in text
    assert source.boilerplate.pages == 3


def test_reextract_keeps_edited_blocks_and_creates_nothing(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.rss(FR_PAGES[:1]), language="fr")
    ingest_source(source)
    article = Article.objects.get()
    block = article.blocks.get(position=1)
    block.text, block.edited = "Texte revu.", True
    block.save()
    Block.objects.filter(article=article, position=0).update(
        text="dégradé", original_text="dégradé"
    )
    assert reextract_article(article)
    assert Article.objects.count() == 1
    texts = [b.text for b in article.blocks.all()]
    assert "Texte revu." in texts
    assert "dégradé" not in texts
    assert texts[0].startswith("Les glaciers suisses ont perdu 4 %")


def test_a_source_being_fetched_is_skipped(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    Source.objects.filter(pk=source.pk).update(lease_until=timezone.now() + timedelta(minutes=5))
    report = ingest_source(source)
    assert report.skipped
    assert Article.objects.count() == 0


def test_link_and_excerpt_policies_do_not_fetch_pages(site, http_server):
    site.all_pages()
    link = SourceFactory(feed_url=site.feed("feed.json"), reuse_policy=Source.ReusePolicy.LINK)
    ingest_source(link)
    assert not [r for r in http_server.requests if r[1].startswith("/pages/")]
    article = Article.objects.get(guid="estrecho-3001")
    assert article.blocks.count() == 0
    assert article.lead == "Se reanuda el servicio."


@pytest.fixture
def misbehaving_extractor(monkeypatch):
    """The worker's extractor process, running tests/core/extractor_helpers.py: the real
    extraction, but a page holding its CRASH mark kills the child."""
    from nouvelles.core.extractor_process import ExtractorProcess
    from nouvelles.sources import ingest

    extractor = ExtractorProcess(function="tests.core.extractor_helpers:extract_or_misbehave")
    monkeypatch.setattr(ingest, "get_extractor", lambda: extractor)
    monkeypatch.setattr(ingest, "EXTRACTOR_MIN_PAGES", 1)
    yield extractor
    extractor.close()


def test_a_page_that_crashes_the_extractor_fails_alone(site, misbehaving_extractor):
    from tests.core.extractor_helpers import CRASH

    site.page("glaciers.html")
    site.page("budget.html", html=site.text("pages/budget.html") + CRASH)
    site.page("marche.html")
    source = SourceFactory(feed_url=site.rss(FR_PAGES), language="fr")
    report = ingest_source(source)
    assert (report.new, report.failed) == (2, 1), report.failures
    assert "budget.html" in report.failures[0] and "crashed the extractor" in report.failures[0]
    assert sorted(Article.objects.values_list("guid", flat=True)) == ["fr-1", "fr-3"]
    assert misbehaving_extractor.restarts == 1
    # The page is not remembered as seen: the next fetch tries it again.
    assert not FeedItem.objects.filter(key="fr-2").exists()


def test_a_few_pages_do_not_start_an_extractor_process(site, monkeypatch):
    from nouvelles.core.extractor_process import ExtractorProcess
    from nouvelles.sources import ingest

    extractor = ExtractorProcess()
    monkeypatch.setattr(ingest, "get_extractor", lambda: extractor)
    site.all_pages()
    report = ingest_source(SourceFactory(feed_url=site.feed("rss.xml")))
    assert (report.new, report.failed) == (2, 0), report.failures
    assert not extractor.started and extractor.pid is None


def test_pages_are_extracted_in_the_worker_when_the_extractor_process_is_off(site, settings):
    from nouvelles.sources import fetching

    settings.NOUVELLES_EXTRACTION_PROCESS = False
    assert fetching.get_extractor() is None
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"), language="auto")
    report = ingest_source(source)
    assert (report.new, report.failed) == (2, 0), report.failures
    assert "Anna Keller" in body(Article.objects.get(guid="courrier-1001"))


def test_raw_pages_kept_from_the_extractor_process_read_back_as_fetched(site):
    from nouvelles.sources.models import RawPage
    from nouvelles.sources.store import raw_html

    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    ingest_source(source)
    page = RawPage.objects.get(article__guid="courrier-1001")
    # The feed's link carries a query string: the test server sends the file as it is.
    served = (Path(__file__).parents[1] / "data" / "pages" / "glaciers.html").read_text()
    assert raw_html(page) == served
