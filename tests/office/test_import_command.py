"""`ocgboard office import`: a preview that writes nothing, then one transaction through
the services, recorded as the operator's work; a second import adds nothing."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests.cli.conftest import Runner
from tests.conftest import dump
from tests.office import papers


@pytest.fixture
def board(capsys, db_path):
    """A board with OCG 05/00283 and one action on its plan."""
    return papers.set_up_board(Runner(capsys, db_path))

STREET_PASTORS = "Northshire Street Pastors=Police"


def _plan_actions(cli, reference="OCG 05/00283") -> list[dict]:
    return [a for a in cli.json("action", "list", "--threat", reference)
            if a["threat"] == reference]


def _strands(actions) -> dict:
    return dict(Counter(a["strand"] for a in actions))


@pytest.fixture
def plan_file(tmp_path):
    return str(papers.word_plan(tmp_path / "plan.docx"))


def test_the_preview_says_everything_and_writes_nothing(board, db_path, plan_file):
    before = dump(db_path)
    code, out, err = board("office", "import", plan_file, "--preview")
    assert code == 0, err
    assert "11 actions to add to OCG 05/00283's plan (Pursue 5, Protect 2, Prepare 1, " \
           "Prevent 3)" in out
    assert "'NOM's.' → Probation Service (template spelling)" in out
    assert "'Local Authority ASB Co-ordinator' → Local Authority (agency and role)" in out
    assert "'Northshire Street Pastors': Prevent, row 3" in out
    assert "By the March 2027 board" in out
    assert dump(db_path) == before


def test_unmatched_owners_must_be_mapped_first(board, db_path, plan_file):
    before = dump(db_path)
    code, _out, err = board("office", "import", plan_file, "--yes")
    assert code != 0
    assert "'Northshire Street Pastors'" in err and "--map" in err
    assert err.count("\n") == 1
    assert dump(db_path) == before


def test_a_map_to_no_agency_is_refused(board, plan_file):
    code, _out, err = board("office", "import", plan_file, "--map", "Pastors=MI7", "--yes")
    assert code != 0 and "no agency called 'MI7'" in err


def test_without_yes_and_no_terminal_nothing_is_written(board, db_path, plan_file):
    before = dump(db_path)
    code, _out, err = board("office", "import", plan_file, "--map", STREET_PASTORS)
    assert code != 0 and "add --yes" in err
    assert dump(db_path) == before


def test_a_word_plan_comes_in_under_its_strands(board, plan_file):
    code, out, err = board("office", "import", plan_file, "--map", STREET_PASTORS, "--yes")
    assert code == 0, err
    assert "Imported plan.docx: 11 actions added (Pursue 5, Protect 2, Prepare 1, Prevent 3)" \
        in out
    actions = _plan_actions(board)
    assert _strands(actions) == {"Pursue": 6, "Protect": 2, "Prepare": 1, "Prevent": 3}
    dwp = next(a for a in actions if a["specific"].startswith("Department of Work"))
    assert "linked to OCG 05/00283 with a view to identifying" in dwp["specific"]
    assert dwp["owner"] == "DWP" and dwp["due_on"] == "2027-02-28"
    hse = board.json("action", "show", next(a["id"] for a in actions
                                                 if a["owner"] == "HSE"))
    assert hse["timebound"] == "By the March 2027 board" and hse["due_on"] is None
    assert hse["updates"][0]["author"] == "Chair"
    assert not any("**" in a["specific"] for a in actions)


def test_the_same_file_twice_adds_nothing(board, db_path, plan_file):
    assert board("office", "import", plan_file, "--map", STREET_PASTORS, "--yes")[0] == 0
    before = dump(db_path)
    code, out, _err = board("office", "import", plan_file, "--map", STREET_PASTORS, "--yes")
    assert code == 0
    assert "11 already on the plan, not added again" in out
    assert "Nothing to add" in out
    assert dump(db_path) == before


def test_the_forgotten_ocg_number_needs_threat(board, db_path, tmp_path):
    path = str(papers.word_plan(tmp_path / "p.docx", reference=None))
    before = dump(db_path)
    code, _out, err = board("office", "import", path, "--yes")
    assert code != 0 and "--threat" in err and err.count("\n") == 1
    assert dump(db_path) == before
    code, _out, err = board("office", "import", path, "--threat", "OCG 05/00283",
                                "--map", STREET_PASTORS, "--yes")
    assert code == 0, err
    assert len(_plan_actions(board)) == 12


def test_a_threat_that_does_not_exist_yet_is_created_after_the_preview_says_so(
        board, tmp_path):
    path = str(papers.word_plan(tmp_path / "p.docx", reference="07/00412"))
    code, out, _err = board("office", "import", path, "--preview")
    assert "New threat: OCG 07/00412 (OCG) does not exist yet and will be created" in out
    assert board("ocg", "show", "OCG 07/00412")[0] != 0
    code, out, err = board("office", "import", path, "--map", STREET_PASTORS, "--yes")
    assert code == 0, err
    assert "threat OCG 07/00412 created" in out
    assert len(_plan_actions(board, "OCG 07/00412")) == 11


def test_an_action_tracker_maps_statuses_and_dates_its_updates(board, tmp_path):
    path = str(papers.action_tracker(tmp_path / "t.xlsx"))
    code, out, _err = board("office", "import", path, "--preview")
    for said in ("'Complete' → completed", "'Not started' → proposed",
                 "'Overdue' → in progress", "status 'Parked' is none of the board's"):
        assert said in out
    code, out, err = board("office", "import", path, "--map", "Hartley Boxing Club=YOT",
                               "--yes")
    assert code == 0, err
    actions = _plan_actions(board)
    assert _strands(actions) == {"Pursue": 4, "Protect": 1, "Prevent": 2}
    by_text = {a["specific"][:20]: a for a in actions}
    visit = board.json("action", "show", by_text["Visit the car wash o"]["id"])
    assert visit["status"] == "completed"
    assert visit["updates"][-1]["dated_on"] == dt.date(2026, 10, 12).isoformat()
    assert visit["updates"][-1]["comment"] == "Visit done; two workers referred to the NRM."
    assert by_text["Seize uninsured vehi"]["status"] == "in progress"
    assert by_text["Review the benefit c"]["status"] == "proposed"
    assert by_text["Diversion offer to t"]["status"] == "proposed"


def test_a_strategic_plan_and_a_recommendation_tracker(board, tmp_path):
    for build in (papers.strategy_plan, papers.recommendation_tracker):
        path = str(build(tmp_path / f"{build.__name__}.xlsx"))
        code, out, err = board("office", "import", path, "--yes")
        assert code == 0, err
    items = board.json("strategy", "list")
    assert [i["number"] for i in items] == [1, 2, 3, 4, 5, 6]
    assert items[4]["status"] == "complete"
    assert items[1]["target"] == "March 2025"
    code, out, _err = board("office", "import", str(tmp_path / "strategy_plan.xlsx"),
                                "--yes")
    assert "Nothing to add" in out


def test_json_preview(board, plan_file):
    data = board.json("office", "import", plan_file, "--preview")
    assert data["applied"] is False
    assert len(data["actions"]) == 11
    assert data["unmatched"] == {"Northshire Street Pastors": ["Prevent, row 3"]}


def test_a_refusal_by_the_services_names_the_row(board, db_path, tmp_path):
    plan = {"Pursue": [("Visit the car wash " * 700, "", "Police")]}
    path = str(papers.word_plan(tmp_path / "p.docx", plan=plan, split=False, merge=False))
    before = dump(db_path)
    code, _out, err = board("office", "import", path, "--yes")
    assert code != 0 and err.count("\n") == 1
    assert "Pursue, row 1: " in err and "nothing was written" in err
    assert dump(db_path) == before
