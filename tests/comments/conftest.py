import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    """Forms may be sent at once and limits are generous unless a test says otherwise."""
    settings.NOUVELLES_COMMENTS_MIN_SECONDS = 0
    settings.NOUVELLES_COMMENTS_RATE_IP = (100, 60)
    settings.NOUVELLES_COMMENTS_RATE_EMAIL = (100, 60)
    settings.NOUVELLES_AKISMET_API_KEY = ""
    cache.clear()
    yield
    cache.clear()
