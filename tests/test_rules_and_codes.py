"""Pure logic: verdict rules, strict reply matching, support codes, config, access."""

from __future__ import annotations

import ipaddress
import time
from pathlib import Path

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rrset
import pytest

from reflector import config as cfgmod
from reflector.access import RateLimiter, client_address, rate_key
from reflector.dnswire import Ignored, Reply, judge, make_query
from reflector.errors import ConfigError
from reflector.nonces import CanaryHit
from reflector.probe import ProbeResult
from reflector.supportcode import new_code, normalize
from reflector.verdict import Verdict, decide

ZONE = dns.name.from_text("canary.selfcheck.example")


def _reply(query_wire: bytes, *, rcode: int = dns.rcode.NOERROR, control: bool = False,
           bare: bool = False) -> bytes:
    q = dns.message.from_wire(query_wire)
    r = dns.message.make_response(q)
    r.set_rcode(rcode)
    if control:
        r.answer.append(dns.rrset.from_text(q.question[0].name, 0, "IN", "A", "192.0.2.53"))
    if bare:
        r.question = []
    return r.to_wire()


def _judge(wire: bytes, query, src="198.51.100.7", port=53) -> Reply | Ignored:  # type: ignore[no-untyped-def]
    return judge(wire, src, port, "198.51.100.7", 53, query, "192.0.2.53", 4096)


def test_genuine_answer_with_control_record_proves_recursion() -> None:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    got = _judge(_reply(q.wire, control=True), q)
    assert isinstance(got, Reply) and got.proves_recursion


def test_truncated_reply_is_noted_not_trusted() -> None:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    r = dns.message.from_wire(_reply(q.wire, control=True))
    r.flags |= dns.flags.TC
    got = _judge(r.to_wire(), q)
    assert isinstance(got, Reply) and got.as_dict()["truncated"]
    assert not got.proves_recursion


def test_bare_error_header_answers_but_never_proves() -> None:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    got = _judge(_reply(q.wire, rcode=dns.rcode.REFUSED, bare=True), q)
    assert isinstance(got, Reply) and not got.has_question and not got.proves_recursion


@pytest.mark.parametrize("mutate, why", [
    (lambda w: w[:7], "malformed: shorter than a DNS header"),
    (lambda w: bytes([w[0] ^ 1]) + w[1:], "wrong id"),
    (lambda w: w[:2] + bytes([w[2] & 0x7F]) + w[3:], "not a response (QR=0)"),
    (lambda w: w + b"\x00" * 5000, "oversized"),
])
def test_bad_replies_are_ignored(mutate, why) -> None:  # type: ignore[no-untyped-def]
    q = make_query("abcdefghijklmnopqrst", ZONE)
    got = _judge(mutate(_reply(q.wire, control=True)), q)
    assert isinstance(got, Ignored) and got.why == why


def test_reply_from_another_address_or_port_is_ignored() -> None:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    wire = _reply(q.wire, control=True)
    assert isinstance(_judge(wire, q, src="198.51.100.8"), Ignored)
    assert isinstance(_judge(wire, q, port=5353), Ignored)


def test_reply_with_the_question_in_other_letter_case_is_ignored() -> None:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    while q.qname.to_text() == q.qname.to_text().lower():  # make sure 0x20 changed something
        q = make_query("abcdefghijklmnopqrst", ZONE)
    r = dns.message.from_wire(_reply(q.wire, control=True))
    lowered = dns.name.from_text(q.qname.to_text().lower())
    r.question = [dns.rrset.RRset(lowered, 1, 1)]
    got = _judge(r.to_wire(), q)
    assert isinstance(got, Ignored) and "letter case" in got.why


def test_query_is_rd_and_0x20_randomised() -> None:
    names = {make_query("abcdefghijklmnopqrst", ZONE).qname.to_text() for _ in range(20)}
    assert len(names) > 1, "the letter case differs between queries"
    q = dns.message.from_wire(make_query("abcdefghijklmnopqrst", ZONE).wire)
    assert q.flags & dns.flags.RD


def _probe(transport: str, *, reply: Reply | None = None, hit: bool = False,
           outcome: str = "no_answer") -> ProbeResult:
    q = make_query("abcdefghijklmnopqrst", ZONE)
    p = ProbeResult(transport, "198.51.100.7:53", q, time.monotonic(), outcome=outcome,
                    reply=reply)
    if hit:
        p.hits.append(CanaryHit(q.nonce, "203.0.113.1", "udp", "x", "A", time.monotonic()))
    return p


