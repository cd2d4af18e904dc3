"""The real reflector, started as its own process with a TOML file, as an ISP runs it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from .ports import free_port

ZONE = "canary.selfcheck.example"


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return str(v)


def write_toml(path: Path, data: dict[str, dict[str, Any]]) -> None:
    lines = []
    for table, values in data.items():
        lines.append(f"[{table}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in values.items()]
        lines.append("")
    path.write_text("\n".join(lines))


@dataclass
class ReflectorProcess:
    workdir: Path
    probe_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    canary_port: int = field(default_factory=free_port)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    tls: tuple[str, str] | None = None  # (cert file, key file)
    host: str = "127.0.0.1"
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.http_port}"

    @property
    def canary(self) -> str:
        """The canary authority as dnsmasq/unbound spell an upstream: addr#port / addr@port."""
        return f"{self.host}#{self.canary_port}"

    @property
    def config_path(self) -> Path:
        return self.workdir / "reflector.toml"

    def config(self) -> dict[str, dict[str, Any]]:
        data: dict[str, dict[str, Any]] = {
            "http": {"host": self.host, "port": self.http_port},
            "canary": {"zone": ZONE, "host": self.host, "port": self.canary_port},
            "probe": {"port": self.probe_port},
            "access": {"allowed_networks": ["127.0.0.0/8", "::1/128"], "trusted_proxies": [],
                       "checks_per_window": 10_000},
            "store": {"path": str(self.workdir / "checks.sqlite3")},
        }
        if self.tls:
            data["http"].update(tls_cert=self.tls[0], tls_key=self.tls[1])
        for table, values in self.overrides.items():
            data.setdefault(table, {}).update(values)
        return data

    def start(self) -> ReflectorProcess:
        self.workdir.mkdir(parents=True, exist_ok=True)
        write_toml(self.config_path, self.config())
        self._log = (self.workdir / "reflector.log").open("ab")
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reflector", "--config", str(self.config_path)],
            stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"reflector exited {self.proc.returncode}: {self.log()}")
            try:
                r = requests.get(f"{self.url}/healthz", timeout=1,
                                 verify=False if self.tls else True)
                if r.status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise TimeoutError(f"reflector did not become healthy: {self.log()}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            self._log.close()

    def log(self) -> str:
        path = self.workdir / "reflector.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def check(self, **kwargs: Any) -> requests.Response:
        return requests.post(f"{self.url}/v1/checks", timeout=30,
                             verify=False if self.tls else True, **kwargs)
