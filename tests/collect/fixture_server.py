"""A real HTTP server on 127.0.0.1 for the collector tests: fixture sites and faulty responses.

One server per test session (``server()``), started in a daemon thread. Routes map a path (with its
query) to a handler that writes the response itself, so a handler can misbehave: drip bytes, reset the
connection, lie about its length. Every request is logged with whether its response was delivered
completely, so tests can check that no page is fetched twice.
"""

from __future__ import annotations

import gzip
import re
import socket
import struct
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[["RequestHandler"], None]


@dataclass
class LogEntry:
    path: str
    host: str
    headers: dict[str, str]
    status: int = 0
    completed: bool = False


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed-ACK stalls)
    server: FixtureServer  # type: ignore[assignment]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        entry = LogEntry(self.path, self.headers.get("Host", ""), {k: v for k, v in self.headers.items()})
        self.entry = entry
        self.server.record(entry)
        handler = self.server.route(self.path)
        try:
            if handler is None:
                self.send_bytes(404, b"<html><body>not found</body></html>")
            else:
                handler(self)
            self.wfile.flush()
            entry.completed = True
        except (ConnectionError, BrokenPipeError, OSError):
            self.close_connection = True

    def send_bytes(self, status: int, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                   headers: dict[str, str] | None = None) -> None:
        """A complete response with Content-Length."""
        self.entry.status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def send_chunked(self, status: int, chunks: list[bytes] | Callable[[], object], *,
                     content_type: str = "text/html; charset=utf-8") -> None:
        self.entry.status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for c in chunks if isinstance(chunks, list) else chunks():  # type: ignore[attr-defined]
            self.wfile.write(f"{len(c):x}\r\n".encode() + c + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def reset(self) -> None:
        """Close the connection with a TCP RST."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()
        raise ConnectionResetError("reset on purpose")


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), RequestHandler)
        self.routes: dict[str, Handler] = {}
        self.patterns: list[tuple[re.Pattern[str], Handler]] = []
        self.log: list[LogEntry] = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # resets and aborted clients are part of the tests

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def record(self, entry: LogEntry) -> None:
        with self.lock:
            self.log.append(entry)

    def entries(self, prefix: str) -> list[LogEntry]:
        with self.lock:
            return [e for e in self.log if e.path.startswith(prefix)]

    def route(self, path: str) -> Handler | None:
        if path in self.routes:
            return self.routes[path]
        for pat, h in self.patterns:
            if pat.fullmatch(path):
                return h
        return None

    def add(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def add_pattern(self, pattern: str, handler: Handler) -> None:
        self.patterns.append((re.compile(pattern), handler))

    def page(self, path: str, body: bytes | str, *, content_type: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.add(path, lambda h: h.send_bytes(status, data, content_type=content_type, headers=headers))
        return self.url(path)


_SERVER: FixtureServer | None = None
_LOCK = threading.Lock()


def server() -> FixtureServer:
    """The session's server (started on first use)."""
    global _SERVER
    with _LOCK:
        if _SERVER is None:
            _SERVER = FixtureServer()
            install_faults(_SERVER)
        return _SERVER


# --------------------------------------------------------------------------- article pages
ARTICLE_TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>{title}</title>
<meta property="article:published_time" content="{date}T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a></nav>
<article><h1>{title}</h1>
<p class="date">{date}</p>
{paragraphs}
</article>
<footer><p>Bản quyền thuộc về Báo điện tử thử nghiệm.</p></footer></body></html>
"""

SENTENCES = [
    "Ban Dân vận Tỉnh ủy đã phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị tổng kết công tác dân vận.",
    "Năm 2023, toàn tỉnh có 1.250 mô hình dân vận khéo được công nhận, tăng 12% so với năm trước.",
    "Tỷ lệ hộ nghèo giảm từ 26,5% xuống còn 22,1%, vượt chỉ tiêu Nghị quyết Đại hội đề ra.",
    "Các cấp ủy, chính quyền tiếp tục đẩy mạnh cải cách hành chính, lắng nghe ý kiến của nhân dân.",
    "Đồng chí Bí thư Huyện ủy Quế Phong nhấn mạnh vai trò của công tác dân vận chính quyền ở cơ sở.",
    "Hội Nông dân huyện đã vận động hội viên hiến hơn 15.000 m2 đất để làm đường giao thông nông thôn.",
]


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese text in windows-1258: base letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d if m in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in d if m not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def article_html(n: int, *, date: str = "2024-03-15", charset: str = "utf-8", paragraphs: int = 4) -> str:
    """A small article page with a unique title and body (article ``n``)."""
    paras = []
    for i in range(paragraphs):
        s = SENTENCES[(n + i) % len(SENTENCES)]
        paras.append(f"<p>{s} Đây là đoạn {i + 1} của bài số {n}.</p>")
    title = f"Bài số {n}: Công tác dân vận ở cơ sở năm {date[:4]}"
    return ARTICLE_TEMPLATE.format(title=title, date=date, paragraphs="\n".join(paras), charset=charset)


# --------------------------------------------------------------------------- faults
GZIP_BOMB = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)  # ~20 KB → 20 MiB


def install_faults(srv: FixtureServer) -> None:
    """The fault routes under /fault/ (each documented by its handler)."""

    def drip(h: RequestHandler) -> None:
        h.entry.status = 200
        data = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n" + b"x" * 100
        for b in data:
            h.wfile.write(bytes([b]))
            h.wfile.flush()
            time.sleep(1.0)

    def drip_body(h: RequestHandler) -> None:
        h.entry.status = 200
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.2)

    def reset_mid_body(h: RequestHandler) -> None:
        body = article_html(9001).encode()
        h.entry.status = 200
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                      + f"Content-Length: {len(body)}\r\n\r\n".encode() + body[: len(body) // 2])
        h.wfile.flush()
        time.sleep(0.05)
        h.reset()

    def redirect_loop(h: RequestHandler) -> None:
        other = "/fault/loop-b" if h.path == "/fault/loop-a" else "/fault/loop-a"
        h.send_bytes(302, b"", headers={"Location": other})

    def chain(h: RequestHandler) -> None:
        n = int(h.path.rsplit("/", 1)[1])
        if n <= 0:
            h.send_bytes(200, article_html(4242).encode())
        else:
            h.send_bytes(302, b"", headers={"Location": f"/fault/chain/{n - 1}"})

    def over_length(h: RequestHandler) -> None:
        h.entry.status = 200
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 999999999\r\n\r\n")
        h.wfile.write(b"<html>" + b"x" * 1000)

    def chunked_over(h: RequestHandler) -> None:
        h.send_chunked(200, lambda: (b"<p>" + b"x" * 65536 for _ in range(1000)))

    def bomb(h: RequestHandler) -> None:
        h.send_bytes(200, GZIP_BOMB, headers={"Content-Encoding": "gzip"})

    state: dict[str, int] = {}

    def flaky(status: int, retry_after: str | None) -> Handler:
        def handler(h: RequestHandler) -> None:
            key = h.path
            with srv.lock:
                state[key] = state.get(key, 0) + 1
                first = state[key] == 1
            if first:
                h.send_bytes(status, b"busy", headers={"Retry-After": retry_after} if retry_after else None)
            else:
                h.send_bytes(200, article_html(7000 + status).encode())
        return handler

    def always(status: int, retry_after: str | None = None) -> Handler:
        return lambda h: h.send_bytes(status, b"error", headers={"Retry-After": retry_after} if retry_after else None)

    def echo_headers(h: RequestHandler) -> None:
        body = "\n".join(f"{k}: {v}" for k, v in h.headers.items()).encode()
        h.send_bytes(200, body, content_type="text/plain")

    srv.page("/robots.txt", ROBOTS, content_type="text/plain")
    srv.add("/fault/drip", drip)
    srv.add("/fault/drip-body", drip_body)
    srv.add("/fault/reset", reset_mid_body)
    srv.add("/fault/loop-a", redirect_loop)
    srv.add("/fault/loop-b", redirect_loop)
    srv.add_pattern(r"/fault/chain/\d+", chain)
    srv.add("/fault/file-redirect", lambda h: h.send_bytes(302, b"", headers={"Location": "file:///etc/passwd"}))
    srv.add("/fault/over-length", over_length)
    srv.add("/fault/chunked-over", chunked_over)
    srv.add("/fault/gzip-bomb", bomb)
    srv.add_pattern(r"/fault/503-once.*", flaky(503, "1"))
    srv.add_pattern(r"/fault/429-once.*", flaky(429, "1"))
    srv.add_pattern(r"/fault/500-once.*", flaky(500, None))
    srv.add("/fault/500", always(500))
    srv.add("/fault/503-long", always(503, "86400"))
    srv.add("/fault/echo", echo_headers)
    srv.add("/fault/to-echo", lambda h: h.send_bytes(302, b"", headers={"Location": "/fault/echo"}))
    srv.add("/fault/to-other-host", lambda h: h.send_bytes(
        302, b"", headers={"Location": f"http://localhost:{srv.port}/fault/echo"}))
    srv.add("/fault/empty", lambda h: h.send_bytes(200, b""))
    srv.add("/fault/pdf", lambda h: h.send_bytes(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 50))
    srv.add("/fault/gzip-page", lambda h: h.send_bytes(200, gzip.compress(article_html(31).encode()),
                                                        headers={"Content-Encoding": "gzip"}))
    srv.add("/fault/latin1-is-utf8", lambda h: h.send_bytes(
        200, article_html(51).replace('<meta charset="utf-8">', "").encode("utf-8"),
        content_type="text/html; charset=ISO-8859-1"))
    srv.add("/fault/cp1258-meta", lambda h: h.send_bytes(
        200, to_cp1258(article_html(52, charset="windows-1258")), content_type="text/html"))
    # the extractor's fault pages (tests/collect/fixtures/faults/README.md), served with their headers
    from pathlib import Path

    faults = Path(__file__).parent / "fixtures" / "faults"
    for name, ctype in (("declared-latin1-is-utf8.html", "text/html; charset=ISO-8859-1"),
                        ("cp1258-meta-only.html", "text/html"), ("empty.html", "text/html; charset=utf-8"),
                        ("pdf-as-html.html", "text/html"), ("nested-100k-divs.html.gz", "text/html")):
        data = (faults / name).read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        srv.page(f"/fault/file/{name.split('.')[0]}", data, content_type=ctype)
    deep = ("<html><head><title>Sâu</title></head><body>" + "<div>" * 100_000 + "<p>Đáy.</p>"
            + "</div>" * 100_000 + "</body></html>").encode()
    srv.add("/fault/deep", lambda h: h.send_bytes(200, deep))


@dataclass
class Gate:
    """Lets ``after`` article requests through, then holds every further one until released.

    The kill/restart test kills the crawler while it waits on a held request; a held request is then
    dropped without an answer, so the log shows it as not completed.
    """

    after: int
    served: int = 0
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self, h: RequestHandler) -> None:
        with self.lock:
            self.served += 1
            held = self.served > self.after
        if held:
            self.release.wait(60)
            h.close_connection = True
            raise ConnectionAbortedError("held request dropped")

    def open(self) -> None:
        """Drop the held requests and let every later one through."""
        self.after = 10**9
        self.release.set()


# --------------------------------------------------------------------------- a synthetic news site
ROBOTS = """User-agent: *
Disallow: /private/
Crawl-delay: 0

User-agent: dvtext
Disallow: /private/
Disallow: /s-robots/xay-dung-dang/bi-cam-dan-van-co-so-999999.html
"""


def article_date(n: int) -> str:
    """Article n of a synthetic site is published n days before 2024-06-30 (1 is the newest)."""
    from datetime import date, timedelta

    return (date(2024, 6, 30) - timedelta(days=n)).isoformat()


def synthetic_site(srv: FixtureServer, prefix: str, *, articles: int = 30, per_page: int = 10,
                   gate: Gate | None = None, extra_links: list[str] | None = None) -> str:
    """A news site under ``prefix``: a paginated listing (``/trang-N.html``), article pages, an RSS feed.

    Returns the listing's first page URL. Article ``n`` is at
    ``{prefix}/bai-so-{n}-cong-tac-dan-van-{100000 + n}.html``.
    """
    pages = -(-articles // per_page)
    state = {"version": 1}

    def art_path(n: int) -> str:
        return f"{prefix}/bai-so-{n}-cong-tac-dan-van-{100000 + n}.html"

    def listing(page: int) -> bytes:
        items = range((page - 1) * per_page + 1, min(page * per_page, articles) + 1)
        links = "\n".join(f'<li><a href="{art_path(n)}">Bài số {n}</a> <span>{article_date(n)}</span></li>'
                          for n in items)
        extra = "\n".join(f'<a href="{u}">x</a>' for u in (extra_links or []) if page == 1)
        nav = f'<a rel="next" href="{prefix}/xay-dung-dang/trang-{page + 1}.html">Trang sau</a>' if page < pages else ""
        return (f'<html><head><title>Xây dựng Đảng - trang {page}</title></head><body>'
                f'<nav><a href="/">Trang chủ</a><a href="https://facebook.com/share?u=x">Chia sẻ</a></nav>'
                f'<ul class="list">{links}</ul>{extra}<div class="pagination">{nav}</div></body></html>').encode()

    def listing_handler(h: RequestHandler) -> None:
        path = h.path.split("?")[0]
        page = 1 if path.rstrip("/").endswith("xay-dung-dang") else int(path.rsplit("trang-", 1)[1].split(".")[0])
        etag = f'"l{page}-{state["version"]}"'
        if page > pages:
            h.send_bytes(404, "<html><body>Không tìm thấy</body></html>".encode())
        elif h.headers.get("If-None-Match") == etag:
            h.entry.status = 304
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            h.send_bytes(200, listing(page), headers={"ETag": etag})

    def article_handler(h: RequestHandler) -> None:
        n = int(h.path.split("-cong-tac-dan-van-")[1].split(".")[0]) - 100000
        if not 1 <= n <= articles:
            h.send_bytes(404, "<html><body>Không tìm thấy</body></html>".encode())
            return
        if gate is not None:
            gate.enter(h)
        h.send_bytes(200, article_html(n, date=article_date(n)).encode(),
                     headers={"ETag": f'"a{n}"', "Last-Modified": "Sat, 29 Jun 2024 08:00:00 GMT"})

    def rss(h: RequestHandler) -> None:
        items = "".join(f"<item><title>Bài {n}</title><link>{srv.url(art_path(n))}</link>"
                        f"<pubDate>{article_date(n)}T08:00:00+07:00</pubDate></item>" for n in range(1, 6))
        h.send_bytes(200, f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
                     content_type="application/rss+xml")

    srv.add_pattern(re.escape(prefix) + r"/xay-dung-dang/?(trang-\d+\.html)?", listing_handler)
    srv.add_pattern(re.escape(prefix) + r"/bai-so-\d+-cong-tac-dan-van-\d+\.html", article_handler)
    srv.add(prefix + "/rss.xml", rss)
    SITE_STATE[prefix] = state
    return srv.url(prefix + "/xay-dung-dang/")


SITE_STATE: dict[str, dict[str, int]] = {}  # prefix -> {"version": n}: bump it to change the listings' ETags
