"""HTTP client for the reflector: one check, every failure turned into a gray reason."""

from __future__ import annotations

import json
import logging
import platform
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any

import requests

from .. import __version__
from .errors import CheckFailed
from .network import has_route, is_online
from .result import CheckResult

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0  # the reflector's own budget is a few seconds
HEALTH_TIMEOUT = 5.0

# Steps reported to a progress callback, in order (the window names them).
STEP_CONNECT = "connect"  # reach the reflector (GET /healthz)
STEP_PROBE = "probe"  # the reflector probes this line from outside (POST /v1/checks)
STEP_VERDICT = "verdict"  # the answer is in
MAX_AUTO_WAIT = 5  # retry a busy/rate-limited reflector by itself only for short waits
_KNOWN_REFUSALS = {"not_customer", "rate_limited", "busy", "unknown_client"}


class ReflectorClient:
    """Asks one of the ISP's reflectors to check this line.

    *servers* are tried in order; the next one is tried only when a server could not be
    reached or failed (never after an answer such as "not a customer").
    """

    def __init__(self, servers: Sequence[str], *, session: requests.Session | None = None,
                 verify: bool | str = True, connect_timeout: float = CONNECT_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT, language: str = "ja",
                 sleep: Callable[[float], None] = time.sleep,
                 extra_body: dict[str, Any] | None = None,
                 family: socket.AddressFamily | None = None) -> None:
        if not servers:
            raise ValueError("at least one reflector URL is needed")
        self.servers = [s.rstrip("/") for s in servers]
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = f"openresolver-selfcheck/{__version__}"
        self.verify = verify
        self.timeout = (connect_timeout, read_timeout)
        self.language = language
        self._sleep = sleep
        self.extra_body = extra_body or {}
        self.family = family  # the family this client's endpoints are for (offline test)

    def check(self, progress: Callable[[str], None] | None = None) -> CheckResult:
        """Run one check. Never raises for network trouble: that is a gray result.

        *progress* is called with STEP_CONNECT, STEP_PROBE and STEP_VERDICT as the check
        moves on (from this thread)."""
        step = progress or (lambda _s: None)
        failure = CheckFailed("server_unreachable", "no server tried")
        for server in self.servers:
            try:
                step(STEP_CONNECT)
                self._preflight(server)
                step(STEP_PROBE)
                result = self._check_one(server)
                log.info("check via %s: %s for %s, support code %s", server,
                         result.verdict.value, result.public_ip, result.support_code)
                step(STEP_VERDICT)
                return result
            except CheckFailed as exc:
                failure = exc
                log.warning("check via %s failed: %s", server, exc)
                if exc.reason not in ("server_unreachable", "timeout", "server_error",
                                      "name_not_resolved", "tls_error"):
                    return CheckResult.gray(exc, server)
        online = has_route(self.family) if self.family is not None else is_online()
        if failure.reason != "offline" and not online:
            failure = CheckFailed("offline", f"no route to the internet ({failure.detail})")
        return CheckResult.gray(failure, self.servers[-1])

    def _preflight(self, server: str) -> None:
        """Reach the reflector before asking for a probe, so a dead line, a TLS problem or a
        captive portal is named at the 'connect' step."""
        url = f"{server}/healthz"
        try:
            resp = self.session.get(url, timeout=(self.timeout[0], HEALTH_TIMEOUT),
                                    verify=self.verify, allow_redirects=False)
        except requests.exceptions.RequestException as exc:
            raise _request_failure(url, exc, self.timeout) from None
        _refuse_redirect(url, resp)
        _refuse_html(url, resp)

    def _check_one(self, server: str) -> CheckResult:
        for attempt in range(2):
            try:
                return self._post(server)
            except CheckFailed as exc:
                if (attempt == 0 and exc.reason in ("busy", "rate_limited")
                        and exc.retry_after is not None and exc.retry_after <= MAX_AUTO_WAIT):
                    log.info("%s: %s, retrying in %d s", server, exc.reason, exc.retry_after)
                    self._sleep(exc.retry_after)
                    continue
                raise
        raise AssertionError("unreachable")

    def _post(self, server: str) -> CheckResult:
        url = f"{server}/v1/checks"
        body = {"app_version": __version__, "os": f"{platform.system()} {platform.release()}",
                "language": self.language, **self.extra_body}
        try:
            resp = self.session.post(url, json=body, timeout=self.timeout, verify=self.verify,
                                     allow_redirects=False)
        except requests.exceptions.RequestException as exc:
            raise _request_failure(url, exc, self.timeout) from None
        return self._read(url, resp, server)

    def _read(self, url: str, resp: requests.Response, server: str) -> CheckResult:
        _refuse_redirect(url, resp)
        try:
            data: Any = resp.json()
        except (ValueError, json.JSONDecodeError):
            data = None
        if data is None:
            _refuse_html(url, resp)
            if resp.status_code >= 500:
                raise CheckFailed("server_error", f"{url}: HTTP {resp.status_code}")
            raise CheckFailed("bad_response", f"{url}: HTTP {resp.status_code}, body is not "
                                              f"JSON ({len(resp.content)} bytes)")
        if resp.status_code != 200:
            reason = data.get("reason") if isinstance(data, dict) else None
            if reason in _KNOWN_REFUSALS:
                raise CheckFailed(reason, f"{url}: HTTP {resp.status_code}: "
                                          f"{data.get('detail', '')}",
                                  retry_after=_retry_after(resp, data))
            if resp.status_code >= 500:
                raise CheckFailed("server_error", f"{url}: HTTP {resp.status_code}")
            raise CheckFailed("bad_response", f"{url}: HTTP {resp.status_code}")
        return CheckResult.from_json(data, server)


