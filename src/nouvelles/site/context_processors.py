from __future__ import annotations

from django.conf import settings

from nouvelles.site.models import SiteSettings


def site(request) -> dict:
    return {"site": SiteSettings.load(), "site_url": settings.NOUVELLES_SITE_URL}
