"""The customer's router DNS, played by real daemons from Debian's packages on loopback.

Each daemon listens on 127.0.0.1 at the reflector's probe port and, where it recurses,
forwards to the reflector's canary authority, as a router forwards to the ISP's resolver.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

from .ports import wait_tcp
from .require import cannot

BINARIES = {"dnsmasq": "/usr/sbin/dnsmasq", "unbound": "/usr/sbin/unbound",
            "named": "/usr/sbin/named"}


def require(name: str) -> str:
    path = BINARIES[name]
    if not Path(path).exists() and not shutil.which(name):
        cannot(f"{name} is not installed (Debian package; scripts/setup installs it)")
    return path if Path(path).exists() else str(shutil.which(name))


class Daemon:
    """A running daemon; stop() ends it and returns what it logged."""

    def __init__(self, name: str, argv: list[str], workdir: Path, port: int,
                 listen_tcp: bool = True, host: str = "127.0.0.1") -> None:
        self.name = name
        self.log_path = workdir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(argv, stdout=self._log, stderr=subprocess.STDOUT,
                                     cwd=workdir)
        try:
            if listen_tcp:
                wait_tcp(host, port, proc=self.proc)
        except Exception as exc:
            self.stop()
            raise RuntimeError(f"{name} did not start: "
                               f"{self.log_path.read_text()[-2000:]}") from exc

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.log_path.read_text(errors="replace")


def dnsmasq(workdir: Path, port: int, upstream: str | None, host: str = "127.0.0.1") -> Daemon:
    """dnsmasq as in most home routers: a forwarder. upstream "127.0.0.1#5353" or None."""
    exe = require("dnsmasq")
    argv = [exe, "--keep-in-foreground", "--conf-file=/dev/null", f"--port={port}",
            f"--listen-address={host}", "--bind-interfaces", "--no-resolv", "--no-hosts",
            "--pid-file=", "--user=root", "--log-queries", "--log-facility=-", "--cache-size=0"]
    if upstream:
        argv.append(f"--server={upstream}")
    return Daemon("dnsmasq", argv, workdir, port, host=host)


def unbound(workdir: Path, port: int, canary_zone: str, canary: str, *, refuse: bool,
            udp: bool = True, host: str = "127.0.0.1") -> Daemon:
    """unbound, either refusing everybody (access-control refuse) or open to all, resolving
    the canary zone through a stub zone. With udp=False it serves TCP only."""
    exe = require("unbound")
    conf = workdir / "unbound.conf"
    conf.write_text(textwrap.dedent(f"""\
        server:
          interface: {host}
          port: {port}
          do-ip4: yes
          do-ip6: {"yes" if ":" in host else "no"}
          do-udp: {"yes" if udp else "no"}
          do-tcp: yes
          # The more specific lines replace unbound's built-in "allow" for localhost,
          # which on loopback is where the outside world comes from.
          access-control: 0.0.0.0/0 {"refuse" if refuse else "allow"}
          access-control: 127.0.0.0/8 {"refuse" if refuse else "allow"}
          access-control: ::/0 {"refuse" if refuse else "allow"}
          access-control: ::1/128 {"refuse" if refuse else "allow"}
          so-reuseport: no
        {{common}}
        stub-zone:
          name: "{canary_zone}"
          stub-addr: {canary}
        remote-control:
          control-enable: no
        """).replace("{common}\n", unbound_common(workdir)))
    return Daemon("unbound", [exe, "-d", "-c", str(conf)], workdir, port, host=host)


def named_config(workdir: Path, listen: str) -> Path:
    """named.conf for BIND authoritative-only: one zone of its own, recursion off.
    *listen* is the listen-on / listen-on-v6 clause."""
    zone = workdir / "home.test.zone"
    zone.write_text(textwrap.dedent("""\
        $TTL 300
        @ IN SOA ns.home.test. hostmaster.home.test. 1 3600 600 86400 300
          IN NS ns.home.test.
        ns IN A 192.0.2.10
        www IN A 192.0.2.11
        """))
    conf = workdir / "named.conf"
    conf.write_text(textwrap.dedent(f"""\
        options {{
          directory "{workdir}";
          {listen}
          recursion no;
          allow-query {{ any; }};
          dnssec-validation no;
          pid-file "{workdir}/named.pid";
          session-keyfile "{workdir}/session.key";
          managed-keys-directory "{workdir}";
        }};
        controls {{ }};
        zone "home.test" {{ type primary; file "{zone}"; }};
        """))
    return conf


def named(workdir: Path, port: int, host: str = "127.0.0.1") -> Daemon:
    """BIND authoritative-only on loopback."""
    exe = require("named")
    listen = f"listen-on-v6 port {port} {{ {host}; }}; listen-on {{ none; }};" if ":" in host \
        else f"listen-on port {port} {{ {host}; }}; listen-on-v6 {{ none; }};"
    conf = named_config(workdir, listen)
    return Daemon("named", [exe, "-g", "-c", str(conf)], workdir, port, host=host)


def unbound_common(workdir: Path) -> str:
    """The server: options every unbound in the tests shares (foreground, no chroot, no
    cache, no DNSSEC, no qname minimisation), indented for a server: clause."""
    return textwrap.indent(textwrap.dedent(f"""\
        username: ""
        chroot: ""
        directory: "{workdir}"
        pidfile: ""
        use-syslog: no
        logfile: ""
        num-threads: 1
        module-config: "iterator"
        qname-minimisation: no
        do-not-query-localhost: no
        cache-max-ttl: 0
        cache-max-negative-ttl: 0
        """), "  ")
