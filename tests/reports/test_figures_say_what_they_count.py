"""The pack's and the period report's figures, on a board where every number is known.

One live threat, mapped in 2024, whose review fell due on 1 Oct 2026:
- Police actions with dated trails (A to E, as in tests/core/test_period_figures.py),
  a Local Authority Pursue action and a Youth Offending Team Protect action, open;
- disruptions: major on 1 Jun, moderate 1 Jul, minor 1 Aug and 1 Sep, none 1 and 2 Oct,
  negative 1 Nov 2026;
- a strategic action due 31 Aug 2024, being progressed since 10 Jan 2025.
The meeting is on 3 Dec 2026: its period runs from 4 Jun 2026.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ocgboard.core import disruptions, meetings, plans, stats, strategy
from ocgboard.reports import figures as figures_module
from ocgboard.reports import pack, period
from ocgboard.reports.statistics import headline_figures
from tests.conftest import TODAY
from tests.helpers import make_action, make_threat
from tests.reports.conftest import read
from tests.reports.test_pack import flat

D = dt.date.fromisoformat
JANUARY = D("2026-01-05")


def _trail(s, threat) -> None:
    def moved(action, status, on):
        plans.change_status(s, action, status, f"{status} on {on}", on=on, today=TODAY)

    a = make_action(s, threat, "PUR-03", due_on="2026-03-01", today=JANUARY)
    moved(a, "in progress", "2026-02-01")
    moved(a, "completed", "2026-09-10")
    make_action(s, threat, "PUR-06", due_on="2026-08-01", today=JANUARY)
    make_action(s, threat, "PUR-08", due_on="2026-10-20", today=D("2026-10-01"))
    d = make_action(s, threat, "PUR-09", due_on="2026-04-01", today=JANUARY)
    moved(d, "not pursued", "2026-05-01")
    e = make_action(s, threat, "PUR-10", due_on="2026-03-01", today=JANUARY)
    moved(e, "completed", "2026-04-01")
    moved(e, "in progress", "2026-10-01")
    make_action(s, threat, "PUR-11", due_on="2027-02-01", today=JANUARY)
    make_action(s, threat, "PRO-01", due_on="2027-02-01", today=JANUARY)


def _disruptions(s, threat) -> None:
    for on, level in (("2026-06-01", "major"), ("2026-07-01", "moderate"),
                      ("2026-08-01", "minor"), ("2026-09-01", "minor"), ("2026-10-01", "none"),
                      ("2026-10-02", "none"), ("2026-11-01", "negative")):
        disruptions.add(s, threat, agency="Police", strand="Pursue", level=level,
                        justification=f"{level} on {on}", on=on, today=TODAY)


@pytest.fixture
def known(store):
    with store.session("Chair") as s:
        threat = make_threat(s, next_review_on="2026-10-01", disseminable=True)
        _trail(s, threat)
        _disruptions(s, threat)
        item = strategy.add(s, "Publish a Modern Slavery strategy", lead_partners="DoJ",
                            target_on="2024-08-31")
        strategy.update(s, item, status="being progressed", comment="Draft with the minister",
                        on="2025-01-10", today=TODAY)
        strategy.add(s, "Deliver training", target_on="2027-03-31")
        meeting = meetings.add(s, "December board", "2026-12-03", threats=[threat])
        meeting_id = meeting.id
    return store, meeting_id


@pytest.fixture
def printed(known, tmp_path):
    store, meeting_id = known
    with store.session("Chair") as s:
        pack.build(s, meetings.get(s, "2026-12-03"), tmp_path / "pack.pdf", today=TODAY)
    assert meeting_id
    return read(tmp_path / "pack.pdf")


def _figures(store, start, end):
    with store.reader() as s:
        return figures_module.collect(s, start, end, today=TODAY)


def test_the_headline_figures_keep_the_period_apart_from_the_end(known):
    store, _ = known
    values = headline_figures(_figures(store, "2026-06-04", "2026-12-03"))
    assert values == {
        "threats_disrupted": 1, "threats_frustrated": 0, "threats_dismantled": 0,
        "disruptions": 3, "disruptions_none": 2, "disruptions_negative": 1,
        "actions_raised": 1, "actions_completed": 1,
        "open_actions": 5, "actions_overdue": 3, "multi_agency_threats": 1,
        "reviews_overdue": 1}


def test_the_statistics_pages_say_what_each_figure_counts(printed):
    start = next(i for i, t in enumerate(printed.pages) if "Period statistics" in t
                 and "In the period" in t)
    text = flat("\n".join(printed.pages[start:]))
    for words in ("From 4 Jun 2026 to 3 Dec 2026 In the period: what is dated in it",
                  "As at 3 Dec 2026 As at the period's last day",
                  "Disruptions (major, moderate or minor)", "Recorded as no disruption",
                  "Recorded as negative", "Overdue actions", "Reviews overdue",
                  "3 open actions on live plans were past their due date on 3 Dec 2026"):
        assert words in text, words
    assert "every live plan" not in text and "overdue now" not in text


def test_coverage_is_flagged_only_where_the_library_offers_more(printed):
    page = flat(next(t for t in printed.pages if "Coverage" in t and "library" in t))
    flags = re.findall(r"Pursue only: the library offers [A-Za-z ,]+", page)
    assert len(flags) == 1 and "Protect" in flags[0] and "Prepare" in flags[0]


def test_an_overdue_strategic_target_is_flagged_with_its_latest_update(printed):
    page = flat(next(t for t in printed.pages if "Strategic action plan" in t
                     and "Latest update" in t))
    assert re.search(r"31 Aug 2024\s*Overdue", page)
    assert "10 Jan 2025" in page and "Draft with the minister" in page
    assert not re.search(r"31 Mar 2027\s*Overdue", page)


def test_a_past_review_date_is_flagged_in_the_threat_profile(printed):
    profile = flat(next(t for t in printed.pages if "Next review" in t))
    assert "1 Oct 2026 (overdue)" in profile


def test_the_period_report_counts_overdue_as_at_its_end(known, tmp_path):
    store, _ = known
    with store.session("Chair") as s:
        period.build(s, tmp_path / "june.pdf", "2026-01-01", "2026-06-30", today=TODAY)
    front = flat(read(tmp_path / "june.pdf").pages[0])
    assert "As at 30 Jun 2026, on live plans: open actions: 4; overdue actions: 1" in front
    assert "actions raised: 6; actions completed: 1" in front
    with store.reader() as s:
        june = stats.collect(s, "2026-01-01", "2026-06-30", today=TODAY)
    assert june.actions_overdue == 1


def test_the_period_report_counts_levels_none_and_negative_apart(known, tmp_path):
    store, _ = known
    with store.session("Chair") as s:
        period.build(s, tmp_path / "year.pdf", "2026-05-24", "2026-11-23", today=TODAY)
    front = flat(read(tmp_path / "year.pdf").pages[0])
    assert ("disruptions (major, moderate or minor): 4; recorded as no disruption: 2; "
            "recorded as negative: 1") in front
