"""A polite, defensive HTTP client for following feeds and wiki pages (used by `rashomon watch`).

- conditional requests (ETag / Last-Modified) so an unchanged feed costs one 304;
- timeouts, a size limit on the body, at most a few redirects, each hop checked again;
- refuses private, loopback, link-local, multicast and reserved addresses unless ``allow_private``
  (a feed URL must not be a way to reach the operator's internal network);
- a per-host rate limit and exponential backoff after errors, with the state kept by the caller.

Only http and https are fetched; nothing from a response is ever executed.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

USER_AGENT = "Rashomon/0.1 (+offline-first event reconstruction; polite feed follower)"


class FetchError(Exception):
    """A fetch that failed; ``str()`` is one plain line naming the URL and the reason."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status


@dataclass(slots=True)
class Response:
    url: str  # final URL after redirects
    status: int  # 200, or 304 when unchanged
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 3
    allow_private: bool = False
    min_interval: float = 1.0  # seconds between two requests to the same host
    _last_hit: dict[str, float] = field(default_factory=dict)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/atom+xml, application/rss+xml, application/xml, "
                   "application/json, text/html;q=0.8, */*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        opener = urllib.request.build_opener(_NoRedirect)
        current = url
        for _hop in range(self.max_redirects + 1):
            self._check_url(current)
            self._wait_for_host(current)
            req = urllib.request.Request(current, headers=headers)
            try:
                with opener.open(req, timeout=self.timeout) as r:
                    body = _read_limited(r, self.max_bytes, current)
                    return Response(current, r.status, body, r.headers.get("ETag"), r.headers.get("Last-Modified"),
                                    r.headers.get("Content-Type"))
            except urllib.error.HTTPError as e:
                if e.code == 304:
                    return Response(current, 304, b"", etag, last_modified)
                if e.code in (301, 302, 303, 307, 308):
                    location = e.headers.get("Location")
                    if not location:
                        raise FetchError(current, f"redirect {e.code} without a Location", e.code) from None
                    current = urllib.parse.urljoin(current, location)
                    continue
                raise FetchError(current, f"HTTP {e.code} {e.reason}", e.code) from None
            except urllib.error.URLError as e:
                raise FetchError(current, f"cannot connect: {e.reason}") from None
            except TimeoutError:
                raise FetchError(current, f"timed out after {self.timeout:g} s") from None
            except OSError as e:
                raise FetchError(current, f"network error: {e}") from None
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    # -- safety -------------------------------------------------------------------------------------
    def _check_url(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"refused scheme {parts.scheme!r}: only http and https are followed")
        host = parts.hostname
        if not host:
            raise FetchError(url, "no host in URL")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                       proto=socket.IPPROTO_TCP)
        except socket.gaierror as e:
            raise FetchError(url, f"cannot resolve host: {e}") from None
        for info in infos:
            ip = ipaddress.ip_address(info[4][0])
            if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                    or ip.is_unspecified):
                raise FetchError(url, f"refused private or local address {ip} (use --allow-private to permit)")

    def _wait_for_host(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).hostname or ""
        last = self._last_hit.get(host)
        now = time.monotonic()
        if last is not None and now - last < self.min_interval:
            time.sleep(self.min_interval - (now - last))
        self._last_hit[host] = time.monotonic()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Surface redirects to `Fetcher.get`, which checks every hop itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


def _read_limited(r, limit: int, url: str) -> bytes:  # type: ignore[no-untyped-def]
    length = r.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchError(url, f"body too large ({int(length):,} bytes > {limit:,})")
    chunks, total = [], 0
    while True:
        chunk = r.read(65536)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            raise FetchError(url, f"body too large (over {limit:,} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def backoff_delay(failures: int, base: float = 60.0, cap: float = 3600.0) -> float:
    """Seconds to wait before retrying a source that failed ``failures`` times in a row."""
    return 0.0 if failures <= 0 else min(cap, base * 2 ** (failures - 1))
