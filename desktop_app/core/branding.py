"""ISP branding (name, support phone and hours, reflector URLs) from resources/branding.toml.

The file is data, not code: another ISP ships the same app with its own file. A file given by
the SELFCHECK_BRANDING environment variable replaces the shipped one.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class BrandingError(Exception):
    """The branding file is missing a value or is not valid TOML; the message names it."""


@dataclass(frozen=True)
class Branding:
    name_ja: str
    name_en: str
    support_phone: str
    support_hours_ja: str
    support_hours_en: str
    reflector_urls: tuple[str, ...]  # IPv4 (or family-agnostic) endpoints
    reflector_ipv6_urls: tuple[str, ...] = ()  # AAAA-only endpoints; empty: IPv6 not checked

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_ja

    def support_hours(self, language: str) -> str:
        return self.support_hours_en if language == "en" else self.support_hours_ja


def load_branding(path: str | Path | None = None) -> Branding:
    path = path or os.environ.get("SELFCHECK_BRANDING")
    try:
        if path:
            raw = Path(path).read_bytes()
            where = str(path)
        else:
            raw = resources.files("resources").joinpath("branding.toml").read_bytes()
            where = "resources/branding.toml"
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, ImportError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BrandingError(f"branding file {path or 'resources/branding.toml'}: {exc}") from None
    return _parse(data, where)


def _parse(data: dict[str, Any], where: str) -> Branding:
    def get(table: str, key: str) -> Any:
        try:
            value = data[table][key]
        except (KeyError, TypeError):
            raise BrandingError(f"{where}: [{table}] {key} is missing") from None
        if not value:
            raise BrandingError(f"{where}: [{table}] {key} is empty")
        return value

    def url_list(key: str, required: bool) -> list[str]:
        value = data.get("reflector", {}).get(key) if required is False else get("reflector",
                                                                                   key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(
                isinstance(u, str) and u.startswith(("https://", "http://")) for u in value):
            raise BrandingError(f"{where}: [reflector] {key} must be a list of http(s) URLs")
        return value

    reflector = data.get("reflector")
    if isinstance(reflector, dict) and "ipv4_urls" in reflector:
        urls = url_list("ipv4_urls", True)
    else:
        urls = url_list("urls", True)
    v6_urls = url_list("ipv6_urls", False)
    return Branding(
        name_ja=str(get("isp", "name_ja")), name_en=str(get("isp", "name_en")),
        support_phone=str(get("isp", "support_phone")),
        support_hours_ja=str(get("isp", "support_hours_ja")),
        support_hours_en=str(get("isp", "support_hours_en")),
        reflector_urls=tuple(urls), reflector_ipv6_urls=tuple(v6_urls),
    )
