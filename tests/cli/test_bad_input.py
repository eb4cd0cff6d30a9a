"""Bad input: one line on stderr, a non-zero exit, and the database unchanged."""

import os
import subprocess
import sys

import pytest

from tests.conftest import dump

LONG = "x" * 10_001


@pytest.mark.parametrize("argv, says", [
    (["ocg", "show", "OCG 99/99999"], "no threat with reference"),
    (["ocg", "edit", "OCG 99/99999", "--band", "1A"], "no threat with reference"),
    (["plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--owner", "MI7"], "no agency"),
    (["ocg", "add", "OCG 2", "--name", "X", "--mapped", "2026-02-30"], "not a valid date"),
    (["ocg", "add", "OCG 2", "--name", "X", "--mapped", "yesterday"], "not a valid date"),
    (["plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "2023-01-01"],
     "before OCG 05/00283's mapped date"),
    (["ocg", "add", "OCG 2", "--name", "X", "--status", "asleep"], "threat status 'asleep'"),
    (["action", "list", "--status", "finished"], "action status 'finished'"),
    (["ocg", "add", "OCG 05/00283", "--name", "Again"], "already exists"),
    (["ocg", "add", "OCG 2", "--name", ""], "must not be empty"),
    (["agency", "add", "  "], "must not be empty"),
    (["ocg", "add", "OCG 2", "--name", "X", "--summary", LONG], "limit is 10,000"),
    (["tactic", "show", "ZZZ-99"], "no tactic"),
    (["action", "update", "ffffffff", "--comment", "x"], "no action"),
    (["person", "add", "Jo", "--agency", "Nowhere"], "no agency"),
    (["strategy", "update", "12", "--comment", "x"], "no strategy item 12"),
    (["stats", "--from", "2026-06-01", "--to", "2026-01-01"], "before start date"),
    (["restore", "/nonexistent/file.sqlite", "--yes"], "no backup file"),
    (["plan", "add", "OCG 05/00283", "--text", "Visit"], "needs --strand and --owner"),
])
def test_bad_input_is_one_line_and_writes_nothing(board_cli, db_path, argv, says):
    before = dump(db_path)
    code, out, err = board_cli(*argv)
    assert code != 0
    assert says in err
    assert err.count("\n") == 1 and err.startswith("ocgboard: error: ")
    assert dump(db_path) == before


def test_usage_mistakes_are_one_line_too(board_cli):
    code, _out, err = board_cli("ocg", "add")
    assert code == 2 and err.count("\n") == 1 and "required" in err


def test_commands_need_an_existing_store(cli, db_path):
    code, _out, err = cli("ocg", "list")
    assert code != 0 and "run 'ocgboard init" in err
    assert not db_path.exists()


def test_input_that_is_not_utf8_is_refused(board_cli, db_path):
    before = dump(db_path)
    env = dict(os.environ, LC_ALL="C.UTF-8")
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"ocgboard", b"--db", str(db_path).encode(), b"ocg",
         b"add", b"OCG 3", b"--name", b"Caf\xe9 \xff crew"],
        capture_output=True, env=env)
    assert result.returncode != 0
    assert result.stderr.decode().strip() == "ocgboard: error: threat name is not valid UTF-8 text"
    assert dump(db_path) == before


def test_restore_refuses_a_file_that_is_not_a_backup(board_cli, db_path, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    before = dump(db_path)
    code, _out, err = board_cli("restore", str(junk), "--yes")
    assert code != 0 and "not an ocgboard backup" in err
    assert dump(db_path) == before
