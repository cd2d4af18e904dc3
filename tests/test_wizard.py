"""The router guide wizard, driven through every step: router identified on a namespace home
network by the real discovery code, admin page, progress kept across restarts, the maker
picker, and a network outage during the firmware update, then the re-check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from desktop_app.core.router.identify import RouterIdentity, identity_from_dict
from desktop_app.ui.wizard import GuideWizard
from tests.support import daemons
from tests.support.homenet import RouterProfile, identify_router
from tests.support.nft import Firewall
from tests.test_router_discovery import CASES


def identify_on(profile: RouterProfile, tmp_path: Path) -> Callable[[], RouterIdentity]:
    """Run the real discovery on a PC in a namespace network; hand its answer to the window
    (the window runs in this process, outside the namespaces)."""
    identity = identity_from_dict(identify_router(profile, tmp_path))
    return lambda: identity


def make_wizard(qtbot, identify_fn, settings: QSettings, opened: list[QUrl],  # type: ignore[no-untyped-def]
                **kw) -> GuideWizard:
    wizard = GuideWizard(identify_fn=identify_fn, settings=settings, language="ja",
                         open_url=opened.append, **kw)
    qtbot.add_widget(wizard)
    wizard.show()
    with qtbot.wait_signal(wizard.identified, timeout=10_000):
        wizard.start()
    return wizard


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_step_of_the_buffalo_guide(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    identify_fn = identify_on(CASES["buffalo"][0], tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    opened: list[QUrl] = []
    w = make_wizard(qtbot, identify_fn, settings, opened)
    assert w.stack.currentWidget() is w.steps_page
    assert "BUFFALO INC. WSR-1800AX4S" in w.router_line.text()
    assert "http://192.168.11.1/" in w.router_line.text()
    titles = []
    for i in range(6):
        assert w.step_number.text() == f"ステップ {i + 1}/6"
        titles.append(w.step_title.text())
        if i < 5:
            if i == 0:
                assert "admin" in w.step_extra.accessibleName()
                assert "パスワードをたずねたり" in w.step_extra.accessibleName()
                click(qtbot, w.open_admin_button)
            click(qtbot, w.done_box)
            click(qtbot, w.next_button)
    assert titles[1] == "ファームウェアを最新にする" and titles[-1] == "もう一度チェック"
    assert [u.toString() for u in opened] == ["http://192.168.11.1/"]
    assert w.recheck_button.isVisible() and not w.next_button.isEnabled()
    assert w.done_kinds() == {"open-admin", "firmware", "auto-update", "wan-off", "restart"}
    w.go(2)
    w.close()
    # Restart: the same settings bring the customer back to step 3 with the ticks kept.
    again = make_wizard(qtbot, identify_fn, settings, opened)
    assert again.step_number.text() == "ステップ 3/6"
    assert again.done_box.isChecked()
    assert again.step_number.accessibleName() == "ステップ 3/6"


def test_unknown_router_asks_for_the_maker(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    identify_fn = identify_on(RouterProfile("192.168.10", "02:aa:bb:cc:dd:ee", upnp=False),
                              tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    opened: list[QUrl] = []
    w = make_wizard(qtbot, identify_fn, settings, opened)
    assert w.stack.currentWidget() is w.picker
    assert "ラベル" in w.pick_hint.accessibleName()
    names = [w.maker_list.item(i).text() for i in range(w.maker_list.count())]
    assert names[0] == "バッファロー(BUFFALO)" and names[-1] == "その他・わからない"
    w.maker_list.setCurrentRow(names.index("NEC(Aterm)"))
    click(qtbot, w.pick_button)
    assert w.stack.currentWidget() is w.steps_page
    assert w.guide.id == "nec-aterm"
    assert w.step_title.text() == "クイック設定Webを開く"
    click(qtbot, w.open_admin_button)
    assert opened[-1].toString() == "http://192.168.10.1/"  # the gateway is an Aterm address
    w.close()
    # Next time the customer's choice is remembered.
    again = make_wizard(qtbot, identify_fn, settings, opened)
    assert again.guide.id == "nec-aterm" and again.stack.currentWidget() is again.steps_page


def test_outage_during_firmware_update_then_recheck(qtbot, open_window, reflector,  # type: ignore[no-untyped-def]
                                                    router_dir, tmp_path) -> None:
    fw = Firewall()
    identify_fn = identify_on(CASES["buffalo"][0], tmp_path)
    router = daemons.dnsmasq(router_dir, reflector.probe_port, reflector.canary)
    window = open_window(reflector.url, identify_fn=identify_fn, open_url=lambda u: None)
    try:
        with qtbot.wait_signal(window.result_shown, timeout=30_000):
            window.start_check()
        assert window.result_view.guide_button.isVisible()  # red: the guide is offered
    finally:
        router.stop()  # the customer fixes the router
    try:
        click(qtbot, window.result_view.guide_button)
        w = window.wizard
        assert w is not None
        qtbot.wait_until(lambda: w.stack.currentWidget() is w.steps_page, timeout=10_000)
        w._poll.setInterval(200)
        w.go(1)  # the firmware step
        assert w.kind() == "firmware"
        fw.drop_incoming(reflector.http_port, "tcp")  # the router restarts: the line is gone
        with qtbot.wait_signal(w.connection_changed, timeout=10_000,
                               check_params_cb=lambda s: s == "offline"):
            pass
        assert w.banner.isVisible() and "電源は切らないでください" in w.banner.accessibleName()
        assert not w.recheck_button.isVisible()
        fw.close()  # back
        with qtbot.wait_signal(w.connection_changed, timeout=10_000,
                               check_params_cb=lambda s: s == "back"):
            pass
        assert "つながりました" in w.banner.accessibleName()
        assert w.recheck_button.isVisible()
        w.go(w.total - 1)
        with qtbot.wait_signal(window.result_shown, timeout=30_000):
            click(qtbot, w.recheck_button)
        assert w.compare.isVisible()
        assert w.compare.text() == "前回: 危険 → 今回: 安全"
    finally:
        fw.close()


@pytest.fixture(autouse=True)
def _japanese(qapp):  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import make_app
    from desktop_app.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(make_app())
    switcher.apply("ja")
    yield
    switcher.clear()


@pytest.fixture(autouse=True)
def _no_discovery_on_this_host(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Tests never run discovery here (it would ask this machine's real gateway)."""
    def refuse(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("discovery must run inside a test namespace")

    monkeypatch.setattr("desktop_app.core.router.upnp.discover", refuse)
    monkeypatch.setattr("desktop_app.core.router.identify.discover", refuse)
