"""The customer's open-resolver self-check app."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("openresolver-selfcheck")
except PackageNotFoundError:  # a source tree that was not installed
    __version__ = "0.0.0+source"
