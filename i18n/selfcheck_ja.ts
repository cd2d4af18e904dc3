<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="35" />
        <source>(no log file)</source>
        <translation>(ログファイルはありません)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="38" />
        <source>Sorry, a problem</source>
        <translation>申し訳ありません</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="39" />
        <source>Something unexpected went wrong. Your computer and router were not changed. Please close this message and try again. If it happens again, tell the support desk; the details were saved in:
{0}</source>
        <translation>思いがけない問題が起きました。パソコンとルーターの設定は何も変わっていません。このメッセージを閉じて、もう一度お試しください。くり返し起きるときは、サポート窓口にお伝えください。詳しい記録はここに保存しました:
{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="179" />
        <source>Router safety check — {0}</source>
        <translation>ルーターの安全チェック — {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="181" />
        <source>Is your router safe from outside misuse?</source>
        <translation>お使いのルーターは、外から悪用されない状態ですか?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="183" />
        <source>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</source>
        <translation>ボタンを押してください。インターネット上のチェック用サーバーが、お客様の回線を外側から確かめ、ルーターが悪用されるおそれがあるかを数秒でお知らせします。パソコンやルーターの設定は何も変わりません。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="188" />
        <source>Start the check</source>
        <translation>チェックを開始</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="189" />
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="190" />
        <source>Start the check (Enter)</source>
        <translation>チェックを開始(Enterキー)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="191" />
        <source>Cancel (Esc)</source>
        <translation>中止(Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="192" />
        <source>Cancel the check (Esc)</source>
        <translation>チェックを中止(Escキー)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="193" />
        <source>Questions: {0}, {1}</source>
        <translation>お問い合わせ: {0} 受付 {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="195" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="196" />
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="197" />
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="198" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="199" />
        <source>Open the &amp;log folder</source>
        <translation>ログのフォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="200" />
        <source>&amp;About this app</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="240" />
        <source>Checking… this takes a few seconds.</source>
        <translation>確認しています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="255" />
        <source>The check was cancelled. Press the button to start again.</source>
        <translation>チェックを中止しました。もう一度ボタンを押すと、最初から始めます。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="287" />
        <source>The support code was copied.</source>
        <translation>サポートコードをコピーしました。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="293" />
        <source>The result was copied. You can paste it into an e-mail.</source>
        <translation>結果をコピーしました。メールなどに貼り付けられます。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="297" />
        <source>Saved: {0}</source>
        <translation>保存しました: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="306" />
        <source>Save the result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="311" />
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="312" />
        <source>The file could not be saved: {0}</source>
        <translation>ファイルを保存できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="325" />
        <source>About this app</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="326" />
        <source>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</source>
        <translation>ルーターの安全チェック {0}
フォント: BIZ UDゴシック(SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="169" />
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="170" />
        <source>Copy the support code</source>
        <translation>サポートコードをコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="171" />
        <source>Copy result</source>
        <translation>結果をコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="172" />
        <source>Copy the whole result as text</source>
        <translation>結果の全体を文字でコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="173" />
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="174" />
        <source>Save the result as a PDF file</source>
        <translation>結果をPDFファイルに保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="175" />
        <source>Technical details</source>
        <translation>詳しい情報</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="176" />
        <source>Show or hide the technical details</source>
        <translation>詳しい情報を表示・非表示</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="177" />
        <source>Technical details for support staff</source>
        <translation>サポート担当者向けの詳しい情報</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="178" />
        <source>Address checked:</source>
        <translation>確認したアドレス:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="179" />
        <source>Checked at:</source>
        <translation>確認した日時:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="180" />
        <source>Error code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="181" />
        <source>Support code (tell this to the support desk)</source>
        <translation>サポートコード(お問い合わせの際にお伝えください)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="187" />
        <location filename="../desktop_app/ui/result_view.py" line="190" />
        <source>Verdict: {0}</source>
        <translation>判定: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="193" />
        <source>What to do: {0}</source>
        <translation>次にすること: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="202" />
        <source>Support code {0}</source>
        <translation>サポートコード {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="206" />
        <source>Last time: {0} ({1}) → This time: {2}</source>
        <translation>前回: {0}({1}) → 今回: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="219" />
        <source>No technical details.</source>
        <translation>詳しい情報はありません。</translation>
    </message>
</context>
<context>
    <name>StepsIndicator</name>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="38" />
        <source>Check the connection</source>
        <translation>接続を確認</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="38" />
        <source>Check from outside</source>
        <translation>外部から確認</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="39" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="58" />
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="58" />
        <source>in progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="59" />
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="64" />
        <source>Step {0} of {1}: {2}, {3}</source>
        <translation>ステップ {0}/{1}: {2}、{3}</translation>
    </message>
</context>
</TS>
