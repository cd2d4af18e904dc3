"""The plain-text report a customer copies or saves for support: verdict, findings,
support code, app version, OS, time."""

from __future__ import annotations

import platform
from typing import Any

from .. import __version__
from .branding import Branding
from .messages import family_text, message_for
from .result import CheckResult

_LABELS = {
    "ja": {
        "title": "オープンリゾルバー チェック結果", "verdict": "判定", "meaning": "説明",
        "next": "次にすること", "address": "確認したアドレス", "time": "確認した日時",
        "code": "サポートコード", "error": "エラーコード", "details": "詳しい情報",
        "app": "アプリ", "os": "OS", "server": "チェック用サーバー", "support": "お問い合わせ",
        "none": "(なし)", "detail": "詳細",
    },
    "en": {
        "title": "Open-resolver check result", "verdict": "Verdict", "meaning": "Meaning",
        "next": "What to do", "address": "Address checked", "time": "Checked at",
        "code": "Support code", "error": "Error code", "details": "Technical details",
        "app": "App", "os": "OS", "server": "Check server", "support": "Support",
        "none": "(none)", "detail": "Detail",
    },
}


def finding_lines(finding: dict[str, Any]) -> list[str]:
    """One probe's finding in a few lines a support agent can read out."""
    transport = str(finding.get("transport", "?")).upper()
    lines = [f"{transport} {finding.get('target', '')}: {finding.get('outcome', '?')}"
             + (f" ({finding['detail']})" if finding.get("detail") else "")]
    query = finding.get("query") or {}
    if query:
        lines.append(f"  query: {query.get('qname')} {query.get('qtype')} id={query.get('id')}"
                     f" sent {finding.get('transmissions', 0)}x")
    resp = finding.get("response")
    if isinstance(resp, dict):
        flags = " ".join(resp.get("flags") or [])
        lines.append(f"  reply: {resp.get('rcode')} flags [{flags}] "
                     f"{resp.get('latency_ms')} ms"
                     + ("" if resp.get("question_present", True) else ", no question section"))
        lines += [f"    {a}" for a in (resp.get("answers") or [])[:5]]
    for hit in finding.get("canary") or []:
        lines.append(f"  canary: asked by {hit.get('from')} over {hit.get('transport')} "
                     f"after {hit.get('after_ms')} ms")
    if finding.get("ignored_count"):
        lines.append(f"  ignored packets: {finding['ignored_count']}")
    lines.append(f"  recursion proven: {'yes' if finding.get('recursion_proven') else 'no'}")
    return lines


def build_report(result: CheckResult, branding: Branding, language: str = "ja",
                 details: bool = True) -> str:
    """The report (結果をコピー, PDF); with details=False, the short summary the command
    line prints: no server, app, OS or technical findings."""
    lang = language if language in _LABELS else "ja"
    L = _LABELS[lang]
    msg = message_for(result, lang, branding.name(lang))
    when = result.checked_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    out = [
        f"{L['title']} — {branding.name(lang)}",
        "",
        f"{L['verdict']}: {msg.symbol} {msg.word} — {msg.headline}",
        f"{L['meaning']}: {msg.explanation}",
        f"{L['next']}: {msg.next_step}",
        "",
        f"{L['code']}: {result.support_code or L['none']}",
        f"{L['address']}: {result.public_ip or L['none']}",
        f"{L['time']}: {when}",
    ]
    for fam in result.families:
        out.append(family_text(fam, lang))
        if fam.result is not None and fam.result.support_code:
            name = "IPv4" if fam.family == "ipv4" else "IPv6"
            out.append(f"  {L['code']} ({name}): {fam.result.support_code}")
    if result.reason:
        out.append(f"{L['error']}: {result.reason}")
    if details and result.detail:
        out.append(f"{L['detail']}: {result.detail}")
    if details:
        out += [
            f"{L['server']}: {result.server or L['none']}",
            f"{L['app']}: openresolver-selfcheck {__version__}",
            f"{L['os']}: {platform.system()} {platform.release()} ({platform.machine()})",
        ]
    out.append(f"{L['support']}: {branding.support_phone} {branding.support_hours(lang)}")
    if details and result.findings:
        out += ["", f"[{L['details']}]"]
        if result.summary:
            out.append(result.summary)
        for f in result.findings:
            out += finding_lines(f)
    return "\n".join(out) + "\n"
