"""Hostile answers to probes never make a verdict wrong and never crash the reflector."""

from __future__ import annotations

import requests

from desktop_app.core.client import ReflectorClient
from desktop_app.core.result import Verdict
from tests.support.hostile import HostileServer
from tests.support.reflector_proc import ReflectorProcess


def test_forged_answers_alone_never_say_red(reflector: ReflectorProcess) -> None:
    server = HostileServer(reflector.probe_port)
    try:
        result = ReflectorClient([reflector.url]).check()
    finally:
        server.close()
    assert server.sent >= 6
    # Not one of the forged "open resolver" answers was believed.
    assert result.verdict is Verdict.GREEN
    udp = next(f for f in result.findings if f["transport"] == "udp")
    assert udp["response"] is None
    whys = {p["why"] for p in udp["ignored_packets"]}
    assert "wrong id" in whys
    assert "question differs in letter case (0x20)" in whys
    assert "from another address or port" in whys
    assert "oversized" in whys
    assert any(w.startswith("malformed") for w in whys)
    assert requests.get(f"{reflector.url}/healthz", timeout=5).json()["status"] == "ok"


def test_forged_answers_before_a_genuine_refusal_give_yellow(
        reflector: ReflectorProcess) -> None:
    server = HostileServer(reflector.probe_port, then_refuse=True)
    try:
        result = ReflectorClient([reflector.url]).check()
    finally:
        server.close()
    assert result.verdict is Verdict.YELLOW
    for transport in ("udp", "tcp"):
        f = next(f for f in result.findings if f["transport"] == transport)
        assert f["response"]["rcode"] == "REFUSED"
        assert not f["recursion_proven"]
        assert f["ignored_count"] >= 3


def test_reflector_keeps_working_after_hostile_packets(reflector: ReflectorProcess) -> None:
    server = HostileServer(reflector.probe_port)
    server.close()
    # After the hostile server is gone, nothing listens: a clean green with a new code.
    first = ReflectorClient([reflector.url]).check()
    second = ReflectorClient([reflector.url]).check()
    assert first.verdict is second.verdict is Verdict.GREEN
    assert first.support_code != second.support_code
