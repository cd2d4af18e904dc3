"""The canary authority: authoritative only, case-insensitive nonces, UDP and TCP."""

from __future__ import annotations

import asyncio
import socket

import dns.flags
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype

from reflector.canary import CanaryAuthority
from reflector.config import CanaryConfig
from reflector.nonces import CanaryHit, NonceRegistry
from tests.support.ports import free_port
from tests.support.reflector_proc import ZONE, ReflectorProcess


def ask(reflector: ReflectorProcess, name: str, rdtype: str = "A", tcp: bool = False,
        rd: bool = True) -> dns.message.Message:
    q = dns.message.make_query(name, rdtype)
    if not rd:
        q.flags &= ~dns.flags.RD
    send = dns.query.tcp if tcp else dns.query.udp
    return send(q, "127.0.0.1", port=reflector.canary_port, timeout=3)


def test_unknown_names_in_the_zone_get_nxdomain(reflector: ReflectorProcess) -> None:
    for tcp in (False, True):
        r = ask(reflector, f"nosuchnonce.{ZONE}", tcp=tcp)
        assert r.rcode() == dns.rcode.NXDOMAIN
        assert r.flags & dns.flags.AA
        assert not r.flags & dns.flags.RA, "it never offers recursion"


def test_names_outside_the_zone_are_refused_not_recursed(reflector: ReflectorProcess) -> None:
    r = ask(reflector, "www.example.com")
    assert r.rcode() == dns.rcode.REFUSED
    assert not r.answer


def test_apex_answers_soa_and_ns(reflector: ReflectorProcess) -> None:
    soa = ask(reflector, ZONE, "SOA")
    assert soa.answer and soa.answer[0].rdtype == dns.rdatatype.SOA
    ns = ask(reflector, ZONE, "NS", tcp=True)
    assert ns.answer[0][0].target == dns.name.from_text(f"ns.{ZONE}")


def test_malformed_packets_are_dropped_and_service_goes_on(reflector: ReflectorProcess) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.5)
        for junk in (b"", b"\x00", b"\xff" * 11, b"\x12\x34" + b"\xff" * 30):
            s.sendto(junk, ("127.0.0.1", reflector.canary_port))
        try:
            data = s.recv(4096)
        except TimeoutError:
            data = b""
    assert data == b"", "no reply to garbage"
    with socket.create_connection(("127.0.0.1", reflector.canary_port), timeout=2) as t:
        t.sendall(b"\x00\x05hello")
        t.settimeout(1)
        assert t.recv(100) == b""  # closed without a reply
    assert ask(reflector, f"x.{ZONE}").rcode() == dns.rcode.NXDOMAIN


def test_live_nonce_is_matched_case_insensitively_and_recorded() -> None:
    async def scenario() -> tuple[list[CanaryHit], dns.message.Message, dns.message.Message]:
        port = free_port()
        zone = dns.name.from_text(ZONE)
        registry = NonceRegistry()
        hits: list[CanaryHit] = []
        label = registry.new(hits.append)
        authority = CanaryAuthority(CanaryConfig(zone, "127.0.0.1", port), registry)
        await authority.start()
        try:
            mixed = "".join(c.upper() if i % 2 else c for i, c in enumerate(label))
            udp = await asyncio.to_thread(
                dns.query.udp, dns.message.make_query(f"{mixed}.{ZONE}", "A"), "127.0.0.1",
                3, port)
            tcp = await asyncio.to_thread(
                dns.query.tcp, dns.message.make_query(f"{label.upper()}.{ZONE}", "AAAA"),
                "127.0.0.1", 3, port)
        finally:
            await authority.stop()
        return hits, udp, tcp

    hits, udp, tcp = asyncio.run(scenario())
    assert [h.transport for h in hits] == ["udp", "tcp"]
    assert all(h.source == "127.0.0.1" for h in hits)
    assert udp.rcode() == dns.rcode.NOERROR
    assert udp.answer[0][0].address == "192.0.2.53"
    assert tcp.rcode() == dns.rcode.NOERROR and not tcp.answer  # NODATA for AAAA
