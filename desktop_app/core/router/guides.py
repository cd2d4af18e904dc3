"""The router guide catalogue (resources/guides/*.toml): loading, checking, matching."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

STEP_KINDS = ("open-admin", "firmware", "auto-update", "wan-off", "restart")
GUIDE_IDS = ("buffalo", "nec-aterm", "iodata", "elecom", "ntt-hgw", "tp-link", "yamaha",
             "generic")


class GuideError(Exception):
    """A guide file breaks the schema; the message names the file and the key."""


@dataclass(frozen=True)
class Step:
    kind: str
    title: dict[str, str]
    body: dict[str, str]


@dataclass(frozen=True)
class Guide:
    id: str
    maker: dict[str, str]
    upnp_manufacturer: tuple[re.Pattern[str], ...]
    upnp_model: tuple[re.Pattern[str], ...]
    oui_vendor: tuple[re.Pattern[str], ...]
    admin_urls: tuple[str, ...]
    admin_certain: bool
    admin_note: dict[str, str]
    login: dict[str, str]
    steps: tuple[Step, ...]


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GuideError(f"{where}: {key} must be a non-empty string")
    return value


def _both(data: dict[str, Any], stem: str, where: str) -> dict[str, str]:
    return {"ja": _text(data, f"{stem}_ja", where), "en": _text(data, f"{stem}_en", where)}


def _patterns(match: dict[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    values = match.get(key)
    if not isinstance(values, list):
        raise GuideError(f"{where}: [match] {key} must be a list")
    out = []
    for v in values:
        try:
            out.append(re.compile(v))
        except (re.error, TypeError) as exc:
            raise GuideError(f"{where}: [match] {key}: {v!r}: {exc}") from None
    return tuple(out)


def parse_guide(data: dict[str, Any], name: str) -> Guide:
    """Check one guide against the schema; *name* is its file name."""
    where = f"resources/guides/{name}"
    gid = _text(data, "id", where)
    if f"{gid}.toml" != name:
        raise GuideError(f"{where}: id {gid!r} does not match the file name")
    match, admin, login = data.get("match"), data.get("admin"), data.get("login")
    if not isinstance(match, dict) or not isinstance(admin, dict) or not isinstance(login,
                                                                                     dict):
        raise GuideError(f"{where}: [match], [admin] and [login] are required")
    urls = admin.get("urls")
    if not isinstance(urls, list) or not all(isinstance(u, str) and
                                             re.match(r"^https?://[^/\s]+/", u) for u in urls):
        raise GuideError(f"{where}: [admin] urls must be a list of http(s)://host/ URLs")
    if not isinstance(admin.get("certain"), bool):
        raise GuideError(f"{where}: [admin] certain must be true or false")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list):
        raise GuideError(f"{where}: [[steps]] are required")
    steps = []
    for i, s in enumerate(raw_steps):
        sw = f"{where} step {i + 1}"
        if not isinstance(s, dict) or s.get("kind") not in STEP_KINDS:
            raise GuideError(f"{sw}: kind must be one of {', '.join(STEP_KINDS)}")
        steps.append(Step(s["kind"], _both(s, "title", sw), _both(s, "body", sw)))
    if tuple(s.kind for s in steps) != STEP_KINDS:
        raise GuideError(f"{where}: steps must be, in order: {', '.join(STEP_KINDS)}")
    return Guide(
        id=gid, maker=_both(data, "maker", where),
        upnp_manufacturer=_patterns(match, "upnp_manufacturer", where),
        upnp_model=_patterns(match, "upnp_model", where),
        oui_vendor=_patterns(match, "oui_vendor", where),
        admin_urls=tuple(urls), admin_certain=admin["certain"],
        admin_note=_both(admin, "note", where),
        login={"ja": _text(login, "ja", where), "en": _text(login, "en", where)},
        steps=tuple(steps),
    )


@cache
def catalogue() -> dict[str, Guide]:
    """Every guide shipped in resources/guides, checked; generic is always there."""
    folder = resources.files("resources").joinpath("guides")
    guides: dict[str, Guide] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise GuideError(f"resources/guides/{entry.name}: {exc}") from None
            guide = parse_guide(data, entry.name)
            guides[guide.id] = guide
    if "generic" not in guides:
        raise GuideError("resources/guides/generic.toml is missing")
    return guides


@dataclass(frozen=True)
class GuideMatch:
    guide: Guide
    reason: str  # for support: what the choice was based on


def choose_guide(manufacturer: str = "", model: str = "", mac_vendor: str = "") -> GuideMatch:
    """UPnP maker or model first (they name the router itself), then the MAC's OUI maker
    (which names the network chip's maker, a weaker hint), else generic."""
    guides = catalogue()
    ordered = [g for gid in GUIDE_IDS if (g := guides.get(gid)) and gid != "generic"]
    for g in ordered:
        if model and any(p.search(model) for p in g.upnp_model):
            return GuideMatch(g, f"UPnP model {model!r}")
    for g in ordered:
        if manufacturer and any(p.search(manufacturer) for p in g.upnp_manufacturer):
            return GuideMatch(g, f"UPnP manufacturer {manufacturer!r}")
    for g in ordered:
        if mac_vendor and any(p.search(mac_vendor) for p in g.oui_vendor):
            return GuideMatch(g, f"MAC address maker {mac_vendor!r}")
    return GuideMatch(guides["generic"], "nothing identified the maker")
