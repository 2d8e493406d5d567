"""The HTTP client against a real local server: caps, deadline, redirects, retries, credentials, TLS."""

from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import threading
import time
import zlib
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from dvtext.collect.http import HttpClient, brotli_available, parse_retry_after
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.throttle import HostThrottle
from dvtext.errors import FetchError, InputError

from .fixture_server import RequestHandler, article_html, server

FAST = CrawlSettings(delay=0.0, read_timeout=1.5, deadline=2.0, backoff=0.05, max_bytes=1 << 20,
                     max_decompressed_bytes=2 << 20, retries=2)


def fetch(path: str, settings: CrawlSettings = FAST, **kw):
    with HttpClient(settings) as client:
        return client.fetch(server().url(path), **kw)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/fault/drip", "deadline"),  # headers dripped 1 byte/s
        ("/fault/drip-body", "deadline"),  # body dripped 5 bytes/s: never a read timeout, always the deadline
        ("/fault/reset", "connection_reset"),  # reset in the middle of the body (retried, then recorded)
        ("/fault/loop-a", "redirect_loop"),
        ("/fault/chain/21", "too_many_redirects"),
        ("/fault/file-redirect", "redirect_scheme"),
        ("/fault/over-length", "too_large"),  # Content-Length over the cap: refused before the body
        ("/fault/chunked-over", "too_large"),  # chunked body streamed past the cap
        ("/fault/gzip-bomb", "too_large"),  # 20 KB of gzip that decodes to 20 MiB
        ("/fault/503-long", "http_503"),  # Retry-After: a day, longer than max_retry_after
    ],
)
def test_faults_raise_fetch_error_with_kind(path: str, kind: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch(path)
    assert info.value.kind == kind
    assert info.value.url and info.value.url.endswith(path)
    assert time.monotonic() - started < 15


def test_deadline_bounds_a_dripping_server() -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch("/fault/drip-body", FAST.replace(retries=0))
    assert info.value.kind == "deadline"
    assert time.monotonic() - started < FAST.deadline + 1.0


def test_reset_is_retried_then_recorded() -> None:
    before = len(server().entries("/fault/reset"))
    with pytest.raises(FetchError):
        fetch("/fault/reset", FAST.replace(retries=2))
    assert len(server().entries("/fault/reset")) - before == 3


def test_20_hop_chain_is_followed_and_each_hop_kept() -> None:
    result = fetch("/fault/chain/20")
    assert result.response.status == 200
    assert len(result.redirects) == 20
    assert result.final_url.endswith("/fault/chain/0")


@pytest.mark.parametrize(("path", "status"), [("/fault/503-once", 503), ("/fault/429-once", 429)])
def test_retry_after_is_honoured(path: str, status: int) -> None:
    path = f"{path}?t={time.monotonic_ns()}"
    started = time.monotonic()
    result = fetch(path)
    assert time.monotonic() - started >= 0.9  # Retry-After: 1
    assert [r.status for r in result.responses] == [status, 200]
    assert b"<article>" in result.response.body


def test_500_is_retried_with_backoff_and_returned() -> None:
    result = fetch("/fault/500", FAST.replace(retries=2))
    assert [r.status for r in result.responses] == [500, 500, 500]


def test_404_is_not_retried() -> None:
    result = fetch("/no/such/page")
    assert [r.status for r in result.responses] == [404]


def test_gzip_and_deflate_bodies_are_decoded() -> None:
    result = fetch("/fault/gzip-page")
    assert result.response.body.startswith(b"<!DOCTYPE html>")
    assert result.response.raw_body[:2] == b"\x1f\x8b"  # the archive keeps the bytes as sent
    srv = server()
    page = article_html(5).encode()
    srv.page("/enc/deflate-zlib", zlib.compress(page), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    srv.page("/enc/deflate-raw", raw.compress(page) + raw.flush(), headers={"Content-Encoding": "deflate"})
    srv.page("/enc/two-members", gzip.compress(page[:100]) + gzip.compress(page[100:]),
             headers={"Content-Encoding": "gzip"})
    srv.page("/enc/truncated", gzip.compress(page)[:-20], headers={"Content-Encoding": "gzip"})
    srv.page("/enc/zstd", b"(\xb5/\xfd" + page, headers={"Content-Encoding": "zstd"})
    for path in ("/enc/deflate-zlib", "/enc/deflate-raw", "/enc/two-members"):
        assert fetch(path).response.body == page, path
    for path in ("/enc/truncated", "/enc/zstd"):
        with pytest.raises(FetchError) as info:
            fetch(path)
        assert info.value.kind == "bad_encoding"


@pytest.mark.skipif(not brotli_available(), reason="brotli >= 1.2 not installed (br is then not advertised)")
def test_brotli_body_and_bomb() -> None:
    import brotli

    srv = server()
    page = article_html(6).encode()
    srv.page("/enc/br", brotli.compress(page), headers={"Content-Encoding": "br"})
    srv.page("/enc/br-bomb", brotli.compress(b"\0" * (40 << 20), quality=5), headers={"Content-Encoding": "br"})
    assert fetch("/enc/br").response.body == page
    with pytest.raises(FetchError) as info:
        fetch("/enc/br-bomb")
    assert info.value.kind == "too_large"


def test_user_agent_and_accept_encoding_are_sent() -> None:
    settings = FAST.replace(contact="mailto:test@example.vn")
    body = fetch("/fault/echo", settings).response.body.decode()
    assert "User-Agent: dvtext/" in body and "(+mailto:test@example.vn)" in body
    assert ("br" in body.split("Accept-Encoding:")[1].splitlines()[0]) == brotli_available()


def test_credentials_kept_on_same_origin_dropped_across_hosts() -> None:
    srv = server()
    same = fetch("/fault/to-echo", headers={"Authorization": "Bearer secret"}).response.body.decode()
    assert "Authorization: Bearer secret" in same
    with HttpClient(FAST) as client:
        url = srv.url("/fault/to-other-host").replace("http://", "http://user:pw@")
        result = client.fetch(url, headers={"Authorization": "Bearer secret", "Cookie": "a=b"})
    other = result.response.body.decode()
    assert result.final_url.startswith("http://localhost:")
    assert "Authorization" not in other and "Cookie" not in other
    assert all("user:pw" not in r.url for r in result.responses)
    assert all(v == "[removed]" for r in result.responses for k, v in r.request_headers if k == "Authorization")


def test_check_callback_can_stop_a_redirect_hop() -> None:
    def check(url: str) -> None:
        if url.endswith("/fault/echo"):
            raise FetchError("disallowed", kind="robots", url=url)

    with pytest.raises(FetchError) as info:
        fetch("/fault/to-echo", check=check)
    assert info.value.kind == "robots"
    assert [r.status for r in info.value.responses] == [302]  # type: ignore[attr-defined]


def test_non_http_urls_are_refused() -> None:
    for url in ("file:///etc/passwd", "ftp://example.vn/a"):
        with HttpClient(FAST) as client, pytest.raises(FetchError) as info:
            client.fetch(url)
        assert info.value.kind == "bad_scheme"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a self-signed certificate")
    d: Path = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "k.pem"),
                    "-out", str(d / "c.pem"), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(d / "c.pem", d / "k.pem")
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    srv.route = lambda path: None  # type: ignore[attr-defined]
    srv.record = lambda entry: None  # type: ignore[attr-defined]
    srv.handle_error = lambda *a: None  # type: ignore[method-assign]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()


def test_tls_is_always_verified(tls_server: str) -> None:
    with HttpClient(FAST) as client, pytest.raises(FetchError) as info:
        client.fetch(tls_server)
    assert info.value.kind == "tls"
    assert not hasattr(CrawlSettings(), "verify")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120.0), ("0", 0.0), ("soon", None), ("", None), (None, None),
     ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_http_date_retry_after_in_the_future() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("Tue, 14 Nov 2023 22:14:20 GMT", now=now) == pytest.approx(60, abs=1)  # 1.7e9 s is 22:13:20 UTC


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.t += s


