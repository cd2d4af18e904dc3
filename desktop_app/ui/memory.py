"""What the app remembers between runs (QSettings): the last verdict, language, text size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..core.result import CheckResult, Verdict


@dataclass(frozen=True)
class Previous:
    verdict: Verdict
    checked_at: dt.datetime
    support_code: str


class Memory:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def previous(self) -> Previous | None:
        s = self.settings
        try:
            verdict = Verdict(str(s.value("last/verdict", "")))
            when = dt.datetime.fromisoformat(str(s.value("last/checked_at", "")))
        except ValueError:
            return None
        return Previous(verdict, when, str(s.value("last/support_code", "")))

    def remember(self, result: CheckResult) -> None:
        """Keep completed checks only: "could not check" says nothing about the line."""
        if result.verdict is Verdict.GRAY:
            return
        self.settings.setValue("last/verdict", result.verdict.value)
        self.settings.setValue("last/checked_at", result.checked_at.isoformat())
        self.settings.setValue("last/support_code", result.support_code or "")
        self.settings.sync()

    @property
    def language(self) -> str | None:
        value = self.settings.value("ui/language")
        return str(value) if value in ("ja", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value)

    @property
    def large_text(self) -> bool:
        return str(self.settings.value("ui/large_text", "false")).lower() == "true"

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self.settings.setValue("ui/large_text", "true" if value else "false")
