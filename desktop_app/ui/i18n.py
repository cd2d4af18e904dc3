"""Language: Japanese first, English complete; chosen from the system locale, switchable."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import assets

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")


def system_language() -> str:
    """English only when the system asks for English; Japanese for everything else."""
    name = QLocale.system().name()
    return "en" if name.startswith("en") else "ja"


class LanguageSwitcher:
    """Installs the app's catalogue and Qt's own (qtbase) for one language at a time.
    Installing sends LanguageChange to every widget, which retranslates itself."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        self._data: list[bytes] = []  # QTranslator reads from these bytes; keep them alive

    @property
    def installed(self) -> int:
        """How many catalogues are installed now (the app's and Qt's own)."""
        return len(self._installed)

    def clear(self) -> None:
        """Remove every translator this switcher installed."""
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed, self._data = [], []

    def apply(self, language: str) -> None:
        language = language if language in LANGUAGES else "ja"
        self.clear()
        if language != "en":  # the source strings are English
            data = assets.translation(language)
            if data is None:
                log.error("the %s catalogue (selfcheck_%s.qm) is missing; "
                          "run scripts/build_translations", language, language)
            else:
                self._install_data(data)
            qt = QTranslator()
            if qt.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja"
                                   else QLocale.Language.English))

    def _install_data(self, data: bytes) -> None:
        tr = QTranslator()
        if tr.load(data):
            self._data.append(data)
            self.app.installTranslator(tr)
            self._installed.append(tr)
        else:
            log.error("the compiled catalogue could not be loaded")
