"""Attacks on the envelope: what it costs to open a file is bounded before any of it is paid.

Each file is built from a real export with the laptops' real keys, so every
other check would pass; each must be refused in one line, quickly, with the
database unchanged and nothing big written anywhere.
"""

from __future__ import annotations

import base64
import io
import os
import re
import resource
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pyrage
import pytest

from ocgboard.sync import envelope
from tests.sync.hostile import laptop_keys, refused

NOT_OURS = "decrypted, but this is not an ocgboard exchange file"


@pytest.fixture
def by_passphrase(setup, tmp_path):
    """DWP's return, sent with a passphrase; the chair holds the passphrase file."""
    chair, dwp, _good = setup
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    sent = tmp_path / "pass.ocgx"
    dwp.ok("export", "--full", "--passphrase-file", str(secret), "-o", str(sent))
    return chair, sent, secret


def with_work_factor(data: bytes, log_n: bytes) -> bytes:
    return re.sub(rb"(-> scrypt \S+ )\d+\n", rb"\g<1>" + log_n + b"\n", data, count=1)


@pytest.mark.parametrize("log_n", [b"21", b"23", b"0", b"99999"])
def test_a_costly_or_silly_scrypt_work_factor_is_refused_before_it_is_paid(
        by_passphrase, tmp_path, log_n):
    chair, sent, secret = by_passphrase
    bad = tmp_path / "costly.ocgx"
    bad.write_bytes(with_work_factor(sent.read_bytes(), log_n))
    started = time.monotonic()
    says = "is damaged" if len(log_n) > 3 else f"work factor of 2^{int(log_n)}"
    refused(chair, bad, "--passphrase-file", str(secret), says=says)
    assert time.monotonic() - started < 5  # 2^23 would take half a minute and 8 GB


def test_the_work_factor_is_read_through_the_armour_too(by_passphrase, tmp_path):
    chair, sent, secret = by_passphrase
    bundle = pyrage.passphrase.decrypt(sent.read_bytes(), secret.read_text().strip())
    armoured = pyrage.passphrase.encrypt(bundle, secret.read_text().strip(), armored=True)
    lines = armoured.decode().splitlines()
    body = base64.b64decode("".join(lines[1:-1]))
    raised = base64.b64encode(with_work_factor(body, b"22")).decode()
    bad = tmp_path / "armoured.ocgx"
    bad.write_text("\n".join([lines[0], *(raised[i:i + 64] for i in range(0, len(raised), 64)),
                              lines[-1]]) + "\n")
    refused(chair, bad, "--passphrase-file", str(secret), says="work factor of 2^22")


def test_an_honest_passphrase_file_still_opens(by_passphrase):
    chair, sent, secret = by_passphrase
    chair.ok("import", str(sent), "--passphrase-file", str(secret), "--trust-signer",
             "--preview")


