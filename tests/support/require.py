"""Skipping with a clear message where this machine cannot host a test's parts (no root, no
namespaces); CI sets SELFCHECK_REQUIRE_NAMESPACES=1, which turns every such skip into a
failure, because CI's machine can."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def cannot(message: str) -> NoReturn:
    if os.environ.get("SELFCHECK_REQUIRE_NAMESPACES") == "1":
        pytest.fail(f"{message} (and SELFCHECK_REQUIRE_NAMESPACES=1 forbids skipping)")
    pytest.skip(message)
