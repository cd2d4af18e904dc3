"""The default gateway (the home router, as seen from this PC), from each platform's own
source: /proc/net/route on Linux, ``route -n get default`` on macOS, ``route print`` on
Windows. The parsers are pure functions, tested on recorded outputs."""

from __future__ import annotations

import ipaddress
import re
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from .commands import run


@dataclass(frozen=True)
class Gateway:
    address: str
    interface: str | None = None


def _ipv4(text: str) -> str | None:
    try:
        return str(ipaddress.IPv4Address(text))
    except ValueError:
        return None


def parse_proc_net_route(text: str) -> Gateway | None:
    """Linux /proc/net/route: the default route (destination 0, RTF_GATEWAY) with the lowest
    metric. Addresses there are little-endian hex."""
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines()[1:]:
        f = line.split()
        if len(f) < 8:
            continue
        try:
            dest, gw, flags, metric, mask = (int(f[1], 16), int(f[2], 16), int(f[3], 16),
                                             int(f[6]), int(f[7], 16))
        except ValueError:
            continue
        if dest != 0 or mask != 0 or not flags & 0x2 or not flags & 0x1 or gw == 0:
            continue
        address = socket.inet_ntoa(struct.pack("<I", gw))
        if best is None or metric < best[0]:
            best = (metric, Gateway(address, f[0]))
    return best[1] if best else None


def parse_ip_route(text: str) -> Gateway | None:
    """``ip route show default``: "default via 192.168.1.1 dev eth0 proto dhcp metric 100"."""
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines():
        m = re.match(r"\s*default\s+via\s+(\S+)(?:.*?\sdev\s+(\S+))?", line)
        if not m or not _ipv4(m.group(1)):
            continue
        metric_m = re.search(r"\smetric\s+(\d+)", line)
        metric = int(metric_m.group(1)) if metric_m else 0
        if best is None or metric < best[0]:
            best = (metric, Gateway(m.group(1), m.group(2)))
    return best[1] if best else None


def parse_macos_route_get(text: str) -> Gateway | None:
    """macOS ``route -n get default``: "    gateway: 192.168.1.1" / "  interface: en0"."""
    gw = re.search(r"^\s*gateway:\s*(\S+)", text, re.M)
    iface = re.search(r"^\s*interface:\s*(\S+)", text, re.M)
    if not gw or not _ipv4(gw.group(1)):
        return None
    return Gateway(gw.group(1), iface.group(1) if iface else None)


def parse_windows_route_print(text: str) -> Gateway | None:
    """Windows ``route print -4 0.0.0.0``: rows "0.0.0.0  0.0.0.0  <gateway>  <interface>
    <metric>" in the active routes; the lowest metric wins. Words around the table are
    localised (Japanese Windows), the rows are not."""
    best: tuple[int, Gateway] | None = None
    for line in text.splitlines():
        f = line.split()
        if len(f) == 5 and f[0] == "0.0.0.0" and f[1] == "0.0.0.0" and _ipv4(f[2]):
            try:
                metric = int(f[4])
            except ValueError:
                continue
            if best is None or metric < best[0]:
                best = (metric, Gateway(f[2], f[3]))
        elif best is not None and ("Persistent" in line or "固定ルート" in line):
            break  # persistent routes below are not in use
    return best[1] if best else None


def default_gateway() -> Gateway | None:
    if sys.platform.startswith("linux"):
        try:
            return parse_proc_net_route(Path("/proc/net/route").read_text())
        except OSError:
            return parse_ip_route(run(["ip", "-4", "route", "show", "default"]))
    if sys.platform == "darwin":
        return parse_macos_route_get(run(["/sbin/route", "-n", "get", "default"]))
    if sys.platform == "win32":
        return parse_windows_route_print(run(["route", "print", "-4", "0.0.0.0"]))
    return None
