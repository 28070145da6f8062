"""The demo through the real ingestion pipeline.

The corpus is rendered as the four fictional sources would publish it: RSS, Atom and JSON
feeds, and HTML article pages wrapped in realistic boilerplate (share words, "Lire aussi"
lines, ad labels, newsletter prompts, comment forms, a per-site signature line). A local
HTTP server on 127.0.0.1 (a free port) serves them for the time of the load; each source
is fetched with `ingest_source`, exactly as a real one, then `reconcile_article` adds what
a feed cannot carry: our tags, the SVG images written under MEDIA_ROOT, the quoted
speakers, and, for foreign articles, the corpus's hand-written French standing in for a
translation backend (the translation app's demo step replaces it when it can translate).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from django.conf import settings
from django.test.utils import override_settings

from nouvelles.articles.models import Article
from nouvelles.articles.publish import publish_article
from nouvelles.demo.corpus import articles_by_source, expand_block
from nouvelles.demo.images import render_svg
from nouvelles.demo.sources import source_by_key
from nouvelles.sources.ingest import IngestReport, ingest_source
from nouvelles.sources.models import Source

# What each fictional site wraps around its articles: the boilerplate ingestion must remove.
BOILERPLATE = {
    "fr": {
        "share": "Partager Facebook Twitter LinkedIn E-mail",
        "ad": "PUBLICITÉ",
        "read_also": "Lire aussi : ",
        "newsletter": "Inscrivez-vous à notre newsletter : l'essentiel de l'actualité chaque matin",
        "comments": "Laisser un commentaire",
        "comment_notice": "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    },
    "es": {
        "share": "Compartir Facebook Twitter WhatsApp",
        "ad": "Publicidad",
        "read_also": "Lee también: ",
        "newsletter": "Suscríbete a nuestro boletín y recibe las noticias cada mañana",
        "comments": "Deja un comentario",
        "comment_notice": "Tu dirección de correo electrónico no será publicada.",
    },
    "en": {
        "share": "Share Facebook Twitter Email",
        "ad": "ADVERTISEMENT",
        "read_also": "Read more: ",
        "newsletter": "Sign up for our morning newsletter to get the news first",
        "comments": "Leave a Reply",
        "comment_notice": "Your email address will not be published. Required fields are marked *",
    },
}
_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _published(spec: dict, now: datetime) -> datetime:
    return now - timedelta(hours=spec["hours_ago"])


def _updated(spec: dict, now: datetime) -> datetime | None:
    hours = spec.get("updated_hours_ago")
    return now - timedelta(hours=hours) if hours else None


def _block_html(block: dict, image_url: str) -> str:
    kind, text = block["type"], escape(block["text"])
    if kind == "paragraph":
        return f"<p>{text}</p>"
    if kind == "heading":
        return f"<h2>{text}</h2>"
    if kind == "quote":
        return f"<blockquote><p>{text}</p></blockquote>"
    if kind == "list":
        tag = "ol" if block.get("ordered") else "ul"
        items = "".join(f"<li>{escape(i)}</li>" for i in block["text"].splitlines())
        return f"<{tag}>{items}</{tag}>"
    if kind == "image":
        return (
            f'<figure><img src="{image_url}" alt="{escape(block["alt"])}">'
            f"<figcaption>{text}</figcaption></figure>"
        )
    return ""


def render_page(source: dict, spec: dict, others: list[dict], base: str, now: datetime) -> str:
    """One article page, as its site would serve it, boilerplate included."""
    lang = source["language"]
    words = BOILERPLATE[lang]
    original = spec["original"]
    canonical = source["homepage"] + spec["path"]
    body = []
    for position, compact in enumerate(original["blocks"]):
        block = expand_block(compact)
        # Photos are served under .png names, as on real sites (extractors skip .svg files);
        # `reconcile_article` points them at the SVG files written under MEDIA_ROOT.
        body.append(_block_html(block, f"{base}/{source['key']}/img/{spec['id']}-{position}.png"))
        if position == 1:
            body.append(f'<p class="ad">{words["ad"]}</p>')
        if position == 2 and others:
            other = others[0]
            link = f'<a href="/{source["key"]}/{other["path"]}">{escape(other["original"]["title"])}</a>'
            body.append(f"<p><strong>{words['read_also']}{link}</strong></p>")
    body.append(f"<p>{words['share']}</p>")
    body.append(f"<p>{words['newsletter']}</p>")
    body.append(f"<p><em>{escape(source['name'])} — {escape(source['tagline'])}</em></p>")
    updated = _updated(spec, now)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{escape(original["title"])} | {escape(source["name"])}</title>
<meta name="description" content="{escape(original["lead"])}">
<meta property="og:title" content="{escape(original["title"])}">
<meta property="og:image" content="{base}/{source["key"]}/img/{spec["id"]}.svg">
<meta name="author" content="{escape(spec["author"])}">
<meta property="article:published_time" content="{_published(spec, now).isoformat()}">
{f'<meta property="article:modified_time" content="{updated.isoformat()}">' if updated else ""}
<link rel="canonical" href="{canonical}">
</head><body>
<header><nav><a href="/">{escape(source["name"])}</a> {" ".join(escape(s) for s in source["sections"])}</nav></header>
<main><article>
<h1>{escape(original["title"])}</h1>
<p class="lead">{escape(original["lead"])}</p>
<div class="share">{words["share"]}</div>
{chr(10).join(body)}
</article>
<section id="comments"><h3>{words["comments"]}</h3><p>{words["comment_notice"]}</p>
<form><textarea></textarea><button>OK</button></form></section></main>
<footer><p>© {escape(source["name"])}</p></footer></body></html>"""


