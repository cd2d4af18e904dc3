"""The traffic light: colour, shape and (beside it) a word, so it reads without colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import assets

COLOURS = {"green": "#1b7f3b", "yellow": "#8a6100", "red": "#c62828", "gray": "#5f6368",
           "none": "#5f6368"}


class TrafficLight(QWidget):
    """Draws the verdict's SVG icon: green circle with a tick, yellow triangle with "!",
    red octagon with a cross, gray square with "?", a dashed ring before any check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = "none"
        self._edge = 96
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def state(self) -> str:
        return self._state

    def set_state(self, state: str, accessible_text: str) -> None:
        self._state = state
        self.setAccessibleName(accessible_text)
        self.setToolTip(accessible_text)
        self.update()

    def set_edge(self, edge: int) -> None:
        self._edge = edge
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's naming)
        return QSize(self._edge, self._edge)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = min(self.width(), self.height())
        assets.svg_renderer(f"verdict-{self._state}").render(
            painter, QRectF((self.width() - edge) / 2, (self.height() - edge) / 2, edge, edge))
        painter.end()
