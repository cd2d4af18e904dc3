"""desktop_app.core and reflector stay free of Qt widgets (DESIGN.md, STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6.QtWidgets", "PySide6.QtGui", "desktop_app.ui")


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_reflector_never_import_widgets() -> None:
    files = [*(ROOT / "desktop_app" / "core").rglob("*.py"), *(ROOT / "reflector").rglob("*.py")]
    assert len(files) > 10
    for f in files:
        bad = {n for n in imports(f) if n.startswith(FORBIDDEN) or n == "PySide6"}
        assert not bad, f"{f.relative_to(ROOT)} imports {bad}"
