"""Time from launch to a visible window, and the window's resident memory, from source.

Targets (issue 3): under 1.0 s (median of 10) and under 150 MB. The app is started as a
customer starts it (``python -m desktop_app``) on the offscreen platform; it prints when its
window is shown and painted, and its VmRSS then, and quits.

    .venv/bin/python -m bench.window_startup [--runs 10] [-- command ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def one_run(cmd: list[str]) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SELFCHECK_QUIT_AFTER_SHOW="1",
               SELFCHECK_SERVER="http://127.0.0.1:9")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown_after="):
            shown = time.perf_counter() - start
            rss = float(line.split("rss_mb=")[1])
            break
    else:
        raise SystemExit(f"the window never reported itself shown (exit {proc.wait()})")
    proc.wait(30)
    return shown, rss


def report(runs: list[tuple[float, float]]) -> None:
    """Print the median start-up time and memory of (seconds, MB) runs."""
    times = [t for t, _ in runs]
    rss = [r for _, r in runs]
    print(f"launch to visible window: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s (n={len(times)}; target 1.0 s)")
    print(f"resident memory with the window open: median {statistics.median(rss):.1f} MB, "
          f"max {max(rss):.1f} MB (target 150 MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("command", nargs="*", help="default: python -m desktop_app")
    args = parser.parse_args()
    cmd = args.command or [sys.executable, "-m", "desktop_app"]
    one_run(cmd)  # warm the file cache, as a second start by a customer would be
    report([one_run(cmd) for _ in range(args.runs)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
