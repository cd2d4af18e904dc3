"""Logging for the app: a rotating file under the user's log directory, so support can ask
for it. Handlers are configured here, once, from main()."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

APP_NAME = "openresolver-selfcheck"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure(verbose: bool = False) -> Path | None:
    """Log to <user log dir>/selfcheck.log; return its path, or None when it cannot be
    written (a read-only home must not stop the check)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = log_dir() / "selfcheck.log"
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.NullHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        root.addHandler(stream)
    return path
