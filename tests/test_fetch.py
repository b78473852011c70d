"""The polite fetcher against a local HTTP server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rashomon.fetch import Fetcher, FetchError, backoff_delay

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/etag" and self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        status, headers, body = ROUTES.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on an oversized body is expected here


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def fetcher():
    return Fetcher(timeout=1.0, max_bytes=1000, allow_private=True, min_interval=0.0)


def test_plain_get_and_conditional_request(server, fetcher):
    ROUTES["/etag"] = (200, {"ETag": '"v1"', "Content-Type": "application/atom+xml"}, b"<feed/>")
    r = fetcher.get(server + "/etag")
    assert r.status == 200 and r.body == b"<feed/>" and r.etag == '"v1"'
    again = fetcher.get(server + "/etag", etag=r.etag)
    assert again.unchanged


def test_redirect_followed_then_loop_refused(server, fetcher):
    ROUTES["/old"] = (301, {"Location": "/etag"}, b"")
    assert fetcher.get(server + "/old").url.endswith("/etag")
    ROUTES["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError, match="redirects"):
        fetcher.get(server + "/loop")


@pytest.mark.parametrize(
    "path, route, message",
    [
        ("/boom", (500, {}, b"oops"), "HTTP 500"),  # server error
        ("/big", (200, {}, b"x" * 5000), "too large"),  # oversized body
        ("/missing", None, "HTTP 404"),  # not found
    ],
)
def test_errors_are_one_clear_line(server, fetcher, path, route, message):
    if route:
        ROUTES[path] = route
    with pytest.raises(FetchError, match=message) as e:
        fetcher.get(server + path)
    assert server in str(e.value)


def test_timeout(server, fetcher):
    with pytest.raises(FetchError, match="timed out|cannot connect"):
        fetcher.get(server + "/slow")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",  # loopback
        "http://10.1.2.3/feed",  # private range
        "http://169.254.169.254/latest/meta-data",  # link-local (cloud metadata)
        "http://[::1]/feed",  # IPv6 loopback
    ],
)
def test_private_addresses_refused_without_allow_private(url):
    with pytest.raises(FetchError, match="refused private"):
        Fetcher(timeout=0.5).get(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"])
def test_only_http_schemes(url):
    with pytest.raises(FetchError, match="refused scheme"):
        Fetcher().get(url)


def test_backoff_grows_and_is_capped():
    assert backoff_delay(0) == 0
    assert backoff_delay(1) < backoff_delay(2) < backoff_delay(3)
    assert backoff_delay(50) == 3600
