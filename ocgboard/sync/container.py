"""The inner container: what is signed, then encrypted.

    OCGBOARD-EXCHANGE <format>\\n
    <manifest: one line of JSON>\\n
    <payload: zlib-compressed lines, one change record a line, fields by tabs>

The manifest says who sent it, to whom, what scope, which schema, how many
records, the devices they come from, and the SHA-256 of the payload. A
record's fields, in order: device number, sequence, clock, author, entity,
row id, the fields it sets (a JSON object), per field the records it
supersedes (a JSON object, empty for none), and its hash in hex.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import zlib
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from ocgboard.errors import BoardError

MAGIC = b"OCGBOARD-EXCHANGE"
# 2: devices known by their keys, each one's signed head; 3: one record a row change
FORMAT = 3
# How the records are laid out. Early development builds wrote JSON lines under
# the same FORMAT before any release could export; their files are refused by name.
ENCODING = "tsv+zlib"
MAX_MANIFEST = 1 << 20
# No value the app accepts from a person is over 10,000 characters; a record
# holds a row's, JSON-escaped. A line past this was never written by ocgboard.
MAX_LINE = 1 << 20
CHUNK = 1 << 20
# An honest payload inflates about tenfold; zlib can reach a thousandfold.
MAX_RATIO, MIN_ALLOWANCE = 50, 64 << 20
FIELDS = ("device", "seq", "hlc", "author", "entity", "row_id", "fields", "supersedes",
          "hash")


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
    if version < FORMAT:
        raise BoardError(f"this file was written by an older ocgboard (exchange format "
                         f"{version}; this version reads {FORMAT}): ask the sender to upgrade "
                         "and export it again")
    line = fh.readline(MAX_MANIFEST + 1)
    try:
        manifest = json.loads(line)
        if not isinstance(manifest, dict):
            raise ValueError
    except ValueError:
        raise BoardError("the file's manifest is damaged") from None
    _check_encoding(manifest)
    return version, manifest


def _check_encoding(manifest: dict) -> None:
    payload = manifest.get("payload")
    encoding = payload.get("encoding") if isinstance(payload, dict) else None
    if encoding != ENCODING:
        shown = encoding if isinstance(encoding, str) and len(encoding) <= 40 else "unknown"
        raise BoardError(f"this file's records are laid out as {shown!r}, as only early "
                         f"development builds of ocgboard wrote them: export it again with "
                         f"a released ocgboard")


def records(fh, manifest: dict, device_pks: dict[int, int]) -> Iterator[list[tuple]]:
    """The payload's records in windows, checked against the manifest's hash and
    count. Each record's device number becomes the device's number in this store
    (`device_pks`); the record is then in the change table's column order."""
    digest = hashlib.sha256()
    inflate = zlib.decompressobj()
    count = 0
    stated = manifest.get("counts", {}).get("records")
    payload = manifest.get("payload", {})
    allowance = max(MIN_ALLOWANCE, MAX_RATIO * _int(payload.get("bytes")))
    for parts in _split(fh, digest, inflate, allowance):
        window = _window(parts, count, device_pks)
        count += len(window)
        if not isinstance(stated, int) or count > stated:
            raise BoardError("the file holds a different number of records than its "
                             "manifest says")
        yield window
    if digest.hexdigest() != payload.get("sha256") or not inflate.eof:
        raise BoardError("the file's payload does not match its manifest: it was altered")
    if count != manifest.get("counts", {}).get("records"):
        raise BoardError("the file holds a different number of records than its manifest says")


def _int(value) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def unchecked_fields(fh) -> Iterator[list[list[str]]]:
    """The payload's records as their text fields, neither converted nor checked:
    only for a helper working beside an importer that checks the same file."""
    yield from _split(fh, None, zlib.decompressobj(), None)


def _split(fh, digest, inflate, allowance: int | None) -> Iterator[list[list[str]]]:
    """Windows of whole lines, each split into its fields (in C: no field can hold
    a tab or a line break, as values are JSON, which escapes them, and names are
    single lines)."""
    pending = b""
    for chunk in _inflated(fh, digest, inflate, allowance):
        pending += chunk
        cut = pending.rfind(b"\n") + 1
        if not cut and len(pending) > MAX_LINE:
            raise BoardError("the file's payload holds an impossibly long record")
        if cut:
            yield _fields(pending[:cut])
        pending = pending[cut:]
    if pending.strip():
        yield _fields(pending)


