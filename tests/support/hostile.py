"""A hostile 'router' that answers probes with forged and broken packets.

It is the attacker's side of the tests: every packet it sends claims the nonce resolves to
the canary's own control address, so a reflector that believed any of them would say red.
"""

from __future__ import annotations

import socket
import struct
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rrset

CONTROL = "192.0.2.53"


def forged_answer(query: dns.message.Message, *, qid: int | None = None,
                  lower_case: bool = False) -> bytes:
    resp = dns.message.make_response(query)
    resp.flags |= dns.flags.RA
    name = query.question[0].name
    if lower_case:
        name = dns.name.from_text(name.to_text().lower())
        resp.question[0] = dns.rrset.RRset(name, resp.question[0].rdclass,
                                           resp.question[0].rdtype)
    resp.answer.append(dns.rrset.from_text(name, 0, "IN", "A", CONTROL))
    if qid is not None:
        resp.id = qid
    return resp.to_wire()


def bogus_replies(wire: bytes) -> list[tuple[str, bytes]]:
    """Every kind of bad reply to one query, each labelled."""
    query = dns.message.from_wire(wire)
    good = forged_answer(query)
    malformed = bytearray(good[:12]) + b"\xff" * 40
    malformed[5] = 9  # nine questions that are not there
    return [
        ("wrong id", forged_answer(query, qid=(query.id + 1) % 65536)),
        ("wrong case", forged_answer(query, lower_case=True)),
        ("truncated", good[: len(good) - 5]),
        ("too short", good[:7]),
        ("malformed", bytes(malformed)),
        ("oversized", good + b"\x00" * 60000),
    ]


class HostileServer:
    """UDP and TCP on host:port. Sends every bogus reply; then, when *then_refuse*, a
    genuine REFUSED with the question echoed. A forged answer also comes from another
    address (127.0.0.2) and from another port."""

    def __init__(self, port: int, then_refuse: bool = False, host: str = "127.0.0.1") -> None:
        self.port = port
        self.then_refuse = then_refuse
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.udp.bind((host, port))
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind((host, port))
        self.tcp.listen(8)
        self.other_addr = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.other_addr.bind(("127.0.0.2", 0))
        self.other_port = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.other_port.bind((host, 0))
        self.sent = 0
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._serve_udp, daemon=True),
                         threading.Thread(target=self._serve_tcp, daemon=True)]
        for t in self._threads:
            t.start()

    def _refusal(self, wire: bytes) -> bytes:
        query = dns.message.from_wire(wire)
        resp = dns.message.make_response(query)
        resp.set_rcode(dns.rcode.REFUSED)
        return resp.to_wire()

    def _serve_udp(self) -> None:
        self.udp.settimeout(0.1)
        while not self._stop.is_set():
            try:
                wire, peer = self.udp.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(wire)
            self.other_addr.sendto(forged_answer(query), peer)
            self.other_port.sendto(forged_answer(query), peer)
            for _label, packet in bogus_replies(wire):
                self.udp.sendto(packet, peer)
                self.sent += 1
            if self.then_refuse:
                self.udp.sendto(self._refusal(wire), peer)

    def _serve_tcp(self) -> None:
        self.tcp.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.tcp.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                try:
                    conn.settimeout(2)
                    (length,) = struct.unpack("!H", conn.recv(2))
                    wire = conn.recv(length)
                    for label, packet in bogus_replies(wire):
                        if label == "oversized":
                            packet = packet[:65535]
                        conn.sendall(struct.pack("!H", len(packet)) + packet)
                    if self.then_refuse:
                        refusal = self._refusal(wire)
                        conn.sendall(struct.pack("!H", len(refusal)) + refusal)
                    else:
                        conn.sendall(b"\xff\xff" + b"\x00" * 100)  # a lying length prefix
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(2)
        for s in (self.udp, self.tcp, self.other_addr, self.other_port):
            s.close()
