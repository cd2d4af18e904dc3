"""The customer's window: one large button, named steps, the verdict, the support code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.branding import Branding
from ..core.connectivity import reachable
from ..core.line import LineChecker
from ..core.report import build_report
from ..core.result import CheckResult, Verdict
from ..core.router.identify import RouterIdentity, identify
from . import assets
from .i18n import LanguageSwitcher
from .memory import Memory
from .pdf import write_pdf
from .result_view import ResultView
from .steps import StepsIndicator
from .style import stylesheet
from .text import set_paragraph
from .wizard import GuideWizard
from .worker import CheckRunner

log = logging.getLogger(__name__)

LARGE_TEXT_FACTOR = 1.4


class MainWindow(QMainWindow):
    """Collaborators are passed in: the client factory, branding, memory, language switcher."""

    result_shown = Signal(object)  # CheckResult, after it is on screen

    def __init__(self, *, client_factory: Callable[[], LineChecker], branding: Branding,
                 memory: Memory, languages: LanguageSwitcher, base_point_size: float,
                 log_path: Path | None = None,
                 identify_fn: Callable[[], RouterIdentity] | None = None,
                 reflector_url: str | None = None,
                 open_url: Callable[[QUrl], object] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.branding = branding
        self.memory = memory
        self.languages = languages
        self.base_pt = base_point_size
        self.log_path = log_path
        self.identify_fn = identify_fn or identify
        self.reflector_url = reflector_url
        self.open_url = open_url or QDesktopServices.openUrl
        self.wizard: GuideWizard | None = None
        self.runner = CheckRunner(client_factory, self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.setWindowIcon(assets.icon("app"))

        self.isp = QLabel()
        self.isp.setObjectName("ispName")
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_check)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.cancel_button.setVisible(False)
        self.steps = StepsIndicator()
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)  # moving without a percentage: we cannot know one
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.result_view = ResultView(branding)
        self.result_view.setVisible(False)
        self.result_view.guide_requested.connect(self.open_guide)
        self.result_view.copy_code_requested.connect(self.copy_code)
        self.result_view.copy_report_requested.connect(self.copy_report)
        self.result_view.save_requested.connect(self._ask_save_pdf)
        self.footer = QLabel()
        self.footer.setObjectName("footer")
        self.footer.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.cancel_button)
        body = QWidget()
        body.setObjectName("body")
        col = QVBoxLayout(body)
        col.setContentsMargins(28, 20, 28, 20)
        col.setSpacing(14)
        for w in (self.isp, self.title, self.intro):
            col.addWidget(w)
        col.addLayout(buttons)
        col.addWidget(self.steps)
        col.addWidget(self.busy)
        col.addWidget(self.status)
        col.addWidget(self.result_view)
        col.addStretch(1)
        col.addWidget(self.footer)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.setCentralWidget(scroll)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_check)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, activated=self._enter)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, activated=self._enter)
        self._build_menus()
        self.setTabOrder(self.start_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.result_view.copy_code)
        self.setTabOrder(self.result_view.copy_code, self.result_view.copy_report)
        self.setTabOrder(self.result_view.copy_report, self.result_view.save)
        self.setTabOrder(self.result_view.save, self.result_view.details_toggle)
        self.result_view.set_language(languages.language)
        self.apply_text_size(memory.large_text)
        self.retranslate()
        self.resize(760, 860)
        self.start_button.setFocus()

    # ---- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.view_menu = bar.addMenu("")
        self.large_action = QAction(self, checkable=True)
        self.large_action.setObjectName("largeText")
        self.large_action.setShortcut(QKeySequence("Ctrl++"))
        self.large_action.setChecked(self.memory.large_text)
        self.large_action.toggled.connect(self.apply_text_size)
        self.view_menu.addAction(self.large_action)
        self.lang_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, label in (("ja", "日本語"), ("en", "English")):
            act = QAction(label, self, checkable=True)
            act.setObjectName(f"lang-{code}")
            act.setChecked(code == self.languages.language)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(act)
            self.lang_menu.addAction(act)
            self.lang_actions[code] = act
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.triggered.connect(self.open_guide)
        self.help_menu.addAction(self.guide_action)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self._open_log_folder)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)

    # ---- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.languages.language
        b = self.branding
        self.setWindowTitle(self.tr("Router safety check — {0}").format(b.name(lang)))
        self.isp.setText(b.name(lang))
        self.title.setText(self.tr("Is your router safe from outside misuse?"))
        intro = self.tr(
            "Press the button. Our server on the internet will knock on your line from "
            "outside and tell you in a few seconds whether your router can be misused. "
            "Nothing on your computer or router is changed.")
        set_paragraph(self.intro, intro)
        self.start_button.setText(self.tr("Start the check") if self.result_view.result is None
                                  else self.tr("Check again"))
        self.start_button.setAccessibleName(self.tr("Start the check (Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the check (Esc)"))
        self.footer.setText(self.tr("Questions: {0}, {1}").format(
            b.support_phone, b.support_hours(lang)))
        self.view_menu.setTitle(self.tr("&View"))
        self.large_action.setText(self.tr("&Larger text"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&Router guide"))
        self.log_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About this app"))
        self.steps.retranslate()
        self.result_view.set_language(lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.languages.apply(language)
        self.memory.language = language
        self.lang_actions[self.languages.language].setChecked(True)
        self.retranslate()
        if self.wizard is not None:
            self.wizard.set_language(self.languages.language)

    # ---- router guide ------------------------------------------------------------------------
    def open_guide(self) -> GuideWizard:
        """Open (or bring back) the step-by-step router guide."""
        if self.wizard is None:
            current = self.result_view.result
            before = current.verdict if current and current.verdict is not Verdict.GRAY \
                else None
            self.wizard = GuideWizard(
                identify_fn=self.identify_fn, settings=self.memory.settings,
                language=self.languages.language, before=before,
                reflector_url=self.reflector_url, probe=reachable, open_url=self.open_url,
                parent=self)
            self.wizard.setStyleSheet(self.styleSheet())
            self.wizard.recheck_requested.connect(self.start_check)
            self.wizard.start()
        self.wizard.show()
        self.wizard.raise_()
        return self.wizard

    def apply_text_size(self, large: bool) -> None:
        self.memory.large_text = large
        if self.large_action.isChecked() != large:
            self.large_action.setChecked(large)
        pt = self.base_pt * (LARGE_TEXT_FACTOR if large else 1.0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = app.font()
            font.setPointSizeF(pt)
            app.setFont(font)
            self.setFont(font)
        self.setStyleSheet(stylesheet(pt))
        self.result_view.scale_fonts(pt)
        if self.wizard is not None:
            self.wizard.setStyleSheet(self.styleSheet())

    # ---- the check -----------------------------------------------------------------------
    def _enter(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.start_button:
            focus.click()
        elif not self.runner.running:
            self.start_check()

    def start_check(self) -> None:
        if self.runner.running:
            return
        self.status.setText(self.tr("Checking… this takes a few seconds."))
        self.status.setAccessibleName(self.status.text())
        self.steps.reset()
        self.start_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.busy.setVisible(True)
        self.cancel_button.setFocus()
        self.runner.start()

    def cancel_check(self) -> None:
        if not self.runner.running:
            return
        self.runner.cancel()
        self._idle()
        self.steps.reset()
        self.status.setText(self.tr("The check was cancelled. Press the button to start "
                                    "again."))

    def _idle(self) -> None:
        self.busy.setVisible(False)
        self.start_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.start_button.setFocus()

    def _on_progress(self, step: str) -> None:
        self.steps.at(step)

    def _on_finished(self, result: CheckResult) -> None:
        previous = self.memory.previous()
        self.memory.remember(result)
        self.steps.at("verdict")
        self.status.setText("")
        self.result_view.show_result(result, previous)
        self.result_view.setVisible(True)
        self._idle()
        self.retranslate()
        if self.wizard is not None:
            self.wizard.show_check_result(result)
        self.result_shown.emit(result)

    # ---- report ----------------------------------------------------------------------------
    def report_text(self) -> str:
        r = self.result_view.result
        return "" if r is None else build_report(r, self.branding, self.languages.language)

    def copy_code(self) -> None:
        r = self.result_view.result
        if r is not None and r.support_code:
            QGuiApplication.clipboard().setText(r.support_code)
            self._flash(self.tr("The support code was copied."))

    def copy_report(self) -> None:
        text = self.report_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._flash(self.tr("The result was copied. You can paste it into an e-mail."))

    def save_pdf(self, path: str | Path) -> Path:
        out = write_pdf(Path(path), self.report_text(), assets.load_fonts())
        self._flash(self.tr("Saved: {0}").format(str(out)))
        return out

    def _ask_save_pdf(self) -> None:
        r = self.result_view.result
        if r is None:
            return
        stamp = r.checked_at.astimezone().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the result"), f"selfcheck-{stamp}.pdf", "PDF (*.pdf)")
        if path:
            try:
                self.save_pdf(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Could not save"),
                                    self.tr("The file could not be saved: {0}").format(
                                        exc.strerror or str(exc)))

    def _flash(self, text: str) -> None:
        self.status.setText(text)
        QTimer.singleShot(6000, lambda: self.status.text() == text and self.status.setText(""))

    # ---- help ------------------------------------------------------------------------------
    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About this app"), self.tr(
            "Router safety check {0}\nFont: BIZ UDGothic (SIL Open Font License 1.1)").format(
                __version__))

    # ---- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Hide at once; then wait for a running request so no thread outlives the window.
        self.hide()
        if self.wizard is not None:
            self.wizard.close()
        self.runner.shutdown()
        event.accept()
