"""A polite dialog instead of vanishing: unexpected errors are logged and explained."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class CrashHandler:
    """Installed as sys.excepthook: writes the traceback to the log, shows a dialog with
    where the log is, and keeps the app alive (a second error does not stack dialogs)."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None or (self.dialog is not None
                                               and self.dialog.isVisible()):
            return
        where = (str(self.log_path) if self.log_path
                 else QCoreApplication.translate("CrashHandler", "(no log file)"))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CrashHandler", "Sorry, a problem"),
            QCoreApplication.translate(
                "CrashHandler",
                "Something unexpected went wrong. Your computer and router were not changed. "
                "Please close this message and try again. If it happens again, tell the "
                "support desk; the details were saved in:\n{0}").format(where))
        box.setObjectName("crashDialog")
        self.dialog = box
        box.open()
