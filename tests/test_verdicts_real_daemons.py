"""Every verdict of DESIGN.md, with the customer's router played by real DNS daemons.

The reflector is the real one in its own process; the client is the app's own client code.
All traffic stays on loopback: the "router" listens on 127.0.0.1 at the reflector's probe port
and forwards to the reflector's canary authority, as a router forwards to its ISP.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.client import ReflectorClient
from desktop_app.core.result import CheckResult, Verdict
from tests.support import daemons
from tests.support.nft import Firewall
from tests.support.reflector_proc import ZONE, ReflectorProcess


def check(reflector: ReflectorProcess) -> CheckResult:
    result = ReflectorClient([reflector.url]).check()
    assert result.public_ip == "127.0.0.1"
    assert result.support_code, "every completed check has a support code"
    return result


def check_with(reflector: ReflectorProcess, router: daemons.Daemon) -> CheckResult:
    """Check while *router* runs, then stop it."""
    try:
        return check(reflector)
    finally:
        router.stop()


def finding(result: CheckResult, transport: str) -> dict:
    return next(f for f in result.findings if f["transport"] == transport)


def test_nothing_listening_is_green(reflector: ReflectorProcess) -> None:
    result = check(reflector)
    assert result.verdict is Verdict.GREEN
    assert finding(result, "udp")["outcome"] == "closed"  # ICMP port unreachable
    assert finding(result, "tcp")["outcome"] == "closed"  # TCP reset


def test_silently_dropped_port_is_green_by_the_time_budget(
        reflector: ReflectorProcess, firewall: Firewall, router_dir: Path) -> None:
    # A real open resolver sits behind the drop rule: nothing may leak through.
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    firewall.drop_incoming(reflector.probe_port)
    try:
        result = check(reflector)
    finally:
        router.stop()
    assert result.verdict is Verdict.GREEN
    udp = finding(result, "udp")
    assert udp["outcome"] == "no_answer"
    assert udp["transmissions"] >= 2, "UDP is retransmitted within the budget"
    assert finding(result, "tcp")["outcome"] == "no_answer"


def test_dnsmasq_forwarding_everything_is_red(reflector: ReflectorProcess,
                                              router_dir: Path) -> None:
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    try:
        result = check(reflector)
    finally:
        log = router.stop()
    assert result.verdict is Verdict.RED
    udp = finding(result, "udp")
    assert udp["recursion_proven"]
    assert udp["canary"], "the nonce reached the canary authority"
    assert udp["canary"][0]["from"] == "127.0.0.1"
    if udp["response"] is not None:  # the router's own answer usually arrives too
        assert any("192.0.2.53" in a for a in udp["response"]["answers"])
    assert "forwarded" in log.lower()


def test_unbound_refusing_outsiders_is_yellow(reflector: ReflectorProcess,
                                              router_dir: Path) -> None:
    result = check_with(reflector, daemons.unbound(router_dir, reflector.probe_port, ZONE,
                             f"127.0.0.1@{reflector.canary_port}", refuse=True))
    assert result.verdict is Verdict.YELLOW
    udp = finding(result, "udp")
    assert udp["outcome"] == "answered"
    assert udp["response"]["rcode"] == "REFUSED"
    # unbound refuses with a bare header, no question: "port 53 answers", never proof.
    assert udp["response"]["question_present"] is False
    assert not udp["recursion_proven"]
    assert udp["canary"] == []


def test_unbound_open_to_all_is_red(reflector: ReflectorProcess, router_dir: Path) -> None:
    result = check_with(reflector, daemons.unbound(router_dir, reflector.probe_port, ZONE,
                             f"127.0.0.1@{reflector.canary_port}", refuse=False))
    assert result.verdict is Verdict.RED


def test_bind_authoritative_only_is_yellow(reflector: ReflectorProcess,
                                           router_dir: Path) -> None:
    result = check_with(reflector, daemons.named(router_dir, reflector.probe_port))
    assert result.verdict is Verdict.YELLOW
    udp = finding(result, "udp")
    assert udp["response"]["rcode"] == "REFUSED"
    assert udp["response"]["question_present"]
    assert finding(result, "tcp")["outcome"] == "answered"


def test_recursion_over_tcp_only_is_yellow(reflector: ReflectorProcess,
                                           router_dir: Path) -> None:
    result = check_with(reflector, daemons.unbound(router_dir, reflector.probe_port, ZONE,
                             f"127.0.0.1@{reflector.canary_port}", refuse=False, udp=False))
    assert result.verdict is Verdict.YELLOW
    assert finding(result, "udp")["outcome"] == "closed"
    tcp = finding(result, "tcp")
    assert tcp["recursion_proven"]
    assert "recursion over TCP only" in result.summary


def test_open_resolver_whose_udp_answers_are_lost_is_red_by_the_canary(
        reflector: ReflectorProcess, firewall: Firewall, router_dir: Path) -> None:
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    firewall.drop_outgoing_from(reflector.probe_port, "udp")
    try:
        result = check(reflector)
    finally:
        router.stop()
    assert result.verdict is Verdict.RED
    udp = finding(result, "udp")
    assert udp["response"] is None, "no UDP answer came back"
    assert udp["canary"], "the proof is the nonce at the canary authority"


def test_every_check_is_stored_and_can_be_found_by_support_code(
        reflector: ReflectorProcess) -> None:
    import json
    import subprocess
    import sys

    result = check(reflector)
    out = subprocess.run([sys.executable, "-m", "reflector", "--config",
                          str(reflector.config_path), "--lookup",
                          result.support_code.replace("-", " ")],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    stored = json.loads(out.stdout)
    assert stored["support_code"] == result.support_code
    assert stored["verdict"] == result.verdict.value


@pytest.mark.parametrize("typo", ["slip", "swap"])
def test_lookup_rejects_a_misheard_code(reflector: ReflectorProcess, typo: str) -> None:
    import subprocess
    import sys

    code = check(reflector).support_code.replace("-", "")
    if typo == "slip":
        bad = code[:4] + str((int(code[4]) + 1) % 10) + code[5:]
    else:
        i = next(i for i in range(8) if code[i] != code[i + 1])
        bad = code[:i] + code[i + 1] + code[i] + code[i + 2:]
    out = subprocess.run([sys.executable, "-m", "reflector", "--config",
                          str(reflector.config_path), "--lookup", bad],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 2
    assert "not a support code" in out.stderr
