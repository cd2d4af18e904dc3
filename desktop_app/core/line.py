"""The whole line: IPv4 and IPv6 checked separately and at the same time, one verdict.

Each family has its own reflector endpoint (an A-only and an AAAA-only name, from the branding
file), so each request travels over the family it is meant to test. A family the line does
not have is "unused" and does not count; one that could not be checked never lets the other
call the whole line safe: the overall verdict is the worst, in the order red, yellow, gray,
green.
"""

from __future__ import annotations

import dataclasses
import logging
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from .client import STEP_CONNECT, STEP_PROBE, STEP_VERDICT, ReflectorClient
from .errors import CheckFailed
from .network import has_route
from .result import CheckResult, FamilyCheck, Verdict

log = logging.getLogger(__name__)

SEVERITY = {Verdict.RED: 3, Verdict.YELLOW: 2, Verdict.GRAY: 1, Verdict.GREEN: 0}
_FAMILY = {"ipv4": socket.AF_INET, "ipv6": socket.AF_INET6}


def overall(families: Sequence[FamilyCheck]) -> CheckResult:
    """The line's verdict from its families (DESIGN.md): the worst checked one."""
    checked = [f.result for f in families if f.status == "checked" and f.result is not None]
    if not checked:
        return CheckResult.gray(CheckFailed("offline", "no address family could be used"))
    worst = max(checked, key=lambda r: SEVERITY[r.verdict])
    return dataclasses.replace(worst, families=tuple(families))


class LineChecker:
    """Checks every family the line has. Collaborators can be passed in for tests."""

    def __init__(self, ipv4_servers: Sequence[str], ipv6_servers: Sequence[str] = (), *,
                 verify: bool | str = True, language: str = "ja",
                 route_check: Callable[[socket.AddressFamily], bool] = has_route,
                 ipv6_candidates: Callable[[], list[str]] | None = None,
                 client_factory: Callable[..., ReflectorClient] = ReflectorClient) -> None:
        self.servers = {"ipv4": list(ipv4_servers), "ipv6": list(ipv6_servers)}
        self.verify = verify
        self.language = language
        self.route_check = route_check
        self.ipv6_candidates = ipv6_candidates
        self.client_factory = client_factory

    def check(self, progress: Callable[[str], None] | None = None) -> CheckResult:
        plan: list[tuple[str, str]] = []  # (family, status)
        for family in ("ipv4", "ipv6"):
            if not self.servers[family]:
                plan.append((family, "not_configured"))
            elif family == "ipv6" and not self.route_check(socket.AF_INET6):
                plan.append((family, "unused"))
            else:
                plan.append((family, "checked"))
        to_check = [f for f, status in plan if status == "checked"]
        reporter = _Progress(progress, len(to_check))
        results: dict[str, CheckResult] = {}
        if to_check:
            with ThreadPoolExecutor(max_workers=len(to_check)) as pool:
                futures = {f: pool.submit(self._check_family, f, reporter) for f in to_check}
                results = {f: fut.result() for f, fut in futures.items()}
        reporter.finish()
        return overall([FamilyCheck(f, status, results.get(f)) for f, status in plan])

    def _check_family(self, family: str, reporter: _Progress) -> CheckResult:
        extra = None
        if family == "ipv6" and self.ipv6_candidates is not None:
            try:
                extra = {"ipv6_candidates": self.ipv6_candidates()[:8]}
            except Exception:  # a table we could not read just means fewer candidates
                log.exception("could not list the router's IPv6 addresses")
        client = self.client_factory(self.servers[family], verify=self.verify,
                                     language=self.language, extra_body=extra,
                                     family=_FAMILY[family])
        result = client.check(progress=reporter.step)
        if result.verdict is not Verdict.GRAY and result.family not in (None, family):
            log.warning("the %s endpoint was reached over %s", family, result.family)
            result = CheckResult.gray(CheckFailed(
                "bad_response", f"the {family} endpoint answered over {result.family}"),
                result.server)
        return dataclasses.replace(result, family=family)


class _Progress:
    """Two checks run at once; the window shows one sequence of steps: a step is reached
    when the first family reaches it, the verdict when every family has one."""

    def __init__(self, callback: Callable[[str], None] | None, parties: int) -> None:
        self.callback = callback
        self.parties = parties
        self.seen: set[str] = set()
        self.verdicts = 0
        self.lock = threading.Lock()

    def step(self, name: str) -> None:
        with self.lock:
            if name == STEP_VERDICT:
                self.verdicts += 1
                if self.verdicts < self.parties:
                    return
            if name in self.seen or self.callback is None:
                return
            self.seen.add(name)
        self.callback(name)

    def finish(self) -> None:
        for name in (STEP_CONNECT, STEP_PROBE, STEP_VERDICT):
            with self.lock:
                done = name in self.seen
                self.seen.add(name)
            if not done and self.callback is not None:
                self.callback(name)
