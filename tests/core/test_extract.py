"""Extraction and boilerplate on our synthetic with/without corpus (tests/data/pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nouvelles.core.boilerplate import BoilerplateKnowledge, remove_boilerplate
from nouvelles.core.extract import (
    ExtractionError,
    article_from_entry,
    blocks_from_html_fragment,
    extract_article,
    prefer_richer,
)
from nouvelles.core.types import BlockKind, FeedEntry

PAGES = Path(__file__).parents[1] / "data" / "pages"
CASES = json.loads((PAGES / "expected.json").read_text())
BASE = "https://courrier.example"


def load(name: str) -> str:
    return (PAGES / name).read_text().replace("{base}", BASE)


def text_of(article) -> str:
    return "\n".join([article.lead] + [b.text for b in article.blocks])


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_with_and_without(case):
    article = extract_article(load(case["file"]), f"{BASE}/pages/{case['file']}")
    text = text_of(article)
    assert article.title == case["title"]
    assert article.lead == case["lead"]
    for expected in case["with"]:
        assert expected in text, f"missing: {expected}"
    for unwanted in case["without"]:
        assert unwanted not in text, f"boilerplate kept: {unwanted}"


def test_structure_and_metadata():
    article = extract_article(load("glaciers.html"), f"{BASE}/pages/glaciers.html")
    kinds = [b.kind for b in article.blocks]
    assert BlockKind.HEADING in kinds and BlockKind.QUOTE in kinds and BlockKind.LIST in kinds
    heading = next(b for b in article.blocks if b.kind == BlockKind.HEADING)
    assert heading.attrs["level"] == 2
    items = next(b for b in article.blocks if b.kind == BlockKind.LIST).text.splitlines()
    assert len(items) == 3
    image = next(b for b in article.blocks if b.kind == BlockKind.IMAGE)
    assert image.attrs["src"] == f"{BASE}/img/glaciers-2.jpg"
    assert image.text == "Le glacier d'Aletsch vu depuis l'Eggishorn, en août 2026."
    assert article.author == "Claire Martin"
    assert article.published_at.isoformat() == "2026-11-24T07:30:00+00:00"  # UTC
    assert article.image.src == f"{BASE}/img/glaciers.jpg"
    assert article.canonical_url.startswith(f"{BASE}/pages/glaciers.html")
    assert article.language == "fr"
    # The headline is not repeated in the body.
    assert all(b.text != article.title for b in article.blocks)


def test_learnt_boilerplate_from_three_pages_of_a_source():
    knowledge = BoilerplateKnowledge()
    articles = [
        extract_article(load(name), f"{BASE}/pages/{name}")
        for name in ("glaciers.html", "budget.html", "marche.html")
    ]
    site_line = "Le Courrier des tests, votre quotidien indépendant depuis 1921."
    assert all(site_line in text_of(a) for a in articles)
    for article in articles[:2]:
        knowledge.learn(article.blocks)
    kept, removed = remove_boilerplate(articles[0].blocks, knowledge, min_pages=3)
    assert site_line in "\n".join(b.text for b in kept)  # two pages: not yet
    knowledge.learn(articles[2].blocks)
    for article in articles:
        kept, removed = remove_boilerplate(article.blocks, knowledge, min_pages=3)
        assert site_line not in "\n".join(b.text for b in kept)
        assert [b.text for b in removed] == [site_line]
    # A page from the same source, extracted with that knowledge, comes out clean.
    clean = extract_article(load("budget.html"), f"{BASE}/pages/budget.html", knowledge, 3)
    assert site_line not in text_of(clean)
    assert BoilerplateKnowledge.from_dict(knowledge.to_dict()) == knowledge


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><body><nav>Menu</nav></body></html>", "not html at all \x00\x01"],
    ids=["empty", "blank", "nav-only", "binary"],
)
def test_pages_without_article_raise_extraction_error(html):
    with pytest.raises(ExtractionError):
        extract_article(html, "https://example.org/")


def test_feed_content_when_richer():
    entry = FeedEntry(
        guid="1",
        link="https://example.org/a",
        title="Titre",
        content_html="<p>" + " ".join(["mot"] * 300) + "</p><h3>Suite</h3><ul><li>un</li></ul>",
    )
    from_feed = article_from_entry(entry)
    assert [b.kind for b in from_feed.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST,
    ]
    page = extract_article(load("budget.html"), f"{BASE}/pages/budget.html")
    richer = prefer_richer(page, from_feed)
    assert richer.blocks == from_feed.blocks
    assert richer.author == "Paul Girard"  # metadata still from the page


def test_fragment_drops_scripts_and_keeps_figures():
    blocks = blocks_from_html_fragment(
        "<p>Un <b>texte</b><script>alert(1)</script></p>"
        '<figure><img src="/i.jpg" alt="x"><figcaption>Légende</figcaption></figure>',
        "https://example.org/a",
    )
    assert blocks[0].text == "Un texte"
    assert blocks[1].attrs["src"] == "https://example.org/i.jpg"
    assert blocks[1].text == "Légende"
