"""Building hostile files from real ones, with the laptops' real keys, for the attack tests.

Every refusal is checked the same way: a non-zero exit, one line on stderr
naming the reason, and the database byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import zlib

from ocgboard import clock
from ocgboard.store.record import GENESIS, HASH, digest
from ocgboard.sync import container, envelope, keys, minisig, signed_heads

# A record's fields in a file, by position (container.FIELDS).
DEVICE, SEQ, HLC, AUTHOR, ENTITY, ROW, FIELDS, SUPERSEDES = range(8)


def sets(fields: list[str]) -> dict:
    """What a record in a file sets, decoded."""
    return json.loads(fields[FIELDS])


def setting(fields: list[str], values: dict) -> None:
    """Make a record in a file set `values` (decoded), as ocgboard writes them."""
    fields[FIELDS] = text_of(values)


def text_of(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def refused(laptop, path, *extra, says: str):
    before = laptop.dump()
    code, _out, err = laptop("import", str(path), "--yes", *extra)
    assert code != 0, "the file was accepted"
    assert says in err, err
    assert err.count("\n") == 1 and err.startswith("ocgboard: error: "), err
    assert laptop.dump() == before


def laptop_keys(laptop) -> keys.DeviceKeys:
    return keys.load(laptop.home / "keys", create=False)


def rewrap(src, dst, reader, signer, work, *, inner_edit=None, sig_edit=None, resign=False):
    """Open a file as `reader`, change it, and seal it again for `reader`."""
    work.mkdir(exist_ok=True)
    mine = laptop_keys(reader)
    inner, signature = envelope.open_envelope(src, work, identities=[mine.identity])
    if inner_edit:
        inner.write_bytes(inner_edit(inner.read_bytes()))
    if resign:
        theirs = laptop_keys(signer)
        signature = minisig.sign(theirs.signer, theirs.key_id, minisig.blake2b_file(inner),
                                 "re-signed")
    if sig_edit:
        signature = sig_edit(signature)
    with open(dst, "wb") as out:
        envelope.seal(inner, signature, out, recipients=[mine.recipient], workdir=work,
                      made_at=clock.current().now())
    return dst


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def rechain(records: list[list[str]], manifest: dict) -> list[list[str]]:
    """Each device's records hashed again, each from the one before it in the file
    (the first from the chain's start when it is record 1), as the device's own
    code would hash them: so that a forged record's hash holds."""
    devices = container.devices(manifest)
    last: dict[str, tuple[int, bytes]] = {}
    for fields in records:
        device, seq = fields[0], int(fields[1])
        before = last.get(device)
        prev = before[1] if before and before[0] == seq - 1 else \
            GENESIS if seq == 1 else None
        if prev is not None:
            fields[HASH] = digest(prev, devices[int(device)], seq, int(fields[2]), fields[3],
                                  fields[4], fields[5], fields[6], fields[7] or None).hex()
        try:
            last[device] = (seq, bytes.fromhex(fields[HASH]))
        except ValueError:
            last.pop(device, None)
    return records


def resign_heads(records: list[list[str]], manifest: dict, signer: keys.DeviceKeys) -> None:
    """The signer's own head moved to its last record in the file and signed again
    with its real key, as its own code would; other devices' heads are theirs."""
    devices = container.devices(manifest)
    last = {devices[int(fields[0])]: fields for fields in records
            if devices[int(fields[0])] == signer.device_id}
    board_id = (manifest.get("board") or {}).get("id") or ""
    for device, fields in last.items():
        seq, top = int(fields[1]), bytes.fromhex(fields[HASH])
        manifest["heads"][device] = signed_heads.Head(
            device, seq, top, signer.public, signer.sign_head(board_id, seq, top)).entry()


def forge(good, reader, signer, work, edit, *, chained: bool = True, to=None):
    """A validly signed file whose records `edit(records, manifest)` rewrote: the
    payload, its digest and count made to match, each record's hash made to
    follow its chain (unless not `chained`), signed with `signer`'s real key and
    sealed for `reader` (or `to`), as a partner running its own code could send."""
    inner, manifest, packed = opened(good, reader, work)
    text = zlib.decompress(packed).decode("utf-8")
    records = [line.split("\t") for line in text.split("\n") if line]
    records = edit(records, manifest)
    if chained:
        records = rechain(records, manifest)
        resign_heads(records, manifest, laptop_keys(signer))
    body = "".join("\t".join(fields) + "\n" for fields in records)
    packed = zlib.compress(body.encode("utf-8", "surrogatepass"))
    return sealed(inner, manifest, packed, len(records), to or reader, signer, work)


def opened(good, reader, work) -> tuple:
    """A real file's inner container, manifest and compressed payload."""
    work.mkdir(exist_ok=True)
    mine = laptop_keys(reader)
    inner, _signature = envelope.open_envelope(good, work, identities=[mine.identity])
    with open(inner, "rb") as fh:
        _version, manifest = container.read_header(fh)
        packed = fh.read()
    return inner, manifest, packed


def sealed(inner, manifest: dict, packed: bytes, count: int, reader, signer, work):
    """`packed` as the payload, the manifest made to match, signed by `signer`."""
    manifest["recipient_keys"] = [laptop_keys(reader).recipient]
    manifest["payload"].update(sha256=hashlib.sha256(packed).hexdigest(), bytes=len(packed))
    manifest["counts"]["records"] = count
    payload = work / "payload"
    payload.write_bytes(packed)
    container.write(inner, manifest, payload)
    theirs = laptop_keys(signer)
    signature = minisig.sign(theirs.signer, theirs.key_id, minisig.blake2b_file(inner),
                             "forged")
    dst = work / "forged.ocgx"
    with open(dst, "wb") as out:
        envelope.seal(inner, signature, out, recipients=[laptop_keys(reader).recipient],
                      workdir=work, made_at=clock.current().now())
    return dst
