"""``selfcheck``: the window by default; ``selfcheck --cli [--json] [--server URL]`` runs one
check without a window. Exit status: 0 green, 1 yellow, 2 red, 3 gray."""

from __future__ import annotations

import argparse
import contextlib
import json
import locale
import logging
import os
import sys
from collections.abc import Iterator

from . import __version__
from .core.branding import Branding, BrandingError, load_branding
from .core.line import LineChecker
from .core.report import build_report

EXIT_USAGE = 64


def _language(requested: str | None) -> str:
    if requested in ("ja", "en"):
        return requested
    lang = (os.environ.get("LANGUAGE") or os.environ.get("LC_ALL") or os.environ.get("LANG")
            or (locale.getlocale()[0] or ""))
    return "en" if lang.lower().startswith("en") else "ja"


def _env_list(name: str) -> list[str]:
    return [s.strip() for s in os.environ.get(name, "").split(",") if s.strip()]


def servers(args_servers: list[str] | None, branding: Branding) -> list[str]:
    """IPv4 endpoints: --server beats SELFCHECK_SERVER (comma-separated) beats branding."""
    return args_servers or _env_list("SELFCHECK_SERVER") or list(branding.reflector_urls)


def ipv6_servers(args: argparse.Namespace, branding: Branding) -> list[str]:
    """IPv6 endpoints: --server-v6 beats SELFCHECK_SERVER_V6 beats branding; when only the
    IPv4 endpoint was overridden, IPv6 is not checked (never against the production one)."""
    explicit = getattr(args, "server_v6", None) or _env_list("SELFCHECK_SERVER_V6")
    if explicit:
        return explicit
    if args.server or _env_list("SELFCHECK_SERVER") or getattr(args, "demo", False):
        return []
    return list(branding.reflector_ipv6_urls)


def make_checker(v4: list[str], v6: list[str], verify: bool | str,
                 language: str) -> LineChecker:
    from .core.router.neighbours import router_ipv6_addresses

    return LineChecker(v4, v6, verify=verify, language=language,
                       ipv6_candidates=router_ipv6_addresses)


@contextlib.contextmanager
def _demo_reflector(enabled: bool) -> Iterator[str | None]:
    if not enabled:
        yield None
        return
    try:
        from reflector.local import LocalReflector
    except ImportError:
        print("selfcheck: --demo needs the reflector's packages (pip install "
              "'.[reflector]')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    with LocalReflector() as local:
        yield local.url


def run_cli(args: argparse.Namespace, branding: Branding) -> int:
    language = _language(args.lang)
    verify: bool | str = args.ca_bundle or True
    with _demo_reflector(args.demo) as demo_url:
        urls = [demo_url] if demo_url else servers(args.server, branding)
        result = make_checker(urls, ipv6_servers(args, branding), verify, language).check()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(build_report(result, branding, language, details=False), end="")
    return result.verdict.exit_code


def run_router(args: argparse.Namespace) -> int:
    """Identify the router: gateway, MAC maker, UPnP description, admin page, guide."""
    from .core.router.identify import identify

    found = identify()
    if args.json:
        print(json.dumps(found.as_dict(), ensure_ascii=False, indent=2))
    else:
        lang = _language(args.lang)
        ja = lang == "ja"
        d = found.as_dict()
        unknown = "(不明)" if ja else "(unknown)"
        rows = [
            ("デフォルトゲートウェイ" if ja else "Default gateway", d["gateway"]),
            ("MACアドレス" if ja else "MAC address", d["mac"]),
            ("メーカー(MACアドレスから)" if ja else "Maker (from MAC)", d["mac_vendor"]),
            ("メーカー(UPnP)" if ja else "Maker (UPnP)", d["upnp"] and d["upnp"]["manufacturer"]),
            ("機種" if ja else "Model", d["model"]),
            ("管理画面" if ja else "Admin page", d["admin_url"]),
            ("ガイド" if ja else "Guide", f"{found.guide.maker[lang]} ({found.guide_id})"),
        ]
        for label, value in rows:
            print(f"{label}: {value or unknown}")
    return 0 if found.gateway else 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="selfcheck", description=__doc__)
    p.add_argument("--cli", action="store_true", help="run one check without a window")
    p.add_argument("--json", action="store_true", help="with --cli: print JSON")
    p.add_argument("--router", action="store_true",
                   help="with --cli: identify the router (gateway, maker, model, admin page, "
                        "guide) instead of checking the line")
    p.add_argument("--server", action="append", metavar="URL",
                   help="reflector URL (repeat for fallbacks); else SELFCHECK_SERVER, "
                        "else the branding file")
    p.add_argument("--server-v6", action="append", metavar="URL",
                   help="IPv6 (AAAA-only) reflector URL; else SELFCHECK_SERVER_V6, else the "
                        "branding file")
    p.add_argument("--demo", action="store_true",
                   help="start a reflector on this computer and check 127.0.0.1 against it")
    p.add_argument("--lang", choices=("ja", "en"), help="language (default: system locale)")
    p.add_argument("--ca-bundle", metavar="FILE", help="trust this CA file for the reflector")
    p.add_argument("--verbose", action="store_true", help="log to the terminal too")
    p.add_argument("--self-test", action="store_true",
                   help="check that the app carries all its resources and that the window "
                        "opens and closes; print JSON")
    p.add_argument("--version", action="version", version=__version__)
    return p


def main(argv: list[str] | None = None) -> int:
    """Never lets a traceback reach a person: anything unexpected is logged, explained in
    one sentence, and ends with the gray exit status."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 3
    except Exception:
        logging.getLogger(__name__).exception("unexpected error")
        from .logsetup import log_dir

        print("selfcheck: 予期しない問題が起きました。パソコンとルーターの設定は変わって"
              "いません。もう一度お試しください。続くときはサポート窓口に、記録 "
              f"{log_dir() / 'selfcheck.log'} をお伝えください。 (An unexpected error "
              "occurred; nothing was changed. The details are in that log.)", file=sys.stderr)
        return 3


def _main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .logsetup import configure

    log_path = configure(args.verbose)
    logging.getLogger(__name__).info("selfcheck %s starting (%s)", __version__,
                                     "command line" if args.cli else "window")
    try:
        branding = load_branding()
    except BrandingError as exc:
        print(f"selfcheck: {exc}", file=sys.stderr)
        return 3
    if args.self_test:
        from .ui.selftest import run_self_test

        return run_self_test()
    if args.cli and args.router:
        return run_router(args)
    if args.cli:
        return run_cli(args, branding)
    try:
        from .ui.app import run_window
    except ImportError as exc:
        print(f"selfcheck: the window cannot start ({exc}); use --cli", file=sys.stderr)
        return 3
    return run_window(args, branding, log_path)


if __name__ == "__main__":
    sys.exit(main())
