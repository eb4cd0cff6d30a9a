"""A plan written out as Word and brought into a new board gives the same actions:
strand by strand, the same SMART text, owner and due date (or timebound words)."""

from __future__ import annotations

from tests.cli.conftest import Runner

REFERENCE = "OCG 05/00283"


def plan_of(cli: Runner) -> list[tuple]:
    shown = [a for a in cli.json("action", "list") if a["threat"] == REFERENCE]
    return sorted((a["strand"], a["specific"], a["measurable"], a["achievable"],
                   a["relevant"], a["owner"], a["due_on"], a["timebound"], a["status"])
                  for a in shown)


def test_a_plan_exported_to_word_and_imported_into_a_new_board_is_the_same_plan(
        capsys, tmp_path):
    first = Runner(capsys, tmp_path / "first.sqlite")
    assert first("init", "--board", "Northshire Board")[0] == 0
    assert first("ocg", "add", REFERENCE, "--name", "Hartley Road network",
                 "--mapped", "2024-01-10", "--band", "2B")[0] == 0
    for tactic, owner, due in (("PUR-03", "Police", "2027-01-31"),
                               ("PUR-02", "DWP", "2027-02-28"),
                               ("PRO-03", "Complex Dependency team", None),
                               ("PRV-02", "Probation Service", "2027-03-31")):
        made = ["plan", "add", REFERENCE, "--tactic", tactic, "--owner", owner]
        assert first(*made, *(["--due", due] if due else []))[0] == 0, tactic
    assert first("plan", "add", REFERENCE, "--text",
                 "Street pastors to patrol the estate on Friday and Saturday nights",
                 "--strand", "Prevent", "--owner", "Local Authority")[0] == 0
    words = next(a["id"] for a in first.json("action", "list") if a["tactic"] == "PRO-03")
    assert first("action", "edit", words[:8], "--timebound", "By the March 2027 board")[0] == 0
    moved = {a["tactic"]: a["id"][:8] for a in first.json("action", "list")}
    for tactic, status in (("PUR-03", "agreed"), ("PRV-02", "completed")):
        assert first("action", "update", moved[tactic], "--status", status, "--comment",
                     f"{status.capitalize()} at the board")[0] == 0, tactic
    paper = tmp_path / "plan.docx"
    code, _out, err = first("office", "export", "plan", REFERENCE, "-o", str(paper))
    assert code == 0, err

    second = Runner(capsys, tmp_path / "second.sqlite")
    assert second("init", "--board", "Southshire Board")[0] == 0
    code, out, err = second("office", "import", str(paper), "--yes")
    assert code == 0, err
    assert "5 actions added" in out and "threat OCG 05/00283 created" in out, out
    assert plan_of(second) == plan_of(first)
    # And once more: the same paper adds nothing to the board that took it.
    code, out, err = second("office", "import", str(paper), "--yes")
    assert code == 0 and len(plan_of(second)) == 5, (out, err)

