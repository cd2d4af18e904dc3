"""Small helpers to run a plain function off the UI thread and get its value back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:  # a failed probe is a value, never a dead thread
            log.exception("background call failed")
            value = exc
        self.relay.done.emit(value)


class Background(QObject):
    """Runs calls on a private thread pool; ``wait()`` before the owner goes away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(value: Any) -> None:
            self._relays.discard(relay)
            on_done(value)

        relay.done.connect(finish)
        self.pool.start(_Call(fn, relay))

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def wait(self, ms: int = 10_000) -> bool:
        return self.pool.waitForDone(ms)
