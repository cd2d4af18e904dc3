"""Running a platform's own network commands, quietly and with a timeout."""

from __future__ import annotations

import logging
import subprocess
import sys

log = logging.getLogger(__name__)


def run(argv: list[str], timeout: float = 3.0) -> str:
    """Output of *argv*, or "" when it is missing, fails or takes too long."""
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":  # no console window flashing up in a windowed app
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=timeout, check=False,
                              **kwargs)  # type: ignore[call-overload]
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.info("%s: %s", argv[0], exc)
        return ""
    out: bytes = proc.stdout
    for encoding in ("utf-8", "cp932"):  # Japanese Windows prints cp932
        try:
            return out.decode(encoding)
        except UnicodeDecodeError:
            continue
    return out.decode("utf-8", "replace")
