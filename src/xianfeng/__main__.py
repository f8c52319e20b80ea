"""``python -m xianfeng``: the command line of :mod:`xianfeng.cli`."""

import sys

from xianfeng.cli import main

if __name__ == "__main__":
    sys.exit(main())
