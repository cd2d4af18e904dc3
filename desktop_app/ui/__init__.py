"""The customer's window (PySide6). Talks to desktop_app.core only through plain values."""
