"""``selfcheck --self-test``: proves that a build carries everything the customer needs
(font, icons, guides, branding, translations, the OUI registry) and that the window opens and
closes cleanly. Prints JSON; exit status 0 when every item passed, 1 otherwise."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

ICONS = ("app", "verdict-green", "verdict-yellow", "verdict-red", "verdict-gray",
         "verdict-none")


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings

    from ..core.branding import load_branding
    from ..core.router.guides import GUIDE_IDS, catalogue
    from ..core.router.neighbours import vendor_of
    from . import assets
    from .app import build_window, make_app
    from .i18n import LanguageSwitcher

    results: dict[str, str] = {}

    def item(name: str, fn: Callable[[], object]) -> None:
        try:
            value = fn()
            results[name] = "ok" if value in (None, True) else f"ok: {value}"
        except Exception as exc:  # every failure is reported, none stops the others
            results[name] = f"FAILED: {type(exc).__name__}: {exc}"

    app = make_app()
    item("font", lambda: _expect(assets.load_fonts(), "BIZ UDPGothic"))
    item("icons", lambda: all(assets.svg_renderer(n).isValid() for n in ICONS) or
         _fail("an icon is not valid SVG"))
    item("guides", lambda: _expect(sorted(catalogue()), sorted(GUIDE_IDS)))
    item("branding", lambda: load_branding().name_ja)
    item("oui registry", lambda: _expect(vendor_of("4c:e6:76:00:00:01"), "BUFFALO.INC"))
    switcher = LanguageSwitcher(app)

    def japanese() -> str:
        switcher.apply("ja")
        got = QCoreApplication.translate("MainWindow", "Start the check")
        _expect(got, "チェックを開始")
        if switcher.installed < 2:
            _fail("Qt's own qtbase_ja catalogue is missing")
        return got

    item("translations", japanese)

    def window() -> str:
        with tempfile.TemporaryDirectory() as tmp:
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            w = build_window(app, load_branding(), ["http://127.0.0.1:9"], settings,
                             language="ja", languages=switcher)
            w.show()
            app.processEvents()
            shot = w.grab()
            w.close()
            app.processEvents()
            if shot.isNull() or w.runner.active_threads():
                _fail("the window did not paint or did not close cleanly")
            return f"{shot.width()}x{shot.height()}"

    item("window", window)
    ok = all(v.startswith("ok") for v in results.values())
    print(json.dumps({"ok": ok, "checks": results}, ensure_ascii=False, indent=2))
    return 0 if ok else 1


def _expect(got: object, want: object) -> object:
    if got != want:
        raise AssertionError(f"expected {want!r}, got {got!r}")
    return got


def _fail(why: str) -> bool:
    raise AssertionError(why)
