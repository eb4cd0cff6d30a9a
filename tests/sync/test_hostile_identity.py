"""Claiming another laptop's identity: by an altered card, or as a signer
trusted only by a passphrase. Each refused in one line, the store unchanged."""

from __future__ import annotations

import pytest

from ocgboard.store import identity
from tests.sync.hostile import refused


def with_device_id(card, device: str, tmp_path):
    """The card with a line claiming a device id, as an older card carried one."""
    lines = card.read_text().splitlines()
    lines.insert(3, f"device id: {device}")
    altered = tmp_path / "altered.card"
    altered.write_text("\n".join(lines) + "\n")
    return altered


def test_a_laptops_device_id_is_derived_from_its_signing_key(chair_and_dwp):
    chair, _dwp = chair_and_dwp
    assert chair.device_id == identity.device_id(
        identity.parse_public_key(chair.signing_key())[1])


@pytest.mark.parametrize("whose", ["this laptop's", "a contact's"])
def test_a_card_claiming_a_device_id_is_refused(chair_and_dwp, laptops, tmp_path, whose):
    chair, dwp = chair_and_dwp
    claimed = chair.device_id if whose == "this laptop's" else dwp.device_id
    card = with_device_id(laptops("stranger").card(), claimed, tmp_path)
    before = chair.dump()
    code, _out, err = chair("keys", "import", str(card), "--agency", "HMRC")
    assert code != 0 and "a card never carries" in err, err
    assert err.count("\n") == 1
    assert chair.dump() == before


def test_a_card_with_a_line_ocgboard_never_writes_is_refused(chair_and_dwp, laptops, tmp_path):
    chair, _dwp = chair_and_dwp
    card = laptops("stranger").card()
    card.write_text(card.read_text() + "role: board\n")
    before = chair.dump()
    code, _out, err = chair("keys", "import", str(card), "--agency", "HMRC")
    assert code != 0 and "lines ocgboard never writes" in err, err
    assert chair.dump() == before


def test_a_card_of_the_old_format_is_refused(chair_and_dwp, laptops):
    chair, _dwp = chair_and_dwp
    card = laptops("stranger").card()
    card.write_text(card.read_text().replace("contact card v2", "contact card v1"))
    code, _out, err = chair("keys", "import", str(card), "--agency", "HMRC")
    assert code != 0 and "older ocgboard" in err and "ask for a new card" in err, err


def other_agency_laptop(chair, laptops, tmp_path):
    """A laptop of an agency whose card the chair never had, sent its extract by
    passphrase."""
    agency = next(a["owner"] for a in chair.json("action", "list")
                  if a["owner"] != "DWP" and a["status"] in ("proposed", "agreed"))
    other = laptops("other")
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    extract = tmp_path / "other.ocgx"
    chair.ok("export", "--agency", agency, "--yes",
             "--passphrase-file", str(secret), "-o", str(extract))
    other.ok("import", str(extract), "--passphrase-file", str(secret), "--trust-signer", "--yes")
    return other, secret


def test_an_unknown_signer_that_answers_no_extract_is_refused(chair_and_dwp, laptops, tmp_path):
    chair, _dwp = chair_and_dwp
    other, secret = other_agency_laptop(chair, laptops, tmp_path)
    conn = other.connect()  # hostile code answers what it pleases
    with conn:
        conn.execute("UPDATE local_setting SET value = 'f00d' WHERE key = 'extract_id'")
    conn.close()
    sent = tmp_path / "sent.ocgx"
    other.ok("export", "--full", "--passphrase-file", str(secret), "-o", str(sent))
    refused(chair, sent, "--passphrase-file", str(secret), "--trust-signer",
            says="may only answer an agency extract this laptop sent")


def test_an_unknown_signer_has_no_more_than_an_agencys_powers(chair_and_dwp, laptops, tmp_path):
    chair, _dwp = chair_and_dwp
    other, secret = other_agency_laptop(chair, laptops, tmp_path)
    ref = other.json("ocg", "list")[0]["reference"]
    other.ok("ocg", "edit", ref, "--name", "Renamed by an agency")
    back = tmp_path / "back.ocgx"
    other.ok("export", "--full", "--passphrase-file", str(secret), "-o", str(back))
    refused(chair, back, "--passphrase-file", str(secret), "--trust-signer",
            says="outside what an agency may change")