def _refuse_redirect(url: str, resp: requests.Response) -> None:
    """A redirect where the API answers directly: a captive portal's login page."""
    if 300 <= resp.status_code < 400:
        raise CheckFailed("captive_portal", f"{url}: redirected to "
                                            f"{resp.headers.get('Location', '?')}")


def _refuse_html(url: str, resp: requests.Response) -> None:
    """An HTML page instead of the API's JSON: something (a portal) is in the way."""
    if "html" in resp.headers.get("Content-Type", "") or \
            resp.text[:200].lstrip().startswith("<"):
        raise CheckFailed("captive_portal", f"{url}: HTTP {resp.status_code} with an "
                                            "HTML page instead of the API's JSON")


def _retry_after(resp: requests.Response, data: dict[str, Any]) -> int | None:
    for value in (resp.headers.get("Retry-After"), data.get("retry_after")):
        try:
            if value is not None:
                return max(0, int(value))
        except (TypeError, ValueError):
            continue
    return None


def _root(exc: BaseException) -> str:
    """The innermost cause, which names what actually failed."""
    seen = exc
    while seen.__cause__ is not None or seen.__context__ is not None:
        nxt = seen.__cause__ or seen.__context__
        assert nxt is not None
        seen = nxt
    if seen is exc and exc.args:
        inner = exc.args[0]
        if isinstance(inner, BaseException):
            return _root(inner)
    return f"{type(seen).__name__}: {seen}"


def _request_failure(url: str, exc: requests.exceptions.RequestException,
                     timeout: tuple[float, float]) -> CheckFailed:
    if isinstance(exc, requests.exceptions.SSLError):
        return CheckFailed("tls_error", f"{url}: {_root(exc)}")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return CheckFailed("timeout", f"{url}: no connection within {timeout[0]:.0f} s")
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return CheckFailed("timeout", f"{url}: no reply in time")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return _connection_failure(url, exc)
    return CheckFailed("server_unreachable", f"{url}: {_root(exc)}")


def _connection_failure(url: str, exc: requests.exceptions.ConnectionError) -> CheckFailed:
    root = _root(exc)
    if not is_online():
        return CheckFailed("offline", f"{url}: no route to the internet ({root})")
    if "NameResolutionError" in root or "gaierror" in root or "Name or service" in root:
        return CheckFailed("name_not_resolved", f"{url}: the name does not resolve ({root})")
    return CheckFailed("server_unreachable", f"{url}: {root}")