def _rss(source: dict, items: list[dict], base: str, now: datetime) -> str:
    entries = "".join(
        f"<item><title>{escape(spec['original']['title'])}</title>"
        f"<link>{base}/{source['key']}/{spec['path']}</link>"
        f'<guid isPermaLink="true">{source["homepage"]}{spec["path"]}</guid>'
        f"<pubDate>{format_datetime(_published(spec, now), usegmt=True)}</pubDate>"
        + (
            f"<atom:updated>{_updated(spec, now).isoformat()}</atom:updated>"
            if _updated(spec, now)
            else ""
        )
        + f"<category>{escape(spec['section'])}</category>"
        f"<description>{escape(spec['original']['lead'])}</description></item>"
        for spec in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{escape(source['name'])}</title><link>{source['homepage']}</link>"
        f"<language>{source['language']}</language>{entries}</channel></rss>"
    )


def _atom(source: dict, items: list[dict], base: str, now: datetime) -> str:
    entries = "".join(
        f"<entry><title>{escape(spec['original']['title'])}</title>"
        f'<link rel="alternate" href="{base}/{source["key"]}/{spec["path"]}"/>'
        f"<id>{source['homepage']}{spec['path']}</id>"
        f"<published>{_published(spec, now).isoformat()}</published>"
        f"<updated>{(_updated(spec, now) or _published(spec, now)).isoformat()}</updated>"
        f"<author><name>{escape(spec['author'])}</name></author>"
        f'<category term="{escape(spec["section"])}"/>'
        f"<summary>{escape(spec['original']['lead'])}</summary></entry>"
        for spec in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{escape(source["name"])}</title><link href="{source["homepage"]}"/>'
        f"<id>{source['homepage']}</id><updated>{now.isoformat()}</updated>{entries}</feed>"
    )


def _json_feed(source: dict, items: list[dict], base: str, now: datetime) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": source["name"],
            "home_page_url": source["homepage"],
            "language": source["language"],
            "items": [
                {
                    "id": source["homepage"] + spec["path"],
                    "url": f"{base}/{source['key']}/{spec['path']}",
                    "title": spec["original"]["title"],
                    "summary": spec["original"]["lead"],
                    "date_published": _published(spec, now).isoformat(),
                    "tags": [spec["section"]],
                }
                for spec in items
            ],
        }
    )


FEED_RENDERERS = {"rss": _rss, "atom": _atom, "json": _json_feed}
FEED_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}


