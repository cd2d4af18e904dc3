"""The frozen app (PyInstaller onedir, built by scripts/build_app) does the customer's job:
it carries every resource, checks a line against a real reflector, opens and closes its
window, logs to the user's log directory and runs without administrator rights.

Without a build these tests skip; CI builds first and sets SELFCHECK_REQUIRE_FROZEN=1,
which turns the skip into a failure."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import daemons
from tests.support.reflector_proc import ReflectorProcess

ROOT = Path(__file__).resolve().parent.parent
FROZEN = Path(os.environ.get("SELFCHECK_FROZEN", ROOT / "dist" / "selfcheck" / "selfcheck"))


@pytest.fixture(scope="module")
def frozen() -> Path:
    if not FROZEN.exists():
        message = f"no frozen build at {FROZEN} (run scripts/build_app)"
        if os.environ.get("SELFCHECK_REQUIRE_FROZEN") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return FROZEN


def run(exe: Path, *args: str, env: dict[str, str] | None = None,
        user: str | None = None) -> subprocess.CompletedProcess[str]:
    argv = [str(exe), *args]
    if user:
        argv = ["setpriv", f"--reuid={user}", "--regid=nogroup", "--clear-groups", *argv]
    return subprocess.run(argv, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_self_test_passes(frozen: Path) -> None:
    out = run(frozen, "--self-test")
    report = json.loads(out.stdout)
    assert out.returncode == 0, report
    assert report["checks"]["translations"] == "ok: チェックを開始"
    assert report["checks"]["font"] == "ok: BIZ UDPGothic"
    assert report["checks"]["window"].startswith("ok")


def test_a_missing_resource_fails_the_self_test(frozen: Path, tmp_path: Path) -> None:
    copy = tmp_path / "selfcheck"
    shutil.copytree(frozen.parent, copy, symlinks=True)
    (copy / "_internal" / "resources" / "guides" / "buffalo.toml").unlink()
    out = run(copy / frozen.name, "--self-test")
    assert out.returncode == 1
    assert json.loads(out.stdout)["checks"]["guides"].startswith("FAILED")


@pytest.mark.parametrize("router, verdict, status", [(None, "green", 0), ("dnsmasq", "red", 2)])
def test_frozen_cli_checks_a_line(frozen: Path, reflector: ReflectorProcess, router_dir: Path,
                                  router: str | None, verdict: str, status: int) -> None:
    daemon = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary) \
        if router else None
    try:
        out = run(frozen, "--cli", "--json", "--server", reflector.url)
    finally:
        if daemon:
            daemon.stop()
    assert out.returncode == status, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == verdict and result["support_code"]


def test_runs_without_admin_rights_and_logs_for_the_user(frozen: Path, reflector, tmp_path):  # type: ignore[no-untyped-def]
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root to switch to an ordinary user")
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="selfcheck-home-"))  # pytest's tmp is root-only
    try:
        shutil.chown(home, "nobody", "nogroup")
        env = {"HOME": str(home), "XDG_STATE_HOME": "", "XDG_CONFIG_HOME": ""}
        out = run(frozen, "--cli", "--json", "--server", reflector.url, env=env,
                  user="nobody")
        assert out.returncode == 0, out.stderr
        logs = list(home.rglob("selfcheck.log"))
        assert logs, "the app writes its log under the user's own directory"
        assert "openresolver-selfcheck" in str(logs[0])
        code = json.loads(out.stdout)["support_code"]
        assert f"support code {code}" in logs[0].read_text(encoding="utf-8")
    finally:
        shutil.rmtree(home, ignore_errors=True)
