"""Ryhmät: plans, records and publishes the peer groups of Finnish family-work teams."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ryhmat")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
