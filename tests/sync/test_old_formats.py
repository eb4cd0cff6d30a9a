"""Exchange files written by every released version import into today's ocgboard.

Each folder in tests/sync/fixtures is named by the commit that wrote its files
with its own code and keys (the folder's README says how): a chair's full
replica for the deputy and its DWP extract for DWP's laptop, with the
receivers' age identities and the laptops' cards. A new folder is picked up
by its files alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ocgboard import clock
from ocgboard.core import board, setup
from ocgboard.sync import container, envelope, keys, minisig
from tests import old_boards

FIXTURES = Path(__file__).parent / "fixtures"
FILES = sorted(FIXTURES.glob("*/*.ocgx"))
VERSIONS = sorted({p.parent for p in FILES})
RECEIVER = {"full": "deputy", "agency-dwp": "dwp"}

# Versions whose files are refused whole, with these words. c19b1f1 wrote its
# records as JSON lines, 35d1f65 and 5f72175 as tab-separated lines, all under
# FORMAT 1, when a device's id was a random number its files and cards stated:
# nothing in them can prove which laptop wrote a record. c69ee49 (FORMAT 2) wrote
# one record a field, under per-device signed heads over those records' hashes.


def older(version: int) -> str:
    return (f"this file was written by an older ocgboard (exchange format {version}; this "
            "version reads 3): ask the sender to upgrade and export it again")


REFUSED = {"c19b1f1": older(1), "35d1f65": older(1), "5f72175": older(1),
           "c69ee49": older(2)}


def params(files, *, kinds=("full", "agency-dwp")):
    """pytest params for the files today's code imports (REFUSED ones are tested apart)."""
    return [pytest.param(path, id=f"{path.parent.name}-{path.stem}") for path in files
            if path.stem in kinds and path.parent.name not in REFUSED]


def test_there_are_files_from_the_first_and_the_current_format():
    assert len(VERSIONS) >= 2
    assert any(f.name not in REFUSED for f in VERSIONS), "no files of today's format"
    for folder in VERSIONS:
        assert {p.name for p in folder.glob("*.ocgx")} == {"full.ocgx", "agency-dwp.ocgx"}
        for name in ("chair.card", "deputy.card", "dwp.card", "deputy.agekey", "dwp.agekey",
                     "chair-device-keys.json"):
            assert (folder / name).is_file(), folder / name


def receiver(laptops, path: Path):
    """The laptop a file was made for, new, with the sender's card in its address book."""
    laptop = laptops(RECEIVER[path.stem])
    laptop.ok("keys", "import", str(path.parent / "chair.card"), "--board", "--name", "Chair")
    return laptop, path.parent / f"{laptop.name}.agekey"


def exchange_log(laptop) -> list:
    conn = laptop.connect()
    try:
        return conn.execute("SELECT direction, scope FROM exchange_log").fetchall()
    finally:
        conn.close()


def verified(laptop) -> None:
    _code, out, _err = laptop("verify", "--json")
    report = json.loads(out)
    assert report["ok"], report["problems"]


def imported(laptops, path: Path):
    laptop, identity = receiver(laptops, path)
    laptop.ok("import", str(path), "--identity", str(identity), "--yes")
    return laptop, identity


@pytest.mark.parametrize("path", params(FILES))
def test_each_old_file_imports(path, laptops):
    laptop, identity = imported(laptops, path)
    with laptop.on():
        store = setup.open_board(laptop.url)
        try:
            with store.reader() as s:
                if path.stem == "full":
                    old_boards.check_board(s, with_meetings=True)
                    assert board.get_local(s, "replica") != "partial"
                else:
                    old_boards.check_extract(s)
                    assert board.get_local(s, "replica") == "partial"
        finally:
            store.close()
    assert [d for d, _scope in exchange_log(laptop)] == ["import"]
    before = laptop.dump()
    laptop.ok("import", str(path), "--identity", str(identity), "--yes")
    assert laptop.dump() == before, "the same file imported twice changed the store again"


@pytest.mark.parametrize("path", params(FILES, kinds=("full",)))
def test_an_old_full_replica_verifies_after_the_import(path, laptops):
    verified(imported(laptops, path)[0])


