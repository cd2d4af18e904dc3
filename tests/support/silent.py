"""A port that swallows UDP and accepts TCP without a word, so a probe runs its whole
budget: a router that neither answers nor rejects."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator


@contextlib.contextmanager
def silent_port(port: int, host: str = "127.0.0.1") -> Iterator[None]:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tcp = socket.socket()
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # earlier probes' TIME_WAIT
    try:
        udp.bind((host, port))
        tcp.bind((host, port))
        tcp.listen(4)
        yield
    finally:
        udp.close()
        tcp.close()
