"""Renders the window in each state to docs/screenshots/*.png, offscreen, against a real
reflector and real router daemons on loopback (needs root for nothing here; dnsmasq and
unbound from Debian's packages).

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

from desktop_app.core.branding import load_branding  # noqa: E402
from desktop_app.ui.app import build_window, make_app  # noqa: E402
from desktop_app.ui.i18n import LanguageSwitcher  # noqa: E402
from tests.support import daemons  # noqa: E402
from tests.support.reflector_proc import ZONE, ReflectorProcess  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait_result(app, window, timeout_ms: int = 20000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    window.result_shown.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.start_check()
    loop.exec()
    window.result_shown.disconnect(loop.quit)
    settle(app)


def settle(app, ms: int = 150) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window, name: str) -> None:  # type: ignore[no-untyped-def]
    # Grow the window until nothing needs scrolling, so the picture shows everything.
    window.resize(760, 640)
    settle(None)
    bar = window.centralWidget().verticalScrollBar()
    for _ in range(5):
        if bar.maximum() == 0:
            break
        window.resize(760, min(1600, window.height() + bar.maximum() + 4))
        settle(None)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def wizard_shots(app, work, refl, languages, branding) -> None:  # type: ignore[no-untyped-def]
    """The router guide, with the router identified by the real discovery code on a
    namespace home network (root), and a real outage made with nftables."""

    from desktop_app.core.router.identify import identity_from_dict
    from tests.support.homenet import RouterProfile, identify_router
    from tests.support.nft import Firewall

    def discovered(profile: RouterProfile):  # type: ignore[no-untyped-def]
        identity = identity_from_dict(identify_router(profile, work))
        return lambda: identity

    buffalo = discovered(RouterProfile("192.168.11", "4c:e6:76:12:34:56", "BUFFALO INC.",
                                       "WSR-1800AX4S", "AirStation", "http://192.168.11.1/"))
    unknown = discovered(RouterProfile("192.168.10", "02:aa:bb:cc:dd:ee", upnp=False))

    def open_wizard(identify_fn, ini: str):  # type: ignore[no-untyped-def]
        settings = QSettings(str(work / f"{ini}.ini"), QSettings.Format.IniFormat)
        w = build_window(app, branding, [refl.url], settings, language="ja",
                         languages=languages, identify_fn=identify_fn,
                         open_url=lambda url: None)
        w.show()
        wiz = w.open_guide()
        for _ in range(50):
            settle(app, 100)
            if wiz.stack.currentWidget() is not wiz.finding:
                break
        wiz.resize(700, 660)
        return w, wiz

    w, wiz = open_wizard(buffalo, "wizard")
    settle(app)
    wiz.grab().save(str(OUT / "09-guide-step1-ja.png"))
    wiz.go(1)
    wiz._poll.setInterval(200)
    fw = Firewall()
    try:
        fw.drop_incoming(refl.http_port, "tcp")
        for _ in range(60):
            settle(app, 100)
            if wiz.link == "offline":
                break
        wiz.grab().save(str(OUT / "10-guide-firmware-outage-ja.png"))
    finally:
        fw.close()
    for _ in range(60):
        settle(app, 100)
        if wiz.link == "back":
            break
    wiz.grab().save(str(OUT / "11-guide-connection-back-ja.png"))
    wiz.close()
    w.close()
    w, wiz = open_wizard(unknown, "picker")
    wiz.grab().save(str(OUT / "12-guide-maker-picker-ja.png"))
    wiz.close()
    w.close()
    for name in ("09-guide-step1-ja", "10-guide-firmware-outage-ja",
                 "11-guide-connection-back-ja", "12-guide-maker-picker-ja"):
        print(f"wrote docs/screenshots/{name}.png")


def dual_stack_shot(app, work, languages, branding) -> None:  # type: ignore[no-untyped-def]
    """Both families, from a real check run by the PC of the rehearsal network (root): the
    router answers DNS on its IPv6 address only."""

    from tests.support.rehearsal import RT_LAN_V4, RT_LAN_V6, Rehearsal, line_result

    (work / "rehearsal").mkdir(exist_ok=True)
    r = Rehearsal(work / "rehearsal")
    try:
        r.dnsmasq([RT_LAN_V4, RT_LAN_V6])
        _code, out = r.selfcheck()
    finally:
        r.close()
    result = line_result(out)
    settings = QSettings(str(work / "dual.ini"), QSettings.Format.IniFormat)
    w = build_window(app, branding, ["http://127.0.0.1:9"], settings, language="ja",
                     languages=languages)
    w.show()
    w._on_finished(result)
    settle(app)
    shoot(w, "13-dual-stack-ipv6-only-open-ja")
    w.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_app()
    branding = load_branding()
    languages = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        refl = ReflectorProcess(work / "r").start()
        outsider = ReflectorProcess(work / "o", overrides={
            "access": {"allowed_networks": ["203.0.113.0/24"]}}).start()
        try:
            def window_for(url: str, lang: str, ini: str):  # type: ignore[no-untyped-def]
                settings = QSettings(str(work / f"{ini}.ini"), QSettings.Format.IniFormat)
                w = build_window(app, branding, [url], settings, language=lang,
                                 languages=languages)
                w.show()
                settle(app)
                return w

            w = window_for(refl.url, "ja", "start")
            shoot(w, "01-start-ja")
            # During a check: a port that swallows everything keeps the probe waiting.
            udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            udp.bind(("127.0.0.1", refl.probe_port))
            w.start_check()
            settle(app, 900)
            shoot(w, "02-checking-ja")
            w.cancel_check()
            settle(app, 2500)
            udp.close()
            w.close()

            def router_shot(kind: str, name: str, lang: str = "ja", large: bool = False,
                            ini: str = "main") -> None:
                rdir = work / f"router-{name}"
                rdir.mkdir()
                daemon = None
                if kind == "red":
                    daemon = daemons.dnsmasq(rdir, refl.probe_port, refl.canary)
                elif kind == "yellow":
                    daemon = daemons.unbound(rdir, refl.probe_port, ZONE,
                                             f"127.0.0.1@{refl.canary_port}", refuse=True)
                try:
                    win = window_for(refl.url, lang, ini)
                    win.apply_text_size(large)
                    wait_result(app, win)
                    win.result_view.details_toggle.setChecked(kind == "yellow")
                    shoot(win, name)
                    win.close()
                finally:
                    if daemon:
                        daemon.stop()

            router_shot("red", "03-red-ja", ini="history")
            router_shot("yellow", "04-yellow-ja", ini="yellow")
            router_shot("green", "05-green-after-red-ja", ini="history")
            router_shot("red", "07-red-en", lang="en", ini="en")
            router_shot("green", "08-green-large-text-ja", large=True, ini="large")

            w = window_for(outsider.url, "ja", "gray")
            wait_result(app, w)
            shoot(w, "06-gray-not-customer-ja")
            w.close()

            wizard_shots(app, work, refl, languages, branding)
            dual_stack_shot(app, work, languages, branding)
        finally:
            refl.stop()
            outsider.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
