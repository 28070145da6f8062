"""The export format: every article as one JSON object per line (JSON Lines).

`export_articles()` writes it, `import_articles()` reads it back; this is the
backup and migration format, documented key by key in docs/export-format.md.
Import is idempotent by slug and atomic per article: a bad line is reported
with its number and leaves nothing half-written; the other lines still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify

from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.core.types import BlockKind
from nouvelles.site.models import bump_content_version
from nouvelles.sources.models import Source

# The documented keys, in the order they are written.
ARTICLE_KEYS = (
    "id",
    "slug",
    "url",
    "status",
    "title",
    "lead",
    "blocks",
    "language",
    "original",
    "source",
    "category",
    "tags",
    "story_id",
    "duplicate_of",
    "translation",
    "published_at",
    "updated_at",
)
ORIGINAL_KEYS = (
    "title",
    "lead",
    "blocks",
    "language",
    "url",
    "canonical_url",
    "author",
    "published_at",
)
SOURCE_KEYS = ("id", "name", "feed_url")
TRANSLATION_KEYS = ("backend", "machine", "revised", "warnings")
URL_ATTRS = ("src", "url")  # block attributes that hold a link


class RecordError(ValueError):
    """A line of an export file that cannot be imported; the message says why."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- export -------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _block_dict(block: Block, original: bool = False) -> dict[str, Any]:
    data = (block.as_original_data() if original else block.as_data()).to_dict()
    if block.edited and not original:
        data["edited"] = True
    return data


def article_record(article: Article) -> dict[str, Any]:
    """One article in the export form (expects blocks and tags prefetched)."""
    blocks = list(article.blocks.all())
    source = article.source
    return {
        "id": article.pk,
        "slug": article.slug,
        "url": article.get_absolute_url(),
        "status": article.status,
        "title": article.title,
        "lead": article.lead,
        "blocks": [_block_dict(b) for b in blocks],
        "language": article.language,
        "original": {
            "title": article.original_title,
            "lead": article.original_lead,
            "blocks": [_block_dict(b, original=True) for b in blocks],
            "language": article.original_language,
            "url": article.original_url,
            "canonical_url": article.canonical_url,
            "author": article.author.name if article.author else None,
            "published_at": _iso(article.original_published_at),
        },
        "source": (
            {"id": source.pk, "name": source.name, "feed_url": source.feed_url} if source else None
        ),
        "category": (
            {"slug": article.category.slug, "name": article.category.name}
            if article.category
            else None
        ),
        "tags": [{"slug": t.slug, "name": t.name} for t in article.tags.all()],
        "story_id": article.story_id,
        "duplicate_of": article.duplicate_of_id,
        "translation": {
            "backend": article.translation_backend,
            "machine": article.machine_translated,
            "revised": article.translation_revised,
            "warnings": list(article.translation_warnings or []),
        },
        "published_at": _iso(article.published_at),
        "updated_at": _iso(article.updated_at),
    }


def iter_records(queryset=None) -> Iterator[dict[str, Any]]:
    """Every article (any status) as an export record, by id."""
    queryset = Article.objects.all() if queryset is None else queryset
    queryset = (
        queryset.select_related("source", "category", "author")
        .prefetch_related("blocks", "tags")
        .order_by("pk")
    )
    for article in queryset.iterator(chunk_size=500):
        yield article_record(article)


def export_articles(out: TextIO, queryset=None) -> int:
    """Write every article to `out` as JSON Lines; return how many were written."""
    count = 0
    for record in iter_records(queryset):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        count += 1
    return count


# --- import -------------------------------------------------------------------


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise RecordError(message)


