"""The desktop bundle's command line, `ocgboard`: the app's own helper processes
first (ocgboard/child.py), else the command line."""

import sys

from ocgboard import child

status = child.run_helper(sys.argv)
if status is None:
    from ocgboard.cli import main

    status = main(sys.argv[1:])
sys.exit(status)
