"""One check of one address: both probes at once, then the verdict."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from .config import Config
from .dnswire import make_query
from .nonces import CanaryHit, NonceRegistry
from .probe import ProbeEvents, Prober, ProbeResult
from .verdict import Decision, decide

log = logging.getLogger(__name__)


@dataclass
class CheckOutcome:
    target: str
    decision: Decision
    probes: list[ProbeResult]
    duration: float

    def findings(self) -> list[dict[str, Any]]:
        return [p.as_dict() for p in self.probes]


async def run_check(target: str, config: Config, registry: NonceRegistry) -> CheckOutcome:
    """Probe *target* over UDP and TCP concurrently and decide.

    Once UDP recursion is proven the verdict is red whatever TCP says, so TCP gets a short
    grace to finish its finding and is then stopped.
    """
    started = time.monotonic()
    prober = Prober(config.probe, config.canary.answer_address)
    udp_events, tcp_events = ProbeEvents(), ProbeEvents()
    udp_q = make_query(registry.new(udp_events.canary), config.canary.zone)
    tcp_q = make_query(registry.new(tcp_events.canary), config.canary.zone)
    udp_task = asyncio.create_task(prober.udp(target, udp_q, udp_events))
    tcp_task = asyncio.create_task(prober.tcp(target, tcp_q, tcp_events))
    try:
        udp = await udp_task
        if udp.recursion_proven and not tcp_task.done():
            done, _ = await asyncio.wait({tcp_task},
                                         timeout=config.probe.grace_after_proof_seconds)
            if not done:
                tcp_task.cancel()
        try:
            tcp = await tcp_task
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if me is not None and me.cancelling():
                raise  # we were cancelled ourselves, not just the TCP probe
            tcp = ProbeResult("tcp", f"{target}:{config.probe.port}", tcp_q, started,
                              outcome="not_needed",
                              detail="stopped: UDP recursion already proven")
    finally:
        for task in (udp_task, tcp_task):
            task.cancel()
        registry.forget(udp_q.nonce)
        registry.forget(tcp_q.nonce)
    for probe, events in ((udp, udp_events), (tcp, tcp_events)):
        _collect_late_hits(probe, events)
    decision = decide(udp, tcp)
    duration = time.monotonic() - started
    log.info("check %s: %s (%s) in %.0f ms", target, decision.verdict, decision.summary,
             duration * 1000)
    return CheckOutcome(target, decision, [udp, tcp], duration)


def _collect_late_hits(probe: ProbeResult, events: ProbeEvents) -> None:
    """Hits that arrived after the probe stopped listening still count as proof."""
    while not events.queue.empty():
        kind, value = events.queue.get_nowait()
        if kind == "hit" and isinstance(value, CanaryHit):
            probe.hits.append(value)
