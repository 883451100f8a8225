import sys

try:
    from ryhmat.cli.main import main
except KeyboardInterrupt:  # Ctrl-C while the program is still loading: 128 + SIGINT
    sys.exit(130)

sys.exit(main())
