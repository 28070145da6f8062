"""The SSRF guard refuses every non-public address unless an allowed network lists it."""

import pytest

from nouvelles.core.guard import check_address, check_host, check_url, parse_networks

REFUSED = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),  # cloud metadata endpoint
    ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"),
    ("0.0.0.0", "unspecified"),  # noqa: S104 - an address under test, not a bind
    ("100.64.0.1", "not publicly routable"),  # shared address space (CGNAT)
    ("::1", "loopback"),
    ("fe80::1", "link-local"),
    ("fc00::1", "private"),
    ("ff02::1", "multicast"),
    ("::", "unspecified"),
    ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"),
    ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
    ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
]


@pytest.mark.parametrize(("address", "why"), REFUSED, ids=[a for a, _ in REFUSED])
def test_non_public_addresses_are_refused(address, why):
    verdict = check_address(address)
    assert not verdict.ok
    assert why in verdict.reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    assert check_address(address).ok


def test_allowed_networks_open_exactly_their_range():
    allowed = parse_networks(["127.0.0.0/8", "::1/128"])
    assert check_address("127.0.0.1", allowed).ok
    assert check_address("::ffff:127.0.0.1", allowed).ok  # the mapped form of an allowed address
    assert check_address("::1", allowed).ok
    assert not check_address("10.0.0.1", allowed).ok
    narrow = parse_networks(["127.0.0.1/32"])
    assert check_address("127.0.0.1", narrow).ok
    assert not check_address("127.0.0.2", narrow).ok


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/feed",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http:///nohost",
        "gopher://example.org/",
        "http://user:pw@example.org/",
    ],
)
def test_only_plain_http_urls(url):
    assert not check_url(url).ok


def test_check_host_resolves_names():
    assert not check_host("localhost", 80).verdict.ok
    assert check_host("localhost", 80, parse_networks(["127.0.0.0/8", "::1/128"])).verdict.ok
    assert not check_host("name.invalid", 80).verdict.ok
