"""Synthetic article pages with the weight and shape of real news pages, for ingestion benchmarks.

Measured on the 181 real pages of the public article-extraction benchmark (read at run time
with `python benchmarks/article_pages.py --profile DIR`, never stored here): HTML median
115 KB (quartiles 68-198 KB, 21 KB to 1.5 MB), about a third of it inline script and style,
~800 elements, ~1,200 words of visible text of which ~580 are the article (what
trafilatura keeps). Each page generated here has the same parts: a head full of meta tags,
preloads, inline CSS, JSON-LD and tracking scripts; a cookie banner, a header with an SVG
logo and a large navigation menu; the article (headline, lead, byline, figure, paragraphs
with subheadings, a quote, a list, ad slots, "Lire aussi" links, share buttons, tags); a
newsletter box, related articles, a "most read" sidebar, comments, a large footer, and
the page state as a JSON blob in a script, as server-rendered JavaScript sites ship it.
Bylines come from a newsroom of 60 writers.

Text: French, drawn with a Zipf distribution from the 20,000-word vocabulary of
`benchmarks/synthetic_articles.py` (real French news words spread over the ranks, the rest
pseudo-words), with French function words between them, so that language detection, word
statistics and story clustering meet text shaped like real text. Seeded: the same index
gives the same page.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import random
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic_articles import (
    FRENCH,
    GLUE,
    VOCABULARY_SIZE,
    _zipf_weights,
    build_vocabulary,
)

MEDIAN_BYTES = 115_000  # real pages: median HTML size
SIZE_SIGMA = 0.55  # log-normal spread: quartiles ~80-165 KB around the median
MIN_BYTES, MAX_BYTES = 25_000, 600_000
SECTIONS = [
    "Monde", "France", "Politique", "Économie", "Société", "Culture", "Sport", "Sciences",
    "Planète", "Santé", "Technologies", "Idées", "Régions", "Éducation", "Vidéos", "Podcasts",
]  # fmt: skip
HEX = "0123456789abcdef"
BYLINES = 60  # a newsroom's writers: bylines recur from page to page


class PageGenerator:
    """`page(i)`: the HTML of article page i (deterministic for a given seed)."""

    def __init__(self, seed: int = 11) -> None:
        rng = random.Random(seed)
        self.vocabulary = build_vocabulary(rng, FRENCH, VOCABULARY_SIZE)
        self.cum_weights = list(itertools.accumulate(_zipf_weights(VOCABULARY_SIZE, 1.0)))
        self.seed = seed
        self.bylines = [self.name(rng) for _ in range(BYLINES)]

    # -- text ---------------------------------------------------------------------------

    def words(self, rng: random.Random, n: int, topic: list[str] | None = None) -> list[str]:
        content = self.rng_words(rng, n)
        out: list[str] = []
        for i, word in enumerate(content):
            if topic and rng.random() < 0.12:
                word = rng.choice(topic)
            out.append(word)
            if i % 2:
                out.append(rng.choice(GLUE))
        return out

    def rng_words(self, rng: random.Random, n: int) -> list[str]:
        return rng.choices(self.vocabulary, cum_weights=self.cum_weights, k=n)

    def sentence(self, rng: random.Random, n: int, topic: list[str] | None = None) -> str:
        words = self.words(rng, n, topic)
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 2026)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def title(self, rng: random.Random, topic: list[str] | None = None) -> str:
        return self.sentence(rng, rng.randint(5, 9), topic).rstrip(".")

    def name(self, rng: random.Random) -> str:
        first, last = self.rng_words(rng, 2)
        return f"{first.capitalize()} {last.capitalize()}"

    # -- markup helpers -----------------------------------------------------------------

    @staticmethod
    def css_class(rng: random.Random, block: str) -> str:
        element = rng.choice(["item", "link", "title", "media", "wrapper", "inner", "label"])
        modifier = rng.choice(["", "", "--large", "--small", "--highlight", "--dark"])
        return f"c-{block}__{element} c-{block}__{element}{modifier} js-{block}"

    def link_list(self, rng: random.Random, block: str, n: int, href: str) -> str:
        items = []
        for j in range(n):
            label = " ".join(self.rng_words(rng, rng.randint(1, 3))).capitalize()
            items.append(
                f'<li class="{self.css_class(rng, block)}"><a class="{self.css_class(rng, block)}" '
                f'href="{href}/{j}-{rng.randrange(10**6)}" data-track="{block}-{j}">{label}</a></li>'
            )
        return f'<ul class="c-{block}__list">{"".join(items)}</ul>'

    def widgets(self, rng: random.Random, size: int) -> str:
        """Markup with little text: the mobile menu, ad containers and promo tiles that real
        pages repeat (nested wrappers, many attributes, one or two words each)."""
        parts, total = [], 0
        while total < size:
            block = rng.choice(["menu", "promo", "ad", "tile"])
            label = self.rng_words(rng, 1)[0]
            part = (
                f'<div class="{self.css_class(rng, block)}" data-component="{block}" '
                f'data-position="{rng.randint(1, 40)}" data-tracking=\'{{"event":"click","category":'
                f'"{block}","label":"{block}-{rng.randrange(10**6)}","value":{rng.randint(1, 99)}}}\'>'
                f'<div class="c-{block}__inner">'
                f'<a class="{self.css_class(rng, block)}" href="/{block}/{rng.randrange(10**8):x}'
                f'?utm_source=site&amp;utm_medium={block}" aria-label="{label}">'
                f'<span class="c-{block}__label">{label}</span>'
                f'<i class="icon icon-arrow" aria-hidden="true"></i></a></div></div>'
            )
            parts.append(part)
            total += len(part)
        return f'<div class="c-mobile-menu" hidden>{"".join(parts)}</div>'

    @staticmethod
    def svg_icon(rng: random.Random, name: str) -> str:
        points = " ".join(
            f"{rng.choice('MLC')}{rng.randint(0, 24)}.{rng.randint(0, 99)} {rng.randint(0, 24)}"
            for _ in range(rng.randint(6, 18))
        )
        return (
            f'<svg class="icon icon-{name}" viewBox="0 0 24 24" width="24" height="24" '
            f'aria-hidden="true"><path d="{points}Z"></path></svg>'
        )

    @staticmethod
    def css(rng: random.Random, size: int) -> str:
        rules, total = [], 0
        while total < size:
            selector = f".c-{''.join(rng.choices('abcdefghijklmnop', k=6))}__{rng.randint(0, 99)}"
            body = ";".join(
                f"{rng.choice(['margin', 'padding', 'color', 'font-size', 'line-height', 'border'])}"
                f":{rng.choice(['0', '4px 8px', '#' + ''.join(rng.choices(HEX, k=6)), '1.4', '1rem'])}"
                for _ in range(rng.randint(2, 6))
            )
            rule = f"{selector}{{{body}}}"
            rules.append(rule)
            total += len(rule)
        return "".join(rules)

    @staticmethod
    def script(rng: random.Random, size: int) -> str:
        parts, total = [], 0
        while total < size:
            name = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(1, 3)))
            body = (
                f"function {name}(e,t){{var n=e&&e.{name}||{rng.randint(0, 999)};"
                f'if(t&&t.length>{rng.randint(1, 9)}){{n+=t.charCodeAt(0)}}return "'
                f'{"".join(rng.choices(HEX, k=rng.randint(8, 40)))}"+n}}'
            )
            parts.append(body)
            total += len(body)
        return ";".join(parts)

    def state_json(self, rng: random.Random, size: int) -> str:
        items, total = [], 0
        while total < size:
            item = {
                "id": rng.randrange(10**8),
                "title": self.title(rng),
                "url": f"/{rng.choice(SECTIONS).lower()}/article/{rng.randrange(10**7)}",
                "image": {"src": f"/img/{rng.randrange(10**9):x}.jpg", "w": 640, "h": 360},
                "tags": self.rng_words(rng, 3),
                "ads": {
                    "slot": f"div-gpt-{rng.randrange(10**5)}",
                    "sizes": [[300, 250], [728, 90]],
                },
            }
            text = json.dumps(item, ensure_ascii=False)
            items.append(item)
            total += len(text)
        return json.dumps({"page": {"type": "article"}, "feed": items}, ensure_ascii=False)

    # -- the page -----------------------------------------------------------------------

    def page(self, i: int) -> str:
        rng = random.Random(self.seed * 1_000_003 + i)
        target = int(
            min(MAX_BYTES, max(MIN_BYTES, MEDIAN_BYTES * math.exp(rng.gauss(0, SIZE_SIGMA))))
        )
        scale = target / MEDIAN_BYTES
        topic = self.rng_words(random.Random(self.seed * 7 + i // 4), 30)  # ~4 pages per topic
        section = rng.choice(SECTIONS)
        headline = self.title(rng, topic)
        lead = self.sentence(rng, rng.randint(20, 32), topic)
        author = self.bylines[rng.randrange(len(self.bylines))]
        minute = i % 60
        image = f"https://cdn.bench.example/img/{i:05d}-{rng.randrange(10**6):x}.jpg"
        head = (
            '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{headline} | Le Bench</title>"
            f'<meta name="description" content="{lead}">'
            f'<meta property="og:title" content="{headline}">'
            f'<meta property="og:description" content="{lead}">'
            f'<meta property="og:image" content="{image}">'
            '<meta property="og:type" content="article"><meta property="og:site_name" content="Le Bench">'
            f'<meta property="article:published_time" content="2026-11-24T08:{minute:02d}:00+01:00">'
            f'<meta property="article:section" content="{section}">'
            f'<meta name="author" content="{author}">'
            '<meta name="twitter:card" content="summary_large_image">'
            f'<link rel="canonical" href="/a/{i}">'
            + "".join(
                f'<link rel="preload" as="font" href="/fonts/{j}.woff2" crossorigin>'
                for j in range(4)
            )
            + "".join(f'<link rel="stylesheet" href="/css/{j}.{i % 7}.css">' for j in range(3))
            + f"<style>{self.css(rng, int(target * 0.05))}</style>"
            + '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": f"2026-11-24T08:{minute:02d}:00+01:00",
                    "author": {"@type": "Person", "name": author},
                    "image": [image],
                    "publisher": {"@type": "Organization", "name": "Le Bench"},
                },
                ensure_ascii=False,
            )
            + "</script>"
            + f"<script>window.dataLayer=window.dataLayer||[];{self.script(rng, int(target * 0.06))}</script>"
            + "</head>"
        )
        nav = "".join(
            f'<li class="c-nav__section"><a href="/{s.lower()}">{s}</a>'
            + self.link_list(rng, "nav", max(3, int(rng.randint(3, 7) * scale)), f"/{s.lower()}")
            + "</li>"
            for s in SECTIONS
        )
        header = (
            '<div class="c-cookie js-cookie" role="dialog"><p>Nous utilisons des cookies pour '
            "mesurer l'audience et personnaliser les publicités.</p><button>Accepter</button>"
            "<button>Paramétrer</button></div>"
            f'<header class="c-header"><a class="c-header__logo" href="/">{self.svg_icon(rng, "logo")}'
            "Le Bench</a>"
            + "".join(self.svg_icon(rng, name) for name in ("search", "menu", "account"))
            + f'<nav class="c-nav" aria-label="Rubriques"><ul>{nav}</ul></nav></header>'
            + f'<ol class="c-breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/{section.lower()}">'
            + f"{section}</a></li></ol>"
        )
        body_parts = []
        paragraphs = max(5, int(rng.randint(6, 11) * min(scale, 1.6)))
        for j in range(paragraphs):
            if j in (3, 8, 13):
                body_parts.append(
                    f'<div class="c-ad c-ad--inread" id="ad-{j}"><span>PUBLICITÉ</span>'
                    f'<div id="div-gpt-ad-{rng.randrange(10**6)}" data-sizes="300x250"></div></div>'
                )
            if j and j % 5 == 0:
                body_parts.append(f"<h2>{self.title(rng, topic)}</h2>")
            if j == 6:
                body_parts.append(
                    f"<blockquote><p>« {self.sentence(rng, rng.randint(12, 20), topic)} »</p>"
                    f"<cite>{self.name(rng)}</cite></blockquote>"
                )
            if j == 4:
                body_parts.append(
                    f'<p class="c-read-also">Lire aussi : <a href="/a/{(i + 7) % 1000}">'
                    f"{self.title(rng)}</a></p>"
                )
            if j == 10:
                items = "".join(
                    f"<li>{self.sentence(rng, rng.randint(5, 10), topic)}</li>" for _ in range(4)
                )
                body_parts.append(f"<ul>{items}</ul>")
            text = " ".join(
                self.sentence(rng, rng.randint(10, 18), topic) for _ in range(rng.randint(2, 3))
            )
            body_parts.append(f"<p>{text}</p>")
        share = "".join(
            f'<a class="c-share__{n}" href="https://share.example/{n}?u=/a/{i}">{self.svg_icon(rng, n)}'
            f"<span>{n.capitalize()}</span></a>"
            for n in ("facebook", "twitter", "linkedin", "whatsapp", "email")
        )
        article = (
            f'<main id="main"><article class="c-article" data-id="{i}">'
            f'<p class="c-article__kicker">{section}</p><h1 class="c-article__title">{headline}</h1>'
            f'<p class="c-article__lead lead">{lead}</p>'
            f'<div class="c-byline">Par <a rel="author" href="/auteurs/{i % 40}">{author}</a> · '
            f'<time datetime="2026-11-24T08:{minute:02d}:00+01:00">24 novembre 2026 à 08 h {minute:02d}</time>'
            f' · Lecture {rng.randint(3, 9)} min</div><div class="c-share">{share}</div>'
            f'<figure class="c-article__media"><img src="{image}" alt="{self.sentence(rng, 6)}" '
            f'width="1200" height="675" loading="eager" srcset="{image} 1200w, {image}?w=640 640w">'
            f"<figcaption>{self.sentence(rng, rng.randint(8, 14), topic)} Photo : {self.name(rng)}"
            "</figcaption></figure>"
            f'<div class="c-article__body">{"".join(body_parts)}</div>'
            '<p class="c-share__label">Partager Facebook Twitter LinkedIn E-mail</p>'
            '<ul class="c-tags">'
            + "".join(f'<li><a href="/sujets/{w}">{w}</a></li>' for w in topic[:6])
            + "</ul></article>"
        )
        newsletter = (
            '<aside class="c-newsletter"><h3>La lettre du matin</h3><p>Inscrivez-vous à notre '
            'newsletter quotidienne</p><form><input type="email" placeholder="Votre e-mail">'
            "<button>S'inscrire</button></form></aside>"
        )
        related = "".join(
            f'<li class="{self.css_class(rng, "card")}"><a href="/a/{rng.randrange(10**6)}">'
            f'<img src="/img/t/{rng.randrange(10**9):x}.jpg" alt="" loading="lazy" width="320" height="180">'
            f'<span class="c-card__kicker">{rng.choice(SECTIONS)}</span>'
            f'<h3 class="c-card__title">{self.title(rng)}</h3></a></li>'
            for _ in range(max(4, int(10 * scale)))
        )
        most_read = "".join(
            f'<li><span class="c-rank">{k + 1}</span><a href="/a/{rng.randrange(10**6)}">'
            f"{self.title(rng)}</a></li>"
            for k in range(10)
        )
        comments = "".join(
            f'<li class="c-comment" id="c{rng.randrange(10**7)}"><div class="c-comment__head">'
            f'<span class="c-comment__author">{self.name(rng)}</span> <time>il y a {rng.randint(1, 59)} min</time>'
            f'</div><p class="c-comment__text">{self.sentence(rng, rng.randint(8, 30))}</p>'
            '<button class="c-comment__reply">Répondre</button></li>'
            for _ in range(max(2, int(rng.randint(2, 8) * scale)))
        )
        aside = (
            f'<section class="c-related"><h2>Sur le même sujet</h2><ul>{related}</ul></section>'
            f'<aside class="c-most-read"><h2>Les plus lus</h2><ol>{most_read}</ol></aside>'
            f'<section id="comments" class="c-comments"><h2>Commentaires</h2><ul>{comments}</ul>'
            "<h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée.</p></section></main>"
        )
        footer = (
            '<footer class="c-footer">'
            + "".join(
                f'<div class="c-footer__col"><h4>{s}</h4>'
                + self.link_list(rng, "footer", max(3, int(6 * scale)), f"/{s.lower()}")
                + "</div>"
                for s in SECTIONS[:8]
            )
            + "<p>© Le Bench 2026 — Tous droits réservés</p></footer>"
        )
        page = head + "<body>" + header + article + newsletter + aside + footer
        # Fill up to the page's weight with what real pages carry most: script (the page
        # state and tracking code), the rest with styles.
        room = max(0, target - len(page.encode()) - 200)
        tail = (
            self.widgets(rng, int(room * 0.5))
            + f"<script>window.__STATE__={self.state_json(rng, int(room * 0.35))};</script>"
            + f"<script>{self.script(rng, int(room * 0.1))}</script>"
            + f"<style>{self.css(rng, int(room * 0.05))}</style>"
        )
        return page + tail + "</body></html>"


def real_pages(folder: Path) -> list[Path]:
    """The pages of a folder of saved pages (.html, or .html.gz), in name order."""
    return sorted(p for p in folder.iterdir() if re.search(r"\.html?(\.gz)?$", p.name))


def read_page(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def profile(paths: list[Path], label: str) -> None:
    """Print the measures the generator is matched on, for real or generated pages."""
    import lxml.html

    rows = []
    for path in paths:
        rows.append(page_measures(read_page(path), lxml.html))
    print_measures(rows, label)


def page_measures(raw: bytes, html_module) -> dict[str, float]:
    import trafilatura

    tree = html_module.fromstring(raw)
    code = sum(
        len(html_module.tostring(e, encoding="unicode", with_tail=False).encode())
        for e in tree.iter("script", "style")
    )
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    return {
        "KB": len(raw) / 1000,
        "script+style %": 100 * code / len(raw),
        "elements": sum(1 for _ in tree.iter()),
        "visible words": len(text.split()),
        "article words": len((trafilatura.extract(raw.decode("utf-8", "replace")) or "").split()),
    }


def print_measures(rows: list[dict[str, float]], label: str) -> None:
    print(f"{label}: {len(rows)} pages")
    for key in rows[0]:
        values = sorted(r[key] for r in rows)
        q = statistics.quantiles(values, n=4)
        print(
            f"  {key:15} median {q[1]:8.0f}  quartiles {q[0]:6.0f}-{q[2]:<6.0f} max {values[-1]:8.0f}"
        )


if __name__ == "__main__":
    import argparse

    import lxml.html

    parser = argparse.ArgumentParser(description="Profile real pages against generated ones.")
    parser.add_argument("--profile", type=Path, help="a folder of real pages (.html or .html.gz)")
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    if args.profile:
        profile(real_pages(args.profile), "real")
    generator = PageGenerator()
    print_measures(
        [page_measures(generator.page(i).encode(), lxml.html) for i in range(args.pages)],
        "generated",
    )
