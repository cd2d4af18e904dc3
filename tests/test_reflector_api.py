"""The reflector's HTTP API: whom it probes, what it keeps, what it serves."""

from __future__ import annotations

import requests

from tests.support import daemons
from tests.support.reflector_proc import ReflectorProcess


def test_an_address_named_in_the_request_is_never_probed(reflector: ReflectorProcess) -> None:
    r = reflector.check(json={"target": "127.0.0.9", "public_ip": "127.0.0.9",
                              "address": "127.0.0.9"},
                        headers={"X-Forwarded-For": "127.0.0.9"})
    assert r.status_code == 200
    body = r.json()
    assert body["public_ip"] == "127.0.0.1"
    assert all(f["target"].startswith("127.0.0.1:") for f in body["findings"])


def test_forwarded_for_is_honoured_from_a_trusted_proxy(make_reflector, router_dir) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector(overrides={"access": {"trusted_proxies": ["127.0.0.1/32"]}})
    # The "customer" behind the proxy is 127.0.0.2, where an open resolver listens.
    router = daemons.dnsmasq(router_dir, r.probe_port, f"127.0.0.1#{r.canary_port}",
                             host="127.0.0.2")
    try:
        body = r.check(headers={"X-Forwarded-For": "127.0.0.2"}).json()
    finally:
        router.stop()
    assert body["public_ip"] == "127.0.0.2"
    assert body["verdict"] == "red"


def test_checks_survive_a_restart(make_reflector) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector()
    first = r.check().json()
    r.stop()
    r.start()
    again = requests.get(f"{r.url}/v1/checks/{first['check_id']}", timeout=5)
    assert again.status_code == 200
    assert again.json()["support_code"] == first["support_code"]
    assert requests.get(f"{r.url}/v1/checks/{'0' * 32}", timeout=5).status_code == 404


def test_health_and_openapi_are_served(reflector: ReflectorProcess) -> None:
    health = requests.get(f"{reflector.url}/healthz", timeout=5).json()
    assert health["status"] == "ok" and health["canary"] == {"udp": True, "tcp": True}
    assert set(health["canary_queries"]) == {"queries", "hits", "dropped"}
    schema = requests.get(f"{reflector.url}/openapi.json", timeout=5).json()
    assert "/v1/checks" in schema["paths"]
    assert "429" in schema["paths"]["/v1/checks"]["post"]["responses"]


def test_refusals_carry_reason_and_retry_after(make_reflector) -> None:  # type: ignore[no-untyped-def]
    r = make_reflector(overrides={"access": {"checks_per_window": 1}})
    assert r.check().status_code == 200
    refused = r.check()
    assert refused.status_code == 429
    assert refused.json()["reason"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) > 0


def test_a_bad_config_is_named_and_exits_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    bad = tmp_path / "r.toml"
    bad.write_text('[http]\nhost = "127.0.0.1"\nport = 8080\n')
    out = subprocess.run([sys.executable, "-m", "reflector", "--config", str(bad)],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 2
    assert "[canary]" in out.stderr and "Traceback" not in out.stderr
