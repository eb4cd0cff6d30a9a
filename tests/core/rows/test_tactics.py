from ocgboard.core import collation
from ocgboard.core.rows import tactics as tactic_rows


def test_library_rows_people_and_agencies(store, plan_board):
    with store.reader() as s:
        vehicles = tactic_rows.tactics(s, lifestyle_area="vehicles")
        dwp = tactic_rows.tactics(s, agency="DWP")
        people = tactic_rows.people(s)
        names = [a.name for a in tactic_rows.agencies(s)]
    assert [t.code for t in vehicles] == ["PUR-08"] and vehicles[0].guidance_watch
    assert {t.default_owner for t in dwp} == {"Department for Work and Pensions"}
    assert [p.name for p in people] == ["DS Ana Kowalczyk"] and people[0].agency_id
    assert names == sorted(names, key=collation.key) and "Police" in names
