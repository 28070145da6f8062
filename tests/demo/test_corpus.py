"""The demo corpus is complete and consistent as data (no database)."""

from collections import Counter

import pytest

from nouvelles.demo.comments import COMMENTS
from nouvelles.demo.corpus import articles_by_source, expand_block
from nouvelles.demo.images import render_svg
from nouvelles.demo.sources import CATEGORIES, SOURCES, source_by_key

ALL = [(key, a) for key, articles in articles_by_source().items() for a in articles]


def test_sizes_meet_the_issue():
    assert len(ALL) >= 40
    assert len(CATEGORIES) == 5
    assert len(SOURCES) == 4
    assert {s["language"] for s in SOURCES} >= {"fr", "es", "en"}


def test_every_category_and_language_has_articles():
    used = {source_by_key(k)["sections"][a["section"]] for k, a in ALL}
    assert used == {c["slug"] for c in CATEGORIES}


def test_ids_and_paths_are_unique():
    assert len({a["id"] for _k, a in ALL}) == len(ALL)
    assert len({(k, a["path"]) for k, a in ALL}) == len(ALL)


def test_events_are_covered_across_sources_and_languages():
    by_event = Counter(a["event"] for _k, a in ALL)
    shared = [e for e, n in by_event.items() if n >= 3]
    assert len(shared) >= 5
    languages = {
        e: {source_by_key(k)["language"] for k, a in ALL if a["event"] == e} for e in shared
    }
    assert all(len(langs) >= 2 for langs in languages.values())


@pytest.mark.parametrize(("key", "article"), ALL, ids=[a["id"] for _k, a in ALL])
def test_article_is_well_formed(key, article):
    source = source_by_key(key)
    assert article["section"] in source["sections"]
    assert article["tags"] and article["author"] and article["hours_ago"] > 0
    render_svg(article["image"]["motif"], article["id"])  # the motif exists
    versions = [article["original"]]
    if source["language"] == "fr":
        assert "fr" not in article
    else:
        french = article["fr"]
        versions.append(french)
        assert french["image_alt"] and french["image_caption"]
        # Stored side by side: same number of blocks, same kind at each position.
        assert [b[0] for b in french["blocks"]] == [b[0] for b in article["original"]["blocks"]]
        assert french["title"] != article["original"]["title"]
    for version in versions:
        assert version["title"].strip() and version["lead"].strip()
        assert len(version["blocks"]) >= 3
        for block in version["blocks"]:
            data = expand_block(block)
            assert data["text"].strip()


def test_corpus_has_quotes_with_speakers_lists_headings_and_images():
    kinds = Counter()
    for _k, article in ALL:
        for block in article["original"]["blocks"]:
            data = expand_block(block)
            kinds[data["type"]] += 1
            if data["type"] == "quote":
                kinds["speaker"] += bool(data.get("speaker"))
    assert kinds["quote"] >= 20 and kinds["speaker"] == kinds["quote"]
    assert kinds["list"] >= 5 and kinds["heading"] >= 5 and kinds["image"] >= 2


def test_comments_point_at_demo_articles():
    ids = {a["id"] for _k, a in ALL}
    assert set(COMMENTS) <= ids
    assert sum(map(len, COMMENTS.values())) >= 3


def test_svg_is_deterministic_and_parses():
    from defusedxml.minidom import parseString

    assert render_svg("waves", "a") == render_svg("waves", "a")
    assert render_svg("waves", "a") != render_svg("waves", "b")
    parseString(render_svg("stars", "x", "A <label> & more"))
    with pytest.raises(ValueError, match="unknown demo image motif"):
        render_svg("unicorn", "x")
