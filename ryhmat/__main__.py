import sys

from ryhmat.cli.main import main

sys.exit(main())
