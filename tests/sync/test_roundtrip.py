"""A chair, a deputy and an agency exchanging files, from the command line, with the age and
minisign tools confirming the files."""

import datetime as dt
import shutil
import subprocess
import tarfile

import pytest

from tests.conftest import TODAY
from tests.sync.conftest import syncable_state

needs_tools = pytest.mark.skipif(not (shutil.which("age") and shutil.which("minisign")),
                                 reason="the age and minisign tools are not installed")


def open_with_tools(laptop, sender, exchange_file, workdir):
    """Decrypt with `age`, unpack with tar, verify with `minisign`: no ocgboard code."""
    workdir.mkdir(parents=True, exist_ok=True)
    plain = workdir / "plain.tar"
    subprocess.run(["age", "-d", "-i", str(laptop.age_identity()), "-o", str(plain),
                    str(exchange_file)], check=True)
    with tarfile.open(plain) as tar:
        dated = {dt.datetime.fromtimestamp(m.mtime).date() for m in tar.getmembers()}
        tar.extractall(workdir, filter="data")
    assert dated == {TODAY}  # by the exporting laptop's clock, not the file system's
    result = subprocess.run(["minisign", "-Vm", str(workdir / "ocgboard-exchange.bin"), "-P",
                             sender.signing_key()], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    return workdir / "ocgboard-exchange.bin"


@needs_tools
def test_agency_extract_and_return(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    assert (extract.stat().st_mode & 0o777) == 0o600
    inner = open_with_tools(dwp, chair, extract, tmp_path / "t1")
    assert inner.read_bytes().startswith(b"OCGBOARD-EXCHANGE 3\n")

    dwp.ok("import", str(extract), "--yes")
    actions = dwp.json("action", "list")
    assert actions and {a["owner"] for a in actions} == {"DWP"}
    target = next(a for a in actions if a["status"] in ("proposed", "agreed"))
    dwp.ok("action", "update", target["id"][:8], "--status", "in progress", "--comment",
           "Claims under review", author="Jo Bloggs (DWP)")
    back = tmp_path / "return.ocgx"
    dwp.ok("export", "--full", "--to", "Chair", "-o", str(back))
    open_with_tools(chair, dwp, back, tmp_path / "t2")

    before = chair.dump()
    preview = chair.ok("import", str(back), "--preview")
    # In the board's words: which threat, whose action, what moved, and the update itself
    assert f"changed action · {target['label']} · {target['strand']} · DWP" in preview
    assert f"status {target['status']} → in progress" in preview
    assert f"new progress update · {target['threat']} · DWP" in preview
    assert "in progress: Claims under review" in preview, preview
    assert chair.dump() == before  # a preview writes nothing
    chair.ok("import", str(back), "--yes")
    shown = chair.json("action", "show", target["id"][:8])
    assert shown["status"] == "in progress"
    last = shown["updates"][-1]
    assert (last["status"], last["comment"], last["author"]) == (
        "in progress", "Claims under review", "Jo Bloggs (DWP)")
    after = chair.dump()
    chair.ok("import", str(back), "--yes")  # twice: nothing changes
    assert chair.dump() == after


def test_extract_holds_only_what_the_agency_may_see(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    secret_member = "Zbigniew Tajny-Członek"
    secret_summary = "Informant SOURCE-77 reports the principal"
    chair.ok("ocg", "edit", dwp_threat(chair), "--summary", secret_summary, "--disseminable",
             "no")
    chair.ok("member", "add", dwp_threat(chair), "--name", secret_member, "--disseminable",
             "no")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    text = dwp.dump()
    assert secret_member not in text and "SOURCE-77" not in text
    assert {a["owner"] for a in dwp.json("action", "list")} == {"DWP"}
    assert not any(a["owner"] == "Police" for a in dwp.json("action", "list"))
    assert dwp.json("ocg", "show", dwp_threat(chair))["summary"] is None


def test_a_withheld_priority_individual_travels_by_reference_only(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    chair.ok("ocg", "add", "PI 05/00777", "--name", "Radomir Vukašinović", "--kind",
             "priority individual", "--mapped", "2025-06-01", "--disseminable", "no")
    chair.ok("plan", "add", "PI 05/00777", "--tactic", "PUR-02")  # a DWP task
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    assert "Vukašinović" not in dwp.dump()
    assert any(a["threat"] == "PI 05/00777" for a in dwp.json("action", "list"))


def dwp_threat(chair) -> str:
    return next(a["threat"] for a in chair.json("action", "list", "--agency", "DWP"))


@needs_tools
def test_a_container_encrypted_by_the_age_tool_imports(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    plain = tmp_path / "plain.tar"
    subprocess.run(["age", "-d", "-i", str(dwp.age_identity()), "-o", str(plain),
                    str(extract)], check=True)
    recipient = next(line.split(": ")[1] for line in dwp.card().read_text().splitlines()
                     if line.startswith("age recipient"))
    again = tmp_path / "by-age.ocgx"
    subprocess.run(["age", "-r", recipient, "-o", str(again), str(plain)], check=True)
    assert "new action" in dwp.ok("import", str(again), "--yes")


def test_passphrase_export_and_import(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes",
             "--passphrase-file", str(secret), "-o", str(extract))
    assert "new action" in dwp.ok("import", str(extract), "--passphrase-file", str(secret),
                                  "--yes")


def test_full_replica_round_trip_with_a_conflict(chair_and_deputy, tmp_path):
    chair, deputy = chair_and_deputy
    assert syncable_state(chair) == syncable_state(deputy)

    ref = chair.json("ocg", "list")[0]["reference"]
    chair.ok("ocg", "edit", ref, "--band", "1A")
    deputy.ok("ocg", "edit", ref, "--band", "3C")
    deputy.ok("ocg", "edit", ref, "--area", "Saltmarsh")  # not in conflict
    to_deputy, to_chair = tmp_path / "c2d.ocgx", tmp_path / "d2c.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "--since-last", "-o", str(to_deputy))
    deputy.ok("export", "--full", "--to", "Chair", "-o", str(to_chair))
    chair.ok("import", str(to_chair), "--yes")
    deputy.ok("import", str(to_deputy), "--yes")
    listed = chair.json("conflicts", "list")
    assert len(listed) == 1 and listed[0]["field"] == "band"
    assert sorted(v["value"] for v in listed[0]["values"]) == ["1A", "3C"]
    assert syncable_state(chair) == syncable_state(deputy)
    assert chair.json("ocg", "show", ref)["area"] == "Saltmarsh"

    chair.ok("conflicts", "resolve", str(listed[0]["id"]), "--keep", "theirs")
    assert chair.json("conflicts", "list") == []
    settle = tmp_path / "settle.ocgx"
    chair.ok("export", "--full", "--to", "Deputy", "--since-last", "-o", str(settle))
    deputy.ok("import", str(settle), "--yes")
    assert deputy.json("conflicts", "list") == []
    assert chair.json("ocg", "show", ref)["band"] == "3C"
    assert syncable_state(chair) == syncable_state(deputy)
    assert chair.json("verify")["ok"] and deputy.json("verify")["ok"]
