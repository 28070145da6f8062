from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

from nouvelles.articles.models import Category
from nouvelles.site.models import SiteSettings
from nouvelles.site.pagecache import cached_for_version

OG_LOCALES = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES", "de": "de_DE", "it": "it_IT"}


def site_settings(request) -> SiteSettings:
    """The site settings, as the site's middleware read them for this request."""
    return getattr(request, "site_settings", None) or SiteSettings.load()


def site(request) -> dict:
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "site": site_settings(request),
        "site_url": settings.NOUVELLES_SITE_URL,
        "LANGUAGE_CODE": language,
        "og_locale": OG_LOCALES.get(language, language),
        # A callable: read only by templates that show the navigation, from the cache
        # (per content version) on public pages.
        "nav_categories": lambda: cached_for_version(
            request, "nav-categories", lambda: list(Category.objects.all())
        ),
    }
