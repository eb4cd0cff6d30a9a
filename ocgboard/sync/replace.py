"""An agency's laptop takes each extract in place of what it held.

An extract is what the agency may see now (projection.py), so what the board
has withdrawn since the last one (a member made non-disseminable, an action
given to another agency, a threat closed, a note made board only, an old
value) must go from this laptop too. Before the merge every record another
laptop made is forgotten (the library's seed, which every laptop makes for
itself, stays); the extract's records then rebuild the rows they name. After
it, every row the extract no longer names goes, but for this laptop's own
updates on an action the extract still holds.

This laptop's own records all stay in its log, returned or not: the log is a
chain it signs, they are its work, and they still supersede what they
superseded. Those of a row withdrawn wait there, unshown (`verify` notes
them), and count again if the board gives the row back.
"""

from __future__ import annotations

from ocgboard import clock
from ocgboard.core import setup
from ocgboard.errors import BoardError
from ocgboard.store import hlc
from ocgboard.store.base import syncable_tables
from ocgboard.store.raw import Raw

# The one kind of row an agency's laptop makes (roles.py): it hangs on an action.
OWN_KIND, PARENT = "action_update", ("action", "action_id")


HELD_AS_OF, MADE_AS_OF = "extract_as_of", "extract_made_as_of"
SET_SQL = ("INSERT INTO local_setting (key, value) VALUES (?, ?) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
FUTURE_SLACK_MS = 24 * 3600 * 1000


def begin(raw: Raw, manifest: dict, role, signer_name: str,
          wall: clock.Clock) -> bool:
    """Before the merge: whether this file replaces what the laptop holds, and if
    so every other laptop's records forgotten. `role`: the signer's, if an agency's."""
    if (manifest.get("scope") or {}).get("kind") != "agency":
        return False
    if role is not None:
        raise BoardError("an agency's extract comes only from a board laptop, and "
                         f"{signer_name} is an agency's: refused")
    if not check_newer(raw, manifest, wall):
        return False
    forget(raw)
    return True


def end(raw: Raw, manifest: dict) -> int:
    """After the merge: what the extract no longer holds withdrawn, and the
    extract's clock kept; how many rows were withdrawn."""
    withdrawn = withdraw(raw)
    raw.execute(SET_SQL,
                (HELD_AS_OF, str(manifest.get("as_of", 0))))
    return withdrawn


def as_of(raw: Raw, wall: clock.Clock) -> int:
    """The exporting laptop's clock for a new extract: after every record it holds
    and every extract it made before (hlc.py), so that the later of two extracts
    is the one that knew more."""
    top = raw.execute("SELECT max(hlc) FROM change").fetchone()[0] or 0
    made = _setting(raw, MADE_AS_OF)
    stamp = hlc.tick(max(top, int(made) if made and made.isdigit() else 0), wall.wall_ms())
    raw.execute(SET_SQL,
                (MADE_AS_OF, str(stamp)))
    return stamp


def check_newer(raw: Raw, manifest: dict, wall: clock.Clock) -> bool:
    """An extract older than the one this laptop holds would bring back what the
    board has since withdrawn: refused. Whether it is a new one: the one held,
    imported again, replaces nothing and changes nothing."""
    made = manifest.get("as_of", 0)
    ceiling = (wall.wall_ms() + FUTURE_SLACK_MS) << hlc.SHIFT
    if type(made) is not int or not 0 <= made <= ceiling:
        raise BoardError("the extract's clock is not one ocgboard writes: refused")
    held = _setting(raw, HELD_AS_OF)
    same = _setting(raw, "extract_id") == str(manifest.get("export_id"))
    if held is not None and held.isdigit() and made <= int(held) and not same:
        raise BoardError("this extract was made before the one this laptop holds, and "
                         "would bring back what the board has since withdrawn: import the "
                         "newest one the board sent; nothing was imported")
    return not same


def _setting(raw: Raw, key: str) -> str | None:
    found = raw.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    return found[0] if found else None


def forget(raw: Raw) -> int:
    """Every record another laptop made, and its conflicts, forgotten; how many."""
    kept = _kept_devices(raw)
    marks = ", ".join("?" * len(kept))
    gone = raw.execute(f"DELETE FROM change WHERE device_id NOT IN ({marks})", kept).rowcount
    raw.execute("DELETE FROM conflict")  # the heads they named are gone with them
    return gone


def withdraw(raw: Raw) -> int:
    """After the merge: the rows the extract no longer supports removed; how many.
    This laptop's own records of them stay in its log, which it signed and returns."""
    named = ("(SELECT row_id FROM change c JOIN device d ON d.id = c.device_id "
             "WHERE NOT d.is_local)")  # by the extract, or by the library's seed
    _parent, column = PARENT
    removed = 0
    # Updates last: whether theirs stay depends on which actions did.
    for table in sorted(syncable_tables(), key=lambda name: name == OWN_KIND):
        kept = (f" AND {column} NOT IN (SELECT id FROM {PARENT[0]})" if table == OWN_KIND
                else "")
        removed += raw.execute(f'DELETE FROM "{table}" WHERE id NOT IN {named}{kept}'
                               ).rowcount
    raw.execute("DELETE FROM device WHERE NOT is_local AND uuid != ? AND uuid NOT IN "
                "(SELECT device_uuid FROM contact) AND id NOT IN "
                "(SELECT DISTINCT device_id FROM change)", (setup.SEED_DEVICE,))
    return removed


def _kept_devices(raw: Raw) -> list[int]:
    return [pk for (pk,) in raw.execute("SELECT id FROM device WHERE is_local OR uuid = ?",
                                        (setup.SEED_DEVICE,))]
