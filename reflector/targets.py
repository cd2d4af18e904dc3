"""Which addresses one check may probe: the requester's own, and for IPv6 a few router
addresses inside the requester's own delegated prefix, never anything else.

With IPv6 there is no NAT: the request comes from the PC's own address, while the router
answers DNS on addresses of its own. Those are the ``::1`` of the requester's /64 (where many
routers sit) and addresses the app reports from the PC's routing and neighbour tables.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass

from .access import IPAddress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Targets:
    addresses: tuple[str, ...]
    refused: tuple[str, ...]


def choose(requester: IPAddress, candidates: list[str] | None, prefix_length: int,
           limit: int) -> Targets:
    if requester.version == 4:
        if candidates:
            log.info("refused %d IPv6 candidates from IPv4 requester %s", len(candidates),
                     requester)
        return Targets((str(requester),), tuple(candidates or ()))
    delegated = ipaddress.IPv6Network((requester, prefix_length), strict=False)
    own64 = ipaddress.IPv6Network((requester, 64), strict=False)
    wanted: list[str] = [str(requester)]
    router_guess = own64.network_address + 1
    proposals = [str(router_guess), *(candidates or ())]
    refused: list[str] = []
    for text in proposals:
        try:
            addr = ipaddress.IPv6Address(str(text).split("%", 1)[0])
        except ValueError:
            refused.append(str(text)[:64])
            continue
        if addr not in delegated or not addr.is_global and not _documentation(addr):
            refused.append(str(addr))
            continue
        if str(addr) not in wanted and len(wanted) < limit:
            wanted.append(str(addr))
    if refused:
        log.warning("requester %s named addresses outside its %s: refused %s", requester,
                    delegated, ", ".join(refused))
    return Targets(tuple(wanted), tuple(refused))


def _documentation(addr: ipaddress.IPv6Address) -> bool:
    # 2001:db8::/32 is what labs and tests use for "global" addresses.
    return addr in ipaddress.IPv6Network("2001:db8::/32")
