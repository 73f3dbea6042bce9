"""A small HTTP server on 127.0.0.1 for tests of feeds and article pages.

Routes are set per path: a body, its content type, an optional ETag / Last-Modified (answered
with 304 when the client's conditional headers match), a status and a delay (for timeouts).
Every request is recorded with its headers, so tests can check that a poll was conditional.
Anything unset answers 404.

    with FeedServer() as server:
        server.set("/feed.xml", RSS, "application/rss+xml", etag='"v1"')
        poll_feed(Feed("Test", server.url("/feed.xml")), FeedState())
        assert server.requests[-1].headers.get("If-None-Match") is None
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass(frozen=True)
class Route:
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """One request the server received. ``headers`` is case-insensitive:
    ``headers.get("If-None-Match")`` finds urllib's ``If-none-match``."""

    path: str
    headers: Message


class FeedServer:
    """A threaded stdlib HTTP server for tests; use it as a context manager."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a handler still sleeping must not hold up close
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()
        if self._thread.is_alive():  # shutdown() waits for serve_forever, so only when started
            self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def set(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        etag: str | None = None,
        status: int = 200,
        delay: float = 0,
        *,
        last_modified: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve ``body`` at ``path`` (replacing what was there). ``etag`` is the quoted
        validator, e.g. ``'"v1"'``; ``delay`` seconds pass before the answer starts."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self.routes[path] = Route(
                raw, content_type, etag, last_modified, status, delay, dict(headers or {})
            )

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        return [request.path for request in self.requests]

    def _route(self, path: str) -> Route | None:
        with self._lock:
            return self.routes.get(path) or self.routes.get(path.split("?", 1)[0])

    def _record(self, path: str, headers: Message) -> None:
        with self._lock:
            self.requests.append(Request(path, headers))


def _handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server._record(self.path, self.headers)
            route = server._route(self.path)
            if route is None:
                self._answer(404, b"not found", "text/plain", {})
                return
            if route.delay and server._closing.wait(route.delay):
                return
            if _not_modified(route, self.headers):
                self._answer(304, b"", None, _validators(route))
                return
            headers = {**_validators(route), **route.headers}
            self._answer(route.status, route.body, route.content_type, headers)

        def _answer(
            self, status: int, body: bytes, content_type: str | None, headers: dict[str, str]
        ) -> None:
            try:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to report

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return Handler


def _validators(route: Route) -> dict[str, str]:
    headers = {}
    if route.etag:
        headers["ETag"] = route.etag
    if route.last_modified:
        headers["Last-Modified"] = route.last_modified
    return headers


def _not_modified(route: Route, headers: Message) -> bool:
    """RFC 9110: If-None-Match wins when sent; If-Modified-Since is compared verbatim, which is
    what clients that echo Last-Modified send."""
    if route.status != 200:
        return False
    match = headers.get("If-None-Match")
    if match is not None:
        tags = {tag.strip() for tag in match.split(",")}
        return route.etag is not None and (route.etag in tags or "*" in tags)
    since = headers.get("If-Modified-Since")
    return since is not None and route.last_modified is not None and since == route.last_modified
