"""`ocgboard minutes` and `ocgboard meeting approve-minutes`."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from tests.conftest import PINNED, dump

LEAVE = "Jo Bloggs (Department for Work and Pensions): on leave"
APPROVAL = "Minutes of the meeting of 1 October 2026 approved as a true record"


def text_of(path) -> tuple[list[str], str]:
    reader = PdfReader(str(path))
    return [" ".join(p.extract_text().split()) for p in reader.pages], reader.metadata.title


@pytest.fixture
def held(cli, clock):
    """A meeting held on 1 Oct with attendance and decisions, and the next on 20 Nov; the
    board and its action made in September."""
    clock.set(dt.date(2026, 9, 1))
    for argv in (["init", "--board", "Northshire Board", "--area", "Northshire"],
                 ["person", "add", "DI Ayesha Khan", "--agency", "Police"],
                 ["ocg", "add", "OCG 05/00283", "--name", "Hartley Road network", "--mapped",
                  "2024-01-10", "--band", "2B", "--lro", "DI Ayesha Khan"],
                 ["plan", "add", "OCG 05/00283", "--tactic", "PUR-03", "--due", "2027-01-31"]):
        assert cli(*argv)[0] == 0, argv
    clock.set(PINNED)
    action = cli.json("action", "list")[0]["id"][:8]
    for argv in (["person", "add", "Jo Bloggs", "--agency", "DWP"],
                 ["meeting", "add", "--title", "October board", "--on", "2026-10-01",
                  "--chair", "DI Ayesha Khan", "--threat", "OCG 05/00283", "--next",
                  "2026-11-20"],
                 ["meeting", "attend", "2026-10-01", "--person", "DI Ayesha Khan", "--status",
                  "present"],
                 ["meeting", "attend", "2026-10-01", "--person", "Jo Bloggs", "--status",
                  "apologies", "--note", "on leave"],
                 ["meeting", "decide", "2026-10-01", "--item", "5", "--text",
                  "Plan approved with the Protect tactics", "--shared"],
                 ["meeting", "decide", "2026-10-01", "--action", action, "--text",
                  "Agreed at the board", "--status", "agreed"],
                 ["meeting", "edit", "2026-10-01", "--status", "held"],
                 ["meeting", "add", "--title", "November board", "--on", "2026-11-20"]):
        code, _out, err = cli(*argv)
        assert code == 0, (argv, err)
    return cli


def test_minutes_are_a_draft_until_the_next_meeting_approves_them(held, tmp_path):
    cli = held
    code, out, err = cli("minutes", "2026-10-01", "-o", str(tmp_path / "draft.pdf"))
    assert code == 0, err
    assert out.startswith("draft minutes of the meeting of 2026-10-01 written to")
    pages, title = text_of(tmp_path / "draft.pdf")
    assert title.startswith("DRAFT minutes")
    assert all("DRAFT" in page for page in pages)
    text = " ".join(pages)
    for words in ("DI Ayesha Khan (Police)", LEAVE, "Plan approved with the Protect tactics",
                  "Agreed at the board", "OCG 05/00283 · 1",
                  "Date of next meeting: Friday 20 Nov 2026."):
        assert words in text, words

    code, out, err = cli("meeting", "approve-minutes", "2026-11-20")
    assert code == 0, err
    assert out.strip() == ("minutes of the meeting of 2026-10-01 approved: recorded on item 3 "
                           "of the meeting of 2026-11-20")
    assert cli.json("meeting", "show", "2026-11-20")["agenda"][2]["decision"] == APPROVAL
    assert cli("meeting", "approve-minutes", "2026-11-20")[0] == 0  # twice: nothing changes

    code, out, err = cli("minutes", "2026-10-01", "-o", str(tmp_path / "approved.pdf"))
    assert code == 0 and out.startswith("minutes (approved) of the meeting"), err
    pages, title = text_of(tmp_path / "approved.pdf")
    assert "draft" not in " ".join(pages).casefold() and "draft" not in title.casefold()
    assert f"Approved at the meeting of Friday 20 Nov 2026: “{APPROVAL}”" in " ".join(pages)


def test_the_next_meetings_pack_carries_the_minutes(held, tmp_path):
    code, _out, err = held("pack", "2026-11-20", "-o", str(tmp_path / "pack.pdf"))
    assert code == 0, err
    text = " ".join(text_of(tmp_path / "pack.pdf")[0])
    assert "DRAFT minutes of the meeting held on Thursday 1 Oct 2026" in text
    assert LEAVE in text and "Agreed at the board" in text


def test_approval_refused_in_one_line_and_nothing_written(held, db_path, tmp_path):
    cli = held
    cli("meeting", "add", "--title", "December board", "--on", "2026-12-10")
    cli("meeting", "decide", "2026-11-20", "--item", "3", "--text", "Deferred to December")
    before = dump(db_path)
    for argv, says in ((["meeting", "approve-minutes", "2026-10-01"], "no meeting was held"),
                       (["meeting", "approve-minutes", "2026-12-10"], "not before it"),
                       (["meeting", "approve-minutes", "2026-11-20"],
                        "already records another decision"),
                       (["minutes", "2031-01-01", "-o", str(tmp_path / "x.pdf")],
                        "no meeting on 2031-01-01")):
        code, _out, err = cli(*argv)
        assert code != 0 and says in err and err.count("\n") == 1, (argv, err)
    assert dump(db_path) == before
    assert not (tmp_path / "x.pdf").exists()


def test_partners_minutes_list_what_they_withhold_and_need_yes(held, tmp_path):
    cli = held
    assert cli("member", "add", "OCG 05/00283", "--name", "Quillon Vantablack", "--standing",
               "Principal Subject")[0] == 0
    assert cli("meeting", "decide", "2026-10-01", "--item", "5", "--text",
               "Quillon Vantablack to be referred to the ROCU", "--shared")[0] == 0
    target = tmp_path / "partner.pdf"
    code, _out, err = cli("minutes", "2026-10-01", "-o", str(target), "--variant", "partner")
    assert code != 0 and "Vantablack" in err and "--yes" in err and not target.exists()
    code, out, err = cli("minutes", "2026-10-01", "-o", str(target), "--variant", "partner",
                         "--yes")
    assert code == 0, err
    text = " ".join(text_of(target)[0])
    assert "Vantablack" not in text and "[withheld] to be referred to the ROCU" in text
    assert "Agreed at the board" not in text  # on a threat partners may not see: the board's
