"""The hand-made board of tests/store/fixtures/make-board.sh, as today's services read it.

Old versions of ocgboard built that board with their own command line; the
store fixtures (tests/store/fixtures) and the exchange files
(tests/sync/fixtures) hold it. These checks say what must still be there.
"""

from __future__ import annotations

import datetime as dt

from ocgboard.core import agenda, disruptions, lookup, meetings, members, plans, register, strategy
from ocgboard.store.models import Action

D = dt.date.fromisoformat
OCG, PI, VUL = "OCG 05/00283", "PI 05/00011", "VUL 05/00007"

# The trails as (date, status, comment), in the order today's trail lists them.
PREVENT_TRAIL = [
    (D("2026-08-03"), "proposed", "Added to the plan"),
    (D("2026-08-20"), "agreed", "Agreed at the board – Łukasz leads"),
    (D("2026-09-15"), "in progress", "First visits; Ștefan's flat empty"),
    (D("2026-10-05"), "in progress", "Spoke to Zoë; 7 of 12 flats"),
    (D("2026-10-30"), "completed", "All 12 flats visited. Gata."),
]
PURSUE_TRAIL = [
    (D("2026-08-03"), "proposed", "Added to the plan from library tactic PUR-02"),
    (D("2026-09-01"), "agreed", "DWP to review claims"),
    (D("2026-11-02"), "in progress", "Siobhán: three claims under review"),
]
MEETING_DECISION = (D("2026-11-19"), "in progress", "Keep going; report back in January – Siobhán")


def trail(session, action: Action) -> list[tuple]:
    return [(u.dated_on, u.status, u.comment) for u in plans.trail(session, action)]


def ocg_actions(session) -> dict[str, Action]:
    """The OCG's two actions by strand."""
    threat = lookup.threat(session, OCG)
    return {a.strand: a for a in plans.listing(session, threat=threat)}


def check_threats(session, *, extract: bool = False) -> None:
    refs = {t.reference for t in register.listing(session, include_closed=True)}
    assert refs == ({OCG} if extract else {OCG, PI, VUL})
    threat = lookup.threat(session, OCG)
    assert (threat.name, threat.kind, threat.band) == ("Drăgulescu network", "OCG", "2C")
    assert threat.threat_areas == ["county lines", "drug supply"]
    assert threat.area == "Northshire East"
    assert "‘the Świętokrzyska line’" in threat.summary
    if not extract:
        assert lookup.threat(session, VUL).name == "Cuckooed flats, Łąkowa Court"
        assert lookup.threat(session, VUL).status == "dormant"
        assert not lookup.threat(session, PI).disseminable


def check_people(session, *, extract: bool = False) -> None:
    siobhan = lookup.person(session, "siobhan ni bhriain")  # folded: accents and case
    assert siobhan.name == "Siobhán Ní Bhriain"
    assert siobhan.role == "Fraud investigator"
    if not extract:
        lukasz = lookup.person(session, "LUKASZ WROBLEWSKI")
        assert lukasz.name == "Łukasz Wróblewski"
        assert lukasz.email == "lukasz.wroblewski@northshire.example"
        assert lookup.agency(session, "ANA").name == "Agenția Națională Antidrog"
        assert lookup.threat(session, OCG).lro_id == lukasz.id


def check_members(session, *, extract: bool = False) -> None:
    threat = lookup.threat(session, OCG)
    found = {m.name: m for m in members.listing(session, threat)}
    shared = {"Ștefan Drăgulescu", "Zoë Ægir-Øster"}
    assert set(found) == (shared if extract else shared | {"Łukasz Wróblewski"})
    stefan = found["Ștefan Drăgulescu"]
    assert stefan.aliases == ["Ștefi", "Drăgu"]
    assert stefan.date_of_birth == D("1988-04-17")
    assert stefan.standing == "Principal Subject"
    if not extract:
        assert found["Łukasz Wróblewski"].aliases == ["Łuki"]
        pi = [m.name for m in members.listing(session, lookup.threat(session, PI))]
        assert pi == ["Grzegorz Brzęczyszczykiewicz"]


def check_actions(session, *, with_meetings: bool, extract: bool = False) -> None:
    actions = ocg_actions(session)
    assert set(actions) == ({"Pursue"} if extract else {"Pursue", "Prevent"})
    pursue = actions["Pursue"]
    assert pursue.status == "in progress"
    assert lookup.agency(session, "DWP").id == pursue.owner_agency_id
    assert pursue.due_on == D("2026-12-15")
    # An extract leaves the meeting behind, but the update its decision made travels.
    decided = [MEETING_DECISION] if with_meetings else []
    assert trail(session, pursue) == PURSUE_TRAIL + decided
    if extract:
        return
    prevent = actions["Prevent"]
    assert prevent.status == "completed"
    assert prevent.specific == "Safeguarding visits at Łąkowa Court – ‘Ușă deschisă’"
    assert prevent.owner_person_id == lookup.person(session, "Łukasz Wróblewski").id
    assert trail(session, prevent) == PREVENT_TRAIL
    dropped, = plans.listing(session, threat=lookup.threat(session, PI))
    assert dropped.status == "not pursued"
    assert trail(session, dropped)[-1][1:] == ("not pursued", "Overtaken by the NCA's work")


def check_disruptions_and_strategy(session) -> None:
    done, = disruptions.listing(session, threat=lookup.threat(session, OCG))
    assert (done.dated_on, done.level, done.strand) == (D("2026-10-28"), "moderate", "Pursue")
    assert done.justification == "Drăgulescu arrested; £12,000 and 400 g seized"
    assert done.action_id == ocg_actions(session)["Prevent"].id
    item, = strategy.listing(session)
    assert item.action.startswith("County lines awareness in Northshire East schools (Łąkowa")
    assert [(u.dated_on, u.status, u.comment) for u in strategy.trail(session, item)][-1] == \
        (D("2026-10-01"), "being progressed", "5 schools done – încă 7")


def check_meetings(session) -> None:
    found = {m.title: m for m in meetings.listing(session)}
    assert set(found) == {"Northshire SOC Board – November", "Northshire SOC Board – January"}
    held = found["Northshire SOC Board – November"]
    assert held.status == "held"
    assert held.venue == "Sala Łódź, Police HQ"
    assert held.starts_at == dt.datetime(2026, 11, 19, 10, 0)
    assert found["Northshire SOC Board – January"].status == "planned"
    attended = {(p.name, a.status, a.note) for p, a in meetings.attendance(session, held)}
    assert attended == {
        ("Łukasz Wróblewski", "present", None),
        ("Siobhán Ní Bhriain", "apologies", "Ioana Popescu-Crișan attended for her"),
        ("Ioana Popescu-Crișan", "present", None)}
    titles = [i.title for i in agenda.items(session, held)]
    assert "Threat review: OCG 05/00283 Drăgulescu network" in titles
    assert plans.trail(session, ocg_actions(session)["Pursue"])[-1].meeting_id == held.id


def check_board(session, *, with_meetings: bool) -> None:
    """Everything make-board.sh put in a full board."""
    check_threats(session)
    check_people(session)
    check_members(session)
    check_actions(session, with_meetings=with_meetings)
    check_disruptions_and_strategy(session)
    if with_meetings:
        check_meetings(session)


def check_extract(session) -> None:
    """What DWP's extract of that board holds (made with meetings)."""
    check_threats(session, extract=True)
    check_people(session, extract=True)
    check_members(session, extract=True)
    check_actions(session, with_meetings=True, extract=True)
    assert disruptions.listing(session) == []
    assert meetings.listing(session) == []
