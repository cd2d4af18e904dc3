"""Time to verdict for a dual-stack check through the rehearsal network (root): IPv4 alone
against IPv4 and IPv6 together. Target (issue 6): the two families are checked concurrently,
so the pair is no slower than one.

    .venv/bin/python -m bench.dual_stack [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.rehearsal import (  # noqa: E402
    HTTP_PORT,
    REFLECTOR_V4,
    REFLECTOR_V6,
    Rehearsal,
    _run,
)


def timed(r: Rehearsal, runs: int, dual: bool) -> list[float]:
    """Seconds from request to verdict inside the client, without Python's start-up."""
    servers = (f"['http://{REFLECTOR_V4}:{HTTP_PORT}'], "
               + (f"['http://[{REFLECTOR_V6}]:{HTTP_PORT}']" if dual else "[]"))
    script = ("import time; from desktop_app.core.line import LineChecker; "
              f"c = LineChecker({servers}); t = time.perf_counter(); r = c.check(); "
              "print(time.perf_counter() - t, r.verdict.value)")
    out = []
    for _ in range(runs):
        proc = _run(r.pc, sys.executable, "-c", script)
        seconds, _verdict = proc.stdout.split()
        out.append(float(seconds))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        r = Rehearsal(Path(tmp))
        try:
            for label, setup in (
                    ("open resolver (red)", lambda: r.dnsmasq(None)),
                    ("WAN silently dropped (green, budget-bound)",
                     lambda: (r.dnsmasq(None), r.firewall(
                         'input iifname "wan0" ct state new drop',
                         'forward iifname "wan0" ct state new drop')))):
                setup()
                start = time.perf_counter()
                one = timed(r, args.runs, dual=False)
                both = timed(r, args.runs, dual=True)
                r.reset_router()
                print(f"{label}: IPv4 only median {statistics.median(one):.3f} s, "
                      f"IPv4+IPv6 median {statistics.median(both):.3f} s "
                      f"(n={args.runs}; {time.perf_counter() - start:.0f} s in all)")
        finally:
            r.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
