"""A laptop under a passphrase: nothing of a board readable on disk without it, a wrong
passphrase refused in one line, a changed passphrase that re-encrypts nothing, and a
plain laptop of an earlier version converted on first use."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ocgboard.store import vault
from tests.sync.conftest import Laptop

PASSPHRASE = "correct horse battery staple"
SECRETS = ("Northshire Organised Crime Partnership Board", "Brook Street group",
           "Wojciech Zieliński", "Nguyễn Văn Bùi", "Hartley Road line")


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "laptop-passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def locked(monkeypatch, secret):
    """Laptops made from here on are given a passphrase (the real default)."""
    monkeypatch.delenv(vault.PLAIN_ENV)
    monkeypatch.setenv("OCGBOARD_PASSPHRASE_FILE", str(secret))


def run(home: Path, *argv, passphrase_file: Path | None = None, env: dict | None = None):
    """The command in a process of its own: nothing unlocked beforehand."""
    environ = {k: v for k, v in os.environ.items()
               if k not in ("OCGBOARD_PASSPHRASE_FILE", vault.PLAIN_ENV)}
    environ.update(OCGBOARD_HOME=str(home), **(env or {}))
    if passphrase_file is not None:
        environ["OCGBOARD_PASSPHRASE_FILE"] = str(passphrase_file)
    done = subprocess.run([sys.executable, "-m", "ocgboard", *argv], capture_output=True,
                          text=True, env=environ, stdin=subprocess.DEVNULL)
    return done.returncode, done.stdout, done.stderr


def found_in(folder: Path, words=SECRETS) -> list[str]:
    """Every file under `folder` that holds one of `words`, searched as bytes."""
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path}: {w}" for w in words
                     if w.encode("utf-8") in data or w.encode("utf-16-le") in data]
    return hits


def test_after_an_evening_s_work_nothing_is_readable_without_the_passphrase(
        locked, tmp_path, capsys, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    tempfile.tempdir = None  # so that the process's temp folder is read again
    chair, dwp = Laptop(tmp_path, "chair", capsys), Laptop(tmp_path, "dwp", capsys)
    chair.ok("demo", "--scale", "small")
    chair.ok("ocg", "edit", "OCG 05/00102", "--band", "1A")
    chair.ok("keys", "import", str(dwp.card()), "--agency", "DWP", "--name", "DWP team")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--trust-signer", "--yes")
    meeting = chair.json("meeting", "list")[0]["id"]
    chair.ok("pack", meeting[:8], "-o", str(tmp_path / "pack.pdf"), "--yes")
    chair.ok("backup")
    tempfile.tempdir = None
    for laptop in (chair, dwp):
        assert (laptop.home / "board.sqlite").stat().st_size > 50_000
        assert found_in(laptop.home) == []
        assert list((laptop.home / "backups").iterdir())
    assert found_in(scratch) == []
    assert b"age_identity" not in (chair.home / "keys" / "device-keys.json").read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(chair.home / "board.sqlite").execute(
            "SELECT count(*) FROM sqlite_master").fetchone()


def test_a_wrong_passphrase_is_refused_in_one_line_and_changes_nothing(tmp_path, secret):
    home = tmp_path / "chair"
    assert run(home, "demo", passphrase_file=secret)[0] == 0
    store = home / "board.sqlite"
    before = store.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("correct horse battery stapler\n")
    code, _out, err = run(home, "ocg", "edit", "OCG 05/00102", "--band", "1A",
                          passphrase_file=wrong)
    assert code != 0 and err == "ocgboard: error: wrong passphrase for this laptop\n"
    code, _out, err = run(home, "ocg", "list")  # no passphrase at all, and no terminal
    assert code != 0 and err.startswith("ocgboard: error: this laptop is locked: give its "
                                        "passphrase") and err.count("\n") == 1
    assert store.read_bytes() == before
    code, out, _err = run(home, "ocg", "list", passphrase_file=secret)
    assert code == 0 and "Brook Street group" in out


def test_a_new_passphrase_rewraps_the_key_and_re_encrypts_nothing(tmp_path, secret):
    home = tmp_path / "chair"
    assert run(home, "demo", passphrase_file=secret)[0] == 0
    before = (home / "board.sqlite").read_bytes()
    new = tmp_path / "new.txt"
    new.write_text("a much longer passphrase for the board\n")
    code, out, err = run(home, "lock", "change", "--new-passphrase-file", str(new),
                         passphrase_file=secret)
    assert code == 0, err
    assert "not re-encrypted" in out
    assert (home / "board.sqlite").read_bytes() == before
    assert run(home, "ocg", "list", passphrase_file=secret)[2] == \
        "ocgboard: error: wrong passphrase for this laptop\n"
    assert "Brook Street group" in run(home, "ocg", "list", passphrase_file=new)[1]


def test_a_plain_laptop_of_an_earlier_version_is_encrypted_on_first_use(tmp_path, secret):
    home = tmp_path / "chair"
    plain = {vault.PLAIN_ENV: "1"}
    assert run(home, "demo", env=plain)[0] == 0
    assert run(home, "backup", env=plain)[0] == 0
    (home / "keys" / "lock.json").unlink()  # as a laptop from before there was a lock
    assert found_in(home)  # plain: names readable
    code, _out, err = run(home, "ocg", "list")
    assert code != 0 and "this laptop has no passphrase yet" in err
    code, out, err = run(home, "ocg", "list", passphrase_file=secret)
    assert code == 0 and "Brook Street group" in out
    assert "encrypted 2 database(s)" in err
    assert found_in(home) == []
    code, out, _err = run(home, "action", "list", passphrase_file=secret)
    assert code == 0 and "Trading Standards to consider" in out


def test_the_age_identity_is_written_out_for_the_age_tool(tmp_path, secret):
    home = tmp_path / "chair"
    assert run(home, "keys", "show", passphrase_file=secret)[0] == 0
    target = tmp_path / "me.agekey"
    code, out, err = run(home, "keys", "export-identity", "-o", str(target),
                         passphrase_file=secret)
    assert code == 0 and "WARNING" in err and "delete it when done" in err
    assert target.read_text().startswith("AGE-SECRET-KEY-1")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_deputy_joins_a_big_replica_into_an_encrypted_store(locked, tmp_path, capsys,
                                                              monkeypatch):
    from ocgboard.sync import plan
    from tests.sync.conftest import syncable_state

    monkeypatch.setattr(plan, "BIG_IMPORT", 50)  # the second process stores the log
    chair, deputy = Laptop(tmp_path, "chair", capsys), Laptop(tmp_path, "deputy", capsys)
    chair.ok("demo", "--scale", "small")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    replica = tmp_path / "replica.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("join", str(replica), "--laptop", "Deputy laptop", "--operator", "DI Ann Lee",
              "--yes")
    assert found_in(deputy.home) == []
    with chair.on():
        want = syncable_state(chair)
    with deputy.on():
        assert syncable_state(deputy) == want
