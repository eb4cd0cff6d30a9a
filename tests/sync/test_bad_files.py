"""Every bad input gets one clear line and leaves the database exactly as it was."""

from __future__ import annotations

import os

import pyrage
import pytest

from tests.sync.hostile import flip, forge, laptop_keys, refused, rewrap


def test_wrong_identity(setup, tmp_path):
    chair, _dwp, good = setup
    other = tmp_path / "other.key"
    other.write_text(str(pyrage.x25519.Identity.generate()) + "\n")
    refused(chair, good, "--identity", str(other), says="not encrypted to this laptop's key")


def test_wrong_passphrase(setup, tmp_path):
    chair, dwp, _good = setup
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("sesame\n")
    wrong.write_text("sesane\n")
    by_pass = tmp_path / "pass.ocgx"
    dwp.ok("export", "--full", "--passphrase-file", str(right), "-o", str(by_pass))
    refused(chair, by_pass, "--passphrase-file", str(wrong), says="wrong passphrase")


def test_truncated_file(setup, tmp_path):
    chair, _dwp, good = setup
    cut = tmp_path / "cut.ocgx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(chair, cut, says="damaged or incomplete")


@pytest.mark.parametrize("where", [0.3, 0.6, 0.99])
def test_flipped_byte_in_the_encrypted_file(setup, tmp_path, where):
    chair, _dwp, good = setup
    data = good.read_bytes()
    bad = tmp_path / "flipped.ocgx"
    bad.write_bytes(flip(data, int(len(data) * where)))
    refused(chair, bad, says="damaged or incomplete")


@pytest.mark.parametrize("part, offset", [("header", 25), ("manifest", 60), ("payload", -40)])
def test_flipped_byte_in_the_signed_container(setup, tmp_path, part, offset):
    chair, dwp, good = setup
    bad = rewrap(good, tmp_path / f"{part}.ocgx", chair, dwp, tmp_path / part,
                 inner_edit=lambda data: flip(data, offset if offset >= 0
                                              else len(data) + offset))
    refused(chair, bad, says="signature does not match")


def test_flipped_byte_in_the_signature(setup, tmp_path):
    chair, dwp, good = setup

    def damage(sig: str) -> str:
        lines = sig.splitlines()
        body = lines[1]
        lines[1] = body[:30] + ("A" if body[30] != "A" else "B") + body[31:]
        return "\n".join(lines) + "\n"

    bad = rewrap(good, tmp_path / "sig.ocgx", chair, dwp, tmp_path / "s", sig_edit=damage)
    refused(chair, bad, says="signature does not match")


def test_unknown_signer(setup, laptops, tmp_path):
    chair, _dwp, good = setup
    stranger = laptops("stranger")
    stranger.ok("demo", "--scale", "small")
    stranger.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    from_stranger = tmp_path / "stranger.ocgx"
    stranger.ok("export", "--full", "--to", "Chair", "-o", str(from_stranger))
    refused(chair, from_stranger, says="belongs to another board")  # its own board
    # This board's file, signed with the stranger's real key: no contact of the chair's.
    forged = forge(good, chair, stranger, tmp_path / "f", lambda records, _m: records)
    refused(chair, forged, says="signed by an unknown device")


def test_file_for_someone_else(setup, laptops, tmp_path):
    chair, _dwp, _good = setup
    extract = tmp_path / "again.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    stranger = laptops("stranger")
    stranger.ok("demo", "--scale", "small")
    refused(stranger, extract, says="not encrypted to this laptop's key")


def test_newer_format_version(setup, tmp_path):
    chair, dwp, good = setup
    newer = rewrap(good, tmp_path / "newer.ocgx", chair, dwp, tmp_path / "n",
                   inner_edit=lambda d: d.replace(b"OCGBOARD-EXCHANGE 3", b"OCGBOARD-EXCHANGE 4",
                                                  1), resign=True)
    refused(chair, newer, says="newer ocgboard")


@pytest.mark.parametrize("version", [b"1", b"2"])
def test_older_format_version(setup, tmp_path, version):
    chair, dwp, good = setup
    older = rewrap(good, tmp_path / "older.ocgx", chair, dwp, tmp_path / "o",
                   inner_edit=lambda d: d.replace(b"OCGBOARD-EXCHANGE 3",
                                                  b"OCGBOARD-EXCHANGE " + version, 1),
                   resign=True)
    refused(chair, older, says="older ocgboard (exchange format " + version.decode())


def test_age_file_that_is_not_a_container(setup, tmp_path):
    chair, _dwp, _good = setup
    foreign = tmp_path / "letter.age"
    foreign.write_bytes(pyrage.encrypt(b"Dear chair, see you Tuesday.",
                                       [laptop_keys(chair).identity.to_public()]))
    refused(chair, foreign, says="not an ocgboard exchange file")


def test_empty_file(setup, tmp_path):
    chair, _dwp, _good = setup
    empty = tmp_path / "empty.ocgx"
    empty.write_bytes(b"")
    refused(chair, empty, says="is empty")


def test_file_of_a_gigabyte_is_refused_unread(setup, tmp_path):
    chair, _dwp, _good = setup
    huge = tmp_path / "huge.ocgx"
    with open(huge, "wb") as fh:
        fh.truncate(1_000_000_000)  # sparse: nothing is written, and nothing must be read
    refused(chair, huge, says="must be under 1 GB")


def test_not_an_age_file(setup, tmp_path):
    chair, _dwp, _good = setup
    text = tmp_path / "notes.txt"
    text.write_text("minutes of the last meeting\n" * 10)
    refused(chair, text, says="not in age format")


def test_out_of_scope_changes_from_an_agency(setup, tmp_path):
    chair, dwp, _good = setup
    action = dwp.json("action", "list")[0]
    dwp.ok("action", "edit", action["id"][:8], "--due", "2030-01-01")
    dwp.ok("ocg", "edit", action["threat"], "--name", "Renamed by DWP")
    dwp.ok("action", "update", action["id"][:8], "--comment", "A fair progress note")
    bad = tmp_path / "overreach.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(bad))
    before = chair.dump()
    code, _out, err = chair("import", str(bad), "--yes")
    assert code != 0 and err.count("\n") == 1
    assert "may not make" in err and "due_on" in err and "threat" in err
    assert chair.dump() == before


def test_import_needs_confirmation_when_not_interactive(setup, tmp_path):
    chair, dwp, _good = setup
    action = dwp.json("action", "list")[0]
    dwp.ok("action", "update", action["id"][:8], "--comment", "Visit booked")
    good = tmp_path / "progress.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(good))
    before = chair.dump()
    code, out, err = chair("import", str(good))
    assert code != 0 and "--yes" in err and "Preview" in out
    assert chair.dump() == before


def test_files_are_written_whole_or_not_at_all(setup, tmp_path):
    chair, _dwp, _good = setup
    code, _out, err = chair("export", "--agency", "DWP", "--yes",
                            "-o", str(tmp_path / "no" / "x.ocgx"))
    assert code != 0 and "does not exist" in err
    assert not any(name.endswith(".part") for name in os.listdir(tmp_path))
