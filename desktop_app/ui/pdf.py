"""Writes the plain-text report to a PDF with the bundled Japanese font."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(path: Path, report: str, family: str) -> Path:
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setTitle("Open-resolver self-check")
    writer.setCreator("openresolver-selfcheck")
    doc = QTextDocument()
    font = QFont(family)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    first, _, rest = report.partition("\n")
    doc.setHtml(f"<h2>{html.escape(first)}</h2>"
                f"<pre style='font-family: \"{family}\"; white-space: pre-wrap'>"
                f"{html.escape(rest)}</pre>")
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path} was not written")
    return path
