"""The gateway's MAC address from the ARP / neighbour table, and its maker from the IEEE
registry shipped inside netaddr (nothing is downloaded)."""

from __future__ import annotations

import ipaddress
import re
import sys
from pathlib import Path

import netaddr

from .commands import run

_MAC = re.compile(r"(?<![0-9A-Fa-f])((?:[0-9A-Fa-f]{1,2}[:-]){5}[0-9A-Fa-f]{1,2})(?![0-9A-Fa-f])")


def normalize_mac(text: str) -> str | None:
    parts = re.split(r"[:-]", text.strip())
    if len(parts) != 6:
        return None
    try:
        octets = [int(p, 16) for p in parts]
    except ValueError:
        return None
    if not any(octets) or all(o == 0xFF for o in octets):
        return None
    return ":".join(f"{o:02x}" for o in octets)


def _row_mac(text: str, ip: str) -> str | None:
    for line in text.splitlines():
        if re.search(rf"(?<![\d.]){re.escape(ip)}(?![\d.])", line):
            m = _MAC.search(line)
            if m:
                mac = normalize_mac(m.group(1))
                if mac:
                    return mac
    return None


def parse_proc_net_arp(text: str, ip: str) -> str | None:
    """Linux /proc/net/arp; incomplete entries (flags 0x0, MAC all zero) are skipped."""
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) >= 4 and f[0] == ip and f[2] != "0x0":
            return normalize_mac(f[3])
    return None


def parse_ip_neigh(text: str, ip: str) -> str | None:
    """``ip neigh``: "192.168.1.1 dev eth0 lladdr aa:bb:cc:dd:ee:ff REACHABLE"."""
    for line in text.splitlines():
        f = line.split()
        if f and f[0] == ip and "lladdr" in f:
            return normalize_mac(f[f.index("lladdr") + 1])
    return None


def parse_windows_arp(text: str, ip: str) -> str | None:
    """Windows ``arp -a``: "  192.168.1.1   aa-bb-cc-dd-ee-ff   dynamic" (or 動的)."""
    return _row_mac(text, ip)


def parse_macos_arp(text: str, ip: str) -> str | None:
    """macOS ``arp -n <ip>``: "? (192.168.1.1) at 0:1a:2b:3c:4d:5e on en0 ifscope [ethernet]"
    (leading zeros dropped); "(incomplete)" has no MAC."""
    return _row_mac(text, ip)


def gateway_mac(ip: str) -> str | None:
    if sys.platform.startswith("linux"):
        try:
            mac = parse_proc_net_arp(Path("/proc/net/arp").read_text(), ip)
        except OSError:
            mac = None
        return mac or parse_ip_neigh(run(["ip", "neigh", "show", ip]), ip)
    if sys.platform == "darwin":
        return parse_macos_arp(run(["/usr/sbin/arp", "-n", ip]), ip)
    if sys.platform == "win32":
        return parse_windows_arp(run(["arp", "-a", ip]), ip)
    return None


def vendor_of(mac: str | None) -> str | None:
    """The registered organisation of the MAC's OUI, or None (unknown, or a locally
    administered address that some routers use and that names no maker)."""
    if not mac:
        return None
    try:
        eui = netaddr.EUI(mac)
        if int(eui) >> 41 & 1:  # locally administered bit: a made-up address
            return None
        return str(eui.oui.registration().org).strip() or None
    except (netaddr.AddrFormatError, netaddr.NotRegisteredError, IndexError, ValueError):
        return None


def _global_v6(text: str) -> str | None:
    try:
        addr = ipaddress.IPv6Address(text.split("%", 1)[0])
    except ValueError:
        return None
    if addr.is_link_local or addr.is_loopback or addr.is_multicast or addr.is_unspecified:
        return None
    return str(addr)


def parse_ip6_neigh_routers(text: str) -> list[str]:
    """Linux ``ip -6 neigh``: global addresses of entries flagged "router"."""
    out = []
    for line in text.splitlines():
        f = line.split()
        if f and "router" in f and (addr := _global_v6(f[0])) and addr not in out:
            out.append(addr)
    return out


def parse_ip6_default_via(text: str) -> list[str]:
    """Linux ``ip -6 route show default``: a default route via a global address."""
    out = []
    for line in text.splitlines():
        m = re.match(r"\s*default\s+via\s+(\S+)", line)
        if m and (addr := _global_v6(m.group(1))) and addr not in out:
            out.append(addr)
    return out


def parse_ndp_routers(text: str) -> list[str]:
    """macOS ``ndp -an``: rows whose flags column holds R (router)."""
    out = []
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) >= 6 and "R" in f[5] and (addr := _global_v6(f[0])) and addr not in out:
            out.append(addr)
    return out


def router_ipv6_addresses() -> list[str]:
    """Global IPv6 addresses of the home router that this PC can see. The reflector probes
    them only if they lie inside the line's own delegated prefix."""
    if sys.platform.startswith("linux"):
        found = parse_ip6_neigh_routers(run(["ip", "-6", "neigh", "show"]))
        found += [a for a in parse_ip6_default_via(run(["ip", "-6", "route", "show",
                                                         "default"])) if a not in found]
        return found
    if sys.platform == "darwin":
        return parse_ndp_routers(run(["/usr/sbin/ndp", "-an"]))
    return []  # Windows: the reflector still tries the ::1 of this PC's /64
