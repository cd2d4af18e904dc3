"""Ports for the tests' servers, and waiting for a port to open.

Ports come from below the kernel's ephemeral range: a port picked from inside it can be
handed, a moment later, to any socket bound to port 0, such as the reflector's own UDP probe
socket, which then receives its own query on the probed port and no ICMP "port unreachable"
is ever sent. Outside the range, nothing but our daemons ever holds them.
"""

from __future__ import annotations

import random
import socket
import time
from pathlib import Path


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port(host: str = "127.0.0.1") -> int:
    """A port, below the ephemeral range, free for both UDP and TCP on *host*."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    low, high = 10_000, _ephemeral_low() - 1
    for _ in range(200):
        port = random.randint(low, high)
        with socket.socket(family, socket.SOCK_STREAM) as t, \
                socket.socket(family, socket.SOCK_DGRAM) as u:
            try:
                t.bind((host, port))
                u.bind((host, port))
            except OSError:
                continue
            return port
    raise OSError(f"no free port for both UDP and TCP between {low} and {high}")


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
