"""The window's look: calm, high contrast, large touch targets."""

from __future__ import annotations


def stylesheet(pt: float) -> str:
    return f"""
    QWidget#body {{ background: #ffffff; }}
    QLabel {{ color: #202124; }}
    QLabel#ispName {{ color: #1a5fb4; font-weight: bold; }}
    QLabel#title {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; }}
    QPushButton {{ padding: 6px 14px; border: 1px solid #80868b; border-radius: 6px;
                   background: #f8f9fa; color: #202124; }}
    QPushButton:focus {{ border: 3px solid #1a5fb4; }}
    QPushButton#startButton {{ font-size: {pt * 1.5:.1f}pt; font-weight: bold;
                               padding: 14px 24px; border-radius: 10px;
                               background: #1a5fb4; color: #ffffff; border: 2px solid #0d3f7a; }}
    QPushButton#startButton:focus {{ border: 4px solid #f2b400; }}
    QPushButton#startButton:disabled {{ background: #9aa0a6; border-color: #80868b; }}
    QPushButton#cancelButton {{ font-size: {pt * 1.2:.1f}pt; padding: 12px 18px; }}
    QLabel[stepState="now"] {{ font-weight: bold; color: #1a5fb4; }}
    QLabel[stepState="done"] {{ color: #1b7f3b; }}
    QLabel[stepState="waiting"] {{ color: #5f6368; }}
    QFrame#resultView {{ border: 1px solid #dadce0; border-radius: 10px; background: #ffffff; }}
    QFrame#codeBox {{ border: 2px dashed #80868b; border-radius: 8px; background: #f8f9fa; }}
    QLabel#supportCode {{ letter-spacing: 2px; }}
    QLabel#compare {{ background: #e8f0fe; padding: 6px; border-radius: 6px; }}
    QLabel#footer {{ color: #3c4043; }}
    QLabel#wizardTitle {{ font-size: {pt * 1.35:.1f}pt; font-weight: bold; }}
    QLabel#stepNumber {{ font-size: {pt * 1.15:.1f}pt; font-weight: bold; color: #1a5fb4; }}
    QLabel#stepExtra {{ background: #f1f3f4; padding: 8px; border-radius: 6px; }}
    QLabel#banner[state="offline"] {{ background: #fef7e0; border: 1px solid #f2b400;
                                      padding: 8px; border-radius: 6px; }}
    QLabel#banner[state="back"] {{ background: #e6f4ea; border: 1px solid #1b7f3b;
                                   padding: 8px; border-radius: 6px; }}
    QPushButton#openAdmin, QPushButton#recheck, QPushButton#guideButton {{
        font-weight: bold; padding: 10px 18px; background: #1a5fb4; color: #ffffff;
        border: 2px solid #0d3f7a; border-radius: 8px; }}
    QListWidget#makerList {{ font-size: {pt * 1.15:.1f}pt; }}
    QListWidget#makerList::item {{ padding: 8px 6px; border-bottom: 1px solid #e8eaed; }}
    QListWidget#makerList::item:selected {{ background: #1a5fb4; color: #ffffff; }}
    QPushButton#changeMaker {{ border: none; color: #1a5fb4; text-decoration: underline; }}
    QLabel#status {{ color: #3c4043; }}
    """
