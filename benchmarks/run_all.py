"""Run every benchmark (benchmarks/bench_*.py) in its own process, in order.

Each prints its figures and its bar; this runner adds nothing
but the order and a summary of which benchmarks failed to run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    only = set(sys.argv[1:])
    failed = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem not in only:
            continue
        print(f"== {script.stem}", flush=True)
        if subprocess.run([sys.executable, str(script)], env=env).returncode != 0:
            failed.append(script.stem)
    if failed:
        print("benchmarks that did not complete: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
