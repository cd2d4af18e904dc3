"""HTTP servers that are not the reflector: what a customer's PC meets on a bad day
(a captive portal, a proxy's error page, a half-sent body, a server that never answers)."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RESPONSES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "captive_html": (200, {"Content-Type": "text/html; charset=utf-8"},
                     "<html><body><h1>Free Wi-Fi</h1>ログインしてください</body></html>"
                     .encode()),
    "captive_redirect": (302, {"Location": "http://login.wifi.example/portal"}, b""),
    "truncated_json": (200, {"Content-Type": "application/json"},
                       b'{"verdict": "green", "support_code": "123-45'),
    "wrong_types": (200, {"Content-Type": "application/json"},
                    b'{"verdict": "green", "support_code": 12345, "public_ip": "x",'
                    b' "findings": "none"}'),
    "unknown_verdict": (200, {"Content-Type": "application/json"},
                        b'{"verdict": "blue", "support_code": "123-456-789",'
                        b' "public_ip": "127.0.0.1", "findings": []}'),
    "plain_text": (200, {"Content-Type": "text/plain"}, b"OK"),
    "bad_gateway": (502, {"Content-Type": "text/plain"}, b"Bad Gateway"),
    "server_error_json": (500, {"Content-Type": "application/json"},
                          b'{"detail": "Internal Server Error"}'),
}


class BrokenWeb:
    """Serves RESPONSES[mode] to every request on 127.0.0.1."""

    def __init__(self, mode: str) -> None:
        status, headers, body = RESPONSES[mode]

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST  # a portal or a broken proxy answers every request alike

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SilentServer:
    """Accepts TCP connections and never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def close(self) -> None:
        self.sock.close()
