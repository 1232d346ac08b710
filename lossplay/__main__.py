import sys

from . import start

sys.exit(start())
