"""ISP-side reflector: probes the requester's own address for an open DNS resolver."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("openresolver-selfcheck")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
