"""Reflector configuration: a TOML file with required keys and documented safe defaults.

Required (see DESIGN.md): ``[http] host, port``; ``[canary] zone, host, port``;
``[probe] port``; ``[access] allowed_networks, trusted_proxies``; ``[store] path``.
Everything else has a default listed in the README's configuration reference.
"""

from __future__ import annotations

import ipaddress
import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dns.exception
import dns.name

from .errors import ConfigError

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class HttpConfig:
    host: str
    port: int
    tls_cert: Path | None = None
    tls_key: Path | None = None


@dataclass(frozen=True)
class CanaryConfig:
    zone: dns.name.Name
    host: str
    port: int
    answer_address: str = "192.0.2.53"
    ttl: int = 0


@dataclass(frozen=True)
class ProbeConfig:
    port: int
    budget_seconds: float = 2.5
    udp_resend_after: tuple[float, ...] = (0.4, 1.0, 1.7)
    grace_after_proof_seconds: float = 0.3
    max_response_bytes: int = 4096


@dataclass(frozen=True)
class AccessConfig:
    allowed_networks: tuple[Network, ...]
    trusted_proxies: tuple[Network, ...]
    checks_per_window: int = 6
    window_seconds: float = 600.0
    max_in_flight: int = 32
    ipv6_prefix_length: int = 56
    max_ipv6_targets: int = 4


@dataclass(frozen=True)
class StoreConfig:
    path: Path
    retention_days: int = 90


@dataclass(frozen=True)
class Config:
    http: HttpConfig
    canary: CanaryConfig
    probe: ProbeConfig
    access: AccessConfig
    store: StoreConfig
    source: Path | None = field(default=None, compare=False)


