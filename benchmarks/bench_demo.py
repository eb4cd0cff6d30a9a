"""Generating the national demo board, change log included (bar: < 60 s)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import private_home, timed  # noqa: E402

from ocgboard.core import demo, setup  # noqa: E402


def main() -> None:
    home = private_home("demo")
    store = setup.open_board(str(home / "board.sqlite"))
    with timed("national demo board generated (change log included)", bar=60) as t, \
            store.session("Benchmark") as session:
        made = demo.generate(session, "national")
    store.close()
    print(f"  {made['threats']:,} threats, {made['members']:,} members, {made['actions']:,} "
          f"actions, {made['updates']:,} updates, {made['disruptions']:,} disruptions, "
          f"{made['records']:,} change records; {made['records'] / t['seconds']:,.0f} records/s")
    print(f"  database size {(home / 'board.sqlite').stat().st_size / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