def render_site(base: str, now: datetime) -> dict[str, tuple[bytes, str]]:
    """Every file the fictional sites serve: path → (body, content type)."""
    files: dict[str, tuple[bytes, str]] = {}
    for key, specs in articles_by_source().items():
        source = source_by_key(key)
        feed_format = source.get("feed_format", "rss")
        feed = FEED_RENDERERS[feed_format](source, specs, base, now)
        files[f"/{key}/feed"] = (feed.encode(), FEED_TYPES[feed_format])
        for i, spec in enumerate(specs):
            others = specs[i + 1 :] + specs[:i]
            page = render_page(source, spec, others, base, now)
            files[f"/{key}/{spec['path']}"] = (page.encode(), "text/html; charset=utf-8")
            image = spec["image"]
            svg = render_svg(image["motif"], spec["id"], image["alt"])
            files[f"/{key}/img/{spec['id']}.svg"] = (svg.encode(), "image/svg+xml")
    return files


@contextmanager
def serve_site(now: datetime) -> Iterator[str]:
    """Serve the rendered sites on 127.0.0.1 (a free port); yields the base URL."""
    files: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            body, ctype = files.get(self.path, (b"not found", "text/plain"))
            self.send_response(200 if self.path in files else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    files.update(render_site(base, now))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


def ingest_demo_sources(sources: dict[str, Source], now: datetime) -> list[IngestReport]:
    """Fetch every demo source from the local server through `ingest_source`."""
    allowed = [*settings.NOUVELLES_ALLOW_PRIVATE_NETWORKS, "127.0.0.1/32"]
    reports = []
    with (
        serve_site(now) as base,
        override_settings(NOUVELLES_ALLOW_PRIVATE_NETWORKS=allowed, NOUVELLES_FETCH_HOST_DELAY=0.0),
    ):
        for key, source in sources.items():
            # The stored feed URL stays the fictional one; this fetch reads the local copy.
            source.feed_url, source.etag, source.last_modified = f"{base}/{key}/feed", "", ""
            reports.append(ingest_source(source))
            source.refresh_from_db()
    return reports


def reconcile_article(
    article: Article, spec: dict, source: dict, write_image, now: datetime
) -> Article:
    """Add what a feed cannot carry, block by block matched on the original text."""
    french = spec.get("fr") or spec["original"]
    by_text: dict[str, tuple[dict, dict]] = {}
    images: dict[int, tuple[dict, dict]] = {}
    for position, (orig, fr) in enumerate(
        zip(spec["original"]["blocks"], french["blocks"], strict=True)
    ):
        o, f = expand_block(orig), expand_block(fr)
        if o["type"] == "image":
            images[position] = (o, f)
        else:
            by_text[_norm(o["text"])] = (o, f)
    foreign = source["language"] != settings.NOUVELLES_SITE_LANGUAGE
    for block in article.blocks.all():
        if block.edited:
            continue
        if block.kind == "image":
            found = re.search(rf"{re.escape(spec['id'])}-(\d+)\.png$", block.attrs.get("src", ""))
            if not found or int(found.group(1)) not in images:
                continue
            position = int(found.group(1))
            o, f = images[position]
            block.attrs.update(
                src=write_image(f"{spec['id']}-{position}", o["motif"], f["alt"]),
                alt=f["alt"],
                credit=o["credit"],
            )
            block.text = f["text"]
        else:
            match = by_text.get(_norm(block.original_text or block.text))
            if match is None:
                continue
            o, f = match
            block.text = f["text"] if foreign else block.text
            if o.get("speaker"):
                block.attrs["speaker"] = o["speaker"]
        block.save()
    image = spec["image"]
    article.image_url = write_image(spec["id"], image["motif"], image["alt"])
    article.image_caption = french.get("image_caption", image["caption"])
    article.image_alt = french.get("image_alt", image["alt"])
    article.image_credit = image["credit"]
    article.original_url = article.canonical_url = source["homepage"] + spec["path"]
    if foreign:
        article.title, article.lead, article.language = french["title"], french["lead"], "fr"
        article.machine_translated = True
        article.translation_backend = "demo"
        article.translation_state = Article.TranslationState.DONE
    article.save()
    publish_article(article, at=_published(spec, now))
    return article


def media_writer(media_root: Path):
    """A function writing one SVG under MEDIA_ROOT/demo/ and returning its URL."""

    def write(name: str, motif: str, label: str) -> str:
        folder = media_root / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.svg").write_text(render_svg(motif, name, label), encoding="utf-8")
        return f"{settings.MEDIA_URL}demo/{name}.svg"

    return write
