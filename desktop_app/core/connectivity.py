"""Is the way out still there? A cheap TCP connect to the reflector, used while a router
restarts after a firmware update to notice the outage and the return."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit


def reachable(url: str, timeout: float = 1.5) -> bool:
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False
