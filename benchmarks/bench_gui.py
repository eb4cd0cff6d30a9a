"""The desktop app on the national demo board (5,000 threats).

Bars (2-core machine): the main window shown within 2 s of start; a keystroke
in the register's filter answered within 100 ms; a threat editor opened
within 200 ms; peak memory under 600 MB. Each figure is measured in a fresh
process started for it (offscreen Qt), on a copy of the national board.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_national_board  # noqa: E402

PROBE = Path(__file__).resolve().parent / "gui_probe.py"


def prepared_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="ocgboard-bench-gui-"))
    source = sqlite3.connect(f"file:{cached_national_board()}?mode=ro", uri=True)
    with sqlite3.connect(home / "board.sqlite") as copy:
        source.backup(copy)
    source.close()
    env = dict(os.environ, OCGBOARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # Migrate and seed once, so that the timed start is an ordinary start.
    subprocess.run([sys.executable, "-c", "from ocgboard.core import setup; "
                    "setup.open_board().close()"], env=env, check=True)
    return home


def run_probe(home: Path) -> dict:
    env = dict(os.environ, OCGBOARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def verdict(value: float, bar: float, unit: str) -> str:
    return f"{value:,.0f} {unit} (bar: < {bar:,.0f} {unit} — {'met' if value < bar else 'NOT MET'})"


def main() -> None:
    home = prepared_home()
    try:
        figures = run_probe(home)
    finally:
        for path in home.rglob("*"):
            if path.is_file():
                path.unlink()
    print("main window shown after start: " + verdict(figures["startup_ms"], 2000, "ms"))
    if "filter_ms" in figures:
        print("register filter keystroke answered in: "
              + verdict(figures["filter_ms"], 100, "ms") + f" (worst of {figures['keys']})")
    if "editor_ms" in figures:
        print("threat editor opened in: " + verdict(figures["editor_ms"], 200, "ms")
              + f" (slowest of 10 threats, register of {figures['threats']:,})")
    print("peak memory: " + verdict(figures["peak_mb"], 600, "MB"))


if __name__ == "__main__":
    main()