def _a_reply(proves: bool) -> Reply:
    return Reply(dns.message.Message(), has_question=True, proves_recursion=proves)


@pytest.mark.parametrize("udp, tcp, expected", [
    (dict(hit=True), {}, Verdict.RED),
    (dict(reply=_a_reply(True)), {}, Verdict.RED),
    (dict(reply=_a_reply(False)), {}, Verdict.YELLOW),
    ({}, dict(hit=True), Verdict.YELLOW),  # recursion over TCP only
    ({}, dict(reply=_a_reply(False)), Verdict.YELLOW),
    (dict(outcome="closed"), dict(outcome="closed"), Verdict.GREEN),
    ({}, {}, Verdict.GREEN),
    (dict(outcome="error"), {}, Verdict.GRAY),
])
def test_verdict_rules(udp, tcp, expected) -> None:  # type: ignore[no-untyped-def]
    assert decide(_probe("udp", **udp), _probe("tcp", **tcp)).verdict is expected


def test_support_codes_are_random_and_self_checking() -> None:
    codes = {new_code() for _ in range(2000)}
    # 10**8 codes: a pair or two may collide by chance (the store redraws then), no more.
    assert len(codes) >= 1995
    for code in list(codes)[:200]:
        assert normalize(code) == code
        digits = code.replace("-", "")
        for i in range(9):  # every single-digit slip is caught
            for d in "0123456789":
                if d != digits[i]:
                    assert normalize(digits[:i] + d + digits[i + 1:]) is None
    assert normalize("１２３ ４５６ ７８９") in (None, "123-456-789")


def _cfg(**over: dict) -> dict:
    data = {
        "http": {"host": "127.0.0.1", "port": 8080},
        "canary": {"zone": "canary.isp.example", "host": "127.0.0.1", "port": 5353},
        "probe": {"port": 53},
        "access": {"allowed_networks": ["203.0.113.0/24"], "trusted_proxies": []},
        "store": {"path": "checks.sqlite3"},
    }
    for k, v in over.items():
        data[k] = {**data.get(k, {}), **v}
    return data


def test_config_defaults_are_safe(tmp_path: Path) -> None:
    c = cfgmod.from_mapping(_cfg(), source=tmp_path / "r.toml")
    assert c.probe.budget_seconds == 2.5
    assert c.access.checks_per_window == 6 and c.access.max_in_flight == 32
    assert c.store.path == tmp_path / "checks.sqlite3"


@pytest.mark.parametrize("table, key", [("http", "port"), ("canary", "zone"),
                                        ("probe", "port"), ("access", "trusted_proxies"),
                                        ("store", "path")])
def test_config_names_a_missing_required_key(table: str, key: str) -> None:
    data = _cfg()
    del data[table][key]
    with pytest.raises(ConfigError, match=rf"\[{table}\] {key} is missing"):
        cfgmod.from_mapping(data)


def test_config_rejects_bad_values() -> None:
    with pytest.raises(ConfigError, match="not a network"):
        cfgmod.from_mapping(_cfg(access={"allowed_networks": ["lan"]}))
    with pytest.raises(ConfigError, match="not a port"):
        cfgmod.from_mapping(_cfg(probe={"port": 70000}))


def test_forwarded_for_is_believed_only_from_trusted_proxies() -> None:
    proxies = (ipaddress.ip_network("10.0.0.0/8"),)
    assert str(client_address("198.51.100.1", "203.0.113.9", proxies)) == "198.51.100.1"
    assert str(client_address("10.0.0.5", "192.0.2.66, 203.0.113.9", proxies)) == "203.0.113.9"
    assert str(client_address("10.0.0.5", "203.0.113.9, 10.0.0.7", proxies)) == "203.0.113.9"
    assert client_address("10.0.0.5", "garbage", proxies) is None
    assert str(client_address("::ffff:198.51.100.1", None, proxies)) == "198.51.100.1"


def test_rate_limit_counts_ipv6_per_64_and_says_when() -> None:
    lim = RateLimiter(2, 60)
    a = ipaddress.ip_address("2001:db8:1:2::10")
    b = ipaddress.ip_address("2001:db8:1:2::99")
    assert rate_key(a) == rate_key(b)
    assert lim.acquire(rate_key(a), now=0) == 0
    assert lim.acquire(rate_key(b), now=1) == 0
    assert lim.acquire(rate_key(a), now=2) == 58
    assert lim.acquire(rate_key(a), now=61) == 0
