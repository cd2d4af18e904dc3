"""The verdict model the app shows: parsed strictly from the reflector's JSON."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import GRAY_REASONS, CheckFailed


class Verdict(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GRAY = "gray"

    @property
    def exit_code(self) -> int:
        """The monitoring-plugin convention: 0 green, 1 yellow, 2 red, 3 gray."""
        return {"green": 0, "yellow": 1, "red": 2, "gray": 3}[self.value]


_CODE = re.compile(r"^\d{3}-\d{3}-\d{3}$")


@dataclass(frozen=True)
class FamilyCheck:
    """One address family of the line: checked (with its result), "unused" (the line has no
    such address) or "not_configured" (the ISP runs no endpoint for it)."""

    family: str  # "ipv4" or "ipv6"
    status: str  # "checked", "unused", "not_configured"
    result: CheckResult | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status}
        if self.result is not None:
            out.update(self.result.to_json())
        return out


@dataclass(frozen=True)
class CheckResult:
    """One check as the customer sees it. Gray results made by the client itself have no
    support code and no public address."""

    verdict: Verdict
    reason: str | None = None
    detail: str = ""
    public_ip: str | None = None
    support_code: str | None = None
    checked_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    findings: tuple[dict[str, Any], ...] = ()
    summary: str = ""
    retry_after: int | None = None
    server: str | None = None
    check_id: str | None = None
    family: str | None = None
    targets: tuple[dict[str, Any], ...] = ()
    families: tuple[FamilyCheck, ...] = ()

    @classmethod
    def gray(cls, failure: CheckFailed, server: str | None = None) -> CheckResult:
        return cls(Verdict.GRAY, reason=failure.reason, detail=failure.detail,
                   retry_after=failure.retry_after, server=server)

    @classmethod
    def from_json(cls, data: Any, server: str | None = None) -> CheckResult:
        """Validate the reflector's answer; anything unexpected raises bad_response."""
        def bad(why: str) -> CheckFailed:
            return CheckFailed("bad_response", f"reflector reply {why}")

        if not isinstance(data, dict):
            raise bad("is not a JSON object")
        try:
            verdict = Verdict(str(data.get("verdict")))
        except ValueError:
            raise bad(f"has an unknown verdict {data.get('verdict')!r}") from None
        code = data.get("support_code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise bad("has no valid support_code")
        ip = data.get("public_ip")
        try:
            ipaddress.ip_address(ip if isinstance(ip, str) else "")
        except ValueError:
            raise bad("has no valid public_ip") from None
        findings = data.get("findings")
        if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
            raise bad("has findings that are not a list of objects")
        reason = data.get("reason")
        if verdict is Verdict.GRAY:
            if not isinstance(reason, str):
                raise bad("is gray without a reason")
            if reason not in GRAY_REASONS:
                reason = "probe_failed"
        else:
            reason = None
        try:
            checked_at = dt.datetime.fromisoformat(str(data.get("created_at")))
        except ValueError:
            checked_at = dt.datetime.now(dt.UTC)
        summary = data.get("summary")
        check_id = data.get("check_id")
        family = data.get("family")
        targets = data.get("targets")
        return cls(verdict=verdict, reason=reason, public_ip=ip, support_code=code,
                   checked_at=checked_at, findings=tuple(findings),
                   summary=summary if isinstance(summary, str) else "",
                   server=server, check_id=check_id if isinstance(check_id, str) else None,
                   family=family if family in ("ipv4", "ipv6") else None,
                   targets=tuple(t for t in targets if isinstance(t, dict))
                   if isinstance(targets, list) else ())

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "reason": self.reason,
            "detail": self.detail or None,
            "public_ip": self.public_ip,
            "support_code": self.support_code,
            "checked_at": self.checked_at.isoformat().replace("+00:00", "Z"),
            "summary": self.summary or None,
            "retry_after": self.retry_after,
            "server": self.server,
            "check_id": self.check_id,
            "family": self.family,
            "targets": list(self.targets),
            "findings": list(self.findings),
            **({"families": {f.family: f.to_json() for f in self.families}}
               if self.families else {}),
        }