@pytest.mark.parametrize("path", params(FILES, kinds=("full",)))
def test_an_old_replica_gives_its_actions_numbers_as_they_were_raised(path, laptops):
    """A version before action numbers raised none: the board laptop that imports its
    replica numbers each threat's actions in the order they were raised, and says so.
    An agency's laptop waits for the board's numbers."""
    laptop, identity = receiver(laptops, path)
    said = laptop.ok("import", str(path), "--identity", str(identity), "--yes")
    assert f"numbered {old_boards.OCG} · 1: the laptop that raised it gave it none" in said
    with laptop.on():
        store = setup.open_board(laptop.url)
        try:
            with store.reader() as s:
                assert {strand: a.number for strand, a in old_boards.ocg_actions(s).items()} \
                    == {"Prevent": 1, "Pursue": 2}  # raised at 09:30 and 09:31
        finally:
            store.close()
    extract = path.parent / "agency-dwp.ocgx"
    dwp, dwp_identity = imported(laptops, extract)
    assert {a["number"] for a in dwp.json("action", "list")} == {None}


@pytest.mark.parametrize("path", params(FILES, kinds=("agency-dwp",)))
def test_an_old_agency_extract_verifies_after_the_import(path, laptops):
    verified(imported(laptops, path)[0])


UNREADABLE = [p for p in FILES if p.parent.name in REFUSED]


@pytest.mark.parametrize("path", UNREADABLE, ids=[f"{p.parent.name}-{p.stem}"
                                                  for p in UNREADABLE])
def test_a_file_todays_code_cannot_read_is_refused_whole(path, laptops):
    laptop = laptops(RECEIVER[path.stem])
    laptop.ok("keys", "show")  # a laptop with its keys and store, and no contact yet
    identity = path.parent / f"{laptop.name}.agekey"
    before = laptop.dump()
    code, out, err = laptop("import", str(path), "--identity", str(identity), "--yes")
    assert code != 0, out
    assert err == f"ocgboard: error: {REFUSED[path.parent.name]}\n"
    assert laptop.dump() == before
    assert exchange_log(laptop) == []


KEYLESS = [f for f in VERSIONS if REFUSED.get(f.name) == older(1)]  # cards naming their ids


@pytest.mark.parametrize("folder", KEYLESS, ids=[f.name for f in KEYLESS])
def test_a_card_of_an_older_version_is_refused(folder, laptops):
    laptop = laptops("deputy")
    before = laptop.dump() if laptop.db.exists() else None
    code, _out, err = laptop("keys", "import", str(folder / "chair.card"), "--board")
    assert code != 0 and "older ocgboard" in err and "ask for a new card" in err, err
    assert before is None or laptop.dump() == before


def newer_format(path: Path, identity: Path, work: Path) -> Path:
    """The file with its container's format raised by one, re-signed by its sender
    and sealed again for its receiver: in all else a good file."""
    work.mkdir()
    mine = pyrage_identity(identity)
    inner, _signature = envelope.open_envelope(path, work, identities=[mine])
    data = inner.read_bytes()
    header = container.MAGIC + f" {container.FORMAT}\n".encode()
    assert data.startswith(header)  # a file of today's format, else the check is another
    inner.write_bytes(container.MAGIC + f" {container.FORMAT + 1}\n".encode()
                      + data[len(header):])
    sender_keys = work / "sender-keys"
    sender_keys.mkdir()
    shutil.copy(path.parent / "chair-device-keys.json", sender_keys / keys.KEY_FILE)
    sender = keys.load(sender_keys, create=False)
    signature = minisig.sign(sender.signer, sender.key_id, minisig.blake2b_file(inner),
                             "a newer format")
    card = keys.parse_card((path.parent / f"{RECEIVER[path.stem]}.card").read_text())
    out_path = work / f"newer-{path.name}"
    with open(out_path, "wb") as out:
        envelope.seal(inner, signature, out, recipients=[card.recipient], workdir=work,
                      made_at=clock.current().now())
    return out_path


def pyrage_identity(path: Path):
    import pyrage

    return pyrage.x25519.Identity.from_str(path.read_text().strip())


CURRENT = [f for f in VERSIONS if f.name not in REFUSED]


@pytest.mark.parametrize("folder", CURRENT, ids=[f.name for f in CURRENT])
def test_a_file_claiming_a_newer_format_is_refused(folder, laptops, tmp_path):
    path = folder / "full.ocgx"
    laptop, identity = receiver(laptops, path)
    newer = newer_format(path, identity, tmp_path / "newer")
    before = laptop.dump()
    code, out, err = laptop("import", str(newer), "--identity", str(identity), "--yes")
    assert code != 0, out
    assert err == (f"ocgboard: error: this file was written by a newer ocgboard (exchange "
                   f"format {container.FORMAT + 1}; this version reads {container.FORMAT}): "
                   "upgrade to import it\n")
    assert laptop.dump() == before
    assert exchange_log(laptop) == []