def _text(data: dict, key: str, where: str = "", required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        _expect(not required, f"{where}{key} is missing")
        return ""
    _expect(isinstance(value, str), f"{where}{key} must be a string")
    return value


def _date(data: dict, key: str, where: str = "") -> datetime | None:
    value = data.get(key)
    if value in (None, ""):
        return None
    _expect(isinstance(value, str), f"{where}{key} must be an ISO 8601 date or null")
    parsed = parse_datetime(value)
    _expect(parsed is not None, f"{where}{key} is not an ISO 8601 date: {value!r}")
    _expect(parsed.tzinfo is not None, f"{where}{key} needs a time zone: {value!r}")
    return parsed


def _blocks(value: Any, where: str) -> list[dict[str, Any]]:
    _expect(isinstance(value, list), f"{where} must be a list")
    kinds = {k.value for k in BlockKind}
    for i, block in enumerate(value):
        _expect(isinstance(block, dict), f"{where}[{i}] must be an object")
        _expect(block.get("type") in kinds, f"{where}[{i}].type must be one of {sorted(kinds)}")
        _expect(isinstance(block.get("text", ""), str), f"{where}[{i}].text must be a string")
        for attr in URL_ATTRS:
            link = block.get(attr)
            if link is not None:
                _expect(
                    isinstance(link, str) and link.startswith(("http://", "https://", "/")),
                    f"{where}[{i}].{attr} must be an http(s) URL or a path",
                )
    return value


def parse_record(line: str) -> dict[str, Any]:
    """Decode and check one line; raise RecordError saying what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    _expect(isinstance(record, dict), "a line must hold one JSON object")
    slug = _text(record, "slug", required=True)
    _expect(bool(slug) and slugify(slug) == slug, f"slug {slug!r} is not a valid slug")
    _expect(len(slug) <= 200, "slug is longer than 200 characters")
    title = _text(record, "title", required=True)
    _expect(bool(title.strip()), "title is empty")
    _expect(len(title) <= 500, "title is longer than 500 characters")
    _expect(
        record.get("status") in Article.Status.values,
        "status must be one of " + ", ".join(Article.Status.values),
    )
    _expect(
        len(_text(record, "language", required=True)) <= 12, "language is longer than 12 characters"
    )
    _text(record, "lead")
    _blocks(record.get("blocks", []), "blocks")
    for key in ("original", "source", "category", "translation"):
        _expect(
            record.get(key) is None or isinstance(record[key], dict),
            f"{key} must be an object or null",
        )
    original = record.get("original") or {}
    if original.get("blocks"):
        _blocks(original["blocks"], "original.blocks")
        _expect(
            len(original["blocks"]) == len(record.get("blocks", [])),
            "original.blocks and blocks must have the same length (they are stored side by side)",
        )
    for key in ("title", "lead", "language", "url", "canonical_url", "author"):
        _text(original, key, "original.")
    _date(original, "published_at", "original.")
    _date(record, "published_at")
    _date(record, "updated_at")
    source = record.get("source")
    if source:
        _expect(bool(_text(source, "feed_url", "source.")), "source.feed_url is missing")
        _text(source, "name", "source.")
    category = record.get("category")
    if category:
        _expect(bool(_text(category, "slug", "category.")), "category.slug is missing")
    tags = record.get("tags", [])
    _expect(isinstance(tags, list), "tags must be a list")
    for i, tag in enumerate(tags):
        _expect(isinstance(tag, dict) and bool(tag.get("slug")), f"tags[{i}] needs a slug")
    for key in ("id", "story_id", "duplicate_of"):
        value = record.get(key)
        _expect(
            value is None or (isinstance(value, int) and value > 0),
            f"{key} must be a positive integer or null",
        )
    warnings = (record.get("translation") or {}).get("warnings", [])
    _expect(isinstance(warnings, list), "translation.warnings must be a list")
    return record


def _free_pk(model, pk: int | None) -> int | None:
    """Keep an exported id when it is free here (restoring into an empty database)."""
    if pk and not model.objects.filter(pk=pk).exists():
        return pk
    return None


def _source(data: dict | None, language: str) -> Source | None:
    if not data:
        return None
    source = Source.objects.filter(feed_url=data["feed_url"]).first()
    if source is None:
        source = Source.objects.create(
            pk=_free_pk(Source, data.get("id")),
            feed_url=data["feed_url"],
            name=data.get("name") or data["feed_url"],
            language=language or "auto",
        )
    return source


def _category(data: dict | None) -> Category | None:
    if not data:
        return None
    category, _created = Category.objects.get_or_create(
        slug=data["slug"], defaults={"name": data.get("name") or data["slug"]}
    )
    return category


def _author(name: str) -> Author | None:
    if not name:
        return None
    author, _created = Author.objects.get_or_create(
        slug=slugify(name)[:200] or "author", defaults={"name": name}
    )
    return author


def _story(story_id: int | None, title: str) -> Story | None:
    if not story_id:
        return None
    story = Story.objects.filter(pk=story_id).first()
    if story is None:
        story = Story.objects.create(pk=story_id, title=title, slug=f"story-{story_id}")
    return story


def _block_rows(article: Article, record: dict) -> list[Block]:
    originals = (record.get("original") or {}).get("blocks") or []
    rows = []
    for position, data in enumerate(record.get("blocks", [])):
        attrs = {k: v for k, v in data.items() if k not in {"type", "text", "edited"}}
        original_text = originals[position].get("text", "") if originals else ""
        rows.append(
            Block(
                article=article,
                position=position,
                kind=data["type"],
                text=data.get("text", ""),
                original_text=original_text,
                attrs=attrs,
                edited=bool(data.get("edited")),
            )
        )
    return rows


def save_record(record: dict[str, Any]) -> tuple[Article, bool]:
    """Create or update the article with this slug (one transaction); return (article, created)."""
    original = record.get("original") or {}
    translation = record.get("translation") or {}
    language, original_language = record["language"], original.get("language") or ""
    machine = bool(translation.get("machine"))
    with transaction.atomic():
        article = Article.objects.filter(slug=record["slug"]).first()
        created = article is None
        if created:
            article = Article(pk=_free_pk(Article, record.get("id")), slug=record["slug"])
        article.status = record["status"]
        article.title = record["title"]
        article.lead = record.get("lead") or ""
        article.language = language
        article.original_title = original.get("title") or ""
        article.original_lead = original.get("lead") or ""
        article.original_language = original_language
        article.original_url = original.get("url") or ""
        article.canonical_url = original.get("canonical_url") or ""
        article.original_published_at = _date(original, "published_at")
        article.author = _author(original.get("author") or "")
        article.source = _source(record.get("source"), original_language)
        article.category = _category(record.get("category"))
        article.story = _story(record.get("story_id"), record["title"])
        article.translation_backend = translation.get("backend") or ""
        article.machine_translated = machine
        article.translation_revised = bool(translation.get("revised"))
        article.translation_warnings = list(translation.get("warnings") or [])
        if original_language and original_language != language:
            article.translation_state = Article.TranslationState.DONE
        article.published_at = _date(record, "published_at")
        if record.get("updated_at"):
            article.updated_at = _date(record, "updated_at")
        article.save()
        article.blocks.all().delete()
        Block.objects.bulk_create(_block_rows(article, record))
        article.tags.set(
            [
                Tag.objects.get_or_create(
                    slug=t["slug"], defaults={"name": t.get("name") or t["slug"]}
                )[0]
                for t in record.get("tags", [])
            ]
        )
    return article, created


def _link_duplicates(links: dict[int, int | None], id_map: dict[int, int]) -> None:
    """Point duplicate_of at the imported articles once every line is in."""
    for local_id, exported_target in links.items():
        target = id_map.get(exported_target) if exported_target else None
        Article.objects.filter(pk=local_id).update(duplicate_of_id=target)


def _reset_sequences() -> None:
    """Explicit ids do not move PostgreSQL sequences: move them past the largest id."""
    statements = connection.ops.sequence_reset_sql(no_style(), [Article, Source, Story])
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def import_articles(lines: Iterable[str]) -> ImportReport:
    """Load export lines; each good line is saved, each bad one reported with its number."""
    report = ImportReport()
    id_map: dict[int, int] = {}
    links: dict[int, int | None] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
            article, created = save_record(record)
        except RecordError as exc:
            report.errors.append((number, str(exc)))
            continue
        except Exception as exc:  # a database refusal: report the line, keep going
            report.errors.append((number, f"{type(exc).__name__}: {exc}"))
            continue
        if record.get("id"):
            id_map[record["id"]] = article.pk
        links[article.pk] = record.get("duplicate_of")
        report.created += created
        report.updated += not created
    _link_duplicates(links, id_map)
    _reset_sequences()
    if report.created or report.updated:
        bump_content_version()
    return report
