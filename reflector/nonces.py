"""Live nonces of running probes, and the canary hits recorded for them.

Every probe asks for its own random label under the canary zone. When the canary authority
sees that label, somebody resolved the probe's query recursively: that is the proof.
"""

from __future__ import annotations

import logging
import secrets
import string
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

_LETTERS = string.ascii_lowercase
NONCE_LENGTH = 20  # 26**20 ~ 2**94: not guessable, and all letters so 0x20 adds 20 more bits


@dataclass(frozen=True)
class CanaryHit:
    """One query for a live nonce that reached the canary authority."""

    nonce: str
    source: str  # address of whoever asked the authority (usually the router's upstream)
    transport: str  # "udp" or "tcp"
    qname: str  # as asked, case preserved
    qtype: str
    at: float  # time.monotonic()

    def as_dict(self, since: float) -> dict[str, object]:
        return {
            "from": self.source,
            "transport": self.transport,
            "qname": self.qname,
            "qtype": self.qtype,
            "after_ms": round((self.at - since) * 1000, 1),
        }


class NonceRegistry:
    """Maps live nonce labels (lower case) to the callback of the probe waiting for them."""

    def __init__(self) -> None:
        self._live: dict[str, Callable[[CanaryHit], None]] = {}

    def new(self, on_hit: Callable[[CanaryHit], None]) -> str:
        while True:
            label = "".join(secrets.choice(_LETTERS) for _ in range(NONCE_LENGTH))
            if label not in self._live:
                self._live[label] = on_hit
                return label

    def forget(self, label: str) -> None:
        self._live.pop(label, None)

    def hit(self, label: bytes | str, source: str, transport: str, qname: str,
            qtype: str) -> bool:
        """Record a query for *label*; return True when it belongs to a running probe."""
        key = label.decode("ascii", "replace") if isinstance(label, bytes) else label
        callback = self._live.get(key.lower())
        if callback is None:
            return False
        callback(CanaryHit(key.lower(), source, transport, qname, qtype, time.monotonic()))
        return True


def randomize_case(text: str) -> str:
    """0x20 encoding: flip the case of each letter at random (draft-vixie-dnsext-dns0x20)."""
    bits = secrets.randbits(len(text))
    return "".join(c.upper() if (bits >> i) & 1 else c.lower() for i, c in enumerate(text))
