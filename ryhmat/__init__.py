"""Ryhmät: plans, records and publishes the peer groups of Finnish family-work teams."""

# The one source of the version: pyproject.toml reads it from here when the wheel is
# built, and a bundle that carries no package metadata still knows it.
__version__ = "0.1.0"
