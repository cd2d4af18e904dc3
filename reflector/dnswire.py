"""Building probe queries and judging what comes back, strictly.

A reply is believed only when it comes from the probed address and port, carries the query's
id and, when it has a question section, exactly the question sent, letter case included
(0x20). Everything else is described as an ignored packet and never changes a verdict.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdatatype

from .nonces import randomize_case


@dataclass(frozen=True)
class ProbeQuery:
    """One probe query: its nonce label, the exact name as sent, id and wire form."""

    nonce: str
    qname: dns.name.Name
    qid: int
    wire: bytes

    def as_dict(self) -> dict[str, object]:
        return {"qname": self.qname.to_text(), "qtype": "A", "id": self.qid, "rd": True}


def make_query(nonce: str, zone: dns.name.Name) -> ProbeQuery:
    """A query for <nonce>.<zone> A with RD=1, a random id and 0x20-randomised case."""
    text = randomize_case(f"{nonce}.{zone.to_text()}")
    qname = dns.name.from_text(text)
    qid = secrets.randbelow(65536)
    msg = dns.message.make_query(qname, dns.rdatatype.A, use_edns=False)
    msg.id = qid
    msg.flags = dns.flags.RD
    return ProbeQuery(nonce, qname, qid, msg.to_wire())


@dataclass(frozen=True)
class Reply:
    """A reply that passed every check, with what a support agent wants to see."""

    message: dns.message.Message
    has_question: bool
    proves_recursion: bool

    def as_dict(self) -> dict[str, object]:
        m = self.message
        return {
            "rcode": dns.rcode.to_text(m.rcode()),
            "flags": dns.flags.to_text(m.flags).lower().split(),
            "question_present": self.has_question,
            "truncated": bool(m.flags & dns.flags.TC),
            "answers": [line for rrset in m.answer for line in rrset.to_text().splitlines()],
            "authority": [line for rrset in m.authority
                          for line in rrset.to_text().splitlines()][:5],
        }


@dataclass(frozen=True)
class Ignored:
    """A packet that did not pass; kept as a finding, never counted."""

    why: str
    source: str
    size: int

    def as_dict(self) -> dict[str, object]:
        return {"why": self.why, "from": self.source, "bytes": self.size}


def _same_name_exact(a: dns.name.Name, b: dns.name.Name) -> bool:
    # dns.name equality ignores case; 0x20 needs the letters compared as sent.
    return a.labels == b.labels


def judge(wire: bytes, source: str, source_port: int, target: str, port: int,
          query: ProbeQuery, control_address: str, max_bytes: int) -> Reply | Ignored:
    """Decide whether *wire* is a genuine reply to *query* from *target*:*port*."""
    origin = f"{source}:{source_port}"
    if source != target or source_port != port:
        return Ignored("from another address or port", origin, len(wire))
    if len(wire) > max_bytes:
        return Ignored("oversized", origin, len(wire))
    if len(wire) < 12:
        return Ignored("malformed: shorter than a DNS header", origin, len(wire))
    if int.from_bytes(wire[:2], "big") != query.qid:
        return Ignored("wrong id", origin, len(wire))
    if not wire[2] & 0x80:
        return Ignored("not a response (QR=0)", origin, len(wire))
    try:
        msg = dns.message.from_wire(wire)
    except Exception as exc:  # hostile input: every parse failure is just "malformed"
        return Ignored(f"malformed: {type(exc).__name__}", origin, len(wire))
    if not msg.question:
        # A bare header (unbound's "refuse" looks like this): port 53 answers, nothing more.
        return Reply(msg, has_question=False, proves_recursion=False)
    if len(msg.question) != 1:
        return Ignored("question section does not match", origin, len(wire))
    q = msg.question[0]
    if q.rdtype != dns.rdatatype.A or not _same_name_exact(q.name, query.qname):
        why = ("question differs in letter case (0x20)"
               if q.name == query.qname and q.rdtype == dns.rdatatype.A
               else "question does not match")
        return Ignored(why, origin, len(wire))
    # A truncated UDP reply (TC=1) says "ask again over TCP": it shows that port 53
    # answers, but is never proof by itself; the TCP probe and the canary decide.
    truncated = bool(msg.flags & dns.flags.TC)
    return Reply(msg, has_question=True,
                 proves_recursion=not truncated and _carries_control(msg, query.qname,
                                                                     control_address))


def _carries_control(msg: dns.message.Message, qname: dns.name.Name,
                     control_address: str) -> bool:
    """True when the answer holds the canary's control record for the nonce name."""
    if msg.rcode() != dns.rcode.NOERROR:
        return False
    for rrset in msg.answer:
        if rrset.name == qname and rrset.rdtype == dns.rdatatype.A:
            if any(rd.address == control_address for rd in rrset):
                return True
    return False
