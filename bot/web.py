"""HTTP mode: Bolt's request handler behind a small threaded WSGI server.

Bolt's own ``app.start()`` is a development server; this one answers requests concurrently and
can be started and stopped from code, which is how the tests drive the real request path.
"""

from __future__ import annotations

import logging
import threading
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)


def http_server(app: App, host: str = "0.0.0.0", port: int = 3000) -> WSGIServer:
    """A server for Slack's requests at /slack/events (commands, events, interactivity)."""
    handler = SlackRequestHandler(app)

    def wsgi(environ, start_response):  # type: ignore[no-untyped-def]
        if environ.get("PATH_INFO") != EVENTS_PATH:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        return handler(environ, start_response)

    return make_server(host, port, wsgi, server_class=_ThreadingServer, handler_class=_QuietHandler)


def serve_in_thread(server: WSGIServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="slack-http", daemon=True)
    thread.start()
    return thread
