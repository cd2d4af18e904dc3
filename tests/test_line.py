"""The line's overall verdict from its families (DESIGN.md): red, yellow, gray, green; an
unused family does not count, one that could not be checked is never outvoted by "safe"."""

from __future__ import annotations

import socket

from desktop_app.core.line import LineChecker
from desktop_app.core.result import Verdict
from tests.support import daemons
from tests.support.ports import free_port
from tests.support.reflector_proc import ReflectorProcess

DEAD = "http://127.0.0.1:{}"


def test_a_family_that_could_not_be_checked_keeps_the_line_gray(
        reflector: ReflectorProcess) -> None:
    checker = LineChecker([reflector.url], [DEAD.format(free_port())],
                          route_check=lambda family: True)
    result = checker.check()
    fam = {f.family: f for f in result.families}
    assert fam["ipv4"].result is not None and fam["ipv4"].result.verdict is Verdict.GREEN
    assert fam["ipv6"].result is not None and fam["ipv6"].result.reason == "server_unreachable"
    assert result.verdict is Verdict.GRAY, "IPv6 unknown: the line is not called safe"


def test_an_unused_family_does_not_count(reflector: ReflectorProcess) -> None:
    checker = LineChecker([reflector.url], [DEAD.format(free_port())],
                          route_check=lambda family: family == socket.AF_INET)
    result = checker.check()
    assert [(f.family, f.status) for f in result.families] == [("ipv4", "checked"),
                                                              ("ipv6", "unused")]
    assert result.verdict is Verdict.GREEN


def test_red_in_one_family_outweighs_gray_in_the_other(reflector: ReflectorProcess,
                                                      router_dir) -> None:  # type: ignore[no-untyped-def]
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    try:
        result = LineChecker([reflector.url], [DEAD.format(free_port())],
                             route_check=lambda family: True).check()
    finally:
        router.stop()
    assert result.verdict is Verdict.RED
    assert result.support_code and result.family == "ipv4"


def test_progress_names_each_step_once_for_two_families(reflector: ReflectorProcess) -> None:
    steps: list[str] = []
    LineChecker([reflector.url], [reflector.url], route_check=lambda f: True).check(
        progress=steps.append)
    assert steps == ["connect", "probe", "verdict"]
