"""Starting one of ocgboard's own modules as a helper process.

From a checkout or a wheel a helper is `python -m MODULE`. In a desktop bundle
(PyInstaller) there is no Python to run: sys.executable is the app itself. So
the bundle's executables look at their first argument before anything else
(packaging/pyinstaller/cli_main.py, gui_main.py): HELPER_ARG and a module of HELPERS run that
module's main() instead of the app. Only modules listed here can be started
that way, so the argument cannot be used to run arbitrary code.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

HELPER_ARG = "--ocgboard-helper"
HELPERS = ("ocgboard.sync.staged_log",)


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def command(module: str) -> list[str]:
    """The argv that runs `module`'s main() in a fresh process."""
    if module not in HELPERS:
        raise ValueError(f"{module} is not one of ocgboard's helper processes")
    if frozen():
        return [sys.executable, HELPER_ARG, module]
    return [sys.executable, "-m", module]


def environment() -> dict[str, str]:
    """The helper's environment: the caller's, with this copy of ocgboard first on
    the path (a checkout run without installing it). A bundle carries its own."""
    env = dict(os.environ)
    if not frozen():
        here = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(
            part for part in (here, os.environ.get("PYTHONPATH", "")) if part)
    return env


def run_helper(argv: list[str]) -> int | None:
    """In a bundle's executable: the helper's exit status when argv asks for one,
    None when argv is the app's own."""
    if len(argv) < 2 or argv[1] != HELPER_ARG:
        return None
    module = argv[2] if len(argv) > 2 else ""
    if module not in HELPERS:
        print(f"ocgboard: no helper process named {module!r}", file=sys.stderr)
        return 2
    importlib.import_module(module).main()
    return 0
