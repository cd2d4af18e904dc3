"""Support codes: nine digits a customer reads out on the phone, like ``482-193-075``.

Eight digits are drawn from the OS's cryptographic generator, so one code says nothing about
another; the ninth is a Damm check digit, which catches every single-digit slip and every
swap of two neighbouring digits that an agent might make while typing what they hear.
"""

from __future__ import annotations

import re
import secrets

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def _damm(digits: str) -> int:
    interim = 0
    for d in digits:
        interim = _DAMM[interim][int(d)]
    return interim


def new_code() -> str:
    body = f"{secrets.randbelow(10**8):08d}"
    digits = body + str(_damm(body))
    return f"{digits[0:3]}-{digits[3:6]}-{digits[6:9]}"


def normalize(text: str) -> str | None:
    """Return the canonical form of a code as typed (spaces, dashes, full-width digits
    allowed), or None when it is not a valid code."""
    digits = re.sub(r"\D", "", text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if len(digits) != 9 or _damm(digits) != 0:
        return None
    return f"{digits[0:3]}-{digits[3:6]}-{digits[6:9]}"