def _fields(block: bytes) -> list[list[str]]:
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        raise BoardError("the file's payload is not valid UTF-8") from None
    lines = text.split("\n")
    if len(block) > MAX_LINE and max(map(len, lines)) > MAX_LINE:
        raise BoardError("the file's payload holds an impossibly long record")
    return [line.split("\t") for line in lines if line]


def _inflated(fh, digest, inflate, allowance: int | None) -> Iterator[bytes]:
    """The payload, hashed and decompressed on a worker thread (zlib and hashlib
    release the GIL), while the caller parses and merges what came before; a
    chunk at most CHUNK inflated at a time, and no more than `allowance` in all."""
    blocks: queue.Queue = queue.Queue(maxsize=4)
    failure: list[BaseException] = []
    stop = threading.Event()

    def work() -> None:
        try:
            inflated = 0
            while not stop.is_set() and (chunk := fh.read(CHUNK)):
                if digest is not None:
                    digest.update(chunk)
                while chunk and not stop.is_set():
                    block = inflate.decompress(chunk, CHUNK)
                    inflated += len(block)
                    if allowance is not None and inflated > allowance:
                        raise _Bomb
                    blocks.put(block)
                    chunk = inflate.unconsumed_tail
            if not stop.is_set():  # everything given is inflated: flush holds little
                blocks.put(inflate.flush())
        except zlib.error:
            failure.append(BoardError("the file's payload is damaged"))
        except _Bomb:
            failure.append(BoardError("the file's payload inflates far beyond its size, as "
                                      "no ocgboard file does: refused"))
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)
        finally:
            blocks.put(None)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    try:
        while (block := blocks.get()) is not None:
            yield block
    finally:
        stop.set()
        while worker.is_alive():  # let a worker blocked on a full queue finish
            with suppress(queue.Empty):
                blocks.get_nowait()
            worker.join(timeout=0.01)
    if failure:
        raise failure[0]


class _Bomb(Exception):
    pass


def scope_words(manifest: dict) -> str:
    """What the file holds, as the preview and the exchange log say it."""
    scope = manifest.get("scope") or {}
    kind = scope.get("kind")
    if kind == "agency":
        return f"agency extract for {scope.get('agency')}"
    if kind == "return":
        return "an agency laptop's own changes"
    return "full replica"


def devices(manifest: dict) -> dict[int, str]:
    """The manifest's device numbers and the device ids they stand for."""
    try:
        found = {int(k): v for k, v in (manifest.get("devices") or {}).items()}
    except (TypeError, ValueError):
        found = None
    if not found or not all(isinstance(v, str) and len(v) == 32 for v in found.values()):
        raise BoardError("the file's manifest does not list its devices")
    return found


def _window(parts: list[list[str]], before: int, device_pks: dict[int, int]) -> list[tuple]:
    unhex = bytes.fromhex
    try:
        window = [(device_pks[int(d)], int(s), int(h), a, e, r, f, p or None, unhex(x))
                  for d, s, h, a, e, r, f, p, x in parts]
    except (ValueError, KeyError, TypeError):
        window = []
    if not window and parts or not _in_range(window):
        for number, fields in enumerate(parts, before + 1):
            if len(fields) != len(FIELDS) or not _sane(fields, device_pks):
                raise BoardError(f"record {number} in the file is malformed") from None
        raise BoardError("a record in the file is malformed") from None
    return window


# A sequence number counts from 1; a clock is milliseconds << 16. Both must fit
# SQLite's 64-bit integers with room to spare, and a hash is 32 bytes.
MAX_SEQ, MAX_HLC = 1 << 62, 1 << 62


def _in_range(window: list[tuple]) -> bool:
    if not window:
        return True
    seqs, hlcs = [rec[1] for rec in window], [rec[2] for rec in window]
    return (min(seqs) > 0 and max(seqs) < MAX_SEQ and min(hlcs) >= 0 and max(hlcs) < MAX_HLC
            and all(len(rec[8]) == 32 for rec in window))


def _sane(fields: list[str], device_pks) -> bool:
    try:
        return (int(fields[0]) in device_pks and 0 < int(fields[1]) < MAX_SEQ
                and 0 <= int(fields[2]) < MAX_HLC and len(bytes.fromhex(fields[8])) == 32)
    except ValueError:
        return False
