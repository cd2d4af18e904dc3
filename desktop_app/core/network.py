"""Facts about this computer's own connection, found without sending any packet."""

from __future__ import annotations

import socket

# Documentation addresses (RFC 5737 / RFC 3849). connect() on a UDP socket only asks the
# kernel's routing table which way they lie; nothing is sent to them.
_PROBE_V4 = ("192.0.2.1", 9)
_PROBE_V6 = ("2001:db8::1", 9)


def has_route(family: socket.AddressFamily = socket.AF_INET) -> bool:
    """True when the routing table has a way to the internet for *family*."""
    target = _PROBE_V4 if family == socket.AF_INET else _PROBE_V6
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.connect(target)
            local = s.getsockname()[0]
    except OSError:
        return False
    return not (local.startswith("127.") or local == "::1")


def is_online() -> bool:
    return has_route(socket.AF_INET) or has_route(socket.AF_INET6)
