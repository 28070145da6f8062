"""The project-wide fetcher follows the settings (the test settings allow 127.0.0.0/8)."""

from django.test import override_settings

from nouvelles.sources.fetching import get_fetcher


@override_settings(NOUVELLES_FETCH_HOST_DELAY=0.0)
def test_settings_allow_the_local_server(http_server):
    url = http_server.add("/ok", "fine")
    assert get_fetcher().fetch(url).ok


@override_settings(NOUVELLES_ALLOW_PRIVATE_NETWORKS=[], NOUVELLES_FETCH_HOST_DELAY=0.0)
def test_emptied_allow_list_refuses_the_local_server(http_server):
    url = http_server.add("/ok", "fine")
    result = get_fetcher().fetch(url)
    assert result.kind == "blocked"
    assert http_server.requests == []


@override_settings(
    NOUVELLES_ALLOW_PRIVATE_NETWORKS=["127.0.0.1/32"], NOUVELLES_FETCH_HOST_DELAY=0.0
)
def test_redirect_to_a_private_address_refused(http_server):
    url = http_server.add("/go", status=302, location="http://192.168.1.1/admin")
    result = get_fetcher().fetch(url)
    assert result.kind == "blocked"
    assert "private" in result.error
