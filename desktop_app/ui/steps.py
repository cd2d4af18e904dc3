"""Progress as named, numbered steps: ① 接続を確認 → ② 外部から確認 → ③ 判定."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..core.client import STEP_CONNECT, STEP_PROBE, STEP_VERDICT

STEPS = (STEP_CONNECT, STEP_PROBE, STEP_VERDICT)
_NUMBERS = "①②③"


class StepsIndicator(QWidget):
    """Each step shows a mark for its state: ○ waiting, ▶ now, ✔ done (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._labels: list[QLabel] = []
        self._arrows: list[QLabel] = []
        for i in range(len(STEPS)):
            if i:
                arrow = QLabel("→")
                arrow.setAccessibleName("")
                self._arrows.append(arrow)
                layout.addWidget(arrow)
            label = QLabel()
            label.setObjectName(f"step-{STEPS[i]}")
            self._labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self._states = ["waiting"] * len(STEPS)
        self.retranslate()

    def _names(self) -> tuple[str, ...]:
        return (self.tr("Check the connection"), self.tr("Check from outside"),
                self.tr("Verdict"))

    def state_of(self, step: str) -> str:
        return self._states[STEPS.index(step)]

    def reset(self) -> None:
        self._states = ["waiting"] * len(STEPS)
        self.retranslate()

    def at(self, step: str) -> None:
        """Mark *step* as the current one and the ones before it as done."""
        i = STEPS.index(step)
        self._states = ["done"] * i + ["now"] + ["waiting"] * (len(STEPS) - i - 1)
        if step == STEP_VERDICT:
            self._states[i] = "done"
        self.retranslate()

    def retranslate(self) -> None:
        marks = {"waiting": "○", "now": "▶", "done": "✔"}
        words = {"waiting": self.tr("waiting"), "now": self.tr("in progress"),
                 "done": self.tr("done")}
        for i, (label, name) in enumerate(zip(self._labels, self._names(), strict=True)):
            state = self._states[i]
            label.setText(f"{marks[state]} {_NUMBERS[i]} {name}")
            label.setProperty("stepState", state)
            label.setAccessibleName(self.tr("Step {0} of {1}: {2}, {3}").format(
                i + 1, len(STEPS), name, words[state]))
            label.style().unpolish(label)
            label.style().polish(label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
