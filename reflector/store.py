"""SQLite store of every check. A check is committed before its response is sent."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS checks (
    check_id     TEXT PRIMARY KEY,
    support_code TEXT NOT NULL UNIQUE,
    created_at   REAL NOT NULL,
    client_ip    TEXT NOT NULL,
    verdict      TEXT NOT NULL,
    reason       TEXT,
    result_json  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checks_created ON checks (created_at);
CREATE INDEX IF NOT EXISTS checks_client ON checks (client_ip, created_at);
"""


class DuplicateCode(Exception):
    """The support code is already taken; draw another."""


class Store:
    """A small thread-safe wrapper over one SQLite file (WAL, synchronous=FULL)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def save(self, result: dict[str, Any], client_ip: str) -> None:
        """Commit one check; raise DuplicateCode when its support code exists already."""
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (result["check_id"], result["support_code"], time.time(), client_ip,
                     result["verdict"], result.get("reason"),
                     json.dumps(result, ensure_ascii=False)),
                )
            except sqlite3.IntegrityError as exc:
                if "support_code" in str(exc):
                    raise DuplicateCode(result["support_code"]) from None
                raise

    def get(self, check_id: str) -> dict[str, Any] | None:
        return self._one("SELECT result_json FROM checks WHERE check_id = ?", check_id)

    def by_support_code(self, code: str) -> dict[str, Any] | None:
        return self._one("SELECT result_json FROM checks WHERE support_code = ?", code)

    def _one(self, sql: str, arg: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(sql, (arg,)).fetchone()
        return None if row is None else json.loads(row[0])

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM checks").fetchone()[0])

    def purge(self, older_than_days: int) -> int:
        cutoff = time.time() - older_than_days * 86400
        with self._lock:
            return self._db.execute("DELETE FROM checks WHERE created_at < ?", (cutoff,)).rowcount

    def healthy(self) -> bool:
        try:
            with self._lock:
                self._db.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        with self._lock:
            self._db.close()
