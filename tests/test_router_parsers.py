"""Gateway and neighbour-table parsers on recorded outputs of each platform, the OUI lookup,
the UPnP description reader, and the guide catalogue's schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.router import gateway as gw
from desktop_app.core.router import neighbours as nb
from desktop_app.core.router.guides import (
    GUIDE_IDS,
    STEP_KINDS,
    GuideError,
    catalogue,
    choose_guide,
    parse_guide,
)
from desktop_app.core.router.identify import choose_admin_url
from desktop_app.core.router.upnp import UpnpDevice, parse_description, parse_ssdp_response

DATA = Path(__file__).parent / "data" / "netcmd"


def rec(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_linux_default_gateway_lowest_metric_wins() -> None:
    assert gw.parse_proc_net_route(rec("linux-proc-net-route.txt")) == gw.Gateway(
        "192.168.1.1", "enp3s0")
    assert gw.parse_ip_route(rec("linux-ip-route.txt")) == gw.Gateway("192.168.1.1", "enp3s0")


def test_macos_default_gateway() -> None:
    assert gw.parse_macos_route_get(rec("macos-route-get-default.txt")) == gw.Gateway(
        "192.168.10.1", "en0")


@pytest.mark.parametrize("name, expected", [
    ("windows-route-print-ja.txt", gw.Gateway("192.168.1.1", "192.168.1.20")),
    ("windows-route-print-en.txt", gw.Gateway("192.168.2.1", "192.168.2.100")),
])
def test_windows_default_gateway(name: str, expected: gw.Gateway) -> None:
    assert gw.parse_windows_route_print(rec(name)) == expected


def test_no_default_route_gives_none() -> None:
    assert gw.parse_proc_net_route(rec("linux-proc-net-route.txt").splitlines()[0]) is None
    assert gw.parse_macos_route_get("route: writing to routing socket: not in table") is None
    assert gw.parse_windows_route_print("") is None


def test_neighbour_tables() -> None:
    assert nb.parse_proc_net_arp(rec("linux-proc-net-arp.txt"), "192.168.1.1") == \
        "4c:e6:76:aa:bb:cc"
    assert nb.parse_proc_net_arp(rec("linux-proc-net-arp.txt"), "192.168.1.50") is None
    assert nb.parse_ip_neigh(rec("linux-ip-neigh.txt"), "192.168.1.1") == "4c:e6:76:aa:bb:cc"
    assert nb.parse_windows_arp(rec("windows-arp-ja.txt"), "192.168.0.1") == \
        "08:10:86:12:34:56"
    assert nb.parse_windows_arp(rec("windows-arp-ja.txt"), "192.168.0.255") is None
    assert nb.parse_macos_arp(rec("macos-arp.txt"), "192.168.10.1") == "08:10:86:01:02:03"
    assert nb.parse_macos_arp(rec("macos-arp-incomplete.txt"), "192.168.10.1") is None


def test_mac_vendor_from_the_shipped_ieee_registry() -> None:
    assert nb.vendor_of("4c:e6:76:aa:bb:cc") == "BUFFALO.INC"
    assert nb.vendor_of("08:10:86:12:34:56") == "NEC Platforms, Ltd."
    assert nb.vendor_of("02:11:22:33:44:55") is None  # locally administered
    assert nb.vendor_of(None) is None


DESCRIPTION = b"""<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0"><device>
<deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
<friendlyName>AirStation</friendlyName><manufacturer>BUFFALO INC.</manufacturer>
<modelName>WSR-1800AX4S</modelName><modelNumber>1.0</modelNumber>
<presentationURL>/index.html</presentationURL></device></root>"""


def test_upnp_description_fields() -> None:
    d = parse_description(DESCRIPTION, "http://192.168.11.1:5000/rootDesc.xml")
    assert (d.manufacturer, d.model_name, d.friendly_name) == ("BUFFALO INC.", "WSR-1800AX4S",
                                                               "AirStation")
    assert d.presentation_url == "http://192.168.11.1:5000/index.html"


def test_upnp_description_with_entity_tricks_is_refused() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<root xmlns="urn:schemas-upnp-org:device-1-0"><device><modelName>&b;</modelName></device></root>"""
    with pytest.raises(Exception) as info:
        parse_description(bomb, "http://192.168.11.1/")
    assert "Entities" in type(info.value).__name__ or "entit" in str(info.value).lower()


