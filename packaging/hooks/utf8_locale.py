"""Run-time hook of the bundle: a C locale becomes C.UTF-8 on Linux, as CPython's own
start does for a `python` program (PEP 538). Without it Qt warns on every start from an
environment that names no locale (cron, `env -i`) and reads file names as ASCII."""

import locale
import os
import sys

if sys.platform.startswith("linux") and locale.setlocale(locale.LC_CTYPE) in ("C", "POSIX"):
    os.environ["LC_CTYPE"] = "C.UTF-8"
    try:
        locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:  # a system without C.UTF-8: Qt says so itself
        del os.environ["LC_CTYPE"]
