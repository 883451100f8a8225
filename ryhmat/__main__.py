import sys

from ryhmat.entry import run

sys.exit(run())
