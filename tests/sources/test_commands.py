"""`nouvelles sources ...`, `fetch`, `reextract`, and the scheduler, as a user runs them."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.sources.models import Source
from nouvelles.sources.tasks import schedule_due_sources
from tests.factories import CategoryFactory, SourceFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_add_a_feed_with_options(site):
    CategoryFactory(slug="sciences")
    url = site.feed("rss.xml")
    out = run("sources", "add", url, "--name", "Courrier", "--language", "fr", "--policy",
              "excerpt", "--category", "sciences", "--interval", "15")  # fmt: skip
    assert "Added" in out
    source = Source.objects.get()
    assert (source.name, source.language, source.reuse_policy, source.fetch_interval) == (
        "Courrier", "fr", "excerpt", 15,
    )  # fmt: skip
    assert source.default_category.slug == "sciences"


def test_add_a_site_url_finds_its_feed(site, http_server):
    feed = site.feed("atom.xml", path="/feeds/main.atom", content_type="application/atom+xml")
    http_server.add(
        "/",
        '<html><head><link rel="alternate" type="application/atom+xml" href="/feeds/main.atom">'
        "</head><body>Home</body></html>",
        content_type="text/html",
    )
    run("sources", "add", http_server.url("/"))
    source = Source.objects.get()
    assert source.feed_url == feed
    assert source.name == "The Harbour Tests"


def test_add_a_site_without_announced_feed_tries_common_paths(site, http_server):
    http_server.add("/", "<html><body>No link here</body></html>", content_type="text/html")
    feed = site.feed("rss.xml", path="/feed")
    run("sources", "add", http_server.url("/"))
    assert Source.objects.get().feed_url == feed


@pytest.mark.parametrize(
    ("path", "body", "status", "message"),
    [
        ("/missing", "", 404, "HTTP 404"),
        ("/page", "<html><body>just a page</body></html>", 200, "announces no readable feed"),
        (
            "/empty.xml",
            '<rss version="2.0"><channel><title>x</title></channel></rss>',
            200,
            "no entries",
        ),
    ],
)
def test_add_refuses_with_a_clear_message(http_server, path, body, status, message):
    http_server.add(
        path,
        body,
        status=status,
        content_type="text/html" if "html" in body else "application/rss+xml",
    )
    with pytest.raises(CommandError, match=message):
        run("sources", "add", http_server.url(path))
    assert not Source.objects.exists()


def test_add_refuses_unknown_category(site):
    with pytest.raises(CommandError, match="No category"):
        run("sources", "add", site.feed("rss.xml"), "--category", "nope")


def test_list_enable_disable_remove():
    source = SourceFactory(name="Alpha", consecutive_failures=2, last_error="HTTP 500 from x")
    assert "failing (2x): HTTP 500 from x" in run("sources", "list")
    run("sources", "disable", str(source.pk))
    source.refresh_from_db()
    assert not source.enabled
    assert "disabled" in run("sources", "list")
    run("sources", "enable", str(source.pk))
    source.refresh_from_db()
    assert source.enabled and source.consecutive_failures == 0
    run("sources", "remove", str(source.pk))
    assert not Source.objects.exists()
    with pytest.raises(CommandError, match="No source with id"):
        run("sources", "disable", "999")


def test_opml_export_then_import(site, tmp_path):
    CategoryFactory(slug="monde")
    run("sources", "add", site.feed("rss.xml"), "--language", "fr", "--category", "monde")
    exported = run("sources", "export")
    assert 'language="fr"' in exported and 'category="monde"' in exported
    Source.objects.all().delete()
    path = tmp_path / "sources.opml"
    path.write_text(
        exported.replace(
            "</body>", '<outline type="rss" xmlUrl="http://127.0.0.1:9/x" text="dead"/></body>'
        )
    )
    out = run("sources", "import", str(path))
    assert "1 added, 1 skipped" in out
    source = Source.objects.get()
    assert (source.language, source.default_category.slug) == ("fr", "monde")


def test_fetch_prints_a_line_per_source(site, http_server):
    site.all_pages()
    good = SourceFactory(name="Good", feed_url=site.feed("rss.xml"))
    http_server.add("/bad.xml", "no", status=500)
    SourceFactory(name="Bad", feed_url=http_server.url("/bad.xml"))
    out = run("fetch", "--all")
    assert f"[{good.pk}] Good: 2 new, 0 updated, 0 duplicate, 0 failed" in out
    assert "Bad: FAILED: HTTP 500" in out
    out = run("fetch", "--source", str(good.pk))
    assert "0 new" in out and "2 unchanged" in out


def test_reextract_command(site):
    site.all_pages()
    source = SourceFactory(feed_url=site.feed("rss.xml"))
    run("fetch", "--source", str(source.pk))
    out = run("reextract", "--source", str(source.pk))
    assert "2 articles re-extracted, 0 failed" in out
    assert Article.objects.count() == 2


def test_scheduler_enqueues_due_sources_once(site):
    site.all_pages()
    due = SourceFactory(feed_url=site.feed("rss.xml"), next_fetch_at=None)
    SourceFactory(next_fetch_at=timezone.now() + timezone.timedelta(hours=1))
    SourceFactory(enabled=False)
    # The test settings run tasks immediately: enqueuing ingests.
    assert schedule_due_sources() == [due.pk]
    assert Article.objects.filter(source=due).count() == 2
    assert schedule_due_sources() == []


def test_admin_add_form_checks_the_feed(site, http_server):
    from nouvelles.sources.admin import SourceForm

    http_server.add(
        "/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head></html>',
        content_type="text/html",
    )
    feed = site.feed("rss.xml")
    data = {"name": "X", "language": "auto", "reuse_policy": "full", "publish_mode": "auto",
            "translation_policy": "wait", "fetch_interval": 30, "category_map": "{}",
            "enabled": True}  # fmt: skip
    form = SourceForm(data={**data, "feed_url": http_server.url("/")})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["feed_url"] == feed
    bad = SourceForm(data={**data, "feed_url": http_server.url("/missing")})
    assert not bad.is_valid()
    assert "HTTP 404" in str(bad.errors["feed_url"])
