"""A backup is restored only onto the laptop it came from, and only if it passes the
checks an import passes; otherwise the board is left exactly as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from tests.conftest import dump


def backup_of(cli, tmp_path, name: str):
    target = tmp_path / f"{name}.sqlite"
    assert cli("backup", "-o", str(target))[0] == 0
    return target


def other_laptops_backup(tmp_path, home):
    """A backup made by another laptop of a board, in its own data folder."""
    other = tmp_path / "other-laptop"
    db = other / "board.sqlite"
    env = {"OCGBOARD_HOME": str(other), "PATH": "/usr/bin:/bin",
           "OCGBOARD_NO_PASSPHRASE": "1"}
    run = lambda *argv: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "ocgboard", "--db", str(db), *argv], check=True,
        capture_output=True, env=env)
    run("init", "--board", "Northshire Board", "--device-name", "Deputy's laptop")
    run("backup", "-o", str(tmp_path / "deputy-backup.sqlite"))
    return tmp_path / "deputy-backup.sqlite"


def refused_restore(cli, db_path, source, says: str):
    before = dump(db_path)
    code, _out, err = cli("restore", str(source), "--yes")
    assert code != 0, "the backup was restored"
    assert says in err and err.count("\n") == 1, err
    assert dump(db_path) == before


def test_another_laptops_backup_is_refused(board_cli, db_path, home, tmp_path):
    refused_restore(board_cli, db_path, other_laptops_backup(tmp_path, home),
                    says="is a backup of another laptop ('Deputy's laptop')")


def test_a_backup_with_a_trigger_is_refused(board_cli, db_path, tmp_path):
    saved = backup_of(board_cli, tmp_path, "mine")
    conn = sqlite3.connect(saved)
    with conn:
        conn.execute("CREATE TRIGGER leak AFTER INSERT ON action_update BEGIN "
                     "UPDATE threat SET summary = NEW.comment; END")
    conn.close()
    refused_restore(board_cli, db_path, saved, says="holds a trigger")


def test_a_backup_whose_contact_keys_were_swapped_is_refused(board_cli, db_path, tmp_path):
    other = tmp_path / "card-maker"
    card = tmp_path / "dwp.card"
    subprocess.run([sys.executable, "-m", "ocgboard", "keys", "show", "-o", str(card)],
                   check=True, capture_output=True,
                   env={"OCGBOARD_HOME": str(other), "PATH": "/usr/bin:/bin",
           "OCGBOARD_NO_PASSPHRASE": "1"})
    assert board_cli("keys", "import", str(card), "--agency", "DWP", "--name", "DWP")[0] == 0
    saved = backup_of(board_cli, tmp_path, "mine")
    conn = sqlite3.connect(saved)
    with conn:  # the attacker's own age key in place of DWP's: extracts would go to them
        conn.execute("UPDATE contact SET age_recipient = 'age1qyqszqgpqyqszqgpqyqszqgpqyqsz"
                     "qgpqyqszqgpqyqszqgpqyqs3290gq'")
    conn.close()
    refused_restore(board_cli, db_path, saved, says="do not match its fingerprint")


def test_a_backup_edited_behind_the_logs_back_is_refused(board_cli, db_path, tmp_path):
    saved = backup_of(board_cli, tmp_path, "mine")
    conn = sqlite3.connect(saved)
    with conn:
        conn.execute("UPDATE threat SET band = '1A'")
    conn.close()
    refused_restore(board_cli, db_path, saved, says="fails its checks")


def test_this_laptops_own_backup_still_restores(board_cli, db_path, tmp_path):
    saved = backup_of(board_cli, tmp_path, "mine")
    assert board_cli("ocg", "edit", "OCG 05/00283", "--band", "3C")[0] == 0
    code, out, err = board_cli("restore", str(saved), "--yes")
    assert code == 0, err
    assert board_cli.json("ocg", "show", "OCG 05/00283")["band"] == "2B"
