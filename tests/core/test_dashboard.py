
from ocgboard.core import dashboard, demo, disruptions
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat


def test_figures_count_what_needs_attention(store):
    with store.session("Chair") as s:
        due = make_threat(s, reference="DUE", next_review_on="2026-12-01", band="2B")
        make_threat(s, reference="LATE", next_review_on="2026-11-01", band="1A")
        make_threat(s, reference="GONE", status="archived", next_review_on="2026-11-01")
        make_action(s, due, "PUR-03", due_on="2026-11-10")
        make_action(s, due, "PUR-02", due_on="2027-01-10")
        disruptions.add(s, due, agency="Police", strand="Pursue", level="minor",
                        justification="x", on="2026-11-01", today=TODAY)
    with store.reader() as s:
        figures = dashboard.collect(s, today=TODAY)
    # LATE is overdue, and so due within the window too, as the list the figure opens
    assert (figures.live_threats, figures.reviews_due, figures.reviews_overdue) == (2, 2, 1)
    assert (figures.open_actions, figures.overdue_actions, figures.disruptions) == (2, 1, 1)
    assert list(figures.threats_by_band) == ["1A", "2B", "unscored"]
    assert figures.actions_by_strand == {"Pursue": 2}


def test_charts_follow_the_vocabulary_order(store):
    with store.session("Chair") as s:
        demo.generate(s, "small", today=TODAY)
    with store.reader() as s:
        figures = dashboard.collect(s, today=TODAY)
    assert list(figures.actions_by_strand) == [
        s for s in ("Pursue", "Protect", "Prepare", "Prevent") if s in figures.actions_by_strand]
    statuses = list(figures.actions_by_status)
    assert statuses == sorted(statuses, key=["proposed", "agreed", "in progress", "completed",
                                             "not pursued"].index)
