<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="35" />
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="38" />
        <source>Sorry, a problem</source>
        <translation>Sorry, a problem</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="39" />
        <source>Something unexpected went wrong. Your computer and router were not changed. Please close this message and try again. If it happens again, tell the support desk; the details were saved in:
{0}</source>
        <translation>Something unexpected went wrong. Your computer and router were not changed. Please close this message and try again. If it happens again, tell the support desk; the details were saved in:
{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="179" />
        <source>Router safety check — {0}</source>
        <translation>Router safety check — {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="181" />
        <source>Is your router safe from outside misuse?</source>
        <translation>Is your router safe from outside misuse?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="183" />
        <source>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</source>
        <translation>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="188" />
        <source>Start the check</source>
        <translation>Start the check</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="189" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="190" />
        <source>Start the check (Enter)</source>
        <translation>Start the check (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="191" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="192" />
        <source>Cancel the check (Esc)</source>
        <translation>Cancel the check (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="193" />
        <source>Questions: {0}, {1}</source>
        <translation>Questions: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="195" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="196" />
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="197" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="198" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="199" />
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="200" />
        <source>&amp;About this app</source>
        <translation>&amp;About this app</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="240" />
        <source>Checking… this takes a few seconds.</source>
        <translation>Checking… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="255" />
        <source>The check was cancelled. Press the button to start again.</source>
        <translation>The check was cancelled. Press the button to start again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="287" />
        <source>The support code was copied.</source>
        <translation>The support code was copied.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="293" />
        <source>The result was copied. You can paste it into an e-mail.</source>
        <translation>The result was copied. You can paste it into an e-mail.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="297" />
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="306" />
        <source>Save the result</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="311" />
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="312" />
        <source>The file could not be saved: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="325" />
        <source>About this app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="326" />
        <source>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</source>
        <translation>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="169" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="170" />
        <source>Copy the support code</source>
        <translation>Copy the support code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="171" />
        <source>Copy result</source>
        <translation>Copy result</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="172" />
        <source>Copy the whole result as text</source>
        <translation>Copy the whole result as text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="173" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="174" />
        <source>Save the result as a PDF file</source>
        <translation>Save the result as a PDF file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="175" />
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="176" />
        <source>Show or hide the technical details</source>
        <translation>Show or hide the technical details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="177" />
        <source>Technical details for support staff</source>
        <translation>Technical details for support staff</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="178" />
        <source>Address checked:</source>
        <translation>Address checked:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="179" />
        <source>Checked at:</source>
        <translation>Checked at:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="180" />
        <source>Error code:</source>
        <translation>Error code:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="181" />
        <source>Support code (tell this to the support desk)</source>
        <translation>Support code (tell this to the support desk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="187" />
        <location filename="../desktop_app/ui/result_view.py" line="190" />
        <source>Verdict: {0}</source>
        <translation>Verdict: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="193" />
        <source>What to do: {0}</source>
        <translation>What to do: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="202" />
        <source>Support code {0}</source>
        <translation>Support code {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="206" />
        <source>Last time: {0} ({1}) → This time: {2}</source>
        <translation>Last time: {0} ({1}) → This time: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="219" />
        <source>No technical details.</source>
        <translation>No technical details.</translation>
    </message>
</context>
<context>
    <name>StepsIndicator</name>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="38" />
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="38" />
        <source>Check from outside</source>
        <translation>Check from outside</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="39" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="58" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="58" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="59" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/steps.py" line="64" />
        <source>Step {0} of {1}: {2}, {3}</source>
        <translation>Step {0} of {1}: {2}, {3}</translation>
    </message>
</context>
</TS>
