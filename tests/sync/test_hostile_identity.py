"""Claiming another laptop's identity: by an altered card, or as a signer
trusted only by a passphrase. Each refused in one line, the store unchanged."""

from __future__ import annotations

import sqlite3

from tests.sync.hostile import refused


def device_id(laptop) -> str:
    conn = sqlite3.connect(laptop.db)
    try:
        return conn.execute("SELECT uuid FROM device WHERE is_local").fetchone()[0]
    finally:
        conn.close()


def with_device_id(card, device: str, tmp_path):
    lines = [f"device id: {device}" if line.startswith("device id: ") else line
             for line in card.read_text().splitlines()]
    altered = tmp_path / "altered.card"
    altered.write_text("\n".join(lines) + "\n")
    return altered


def test_a_card_claiming_this_laptops_own_device_id_is_refused(chair_and_dwp, laptops,
                                                              tmp_path):
    chair, _dwp = chair_and_dwp
    stranger = laptops("stranger")
    card = with_device_id(stranger.card(), device_id(chair), tmp_path)
    before = chair.dump()
    code, _out, err = chair("keys", "import", str(card), "--agency", "HMRC")
    assert code != 0 and "this laptop's own device id" in err, err
    assert chair.dump() == before


def test_a_card_claiming_a_contacts_device_id_is_refused(chair_and_dwp, laptops, tmp_path):
    chair, dwp = chair_and_dwp
    deputy = laptops("deputy")
    deputy.ok("demo", "--scale", "small")  # a store, so that the laptop has a device id
    chair.ok("keys", "import", str(deputy.card()), "--board", "--name", "Deputy")
    other = laptops("other")
    card = with_device_id(other.card(), device_id(deputy), tmp_path)
    before = chair.dump()
    code, _out, err = chair("keys", "import", str(card), "--agency", "HMRC")
    assert code != 0 and "claims the device id of 'Deputy'" in err, err
    assert chair.dump() == before


def other_agency_laptop(chair, laptops, tmp_path):
    """A laptop of an agency whose card the chair never had, sent its extract by
    passphrase."""
    agency = next(a["owner"] for a in chair.json("action", "list")
                  if a["owner"] != "DWP" and a["status"] in ("proposed", "agreed"))
    other = laptops("other")
    secret = tmp_path / "secret.txt"
    secret.write_text("open sesame\n")
    extract = tmp_path / "other.ocgx"
    chair.ok("export", "--agency", agency, "--passphrase-file", str(secret), "-o", str(extract))
    other.ok("import", str(extract), "--passphrase-file", str(secret), "--trust-signer", "--yes")
    return other, secret


def test_an_unknown_signer_that_answers_no_extract_is_refused(chair_and_dwp, laptops, tmp_path):
    chair, _dwp = chair_and_dwp
    other, secret = other_agency_laptop(chair, laptops, tmp_path)
    conn = sqlite3.connect(other.db)  # hostile code answers what it pleases
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
