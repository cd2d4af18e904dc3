"""Time from the request to the verdict on loopback, median of N runs (default 20).

Targets (issue 2): green on a silently dropped port within 3.0 s; red within 1.0 s.
For comparison: JPCERT/CC's web checker asks users to wait 20-30 s; nmap's dns-recursion
script takes 7.5 s on a silently dropped port.

    .venv/bin/python -m bench.time_to_verdict [--runs 20]

Needs root (nftables drops the port, as a stealth firewall does) and dnsmasq.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support import daemons  # noqa: E402
from tests.support.nft import Firewall  # noqa: E402
from tests.support.reflector_proc import ReflectorProcess  # noqa: E402


def timed_checks(reflector: ReflectorProcess, runs: int, expect: str) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body = requests.post(f"{reflector.url}/v1/checks", timeout=30).json()
        times.append(time.perf_counter() - start)
        if body["verdict"] != expect:
            raise SystemExit(f"expected {expect}, got {body['verdict']}: {body['summary']}")
    return times


def report(name: str, times: list[float], target: float) -> None:
    med = statistics.median(times)
    q = statistics.quantiles(times, n=10)
    ok = "meets" if med <= target else "MISSES"
    print(f"{name:<28} median {med:6.3f} s  p90 {q[-1]:6.3f} s  max {max(times):6.3f} s  "
          f"(n={len(times)}; target {target:.1f} s: {ok})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        reflector = ReflectorProcess(work / "reflector").start()
        try:
            (work / "router").mkdir()
            router = daemons.dnsmasq(work / "router", reflector.probe_port, reflector.canary)
            try:
                red = timed_checks(reflector, args.runs, "red")
            finally:
                router.stop()
            closed = timed_checks(reflector, args.runs, "green")
            fw = Firewall()
            try:
                fw.drop_incoming(reflector.probe_port)
                dropped = timed_checks(reflector, args.runs, "green")
            finally:
                fw.close()
        finally:
            reflector.stop()
    print("time to verdict on loopback (HTTP request to JSON verdict, client side)")
    report("red (dnsmasq open resolver)", red, 1.0)
    report("green (closed port)", closed, 3.0)
    report("green (silently dropped)", dropped, 3.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
