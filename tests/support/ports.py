"""Free loopback ports and waiting for a port to open."""

from __future__ import annotations

import socket
import time

from reflector.local import free_port

__all__ = ["free_port", "wait_tcp"]


def wait_tcp(host: str, port: int, timeout: float = 15.0, proc: object = None) -> None:
    """Wait until *host*:*port* accepts TCP connections (a daemon has started)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:  # type: ignore[attr-defined]
            raise RuntimeError(f"process exited with {proc.returncode} before "  # type: ignore[attr-defined]
                               f"listening on {host}:{port}")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise TimeoutError(f"nothing listened on {host}:{port} within {timeout} s")
