"""Router identification on a real home network in namespaces: a PC behind a router running
real miniupnpd, the real discovery code run on the PC as `selfcheck --cli --router --json`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support.homenet import HomeNetwork, RouterProfile, identify_router

REPO = Path(__file__).resolve().parent.parent

CASES = {
    "buffalo": (RouterProfile("192.168.11", "4c:e6:76:12:34:56", "BUFFALO INC.",
                              "WSR-1800AX4S", "AirStation", "http://192.168.11.1/"),
                "BUFFALO.INC", "http://192.168.11.1/"),
    "nec-aterm": (RouterProfile("192.168.10", "08:10:86:12:34:56", "NEC Platforms, Ltd.",
                                "Aterm WX3600HP", "Aterm WX3600HP", "http://192.168.10.1/"),
                  "NEC Platforms, Ltd.", "http://192.168.10.1/"),
    "iodata": (RouterProfile("192.168.0", "00:a0:b0:12:34:56", "I-O DATA DEVICE, INC.",
                             "WN-DAX1800GR", "WN-DAX1800GR"),
               "I-O DATA DEVICE,INC.", "http://192.168.0.1/"),
    "elecom": (RouterProfile("192.168.2", "38:97:a4:12:34:56", "ELECOM CO.,LTD.",
                             "WRC-X3200GST3", "ELECOM WRC-X3200GST3"),
               "ELECOM CO.,LTD.", "http://192.168.2.1/"),
    # NTT's home gateways are built by NEC and others: the UPnP model must win over the OUI.
    "ntt-hgw": (RouterProfile("192.168.1", "08:10:86:ab:cd:ef", "NTT", "PR-600MI",
                              "Hikari Denwa router"),
                "NEC Platforms, Ltd.", "http://192.168.1.1/"),
    "tp-link": (RouterProfile("192.168.0", "68:dd:b7:12:34:56", "TP-Link", "Archer AX73",
                              "Archer AX73"),
                "TP-LINK TECHNOLOGIES CO.,LTD.", "http://192.168.0.1/"),
    "yamaha": (RouterProfile("192.168.100", "ac:44:f2:12:34:56", "YAMAHA CORPORATION",
                             "RTX830", "RTX830"),
               "YAMAHA CORPORATION", "http://192.168.100.1/"),
    "generic": (RouterProfile("10.0.5", "02:11:22:33:44:55", "Kitchen Sink Networks",
                              "KS-1", "KS-1"),
                None, "http://10.0.5.1/"),
}


@pytest.mark.parametrize("guide_id", list(CASES))
def test_each_maker_is_identified(guide_id: str, tmp_path: Path) -> None:
    profile, vendor, admin = CASES[guide_id]
    found = identify_router(profile, tmp_path)
    assert found["gateway"] == f"{profile.lan}.1"
    assert found["guide_id"] == guide_id, found["guide_reason"]
    assert found["mac"] == profile.mac
    assert found["mac_vendor"] == vendor
    assert found["upnp"]["manufacturer"] == profile.manufacturer
    assert found["upnp"]["model_name"] == profile.model_name
    assert found["model"] == profile.model_name
    assert found["admin_url"] == admin
    assert found["seconds"] < 10


def test_no_upnp_falls_back_to_gateway_and_generic(tmp_path: Path) -> None:
    found = identify_router(RouterProfile("192.168.50", "02:aa:bb:cc:dd:ee", upnp=False),
                            tmp_path)
    assert found["upnp"] is None
    assert found["guide_id"] == "generic"
    assert found["admin_url"] == "http://192.168.50.1/"
    assert found["admin_source"] == "gateway"
    assert any("did not answer UPnP" in n for n in found["notes"])


def test_no_upnp_but_a_known_mac_still_names_the_maker(tmp_path: Path) -> None:
    found = identify_router(RouterProfile("192.168.11", "4c:e6:76:00:00:01", upnp=False),
                            tmp_path)
    assert found["guide_id"] == "buffalo"
    assert found["guide_reason"].startswith("MAC address maker")
    assert found["admin_url"] == "http://192.168.11.1/"


def test_japanese_text_output(tmp_path: Path) -> None:
    profile, _vendor, _admin = CASES["buffalo"]
    net = HomeNetwork(profile, tmp_path)
    try:
        out = net.run_on_pc(sys.executable, "-m", "desktop_app", "--cli", "--router",
                            "--lang", "ja")
    finally:
        net.close()
    assert "管理画面: http://192.168.11.1/" in out.stdout
    assert "ガイド: バッファロー(BUFFALO) (buffalo)" in out.stdout


def test_answers_from_another_device_are_ignored(tmp_path: Path) -> None:
    """An impostor at 192.168.50.3 answers every search claiming to be a Buffalo; the router
    itself (192.168.50.1) does not speak UPnP. The impostor must change nothing."""
    import subprocess

    net = HomeNetwork(RouterProfile("192.168.50", "02:aa:bb:cc:dd:ee", upnp=False), tmp_path)
    impostor = None
    try:
        subprocess.run(["ip", "netns", "exec", net.router, "ip", "addr", "add",
                        "192.168.50.3/24", "dev", "lan0"], check=True)
        impostor = subprocess.Popen(
            ["ip", "netns", "exec", net.router, sys.executable,
             str(REPO / "tests" / "support" / "ssdp_impostor.py"), "192.168.50.3",
             "192.168.50.1"], stdout=subprocess.PIPE, text=True)
        assert impostor.stdout is not None and impostor.stdout.readline().strip() == "ready"
        found = net.identify()
    finally:
        if impostor is not None:
            impostor.kill()
            impostor.wait()
        net.close()
    assert "ignored a UPnP answer from 192.168.50.3: not the gateway" in found["notes"]
    assert found["upnp"] is None
    assert found["guide_id"] == "generic"
    assert found["admin_url"] == "http://192.168.50.1/"