def test_ssdp_response_headers() -> None:
    h = parse_ssdp_response(b"HTTP/1.1 200 OK\r\nLOCATION: http://192.168.1.1:1900/d.xml\r\n"
                            b"ST: upnp:rootdevice\r\n\r\n")
    assert h is not None and h["location"] == "http://192.168.1.1:1900/d.xml"
    assert parse_ssdp_response(b"NOTIFY * HTTP/1.1\r\n\r\n") is None


def test_catalogue_has_every_guide_with_both_languages() -> None:
    guides = catalogue()
    assert set(guides) == set(GUIDE_IDS)
    for g in guides.values():
        assert [s.kind for s in g.steps] == list(STEP_KINDS)
        for s in g.steps:
            assert any("\u3040" <= c <= "\u30ff" for c in s.body["ja"]), (g.id, s.kind)
            assert s.body["en"].isascii() or "→" in s.body["en"], (g.id, s.kind)
            assert s.body["ja"].endswith("。"), (g.id, s.kind)
        assert g.login["ja"] and g.login["en"]
    assert guides["buffalo"].admin_urls[0] == "http://192.168.11.1/"
    assert guides["nec-aterm"].admin_urls[0] == "http://aterm.me/"
    assert not guides["iodata"].admin_certain  # says so where it is not sure


def test_a_broken_guide_is_named() -> None:
    with pytest.raises(GuideError, match="does not match the file name"):
        parse_guide({"id": "other"}, "buffalo.toml")
    with pytest.raises(GuideError, match=r"\[match\], \[admin\] and \[login\]"):
        parse_guide({"id": "x"}, "x.toml")


@pytest.mark.parametrize("manufacturer, model, vendor, expected", [
    ("BUFFALO INC.", "WSR-1800AX4S", "", "buffalo"),
    ("NTT", "RX-600KI", "NEC Platforms, Ltd.", "ntt-hgw"),
    ("", "", "NEC Platforms, Ltd.", "nec-aterm"),
    ("", "XG-100NE", "", "ntt-hgw"),
    ("", "", "Sumitomo Electric Industries, Ltd", "generic"),
    ("Linksys", "E8450", "Belkin International Inc.", "generic"),
])
def test_guide_choice(manufacturer: str, model: str, vendor: str, expected: str) -> None:
    assert choose_guide(manufacturer, model, vendor).guide.id == expected


def test_admin_page_choice() -> None:
    guides = catalogue()
    upnp = UpnpDevice("http://192.168.10.1:2869/d.xml", presentation_url="http://192.168.10.1/")
    assert choose_admin_url("192.168.10.1", upnp, guides["nec-aterm"])[:2] == (
        "http://192.168.10.1/", "upnp")
    url, source, others = choose_admin_url("192.168.10.1", None, guides["nec-aterm"])
    assert (url, source) == ("http://192.168.10.1/", "guide") and "http://aterm.me/" in others
    # A presentation URL elsewhere than the gateway is not believed.
    evil = UpnpDevice("http://192.168.10.1/d.xml", presentation_url="http://203.0.113.9/")
    assert choose_admin_url("192.168.10.1", evil, guides["generic"])[0] == "http://192.168.10.1/"
    # Uncertain guide addresses never replace the gateway.
    assert choose_admin_url("192.168.3.1", None, guides["iodata"])[0] == "http://192.168.3.1/"
    assert choose_admin_url(None, None, guides["generic"]) == (None, "none", ())