def load(path: str | Path) -> Config:
    """Read and validate a configuration file; raise ConfigError naming the problem."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{p}: configuration file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read: {exc.strerror}") from None
    return from_mapping(data, source=p)


def from_mapping(data: dict[str, Any], source: Path | None = None) -> Config:
    """Build a Config from parsed TOML; relative store paths are relative to the file."""
    r = _Reader(data, source)
    r.require_all()
    store_path = Path(r.req("store", "path", str))
    if source is not None and not store_path.is_absolute():
        store_path = source.parent / store_path
    cfg = Config(
        http=HttpConfig(
            host=r.req("http", "host", str),
            port=r.port("http", "port"),
            tls_cert=r.opt_path("http", "tls_cert"),
            tls_key=r.opt_path("http", "tls_key"),
        ),
        canary=CanaryConfig(
            zone=r.zone(),
            host=r.req("canary", "host", str),
            port=r.port("canary", "port"),
            answer_address=r.address("canary", "answer_address", "192.0.2.53"),
            ttl=r.opt("canary", "ttl", int, 0, minimum=0),
        ),
        probe=ProbeConfig(
            port=r.port("probe", "port"),
            budget_seconds=r.opt("probe", "budget_seconds", float, 2.5, minimum=0.2),
            udp_resend_after=r.resend(),
            grace_after_proof_seconds=r.opt("probe", "grace_after_proof_seconds", float, 0.3,
                                            minimum=0.0),
            max_response_bytes=r.opt("probe", "max_response_bytes", int, 4096, minimum=512),
        ),
        access=AccessConfig(
            allowed_networks=r.networks("allowed_networks"),
            trusted_proxies=r.networks("trusted_proxies"),
            checks_per_window=r.opt("access", "checks_per_window", int, 6, minimum=1),
            window_seconds=r.opt("access", "window_seconds", float, 600.0, minimum=1.0),
            max_in_flight=r.opt("access", "max_in_flight", int, 32, minimum=1),
            ipv6_prefix_length=r.opt("access", "ipv6_prefix_length", int, 56, minimum=32),
            max_ipv6_targets=r.opt("access", "max_ipv6_targets", int, 4, minimum=1),
        ),
        store=StoreConfig(
            path=store_path,
            retention_days=r.opt("store", "retention_days", int, 90, minimum=1),
        ),
        source=source,
    )
    if (cfg.http.tls_cert is None) != (cfg.http.tls_key is None):
        raise ConfigError(f"{r.where}: [http] tls_cert and tls_key must be given together")
    r.warn_unknown()
    return cfg


_KNOWN = {
    "http": {"host", "port", "tls_cert", "tls_key"},
    "canary": {"zone", "host", "port", "answer_address", "ttl"},
    "probe": {"port", "budget_seconds", "udp_resend_after", "grace_after_proof_seconds",
              "max_response_bytes"},
    "access": {"allowed_networks", "trusted_proxies", "checks_per_window", "window_seconds",
               "max_in_flight", "ipv6_prefix_length", "max_ipv6_targets"},
    "store": {"path", "retention_days"},
}


REQUIRED = {
    "http": ("host", "port"),
    "canary": ("zone", "host", "port"),
    "probe": ("port",),
    "access": ("allowed_networks", "trusted_proxies"),
    "store": ("path",),
}


class _Reader:
    def __init__(self, data: dict[str, Any], source: Path | None) -> None:
        self.data = data
        self.where = str(source) if source else "<config>"

    def require_all(self) -> None:
        """Name every missing required key at once, so one edit fixes the file."""
        missing = [f"[{t}] {k}" for t, keys in REQUIRED.items() for k in keys
                   if not isinstance(self.data.get(t), dict) or k not in self.data[t]]
        if len(missing) == 1:
            raise ConfigError(f"{self.where}: required key {missing[0]} is missing")
        if missing:
            raise ConfigError(f"{self.where}: required keys are missing: {', '.join(missing)}")

    def _table(self, table: str) -> dict[str, Any]:
        t = self.data.get(table)
        if not isinstance(t, dict):
            raise ConfigError(f"{self.where}: required table [{table}] is missing")
        return t

    def req(self, table: str, key: str, typ: type) -> Any:
        t = self._table(table)
        if key not in t:
            raise ConfigError(f"{self.where}: required key [{table}] {key} is missing")
        return self._typed(table, key, t[key], typ)

    def opt(self, table: str, key: str, typ: type, default: Any,
            minimum: float | None = None) -> Any:
        t = self.data.get(table, {})
        if key not in t:
            return default
        value = self._typed(table, key, t[key], typ)
        if minimum is not None and value < minimum:
            raise ConfigError(f"{self.where}: [{table}] {key} = {value} is below {minimum}")
        return value

    def _typed(self, table: str, key: str, value: Any, typ: type) -> Any:
        if typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, typ) or isinstance(value, bool) and typ is not bool:
            raise ConfigError(f"{self.where}: [{table}] {key} must be {typ.__name__}, "
                              f"got {value!r}")
        return value

    def port(self, table: str, key: str) -> int:
        value = self.req(table, key, int)
        if not 0 <= value <= 65535:
            raise ConfigError(f"{self.where}: [{table}] {key} = {value} is not a port")
        return int(value)

    def opt_path(self, table: str, key: str) -> Path | None:
        value = self.opt(table, key, str, None)
        return Path(value) if value else None

    def address(self, table: str, key: str, default: str) -> str:
        value = self.opt(table, key, str, default)
        try:
            return str(ipaddress.IPv4Address(value))
        except ValueError:
            raise ConfigError(f"{self.where}: [{table}] {key} = {value!r} is not an IPv4 "
                              "address") from None

    def zone(self) -> dns.name.Name:
        text = self.req("canary", "zone", str)
        try:
            name = dns.name.from_text(text)
        except dns.exception.DNSException as exc:
            raise ConfigError(f"{self.where}: [canary] zone = {text!r}: {exc}") from None
        if len(name.labels) < 3:  # at least "x.tld." besides the root label
            raise ConfigError(f"{self.where}: [canary] zone = {text!r} must be a zone "
                              "below a TLD that the ISP delegates to the reflector")
        return name

    def networks(self, key: str) -> tuple[Network, ...]:
        values = self.req("access", key, list)
        nets = []
        for v in values:
            try:
                nets.append(ipaddress.ip_network(v, strict=False))
            except (ValueError, TypeError):
                raise ConfigError(f"{self.where}: [access] {key}: {v!r} is not a network "
                                  "like 203.0.113.0/24") from None
        return tuple(nets)

    def resend(self) -> tuple[float, ...]:
        values = self.opt("probe", "udp_resend_after", list, [0.4, 1.0, 1.7])
        try:
            out = tuple(float(v) for v in values)
        except (TypeError, ValueError):
            raise ConfigError(f"{self.where}: [probe] udp_resend_after must be a list of "
                              "seconds") from None
        if any(b <= a for a, b in zip(out, out[1:], strict=False)) or any(v <= 0 for v in out):
            raise ConfigError(f"{self.where}: [probe] udp_resend_after must be increasing "
                              "positive seconds")
        return out

    def warn_unknown(self) -> None:
        for table, value in self.data.items():
            if table not in _KNOWN:
                log.warning("%s: unknown table [%s] ignored", self.where, table)
                continue
            if isinstance(value, dict):
                for key in value.keys() - _KNOWN[table]:
                    log.warning("%s: unknown key [%s] %s ignored", self.where, table, key)
