"""Runs checks off the UI thread and reports back with signals carrying plain values."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.errors import CheckFailed
from ..core.line import LineChecker
from ..core.result import CheckResult

log = logging.getLogger(__name__)


class _Job(QObject):
    progress = Signal(int, str)  # run id, step name
    done = Signal(int, object)  # run id, CheckResult

    def __init__(self, run_id: int, client: LineChecker) -> None:
        super().__init__()
        self.run_id = run_id
        self.client = client

    @Slot()
    def run(self) -> None:
        try:
            result = self.client.check(progress=lambda step: self.progress.emit(self.run_id,
                                                                                step))
        except Exception as exc:  # never let a bug kill the thread silently: gray, logged
            log.exception("check failed unexpectedly")
            result = CheckResult.gray(CheckFailed("bad_response", f"internal error: {exc}"))
        self.done.emit(self.run_id, result)


class CheckRunner(QObject):
    """One check at a time for the window. ``cancel()`` returns at once: the result of a
    cancelled run is dropped when it arrives. ``shutdown()`` waits for every thread."""

    progress = Signal(str)  # "connect", "probe", "verdict"
    finished = Signal(object)  # CheckResult
    cancelled = Signal()

    def __init__(self, client_factory: Callable[[], LineChecker],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = client_factory
        self._run_id = 0
        self._current: int | None = None
        self._threads: dict[int, tuple[QThread, _Job]] = {}

    @property
    def running(self) -> bool:
        return self._current is not None

    def active_threads(self) -> int:
        return sum(1 for t, _ in self._threads.values() if t.isRunning())

    def start(self) -> None:
        if self.running:
            return
        self._run_id += 1
        run_id = self._run_id
        thread = QThread()
        thread.setObjectName(f"check-{run_id}")
        job = _Job(run_id, self._factory())
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.done.connect(thread.quit)
        thread.finished.connect(lambda: self._forget(run_id))
        self._threads[run_id] = (thread, job)
        self._current = run_id
        thread.start()

    def cancel(self) -> None:
        if self._current is not None:
            log.info("check %d cancelled by the user", self._current)
            self._current = None
            self.cancelled.emit()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Drop every pending result and wait for the threads; True when all ended."""
        self._current = None
        ok = True
        for thread, _job in list(self._threads.values()):
            thread.quit()
            ok = thread.wait(timeout_ms) and ok
        self._threads.clear()
        return ok

    @Slot(int, str)
    def _on_progress(self, run_id: int, step: str) -> None:
        if run_id == self._current:
            self.progress.emit(step)

    @Slot(int, object)
    def _on_done(self, run_id: int, result: CheckResult) -> None:
        if run_id != self._current:
            return
        self._current = None
        self.finished.emit(result)

    def _forget(self, run_id: int) -> None:
        entry = self._threads.pop(run_id, None)
        if entry is not None:
            entry[1].deleteLater()
            entry[0].deleteLater()
