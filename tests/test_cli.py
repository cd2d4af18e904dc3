"""``selfcheck --cli``: exit status by verdict, JSON for tools, Japanese for people."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import daemons
from tests.support.ports import free_port
from tests.support.reflector_proc import ZONE, ReflectorProcess

REPO = Path(__file__).resolve().parent.parent


def selfcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--cli", *args],
                          capture_output=True, text=True, timeout=60, cwd=REPO)


@pytest.mark.parametrize("router, verdict, status", [
    (None, "green", 0), ("unbound-refuse", "yellow", 1), ("dnsmasq", "red", 2)])
def test_exit_status_follows_the_verdict(reflector: ReflectorProcess, router_dir: Path,
                                         router: str | None, verdict: str,
                                         status: int) -> None:
    daemon = None
    if router == "dnsmasq":
        daemon = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    elif router == "unbound-refuse":
        daemon = daemons.unbound(router_dir, reflector.probe_port, ZONE,
                                 f"127.0.0.1@{reflector.canary_port}", refuse=True)
    try:
        out = selfcheck("--json", "--server", reflector.url)
    finally:
        if daemon:
            daemon.stop()
    assert out.returncode == status, out.stderr
    data = json.loads(out.stdout)
    assert data["verdict"] == verdict
    assert data["public_ip"] == "127.0.0.1"
    assert len(data["support_code"]) == 11
    assert isinstance(data["findings"], list) and data["findings"]
    assert "reason" in data and data["reason"] is None


def test_gray_exit_status_and_reason() -> None:
    out = selfcheck("--json", "--server", f"http://127.0.0.1:{free_port()}")
    assert out.returncode == 3
    assert json.loads(out.stdout)["reason"] == "server_unreachable"
    assert "Traceback" not in out.stderr


def test_japanese_summary_has_the_support_code(reflector: ReflectorProcess) -> None:
    out = selfcheck("--lang", "ja", "--server", reflector.url)
    assert out.returncode == 0
    assert "判定: ● 安全" in out.stdout
    code_line = next(line for line in out.stdout.splitlines() if line.startswith("サポートコード"))
    assert code_line.split(": ")[1].count("-") == 2


def test_server_from_environment(reflector: ReflectorProcess) -> None:
    import os

    out = subprocess.run([sys.executable, "-m", "desktop_app", "--cli", "--json"],
                         capture_output=True, text=True, timeout=60, cwd=REPO,
                         env=dict(os.environ, SELFCHECK_SERVER=reflector.url))
    assert json.loads(out.stdout)["server"] == reflector.url


def test_demo_runs_a_whole_check_without_any_isp_server() -> None:
    out = selfcheck("--demo", "--json")
    data = json.loads(out.stdout)
    assert data["verdict"] in ("green", "yellow", "red")  # whatever 127.0.0.1:53 really is
    assert data["public_ip"] == "127.0.0.1" and data["support_code"]
    assert out.returncode == {"green": 0, "yellow": 1, "red": 2}[data["verdict"]]


def test_installed_command_works_from_any_folder(reflector: ReflectorProcess,
                                                 tmp_path: Path) -> None:
    """The console script a customer (or the README) runs, not `python -m` from the repo:
    every package and data file must come from the installation."""
    exe = Path(sys.executable).parent / "selfcheck"
    if not exe.exists():
        pytest.skip("selfcheck is not installed in this environment (pip install -e .)")
    out = subprocess.run([str(exe), "--cli", "--json", "--server", reflector.url],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["verdict"] == "green"
    assert "Traceback" not in out.stderr
