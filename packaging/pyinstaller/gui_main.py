"""The desktop bundle's app, `ocgboard-gui`: the app's own helper processes first
(ocgboard/child.py: an import it runs starts one with this very executable), else
the window."""

import sys

from ocgboard import child

status = child.run_helper(sys.argv)
if status is None:
    from ocgboard.gui.app import main

    status = main(sys.argv[1:])
sys.exit(status)
