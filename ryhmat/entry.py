"""The program's entry: `ryhmat`, `ryhmat-gui`, `python -m ryhmat` and the bundle.

Python's cyclic garbage collector waits while the program loads. Loading SQLAlchemy,
the tables' mapping and the views makes some hundred thousand objects that live as
long as the process; the collector's passes over them while they are made find
nothing to free and cost a command about a tenth of its start. Once the program has
loaded (``end_of_loading``), what exists is frozen out of later passes and collection
runs again. Only a process started here waits: ``ryhmat.cli.main.main`` called in
another program (the tests) leaves that program's collector alone.
"""

from __future__ import annotations

import gc

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
_loading = False


def run() -> int:
    start_loading()
    try:
        from ryhmat.cli.main import main
    except KeyboardInterrupt:  # Ctrl-C while the program is still loading
        return EXIT_INTERRUPTED
    return main()


def start_loading() -> None:
    """The collector waits until ``end_of_loading``."""
    global _loading
    gc.disable()
    _loading = True


def end_of_loading(*, collect_automatically: bool = True) -> None:
    """The program has loaded what it needs (a command's database is open, the window
    shows its calendar): what exists now is left out of later collections, and the
    collector runs again, by itself or, with ``collect_automatically=False``, where its
    owner runs it (the window's, on the GUI thread: ryhmat.ui.garbage)."""
    global _loading
    if not _loading:
        return
    _loading = False
    gc.freeze()
    if collect_automatically:
        gc.enable()


def thaw_what_was_loaded() -> None:
    """What was frozen at the end of loading may now be garbage (the window it built
    has been replaced): later collections look at it again."""
    gc.unfreeze()
