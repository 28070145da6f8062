"""The guard against server-side request forgery: which addresses a fetch may reach.

Every request and every redirect hop is checked on the *resolved* address, at the
moment the connection is opened (see `GuardedNetworkBackend`), so a host name that
resolves to a private address, a DNS answer that changes between check and use, or a
redirect to `http://169.254.169.254/` are all refused. Loopback, private, link-local,
multicast, reserved, unspecified and shared (CGNAT) ranges are refused, for IPv4 and
IPv6, including IPv4-mapped/6to4/Teredo forms of those IPv4 addresses, unless the
address is inside one of the allowed networks (`NOUVELLES_ALLOW_PRIVATE_NETWORKS`).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore

from nouvelles.core.types import Verdict

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})


class AddressRefused(Exception):
    """Raised when a connection would reach an address the guard refuses; the message says why."""


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Parse CIDR strings ('127.0.0.0/8', '::1/128', '10.1.2.3') into networks."""
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values if v.strip())


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip.teredo is not None:
            return ip.teredo[1]
        # IPv4-compatible (deprecated ::a.b.c.d) and NAT64 well-known prefix 64:ff9b::/96.
        packed = ip.packed
        if packed[:12] == bytes(12) and int(ip) > 1:  # not :: nor ::1
            return ipaddress.IPv4Address(packed[12:])
        if ip in ipaddress.ip_network("64:ff9b::/96"):
            return ipaddress.IPv4Address(packed[12:])
    return None


def _why_refused(ip: IPAddress) -> str:
    """The reason an address is not public, or '' when it is."""
    checks = [
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip.is_unspecified, "unspecified"),
        (ip.is_reserved, "reserved"),
        (ip.is_private, "private"),
        (not ip.is_global, "not publicly routable"),
    ]
    for flag, word in checks:
        if flag:
            return word
    return ""


def check_address(ip: IPAddress | str, allowed: Sequence[IPNetwork] = ()) -> Verdict:
    """May a fetch connect to `ip`? Allowed networks win over every refusal."""
    ip = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    forms: list[IPAddress] = [ip]
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        forms.append(embedded)
    for form in forms:
        if any(form.version == net.version and form in net for net in allowed):
            return Verdict(True, f"{ip} is in an allowed network")
    # An IPv6 form that wraps an IPv4 address is judged by the address it wraps.
    judged = embedded if embedded is not None else ip
    why = _why_refused(judged)
    if why:
        shown = f"{ip} ({judged})" if judged != ip else str(ip)
        return Verdict(False, f"refused to connect to {shown}: {why} address")
    return Verdict(True)


def check_url(url: str) -> Verdict:
    """Only absolute http(s) URLs with a host are fetched."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return Verdict(False, f"not a valid URL ({exc})")
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return Verdict(
            False, f"only http and https URLs are fetched, not {parts.scheme or 'none'!r}"
        )
    if not parts.hostname:
        return Verdict(False, "the URL has no host")
    if parts.username or parts.password:
        return Verdict(False, "URLs with credentials are not fetched")
    return Verdict(True)


def resolve_host(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (a literal IP resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if ip not in seen:
            seen.append(ip)
    return seen


@dataclass(frozen=True, slots=True)
class ResolvedHost:
    addresses: tuple[IPAddress, ...]
    verdict: Verdict


def check_host(host: str, port: int, allowed: Sequence[IPNetwork] = ()) -> ResolvedHost:
    """Resolve `host` and check every address: one refused address refuses the host."""
    try:
        addresses = resolve_host(host.strip("[]"), port)
    except (OSError, UnicodeError) as exc:
        return ResolvedHost((), Verdict(False, f"cannot resolve {host}: {exc}"))
    if not addresses:
        return ResolvedHost((), Verdict(False, f"{host} has no address"))
    for ip in addresses:
        verdict = check_address(ip, allowed)
        if not verdict.ok:
            return ResolvedHost(tuple(addresses), Verdict(False, f"{host}: {verdict.reason}"))
    return ResolvedHost(tuple(addresses), Verdict(True))


class GuardedNetworkBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, but it connects only to addresses the guard accepts.

    The check is made on the addresses actually connected to, so there is no window
    between checking a name and using it (DNS rebinding).
    """

    def __init__(self, allowed: Sequence[IPNetwork] = ()) -> None:
        self.allowed = tuple(allowed)
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,
    ) -> httpcore.NetworkStream:
        resolved = check_host(host, port, self.allowed)
        if not resolved.verdict.ok:
            raise AddressRefused(resolved.verdict.reason)
        last_error: Exception | None = None
        for ip in resolved.addresses:
            try:
                return self._inner.connect_tcp(
                    str(ip), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None  # noqa: S101 - addresses is never empty here
        raise last_error

    def connect_unix_socket(self, *args, **kwargs):  # pragma: no cover - never used
        raise AddressRefused("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
