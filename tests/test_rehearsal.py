"""Every verdict, in both address families, on a rehearsal of the real path: a PC behind a
home router with NAT (IPv4) and a routed prefix (IPv6), an ISP with the reflector, its canary
authority and a resolver the router forwards to. See tests/support/rehearsal.py."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.rehearsal import (
    HTTP_PORT,
    PC_V6,
    REFLECTOR_V6,
    RESOLVER_V6,
    RT_LAN_V4,
    RT_LAN_V6,
    RT_WAN_V4,
    Rehearsal,
    _run,
)

WAN_DROP_ALL = ('input iifname "wan0" ct state new drop',
                'forward iifname "wan0" ct state new drop')
WAN_DROP_DNS = ('input iifname "wan0" udp dport 53 drop',
                'input iifname "wan0" tcp dport 53 drop')

CONFIGS: dict[str, tuple[Callable[[Rehearsal], None], str, str]] = {
    "nothing listening": (lambda r: None, "green", "green"),
    "WAN silently dropped": (lambda r: (r.dnsmasq(None), r.firewall(*WAN_DROP_ALL)),
                             "green", "green"),
    "dnsmasq on the LAN only": (lambda r: r.dnsmasq([RT_LAN_V4]), "green", "green"),
    "dnsmasq on LAN and WAN": (lambda r: r.dnsmasq(None), "red", "red"),
    "dnsmasq behind a WAN firewall rule": (
        lambda r: (r.dnsmasq(None), r.firewall(*WAN_DROP_DNS)), "green", "green"),
    "unbound refusing outsiders": (lambda r: r.unbound(refuse=True), "yellow", "yellow"),
    "unbound open to all": (lambda r: r.unbound(refuse=False), "red", "red"),
    "BIND authoritative-only": (lambda r: r.named(), "yellow", "yellow"),
    "open over TCP only": (lambda r: r.unbound(refuse=False, udp=False), "yellow", "yellow"),
    "UDP answers dropped on the way out": (
        lambda r: (r.dnsmasq(None), r.firewall('output oifname "wan0" udp sport 53 drop')),
        "red", "red"),
    "open on IPv6 only": (lambda r: r.dnsmasq([RT_LAN_V4, RT_LAN_V6]), "green", "red"),
}
EXIT = {"green": 0, "yellow": 1, "red": 2, "gray": 3}
ORDER = ["green", "gray", "yellow", "red"]


@pytest.fixture(scope="module")
def line(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rehearsal]:
    r = Rehearsal(tmp_path_factory.mktemp("rehearsal"))
    yield r
    r.close()


@pytest.mark.parametrize("name", list(CONFIGS))
def test_router_configuration(line: Rehearsal, name: str) -> None:
    setup, v4, v6 = CONFIGS[name]
    try:
        setup(line)
        code, out = line.selfcheck()
    finally:
        line.reset_router()
    fam = out["families"]
    assert (fam["ipv4"]["verdict"], fam["ipv6"]["verdict"]) == (v4, v6), \
        (fam["ipv4"]["summary"], fam["ipv6"]["summary"])
    overall = max(v4, v6, key=ORDER.index)
    assert out["verdict"] == overall and code == EXIT[overall]
    # The reflector saw the router's WAN address for IPv4 (NAT), the PC's own for IPv6.
    assert fam["ipv4"]["public_ip"] == RT_WAN_V4
    assert fam["ipv6"]["public_ip"] == PC_V6
    probed = {t["address"]: t["verdict"] for t in fam["ipv6"]["targets"]}
    assert set(probed) >= {PC_V6, RT_LAN_V6}, "the router's own ::1 is probed too"
    if v6 in ("red", "yellow"):
        assert probed[RT_LAN_V6] == v6, "the result says which address answered"
    assert fam["ipv4"]["support_code"] != fam["ipv6"]["support_code"]


def test_a_line_without_ipv6_says_unused_not_gray(tmp_path: Path) -> None:
    r = Rehearsal(tmp_path, ipv6=False)
    try:
        r.dnsmasq(None)
        code, out = r.selfcheck()
    finally:
        r.close()
    assert out["families"]["ipv6"] == {"status": "unused"}
    assert out["families"]["ipv4"]["verdict"] == "red"
    assert out["verdict"] == "red" and code == 2


def test_addresses_outside_the_delegated_prefix_are_refused(line: Rehearsal) -> None:
    """A request naming other addresses (here the ISP's own resolver) gets them refused
    and logged; only the requester's prefix is probed."""
    script = (
        "import json, requests; print(json.dumps(requests.post("
        f"'http://[{REFLECTOR_V6}]:{HTTP_PORT}/v1/checks', json={{'ipv6_candidates': "
        f"['{RESOLVER_V6}', '2001:db8:100:ab01::99', 'fe80::1', 'not-an-address']}}, "
        "timeout=30).json()))")
    out = _run(line.pc, sys.executable, "-c", script)
    body = json.loads(out.stdout)
    probed = {t["address"] for t in body["targets"]}
    assert probed == {PC_V6, RT_LAN_V6, "2001:db8:100:ab01::99"}
    assert RESOLVER_V6 in body["refused_targets"] and "fe80::1" in body["refused_targets"]
    log = (line.workdir / "reflector.log").read_text()
    refusals = [ln for ln in log.splitlines() if "named addresses outside" in ln]
    assert refusals and RESOLVER_V6 in refusals[-1]


def test_window_shows_both_families(line: Rehearsal) -> None:
    """The text report (what 結果をコピー gives) names each family with its own light."""
    line.dnsmasq([RT_LAN_V4, RT_LAN_V6])
    try:
        out = _run(line.pc, sys.executable, "-m", "desktop_app", "--cli", "--lang", "ja",
                   "--server", "http://203.0.113.10:8080",
                   "--server-v6", f"http://[{REFLECTOR_V6}]:{HTTP_PORT}", check=False)
    finally:
        line.reset_router()
    assert "IPv4: ● 安全 198.51.100.2" in out.stdout
    assert f"IPv6: ✖ 危険 {PC_V6}(応答したアドレス: {RT_LAN_V6})" in out.stdout


def shown_families(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What the window shows per family: the light's state and the words beside it."""
    return [(light.state, label.text()) for light, label in window.result_view.family_rows
            if label.isVisible()]


def test_window_shows_each_family_with_its_own_light(line: Rehearsal, open_window) -> None:  # type: ignore[no-untyped-def]
    from tests.support.rehearsal import line_result

    line.dnsmasq([RT_LAN_V4, RT_LAN_V6])
    try:
        _code, out = line.selfcheck()
    finally:
        line.reset_router()
    window = open_window("http://127.0.0.1:9")
    window._on_finished(line_result(out))
    assert shown_families(window) == [("green", "IPv4: ● 安全 198.51.100.2"),
                    ("red", f"IPv6: ✖ 危険 {PC_V6}(応答したアドレス: {RT_LAN_V6})")]
    assert window.result_view.word.text() == "✖ 危険"  # the worse family decides


def test_window_says_ipv6_unused(tmp_path: Path, open_window) -> None:  # type: ignore[no-untyped-def]
    from tests.support.rehearsal import line_result

    r = Rehearsal(tmp_path, ipv6=False)
    try:
        _code, out = r.selfcheck()
    finally:
        r.close()
    window = open_window("http://127.0.0.1:9")
    window._on_finished(line_result(out))
    assert shown_families(window) == [("green", "IPv4: ● 安全 198.51.100.2"),
                                      ("none", "IPv6: 未使用")]
    assert window.result_view.word.text() == "● 安全"
