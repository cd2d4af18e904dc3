"""Network namespaces of our own, for a PC with no internet or with a broken resolver."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

from .require import cannot


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


class Netns:
    """An empty namespace (loopback only). With *online*, it also gets a link and a
    default route, so the PC looks connected; *resolver* writes its own resolv.conf."""

    def __init__(self, online: bool = False, resolver: str | None = None) -> None:
        if os.geteuid() != 0 or not shutil.which("ip"):
            cannot("network namespaces need root and iproute2 (CI runs as root)")
        self.name = f"sc{uuid.uuid4().hex[:8]}"
        try:
            _ip("netns", "add", self.name)
        except subprocess.CalledProcessError as exc:
            cannot(f"cannot make a network namespace here: {exc.stderr.decode().strip()}")
        self.etc = Path("/etc/netns") / self.name
        self.exec("ip", "link", "set", "lo", "up")
        if online:
            # A veth pair whose both ends stay in this namespace: a link that looks up,
            # where nothing sent can leave the namespace.
            self.exec("ip", "link", "add", "wan0", "type", "veth", "peer", "name", "wan1")
            self.exec("ip", "link", "set", "wan0", "up")
            self.exec("ip", "link", "set", "wan1", "up")
            self.exec("ip", "addr", "add", "198.51.100.2/24", "dev", "wan0")
            self.exec("ip", "route", "add", "default", "via", "198.51.100.1", "dev", "wan0")
        if resolver is not None:
            self.etc.mkdir(parents=True, exist_ok=True)
            (self.etc / "resolv.conf").write_text(f"nameserver {resolver}\n")

    def exec(self, *argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.name, *argv], capture_output=True,
                              text=True, **kwargs)  # type: ignore[call-overload]

    def close(self) -> None:
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True)
        shutil.rmtree(self.etc, ignore_errors=True)
