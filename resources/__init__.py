"""Data files shipped with the app (branding, fonts, icons, guides), read through
importlib.resources."""
