"""Exceptions of the reflector package."""


class ReflectorError(Exception):
    """Base class for every error the reflector raises on purpose."""


class ConfigError(ReflectorError):
    """The configuration file is missing, unreadable or has a wrong value.

    The message names the file and the key so that an operator can fix it.
    """
