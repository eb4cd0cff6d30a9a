"""The inner container: what is signed, then encrypted.

    OCGBOARD-EXCHANGE <format>\\n
    <manifest: one line of JSON>\\n
    <payload: zlib-compressed JSON lines, one change record per line>

The manifest says who sent it, to whom, what scope, which schema, how many
records, and the SHA-256 of the payload. Records are in row order, so a
reader can rebuild one row at a time.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ocgboard.errors import BoardError

MAGIC = b"OCGBOARD-EXCHANGE"
FORMAT = 1
MAX_MANIFEST = 1 << 20
MAX_LINE = 64 << 20
CHUNK = 1 << 20
FIELDS = ("device", "seq", "hlc", "author", "entity", "row_id", "field", "old", "new",
          "supersedes", "hash")


class NotAContainer(BoardError):
    pass


def write(path: Path, manifest: dict, payload: Path) -> None:
    with open(path, "wb") as out, open(payload, "rb") as body:
        out.write(MAGIC + b" " + str(FORMAT).encode() + b"\n")
        out.write(json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode())
        out.write(b"\n")
        while chunk := body.read(CHUNK):
            out.write(chunk)


def read_header(fh) -> tuple[int, dict]:
    first = fh.readline(64)
    if not first.startswith(MAGIC + b" ") or not first.endswith(b"\n"):
        raise NotAContainer("decrypted, but this is not an ocgboard exchange file")
    try:
        version = int(first[len(MAGIC) + 1:].strip())
    except ValueError:
        raise NotAContainer("decrypted, but this is not an ocgboard exchange file") from None
    if version > FORMAT:
        raise BoardError(f"this file was written by a newer ocgboard (exchange format "
                         f"{version}; this version reads {FORMAT}): upgrade to import it")
    line = fh.readline(MAX_MANIFEST + 1)
    try:
        manifest = json.loads(line)
        if not isinstance(manifest, dict):
            raise ValueError
    except ValueError:
        raise BoardError("the file's manifest is damaged") from None
    return version, manifest


def records(fh, manifest: dict) -> Iterator[tuple]:
    """The payload's records, checked against the manifest's hash and count."""
    digest = hashlib.sha256()
    inflate = zlib.decompressobj()
    pending = b""
    count = 0
    while chunk := fh.read(CHUNK):
        digest.update(chunk)
        try:
            pending += inflate.decompress(chunk)
        except zlib.error:
            raise BoardError("the file's payload is damaged") from None
        *lines, pending = pending.split(b"\n")
        if len(pending) > MAX_LINE:
            raise BoardError("the file's payload holds an impossibly long record")
        for line in lines:
            count += 1
            yield _record(line, count)
    pending += inflate.flush()
    if pending.strip():
        count += 1
        yield _record(pending, count)
    payload = manifest.get("payload", {})
    if digest.hexdigest() != payload.get("sha256") or not inflate.eof:
        raise BoardError("the file's payload does not match its manifest: it was altered")
    if count != manifest.get("counts", {}).get("records"):
        raise BoardError("the file holds a different number of records than its manifest says")


def _record(line: bytes, number: int) -> tuple:
    try:
        rec = json.loads(line)
        if (not isinstance(rec, list) or len(rec) != len(FIELDS)
                or not all(isinstance(rec[i], str) for i in (0, 3, 4, 5, 6, 10))
                or not all(isinstance(rec[i], int) for i in (1, 2))):
            raise ValueError
    except ValueError:
        raise BoardError(f"record {number} in the file is malformed") from None
    return tuple(rec)
