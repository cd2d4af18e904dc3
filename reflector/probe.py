"""UDP and TCP probes of one address, each ending on a genuine reply, a closed port, a
canary hit (plus a short grace for the router's own answer) or the time budget.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import struct
import time
from dataclasses import dataclass, field
from typing import Any

import dns.flags

from .config import ProbeConfig
from .dnswire import Ignored, ProbeQuery, Reply, judge
from .nonces import CanaryHit

log = logging.getLogger(__name__)

# Linux socket options (not exported by the socket module): report ICMP errors on an
# unconnected UDP socket, so a port-unreachable ends the probe at once while replies from
# other addresses still reach us to be recorded as findings.
_IP_RECVERR = 11
_IPV6_RECVERR = 25


@dataclass
class ProbeResult:
    """What one probe saw. ``outcome`` is one of: answered, closed, no_answer,
    not_needed (stopped because the verdict was already certain), error."""

    transport: str
    target: str
    query: ProbeQuery
    started: float
    outcome: str = "no_answer"
    detail: str = ""
    reply: Reply | None = None
    reply_after: float | None = None
    sent: int = 0
    ignored: list[Ignored] = field(default_factory=list)
    hits: list[CanaryHit] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return self.reply is not None

    @property
    def recursion_proven(self) -> bool:
        return bool(self.hits) or (self.reply is not None and self.reply.proves_recursion)

    def as_dict(self) -> dict[str, Any]:
        return {
            "transport": self.transport,
            "target": self.target,
            "query": self.query.as_dict(),
            "outcome": self.outcome,
            "detail": self.detail,
            "recursion_proven": self.recursion_proven,
            "response": None if self.reply is None else {
                **self.reply.as_dict(),
                "latency_ms": round(((self.reply_after or self.started) - self.started) * 1000,
                                    1),
            },
            "canary": [h.as_dict(self.started) for h in self.hits],
            "ignored_packets": [i.as_dict() for i in self.ignored[:20]],
            "ignored_count": len(self.ignored),
            "transmissions": self.sent,
        }


class ProbeEvents:
    """A probe's inbox: packets, ICMP errors and canary hits arrive here in order."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def canary(self, hit: CanaryHit) -> None:
        self.queue.put_nowait(("hit", hit))

    async def next(self, deadline: float) -> tuple[str, Any] | None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        try:
            return await asyncio.wait_for(self.queue.get(), remaining)
        except TimeoutError:
            return None


class _UdpInbox(asyncio.DatagramProtocol):
    def __init__(self, events: ProbeEvents) -> None:
        self.events = events

    def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
        self.events.queue.put_nowait(("packet", (data, addr[0], addr[1], time.monotonic())))

    def error_received(self, exc: Exception) -> None:
        self.events.queue.put_nowait(("error", exc))


