"""The customer's window, driven like a person would, against a real reflector and real
router daemons: click, wait for the verdict, read what is on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app import __version__
from desktop_app.ui.app import BASE_POINT_SIZE, make_app
from desktop_app.ui.main_window import MainWindow
from tests.support import daemons, silent
from tests.support.brokenweb import BrokenWeb
from tests.support.ports import free_port
from tests.support.reflector_proc import ZONE, ReflectorProcess

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"^\d{3}-\d{3}-\d{3}$")


def run_check(qtbot, window: MainWindow, key: bool = False):  # type: ignore[no-untyped-def]
    with qtbot.wait_signal(window.result_shown, timeout=30_000) as blocker:
        if key:
            qtbot.keyClick(window, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def shown(window: MainWindow) -> dict[str, str]:
    v = window.result_view
    return {"word": v.word.text(), "headline": v.headline.text(), "code": v.code.text(),
            "light": v.light.state, "light_name": v.light.accessibleName(),
            "next": v.next_step.accessibleName(), "error": v.error.text()}


@pytest.mark.parametrize("router, light, word", [
    ("dnsmasq", "red", "✖ 危険"), ("unbound-refuse", "yellow", "▲ 注意"),
    (None, "green", "● 安全")])
def test_verdict_is_shown_with_shape_word_and_code(open_window, qtbot, reflector,  # type: ignore[no-untyped-def]
                                                   router_dir, router, light, word) -> None:
    daemon = None
    if router == "dnsmasq":
        daemon = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    elif router == "unbound-refuse":
        daemon = daemons.unbound(router_dir, reflector.probe_port, ZONE,
                                 f"127.0.0.1@{reflector.canary_port}", refuse=True)
    window = open_window(reflector.url)
    try:
        result = run_check(qtbot, window)
    finally:
        if daemon:
            daemon.stop()
    s = shown(window)
    assert s["light"] == light and s["word"] == word
    assert s["light_name"] == f"判定: {word.split()[1]}"
    assert CODE.match(s["code"]) and s["code"] == result.support_code
    assert window.result_view.address.text() == "127.0.0.1"
    assert s["next"].startswith("次にすること: ")
    assert window.start_button.text() == "もう一度チェック"
    assert all(window.steps.state_of(step) == "done"
               for step in ("connect", "probe", "verdict"))


def test_gray_reasons_have_their_own_words(open_window, qtbot, make_reflector) -> None:  # type: ignore[no-untyped-def]
    outsider = make_reflector(overrides={"access": {"allowed_networks": ["203.0.113.0/24"]}})
    portal = BrokenWeb("captive_html")
    seen = {}
    try:
        for name, url in (("not_customer", outsider.url),
                          ("server_unreachable", f"http://127.0.0.1:{free_port()}"),
                          ("captive_portal", portal.url)):
            window = open_window(url, ini=name)
            run_check(qtbot, window)
            seen[name] = shown(window)
    finally:
        portal.close()
    for reason, s in seen.items():
        assert s["word"] == "? 判定できません" and s["light"] == "gray"
        assert s["error"] == reason
        assert not window.result_view._code_box.isVisible()
    headlines = {s["headline"] for s in seen.values()}
    assert len(headlines) == 3, "each reason says something different"
    assert "サンプル光ネットの回線ではないようです" in seen["not_customer"]["headline"]
    assert "ログイン" in seen["captive_portal"]["next"]


@pytest.fixture
def silent_port(reflector: ReflectorProcess) -> Iterator[None]:
    """A port that swallows UDP and accepts TCP without a word: the check takes its budget."""
    with silent.silent_port(reflector.probe_port):
        yield


def test_escape_cancels_a_running_check(open_window, qtbot, reflector, silent_port) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    with qtbot.wait_signal(window.runner.progress, timeout=5000,
                           check_params_cb=lambda step: step == "probe"):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert not window.start_button.isEnabled() and window.cancel_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.start_button.isEnabled() and not window.cancel_button.isVisible()
    assert "中止しました" in window.status.text()
    with qtbot.assert_not_emitted(window.result_shown, wait=3500):
        pass  # the cancelled check ends in the background; its result is not shown
    qtbot.wait_until(lambda: window.runner.active_threads() == 0, timeout=15_000)
    assert not window.result_view.isVisible()


def test_closing_during_a_check_leaves_no_thread(open_window, qtbot, reflector,  # type: ignore[no-untyped-def]
                                                 silent_port) -> None:
    window = open_window(reflector.url)
    with qtbot.wait_signal(window.runner.progress, timeout=5000,
                           check_params_cb=lambda step: step == "probe"):
        window.start_check()
    runner = window.runner
    window.close()
    assert not window.isVisible()
    assert runner.active_threads() == 0


def test_enter_starts_and_progress_is_named_in_order(open_window, qtbot, reflector) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    steps: list[str] = []
    window.runner.progress.connect(steps.append)
    run_check(qtbot, window, key=True)
    assert steps == ["connect", "probe", "verdict"]
    assert window.steps._labels[1].accessibleName() == "ステップ 2/3: 外部から確認、完了"


def test_language_switch_changes_every_word(open_window, qtbot, reflector) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    run_check(qtbot, window)
    assert window.start_button.text() == "もう一度チェック"
    window.lang_actions["en"].trigger()
    assert window.start_button.text() == "Check again"
    assert shown(window)["word"] == "● Safe"
    assert window.result_view.copy_report.text() == "Copy result"
    assert window.memory.language == "en"
    window.lang_actions["ja"].trigger()
    assert shown(window)["word"] == "● 安全"
    assert window.result_view.copy_report.text() == "結果をコピー"


def test_larger_text_scales_all_text_and_is_remembered(open_window, qtbot, reflector) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    run_check(qtbot, window)
    word_before = window.result_view.word.font().pointSizeF()
    window.large_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.4)
    assert window.result_view.word.font().pointSizeF() == pytest.approx(word_before * 1.4)
    assert window.memory.large_text
    body = window.centralWidget().widget()
    assert body.minimumSizeHint().width() <= window.centralWidget().viewport().width(), \
        "nothing is cut off at the side with larger text"
    window.large_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)


def test_recheck_shows_before_and_after(open_window, qtbot, reflector, router_dir) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url, ini="history")
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    try:
        run_check(qtbot, window)
    finally:
        router.stop()
    assert not window.result_view.compare.isVisible()
    window.close()
    again = open_window(reflector.url, ini="history")  # a new start of the app
    run_check(qtbot, again)
    text = again.result_view.compare.text()
    assert again.result_view.compare.isVisible()
    assert text.startswith("前回: 危険") and text.endswith("今回: 安全")


def test_copy_and_save_report(open_window, qtbot, reflector, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    result = run_check(qtbot, window)
    qtbot.mouseClick(window.result_view.copy_report, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"サポートコード: {result.support_code}" in text
    assert "判定: ● 安全" in text and __version__ in text
    assert "UDP 127.0.0.1:" in text  # the findings, for support
    qtbot.mouseClick(window.result_view.copy_code, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == result.support_code
    pdf = window.save_pdf(tmp_path / "result")
    assert pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 5000, "the Japanese font is embedded"


def test_every_control_has_an_accessible_name(open_window, qtbot, reflector) -> None:  # type: ignore[no-untyped-def]
    window = open_window(reflector.url)
    run_check(qtbot, window)
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.accessibleName(), button.objectName()
    assert window.result_view.light.accessibleName() == "判定: 安全"
    assert window.result_view.code.accessibleName().startswith("サポートコード ")


def test_window_uses_the_bundled_japanese_font(open_window, reflector) -> None:  # type: ignore[no-untyped-def]
    open_window(reflector.url)
    assert QApplication.font().family() == "BIZ UDPGothic"


def test_crash_handler_logs_and_shows_a_polite_dialog(qtbot, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.crash import CrashHandler

    make_app()
    handler = CrashHandler(tmp_path / "selfcheck.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level("CRITICAL"):
            handler(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in caplog.text
    box = handler.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(tmp_path / "selfcheck.log") in box.text()
    box.close()


def _catalogue(path: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for msg in ET.parse(path).getroot().iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        finished = tr.get("type") not in ("unfinished", "vanished", "obsolete")
        out[msg.findtext("source") or ""] = tr.text if finished and tr.text else None
    return out


def test_japanese_catalogue_is_complete(tmp_path: Path) -> None:
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh_ja.ts"
    subprocess.run([str(lupdate), *map(str, sorted((ROOT / "desktop_app" / "ui").glob("*.py"))),
                    "-ts", str(fresh), "-source-language", "en", "-silent"], check=True)
    wanted = set(_catalogue(fresh))
    have = _catalogue(ROOT / "i18n" / "selfcheck_ja.ts")
    assert wanted, "lupdate found the tr() strings"
    missing = sorted(wanted - set(have))
    assert not missing, f"missing in selfcheck_ja.ts (build_translations --update): {missing}"
    unfinished = sorted(s for s in wanted if not have[s])
    assert not unfinished, f"unfinished Japanese: {unfinished}"
    for src in wanted:
        assert src.count("{") == (have[src] or "").count("{"), f"placeholders differ: {src}"
