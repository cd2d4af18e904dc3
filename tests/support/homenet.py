"""A home network in namespaces: a PC behind a router that runs real miniupnpd.

    PC (192.168.x.2) ── veth ── router lan0 (192.168.x.1, maker's MAC) │ wan0 ── (nothing)

The router's LAN MAC carries a real OUI of the maker, so the PC's ARP table names it; the
router's UPnP description (friendly name, manufacturer, model, presentation URL) comes from
miniupnpd's own configuration, exactly as a router maker sets it. Needs root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .require import cannot


@dataclass(frozen=True)
class RouterProfile:
    lan: str  # e.g. "192.168.11" (router .1, PC .2)
    mac: str
    manufacturer: str = ""
    model_name: str = ""
    friendly_name: str = ""
    presentation_url: str = ""
    upnp: bool = True


def _ip(*args: str, ns: str | None = None) -> None:
    argv = ["ip", "netns", "exec", ns, "ip", *args] if ns else ["ip", *args]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: {proc.stderr.strip()}")


class HomeNetwork:
    def __init__(self, profile: RouterProfile, workdir: Path) -> None:
        if os.geteuid() != 0 or not shutil.which("ip"):
            cannot("the home network needs root and iproute2 (CI runs as root)")
        if profile.upnp and not Path("/usr/sbin/miniupnpd").exists():
            cannot("miniupnpd is not installed (Debian package miniupnpd-nftables)")
        self.profile = profile
        tag = uuid.uuid4().hex[:6]
        self.pc, self.router = f"pc{tag}", f"rt{tag}"
        self.workdir = workdir
        self.miniupnpd: subprocess.Popen[bytes] | None = None
        try:
            subprocess.run(["ip", "netns", "add", self.pc], check=True, capture_output=True)
        except subprocess.CalledProcessError as exc:
            cannot(f"cannot make network namespaces here: {exc.stderr.decode().strip()}")
        subprocess.run(["ip", "netns", "add", self.router], check=True, capture_output=True)
        try:
            self._wire()
            if profile.upnp:
                self._start_miniupnpd()
        except Exception:
            self.close()
            raise

    @property
    def gateway(self) -> str:
        return f"{self.profile.lan}.1"

    def _wire(self) -> None:
        p, pc, rt = self.profile, self.pc, self.router
        a, b = f"v{pc}"[:15], f"v{rt}"[:15]
        _ip("link", "add", a, "type", "veth", "peer", "name", b)
        _ip("link", "set", a, "netns", pc)
        _ip("link", "set", b, "netns", rt)
        _ip("link", "set", b, "name", "lan0", ns=rt)
        _ip("link", "set", "lan0", "address", p.mac, ns=rt)
        _ip("addr", "add", f"{p.lan}.1/24", "dev", "lan0", ns=rt)
        _ip("link", "add", "wan0", "type", "veth", "peer", "name", "wan1", ns=rt)
        _ip("addr", "add", "198.51.100.2/24", "dev", "wan0", ns=rt)
        for dev in ("lo", "lan0", "wan0", "wan1"):
            _ip("link", "set", dev, "up", ns=rt)
        _ip("link", "set", a, "name", "eth0", ns=pc)
        _ip("addr", "add", f"{p.lan}.2/24", "dev", "eth0", ns=pc)
        _ip("link", "set", "eth0", "up", ns=pc)
        _ip("link", "set", "lo", "up", ns=pc)
        _ip("route", "add", "default", "via", f"{p.lan}.1", ns=pc)

    def _start_miniupnpd(self) -> None:
        p = self.profile
        conf = self.workdir / f"miniupnpd-{self.router}.conf"
        lines = [
            "ext_ifname=wan0", "listening_ip=lan0", "port=0", "enable_natpmp=no",
            "enable_upnp=yes", "secure_mode=yes", "system_uptime=yes",
            f"uuid={uuid.uuid4()}",
            f"lease_file={self.workdir / ('leases-' + self.router)}",
        ]
        for key, value in (("friendly_name", p.friendly_name),
                           ("manufacturer_name", p.manufacturer), ("model_name", p.model_name),
                           ("presentation_url", p.presentation_url)):
            if value:
                lines.append(f"{key}={value}")
        lines += ["allow 1024-65535 0.0.0.0/0 1024-65535", "deny 0-65535 0.0.0.0/0 0-65535"]
        conf.write_text("\n".join(lines) + "\n")
        self._log = (self.workdir / f"miniupnpd-{self.router}.log").open("wb")
        self.miniupnpd = subprocess.Popen(
            ["ip", "netns", "exec", self.router, "/usr/sbin/miniupnpd", "-d", "-f", str(conf)],
            stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            out = subprocess.run(["ip", "netns", "exec", self.router, "ss", "-lnu"],
                                 capture_output=True, text=True).stdout
            if ":1900" in out:
                return
            if self.miniupnpd.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError("miniupnpd did not start: " + textwrap.shorten(
            (self.workdir / f"miniupnpd-{self.router}.log").read_text(), 2000))

    def run_on_pc(self, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.pc, *argv], capture_output=True,
                              text=True, timeout=timeout)

    def close(self) -> None:
        if self.miniupnpd is not None and self.miniupnpd.poll() is None:
            self.miniupnpd.terminate()
            try:
                self.miniupnpd.wait(5)
            except subprocess.TimeoutExpired:
                self.miniupnpd.kill()
        for ns in (self.pc, self.router):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)

    def identify(self) -> dict:  # type: ignore[type-arg]
        """Run the real discovery on the PC: `selfcheck --cli --router --json`."""
        import json
        import sys

        out = self.run_on_pc(sys.executable, "-m", "desktop_app", "--cli", "--router",
                             "--json")
        if out.returncode != 0:
            raise RuntimeError(f"router discovery failed: {out.stderr[-2000:]}")
        return json.loads(out.stdout)


def identify_router(profile: RouterProfile, workdir: Path) -> dict:  # type: ignore[type-arg]
    """Build a home network with this router, identify it from the PC, tear it down."""
    net = HomeNetwork(profile, workdir)
    try:
        return net.identify()
    finally:
        net.close()
