"""A rehearsal of the real path, in network namespaces: customer PC → home router → ISP.

    pc  eth0 192.168.1.2/24, 2001:db8:100:ab01::2/64
     │
    rt  lan0 192.168.1.1/24, 2001:db8:100:ab01::1/64   (IPv4 masquerade; IPv6 routed)
        wan0 198.51.100.2/24, 2001:db8:ffff:1::2/64
     │
    isp cust0 198.51.100.1/24, 2001:db8:ffff:1::1/64; routes 2001:db8:100:ab00::/56 to rt
        lo 203.0.113.10 (reflector HTTP on [::]:8080, canary authority on :53)
           203.0.113.53, 2001:db8:ffff:ff::53 (ISP resolver: unbound, stub zone → canary)
           2001:db8:ffff:ff::10 (the reflector's IPv6 address)

The client runs inside pc; the reflector sees the router's WAN address for IPv4 (NAT) and the
PC's own address for IPv6, exactly as in the field. Router configurations are real daemons
and real nftables rules inside rt. Needs root.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

from . import daemons
from .reflector_proc import ZONE, write_toml
from .require import cannot

PC_V4, RT_LAN_V4, RT_WAN_V4, ISP_V4 = "192.168.1.2", "192.168.1.1", "198.51.100.2", "198.51.100.1"
PC_V6, RT_LAN_V6 = "2001:db8:100:ab01::2", "2001:db8:100:ab01::1"
RT_WAN_V6, ISP_WAN_V6 = "2001:db8:ffff:1::2", "2001:db8:ffff:1::1"
REFLECTOR_V4, REFLECTOR_V6 = "203.0.113.10", "2001:db8:ffff:ff::10"
RESOLVER_V4, RESOLVER_V6 = "203.0.113.53", "2001:db8:ffff:ff::53"
HTTP_PORT = 8080
REPO = Path(__file__).resolve().parent.parent.parent


def _run(ns: str | None, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    full = ["ip", "netns", "exec", ns, *argv] if ns else list(argv)
    proc = subprocess.run(full, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(full)}: {proc.stderr.strip()}")
    return proc


class Rehearsal:
    """The three namespaces, the ISP's reflector and resolver; routers come and go."""

    def __init__(self, workdir: Path, ipv6: bool = True) -> None:
        if os.geteuid() != 0 or not shutil.which("ip") or not shutil.which("nft"):
            cannot("the rehearsal needs root, iproute2 and nftables (CI runs as root)")
        self.workdir = workdir
        self.ipv6 = ipv6
        tag = uuid.uuid4().hex[:5]
        self.pc, self.rt, self.isp = f"pc{tag}", f"rt{tag}", f"isp{tag}"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.router: list[daemons.Daemon] = []
        try:
            for ns in (self.pc, self.rt, self.isp):
                proc = _run(None, "ip", "netns", "add", ns, check=False)
                if proc.returncode != 0:
                    cannot(f"cannot make network namespaces here: {proc.stderr.strip()}")
            self._wire()
            self._start_isp()
        except BaseException:
            self.close()
            raise

    # ---- network ------------------------------------------------------------------------
    def _wire(self) -> None:
        pc, rt, isp = self.pc, self.rt, self.isp
        for a, b, na, nb, an, bn in ((f"p{pc}"[:15], f"l{rt}"[:15], pc, rt, "eth0", "lan0"),
                                     (f"w{rt}"[:15], f"c{isp}"[:15], rt, isp, "wan0", "cust0")):
            _run(None, "ip", "link", "add", a, "type", "veth", "peer", "name", b)
            _run(None, "ip", "link", "set", a, "netns", na)
            _run(None, "ip", "link", "set", b, "netns", nb)
            _run(na, "ip", "link", "set", a, "name", an)
            _run(nb, "ip", "link", "set", b, "name", bn)
        for ns in (pc, rt, isp):
            _run(ns, "ip", "link", "set", "lo", "up")
            _run(ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0")
            _run(ns, "sysctl", "-qw", "net.ipv6.conf.default.accept_dad=0")
        addrs = [(pc, "eth0", f"{PC_V4}/24"), (rt, "lan0", f"{RT_LAN_V4}/24"),
                 (rt, "wan0", f"{RT_WAN_V4}/24"), (isp, "cust0", f"{ISP_V4}/24"),
                 (isp, "lo", f"{REFLECTOR_V4}/32"), (isp, "lo", f"{RESOLVER_V4}/32"),
                 (rt, "lan0", f"{RT_LAN_V6}/64"), (rt, "wan0", f"{RT_WAN_V6}/64"),
                 (isp, "cust0", f"{ISP_WAN_V6}/64"), (isp, "lo", f"{REFLECTOR_V6}/128"),
                 (isp, "lo", f"{RESOLVER_V6}/128")]
        if self.ipv6:
            addrs.append((pc, "eth0", f"{PC_V6}/64"))
        for ns, dev, cidr in addrs:
            _run(ns, "ip", "addr", "add", cidr, "dev", dev, *(["nodad"] if ":" in cidr else []))
        for ns, dev in ((pc, "eth0"), (rt, "lan0"), (rt, "wan0"), (isp, "cust0")):
            _run(ns, "ip", "link", "set", dev, "up")
        _run(pc, "ip", "route", "add", "default", "via", RT_LAN_V4)
        if self.ipv6:
            _run(pc, "ip", "-6", "route", "add", "default", "via", RT_LAN_V6)
        _run(rt, "ip", "route", "add", "default", "via", ISP_V4)
        _run(rt, "ip", "-6", "route", "add", "default", "via", ISP_WAN_V6)
        _run(isp, "ip", "-6", "route", "add", "2001:db8:100:ab00::/56", "via", RT_WAN_V6)
        _run(rt, "sysctl", "-qw", "net.ipv4.ip_forward=1")
        _run(rt, "sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
        _run(rt, "nft", "add table ip nat")
        _run(rt, "nft", "add chain ip nat post { type nat hook postrouting priority 100 ; }")
        _run(rt, "nft", 'add rule ip nat post oifname "wan0" masquerade')

    # ---- the ISP ------------------------------------------------------------------------
    def _start_isp(self) -> None:
        conf = self.workdir / "reflector.toml"
        write_toml(conf, {
            "http": {"host": "::", "port": HTTP_PORT},
            "canary": {"zone": ZONE, "host": REFLECTOR_V4, "port": 53},
            "probe": {"port": 53},
            "access": {"allowed_networks": ["198.51.100.0/24", "2001:db8:100::/40"],
                       "trusted_proxies": [], "checks_per_window": 10_000},
            "store": {"path": str(self.workdir / "checks.sqlite3")},
        })
        log = (self.workdir / "reflector.log").open("ab")
        self.procs.append(subprocess.Popen(
            ["ip", "netns", "exec", self.isp, sys.executable, "-m", "reflector", "--config",
             str(conf)], stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO))))
        resolver = self.workdir / "isp-unbound.conf"
        resolver.write_text(textwrap.dedent(f"""\
            server:
              interface: {RESOLVER_V4}
              interface: {RESOLVER_V6}
              port: 53
              do-ip6: yes
              access-control: 0.0.0.0/0 refuse
              access-control: ::/0 refuse
              access-control: 198.51.100.0/24 allow
              access-control: 2001:db8:100::/40 allow
              access-control: 2001:db8:ffff::/48 allow
            {{common}}
            stub-zone:
              name: "{ZONE}"
              stub-addr: {REFLECTOR_V4}@53
            remote-control:
              control-enable: no
            """).replace("{common}\n", daemons.unbound_common(self.workdir)))
        self.isp_resolver = self._daemon(self.isp, "isp-unbound",
                                         [daemons.require("unbound"), "-d", "-c", str(resolver)],
                                         RESOLVER_V4, 53)
        self._wait_http()

    def _wait_http(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            out = _run(self.isp, sys.executable, "-c",
                       f"import socket; socket.create_connection(('{REFLECTOR_V4}', "
                       f"{HTTP_PORT}), 1)", check=False)
            if out.returncode == 0:
                return
            if self.procs[0].poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError("the ISP's reflector did not start: "
                           + (self.workdir / "reflector.log").read_text()[-2000:])

    def _daemon(self, ns: str, name: str, argv: list[str], host: str, port: int,
                listen_tcp: bool = True) -> daemons.Daemon:
        d = daemons.Daemon(name, ["ip", "netns", "exec", ns, *argv], self.workdir, port,
                           listen_tcp=False)
        if listen_tcp:
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                if d.proc.poll() is not None:
                    raise RuntimeError(f"{name} exited: {d.log_path.read_text()[-1500:]}")
                ok = _run(ns, sys.executable, "-c", f"import socket; socket.create_connection("
                                                    f"('{host}', {port}), 0.5)", check=False)
                if ok.returncode == 0:
                    return d
                time.sleep(0.05)
            raise RuntimeError(f"{name} did not listen on {host}:{port}")
        return d

    # ---- the router's DNS ---------------------------------------------------------------
    def dnsmasq(self, listen: list[str] | None) -> None:
        """dnsmasq forwarding to the ISP resolver; listen=None: every address (LAN and
        WAN), else only those addresses."""
        argv = [daemons.require("dnsmasq"), "--keep-in-foreground", "--conf-file=/dev/null",
                "--port=53", "--no-resolv", "--no-hosts", "--pid-file=", "--user=root",
                "--log-facility=-", "--cache-size=0", f"--server={RESOLVER_V4}"]
        if listen is not None:
            argv.append("--bind-interfaces")
            argv += [f"--listen-address={a}" for a in listen]
        probe = (listen or [RT_WAN_V4])[0]
        self.router.append(self._daemon(self.rt, "dnsmasq", argv, probe, 53))

    def unbound(self, *, refuse: bool, udp: bool = True) -> None:
        conf = self.workdir / f"rt-unbound-{len(self.router)}.conf"
        acl = "refuse" if refuse else "allow"
        conf.write_text(textwrap.dedent(f"""\
            server:
              interface: 0.0.0.0
              interface: ::0
              port: 53
              do-ip6: yes
              do-udp: {"yes" if udp else "no"}
              access-control: 0.0.0.0/0 {acl}
              access-control: ::/0 {acl}
              access-control: 192.168.1.0/24 allow
              access-control: 2001:db8:100:ab01::/64 allow
            {{common}}
            forward-zone:
              name: "."
              forward-addr: {RESOLVER_V4}
              forward-tcp-upstream: {"no" if udp else "yes"}
            remote-control:
              control-enable: no
            """).replace("{common}\n", daemons.unbound_common(self.workdir)))
        self.router.append(self._daemon(self.rt, "unbound", [daemons.require("unbound"), "-d",
                                                             "-c", str(conf)], RT_WAN_V4, 53))

    def named(self) -> None:
        workdir = self.workdir / f"named-{len(self.router)}"
        workdir.mkdir()
        exe = daemons.require("named")
        daemons.named_config(workdir, "listen-on port 53 { any; }; "
                                      "listen-on-v6 port 53 { any; };")
        self.router.append(self._daemon(self.rt, "named", [exe, "-g", "-c",
                                                           str(workdir / "named.conf")],
                                        RT_WAN_V4, 53))

    def firewall(self, *rules: str) -> None:
        """nftables rules in the router, in a table of their own (inet filter)."""
        _run(self.rt, "nft", "add table inet fw")
        _run(self.rt, "nft", "add chain inet fw input { type filter hook input priority 0 ; }")
        _run(self.rt, "nft", "add chain inet fw output { type filter hook output priority 0 ; }")
        _run(self.rt, "nft", "add chain inet fw forward "
                             "{ type filter hook forward priority 0 ; }")
        for rule in rules:
            _run(self.rt, "nft", f"add rule inet fw {rule}")

    def reset_router(self) -> None:
        for d in self.router:
            d.stop()
        self.router = []
        _run(self.rt, "nft", "delete table inet fw", check=False)

    # ---- the customer -------------------------------------------------------------------
    def selfcheck(self, *extra: str) -> tuple[int, dict]:
        proc = _run(self.pc, sys.executable, "-m", "desktop_app", "--cli", "--json",
                    "--server", f"http://{REFLECTOR_V4}:{HTTP_PORT}",
                    "--server-v6", f"http://[{REFLECTOR_V6}]:{HTTP_PORT}", *extra,
                    check=False)
        try:
            return proc.returncode, json.loads(proc.stdout)
        except json.JSONDecodeError:
            raise RuntimeError(f"selfcheck printed no JSON: {proc.stderr[-2000:]}") from None

    def close(self) -> None:
        self.reset_router()
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
        if getattr(self, "isp_resolver", None) is not None:
            self.isp_resolver.stop()
        for ns in (self.pc, self.rt, self.isp):
            _run(None, "ip", "netns", "del", ns, check=False)


def line_result(out: dict):  # type: ignore[no-untyped-def]
    """The CheckResult (with both families) that the PC's `selfcheck --cli --json` printed,
    to show in a window running outside the namespaces."""
    from desktop_app.core.line import overall
    from desktop_app.core.result import CheckResult, FamilyCheck

    families = []
    for name in ("ipv4", "ipv6"):
        data = out["families"][name]
        result = None
        if data["status"] == "checked":
            result = CheckResult.from_json({**data, "created_at": data["checked_at"]},
                                           data["server"])
        families.append(FamilyCheck(name, data["status"], result))
    return overall(families)
