"""A file is for the laptops it names: re-addressed, it is refused; and an agency's
extract never turns a board laptop into an agency's.

The recipients are named in the signed manifest, so re-encrypting a genuine
file to another laptop (which anyone holding it can do) does not change whom
it is for.
"""

from __future__ import annotations

import pytest

from ocgboard import clock
from ocgboard.sync import envelope, keys
from tests.sync.hostile import laptop_keys, refused


def readdressed(src, reader, to_recipient: str | None, dst, work, passphrase=None):
    """The genuine file, opened by `reader` and sealed again for someone else."""
    work.mkdir(exist_ok=True)
    inner, signature = envelope.open_envelope(src, work,
                                              identities=[laptop_keys(reader).identity])
    with open(dst, "wb") as out:
        envelope.seal(inner, signature, out, workdir=work, made_at=clock.current().now(),
                      recipients=[to_recipient] if to_recipient else None,
                      passphrase=passphrase)
    return dst


@pytest.fixture
def board_and_agencies(chair_and_dwp, laptops):
    """The chair, DWP's laptop, Police's laptop and the deputy, cards exchanged."""
    chair, dwp = chair_and_dwp
    police, deputy = laptops("police"), laptops("deputy")
    chair.ok("keys", "import", str(police.card()), "--agency", "Police", "--name", "Police")
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    for other in (police, deputy):
        other.ok("keys", "import", str(chair.card()), "--board", "--name", "Chair")
    return chair, dwp, police, deputy


def test_an_extract_re_encrypted_to_another_agency_is_refused(board_and_agencies, tmp_path):
    chair, dwp, police, _deputy = board_and_agencies
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    stolen = readdressed(extract, dwp, laptop_keys(police).recipient, tmp_path / "to-police",
                         tmp_path / "w")
    refused(police, stolen, says="not addressed to this laptop")


def test_a_replica_for_the_deputy_re_encrypted_to_an_agency_is_refused(board_and_agencies,
                                                                       tmp_path):
    chair, _dwp, police, deputy = board_and_agencies
    replica = tmp_path / "deputy.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    stolen = readdressed(replica, deputy, laptop_keys(police).recipient, tmp_path / "p",
                         tmp_path / "w")
    refused(police, stolen, says="not addressed to this laptop")


def test_a_file_for_contacts_sent_on_with_a_passphrase_is_refused(board_and_agencies, tmp_path):
    chair, dwp, police, _deputy = board_and_agencies
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    stolen = readdressed(extract, dwp, None, tmp_path / "by-pass", tmp_path / "w",
                         passphrase="open sesame")
    refused(police, stolen, "--passphrase-file", str(secret), "--trust-signer",
            says="not addressed to this laptop")


def test_an_agency_extract_is_refused_on_a_board_laptop(board_and_agencies, tmp_path):
    chair, _dwp, _police, deputy = board_and_agencies
    replica = tmp_path / "deputy.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "-o", str(replica))
    deputy.ok("import", str(replica), "--yes")
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    extract = tmp_path / "dwp-by-passphrase.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes",
             "--passphrase-file", str(secret), "-o", str(extract))
    refused(deputy, extract, "--passphrase-file", str(secret), says="holds the whole board")
    code, out, _err = deputy("verify")
    assert code == 0, out


def test_the_sender_of_a_passphrase_file_is_not_named_by_its_own_word(chair_and_dwp,
                                                                      laptops, tmp_path):
    chair, _dwp = chair_and_dwp
    agency = next(a["owner"] for a in chair.json("action", "list")
                  if a["owner"] != "DWP" and a["status"] in ("proposed", "agreed"))
    hmrc = laptops("other")  # that agency's laptop, whose card the chair never had
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    extract = tmp_path / "other.ocgx"
    chair.ok("export", "--agency", agency, "--yes",
             "--passphrase-file", str(secret), "-o", str(extract))
    hmrc.ok("import", str(extract), "--passphrase-file", str(secret), "--trust-signer", "--yes")
    target = next(a for a in hmrc.json("action", "list") if a["status"] in ("proposed", "agreed"))
    hmrc.ok("action", "update", target["id"][:8], "--status", "in progress", "--comment",
            "Started", author="An officer")
    conn = hmrc.connect()  # hostile code names its laptop as it pleases
    with conn:
        conn.execute("UPDATE device SET name = 'Supt Gary Marsh (Chair)' WHERE is_local")
    conn.close()
    back = tmp_path / "back.ocgx"
    hmrc.ok("export", "--full", "--passphrase-file", str(secret), "-o", str(back))
    chair.ok("import", str(back), "--passphrase-file", str(secret), "--trust-signer", "--yes")
    conn = chair.connect()
    try:
        scopes = [row[0] for row in conn.execute(
            "SELECT scope FROM exchange_log WHERE direction = 'import'")]
    finally:
        conn.close()
    fingerprint = keys.load(hmrc.home / "keys", create=False).fingerprint
    assert scopes and "Supt Gary Marsh" not in scopes[-1]
    assert f"Police laptop {fingerprint}" in scopes[-1]  # whose, and by its key
