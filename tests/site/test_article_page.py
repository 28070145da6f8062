"""Every element of the article page, asserted from the parsed HTML."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from nouvelles.core.typography import APOSTROPHE, NNBSP
from nouvelles.site.models import AdSlot
from tests.factories import ArticleFactory, CategoryFactory, StoryFactory
from tests.site.conftest import parse

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"


def get_page(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return parse(response)


def test_elements_come_in_the_reference_order(client, full_article):
    soup = get_page(client, full_article)
    article = soup.select_one("main article.article")
    order = [
        "p.kicker",
        "h1",
        "p.lead",
        "p.byline",
        "figure.main-image",
        "div.article-body",
        "section.tags",
        "section.share",
    ]
    positions = [article.decode().index(str(article.select_one(sel))) for sel in order]
    assert positions == sorted(positions)
    assert len(soup.find_all("h1")) == 1


def test_category_and_date_line(client, full_article):
    kicker = get_page(client, full_article).select_one("p.kicker")
    link = kicker.find("a")
    assert (link["href"], link.text) == ("/category/international/", "International")
    time = kicker.find("time")
    assert time["datetime"] == timezone.localtime(full_article.published_at).isoformat()
    assert time.text == timezone.localtime(full_article.published_at).strftime(
        "%-d novembre %Y"
    ).replace("novembre", time.text.split()[1])


def test_headline_and_lead_are_typeset(client, full_article):
    soup = get_page(client, full_article)
    assert soup.h1.text == f"Le gouvernement annonce une «{NNBSP}réforme{NNBSP}» majeure"
    assert (
        soup.select_one("p.lead").text
        == f"Le chapeau{NNBSP}: ce qu{APOSTROPHE}il faut savoir{NNBSP}?"
    )
    assert soup.title.text.startswith("Le gouvernement annonce")


def test_attribution_line(client, full_article):
    byline = get_page(client, full_article).select_one("p.byline")
    author = byline.select_one(".author a")
    assert author["href"] == full_article.author.get_absolute_url()
    assert author.text == full_article.author.name
    original = byline.select_one("a.original-link")
    assert (original["href"], original.text) == (
        full_article.original_url,
        full_article.source.name,
    )
    assert byline.select_one(".original-language").text == "(original en espagnol)"
    published = byline.select_one("time.published")
    assert published["datetime"] == timezone.localtime(full_article.published_at).isoformat()
    assert " à " in published.text
    assert byline.select_one("time.updated") is None


def test_updated_date_shown_once_updated(client, full_article):
    full_article.updated_at = full_article.published_at + timezone.timedelta(hours=2)
    full_article.save()
    updated = get_page(client, full_article).select_one("p.byline time.updated")
    assert updated["datetime"] == timezone.localtime(full_article.updated_at).isoformat()


def test_body_blocks_rendered_per_kind(client, full_article):
    body = get_page(client, full_article).select_one("div.article-body")
    assert [p.text for p in body.find_all("p", recursive=False) if not p.get("class")] == [
        f"Le ministre a parlé de «{NNBSP}réforme{NNBSP}» hier.",
        f"Deuxième paragraphe{NNBSP}: la suite.",
        "Troisième paragraphe.",
        "Quatrième paragraphe.",
    ]
    assert body.find("h2").text == "Ce qui change"
    quote = body.select_one("figure.quote")
    assert quote.blockquote.p.text == f"Nous ne reculerons pas{NNBSP}!"
    assert quote.find("cite").text == "Ana Pérez"
    original = quote.select_one("details.quote-original blockquote")
    assert original["lang"] == "es"
    assert original.text.strip() == "¡No retrocederemos!"
    assert [li.text for li in body.find("ul").find_all("li")] == ["Premier point", "Second point"]
    image = body.select_one("figure.image")
    assert image.img["src"] == "https://img.example/plaza.jpg"
    assert image.img["alt"] == "Une place pleine de monde"
    assert image.figcaption.select_one(".credit").text == "Photo : Agence X"
    embed = body.select_one("p.embed a")
    assert (embed["href"], embed.text) == (
        "https://video.example/v/1",
        "La vidéo de la déclaration",
    )


@pytest.mark.parametrize(("level", "tag"), [(1, "h2"), (2, "h2"), (3, "h3"), (4, "h4"), (6, "h4")])
def test_heading_levels_stay_between_2_and_4(client, site_settings, level, tag):
    article = ArticleFactory(blocks=[("heading", "Intertitre", "", {"level": level})])
    body = get_page(client, article).select_one("div.article-body")
    assert body.find(tag).text == "Intertitre"


def test_ordered_list_and_unsafe_links_dropped(client, site_settings):
    article = ArticleFactory(
        blocks=[
            ("list", "Un\nDeux\n\nTrois", "", {"ordered": True}),
            ("embed", "Piège", "", {"url": "javascript:alert(1)"}),
            ("image", "Légende", "", {"src": "data:image/png;base64,AAAA"}),
        ]
    )
    body = get_page(client, article).select_one("div.article-body")
    assert [li.text for li in body.find("ol").find_all("li")] == ["Un", "Deux", "Trois"]
    assert "javascript:" not in body.decode()
    assert body.find("img") is None


def test_main_image_with_caption_and_credit(client, full_article):
    figure = get_page(client, full_article).select_one("figure.main-image")
    assert figure.img["src"] == "https://img.example/main.jpg"
    assert figure.img["alt"] == "Le ministre devant un pupitre"
    assert figure.figcaption.select_one(".credit").text == "Photo : Photo Agence"


def test_ad_slots_are_labelled_and_placed(client, full_article, ad_slots):
    soup = get_page(client, full_article)
    body = soup.select_one("div.article-body")
    children = [c for c in body.children if getattr(c, "name", None)]
    in_article = body.select_one("div.ad-in_article")
    # After the second paragraph (the heading between them does not count).
    assert children.index(in_article) == 3
    assert children[2].text.startswith("Deuxième paragraphe")
    assert in_article.select_one(".ad-label").text == "Publicité"
    assert soup.select_one("figure.quote .ad") is None
    end = soup.select_one("article.article > div.ad-end")
    assert end.select_one(".ad-label").text == "Publicité"
    assert end.find("b").text == "fin"
    sidebar = soup.select_one("aside.sidebar")
    assert sidebar["aria-label"] == "Publicité"
    assert sidebar.select_one(".ad-label").text == "Publicité"


def test_ads_after_a_missing_paragraph_are_left_out(client, full_article, ad_slots):
    AdSlot.objects.filter(placement="in_article").update(after_paragraph=99)
    soup = get_page(client, full_article)
    assert soup.select("div.ad-in_article") == []


@pytest.mark.parametrize("switch", ["article", "category", "excluded"])
def test_no_ads_when_switched_off(client, full_article, ad_slots, switch):
    if switch == "article":
        full_article.no_ads = True
        full_article.save()
    elif switch == "category":
        full_article.category.no_ads = True
        full_article.category.save()
    else:
        for slot in ad_slots:
            slot.excluded_categories.add(full_article.category)
    soup = get_page(client, full_article)
    assert soup.select(".ad") == []
    assert "Publicité" not in soup.text


def test_tags(client, full_article):
    links = get_page(client, full_article).select("section.tags a")
    assert [(a["href"], a.text) for a in links] == [
        ("/tag/espagne/", "Espagne"),
        ("/tag/elections/", "Élections"),
    ]


def test_share_links_are_plain_urls(client, full_article):
    soup = get_page(client, full_article)
    url = f"{SITE}/articles/reforme-majeure/"
    links = {a["class"][0]: a["href"] for a in soup.select("section.share a")}
    assert set(links) == {
        "share-facebook",
        "share-x",
        "share-linkedin",
        "share-pinterest",
        "share-email",
    }
    assert parse_qs(urlsplit(links["share-facebook"]).query)["u"] == [url]
    assert parse_qs(urlsplit(links["share-x"]).query)["url"] == [url]
    assert parse_qs(urlsplit(links["share-linkedin"]).query)["url"] == [url]
    pin = parse_qs(urlsplit(links["share-pinterest"]).query)
    assert pin["url"] == [url]
    assert pin["media"] == ["https://img.example/main.jpg"]
    mail = urlsplit(links["share-email"])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["body"] == [url]
    copy = soup.select_one("section.share input#share-url")
    assert copy["value"] == url
    assert soup.select_one("label[for=share-url]").text == "Copier le lien"
    assert soup.find_all("script", src=True) == []  # no third-party script, no script at all


def test_related_articles_whole_titles_source_and_date(client, full_article):
    long_title = "Un titre très long qui ne doit jamais être coupé au milieu " * 3
    # "Lire aussi" starts with the other articles of the article's story (issue 5).
    full_article.story = StoryFactory()
    full_article.save(update_fields=["story"])
    others = [
        ArticleFactory(story=full_article.story, title=long_title.strip()),
        ArticleFactory(story=full_article.story),
    ]
    ArticleFactory(category=full_article.category)  # same category, another story: not related
    soup = get_page(client, full_article)
    related = soup.select_one("section.related")
    assert related.h2.text == "Lire aussi"
    items = related.find_all("li")
    hrefs = [li.a["href"] for li in items]
    assert full_article.get_absolute_url() not in hrefs
    assert sorted(hrefs) == sorted(a.get_absolute_url() for a in others)
    by_href = {li.a["href"]: li for li in items}
    first = by_href[others[0].get_absolute_url()]
    assert first.a.text == long_title.strip()
    assert first.select_one(".related-source").text == others[0].source.name
    assert first.time["datetime"] == timezone.localtime(others[0].published_at).isoformat()


def test_seo_tags(client, full_article):
    soup = get_page(client, full_article)
    url = f"{SITE}/articles/reforme-majeure/"
    assert soup.find("link", rel="canonical")["href"] == url

    def meta(prop):
        tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
        return tag["content"]

    assert meta("og:type") == "article"
    assert meta("og:url") == url
    assert meta("og:title") == full_article.title
    assert meta("og:image") == "https://img.example/main.jpg"
    assert meta("og:site_name") == "Nouvelles du Monde"
    assert meta("og:locale") == "fr_FR"
    assert meta("twitter:card") == "summary_large_image"
    assert meta("twitter:title") == full_article.title
    assert meta("description").startswith("Le chapeau")


def test_jsonld_news_article(client, full_article):
    soup = get_page(client, full_article)
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == full_article.title
    assert data["datePublished"] == full_article.published_at.isoformat()
    assert data["dateModified"] == full_article.updated_at.isoformat()
    assert data["author"] == [
        {
            "@type": "Person",
            "name": full_article.author.name,
            "url": f"{SITE}{full_article.author.get_absolute_url()}",
        }
    ]
    assert data["publisher"]["name"] == "Nouvelles du Monde"
    assert data["image"] == ["https://img.example/main.jpg"]
    assert data["inLanguage"] == "fr"
    assert data["isBasedOn"] == full_article.canonical_url


def test_jsonld_cannot_be_broken_out_of(client, site_settings):
    article = ArticleFactory(title="</script><script>alert(1)</script> & co")
    response = client.get(article.get_absolute_url())
    soup = parse(response)
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["headline"] == article.title
    assert b"</script><script>alert" not in response.content


def test_page_language_and_quote_language(client, site_settings):
    article = ArticleFactory(
        blocks=[("quote", "We will not move.", "", {"speaker": "J. Doe", "lang": "en"})],
        machine_translated=False,
        original_language="en",
    )
    soup = get_page(client, article)
    assert soup.html["lang"] == "fr"
    blockquote = soup.select_one("figure.quote blockquote")
    assert blockquote["lang"] == "en"
    assert blockquote.text == "We will not move."  # no French spacing in English text


def test_translation_context_is_available(client, full_article):
    response = client.get(full_article.get_absolute_url())
    assert response.context["article"].original_language == "es"
    assert response.context["article"].translation_backend == "apertium"
    assert response.context["original_language_name"] == "espagnol"


def test_unpublished_and_scheduled_articles_are_404(client, site_settings):
    draft = ArticleFactory(status="draft")
    scheduled = ArticleFactory(published_at=timezone.now() + timezone.timedelta(hours=1))
    for article in (draft, scheduled):
        response = client.get(article.get_absolute_url())
        assert response.status_code == 404
        soup = parse(response)
        assert soup.h1.text == "Page introuvable"
        assert soup.html["lang"] == "fr"


def test_article_without_category_source_or_author(client, site_settings):
    article = ArticleFactory(category=None, source=None, author=None, original_url="")
    soup = get_page(client, article)
    assert soup.select_one("p.kicker a") is None
    assert soup.select_one(".attribution") is None
    assert soup.select_one("section.related") is None


def test_category_page_marks_current_navigation(client, full_article):
    CategoryFactory(name="Sports", slug="sports")
    soup = parse(client.get("/category/international/"))
    current = soup.select_one("nav.site-nav a[aria-current=page]")
    assert current.text == "International"
