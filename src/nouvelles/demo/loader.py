"""Write the demo corpus straight into the database: published, in French, originals kept.

Later, the demo goes through the real ingestion pipeline (the corpus is written
from the source side for that); until then this loader stands in for
fetch → extract → translate, using the French versions we wrote ourselves.
Loading twice updates the same rows: sources by feed URL, articles by
(source, GUID), everything else by slug or name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from nouvelles.articles.models import Article, Author, Block, Category, Tag
from nouvelles.articles.publish import publish_article
from nouvelles.comments.models import Comment
from nouvelles.demo.comments import COMMENTS
from nouvelles.demo.corpus import articles_by_source, expand_block
from nouvelles.demo.images import render_svg
from nouvelles.demo.site_settings import AD_SLOTS, SITE_SETTINGS
from nouvelles.demo.sources import CATEGORIES, SOURCES, feed_url, source_by_key
from nouvelles.site.models import AdSlot, SiteSettings
from nouvelles.sources.models import Source

DEMO_BACKEND = "demo"  # stands in for a machine-translation backend until the pipeline runs


@dataclass(frozen=True)
class DemoReport:
    categories: int
    sources: int
    articles: int
    comments: int
    languages: tuple[str, ...]


def load_demo(now: datetime | None = None, media_root: Path | None = None) -> DemoReport:
    """Load (or refresh) the whole demo: categories, sources, articles, images, comments."""
    now = now or timezone.now()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with transaction.atomic():
        categories = {c["slug"]: _save_category(i, c) for i, c in enumerate(CATEGORIES)}
        sources = {s["key"]: _save_source(s, categories) for s in SOURCES}
        articles: dict[str, Article] = {}
        for key, specs in articles_by_source().items():
            for spec in specs:
                articles[spec["id"]] = _save_article(
                    spec, source_by_key(key), sources[key], categories, now, media_root
                )
        comments = _save_comments(articles, now)
        _save_site_settings()
    return DemoReport(
        categories=len(categories),
        sources=len(sources),
        articles=len(articles),
        comments=comments,
        languages=tuple(sorted({s["language"] for s in SOURCES})),
    )


def _save_category(position: int, spec: dict) -> Category:
    category, _created = Category.objects.update_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "description": spec["description"],
            "position": position,
        },
    )
    return category


def _save_source(spec: dict, categories: dict[str, Category]) -> Source:
    source, _created = Source.objects.update_or_create(
        feed_url=feed_url(spec),
        defaults={
            "name": spec["name"],
            "homepage": spec["homepage"],
            "language": spec["language"],
            "reuse_policy": Source.ReusePolicy.FULL,
            "category_map": dict(spec["sections"]),
            "default_category": categories[spec["sections"][spec["default_section"]]],
            # The demo sites are fictional (.example): nothing should try to fetch them.
            "enabled": False,
            "disabled_reason": "Demo source: its site is fictional, articles are loaded locally.",
        },
    )
    return source


def _author(name: str) -> Author:
    author, _created = Author.objects.get_or_create(
        slug=slugify(name)[:200], defaults={"name": name}
    )
    return author


def _tag(name: str) -> Tag:
    tag, _created = Tag.objects.get_or_create(slug=slugify(name)[:100], defaults={"name": name})
    return tag


def _write_image(media_root: Path, name: str, motif: str, label: str) -> str:
    """Draw one SVG under MEDIA_ROOT/demo/ and return its public URL."""
    folder = media_root / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.svg").write_text(render_svg(motif, name, label), encoding="utf-8")
    return f"{settings.MEDIA_URL}demo/{name}.svg"


def _unique_slug(title: str, guid: str, fallback: str) -> str:
    slug = slugify(title)[:90].strip("-") or fallback
    if Article.objects.filter(slug=slug).exclude(guid=guid).exists():
        slug = f"{slug[:80]}-{fallback}"
    return slug


def _save_article(
    spec: dict,
    source_spec: dict,
    source: Source,
    categories: dict[str, Category],
    now: datetime,
    media_root: Path,
) -> Article:
    original = spec["original"]
    french = spec.get("fr") or original
    translated = source_spec["language"] != "fr"
    url = source_spec["homepage"] + spec["path"]
    published_at = now - timedelta(hours=spec["hours_ago"])
    updated_hours = spec.get("updated_hours_ago")
    updated_at = now - timedelta(hours=updated_hours) if updated_hours else published_at
    image = spec["image"]
    fields = {
        "original_url": url,
        "canonical_url": url,
        "original_title": original["title"],
        "original_lead": original["lead"],
        "original_language": source_spec["language"],
        # The source published a little before we did.
        "original_published_at": published_at - timedelta(minutes=40),
        "original_updated_at": updated_at - timedelta(minutes=40) if updated_hours else None,
        "author": _author(spec["author"]),
        "image_url": _write_image(media_root, spec["id"], image["motif"], image["alt"]),
        "image_caption": french.get("image_caption", image["caption"]),
        "image_alt": french.get("image_alt", image["alt"]),
        "image_credit": image["credit"],
        "title": french["title"],
        "lead": french["lead"],
        "language": "fr",
        "slug": _unique_slug(french["title"], url, spec["id"]),
        "category": categories[source_spec["sections"][spec["section"]]],
        "machine_translated": translated,
        "translation_backend": DEMO_BACKEND if translated else "",
        "translation_state": (
            Article.TranslationState.DONE if translated else Article.TranslationState.NOT_NEEDED
        ),
        "published_at": published_at,
        "updated_at": updated_at,
        "created_at": published_at,
    }
    article, _created = Article.objects.update_or_create(source=source, guid=url, defaults=fields)
    _save_blocks(article, spec, original["blocks"], french["blocks"], media_root)
    article.tags.set([_tag(name) for name in spec["tags"]])
    publish_article(article, at=published_at)
    return article


def _save_blocks(
    article: Article, spec: dict, original: list[tuple], french: list[tuple], media_root: Path
) -> None:
    if len(original) != len(french):
        raise ValueError(f"demo article {spec['id']}: the French version has another block count")
    article.blocks.all().delete()
    blocks = []
    for position, (orig, fr) in enumerate(zip(original, french, strict=True)):
        data, orig_data = expand_block(fr), expand_block(orig)
        if data["type"] != orig_data["type"]:
            raise ValueError(f"demo article {spec['id']}: block {position} changes type")
        kind, text = data.pop("type"), data.pop("text")
        if kind == "image":
            motif = data.pop("motif")
            data["src"] = _write_image(media_root, f"{spec['id']}-{position}", motif, data["alt"])
        blocks.append(
            Block(
                article=article,
                position=position,
                kind=kind,
                text=text,
                original_text=orig_data["text"],
                attrs=data,
            )
        )
    Block.objects.bulk_create(blocks)


def _save_comments(articles: dict[str, Article], now: datetime) -> int:
    count = 0
    for article_id, specs in COMMENTS.items():
        saved: list[Comment] = []
        for spec in specs:
            parent = saved[spec["reply_to"]] if "reply_to" in spec else None
            comment, _created = Comment.objects.update_or_create(
                article=articles[article_id],
                name=spec["name"],
                text=spec["text"],
                defaults={
                    "email": spec["email"],
                    "parent": parent,
                    "status": Comment.Status.APPROVED,
                    "created_at": now - timedelta(hours=spec["hours_ago"]),
                },
            )
            saved.append(comment)
            count += 1
    return count


def _save_site_settings() -> None:
    site, _created = SiteSettings.objects.get_or_create(pk=1)
    for name, value in SITE_SETTINGS.items():
        setattr(site, name, value)
    site.save()
    for spec in AD_SLOTS:
        AdSlot.objects.update_or_create(name=spec["name"], defaults=spec)
