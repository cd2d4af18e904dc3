"""Why a check could not be done: one exception carrying a machine-readable reason."""

from __future__ import annotations

# Every reason the client can give for a gray verdict. Each has a Japanese and an English
# message with a next step in messages.py; a test keeps the two lists in step.
GRAY_REASONS = (
    "offline",  # this computer has no route to the internet
    "name_not_resolved",  # the reflector's name does not resolve although there is a route
    "server_unreachable",  # connection refused or host unreachable
    "timeout",  # no answer in time
    "tls_error",  # certificate or TLS handshake failed
    "captive_portal",  # an HTML login page or a redirect instead of the API
    "bad_response",  # not the JSON we expect
    "server_error",  # HTTP 5xx
    "not_customer",  # the reflector says this is not one of the ISP's lines
    "rate_limited",  # too many checks from this line; retry_after says when
    "busy",  # the reflector runs too many checks; retry_after says when
    "probe_failed",  # the reflector could not probe (its own network problem)
    "unknown_client",  # the reflector could not tell the requesting address
)


class CheckFailed(Exception):
    """The check could not be done. ``reason`` is one of GRAY_REASONS."""

    def __init__(self, reason: str, detail: str, retry_after: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after
