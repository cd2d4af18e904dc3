"""nftables rules on this machine for one test: a silently dropped port, lost answers.

Each set of rules lives in its own table, deleted when the test ends. Needs root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

from .require import cannot


class Firewall:
    def __init__(self) -> None:
        if os.geteuid() != 0:
            cannot("nftables rules need root; run the tests as root (CI does)")
        if not shutil.which("nft"):
            cannot("nft is not installed (Debian package nftables)")
        self.table = f"selfcheck_test_{uuid.uuid4().hex[:8]}"
        self._run(f"add table inet {self.table}")
        self._run(f"add chain inet {self.table} input "
                  "{ type filter hook input priority -10 ; policy accept ; }")
        self._run(f"add chain inet {self.table} output "
                  "{ type filter hook output priority -10 ; policy accept ; }")

    def _run(self, rule: str) -> None:
        proc = subprocess.run(["nft", rule], capture_output=True, text=True)
        if proc.returncode != 0:
            cannot(f"nftables unavailable here: {proc.stderr.strip()}")

    def drop_incoming(self, port: int, proto: str = "both") -> None:
        """Packets to *port* vanish: no ICMP, no reset, exactly like a stealth firewall."""
        for p in ("udp", "tcp") if proto == "both" else (proto,):
            self._run(f"add rule inet {self.table} input {p} dport {port} drop")

    def drop_outgoing_from(self, port: int, proto: str = "udp") -> None:
        """Answers sent from *port* are lost on the way out."""
        self._run(f"add rule inet {self.table} output {proto} sport {port} drop")

    def close(self) -> None:
        subprocess.run(["nft", "delete", "table", "inet", self.table], capture_output=True)
