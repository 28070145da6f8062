"""Activate the site's language for every request (the public site is not per-visitor)."""

from __future__ import annotations

from django.utils import translation

from nouvelles.site.models import SiteSettings


class SiteLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Kept on the request: the context processor and the views read it again.
        request.site_settings = SiteSettings.load()
        language = request.site_settings.site_language
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