def test_throttle_never_faster_after_errors() -> None:
    clock = FakeClock()
    t = HostThrottle(CrawlSettings(delay=1.0, backoff=1.0, max_delay=30.0), clock=clock, sleep=clock.sleep)
    t.wait("a.vn")
    t.record("a.vn", ok=True, latency=0.2)
    assert t.delay_of("a.vn") == 1.0
    delays = []
    for _ in range(6):
        t.record("a.vn", ok=False, latency=0.2)
        delays.append(t.delay_of("a.vn"))
    assert delays == sorted(delays) and delays[-1] == 30.0
    t.record("a.vn", ok=True, latency=0.2)
    assert 1.0 < t.delay_of("a.vn") < 30.0  # comes down gradually, not at once
    t.record("a.vn", ok=True, latency=5.0)
    assert t.delay_of("a.vn") >= 5.0 / 2  # a slow server slows us down
    before = clock.t
    t.pause("b.vn", 50.0)
    t.wait("b.vn")
    assert clock.t - before == pytest.approx(50.0)
    t.pause("c.vn", 5000.0)
    with pytest.raises(FetchError) as info:
        t.wait("c.vn", max_wait=100.0)
    assert info.value.kind == "host_paused"


def test_settings_validate_and_replace() -> None:
    s = CrawlSettings()
    assert s.user_agent.startswith("dvtext/") and "(+" in s.user_agent
    assert s.replace(delay=None).delay == s.delay
    with pytest.raises(InputError):
        CrawlSettings(deadline=0)
    with pytest.raises(InputError):
        s.replace(verify=False)
    with pytest.raises(InputError):
        CrawlSettings(agent="my bot")