def _family(address: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def _udp_socket(address: str) -> socket.socket:
    family = _family(address)
    sock = socket.socket(family, socket.SOCK_DGRAM)
    try:
        if family == socket.AF_INET:
            sock.setsockopt(socket.IPPROTO_IP, _IP_RECVERR, 1)
        else:
            sock.setsockopt(socket.IPPROTO_IPV6, _IPV6_RECVERR, 1)
    except OSError:  # not Linux: ICMP errors are then not seen, the budget ends the probe
        log.debug("IP_RECVERR not available; closed UDP ports end by the time budget")
    sock.setblocking(False)
    sock.bind(("::" if family == socket.AF_INET6 else "0.0.0.0", 0))
    return sock


class Prober:
    """Runs the probes of one check against one address."""

    def __init__(self, config: ProbeConfig, control_address: str) -> None:
        self.config = config
        self.control_address = control_address

    def _judge(self, result: ProbeResult, data: bytes, src: str, sport: int,
               target: str) -> Reply | None:
        verdict = judge(data, _plain(src), sport, target, self.config.port, result.query,
                        self.control_address, self.config.max_response_bytes)
        if isinstance(verdict, Ignored):
            result.ignored.append(verdict)
            log.info("probe %s %s: ignored packet: %s", result.transport, target, verdict.why)
            return None
        return verdict

    async def udp(self, target: str, query: ProbeQuery, events: ProbeEvents) -> ProbeResult:
        cfg = self.config
        started = time.monotonic()
        result = ProbeResult("udp", f"{target}:{cfg.port}", query, started)
        deadline = started + cfg.budget_seconds
        resend_at = [started + s for s in cfg.udp_resend_after if s < cfg.budget_seconds]
        loop = asyncio.get_running_loop()
        try:
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _UdpInbox(events), sock=_udp_socket(target))
        except OSError as exc:
            result.outcome, result.detail = "error", f"cannot open a UDP socket: {exc.strerror}"
            return result
        try:
            if not self._send(transport, result, target):
                return result
            while True:
                wake = min([deadline, *resend_at])
                event = await events.next(wake)
                now = time.monotonic()
                if event is None:
                    if now >= deadline:
                        break
                    resend_at = [t for t in resend_at if t > now]
                    if not self._send(transport, result, target):
                        return result
                    continue
                kind, value = event
                if kind == "hit":
                    result.hits.append(value)
                    deadline = min(deadline, now + cfg.grace_after_proof_seconds)
                    resend_at = []
                elif kind == "error":
                    if isinstance(value, ConnectionRefusedError):
                        if result.reply is None:
                            result.outcome = "closed"
                            result.detail = "ICMP port unreachable: nothing listens"
                            break
                    else:
                        result.detail = f"ICMP error: {value}"
                        if _unreachable(value):
                            result.outcome = "closed"
                            break
                elif kind == "packet":
                    data, src, sport, at = value
                    reply = self._judge(result, data, src, sport, target)
                    if reply is not None and result.reply is None:
                        result.reply, result.reply_after = reply, at
                        result.outcome = "answered"
                        if reply.message.flags & dns.flags.TC:
                            result.detail = "truncated (TC=1): noted, the TCP probe decides"
                        break
            if result.outcome == "no_answer":
                result.detail = result.detail or (
                    f"no reply within {cfg.budget_seconds:.1f} s after {result.sent} sends")
            return result
        finally:
            transport.close()

    def _send(self, transport: asyncio.DatagramTransport, result: ProbeResult,
              target: str) -> bool:
        try:
            transport.sendto(result.query.wire, (target, self.config.port))
        except OSError as exc:
            result.outcome, result.detail = "error", f"cannot send to {target}: {exc.strerror}"
            return False
        result.sent += 1
        return True

    async def tcp(self, target: str, query: ProbeQuery, events: ProbeEvents) -> ProbeResult:
        cfg = self.config
        started = time.monotonic()
        result = ProbeResult("tcp", f"{target}:{cfg.port}", query, started)
        deadline = started + cfg.budget_seconds
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(target, cfg.port), cfg.budget_seconds)
        except ConnectionRefusedError:
            result.outcome, result.detail = "closed", "connection refused (TCP reset)"
            return result
        except TimeoutError:
            result.detail = f"no TCP connection within {cfg.budget_seconds:.1f} s (dropped)"
            return result
        except OSError as exc:
            if _unreachable(exc):
                result.outcome, result.detail = "closed", f"unreachable: {exc.strerror}"
            else:
                result.outcome, result.detail = "error", f"cannot connect: {exc.strerror}"
            return result
        peer = writer.get_extra_info("peername")
        reader_task = asyncio.create_task(self._read_tcp(reader, events, peer))
        try:
            writer.write(struct.pack("!H", len(query.wire)) + query.wire)
            result.sent = 1
            while True:
                event = await events.next(deadline)
                if event is None:
                    break
                kind, value = event
                if kind == "hit":
                    result.hits.append(value)
                    deadline = min(deadline, time.monotonic() + cfg.grace_after_proof_seconds)
                elif kind == "closed":
                    if result.reply is None:
                        result.detail = "connection closed without a reply"
                    break
                elif kind == "packet":
                    data, src, sport, at = value
                    reply = self._judge(result, data, src, sport, target)
                    if reply is not None:
                        result.reply, result.reply_after = reply, at
                        result.outcome = "answered"
                        break
            if result.outcome == "no_answer" and not result.detail:
                result.detail = f"connected, but no reply within {cfg.budget_seconds:.1f} s"
            return result
        finally:
            reader_task.cancel()
            writer.close()

    async def _read_tcp(self, reader: asyncio.StreamReader, events: ProbeEvents,
                        peer: tuple[Any, ...]) -> None:
        try:
            while True:
                (length,) = struct.unpack("!H", await reader.readexactly(2))
                data = await reader.readexactly(length)
                events.queue.put_nowait(("packet", (data, peer[0], peer[1], time.monotonic())))
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            events.queue.put_nowait(("closed", None))


def _plain(address: str) -> str:
    return address.split("%", 1)[0]


def _unreachable(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (
        errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ECONNREFUSED)
