"""How long router identification takes on a home network in namespaces (root), median of
N runs: with no router answering UPnP (target: under 3 s) and with miniupnpd answering.

    .venv/bin/python -m bench.router_discovery [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.homenet import HomeNetwork, RouterProfile  # noqa: E402


def timed(net: HomeNetwork, runs: int) -> tuple[list[float], list[float]]:
    walls, inner = [], []
    for _ in range(runs):
        start = time.perf_counter()
        found = net.identify()
        walls.append(time.perf_counter() - start)
        inner.append(found["seconds"])
    return walls, inner


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for label, profile in (
            ("no UPnP answer", RouterProfile("192.168.50", "02:aa:bb:cc:dd:ee", upnp=False)),
            ("miniupnpd answers", RouterProfile("192.168.11", "4c:e6:76:12:34:56",
                                                "BUFFALO INC.", "WSR-1800AX4S"))):
        with tempfile.TemporaryDirectory() as tmp:
            net = HomeNetwork(profile, Path(tmp))
            try:
                walls, inner = timed(net, args.runs)
            finally:
                net.close()
        print(f"{label:<18} discovery median {statistics.median(inner):.3f} s "
              f"(whole command incl. Python start {statistics.median(walls):.3f} s; "
              f"n={args.runs}; target 3.0 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
