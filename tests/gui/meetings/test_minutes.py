"""Writing a meeting's minutes from the Meetings page, and approving them at the next."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from ocgboard.core import agenda, lookup, meetings, members, minutes
from ocgboard.core.rows import meetings as meeting_rows
from tests.conftest import TODAY
from tests.gui.meetings.helpers import HELD, LEFT, PLANNED, show

APPROVAL = "Minutes of the meeting of 12 October 2026 approved as a true record"


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    asked = []

    def fake(parent, caption, folder, filters):
        asked.append(folder)
        return str(tmp_path / "minutes.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return tmp_path / "minutes.pdf", asked


def pages_of(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def test_the_minutes_button_writes_the_draft_minutes_and_shows_them(page, context, qtbot,
                                                                    save_as, refusals):
    target, asked = save_as
    show(page, context, HELD)
    assert page.ui.minutesButton.isEnabled()
    qtbot.mouseClick(page.ui.minutesButton, LEFT)
    assert asked and asked[0].endswith("2026-10-12 minutes.pdf")
    qtbot.waitUntil(lambda: not page.minutes.running, timeout=60_000)
    assert refusals == []
    pages = pages_of(target)
    assert pages and all("DRAFT" in text for text in pages)
    assert "DRAFT minutes of the meeting of Monday 12 Oct 2026" in pages[0]
    assert "Escalate to the SRO: no progress since the last meeting." in " ".join(pages)
    assert page.preview.isVisible() and page.preview.document.pageCount() == len(pages)
    status = context.window.statusBar().currentMessage()
    assert status.startswith("Draft minutes written to") and f"{len(pages)} pages" in status


def test_partners_minutes_are_reviewed_before_they_are_written(page, context, qtbot,
                                                               save_as, reviewed):
    target, asked = save_as
    with context.backend.store.session("Chair") as s:
        threat = lookup.threat(s, "OCG 05/00101")
        members.add(s, threat, "Grigore Secretescu", standing="Principal Subject",
                    disseminable=False, today=TODAY)
        held = meetings.get(s, HELD)
        item = next(i for i in agenda.items(s, held) if i.kind == "any other business")
        agenda.decide(s, item, "Grigore Secretescu seen at the yard", board_only=False)
    show(page, context, HELD)
    page.minutes.menu.actions()[1].trigger()  # Minutes for partners
    qtbot.waitUntil(lambda: target.exists() and not page.minutes.running, timeout=60_000)
    assert asked[0].endswith("2026-10-12 minutes for partners.pdf")
    assert [what for what, _places in reviewed] == ["the partners' minutes"]
    text = " ".join(pages_of(target))
    assert "Secretescu" not in text and "[withheld] seen at the yard" in text


@pytest.mark.pinned("2026-12-03T15:00")
def test_approving_the_last_minutes_records_the_decision_and_undoes(page, context, qtbot,
                                                                    window):
    key = show(page, context, PLANNED)
    qtbot.mouseClick(page.ui.approveMinutesButton, LEFT)
    rows = context.backend.read(meeting_rows.agenda_rows, key)
    assert rows[2].kind == minutes.ITEM_KIND and rows[2].decision == APPROVAL
    assert context.window.statusBar().currentMessage().startswith("Recorded on item 3")
    assert context.backend.read(lambda s: minutes.approval(s, meetings.get(s, HELD)))
    context.undo.undo()
    assert context.backend.read(meeting_rows.agenda_rows, key)[2].decision is None
    assert context.backend.read(lambda s: minutes.approval(s, meetings.get(s, HELD))) is None


def test_approving_before_the_meeting_is_refused_in_one_line(page, context, qtbot, refusals):
    show(page, context, PLANNED)  # on 3 December; today is 23 November
    qtbot.mouseClick(page.ui.approveMinutesButton, LEFT)
    assert refusals == ["minutes are approved at the meeting, not before it (this one is on "
                        "2026-12-03)"]
    assert context.backend.read(meeting_rows.agenda_rows,
                                show(page, context, PLANNED))[2].decision is None
