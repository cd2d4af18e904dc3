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
    <name>GuideWizard</name>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="319" />
        <source>Router guide</source>
        <translation>Router guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="320" />
        <source>Looking for your router… this takes a few seconds.</source>
        <translation>Looking for your router… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="321" />
        <source>Which company made your router?</source>
        <translation>Which company made your router?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="323" />
        <source>The maker's name is on the front or top of the router, or on the label on its bottom or side. Equipment lent by NTT often says "NTT" or "ひかり電話". If you are not sure, choose the last line.</source>
        <translation>The maker's name is on the front or top of the router, or on the label on its bottom or side. Equipment lent by NTT often says "NTT" or "ひかり電話". If you are not sure, choose the last line.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="326" />
        <source>Continue with this maker</source>
        <translation>Continue with this maker</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="327" />
        <source>Choose another maker</source>
        <translation>Choose another maker</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="328" />
        <source>Open the admin page</source>
        <translation>Open the admin page</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="329" />
        <source>Check again now</source>
        <translation>Check again now</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="330" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="331" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="338" />
        <source>Your router: {0} {1} — admin page: {2}</source>
        <translation>Your router: {0} {1} — admin page: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="339" />
        <source>(not found)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="341" />
        <source>Step {0}/{1}</source>
        <translation>Step {0}/{1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="344" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="346" />
        <source>Let us see whether the steps helped. Press the button below; the check takes a few seconds.</source>
        <translation>Let us see whether the steps helped. Press the button below; the check takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="356" />
        <source>This app never asks for the password and never changes the router.</source>
        <translation>This app never asks for the password and never changes the router.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="360" />
        <source>Open the admin page {0} in the browser</source>
        <translation>Open the admin page {0} in the browser</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="367" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="368" />
        <source>Step {0} done</source>
        <translation>Step {0} done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="373" />
        <source>The connection is gone for now. This is normal while the router restarts after an update. Please wait; this screen will tell you when it is back. Do not switch the router off.</source>
        <translation>The connection is gone for now. This is normal while the router restarts after an update. Please wait; this screen will tell you when it is back. Do not switch the router off.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="377" />
        <source>The connection is back. You can check again now.</source>
        <translation>The connection is back. You can check again now.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="386" />
        <source>Before: {0} → Now: {1}</source>
        <translation>Before: {0} → Now: {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/wizard.py" line="389" />
        <source>Now: {0}</source>
        <translation>Now: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="194" />
        <source>Router safety check — {0}</source>
        <translation>Router safety check — {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="196" />
        <source>Is your router safe from outside misuse?</source>
        <translation>Is your router safe from outside misuse?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="198" />
        <source>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</source>
        <translation>Press the button. Our server on the internet will knock on your line from outside and tell you in a few seconds whether your router can be misused. Nothing on your computer or router is changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="203" />
        <source>Start the check</source>
        <translation>Start the check</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="204" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="205" />
        <source>Start the check (Enter)</source>
        <translation>Start the check (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="206" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="207" />
        <source>Cancel the check (Esc)</source>
        <translation>Cancel the check (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="208" />
        <source>Questions: {0}, {1}</source>
        <translation>Questions: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="210" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="211" />
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="214" />
        <source>&amp;Router guide</source>
        <translation>&amp;Router guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="215" />
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="216" />
        <source>&amp;About this app</source>
        <translation>&amp;About this app</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="279" />
        <source>Checking… this takes a few seconds.</source>
        <translation>Checking… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="294" />
        <source>The check was cancelled. Press the button to start again.</source>
        <translation>The check was cancelled. Press the button to start again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="328" />
        <source>The support code was copied.</source>
        <translation>The support code was copied.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="334" />
        <source>The result was copied. You can paste it into an e-mail.</source>
        <translation>The result was copied. You can paste it into an e-mail.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="338" />
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="347" />
        <source>Save the result</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="352" />
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="353" />
        <source>The file could not be saved: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="366" />
        <source>About this app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="367" />
        <source>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</source>
        <translation>Router safety check {0}
Font: BIZ UDGothic (SIL Open Font License 1.1)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="174" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="175" />
        <source>Copy the support code</source>
        <translation>Copy the support code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="176" />
        <source>Show me how to fix the router</source>
        <translation>Show me how to fix the router</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="177" />
        <source>Open the step-by-step router guide</source>
        <translation>Open the step-by-step router guide</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="178" />
        <source>Copy result</source>
        <translation>Copy result</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="179" />
        <source>Copy the whole result as text</source>
        <translation>Copy the whole result as text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="180" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="181" />
        <source>Save the result as a PDF file</source>
        <translation>Save the result as a PDF file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="182" />
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="183" />
        <source>Show or hide the technical details</source>
        <translation>Show or hide the technical details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="184" />
        <source>Technical details for support staff</source>
        <translation>Technical details for support staff</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="185" />
        <source>Address checked:</source>
        <translation>Address checked:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="186" />
        <source>Checked at:</source>
        <translation>Checked at:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="187" />
        <source>Error code:</source>
        <translation>Error code:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="188" />
        <source>Support code (tell this to the support desk)</source>
        <translation>Support code (tell this to the support desk)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="194" />
        <location filename="../desktop_app/ui/result_view.py" line="197" />
        <source>Verdict: {0}</source>
        <translation>Verdict: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="201" />
        <source>What to do: {0}</source>
        <translation>What to do: {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="210" />
        <source>Support code {0}</source>
        <translation>Support code {0}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="214" />
        <source>Last time: {0} ({1}) → This time: {2}</source>
        <translation>Last time: {0} ({1}) → This time: {2}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/result_view.py" line="227" />
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