def sealed_tar(reader, entries: list[tuple[tarfile.TarInfo, bytes | None]], raw: bytes = b""
               ) -> bytes:
    """A tar of these entries (and raw blocks), encrypted to `reader`'s laptop."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    body = raw + buf.getvalue() if raw else buf.getvalue()
    recipient = laptop_keys(reader).identity.to_public()
    return pyrage.encrypt(body, [recipient])


def real_parts(chair, good: Path, work: Path) -> tuple[bytes, bytes]:
    work.mkdir(exist_ok=True)
    inner, signature = envelope.open_envelope(good, work,
                                              identities=[laptop_keys(chair).identity])
    return inner.read_bytes(), signature.encode()


def entry(name: str, data: bytes | None = None, kind=tarfile.REGTYPE, **extra):
    info = tarfile.TarInfo(name)
    info.type, info.size, info.mode = kind, len(data or b""), 0o600
    for key, value in extra.items():
        setattr(info, key, value)
    return info, data


def gnu_sparse_header(name: str, realsize: int, data: bytes) -> bytes:
    """An old GNU sparse entry: a few bytes stored, three gigabytes when unpacked."""
    info = tarfile.TarInfo(name)
    info.type, info.size, info.mode = tarfile.GNUTYPE_SPARSE, len(data), 0o600
    header = bytearray(info.tobuf(format=tarfile.GNU_FORMAT))
    header[386:398] = b"%011o\0" % (realsize - len(data))
    header[398:410] = b"%011o\0" % len(data)
    header[483:495] = b"%011o\0" % realsize
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\0 " % sum(header)
    return bytes(header) + data + b"\0" * (-len(data) % 512)



CRAFTED = {
    "a symbolic link for the container": lambda inner, sig: [
        entry(envelope.INNER, kind=tarfile.SYMTYPE, linkname="/etc/passwd"),
        entry(envelope.SIGNATURE, sig)],
    "a hard link for the signature": lambda inner, sig: [
        entry(envelope.INNER, inner), entry(envelope.SIGNATURE, kind=tarfile.LNKTYPE,
                                            linkname=envelope.INNER)],
    "a folder": lambda inner, sig: [entry(envelope.INNER, kind=tarfile.DIRTYPE),
                                    entry(envelope.SIGNATURE, sig)],
    "a device": lambda inner, sig: [entry(envelope.INNER, kind=tarfile.CHRTYPE),
                                    entry(envelope.SIGNATURE, sig)],
    "a third entry": lambda inner, sig: [entry(envelope.INNER, inner),
                                         entry(envelope.SIGNATURE, sig),
                                         entry("notes.txt", b"hello")],
    "the container twice": lambda inner, sig: [entry(envelope.INNER, inner),
                                               entry(envelope.INNER, inner),
                                               entry(envelope.SIGNATURE, sig)],
    "a path out of the folder": lambda inner, sig: [entry("../" + envelope.INNER, inner),
                                                    entry(envelope.SIGNATURE, sig)],
    "a PAX sparse container": lambda inner, sig: [
        entry(envelope.INNER, inner[:512], pax_headers={
            "GNU.sparse.major": "1", "GNU.sparse.minor": "0",
            "GNU.sparse.name": envelope.INNER, "GNU.sparse.realsize": "3000000000"}),
        entry(envelope.SIGNATURE, sig)],
    "a signature of a megabyte": lambda inner, sig: [entry(envelope.INNER, inner),
                                                     entry(envelope.SIGNATURE, b"x" * 2**20)],
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_a_tar_that_is_not_two_plain_files_is_refused(setup, tmp_path, case):
    chair, _dwp, good = setup
    inner, sig = real_parts(chair, good, tmp_path / "parts")
    bad = tmp_path / "crafted.ocgx"
    bad.write_bytes(sealed_tar(chair, CRAFTED[case](inner, sig)))
    refused(chair, bad, says=NOT_OURS)


def test_a_sparse_entry_is_refused_before_gigabytes_are_written(setup, tmp_path):
    chair, _dwp, good = setup
    inner, sig = real_parts(chair, good, tmp_path / "parts")
    raw = gnu_sparse_header(envelope.INNER, 3_000_000_000, inner[:512])
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info, data = entry(envelope.SIGNATURE, sig)
        tar.addfile(info, io.BytesIO(data))
    bad = tmp_path / "sparse.ocgx"
    recipient = laptop_keys(chair).identity.to_public()
    bad.write_bytes(pyrage.encrypt(raw + buf.getvalue(), [recipient]))
    before = chair.dump()
    # In its own process, no file it writes may grow past 64 MB: unpacking the
    # sparse entry first would fail on that limit instead of being refused.
    result = subprocess.run(
        [sys.executable, "-m", "ocgboard", "import", str(bad), "--yes"],
        env=dict(os.environ, OCGBOARD_HOME=str(chair.home)), capture_output=True, text=True,
        preexec_fn=lambda: (signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
                            resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))),
        check=False)
    assert result.returncode != 0
    assert result.stderr == f"ocgboard: error: {NOT_OURS}\n"
    assert chair.dump() == before
