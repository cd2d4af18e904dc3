"""The reflector as one object: canary authority, probes, limits and store wired together."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

from . import __version__
from .access import InFlight, IPAddress, RateLimiter, is_customer, rate_key
from .canary import CanaryAuthority
from .check import run_check
from .config import Config
from .nonces import NonceRegistry
from .store import DuplicateCode, Store
from .supportcode import new_code
from .targets import choose
from .verdict import worst

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    """A check that was not run, with the HTTP status and the machine-readable reason."""

    status: int
    reason: str
    detail: str
    retry_after: int | None = None


class Reflector:
    """Runs checks for customers. Collaborators are passed in; nothing is global."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store
        self.registry = NonceRegistry()
        self.canary = CanaryAuthority(config.canary, self.registry)
        self.limiter = RateLimiter(config.access.checks_per_window, config.access.window_seconds)
        self.in_flight = InFlight(config.access.max_in_flight)

    async def start(self) -> None:
        purged = await asyncio.to_thread(self.store.purge, self.config.store.retention_days)
        if purged:
            log.info("store: removed %d checks older than %d days", purged,
                     self.config.store.retention_days)
        await self.canary.start()

    async def stop(self) -> None:
        await self.canary.stop()

    def admit(self, addr: IPAddress) -> Refusal | None:
        if not is_customer(addr, self.config.access):
            log.info("refused %s: not in allowed_networks", addr)
            return Refusal(403, "not_customer",
                           f"{addr} is not an address of this ISP's lines")
        if not self.in_flight.try_enter():
            return Refusal(503, "busy", "too many checks are running; try again shortly",
                           retry_after=max(2, round(self.config.probe.budget_seconds * 2)))
        wait = self.limiter.acquire(rate_key(addr))
        if wait:
            self.in_flight.leave()
            return Refusal(429, "rate_limited",
                           f"{self.config.access.checks_per_window} checks per "
                           f"{self.config.access.window_seconds:.0f} s already used by {addr}",
                           retry_after=wait)
        return None

    async def check(self, addr: IPAddress, client: dict[str, Any] | None = None,
                    ipv6_candidates: list[str] | None = None) -> dict[str, Any]:
        """Run one admitted check and return the stored result. Call admit() first.

        For IPv6 the router's own addresses inside the requester's delegated prefix are
        probed too (see targets.py); every other address named in a request is refused."""
        try:
            access = self.config.access
            targets = choose(addr, ipv6_candidates, access.ipv6_prefix_length,
                             access.max_ipv6_targets)
            started = time.monotonic()
            outcomes = await asyncio.gather(
                *(run_check(t, self.config, self.registry) for t in targets.addresses))
            decision = worst([(o.target, o.decision) for o in outcomes])
            created = dt.datetime.now(dt.UTC).replace(microsecond=0)
            result: dict[str, Any] = {
                "check_id": uuid.uuid4().hex,
                "support_code": "",
                "created_at": created.isoformat().replace("+00:00", "Z"),
                "public_ip": str(addr),
                "family": f"ipv{addr.version}",
                "verdict": decision.verdict.value,
                "reason": decision.reason,
                "summary": decision.summary,
                "findings": [f for o in outcomes for f in o.findings()],
                "targets": [{"address": o.target, "verdict": o.decision.verdict.value,
                             "summary": o.decision.summary} for o in outcomes],
                "refused_targets": list(targets.refused),
                "probe_port": self.config.probe.port,
                "canary_zone": self.config.canary.zone.to_text(omit_final_dot=True),
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "reflector_version": __version__,
                "client": _clean_client(client),
            }
            for _ in range(20):
                result["support_code"] = new_code()
                try:
                    await asyncio.to_thread(self.store.save, result, str(addr))
                    break
                except DuplicateCode:
                    continue
            else:
                raise RuntimeError("no free support code after 20 draws")
            return result
        finally:
            self.in_flight.leave()


def _clean_client(client: dict[str, Any] | None) -> dict[str, str]:
    """Keep only short strings the client said about itself (app version, OS)."""
    if not client:
        return {}
    return {k: str(v)[:80] for k, v in client.items()
            if k in ("app_version", "os", "language") and isinstance(v, str)}
