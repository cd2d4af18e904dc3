"""Renders resources/icons/app.svg into the icon files Windows (.ico) and macOS (.icns) want,
and writes the Windows version resource from pyproject.toml's version. Run by
scripts/build_app before PyInstaller; outputs go to build/."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({t}), prodvers=({t}), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('041104B0', [
      StringStruct('CompanyName', '{company}'),
      StringStruct('FileDescription', 'Router safety check (open-resolver self-check)'),
      StringStruct('FileVersion', '{v}'),
      StringStruct('ProductName', 'openresolver-selfcheck'),
      StringStruct('ProductVersion', '{v}')])]),
        VarFileInfo([VarStruct('Translation', [0x0411, 1200, 0x0409, 1200])])])
"""


def main() -> int:
    out = ROOT / "build"
    out.mkdir(exist_ok=True)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it for rendering)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for name in ("app.png", "app.ico", "app.icns"):
        if not image.save(str(out / name)):
            print(f"make_icons: could not write {name}", file=sys.stderr)
            return 1
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    nums = [int(x) for x in (version.split("+")[0].split(".") + ["0"] * 4)[:4]]
    (out / "version_info.txt").write_text(VERSION_INFO.format(
        t=", ".join(map(str, nums)), v=version, company="openresolver-selfcheck"),
        encoding="utf-8")
    print(f"make_icons: icons and version {version} in build/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
