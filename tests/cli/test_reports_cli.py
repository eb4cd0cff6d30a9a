"""`ocgboard pack` and `ocgboard report`: PDFs written whole and private, bad input refused."""

from __future__ import annotations

import stat

import pytest
from pypdf import PdfReader

from ocgboard.core import agenda, meetings, setup
from tests.conftest import dump


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo board, made once (the CLI's demo uses today's date)."""
    from ocgboard.cli import main

    folder = tmp_path_factory.mktemp("cli-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCGBOARD_HOME", str(folder / "home"))
        assert main(["--db", str(folder / "demo.sqlite"), "demo", "--scale", "small"]) == 0
    return (folder / "demo.sqlite").read_bytes()


@pytest.fixture
def demo_cli(cli, demo_db, db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(demo_db)
    return cli


def planned(cli) -> dict:
    return next(m for m in cli.json("meeting", "list") if m["status"] == "planned")


def ok(cli, *argv) -> str:
    code, out, err = cli(*argv)
    assert code == 0, err
    return out


def text_of(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_pack_by_date_writes_a_private_pdf(demo_cli, tmp_path):
    day = planned(demo_cli)["starts_at"][:10]
    code, out, err = demo_cli("pack", day, "-o", str(tmp_path / "pack.pdf"))
    assert code == 0, err
    assert "chair pack written to" in out and "pages" in out
    assert stat.S_IMODE((tmp_path / "pack.pdf").stat().st_mode) == 0o600
    assert "Chair's pack" in text_of(tmp_path / "pack.pdf")


def test_a_partner_pack_that_withholds_a_name_is_reviewed_before_it_is_written(demo_cli,
                                                                              tmp_path):
    meeting = planned(demo_cli)
    person = demo_cli.json("person", "list")[0]["name"]
    action = demo_cli.json("meeting", "show", meeting["id"][:8])["tracker"][0]
    demo_cli("member", "add", action["threat"], "--name", "Grigore Secretescu")
    demo_cli("action", "update", action["id"][:8], "--comment",
             "Secretescu's partner also claiming; seen with G. Secretescu")
    target = tmp_path / "p.pdf"
    argv = ("pack", meeting["id"][:8], "-o", str(target), "--variant", "partner",
            "--copy-for", person)
    code, _out, err = demo_cli(*argv)
    assert code != 0 and not target.exists()
    assert "«Secretescu»'s partner also claiming" in err and "— Grigore Secretescu" in err
    assert "run the command again with --yes" in err.splitlines()[-1]
    _code, out, _ = demo_cli("meeting", "distribution", meeting["id"][:8])
    assert person not in out  # no copy was issued either
    code, _out, err = demo_cli(*argv, "--yes")
    assert code == 0, err
    printed = text_of(target)
    assert "Secretescu" not in printed and "[withheld]'s partner also claiming" in printed


def test_a_threat_named_after_a_withheld_subject_reaches_partners_by_reference(demo_cli,
                                                                            tmp_path):
    meeting = planned(demo_cli)
    action = demo_cli.json("meeting", "show", meeting["id"][:8])["tracker"][0]
    ok(demo_cli, "ocg", "edit", action["threat"], "--name", "Secretescu line",
                "--disseminable", "yes")
    ok(demo_cli, "member", "add", action["threat"], "--name", "Grigore Secretescu")
    partner, chair = tmp_path / "p.pdf", tmp_path / "c.pdf"
    code, _out, err = demo_cli("pack", meeting["id"][:8], "-o", str(partner),
                               "--variant", "partner")
    assert code != 0 and f"{action['threat']} · the threat's name: «Secretescu» line" in err
    ok(demo_cli, "pack", meeting["id"][:8], "-o", str(partner), "--variant", "partner", "--yes")
    ok(demo_cli, "pack", meeting["id"][:8], "-o", str(chair))
    printed = text_of(partner)
    assert "Secretescu" not in printed and "(name withheld)" in printed
    assert "Secretescu line" in text_of(chair)


def test_pack_by_id_for_a_named_partner_records_the_copy(demo_cli, tmp_path):
    meeting = planned(demo_cli)
    person = demo_cli.json("person", "list")[0]["name"]
    code, out, err = demo_cli("pack", meeting["id"][:8], "-o", str(tmp_path / "p.pdf"),
                              "--variant", "partner", "--copy-for", person, "--yes")
    assert code == 0, err
    assert f"copy 1 for {person}" in out
    assert f"Copy 1 · issued to {person}" in text_of(tmp_path / "p.pdf")
    code, out, _ = demo_cli("meeting", "distribution", meeting["id"][:8])
    assert code == 0 and person in out and "partner" in out


def test_an_agency_pack_needs_only_its_agency(demo_cli, tmp_path):
    day = planned(demo_cli)["starts_at"][:10]
    code, out, err = demo_cli("pack", day, "-o", str(tmp_path / "a.pdf"), "--agency", "Police",
                              "--yes")
    assert code == 0, err
    assert out.startswith("agency pack written")
    assert "Agency pack for Police" in text_of(tmp_path / "a.pdf")


def refused(cli, db_path, tmp_path, *argv, message: str) -> None:
    before = dump(db_path)
    code, out, err = cli(*argv)
    assert code != 0
    assert err.startswith("ocgboard: error: ") and message in err
    assert err.count("\n") == 1, err
    assert dump(db_path) == before
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]


@pytest.mark.parametrize(("extra", "message"), [
    (["--agency", "Ministry of Magic"], "no agency called 'Ministry of Magic'"),
    (["--copy-for", "Nobody Atall"], "no person 'Nobody Atall'"),
    (["--variant", "partner", "--agency", "Police"], "--agency goes with --variant agency"),
    (["--variant", "agency"], "needs --agency"),
])
def test_bad_options_are_refused_in_one_line(demo_cli, db_path, tmp_path, extra, message):
    day = planned(demo_cli)["starts_at"][:10]
    refused(demo_cli, db_path, tmp_path, "pack", day, "-o", str(tmp_path / "x.pdf"), *extra,
            message=message)


def test_an_unknown_meeting_is_refused(demo_cli, db_path, tmp_path):
    refused(demo_cli, db_path, tmp_path, "pack", "1999-01-01", "-o", str(tmp_path / "x.pdf"),
            message="no meeting on 1999-01-01")


@pytest.mark.parametrize("where", ["missing-folder/pack.pdf", "."])
def test_an_unwritable_output_is_refused_before_any_copy_is_issued(demo_cli, db_path, tmp_path,
                                                                   where):
    day = planned(demo_cli)["starts_at"][:10]
    person = demo_cli.json("person", "list")[0]["name"]
    refused(demo_cli, db_path, tmp_path, "pack", day, "-o", str(tmp_path / where),
            "--copy-for", person, message="cannot write")


def test_a_meeting_with_an_empty_agenda_is_refused(demo_cli, db_path, tmp_path):
    store = setup.open_board(str(db_path))
    with store.session("Chair") as s:
        meeting = meetings.add(s, "Extraordinary meeting", "2027-09-15", with_due_reviews=False)
        for _ in agenda.items(s, meeting):
            agenda.remove(s, meeting, 1)
    store.close()
    refused(demo_cli, db_path, tmp_path, "pack", "2027-09-15", "-o", str(tmp_path / "x.pdf"),
            message="has no agenda items")


def test_report_writes_the_period_report(demo_cli, tmp_path):
    code, out, err = demo_cli("report", "-o", str(tmp_path / "r.pdf"))
    assert code == 0, err
    assert "period report" in out and "pages" in out
    assert stat.S_IMODE((tmp_path / "r.pdf").stat().st_mode) == 0o600
    assert "Threats disrupted" in " ".join(text_of(tmp_path / "r.pdf").split())


def test_report_refuses_a_backwards_period(demo_cli, db_path, tmp_path):
    refused(demo_cli, db_path, tmp_path, "report", "--from", "2026-12-01", "--to", "2026-01-01",
            "-o", str(tmp_path / "r.pdf"), message="before start date")


def test_a_pack_in_full_prints_closed_actions_and_earlier_progress(demo_cli, tmp_path):
    day = planned(demo_cli)["starts_at"][:10]
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    assert demo_cli("pack", day, "-o", str(short))[0] == 0
    code, _out, err = demo_cli("pack", day, "-o", str(full), "--full-history")
    assert code == 0, err
    brief, whole = (" ".join(text_of(p).split()) for p in (short, full))
    assert "Closed before the last meeting" in brief and "Progress since the last" in brief
    assert "Closed before the last meeting" not in whole and "Progress trail" in whole
    assert len(PdfReader(str(full)).pages) > len(PdfReader(str(short)).pages)
