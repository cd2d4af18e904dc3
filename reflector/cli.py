"""``selfcheck-reflector --config FILE.toml``: run the reflector (HTTP API + canary authority).

``selfcheck-reflector --config FILE.toml --lookup 482-193-075`` prints a stored check for a
support agent who has the code a customer read out.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from . import __version__
from .config import Config, load
from .errors import ConfigError
from .store import Store
from .supportcode import normalize

log = logging.getLogger(__name__)


def serve(config: Config) -> None:
    import uvicorn  # imported here so --lookup works without the server stack

    from .api import create_app
    from .service import Reflector

    store = Store(config.store.path)
    app = create_app(Reflector(config, store))
    # asyncio makes an IPv6 listening socket IPv6-only, so "::" alone would refuse IPv4
    # customers; "" asks for every address of both families.
    host = "" if config.http.host in ("::", "*") else config.http.host
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=config.http.port,
        proxy_headers=False,  # X-Forwarded-For is judged by [access] trusted_proxies only
        server_header=False, log_config=None, access_log=False,
        ssl_certfile=str(config.http.tls_cert) if config.http.tls_cert else None,
        ssl_keyfile=str(config.http.tls_key) if config.http.tls_key else None,
        timeout_graceful_shutdown=5,
    ))
    server.run()
    store.close()


def lookup(config: Config, code: str) -> int:
    canonical = normalize(code)
    if canonical is None:
        print(f"{code!r} is not a support code (nine digits, check digit last)", file=sys.stderr)
        return 2
    found = Store(config.store.path).by_support_code(canonical)
    if found is None:
        print(f"no check with support code {canonical}", file=sys.stderr)
        return 1
    print(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="selfcheck-reflector", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", required=True, help="TOML configuration file")
    parser.add_argument("--lookup", metavar="CODE", help="print the check with this code")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--version", action="version", version=__version__)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = load(args.config)
    except ConfigError as exc:
        print(f"selfcheck-reflector: {exc}", file=sys.stderr)
        return 2
    if args.lookup:
        return lookup(config, args.lookup)
    try:
        serve(config)
    except OSError as exc:
        print(f"selfcheck-reflector: cannot listen: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
