"""History across laptops: an agency's laptop tells only what its extract holds, no
withheld name in any form; changes that came in by an import say which file."""

from __future__ import annotations

from sqlalchemy import select

from ocgboard.core import setup
from ocgboard.store.models import Member
from tests.core.withheld.leaks import leaked_words

WITHHELD = "Grzegorz Zieliński"
ONCE_SHARED = "Marek Wiśniewski"


def _withhold_again(chair, name: str) -> None:
    """The chair withholds a member partners once saw (the desktop's members tab)."""
    with chair.on():
        store = setup.open_board(chair.url)
        try:
            with store.session("Chair") as s:
                s.scalars(select(Member).where(Member.name == name)).one().disseminable = False
        finally:
            store.close()


def test_a_partners_laptop_history_holds_no_withheld_name(chair_and_dwp, tmp_path):
    chair, dwp = chair_and_dwp
    action = chair.json("action", "list", "--agency", "DWP")[0]
    threat = action["threat"]
    chair.ok("member", "add", threat, "--name", WITHHELD, "--aliases", "Grzes",
             "--disseminable", "no")
    chair.ok("member", "add", threat, "--name", ONCE_SHARED, "--disseminable", "yes")
    chair.ok("action", "update", action["id"][:8], "--comment",
             f"Claims of {WITHHELD}'s partner traced; Grzes seen at the yard")
    _withhold_again(chair, ONCE_SHARED)
    names = {WITHHELD: ["Grzes"], ONCE_SHARED: []}
    told_chair = chair.ok("history", threat)
    assert leaked_words([told_chair], names)  # the board's own laptop tells it all
    assert f"withheld member '{ONCE_SHARED}' from partners" in told_chair

    extract = tmp_path / "dwp.ocgx"
    chair.ok("export", "--agency", "DWP", "--yes", "-o", str(extract))
    dwp.ok("import", str(extract), "--yes")
    told = [dwp.ok("history"), dwp.ok("history", threat), dwp.ok("history", "--raw"),
            dwp.ok("history", "--json"), dwp.ok("history", "--raw", "--json"),
            dwp.ok("history", "--text", "Grzes")]
    assert "from the board's extract of 23 Nov 2026" in told[0]
    assert "[withheld]" in told[1]  # the update DWP may read, as its extract carried it
    shown = [m["name"] for m in chair.json("member", "list") if m["disseminable"]]
    assert not leaked_words(told, names, shown), "a withheld name is in the partner's history"


def test_changes_from_an_agencys_return_say_so(agency_return):
    chair, _dwp, back = agency_return
    chair.ok("import", str(back), "--yes")
    told = chair.ok("history", "--author", "Jo Bloggs (DWP)")
    assert "Jo Bloggs (DWP) moved " in told
    assert "to in progress: 'Claims under review' (from DWP's return of 23 Nov 2026)" in told
