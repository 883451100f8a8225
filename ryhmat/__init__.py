"""Ryhmät: plans, records and publishes the peer groups of Finnish family-work teams."""


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package only when asked: importing
    importlib.metadata and searching the path would add to every start of the app."""
    if name != "__version__":
        raise AttributeError(f"module 'ryhmat' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ryhmat")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"
