
import pytest
from sqlalchemy import func, select

from ocgboard.core import board, demo, disruptions, history, lookup, plans, register, stats
from ocgboard.errors import InputError
from ocgboard.store.models import Action, ActionUpdate, Change, Member, Threat
from ocgboard.store.verify import verify
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def test_period_outcomes_follow_the_board_definitions(store):
    with store.session("Chair") as s:
        dismantled = make_threat(s, reference="D")
        disrupted = make_threat(s, reference="M")
        frustrated = make_threat(s, reference="F")
        make_threat(s, reference="Q")  # nothing happened
        for threat, level in ((disrupted, "moderate"), (disrupted, "minor"),
                              (frustrated, "minor"), (dismantled, "major")):
            disruptions.add(s, threat, agency="Police", strand="Pursue", level=level,
                            justification="x", on="2026-10-01", today=TODAY)
        disruptions.add(s, frustrated, agency="DWP", strand="Protect", level="major",
                        justification="long ago", on="2025-01-01", today=TODAY)
        register.edit(s, dismantled, status="dismantled", today=TODAY)
        a = make_action(s, disrupted, "PUR-03", due_on="2026-11-01")
        make_action(s, disrupted, "PUR-02", due_on="2027-01-01")
        plans.change_status(s, make_action(s, frustrated, "PRO-01"), "completed", "done",
                            today=TODAY)
    with store.reader() as s:
        figures = stats.collect(s, "2026-06-01", "2026-11-30", today=TODAY)
    assert (figures.threats_dismantled, figures.threats_disrupted,
            figures.threats_frustrated) == (1, 1, 1)
    assert figures.disruptions_by_level == {"minor": 2, "major": 1, "moderate": 1}
    assert figures.disruptions_by_agency == {"Police": 4}
    assert figures.actions_overdue == 1 and a.id
    assert figures.actions_completed == 1 and figures.actions_raised == 3
    assert figures.actions_by_strand == {"Pursue": 2, "Protect": 1}
    assert figures.multi_agency_threats == 1  # Police and DWP on the disrupted threat
    assert figures.coverage["Police"] == {"Pursue": 1}
    assert figures.threats_by_status["dismantled"] == 1


def test_period_must_run_forwards(store):
    with pytest.raises(InputError, match="before start date"), store.reader() as s:
        stats.collect(s, "2026-06-01", "2026-01-01")


def test_history_lists_a_threats_changes_newest_first(store):
    with store.session("Chair") as s:
        threat = make_threat(s)
        action = make_action(s, threat)
    with store.session("Deputy") as s:
        register.edit(s, lookup.threat(s, threat.reference), band="1A")
        plans.change_status(s, s.get(Action, action.id), "agreed", "ok", today=TODAY)
    with store.reader() as s:
        entries = history.for_threat(s, lookup.threat(s, threat.reference))
    assert entries[0].author == "Deputy"
    assert any(e.entity == "threat" and e.field == "band" and e.new == "1A" for e in entries)
    assert any(e.entity == "action" and e.field == "status" and e.old == "proposed"
               for e in entries)
    assert any(e.entity == "update" for e in entries)
    assert entries[-1].author == "Chair"
    hlcs = [e.when for e in entries]
    assert hlcs == sorted(hlcs, reverse=True)


def _snapshot(session):
    return (sorted(session.execute(select(Threat.reference, Threat.name, Threat.band)).all()),
            sorted(session.execute(select(Member.name, Member.aliases)).all()),
            session.scalar(select(func.count()).select_from(Action)))


def test_demo_is_deterministic_realistic_and_fully_logged(tmp_path):
    from ocgboard.core import setup

    shots = []
    for n in range(2):
        store = setup.open_board(str(tmp_path / f"d{n}.sqlite"))
        with store.session("Chair") as s:
            board.init(s, "Demo board")
        with store.reader() as s:
            seeded = s.scalar(select(func.count()).select_from(Change))
        with store.session("Demo") as s:
            made = demo.generate(s, "small", seed=7, today=TODAY)
        with store.reader() as s:
            shots.append(_snapshot(s))
            names = " ".join(m for m, in s.execute(select(Member.name)))
            statuses = set(s.scalars(select(Action.status)))
            updates = s.scalar(select(func.count()).select_from(ActionUpdate))
            logged = s.scalar(select(func.count()).select_from(Change))
        with store.engine.connect() as conn:
            report = verify(conn)
        store.close()
    assert shots[0] == shots[1]
    assert made["threats"] == 12 and 60 <= made["members"] <= 80
    assert made["actions"] == 150 and updates == made["updates"] >= 150
    assert statuses == {"proposed", "agreed", "in progress", "completed", "not pursued"}
    assert any(ch in names for ch in "ŁłȘșĐđÓóăąćęńśźż")
    assert logged == seeded + made["records"]
    assert report.ok, report.problems


def test_demo_refuses_a_store_that_has_threats(store):
    with store.session("Chair") as s:
        make_threat(s)
    with pytest.raises(InputError, match="already has threats"), store.session("Chair") as s:
        demo.generate(s, "small", today=TODAY)
