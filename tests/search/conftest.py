import pytest


@pytest.fixture(autouse=True)
def no_search_rate_limit(settings):
    """Many searches in a row from 127.0.0.1: only test_rate_limit_* turns the limit on."""
    settings.NOUVELLES_SEARCH_RATE_PER_MINUTE = 0
