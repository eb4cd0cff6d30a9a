"""The laptop's lock and the files it opens: keys wrapped and unwrapped, secrets
sealed, a tampered lock file or sealed secret refused, databases that open only
under the key."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ocgboard.errors import BoardError, StoreError
from ocgboard.store import cipher, vault

pytestmark = pytest.mark.sqlite_only("encryption at rest of the SQLite file (SQLCipher)")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def locked(home, monkeypatch):
    monkeypatch.delenv(vault.PLAIN_ENV)
    vault.create(PASSPHRASE)
    yield home / "keys" / "lock.json"
    vault.lock()


def test_the_key_is_wrapped_and_unwrapped_only_by_the_passphrase(locked):
    key = vault.data_key()
    assert key is not None and len(key) == 32
    vault.lock()
    with pytest.raises(vault.Locked):
        vault.data_key()
    with pytest.raises(StoreError, match="wrong passphrase"):
        vault.unlock(PASSPHRASE + " ")
    vault.unlock(PASSPHRASE)
    assert vault.data_key() == key
    text = locked.read_text()
    assert PASSPHRASE not in text and key.hex() not in text
    assert json.loads(text)["kdf"]["name"] == "argon2id"


def test_a_tampered_lock_file_is_refused_in_one_line(locked):
    data = json.loads(locked.read_text())
    wrapped = bytearray(data["wrapped"].encode())
    wrapped[20] = ord("A") if wrapped[20] != ord("A") else ord("B")
    data["wrapped"] = wrapped.decode()
    locked.write_text(json.dumps(data))
    vault.lock()
    with pytest.raises(StoreError) as refused:
        vault.unlock(PASSPHRASE)
    assert "\n" not in refused.value.message
    locked.write_text("{not json")
    with pytest.raises(StoreError, match="lock file is damaged"):
        vault.unlock(PASSPHRASE)


@pytest.mark.parametrize("cost", [{"memory_kib": 2**40}, {"iterations": 10**9},
                                  {"lanes": 0}, {"iterations": "3"}, {"memory_kib": True}])
def test_a_lock_file_asking_argon2_for_too_much_is_refused_not_obeyed(locked, cost):
    data = json.loads(locked.read_text())
    data["kdf"].update(cost)
    locked.write_text(json.dumps(data))
    vault.lock()
    with pytest.raises(StoreError, match="lock file is damaged"):
        vault.unlock(PASSPHRASE)


def test_a_sealed_secret_opens_only_as_what_it_was_sealed_for(locked):
    sealed = vault.seal(b"the signing seed", "device keys")
    assert b"signing" not in sealed and vault.is_sealed(sealed)
    assert vault.unseal(sealed, "device keys") == b"the signing seed"
    with pytest.raises(StoreError):
        vault.unseal(sealed, "something else")
    with pytest.raises(StoreError):
        vault.unseal(sealed[:-1] + bytes([sealed[-1] ^ 1]), "device keys")


def test_a_laptop_has_one_lock_and_a_passphrase_has_a_minimum(locked):
    with pytest.raises(StoreError, match="has a passphrase already"):
        vault.create("another passphrase")
    with pytest.raises(BoardError, match="at least 8"):
        vault.change(PASSPHRASE, "short")


def test_the_strength_meter_grows_with_length_and_kinds_of_character():
    words = [vault.strength(p)[1] for p in ("abc", "abcdefgh", "Abcdefgh12",
                                            "correct horse battery staple",
                                            "Correct-Horse-Battery-Staple-42!")]
    assert words[0] == "too short" and words[-1] == "strong"
    bits = [vault.strength(p)[0] for p in ("aaaaaaaaaaaa", "abcdefghijkl")]
    assert bits[0] < bits[1]  # repeats count for little


def test_a_database_opens_only_under_its_key_and_sorts_in_memory(locked, tmp_path):
    path = tmp_path / "x.sqlite"
    conn = cipher.connect(path)
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES ('Wojciech Zieliński')")
    conn.commit()
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
    conn.close()
    assert b"Zieli" not in path.read_bytes() and not cipher.is_plain(path)
    with pytest.raises(StoreError, match="does not open with this laptop's key"):
        cipher.connect_with(path, b"\x01" * 32)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM t").fetchall()
    reopened = cipher.open_existing(path)
    assert reopened.execute("SELECT name FROM t").fetchone()[0] == "Wojciech Zieliński"
    reopened.close()
