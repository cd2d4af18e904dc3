"""Starts the window: fonts, language, branding, crash handler; then the event loop."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..core.branding import Branding
from ..core.line import LineChecker
from ..core.router.identify import RouterIdentity
from . import assets
from .crash import CrashHandler
from .i18n import LanguageSwitcher, system_language
from .main_window import MainWindow
from .memory import Memory

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 11.0
ORG, APP = "openresolver-selfcheck", "selfcheck"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Router safety check")
    family = assets.load_fonts()
    font = QFont(family)
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    return app


def build_window(app: QApplication, branding: Branding, servers: list[str],
                 settings: QSettings, *, verify: bool | str = True,
                 language: str | None = None, log_path: Path | None = None,
                 languages: LanguageSwitcher | None = None,
                 identify_fn: Callable[[], RouterIdentity] | None = None,
                 open_url: Callable[[QUrl], object] | None = None,
                 ipv6_servers: list[str] | None = None) -> MainWindow:
    """One window. Pass the app's LanguageSwitcher when making several windows in one app,
    so that only one set of translators is ever installed."""
    memory = Memory(settings)
    languages = languages or LanguageSwitcher(app)
    languages.apply(language or memory.language or system_language())

    def client_factory() -> LineChecker:
        from ..core.router.neighbours import router_ipv6_addresses

        return LineChecker(servers, ipv6_servers or [], verify=verify,
                           language=languages.language, ipv6_candidates=router_ipv6_addresses)

    return MainWindow(client_factory=client_factory, branding=branding, memory=memory,
                      languages=languages, base_point_size=BASE_POINT_SIZE, log_path=log_path,
                      identify_fn=identify_fn, reflector_url=servers[0] if servers else None,
                      open_url=open_url)


def run_window(args: argparse.Namespace, branding: Branding,
               log_path: Path | None = None) -> int:
    from ..cli import ipv6_servers
    from ..cli import servers as pick_servers

    started = time.perf_counter()
    app = make_app()
    CrashHandler(log_path).install()
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)
    demo = None
    urls = pick_servers(args.server, branding)
    if args.demo:
        from reflector.local import LocalReflector

        demo = LocalReflector().__enter__()
        urls = [demo.url]
    window = build_window(app, branding, urls, settings, verify=args.ca_bundle or True,
                          language=args.lang, log_path=log_path,
                          ipv6_servers=ipv6_servers(args, branding))
    window.show()
    if os.environ.get("SELFCHECK_QUIT_AFTER_SHOW"):
        # For bench/: report when the window is on screen and how much memory it holds.
        def report() -> None:
            window.repaint()  # the first full paint is part of "on screen"
            print(f"shown_after={time.perf_counter() - started:.3f} rss_mb={_rss_mb():.1f}",
                  flush=True)
            window.close()
        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        if demo is not None:
            demo.__exit__(None, None, None)


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
