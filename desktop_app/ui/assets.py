"""Bundled resources (fonts, icons, compiled translations) read through importlib.resources,
never through hand-built paths, so the same code works from source and when frozen."""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase, QIcon, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")


class MissingResource(Exception):
    """A file that must be in the bundle is not; the message names it."""


def read(*parts: str) -> bytes:
    node = resources.files("resources")
    for p in parts:
        node = node.joinpath(p)
    try:
        return node.read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise MissingResource(f"resources/{'/'.join(parts)} is missing from the app") from exc


@cache
def load_fonts() -> str:
    """Register BIZ UDGothic with Qt and return its family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(read("fonts", name)))
        if font_id < 0:
            raise MissingResource(f"resources/fonts/{name} could not be loaded")
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


@cache
def svg_renderer(name: str) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(read("icons", f"{name}.svg")))
    if not renderer.isValid():
        raise MissingResource(f"resources/icons/{name}.svg is not a valid SVG")
    return renderer


def icon(name: str, size: int = 256) -> QIcon:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    svg_renderer(name).render(painter)
    painter.end()
    return QIcon(pix)


def translation(language: str) -> bytes | None:
    """The compiled catalogue for *language*, or None when it was not built."""
    try:
        return read("i18n", f"selfcheck_{language}.qm")
    except MissingResource:
        return None
