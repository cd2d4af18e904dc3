"""Label helpers shared by the window and the guide."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


def set_paragraph(label: QLabel, text: str) -> None:
    """Set text with a little more line spacing (Japanese reads better with air); the plain
    text is the accessible name, for screen readers and tests."""
    label.setText(f'<p style="line-height:135%; margin:0">{html.escape(text)}</p>')
    label.setAccessibleName(text)


def wrapped(label: QLabel | None = None) -> QLabel:
    """A word-wrapped, selectable label that grows in height, never in width."""
    label = label or QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label
