"""Putting it together: which router is this, where is its admin page, which guide fits."""

from __future__ import annotations

import ipaddress
import logging
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .gateway import Gateway, default_gateway
from .guides import Guide, choose_guide
from .neighbours import gateway_mac, vendor_of
from .upnp import UpnpDevice, discover

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RouterIdentity:
    gateway: str | None
    interface: str | None
    mac: str | None
    mac_vendor: str | None
    upnp: UpnpDevice | None
    admin_url: str | None
    admin_source: str  # "upnp", "guide", "gateway" or "none"
    admin_alternatives: tuple[str, ...]
    guide: Guide
    guide_reason: str
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def guide_id(self) -> str:
        return self.guide.id

    def as_dict(self) -> dict[str, Any]:
        return {
            "gateway": self.gateway, "interface": self.interface, "mac": self.mac,
            "mac_vendor": self.mac_vendor,
            "upnp": self.upnp.as_dict() if self.upnp else None,
            "maker": self.upnp.manufacturer if self.upnp and self.upnp.manufacturer
            else self.mac_vendor,
            "model": self.upnp.model_name if self.upnp and self.upnp.model_name else None,
            "admin_url": self.admin_url, "admin_source": self.admin_source,
            "admin_alternatives": list(self.admin_alternatives),
            "guide_id": self.guide_id, "guide_reason": self.guide_reason,
            "seconds": round(self.seconds, 3), "notes": list(self.notes),
        }


def identity_from_dict(d: dict[str, Any]) -> RouterIdentity:
    """Rebuild what ``as_dict()`` wrote (``selfcheck --cli --router --json``), e.g. to show
    a guide for a router identified on another machine."""
    from .guides import catalogue

    upnp = d.get("upnp")
    return RouterIdentity(
        gateway=d.get("gateway"), interface=d.get("interface"), mac=d.get("mac"),
        mac_vendor=d.get("mac_vendor"),
        upnp=UpnpDevice(**{k: str(v) for k, v in upnp.items()}) if upnp else None,
        admin_url=d.get("admin_url"), admin_source=str(d.get("admin_source", "none")),
        admin_alternatives=tuple(d.get("admin_alternatives") or ()),
        guide=catalogue().get(str(d.get("guide_id")), catalogue()["generic"]),
        guide_reason=str(d.get("guide_reason", "")), seconds=float(d.get("seconds", 0.0)),
        notes=tuple(d.get("notes") or ()))


def for_guide(identity: RouterIdentity, guide: Guide) -> RouterIdentity:
    """The same router with a guide the customer picked by hand."""
    admin, source, others = choose_admin_url(identity.gateway, identity.upnp, guide)
    return RouterIdentity(
        gateway=identity.gateway, interface=identity.interface, mac=identity.mac,
        mac_vendor=identity.mac_vendor, upnp=identity.upnp, admin_url=admin,
        admin_source=source, admin_alternatives=others, guide=guide,
        guide_reason="chosen by the customer", seconds=identity.seconds, notes=identity.notes)


def _host_url(address: str) -> str:
    return f"http://{address}/"


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def choose_admin_url(gateway: str | None, upnp: UpnpDevice | None,
                     guide: Guide) -> tuple[str | None, str, tuple[str, ...]]:
    """The admin page to open, where that choice came from, and the other candidates.

    1. the presentation URL the router itself announces over UPnP, if it is on the gateway;
    2. a guide address that *is* the gateway;
    3. a name the maker's routers answer for (aterm.me, tplinkwifi.net), when the guide marks
       its addresses certain (it works only while the PC uses the router for DNS);
    4. the gateway's own address.
    """
    candidates: list[tuple[str, str]] = []
    if upnp and upnp.presentation_url and gateway and \
            urlsplit(upnp.presentation_url).hostname == gateway:
        candidates.append((upnp.presentation_url, "upnp"))
    hosts = [(url, urlsplit(url).hostname or "") for url in guide.admin_urls]
    candidates += [(url, "guide") for url, host in hosts if gateway and host == gateway]
    if guide.admin_certain and gateway is not None:
        candidates += [(url, "guide") for url, host in hosts if not _is_address(host)]
    if gateway:
        candidates.append((_host_url(gateway), "gateway"))
    if not candidates:
        return None, "none", ()
    seen: list[str] = []
    for url, _ in candidates:
        if url not in seen:
            seen.append(url)
    return candidates[0][0], candidates[0][1], tuple(seen[1:])


def identify(upnp_timeout: float = 1.5,
             gateway_finder: Any = default_gateway) -> RouterIdentity:
    """Find the router. Never raises for a missing piece: it says what it could not find."""
    started = time.monotonic()
    notes: list[str] = []
    gw: Gateway | None = gateway_finder()
    if gw is None:
        notes.append("no default gateway: this PC has no IPv4 route to the internet")
    others: list[str] = []
    upnp = discover(gw.address, timeout=upnp_timeout, ignored=others) if gw else None
    notes += [f"ignored a UPnP answer from {a}: not the gateway" for a in others]
    if gw and upnp is None:
        notes.append("the gateway did not answer UPnP (switched off, or not supported)")
    mac = gateway_mac(gw.address) if gw else None  # after UPnP, which filled the ARP table
    vendor = vendor_of(mac)
    if mac and not vendor:
        notes.append("the gateway's MAC address names no registered maker")
    match = choose_guide(upnp.manufacturer if upnp else "", upnp.model_name if upnp else "",
                         vendor or "")
    admin, source, alternatives = choose_admin_url(gw.address if gw else None, upnp,
                                                   match.guide)
    return RouterIdentity(
        gateway=gw.address if gw else None, interface=gw.interface if gw else None, mac=mac,
        mac_vendor=vendor, upnp=upnp, admin_url=admin, admin_source=source,
        admin_alternatives=alternatives, guide=match.guide, guide_reason=match.reason,
        seconds=time.monotonic() - started, notes=tuple(notes))
