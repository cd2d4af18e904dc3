"""The verdict area: light, word, plain sentences, address, time, support code, details."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.branding import Branding
from ..core.messages import family_text, message_for, verdict_word
from ..core.report import finding_lines
from ..core.result import CheckResult
from .light import COLOURS, TrafficLight
from .memory import Previous
from .text import set_paragraph, wrapped


class ResultView(QFrame):
    """Shows one CheckResult. Emits copy/save requests; knows nothing about the network."""

    guide_requested = Signal()
    copy_code_requested = Signal()
    copy_report_requested = Signal()
    save_requested = Signal()

    def __init__(self, branding: Branding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultView")
        self.branding = branding
        self.language = "ja"
        self.result: CheckResult | None = None
        self.previous: Previous | None = None

        self.light = TrafficLight()
        self.word = QLabel()
        self.word.setObjectName("verdictWord")
        self.headline = wrapped(QLabel())
        self.headline.setObjectName("headline")
        self.explanation = wrapped(QLabel())
        self.next_step = wrapped(QLabel())
        self.next_step.setObjectName("nextStep")
        self.compare = wrapped(QLabel())
        self.compare.setObjectName("compare")

        self.families = QWidget()
        self.families.setObjectName("families")
        self._family_grid = QGridLayout(self.families)
        self._family_grid.setContentsMargins(0, 0, 0, 0)
        self.family_rows: list[tuple[TrafficLight, QLabel]] = []
        self.address_title, self.address = QLabel(), wrapped(QLabel())
        self.time_title, self.time = QLabel(), wrapped(QLabel())
        self.error_title, self.error = QLabel(), wrapped(QLabel())
        self.code_title = wrapped(QLabel())
        self.code = QLabel()
        self.code.setObjectName("supportCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_code = QPushButton()
        self.copy_code.setObjectName("copyCode")
        self.copy_code.clicked.connect(self.copy_code_requested)

        self.guide_button = QPushButton()
        self.guide_button.setObjectName("guideButton")
        self.guide_button.clicked.connect(self.guide_requested)
        self.copy_report = QPushButton()
        self.copy_report.setObjectName("copyReport")
        self.copy_report.clicked.connect(self.copy_report_requested)
        self.save = QPushButton()
        self.save.setObjectName("savePdf")
        self.save.clicked.connect(self.save_requested)

        self.details_toggle = QToolButton()
        self.details_toggle.setObjectName("detailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.toggled.connect(self._toggle_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(mono)

        top = QHBoxLayout()
        top.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.word)
        words.addWidget(self.headline)
        top.addLayout(words, 1)

        grid = QGridLayout()
        grid.addWidget(self.address_title, 0, 0)
        grid.addWidget(self.address, 0, 1)
        grid.addWidget(self.time_title, 1, 0)
        grid.addWidget(self.time, 1, 1)
        grid.addWidget(self.error_title, 2, 0)
        grid.addWidget(self.error, 2, 1)
        grid.setColumnStretch(1, 1)

        code_box = QFrame()
        code_box.setObjectName("codeBox")
        code_col = QVBoxLayout(code_box)
        code_col.addWidget(self.code_title)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_code, 0, Qt.AlignmentFlag.AlignVCenter)
        code_col.addLayout(code_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_report)
        buttons.addWidget(self.save)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.next_step)
        layout.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.compare)
        layout.addWidget(self.families)
        layout.addLayout(grid)
        layout.addWidget(code_box)
        layout.addLayout(buttons)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details)
        self._code_box = code_box
        self.retranslate()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    def show_result(self, result: CheckResult, previous: Previous | None) -> None:
        self.result, self.previous = result, previous
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def scale_fonts(self, base_pt: float) -> None:
        self.light.set_edge(round(base_pt * 8))
        for widget, factor, bold in ((self.word, 2.4, True), (self.headline, 1.35, True),
                                     (self.code, 2.0, True), (self.next_step, 1.0, True)):
            f = widget.font()
            f.setPointSizeF(base_pt * factor)
            f.setBold(bold)
            widget.setFont(f)

    def retranslate(self) -> None:
        lang = self.language
        self.copy_code.setText(self.tr("Copy code"))
        self.copy_code.setAccessibleName(self.tr("Copy the support code"))
        self.guide_button.setText(self.tr("Show me how to fix the router"))
        self.guide_button.setAccessibleName(self.tr("Open the step-by-step router guide"))
        self.copy_report.setText(self.tr("Copy result"))
        self.copy_report.setAccessibleName(self.tr("Copy the whole result as text"))
        self.save.setText(self.tr("Save as PDF…"))
        self.save.setAccessibleName(self.tr("Save the result as a PDF file"))
        self.details_toggle.setText(self.tr("Technical details"))
        self.details_toggle.setAccessibleName(self.tr("Show or hide the technical details"))
        self.details.setAccessibleName(self.tr("Technical details for support staff"))
        self.address_title.setText(self.tr("Address checked:"))
        self.time_title.setText(self.tr("Checked at:"))
        self.error_title.setText(self.tr("Error code:"))
        self.code_title.setText(self.tr("Support code (tell this to the support desk)"))
        r = self.result
        if r is None:
            return
        msg = message_for(r, lang, self.branding.name(lang))
        colour = COLOURS[r.verdict.value]
        self.light.set_state(r.verdict.value, self.tr("Verdict: {0}").format(msg.word))
        self.word.setText(f"{msg.symbol} {msg.word}")
        self.word.setStyleSheet(f"color: {colour};")
        self.word.setAccessibleName(self.tr("Verdict: {0}").format(msg.word))
        self.headline.setText(msg.headline)
        self.guide_button.setVisible(r.verdict.value in ("red", "yellow"))
        set_paragraph(self.explanation, msg.explanation)
        set_paragraph(self.next_step, self.tr("What to do: {0}").format(msg.next_step))
        self.address.setText(r.public_ip or "—")
        self._show_families(r, lang)
        when = r.checked_at.astimezone()
        self.time.setText(when.strftime("%Y-%m-%d %H:%M:%S"))
        self.error.setText(r.reason or "")
        self.error_title.setVisible(bool(r.reason))
        self.error.setVisible(bool(r.reason))
        self._code_box.setVisible(bool(r.support_code))
        self.code.setText(r.support_code or "")
        self.code.setAccessibleName(self.tr("Support code {0}").format(
            " ".join(r.support_code or "")))
        if self.previous is not None and self.previous.support_code != r.support_code:
            before = verdict_word(self.previous.verdict, lang)
            self.compare.setText(self.tr("Last time: {0} ({1}) → This time: {2}").format(
                before, self.previous.checked_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                msg.word))
            self.compare.setVisible(True)
        else:
            self.compare.setVisible(False)
        lines = [r.summary] if r.summary else []
        if r.detail:
            lines.append(r.detail)
        if r.server:
            lines.append(f"server: {r.server}")
        for f in r.findings:
            lines += finding_lines(f)
        self.details.setPlainText("\n".join(lines) or self.tr("No technical details."))

    def _show_families(self, r: CheckResult, lang: str) -> None:
        """IPv4 and IPv6 each with its own small light, word and address."""
        while len(self.family_rows) < len(r.families):
            light, label = TrafficLight(), wrapped(QLabel())
            row = len(self.family_rows)
            self._family_grid.addWidget(light, row, 0, Qt.AlignmentFlag.AlignTop)
            self._family_grid.addWidget(label, row, 1)
            self.family_rows.append((light, label))
        self._family_grid.setColumnStretch(1, 1)
        for i, (light, label) in enumerate(self.family_rows):
            if i >= len(r.families):
                light.hide()
                label.hide()
                continue
            fam = r.families[i]
            text = family_text(fam, lang)
            state = fam.result.verdict.value if fam.result is not None else "none"
            light.set_state(state, text)
            light.set_edge(round(self.font().pointSizeF() * 2.2))
            label.setText(text)
            label.setAccessibleName(text)
            light.show()
            label.show()
        self.families.setVisible(bool(r.families))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
