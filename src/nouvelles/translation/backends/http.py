"""The httpx calls of the HTTP backends, with their failures turned into words.

Configured translation endpoints are trusted operator settings (often a
server on localhost), so they are not subject to the fetcher's
private-address guard; every call has a timeout.
"""

from __future__ import annotations

from typing import Any

import httpx

from nouvelles.translation.backends.base import (
    BackendTimeout,
    BackendUnavailable,
    BadResponse,
    BaseTranslationBackend,
)

_STATUS_WORDS = {
    400: "refused the request as malformed (400)",
    401: "refused the API key (401)",
    403: "refused the API key or the request (403)",
    404: "has no such endpoint (404): check the URL",
    413: "found the request too large (413)",
    429: "is rate limiting us (429 Too Many Requests)",
    456: "quota exceeded (456)",
}


def request_json(
    backend: BaseTranslationBackend,
    method: str,
    url: str,
    *,
    json: Any = None,
    data: Any = None,
    params: Any = None,
    headers: dict[str, str] | None = None,
) -> Any:
    """Send one request and return the decoded JSON answer, or raise a TranslationError."""
    try:
        with httpx.Client(timeout=backend.timeout, follow_redirects=False) as client:
            response = client.request(
                method, url, json=json, data=data, params=params, headers=headers
            )
    except httpx.TimeoutException as exc:
        raise BackendTimeout(
            f"{backend.name} did not answer within {backend.timeout:g} s ({url})"
        ) from exc
    except httpx.HTTPError as exc:
        raise BackendUnavailable(f"{backend.name} is unreachable at {url}: {exc}") from exc
    if response.status_code >= 400:
        words = _STATUS_WORDS.get(response.status_code)
        if words is None:
            words = (
                f"failed on its side ({response.status_code})"
                if response.status_code >= 500
                else f"answered {response.status_code}"
            )
        detail = _error_detail(response)
        retry = response.headers.get("Retry-After")
        message = f"{backend.name} {words}"
        if detail:
            message += f": {detail}"
        if retry:
            message += f" (retry after {retry} s)"
        raise BackendUnavailable(message)
    try:
        return response.json()
    except ValueError as exc:
        raise BadResponse(
            f"{backend.name} answered something that is not JSON: {response.text[:80]!r}"
        ) from exc


def _error_detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200].strip()
    if isinstance(body, dict):
        for key in ("error", "message", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if value:
                return str(value)[:200]
    return ""
