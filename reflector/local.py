"""A reflector on this computer's loopback, for a demonstration or a quick try without any
ISP server: it checks this computer's own address 127.0.0.1."""

from __future__ import annotations

import logging
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

from .config import Config, from_mapping

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    """A port free for both UDP and TCP on *host* (the canary authority needs both)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for _ in range(50):
        with socket.socket(family, socket.SOCK_STREAM) as t:
            t.bind((host, 0))
            port = int(t.getsockname()[1])
            with socket.socket(family, socket.SOCK_DGRAM) as u:
                try:
                    u.bind((host, port))
                except OSError:
                    continue
                return port
    raise OSError("no free port for both UDP and TCP")


def local_config(store_dir: Path, probe_port: int = 53) -> Config:
    return from_mapping({
        "http": {"host": "127.0.0.1", "port": free_port()},
        "canary": {"zone": "canary.selfcheck.example", "host": "127.0.0.1", "port": free_port()},
        "probe": {"port": probe_port},
        "access": {"allowed_networks": ["127.0.0.0/8", "::1/128"], "trusted_proxies": []},
        "store": {"path": str(store_dir / "checks.sqlite3")},
    })


class LocalReflector:
    """Runs a real reflector in a background thread; use as a context manager."""

    def __init__(self, probe_port: int = 53) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="selfcheck-local-")
        self.config = local_config(Path(self._tmp.name), probe_port)
        self._server: object | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.config.http.host}:{self.config.http.port}"

    def __enter__(self) -> LocalReflector:
        import uvicorn

        from .api import create_app
        from .service import Reflector
        from .store import Store

        self._store = Store(self.config.store.path)
        server = uvicorn.Server(uvicorn.Config(
            create_app(Reflector(self.config, self._store)), host=self.config.http.host,
            port=self.config.http.port, proxy_headers=False, log_config=None,
            access_log=False, lifespan="on"))
        self._server = server
        self._thread = threading.Thread(target=server.run, name="local-reflector", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError("the local reflector did not start")
            time.sleep(0.01)
        log.info("local reflector on %s", self.url)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._server is not None:
            self._server.should_exit = True  # type: ignore[attr-defined]
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._store.close()
        self._tmp.cleanup()
