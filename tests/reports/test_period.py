"""The period report: the six-monthly figures with charts, marked like the pack."""

from __future__ import annotations

import pytest

from ocgboard.errors import InputError
from ocgboard.reports import period
from tests.reports.conftest import SECRET_MEMBER, TODAY
from tests.reports.test_pack import MARKING, flat, marking_heights, outline_titles


def test_the_report_gives_the_six_monthly_figures(period_report):
    text = flat(period_report.text)
    assert "Period report: 24 May 2026 to 23 Nov 2026" in text
    for words in ("Threats disrupted", "Threats dismantled", "Threats frustrated",
                  "Disruptions by level", "Disruptions by agency", "Disruptions by strand",
                  "Actions completed", "Overdue actions", "Multi-agency threats",
                  "Coverage: open actions by agency and strand", "Actions by strand and status"):
        assert words in text, words


def test_the_headline_figures_match_the_statistics(board, period_report):
    from ocgboard.core import stats

    store, _, _ = board
    with store.reader() as s:
        figures = stats.collect(s, "2026-05-24", "2026-11-23", today=TODAY)
    text = flat(period_report.pages[0] + period_report.pages[1])
    summary = (f"In the period: threats disrupted: {figures.threats_disrupted}; "
               f"threats dismantled: "
               f"{figures.threats_dismantled}; threats frustrated: {figures.threats_frustrated}")
    assert summary in text
    assert f"actions completed: {figures.actions_completed}" in text
    assert (f"As at 23 Nov 2026, on live plans: open actions: {figures.open_actions}; "
            f"overdue actions: {figures.actions_overdue}") in text
    assert f"multi-agency threats: {figures.multi_agency_threats}" in text


def test_every_page_is_marked_and_numbered(period_report):
    total = len(period_report.pages)
    height = float(period_report.reader.pages[0].mediabox.height)
    for number, page in enumerate(period_report.reader.pages, 1):
        assert f"Page {number} of {total}" in period_report.pages[number - 1]
        heights = marking_heights(page)
        assert any(h > height - 40 for h in heights) and any(h < 40 for h in heights)
    assert MARKING in period_report.pages[0]


def test_the_report_has_an_outline_and_no_names(period_report):
    titles = [t for _, t, _ in outline_titles(period_report.reader)]
    assert titles == ["Period report", "Figures for the period"]
    assert SECRET_MEMBER not in period_report.text


def test_a_backwards_period_is_refused(board, tmp_path):
    store, _, _ = board
    with store.reader() as s, pytest.raises(InputError, match="before"):
        period.build(s, tmp_path / "report.pdf", "2026-11-23", "2026-01-01", today=TODAY)
    assert not (tmp_path / "report.pdf").exists()
