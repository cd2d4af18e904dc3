"""Who may ask for a check, and how often.

The reflector probes only the address a request comes from. Behind a load balancer that
address is in X-Forwarded-For, which is believed only when the direct peer is a trusted proxy;
then the right-most address that is not itself a trusted proxy is the customer.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections import deque
from collections.abc import Iterable

from .config import AccessConfig, Network

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _in(addr: IPAddress, nets: Iterable[Network]) -> bool:
    return any(addr.version == n.version and addr in n for n in nets)


def _parse(text: str) -> IPAddress | None:
    text = text.strip().strip("[]").split("%", 1)[0]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def client_address(peer: str, forwarded_for: str | None,
                   trusted_proxies: Iterable[Network]) -> IPAddress | None:
    """The customer's address for a request from *peer*, or None when it cannot be told."""
    proxies = tuple(trusted_proxies)
    addr = _parse(peer)
    if addr is None or not forwarded_for or not _in(addr, proxies):
        return addr
    for hop in reversed(forwarded_for.split(",")):
        hop_addr = _parse(hop)
        if hop_addr is None:
            return None  # a mangled header from a trusted proxy: refuse rather than guess
        if not _in(hop_addr, proxies):
            return hop_addr
    return None


def is_customer(addr: IPAddress, config: AccessConfig) -> bool:
    return _in(addr, config.allowed_networks)


def rate_key(addr: IPAddress) -> str:
    """IPv6 customers own whole /64s, so they are counted per /64, not per address."""
    if addr.version == 6:
        return str(ipaddress.IPv6Network((addr, 64), strict=False))
    return str(addr)


class RateLimiter:
    """At most *limit* checks per key in any *window* seconds (sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = {}

    def acquire(self, key: str, now: float | None = None) -> int:
        """Count one check; return 0 when allowed, else seconds until the next is."""
        now = time.monotonic() if now is None else now
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.limit:
            return max(1, math.ceil(times[0] + self.window - now))
        times.append(now)
        if len(self._seen) > 100_000:
            self._prune(now)
        return 0

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._seen.items() if not v or v[-1] <= now - self.window]:
            del self._seen[key]


class InFlight:
    """A cap on checks running at once; over it the caller answers 503 busy."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.running = 0

    def try_enter(self) -> bool:
        if self.running >= self.limit:
            return False
        self.running += 1
        return True

    def leave(self) -> None:
        self.running -= 1
