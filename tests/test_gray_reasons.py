"""Every way a check can fail gives gray with its own reason and a Japanese next step."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest
import trustme

from desktop_app.core.client import ReflectorClient
from desktop_app.core.errors import GRAY_REASONS
from desktop_app.core.messages import message_for
from desktop_app.core.result import CheckResult, Verdict
from tests.support.brokenweb import BrokenWeb, SilentServer
from tests.support.netns import Netns
from tests.support.ports import free_port
from tests.support.silent import silent_port

REPO = Path(__file__).resolve().parent.parent


def gray(result: CheckResult, reason: str) -> None:
    assert result.verdict is Verdict.GRAY, result
    assert result.reason == reason, result.detail
    msg = message_for(result, "ja", "サンプル光ネット")
    assert msg.word == "判定できません"
    assert msg.next_step.endswith("。"), "a full Japanese sentence saying what to do"


def test_not_a_customer_line(make_reflector) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector(overrides={"access": {"allowed_networks": ["203.0.113.0/24"]}})
    result = ReflectorClient([r.url]).check()
    gray(result, "not_customer")
    assert "サンプル光ネットの回線" in message_for(result, "ja", "サンプル光ネット").headline


def test_rate_limited_says_how_long_to_wait(make_reflector) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector(overrides={"access": {"checks_per_window": 2, "window_seconds": 600}})
    client = ReflectorClient([r.url])
    assert client.check().verdict is Verdict.GREEN
    assert client.check().verdict is Verdict.GREEN
    result = client.check()
    gray(result, "rate_limited")
    assert result.retry_after is not None and 590 <= result.retry_after <= 600
    assert "10分" in message_for(result, "ja").next_step


def test_busy_when_too_many_checks_run(make_reflector) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector(overrides={"access": {"max_in_flight": 1}})
    first: list[CheckResult] = []
    with silent_port(r.probe_port):  # the first check runs its full budget
        t = threading.Thread(target=lambda: first.append(ReflectorClient([r.url]).check()))
        t.start()
        try:
            time.sleep(0.5)
            waits: list[float] = []
            result = ReflectorClient([r.url], sleep=waits.append).check()
        finally:
            t.join(30)
    gray(result, "busy")
    assert waits, "a short busy wait is retried once by itself"
    assert first and first[0].verdict is Verdict.GREEN


def test_server_unreachable() -> None:
    gray(ReflectorClient([f"http://127.0.0.1:{free_port()}"]).check(), "server_unreachable")


def test_next_server_is_tried_when_the_first_is_down(reflector) -> None:  # type: ignore[no-untyped-def]
    result = ReflectorClient([f"http://127.0.0.1:{free_port()}", reflector.url]).check()
    assert result.verdict is Verdict.GREEN
    assert result.server == reflector.url


def test_timeout() -> None:
    silent = SilentServer()
    try:
        result = ReflectorClient([silent.url], read_timeout=1.0).check()
    finally:
        silent.close()
    gray(result, "timeout")


@pytest.mark.parametrize("mode, reason", [
    ("captive_html", "captive_portal"),
    ("captive_redirect", "captive_portal"),
    ("truncated_json", "bad_response"),
    ("wrong_types", "bad_response"),
    ("unknown_verdict", "bad_response"),
    ("plain_text", "bad_response"),
    ("bad_gateway", "server_error"),
    ("server_error_json", "server_error"),
])
def test_replies_that_are_not_the_api(mode: str, reason: str) -> None:
    web = BrokenWeb(mode)
    try:
        result = ReflectorClient([web.url]).check()
    finally:
        web.close()
    gray(result, reason)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def test_tls_error_when_the_certificate_is_not_trusted(make_reflector, ca, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cert = ca.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    r = make_reflector(tls=(str(cert_file), str(key_file)))
    gray(ReflectorClient([r.url]).check(), "tls_error")
    # The same server, trusted: a normal check over HTTPS.
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    assert ReflectorClient([r.url], verify=str(ca_file)).check().verdict is Verdict.GREEN


def _cli_in(ns: Netns, *args: str) -> tuple[int, dict]:
    proc = ns.exec(sys.executable, "-m", "desktop_app", "--cli", "--json", *args,
                   timeout=60, cwd=str(REPO))
    return proc.returncode, json.loads(proc.stdout)


def test_offline_when_this_pc_has_no_route() -> None:
    ns = Netns()
    try:
        code, out = _cli_in(ns, "--server", "https://reflector.example.invalid")
        code2, out2 = _cli_in(ns, "--server", "http://127.0.0.1:9")
    finally:
        ns.close()
    assert (code, out["verdict"], out["reason"]) == (3, "gray", "offline")
    assert (code2, out2["reason"]) == (3, "offline")


def test_name_that_does_not_resolve() -> None:
    ns = Netns(online=True, resolver="127.0.0.1")  # a resolver that is not there
    try:
        code, out = _cli_in(ns, "--server", "https://reflector.example.invalid")
    finally:
        ns.close()
    assert (code, out["verdict"], out["reason"]) == (3, "gray", "name_not_resolved")


def test_every_gray_reason_has_japanese_and_english_words() -> None:
    for reason in GRAY_REASONS:
        r = CheckResult(Verdict.GRAY, reason=reason, retry_after=120)
        ja, en = message_for(r, "ja", "サンプル光ネット"), message_for(r, "en", "Sample Net")
        assert ja.headline != message_for(CheckResult(Verdict.GRAY, reason="bad_response"),
                                          "ja").headline or reason == "bad_response"
        assert any("\u3040" <= ch <= "\u30ff" for ch in ja.explanation + ja.next_step)
        assert en.next_step.isascii() and en.next_step.endswith(".")
        assert "{" not in ja.headline + ja.next_step + en.headline + en.next_step
