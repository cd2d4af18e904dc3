"""Figures for the built bundle (scripts/build_app first): size on disk, size as an
xz-compressed archive as an installer would pack it, launch-to-window time and resident
memory of the frozen app.

Targets (issue 5): under 135 MB on disk, under 40 MB compressed, under 1.0 s to a window
(median of 10), under 150 MB resident.

    .venv/bin/python -m bench.bundle [--runs 10] [--dist dist/selfcheck]
"""

from __future__ import annotations

import argparse
import io
import lzma
import os
import sys
import tarfile
from pathlib import Path

from bench.window_startup import one_run, report

ROOT = Path(__file__).resolve().parent.parent


def tree_size(path: Path) -> tuple[int, int]:
    """(apparent bytes, bytes allocated on disk) of everything under *path*."""
    apparent = allocated = 0
    for dirpath, _dirs, files in os.walk(path):
        for f in files:
            st = os.lstat(os.path.join(dirpath, f))
            apparent += st.st_size
            allocated += st.st_blocks * 512
    return apparent, allocated


def xz_size(path: Path) -> int:
    buf = io.BytesIO()
    with lzma.open(buf, "wb", preset=9 | lzma.PRESET_EXTREME) as xz, \
            tarfile.open(fileobj=xz, mode="w") as tar:
        tar.add(path, arcname=path.name)
    return buf.tell()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "selfcheck")
    args = parser.parse_args()
    exe = args.dist / "selfcheck"
    if not exe.exists():
        print(f"no bundle at {args.dist}; run scripts/build_app first", file=sys.stderr)
        return 1
    apparent, allocated = tree_size(args.dist)
    mib = 1024 * 1024
    print(f"size on disk: {apparent / mib:.1f} MiB ({apparent / 1e6:.1f} MB) apparent, "
          f"{allocated / mib:.1f} MiB allocated (target 135 MB)")
    packed = xz_size(args.dist)
    print(f"xz -9e archive: {packed / mib:.1f} MiB ({packed / 1e6:.1f} MB) (target 40 MB)")
    one_run([str(exe)])  # warm the file cache
    report([one_run([str(exe)]) for _ in range(args.runs)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
