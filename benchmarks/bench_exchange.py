"""Exchange files on the national demo board.

Bars (2-core machine): the store at most half the 937 MB that one record a
field made it; a full export in under 5 s; a full import of it into an empty
store in under 10 s, and within 5x of copying the store it makes with SQLite's
backup API (timed in the same process, just after); an incremental export of
one meeting's worth of changes in under 1 s, and its import in under 0.5 s.
Also, for comparison, an agency's extract with and without its redaction.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_national_board, national_keys, private_home, timed  # noqa: E402
from sqlalchemy import select  # noqa: E402

from ocgboard.core import board, meetings, plans, setup  # noqa: E402
from ocgboard.store.models import Action  # noqa: E402
from ocgboard.sync import contacts, export, importer, keys  # noqa: E402


class Laptop:
    def __init__(self, root: Path, name: str, database: Path | None = None):
        self.home = root / name
        self.home.mkdir(parents=True)
        if database is not None:
            source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
            with sqlite3.connect(self.home / "board.sqlite") as copy:
                source.backup(copy)
            source.close()
            shutil.copytree(national_keys(database), self.home / "keys")
        self.keys = keys.load(self.home / "keys")
        self.store = setup.open_board(str(self.home / "board.sqlite"),
                                      keys_folder=self.home / "keys")
        with self.store.reader() as s:
            device = board.local_device(s)
            self.card = keys.parse_card(keys.card(self.keys, "Board", device.name))


def meeting_of_changes(chair: Laptop) -> int:
    """What a board meeting produces: forty actions moved on, each with a dated update."""
    with chair.store.session("Chair") as s:
        today = chair.store.clock.today()
        moved = 0
        for action in s.scalars(select(Action).where(Action.status == "agreed").limit(40)):
            plans.change_status(s, action, "in progress", "Agreed at the board: started",
                                today=today)
            moved += 1
        meetings.add(s, "Board meeting", today, with_due_reviews=False)
    return moved


def import_on(home: Path, replica: Path, by_app: bool) -> None:
    """The deputy's laptop: a fresh process, its own store and keys. `ocgboard
    import` is the store's sole user; the app keeps the store in WAL mode so that
    its windows read during the import (importer.import_file's sole_user)."""
    os.environ["OCGBOARD_HOME"] = str(home)
    device_keys = keys.load(home / "keys")
    store = setup.open_board(str(home / "board.sqlite"), keys_folder=home / "keys")
    with timed("full import into an empty store, by the app (for comparison)" if by_app
               else "full import into an empty store (ocgboard import)",
               bar=None if by_app else 10) as took:
        result = importer.import_file(store, replica, device_keys=device_keys,
                                      sole_user=not by_app)
    print(f"  {result.summary.records_new:,} records new; "
          f"{sum(result.summary.new_rows.values()):,} rows made", flush=True)
    store.close()
    if not by_app:
        copy_for_comparison(home / "board.sqlite", took["seconds"])


def copy_for_comparison(database: Path, imported: float) -> None:
    """The floor an import is measured against: SQLite copying the very store it made."""
    target = database.with_name("copy.sqlite")
    with timed("copy of the imported store by SQLite's backup API") as copied:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
    ratio = imported / copied["seconds"]
    print(f"  the import took {ratio:.1f}x the copy (bar: within 5x — "
          f"{'met' if ratio <= 5 else 'NOT MET'}); store {database.stat().st_size / 1e6:,.0f} MB",
          flush=True)
    target.unlink()


def agency_extract(chair: Laptop, root: Path) -> None:
    """An agency's extract, every text through the board-wide redactor (no bar: for
    comparison with the same extract without it)."""
    dwp = Laptop(root, "dwp")
    with chair.store.session("Chair") as s:
        contacts.add(s, dwp.card, board=False, agency="DWP", name="DWP team")
    with timed("agency extract for DWP, withheld names blanked") as took, \
            chair.store.session("Chair") as s:
        made = export.export(s, root / "dwp.ocgx", agency="DWP", device_keys=chair.keys)
    with patched_redactor(), timed("the same extract without the redactor") as bare, \
            chair.store.session("Chair") as s:
        export.export(s, root / "dwp-bare.ocgx", agency="DWP", device_keys=chair.keys)
    print(f"  {made.records:,} change records; {took['seconds'] / bare['seconds']:.1f}x the "
          "extract without redaction", flush=True)
    dwp.store.close()


@contextmanager
def patched_redactor():
    """An empty redactor in the export, as before names were withheld from extracts."""
    real = export.withheld.redactor
    export.withheld.redactor = lambda session: export.withheld.Redactor()
    try:
        yield
    finally:
        export.withheld.redactor = real


def main() -> None:
    if sys.argv[1:2] == ["--import-on"]:
        import_on(Path(sys.argv[2]), Path(sys.argv[3]), by_app=sys.argv[4:] == ["--app"])
        return
    root = private_home("exchange")
    try:
        measure(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


FIELD_RECORDS_MB = 937  # the national store when every record was one field


def measure(root: Path) -> None:
    board = cached_national_board()
    size = board.stat().st_size / 1e6
    print(f"national store: {size:,.0f} MB, {size / FIELD_RECORDS_MB:.2f}x the "
          f"{FIELD_RECORDS_MB} MB of one record a field (bar: at most 0.5x — "
          f"{'met' if size <= FIELD_RECORDS_MB / 2 else 'NOT MET'})", flush=True)
    chair = Laptop(root, "chair", board)
    deputy = Laptop(root, "deputy")
    with chair.store.session("Chair") as s:
        contacts.add(s, deputy.card, board=True, name="Deputy")
    with deputy.store.session("Deputy") as s:
        contacts.add(s, chair.card, board=True, name="Chair")
    replica = root / "national.ocgx"
    with timed("full export of the national board", bar=5), \
            chair.store.session("Chair") as s:
        made = export.export(s, replica, to=["Deputy"], device_keys=chair.keys)
    print(f"  {made.records:,} change records, file {made.size / 1e6:,.0f} MB")
    agency_extract(chair, root)
    deputy.store.close()
    twin = root / "deputy-app"  # the same empty laptop, to import by the app's path
    shutil.copytree(deputy.home, twin)
    # The deputy imports on another laptop, later: in a process of its own, once
    # the chair's copy and export have reached the disk.
    for home, how in ((deputy.home, []), (twin, ["--app"])):
        os.sync()
        subprocess.run([sys.executable, __file__, "--import-on", str(home), str(replica),
                        *how], check=True)
    shutil.rmtree(twin)
    deputy.store = setup.open_board(str(deputy.home / "board.sqlite"),
                                    keys_folder=deputy.home / "keys")
    moved = meeting_of_changes(chair)
    incremental = root / "meeting.ocgx"
    with timed("incremental export of one meeting's changes", bar=1), \
            chair.store.session("Chair") as s:
        made = export.export(s, incremental, to=["Deputy"], since_last=True,
                             device_keys=chair.keys)
    print(f"  {moved} actions moved on: {made.records:,} change records, {made.size:,} bytes")
    with timed("incremental import on the deputy's laptop", bar=0.5):
        result = importer.import_file(deputy.store, incremental, device_keys=deputy.keys)
    print(f"  {result.summary.headline()}")
    if result.backup is not None:
        print(f"  its undo point: {Path(result.backup).name}, "
              f"{Path(result.backup).stat().st_size / 1e3:,.0f} kB", flush=True)
    chair.store.close()
    deputy.store.close()


if __name__ == "__main__":
    main()
