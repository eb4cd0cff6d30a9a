"""A regional hub on PostgreSQL serving ten national-size boards.

Each board is a national demo board of its own (5,000 threats, 120,000
actions, its own seed and name), so the hub holds 50,000 threats and 1.2
million actions. Figures, on a throw-away server with fsync on (as a real
one runs), all from this one run:
- each board's full replica joined into the hub, and, for the ratio, the
  first one imported into an empty laptop store (SQLite) in the same run;
- the statistics across every board, with the threats on two boards;
- one round of the inbox: a meeting's worth of changes from each board's
  chair, taken, and the answers written;
- the databases' sizes.
OCGBOARD_HUB_BOARDS sets how many boards (default 10); OCGBOARD_BENCH_PG names
a server already running (its socket folder) instead of a throw-away one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import private_home, timed  # noqa: E402

from ocgboard.core import board, demo, setup  # noqa: E402
from ocgboard.hub import across, serve  # noqa: E402
from ocgboard.hub.folder import Hub  # noqa: E402
from ocgboard.sync import contacts, export, importer, keys  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
THROWAWAY = ROOT / "packaging" / "postgres" / "throwaway.sh"
BOARDS = int(os.environ.get("OCGBOARD_HUB_BOARDS", "10"))


class Chair:
    """A board's chair laptop: a national board of its own, the hub's card kept."""

    def __init__(self, root: Path, number: int, hub_card: keys.Card):
        self.home = root / f"chair{number}"
        self.home.mkdir(parents=True)
        self.keys = keys.load(self.home / "keys")
        self.store = setup.open_board(str(self.home / "board.sqlite"),
                                      keys_folder=self.home / "keys")
        with self.store.session("Chair") as s:
            board.init(s, f"Board {number:02d}", area=f"Area {number:02d}")
            demo.generate(s, "national", seed=2024 + number)
            contacts.add(s, hub_card, board=True, name="Hub")

    def send(self, target: Path, since_last: bool = False) -> int:
        with self.store.session("Chair") as s:
            return export.export(s, target, to=["Hub"], since_last=since_last,
                                 device_keys=self.keys).records


def admin(socket: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(host=socket, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(sql)


def sizes(socket: str) -> int:
    import psycopg

    with psycopg.connect(host=socket, user="postgres", dbname="postgres") as conn:
        return conn.execute("SELECT sum(pg_database_size(datname)) FROM pg_database "
                            "WHERE datname LIKE 'board_%'").fetchone()[0]


def measure(root: Path, socket: str) -> None:
    hub_home = root / "hub"
    os.environ["OCGBOARD_HOME"] = str(hub_home)  # the hub's keys, as `ocgboard hub` finds them
    hub_keys = keys.load()
    hub = Hub.at(hub_home / "hub")
    hub_card = keys.parse_card(keys.card(hub_keys, "Hub", "Hub"))
    chairs, joined = [], []
    for number in range(1, BOARDS + 1):
        with timed(f"board {number:02d}: a national demo board made on its chair's laptop"):
            chair = Chair(root, number, hub_card)
        chairs.append(chair)
        replica = root / f"board{number:02d}.ocgx"
        records = chair.send(replica)
        url = f"postgresql+psycopg://postgres@/board_{number:02d}?host={socket}"
        admin(socket, f"CREATE DATABASE board_{number:02d}")
        with timed(f"board {number:02d}: its full replica ({records:,} records) joined into "
                   "the hub") as took:
            serve.join_board(hub, replica, url, name="Hub", me=hub_keys)
        joined.append(took["seconds"])
        if number == 1:
            laptop_import(root, replica, hub_keys, chair, took["seconds"])
        replica.unlink()
    print(f"joining: {min(joined):.1f} s to {max(joined):.1f} s a board; the last took "
          f"{joined[-1] / joined[0]:.2f}x the first, with {len(joined) - 1} boards in the hub "
          "before it",
          flush=True)
    with timed(f"statistics across {BOARDS} boards (ocgboard hub stats)"):
        found = across.gather(hub)
    total = found.total.period
    print(f"  {sum(total.threats_by_status.values()):,} threats, "
          f"{sum(total.actions_by_status.values()):,} actions, {total.disruptions:,} "
          f"disruptions in the period; {len(found.crossings):,} threats flagged on two boards",
          flush=True)
    for number, chair in enumerate(chairs, 1):
        moved = meeting(chair)
        chair.send(hub.tray("inbox") / f"board{number:02d}-meeting.ocgx", since_last=True)
    with timed(f"the inbox: {BOARDS} files of a meeting's changes ({moved} actions each) "
               "taken"):
        taken = serve.take_inbox(hub, me=hub_keys)
    assert not any(t.refused for t in taken), [t.words for t in taken if t.refused]
    with timed("the answers written"):
        serve.answer(hub, me=hub_keys)
    print(f"the hub's databases: {float(sizes(socket)) / 1e9:.2f} GB", flush=True)
    for chair in chairs:
        chair.store.close()


def laptop_import(root: Path, replica: Path, hub_keys, chair: Chair, into_hub: float) -> None:
    """The same replica into an empty laptop store (its chair a contact), for the ratio."""
    laptop = root / "laptop"
    laptop.mkdir()
    store = setup.open_board(str(laptop / "board.sqlite"))
    with store.session("Deputy") as s:
        contacts.add(s, keys.parse_card(keys.card(chair.keys, "Board", "Chair")), board=True,
                     name="Chair")
    with timed("  the same replica into an empty laptop store (SQLite), for comparison") \
            as took:
        importer.import_file(store, replica, device_keys=hub_keys, sole_user=True)
    store.close()
    print(f"  the hub's join took {into_hub / took['seconds']:.2f}x the laptop's import",
          flush=True)
    shutil.rmtree(laptop)


def meeting(chair: Chair) -> int:
    from sqlalchemy import select

    from ocgboard.core import plans
    from ocgboard.store.models import Action

    with chair.store.session("Chair") as s:
        today = chair.store.clock.today()
        moved = 0
        for action in s.scalars(select(Action).where(Action.status == "agreed").limit(40)):
            plans.change_status(s, action, "in progress", "Agreed at the board: started",
                                today=today)
            moved += 1
    return moved


def main() -> None:
    root = private_home("hub")
    given = os.environ.get("OCGBOARD_BENCH_PG")
    # Its own folder: the server's user must reach it, and the bench's home is 0700.
    socket = given or tempfile.mkdtemp(prefix="ocgboard-bench-pg-")
    if not given:
        subprocess.run(["sh", str(THROWAWAY), "start", socket], check=True,
                       env=dict(os.environ, THROWAWAY_DURABLE="1"), stdout=subprocess.DEVNULL)
    try:
        measure(root, socket)
    finally:
        if not given:
            subprocess.run(["sh", str(THROWAWAY), "stop", socket], check=False)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
