"""UPnP: ask the gateway, and only the gateway, for its Internet Gateway Device description.

An SSDP M-SEARCH goes to the gateway directly (unicast, UPnP 1.1) and to the SSDP multicast
group; answers from any other address are ignored, and so is a description whose LOCATION
is not on the gateway. The description is read with defusedxml, with short timeouts and a
size cap, because it comes from the network.
"""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import asdict, dataclass
from urllib.parse import urljoin, urlsplit

import requests
from defusedxml import ElementTree

log = logging.getLogger(__name__)

SSDP_GROUP = ("239.255.255.250", 1900)
SEARCH_TARGETS = ("urn:schemas-upnp-org:device:InternetGatewayDevice:1",
                  "urn:schemas-upnp-org:device:InternetGatewayDevice:2")
MAX_DESCRIPTION_BYTES = 256 * 1024
_NS = "{urn:schemas-upnp-org:device-1-0}"


@dataclass(frozen=True)
class UpnpDevice:
    location: str
    server: str = ""
    manufacturer: str = ""
    model_name: str = ""
    model_number: str = ""
    friendly_name: str = ""
    presentation_url: str = ""
    model_description: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def m_search(target: str, mx: int = 1) -> bytes:
    return ("M-SEARCH * HTTP/1.1\r\n"
            f"HOST: {SSDP_GROUP[0]}:{SSDP_GROUP[1]}\r\n"
            'MAN: "ssdp:discover"\r\n'
            f"MX: {mx}\r\n"
            f"ST: {target}\r\n"
            "USER-AGENT: openresolver-selfcheck UPnP/1.1\r\n\r\n").encode()


def parse_ssdp_response(data: bytes) -> dict[str, str] | None:
    """Headers of an SSDP answer ("HTTP/1.1 200 OK"), lower-cased; None if it is not one."""
    text = data.decode("utf-8", "replace")
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    if not lines or not lines[0].upper().startswith("HTTP/1.1 200"):
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
    return headers


def parse_description(xml: bytes, location: str) -> UpnpDevice:
    """Fields of the root device in a UPnP device description (rootDesc.xml)."""
    root = ElementTree.fromstring(xml)
    device = root.find(f"{_NS}device")
    if device is None:
        device = root.find("device")
    if device is None:
        raise ValueError("no <device> in the description")

    def text(tag: str) -> str:
        el = device.find(f"{_NS}{tag}")
        if el is None:
            el = device.find(tag)
        return (el.text or "").strip()[:200] if el is not None else ""

    presentation = text("presentationURL")
    base = root.findtext(f"{_NS}URLBase") or location
    return UpnpDevice(
        location=location, manufacturer=text("manufacturer"), model_name=text("modelName"),
        model_number=text("modelNumber"), friendly_name=text("friendlyName"),
        model_description=text("modelDescription"),
        presentation_url=urljoin(base, presentation) if presentation else "",
    )


def discover(gateway: str, timeout: float = 1.5, port: int = 1900,
             session: requests.Session | None = None,
             ignored: list[str] | None = None) -> UpnpDevice | None:
    """Ask *gateway* for its IGD description; None when it does not answer in *timeout*.
    Addresses whose answers were ignored are appended to *ignored*."""
    deadline = time.monotonic() + timeout
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    except OSError as exc:
        log.info("UPnP: no socket: %s", exc)
        return None
    with sock:
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
        for target in SEARCH_TARGETS:
            for dest in ((gateway, port), (SSDP_GROUP[0], port)):
                try:
                    sock.sendto(m_search(target), dest)
                except OSError as exc:
                    log.info("UPnP: cannot send to %s: %s", dest[0], exc)
        while (remaining := deadline - time.monotonic()) > 0:
            sock.settimeout(remaining)
            try:
                data, (src, _sport) = sock.recvfrom(4096)
            except (TimeoutError, OSError):
                break
            if src != gateway:
                log.info("UPnP: ignored an answer from %s (not the gateway)", src)
                if ignored is not None and src not in ignored:
                    ignored.append(src)
                continue
            headers = parse_ssdp_response(data)
            location = (headers or {}).get("location", "")
            if not location:
                continue
            if urlsplit(location).hostname != gateway:
                log.info("UPnP: ignored LOCATION %s (not on the gateway)", location)
                continue
            device = _fetch(location, max(0.5, deadline - time.monotonic() + 1.0), session)
            if device is not None:
                return device
    return None


def _fetch(location: str, timeout: float, session: requests.Session | None
           ) -> UpnpDevice | None:
    http = session or requests.Session()
    try:
        with http.get(location, timeout=(timeout, timeout), stream=True,
                      allow_redirects=False) as resp:
            if resp.status_code != 200:
                return None
            body = resp.raw.read(MAX_DESCRIPTION_BYTES + 1, decode_content=True)
        if len(body) > MAX_DESCRIPTION_BYTES:
            log.info("UPnP: description at %s is too large", location)
            return None
        return parse_description(body, location)
    except (requests.RequestException, ValueError, ElementTree.ParseError) as exc:
        log.info("UPnP: cannot read %s: %s", location, exc)
        return None
    except Exception as exc:  # defusedxml refuses entity tricks with its own errors
        log.info("UPnP: refused description at %s: %s", location, exc)
        return None
