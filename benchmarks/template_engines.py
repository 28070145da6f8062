"""Django templates or Jinja2 for the article page? Render time of the same page in both.

    .venv/bin/python benchmarks/template_engines.py [--articles 300] [--renders 200]

Builds a throwaway SQLite site (the articles of benchmarks/site_load.py), prepares
the article view's context for ARTICLES different articles, then renders:

- `site/article.html` with Django's template engine (what the site serves);
- the same page written for Django's Jinja2 backend (benchmarks/jinja2/site/),
  where the parts owned by other issues (comment section, story link, translation
  notice, correction, search box) are rendered as the page renders them (the first
  three written in Python, the last two by Django's engine) and passed in: they are
  timed separately and included in the Jinja2 figure.

Prints the mean CPU milliseconds per render. Jinja2 is installed by
`pip install -e '.[test]'` (a test extra, used only here).
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def setup_django(articles: int) -> None:
    data_dir = tempfile.mkdtemp(prefix="nouvelles-engines-")
    os.environ.update(
        NOUVELLES_DATA_DIR=data_dir,
        NOUVELLES_SECRET_KEY=secrets.token_urlsafe(50),
        NOUVELLES_ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="nouvelles.settings",
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from site_load import POPULATE

    sys.argv = ["populate", str(articles)]
    exec(compile(POPULATE, "populate", "exec"), {})  # noqa: S102 - our own script text
    call_command("collectstatic", interactive=False, verbosity=0)


def contexts(count: int):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from nouvelles.site.views import article as view

    captured = []
    real_render = view.render
    view.render = lambda request, name, context: captured.append((request, context))
    factory = RequestFactory()
    for i in range(count):
        request = factory.get(f"/articles/article-{i}/")
        request.user = AnonymousUser()
        request.LANGUAGE_CODE = "fr"
        view.article_detail.__wrapped__(request, slug=f"article-{i}")
    view.render = real_render
    return captured


def jinja2_environment():
    from django.conf import settings
    from django.template import engines  # noqa: F401
    from django.template.backends.jinja2 import Jinja2
    from django.template.defaultfilters import date as date_filter
    from django.templatetags.static import static
    from django.urls import reverse
    from django.utils.translation import gettext

    from nouvelles.site.templatetags.news import heading_level, http_url, long_datetime
    from nouvelles.site.templatetags.typography import typography

    backend = Jinja2(
        {
            "NAME": "jinja2",
            "DIRS": [str(HERE / "jinja2")],
            "APP_DIRS": False,
            "OPTIONS": {"autoescape": True, "auto_reload": False},
        }
    )
    env = backend.env
    env.globals.update(
        url=lambda name, *args, **kwargs: reverse(name, args=args, kwargs=kwargs),
        static=static,
        _=gettext,
    )
    env.filters.update(
        typography=typography,
        http_url=http_url,
        long_datetime=long_datetime,
        heading_level=heading_level,
        date=date_filter,
    )
    assert settings.USE_I18N
    return backend


def mean_ms(fn, items) -> float:
    start = time.process_time()
    for item in items:
        fn(item)
    return (time.process_time() - start) / len(items) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--renders", type=int, default=200)
    args = parser.parse_args()
    setup_django(args.articles)
    from django.template.loader import get_template
    from django.utils import translation

    from nouvelles.site.context_processors import site
    from nouvelles.site.related_html import story_link_html

    translation.activate("fr")
    captured = contexts(min(args.renders, args.articles))
    django_page = get_template("site/article.html")
    others = {
        name: get_template(f"site/includes/{name}.html").render
        for name in ("comments", "translation_notice", "correction", "search_box")
    }
    # The story link is written in Python on the page (`site.related_html`).
    others["story_link"] = lambda context, request: story_link_html(context["article"].story, "fr")
    jinja = jinja2_environment().get_template("site/article.html")

    def render_django(item):
        request, context = item
        return django_page.render(context, request)

    def render_includes(item):
        request, context = item
        return {name: render(context, request) for name, render in others.items()}

    def render_jinja(item):
        request, context = item
        from django.utils.safestring import mark_safe

        includes = {k: mark_safe(v) for k, v in render_includes(item).items()}
        return jinja.render({**site(request), **context, "includes": includes}, request)

    for item in captured[:5]:  # warm both engines' caches
        render_django(item)
        render_jinja(item)
    django_ms = mean_ms(render_django, captured)
    includes_ms = mean_ms(render_includes, captured)
    jinja_ms = mean_ms(render_jinja, captured)
    size_django = len(render_django(captured[0]))
    size_jinja = len(render_jinja(captured[0]))
    print(f"article page, {len(captured)} articles, mean CPU ms per render")
    print(f"  Django templates (whole page)            {django_ms:6.2f} ms  ({size_django} chars)")
    print(f"  Jinja2 (site's part) + Django includes   {jinja_ms:6.2f} ms  ({size_jinja} chars)")
    print(f"    of which the other issues' includes    {includes_ms:6.2f} ms (Django templates)")
    print(f"  Jinja2 / Django: {jinja_ms / django_ms:.2f}")


if __name__ == "__main__":
    main()
