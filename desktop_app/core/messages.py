"""What each verdict and each gray reason means for the customer, and what to do next.

Written for a person who has never heard of DNS: short sentences, the technical word once
with a plain explanation. Japanese first; English complete too. Used by the command line;
the window shows the same texts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .result import CheckResult, FamilyCheck, Verdict

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class Message:
    word: str  # 安全 / 注意 / 危険 / 判定できません
    symbol: str  # a shape, so the verdict reads without colour
    headline: str
    explanation: str
    next_step: str


_WORD = {
    "ja": {"green": "安全", "yellow": "注意", "red": "危険", "gray": "判定できません"},
    "en": {"green": "Safe", "yellow": "Caution", "red": "Danger", "gray": "Cannot tell"},
}
SYMBOL = {"green": "●", "yellow": "▲", "red": "✖", "gray": "?"}

_VERDICT = {
    "ja": {
        "red": (
            "外部から悪用されるおそれがあります",
            "お使いのルーター(インターネットにつなぐための機械)が、インターネット側から届いた"
            "DNS(ホームページの名前を住所にあたる番号へ変える仕組み)の問い合わせに答えて"
            "います。このままでは、知らないうちに他人への攻撃の「踏み台」に使われるおそれが"
            "あります。",
            "ルーターの管理画面を開き、ファームウェア(ルーターの中のソフトウェア)を最新にして"
            "ください。そのうえでインターネット側のDNSの機能を止め、もう一度チェックして"
            "ください。",
        ),
        "yellow": (
            "インターネット側からの問い合わせに応答しています",
            "お使いのルーターなどが、インターネット側から届いたDNSの問い合わせに返事をして"
            "います。今回、踏み台として使える状態は見つかりませんでしたが、本来は返事をしない"
            "ほうが安全です。",
            "ルーターのファームウェアを最新にしてください。インターネット側のDNSやリモート"
            "管理を止める設定があれば、止めてください。わからないときはサポート窓口に"
            "ご相談ください。",
        ),
        "green": (
            "問題は見つかりませんでした",
            "インターネット側からDNSの問い合わせを送りましたが、お使いの回線からの返事は"
            "ありませんでした。踏み台に使われる心配はありません。",
            "このままお使いいただけます。ルーターのファームウェアは、これからも最新に保って"
            "ください。",
        ),
    },
    "en": {
        "red": (
            "Your line can be misused from outside",
            "Your router (the box that connects your home to the internet) answers DNS "
            "queries (DNS turns web site names into numeric addresses) that come from the "
            "internet. Attackers can use it as a stepping stone to flood other people, without "
            "you noticing.",
            "Open the router's admin page and update its firmware (the software inside the "
            "router). Then turn off DNS on the internet side and run the check again.",
        ),
        "yellow": (
            "Your line answers queries from the internet",
            "Your router or another device answers DNS queries that come from the internet. "
            "This check found no way to use it as a stepping stone, but it is safer if it does "
            "not answer at all.",
            "Update the router's firmware. If it has settings for DNS or remote management on "
            "the internet side, turn them off. If you are not sure how, call support.",
        ),
        "green": (
            "No problem found",
            "We sent DNS queries to your line from the internet and nothing answered. Your "
            "line cannot be used as a stepping stone this way.",
            "Nothing to do. Keep the router's firmware up to date.",
        ),
    },
}

_GRAY = {
    "ja": {
        "offline": (
            "インターネットにつながっていません",
            "このパソコンからインターネットへの道がありません。",
            "LANケーブルやWi-Fiの接続を確かめてから、もう一度チェックしてください。",
        ),
        "name_not_resolved": (
            "チェック用サーバーの場所を調べられませんでした",
            "インターネットにはつながっているようですが、サーバーの名前から住所を調べる"
            "ことができませんでした。",
            "ルーターの電源を入れ直し、2〜3分待ってから、もう一度チェックしてください。",
        ),
        "server_unreachable": (
            "チェック用サーバーに接続できませんでした",
            "サーバーが止まっているか、途中の通信がさえぎられています。",
            "しばらく待ってから、もう一度チェックしてください。続くときはサポート窓口に"
            "お電話ください。",
        ),
        "timeout": (
            "チェック用サーバーから時間内に返事がありませんでした",
            "回線やサーバーが混み合っている可能性があります。",
            "数分待ってから、もう一度チェックしてください。",
        ),
        "tls_error": (
            "安全な接続ができませんでした",
            "サーバーとの暗号化された通信(のぞき見や改ざんを防ぐ仕組み)を始められません"
            "でした。",
            "パソコンの日付と時刻が正しいか確かめてください。ホテルや駅のWi-Fiでは、先に"
            "ブラウザでログインを済ませてください。",
        ),
        "captive_portal": (
            "サーバーの代わりに別のページが返ってきました",
            "Wi-Fiのログイン画面などが、チェック用サーバーへの通信の途中に割り込んでいます。",
            "ブラウザを開いてログインや利用登録を済ませてから、もう一度チェックしてください。",
        ),
        "bad_response": (
            "サーバーから思いがけない返事がありました",
            "返事の形が正しくなかったため、判定に使えませんでした。",
            "しばらく待ってから、もう一度チェックしてください。続くときはサポート窓口に"
            "この画面の内容をお伝えください。",
        ),
        "server_error": (
            "チェック用サーバーで問題が起きています",
            "サーバー側の一時的な不具合で、チェックできませんでした。",
            "時間をおいて、もう一度チェックしてください。",
        ),
        "not_customer": (
            "{isp}の回線ではないようです",
            "このチェックは{isp}の回線専用です。いまのパソコンは別の回線(スマートフォンの"
            "テザリングや会社のネットワークなど)でインターネットにつながっています。",
            "{isp}の回線につないだパソコンで、もう一度チェックしてください。",
        ),
        "rate_limited": (
            "続けてチェックしすぎたため、お待ちいただいています",
            "短い時間に同じ回線から何度もチェックが行われました。",
            "{wait}ほど待ってから、もう一度チェックしてください。",
        ),
        "busy": (
            "チェック用サーバーが混み合っています",
            "いま多くの方がチェックをしています。",
            "{wait}ほど待ってから、もう一度チェックしてください。",
        ),
        "probe_failed": (
            "外からの確認ができませんでした",
            "チェック用サーバー側の問題で、お使いの回線を外から調べられませんでした。",
            "時間をおいて、もう一度チェックしてください。",
        ),
        "unknown_client": (
            "お使いの回線の住所を確かめられませんでした",
            "サーバーが、このチェックがどの回線から来たのかを確かめられませんでした。",
            "サポート窓口にお電話のうえ、この画面の内容をお伝えください。",
        ),
    },
    "en": {
        "offline": (
            "No internet connection",
            "This computer has no way out to the internet.",
            "Check the network cable or Wi-Fi, then run the check again.",
        ),
        "name_not_resolved": (
            "Could not look up the check server",
            "The connection seems up, but the check server's name could not be turned into "
            "an address.",
            "Switch the router off and on, wait two or three minutes, then try again.",
        ),
        "server_unreachable": (
            "Could not reach the check server",
            "The server is down, or something on the way blocks the connection.",
            "Wait a little and try again. If it keeps happening, call support.",
        ),
        "timeout": (
            "The check server did not answer in time",
            "The line or the server may be busy.",
            "Wait a few minutes and try again.",
        ),
        "tls_error": (
            "Could not make a secure connection",
            "The encrypted connection to the server (which stops others reading or changing "
            "it) could not be set up.",
            "Check that this computer's date and time are right. On hotel or station Wi-Fi, "
            "log in through your browser first.",
        ),
        "captive_portal": (
            "Another page answered instead of the check server",
            "Something such as a Wi-Fi login page is in the way to the check server.",
            "Open your browser, finish the login or sign-up, then run the check again.",
        ),
        "bad_response": (
            "The server sent an unexpected reply",
            "The reply was not in the expected form, so it could not be used.",
            "Wait a little and try again. If it keeps happening, tell support what this "
            "screen shows.",
        ),
        "server_error": (
            "The check server has a problem",
            "A temporary fault on the server side stopped the check.",
            "Try again later.",
        ),
        "not_customer": (
            "This does not seem to be a {isp} line",
            "This check works only on {isp} lines. This computer is online through another "
            "line (phone tethering or an office network, for example).",
            "Run the check on a computer connected through your {isp} line.",
        ),
        "rate_limited": (
            "Too many checks in a short time",
            "This line ran the check many times in a short time.",
            "Wait {wait}, then run the check again.",
        ),
        "busy": (
            "The check server is busy",
            "Many people are running the check right now.",
            "Wait {wait}, then run the check again.",
        ),
        "probe_failed": (
            "Could not check from outside",
            "A problem on the check server's side kept it from looking at your line.",
            "Try again later.",
        ),
        "unknown_client": (
            "Could not tell which line you are on",
            "The server could not tell which line this check came from.",
            "Call support and tell them what this screen shows.",
        ),
    },
}


def wait_text(seconds: int | None, language: str) -> str:
    s = 60 if seconds is None else max(1, seconds)
    if s < 60:
        return f"{s}秒" if language == "ja" else f"{s} seconds"
    minutes = math.ceil(s / 60)
    if language == "ja":
        return f"{minutes}分"
    return f"{minutes} minute" + ("s" if minutes != 1 else "")


def verdict_word(verdict: Verdict | str, language: str = "ja") -> str:
    return _WORD[_lang(language)][Verdict(verdict).value]


def message_for(result: CheckResult, language: str = "ja", isp_name: str = "") -> Message:
    lang = _lang(language)
    v = result.verdict.value
    if result.verdict is Verdict.GRAY:
        texts = _GRAY[lang].get(result.reason or "", _GRAY[lang]["bad_response"])
    else:
        texts = _VERDICT[lang][v]
    isp = isp_name or ("ご契約のプロバイダー" if lang == "ja" else "your ISP's")
    fill = {"isp": isp, "wait": wait_text(result.retry_after, lang)}
    headline, explanation, step = (t.format(**fill) for t in texts)
    return Message(_WORD[lang][v], SYMBOL[v], headline, explanation, step)


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "ja"


def family_text(fam: FamilyCheck, language: str) -> str:
    """ "IPv6: ✖ 危険 2001:db8::2 (応答したアドレス: 2001:db8::1)" or "IPv6: 未使用"."""
    ja = language == "ja"
    name = "IPv4" if fam.family == "ipv4" else "IPv6"
    if fam.status == "unused":
        return f"{name}: {'未使用' if ja else 'not in use'}"
    if fam.status == "not_configured" or fam.result is None:
        return f"{name}: {'確認していません' if ja else 'not checked'}"
    r = fam.result
    text = f"{name}: {SYMBOL[r.verdict.value]} {verdict_word(r.verdict, language)}"
    if r.public_ip:
        text += f" {r.public_ip}"
    answered = [t["address"] for t in r.targets
                if t.get("verdict") in ("red", "yellow") and t.get("address") != r.public_ip]
    if answered:
        text += (f"(応答したアドレス: {', '.join(answered)})" if ja
                 else f" (answered at {', '.join(answered)})")
    if r.reason:
        text += f" [{r.reason}]"
    return text
