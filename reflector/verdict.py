"""The verdict rules of DESIGN.md, as one pure function over the probes' results."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .probe import ProbeResult


class Verdict(StrEnum):
    RED = "red"  # UDP recursion for an outside query proven
    YELLOW = "yellow"  # port 53 answers from outside, not as a UDP open resolver
    GREEN = "green"  # nothing on port 53 answers from outside
    GRAY = "gray"  # could not check


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str | None  # machine-readable, gray only
    summary: str  # one line in English for logs and support agents


def decide(udp: ProbeResult, tcp: ProbeResult) -> Decision:
    if udp.recursion_proven:
        how = ("the canary authority saw the UDP nonce" if udp.hits
               else "the UDP answer carried the canary record")
        return Decision(Verdict.RED, None, f"open resolver over UDP: {how}")
    answered = [p.transport.upper() for p in (udp, tcp) if p.answered]
    if tcp.recursion_proven:
        return Decision(Verdict.YELLOW, None, "recursion over TCP only")
    if answered:
        return Decision(Verdict.YELLOW, None,
                        f"port answers over {' and '.join(answered)} without UDP recursion")
    failed = [p for p in (udp, tcp) if p.outcome == "error"]
    if failed:
        return Decision(Verdict.GRAY, "probe_failed",
                        "; ".join(f"{p.transport}: {p.detail}" for p in failed))
    return Decision(Verdict.GREEN, None, "no DNS answer over UDP or TCP, no nonce at the canary")


_SEVERITY = {Verdict.RED: 3, Verdict.YELLOW: 2, Verdict.GRAY: 1, Verdict.GREEN: 0}


def worst(decisions: list[tuple[str, Decision]]) -> Decision:
    """One verdict for several probed addresses of a line: the worst, in the order red,
    yellow, gray, green; the summary names the address that decided it."""
    address, decision = max(decisions, key=lambda d: _SEVERITY[d[1].verdict])
    if len(decisions) == 1:
        return decision
    return Decision(decision.verdict, decision.reason, f"{address}: {decision.summary}")
