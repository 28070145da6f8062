"""Translation speed: the pipeline with Apertium against the bare `apertium` command.

Builds 200 synthetic Spanish articles (title, lead, 8 paragraphs/quotes each),
then, in the same run and on the same text:
  1. bare:     `apertium -u es-fr` once over the whole text (one process);
  2. pipeline: `translate_pending()` on the 200 articles (segmentation, protection,
               glossary, cache lookups and writes, one apertium process per batch, checks,
               article/block writes) into a fresh SQLite database; the source is in review
               mode, so the publishing stage that follows (search, related, stories) is
               not counted;
  3. cached:   the same 200 articles translated again through the entry point of
               `nouvelles translate --article ID... --force` (and of the admin's "translate
               again"), loading included: nothing changed, so each article's fingerprint
               answers and no sentence is segmented or looked up;
  4. segments: the same again just after a glossary edit (a term none of the articles has):
               every fingerprint is stale, so each article goes through the whole pipeline
               and each sentence is answered by the segment cache (shown, no target).
1 and 2 alternate for --rounds rounds (cache emptied and articles reset each time) and
the best time of each counts: the machine is shared, and the best time is the one least
disturbed by other processes. CPU seconds (this process and its children) are printed too.
Prints words/s for 1 and 2, their ratio (target >= 85%), and the speed-ups of 3
(target >= 50x) and 4 over 2. Run: .venv/bin/python benchmarks/translation_speed.py [--articles N] [--rounds N]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SUBJECTS = [
    "El Gobierno", "La ministra de Economía", "El alcalde de la ciudad", "La cooperativa",
    "El sindicato de estibadores", "La comisión europea", "El secretario de Defensa Lloyd Austin",
    "La portavoz Ana Pérez", "El presidente del puerto", "La universidad",
]  # fmt: skip
VERBS = [
    "anunció", "explicó", "confirmó", "negó", "propuso", "criticó", "defendió", "aprobó",
]  # fmt: skip
OBJECTS = [
    "un nuevo plan de inversiones para las carreteras de la región",
    "que los precios del café subirán durante el próximo invierno",
    "la compra de {n} toneladas de trigo a los productores locales",
    "una reforma de las pensiones que afectará a {n} trabajadores",
    "que la huelga del puerto terminará antes del fin de semana",
    "un acuerdo con los pescadores sobre las cuotas de este año",
    "el cierre temporal de la fábrica de papel por razones de seguridad",
    "que el presupuesto de la sanidad pública crecerá un {p}% el año que viene",
    "la construcción de {n} viviendas sociales en los barrios del norte",
    "que las lluvias de la semana pasada dañaron las cosechas de maíz",
]  # fmt: skip
TAILS = [
    "según fuentes del ministerio", "durante una rueda de prensa", "en un comunicado publicado el martes",
    "ante los periodistas", "tras una reunión de varias horas", "el 12/03/2026",
]  # fmt: skip


def sentence(rng: random.Random) -> str:
    obj = rng.choice(OBJECTS).format(
        n=f"{rng.randint(2, 90)} {rng.randint(100, 999)}", p=rng.randint(2, 9)
    )
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj}, {rng.choice(TAILS)}."


def build_corpus(count: int, seed: int = 4) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        blocks = []
        for j in range(8):
            text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
            blocks.append(("quote" if j == 3 else "paragraph", text))
        articles.append(
            {
                "title": f"{sentence(rng)[:-1]} ({i})",
                "lead": " ".join(sentence(rng) for _ in range(2)),
                "blocks": blocks,
            }
        )
    return articles


def corpus_text(articles: list[dict]) -> str:
    parts = []
    for a in articles:
        parts += [a["title"], a["lead"], *(text for _, text in a["blocks"])]
    return "\n\n".join(parts) + "\n"


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the apertium processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def reset(ids: list[int]) -> None:
    from nouvelles.articles.models import Article
    from nouvelles.translation.models import CachedTranslation, TranslationJob

    CachedTranslation.objects.all().delete()
    TranslationJob.objects.all().delete()
    Article.objects.filter(pk__in=ids).update(translation_state=Article.TranslationState.PENDING)


def run_bare(text: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [shutil.which("apertium"), "-u", "-f", "txt", "es-fr"],
        input=text, capture_output=True, text=True, check=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    assert done.stdout.strip()
    return elapsed


def setup_django(data_dir: str) -> None:
    os.environ["NOUVELLES_DATA_DIR"] = data_dir
    os.environ["NOUVELLES_SECRET_KEY"] = "benchmark-" + "x" * 40
    os.environ["NOUVELLES_TRANSLATION"] = (
        '{"default": {"BACKEND": "apertium", "OPTIONS": {"TIMEOUT": 600}}}'
    )
    os.environ["NOUVELLES_TRANSLATION_BATCH_ARTICLES"] = "200"
    os.environ["DJANGO_SETTINGS_MODULE"] = "nouvelles.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def store_articles(articles: list[dict]) -> list[int]:
    from django.db import transaction

    from nouvelles.articles.models import Article, Block
    from nouvelles.sources.models import Source

    ids = []
    with transaction.atomic():
        # Review mode: translated articles wait for an editor, so the figures measure the
        # translation stage, not the publishing stage after it (search, related, stories).
        source = Source.objects.create(
            name="Banco", feed_url="https://banco.example/rss", language="es",
            publish_mode=Source.PublishMode.REVIEW,
        )  # fmt: skip
        for i, a in enumerate(articles):
            article = Article.objects.create(
                source=source,
                title=a["title"], original_title=a["title"], lead=a["lead"], original_lead=a["lead"],
                original_language="es", language="es", slug=f"bench-{i}",
                translation_state=Article.TranslationState.PENDING,
            )  # fmt: skip
            Block.objects.bulk_create(
                Block(article=article, position=j, kind=kind, text=text, original_text=text)
                for j, (kind, text) in enumerate(a["blocks"])
            )
            ids.append(article.pk)
    return ids


def second_run(call_command, ids: list[int]) -> float:
    """`nouvelles translate --article ID... --force` over the articles: seconds, loading included."""
    out = io.StringIO()
    started = time.perf_counter()
    call_command("translate", *(f"--article={pk}" for pk in ids), "--force", stdout=out)
    elapsed = time.perf_counter() - started
    assert f"translated {len(ids)}, failed 0" in out.getvalue(), out.getvalue()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("apertium") is None:
        sys.exit("apertium is not installed: apt-get install apertium apertium-fr-es")
    articles = build_corpus(args.articles)
    text = corpus_text(articles)
    words = len(text.split())
    with tempfile.TemporaryDirectory(prefix="nouvelles-bench-") as data_dir:
        setup_django(data_dir)
        from django.core.management import call_command

        from nouvelles.articles.models import Article
        from nouvelles.translation.articles import translate_pending
        from nouvelles.translation.models import GlossaryEntry, TranslationAttempt

        ids = store_articles(articles)
        bare, pipeline, bare_cpu, pipeline_cpu = [], [], [], []
        for _round in range(args.rounds):
            reset(ids)
            cpu = cpu_seconds()
            bare.append(run_bare(text))
            bare_cpu.append(cpu_seconds() - cpu)
            cpu = cpu_seconds()
            started = time.perf_counter()
            results = translate_pending()
            pipeline.append(time.perf_counter() - started)
            pipeline_cpu.append(cpu_seconds() - cpu)
            assert len(results) == len(ids) and not any(results.values()), results
        # Each repeated as many times as the rounds, best time counted (as for 1 and 2).
        cached_runs, segment_runs = [], []
        for _round in range(args.rounds):
            cached_runs.append(second_run(call_command, ids))
            attempts = TranslationAttempt.objects.filter(article__in=ids).order_by("-pk")
            attempts = attempts[: len(ids)]
            assert sum(a.segments_sent for a in attempts) == 0 and all(a.ok for a in attempts)
        for i in range(args.rounds):
            GlossaryEntry.objects.update_or_create(
                term="Zanzíbar", defaults={"translation": f"Zanzibar {i}"}
            )
            segment_runs.append(second_run(call_command, ids))
        cached, segments = min(cached_runs), min(segment_runs)
        sample = Article.objects.get(pk=ids[0])
    best_bare, best_pipeline = min(bare), min(pipeline)
    print(f"articles: {len(ids)}, words: {words}")
    print(
        f"rounds: {args.rounds}; wall seconds: bare {[round(t, 1) for t in bare]}, pipeline {[round(t, 1) for t in pipeline]}"
    )
    print(
        f"bare apertium:        {best_bare:7.2f} s  {words / best_bare:9.0f} words/s"
        f"  (cpu {min(bare_cpu):.1f} s)"
    )
    print(
        f"pipeline (apertium):  {best_pipeline:7.2f} s  {words / best_pipeline:9.0f} words/s"
        f"  (cpu {min(pipeline_cpu):.1f} s)"
    )
    print(f"pipeline/bare:        {best_bare / best_pipeline:7.1%}   (target >= 85%)")
    print(
        f"second run (cache):   {cached:7.3f} s  {best_pipeline / cached:7.1f}x faster"
        "  (target >= 50x; unchanged articles skipped by their fingerprint)"
    )
    print(
        f"after a glossary edit:{segments:7.3f} s  {best_pipeline / segments:7.1f}x faster"
        "  (every sentence from the segment cache)"
    )
    print(
        f"wall seconds: second run {[round(t, 3) for t in cached_runs]}, "
        f"after a glossary edit {[round(t, 3) for t in segment_runs]}"
    )
    print(f"sample title: {sample.title}")


if __name__ == "__main__":
    main()
