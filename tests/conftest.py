"""Shared fixtures: the real reflector and helpers for real router daemons."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.support.nft import Firewall  # noqa: E402
from tests.support.reflector_proc import ReflectorProcess  # noqa: E402


@pytest.fixture(scope="session")
def reflector(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReflectorProcess]:
    """One real reflector for the session; tests put their 'router' on its probe port."""
    proc = ReflectorProcess(tmp_path_factory.mktemp("reflector")).start()
    yield proc
    proc.stop()


@pytest.fixture
def make_reflector(tmp_path: Path) -> Iterator:
    """A reflector with its own settings, for limits and access tests."""
    started: list[ReflectorProcess] = []

    def make(**kwargs: object) -> ReflectorProcess:
        proc = ReflectorProcess(tmp_path / f"reflector{len(started)}", **kwargs)  # type: ignore[arg-type]
        started.append(proc)
        return proc.start()

    yield make
    for proc in started:
        proc.stop()


@pytest.fixture
def firewall() -> Iterator[Firewall]:
    fw = Firewall()
    yield fw
    fw.close()


@pytest.fixture
def router_dir(tmp_path: Path) -> Path:
    d = tmp_path / "router"
    d.mkdir()
    return d


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Opens the real window (offscreen) with its own settings file; closes it after."""
    from PySide6.QtCore import QSettings

    from desktop_app.core.branding import load_branding
    from desktop_app.ui.app import build_window, make_app
    from desktop_app.ui.i18n import LanguageSwitcher

    app = make_app()
    switcher = LanguageSwitcher(app)

    def make(url: str, language: str = "ja", ini: str = "settings",
             **kwargs: object) -> object:
        settings = QSettings(str(tmp_path / f"{ini}.ini"), QSettings.Format.IniFormat)
        window = build_window(app, load_branding(), [url], settings, language=language,
                              languages=switcher, **kwargs)  # type: ignore[arg-type]
        qtbot.add_widget(window)
        window.show()
        window.windowHandle().requestActivate()
        qtbot.wait_until(window.isActiveWindow, timeout=5000)
        return window

    yield make
    switcher.clear()
    make_app().setFont(make_app().font())
