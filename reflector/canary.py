"""The canary authority: a tiny authoritative DNS server for the canary zone, UDP and TCP.

It never recurses. A query for a live nonce is recorded and answered with a fixed control
record; other names in the zone get NXDOMAIN, names outside it REFUSED, malformed packets
nothing at all.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
from dataclasses import dataclass

import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

from .config import CanaryConfig
from .nonces import NonceRegistry

log = logging.getLogger(__name__)

_MAX_TCP_CLIENTS = 256
_TCP_IDLE_SECONDS = 5.0


@dataclass
class CanaryStats:
    queries: int = 0
    hits: int = 0
    dropped: int = 0


class CanaryAuthority:
    """Answers for the canary zone and tells the NonceRegistry about live nonces."""

    def __init__(self, config: CanaryConfig, registry: NonceRegistry) -> None:
        self.config = config
        self.zone = config.zone
        self.registry = registry
        self.stats = CanaryStats()
        self._udp: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.Server | None = None
        self._tcp_clients = 0
        self._ns = dns.name.from_text("ns", self.zone)
        self._soa = dns.rrset.from_text(
            self.zone, 60, "IN", "SOA",
            f"{self._ns} hostmaster.{self.zone} 1 3600 600 86400 0",
        )

    # ---- answering -------------------------------------------------------------------
    def answer(self, wire: bytes, source: str, transport: str) -> bytes | None:
        """Return the reply for one query, or None to drop it."""
        self.stats.queries += 1
        try:
            query = dns.message.from_wire(wire)
        except Exception:  # hostile input: anything dnspython cannot parse is dropped
            self.stats.dropped += 1
            log.debug("canary: dropped malformed %s packet from %s", transport, source)
            return None
        if query.flags & dns.flags.QR:
            self.stats.dropped += 1
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        response.flags &= ~dns.flags.RA
        if query.opcode() != dns.opcode.QUERY:
            response.set_rcode(dns.rcode.NOTIMP)
            return response.to_wire()
        if len(query.question) != 1:
            response.set_rcode(dns.rcode.FORMERR)
            return response.to_wire()
        q = query.question[0]
        if q.rdclass != dns.rdataclass.IN or not q.name.is_subdomain(self.zone):
            response.flags &= ~dns.flags.AA
            response.set_rcode(dns.rcode.REFUSED)
            return response.to_wire()
        self._fill(response, q.name, q.rdtype, source, transport)
        max_size = 65535 if transport == "tcp" else max(512, query.payload)
        return response.to_wire(max_size=max_size)

    def _fill(self, response: dns.message.Message, qname: dns.name.Name,
              rdtype: dns.rdatatype.RdataType, source: str, transport: str) -> None:
        relative = qname.relativize(self.zone)
        labels = relative.labels
        if qname == self.zone:
            if rdtype in (dns.rdatatype.SOA, dns.rdatatype.ANY):
                response.answer.append(self._soa)
            elif rdtype == dns.rdatatype.NS:
                response.answer.append(dns.rrset.from_text(self.zone, 60, "IN", "NS",
                                                           str(self._ns)))
            else:
                response.authority.append(self._soa)
            return
        if len(labels) == 1 and self.registry.hit(labels[0], source, transport,
                                                  qname.to_text(), dns.rdatatype.to_text(rdtype)):
            self.stats.hits += 1
            log.info("canary: nonce %s asked by %s over %s", qname, source, transport)
            if rdtype in (dns.rdatatype.A, dns.rdatatype.ANY):
                response.answer.append(dns.rrset.from_text(
                    qname, self.config.ttl, "IN", "A", self.config.answer_address))
            else:
                response.authority.append(self._soa)  # NODATA: the name exists
            return
        response.set_rcode(dns.rcode.NXDOMAIN)
        response.authority.append(self._soa)

    # ---- serving ---------------------------------------------------------------------
    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        host, port = self.config.host, self.config.port
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._udp, _ = await loop.create_datagram_endpoint(
            lambda: _UdpServer(self), local_addr=(host, port), family=family)
        self._tcp = await asyncio.start_server(self._serve_tcp, host, port, family=family,
                                               reuse_address=True)
        log.info("canary authority for %s on %s port %d (UDP and TCP)", self.zone, host, port)

    async def stop(self) -> None:
        if self._udp is not None:
            self._udp.close()
        if self._tcp is not None:
            self._tcp.close()
            await self._tcp.wait_closed()

    @property
    def serving(self) -> dict[str, bool]:
        return {"udp": self._udp is not None and not self._udp.is_closing(),
                "tcp": self._tcp is not None and self._tcp.is_serving()}

    async def _serve_tcp(self, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        source = peer[0] if peer else "?"
        if self._tcp_clients >= _MAX_TCP_CLIENTS:
            writer.close()
            return
        self._tcp_clients += 1
        try:
            while True:
                head = await asyncio.wait_for(reader.readexactly(2), _TCP_IDLE_SECONDS)
                (length,) = struct.unpack("!H", head)
                body = await asyncio.wait_for(reader.readexactly(length), _TCP_IDLE_SECONDS)
                try:
                    reply = self.answer(body, source, "tcp")
                except Exception:  # one bad packet must never stop the authority
                    log.exception("canary: failed to answer a TCP query from %s", source)
                    reply = None
                if reply is None:
                    break
                writer.write(struct.pack("!H", len(reply)) + reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, TimeoutError, ConnectionError):
            pass
        finally:
            self._tcp_clients -= 1
            writer.close()


class _UdpServer(asyncio.DatagramProtocol):
    def __init__(self, authority: CanaryAuthority) -> None:
        self.authority = authority
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            reply = self.authority.answer(data, addr[0], "udp")
        except Exception:  # one bad packet must never stop the authority
            log.exception("canary: failed to answer a UDP packet from %s", addr[0])
            return
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("canary: UDP error %s", exc)
