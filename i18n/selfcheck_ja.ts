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
    <name>GuideWizard</name>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="319" />
        <source>Router guide</source>
        <translation>ルーターの設定ガイド</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="320" />
        <source>Looking for your router… this takes a few seconds.</source>
        <translation>お使いのルーターを調べています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="321" />
        <source>Which company made your router?</source>
        <translation>ルーターのメーカーはどこですか?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="323" />
        <source>The maker's name is on the front or top of the router, or on the label on its bottom or side. Equipment lent by NTT often says "NTT" or "ひかり電話". If you are not sure, choose the last line.</source>
        <translation>メーカー名は、ルーター本体の前面や上面、または底面・側面のラベルに書かれています。NTTから借りている機器には「NTT」や「ひかり電話」と書かれていることが多いです。わからないときは、いちばん下を選んでください。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="326" />
        <source>Continue with this maker</source>
        <translation>このメーカーで進む</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="327" />
        <source>Choose another maker</source>
        <translation>メーカーを選び直す</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="328" />
        <source>Open the admin page</source>
        <translation>管理画面を開く</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="329" />
        <source>Check again now</source>
        <translation>いますぐもう一度チェック</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="330" />
        <source>Back</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="331" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="338" />
        <source>Your router: {0} {1} — admin page: {2}</source>
        <translation>お使いのルーター: {0} {1} — 管理画面: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="339" />
        <source>(not found)</source>
        <translation>(見つかりません)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="341" />
        <source>Step {0}/{1}</source>
        <translation>ステップ {0}/{1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="344" />
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="346" />
        <source>Let us see whether the steps helped. Press the button below; the check takes a few seconds.</source>
        <translation>ここまでの作業で直ったかを確かめます。下のボタンを押してください。数秒で終わります。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="356" />
        <source>This app never asks for the password and never changes the router.</source>
        <translation>このアプリがパスワードをたずねたり、ルーターの設定を変えたりすることはありません。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="360" />
        <source>Open the admin page {0} in the browser</source>
        <translation>管理画面 {0} をブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="367" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="368" />
        <source>Step {0} done</source>
        <translation>ステップ {0} 完了</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="373" />
        <source>The connection is gone for now. This is normal while the router restarts after an update. Please wait; this screen will tell you when it is back. Do not switch the router off.</source>
        <translation>いまインターネットが切れています。更新のあとルーターが再起動している間は、よくあることです。この画面のままお待ちください。つながったらお知らせします。ルーターの電源は切らないでください。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="377" />
        <source>The connection is back. You can check again now.</source>
        <translation>インターネットにつながりました。もう一度チェックできます。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="386" />
        <source>Before: {0} → Now: {1}</source>
        <translation>前回: {0} → 今回: {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="389" />
        <source>Now: {0}</source>
        <translation>今回: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="194" />
        <source>Router safety check — {0}</source>
        <translation>ルーターの安全チェック — {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="196" />
        <source>Is your router safe from outside misuse?</source>
        <translation>お使いのルーターは、外から悪用されない状態ですか?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="198" />
        <source>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</source>
        <translation>ボタンを押してください。インターネット上のチェック用サーバーが、お客様の回線を外側から確かめ、ルーターが悪用されるおそれがあるかを数秒でお知らせします。パソコンやルーターの設定は何も変わりません。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="203" />
        <source>Start the check</source>
        <translation>チェックを開始</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="204" />
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="205" />
        <source>Start the check (Enter)</source>
        <translation>チェックを開始(Enterキー)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="206" />
        <source>Cancel (Esc)</source>
        <translation>中止(Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="207" />
        <source>Cancel the check (Esc)</source>
        <translation>チェックを中止(Escキー)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="208" />
        <source>Questions: {0}, {1}</source>
        <translation>お問い合わせ: {0} 受付 {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="210" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="211" />
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="214" />
        <source>&amp;Router guide</source>
        <translation>ルーターの設定ガイド(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="215" />
        <source>Open the &amp;log folder</source>
        <translation>ログのフォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="216" />
        <source>&amp;About this app</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="279" />
        <source>Checking… this takes a few seconds.</source>
        <translation>確認しています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="294" />
        <source>The check was cancelled. Press the button to start again.</source>
        <translation>チェックを中止しました。もう一度ボタンを押すと、最初から始めます。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="328" />
        <source>The support code was copied.</source>
        <translation>サポートコードをコピーしました。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="334" />
        <source>The result was copied. You can paste it into an e-mail.</source>
        <translation>結果をコピーしました。メールなどに貼り付けられます。</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="338" />
        <source>Saved: {0}</source>
        <translation>保存しました: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="347" />
        <source>Save the result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="352" />
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="353" />
        <source>The file could not be saved: {0}</source>
        <translation>ファイルを保存できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="366" />
        <source>About this app</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="367" />
        <source>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</source>
        <translation>ルーターの安全チェック {0}
フォント: BIZ UDゴシック(SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="174" />
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="175" />
        <source>Copy the support code</source>
        <translation>サポートコードをコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="176" />
        <source>Show me how to fix the router</source>
        <translation>ルーターの直し方を見る</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="177" />
        <source>Open the step-by-step router guide</source>
        <translation>ルーターの直し方を順番に案内する画面を開く</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="178" />
        <source>Copy result</source>
        <translation>結果をコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="179" />
        <source>Copy the whole result as text</source>
        <translation>結果の全体を文字でコピー</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="180" />
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="181" />
        <source>Save the result as a PDF file</source>
        <translation>結果をPDFファイルに保存</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="182" />
        <source>Technical details</source>
        <translation>詳しい情報</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="183" />
        <source>Show or hide the technical details</source>
        <translation>詳しい情報を表示・非表示</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="184" />
        <source>Technical details for support staff</source>
        <translation>サポート担当者向けの詳しい情報</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="185" />
        <source>Address checked:</source>
        <translation>確認したアドレス:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="186" />
        <source>Checked at:</source>
        <translation>確認した日時:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="187" />
        <source>Error code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="188" />
        <source>Support code (tell this to the support desk)</source>
        <translation>サポートコード(お問い合わせの際にお伝えください)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="194" />
        <location filename="../desktop_app/ui/result_view.py" line="197" />
        <source>Verdict: {0}</source>
        <translation>判定: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="201" />
        <source>What to do: {0}</source>
        <translation>次にすること: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="210" />
        <source>Support code {0}</source>
        <translation>サポートコード {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="214" />
        <source>Last time: {0} ({1}) → This time: {2}</source>
        <translation>前回: {0}({1}) → 今回: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="227" />
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
