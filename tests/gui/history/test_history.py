"""The History page, driven through its real widgets: lines by day and by whom,
filtered by who did it, a line's field records on demand, older lines on demand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ocgboard.core import history_lines, lookup, members, plans
from ocgboard.gui.history import view as history_view
from ocgboard.gui.history.page import HistoryPage
from tests.conftest import TODAY

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worked(demo_store, clock):
    """Two people's work after the demo was made, minutes apart."""
    clock.advance(minutes=5)
    with demo_store.session("Supt Gary Marsh") as s:
        action = next(a for a in plans.listing(s) if a.status == "proposed")
        plans.change_status(s, action, "agreed", "Agreed at the December board", today=TODAY)
    clock.advance(minutes=3)
    with demo_store.session("DS Đorđević") as s:
        members.edit(s, members.listing(s, lookup.threat(s, "OCG 05/00100"))[0],
                     disseminable=False)
    return demo_store


@pytest.fixture
def page(worked, window, qtbot) -> HistoryPage:
    shown = window.page(HistoryPage)
    navigation = window.ui.navigation
    item = navigation.item(window.pages.index(shown))
    qtbot.mouseClick(navigation.viewport(), LEFT, pos=navigation.visualItemRect(item).center())
    assert window.current_page() is shown
    qtbot.waitUntil(lambda: shown.view.model.count > 0)
    return shown


def headings(model) -> list[tuple[str, list[str]]]:
    """Each day's heading with the authors under it, in turn."""
    return [(model.item(d).text(), [model.item(d).child(a).text()
                                    for a in range(model.item(d).rowCount())])
            for d in range(model.rowCount())]


def choose_in(qtbot, box, text: str) -> None:
    """Pick an entry of a combo box as a person does: focus it and type its start."""
    box.setFocus()
    qtbot.keyClicks(box, text)
    assert box.currentText() == text


def click_line(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def test_lines_stand_under_their_day_and_author(page):
    model = page.view.model
    days = headings(model)
    assert days[0] == ("Monday 23 Nov 2026", ["DS Đorđević", "Supt Gary Marsh", "Chair"])
    assert days[-1][0] == "Built into ocgboard"
    newest = model.item(0).child(0).child(0)
    assert newest.text().endswith("withheld member '"
                                  f"{newest.data(history_view.ROW_ROLE).words.split(chr(39))[1]}'"
                                  " from partners")


def test_filter_by_author_then_open_a_lines_field_records(page, qtbot):
    ui = page.view.ui
    choose_in(qtbot, ui.author, "Supt Gary Marsh")
    model = page.view.model
    assert headings(model) == [("Monday 23 Nov 2026", ["Supt Gary Marsh"])]
    assert model.count == 1
    line = model.item(0).child(0).child(0)
    assert "from proposed to agreed: 'Agreed at the December board'" in line.text()
    click_line(qtbot, ui.lines, line.index())
    assert ui.chosen.text().startswith("Supt Gary Marsh moved '")
    fields = page.view.fields
    said = {(r.record, r.field): (r.was, r.now) for r in fields.rows}
    assert said[("action", "status")] == ("proposed", "agreed")
    assert said[("update", "comment")] == ("", "'Agreed at the December board'")
    assert ("update", "recorded_at") in said  # the field records hold the bookkeeping too
    assert ui.fields.model().rowCount() == len(fields.rows) >= 7


def test_filters_by_kind_and_words_and_refuses_a_date_in_a_line(page, qtbot):
    ui = page.view.ui
    choose_in(qtbot, ui.kind, "Withheld from or shared with partners")
    assert page.view.model.count == 1
    qtbot.keyClicks(ui.since, "31/02/2026")
    qtbot.keyClick(ui.since, Qt.Key.Key_Return)
    assert "from date '31/02/2026' is not a valid date" in ui.message.text()
    ui.since.clear()
    qtbot.keyClick(ui.since, Qt.Key.Key_Return)
    assert ui.message.text() == "" and page.view.model.count == 1
    ui.kind.setFocus()
    qtbot.keyClick(ui.kind, Qt.Key.Key_Home)
    assert ui.kind.currentText() == "Every kind"
    qtbot.keyClicks(ui.words, "december board")
    qtbot.waitUntil(lambda: page.view.model.count == 1)


def test_older_lines_come_a_page_at_a_time(page, qtbot, monkeypatch, context):
    every = context.backend.read(lambda s: len(history_lines.page(s, limit=10_000).lines))
    monkeypatch.setattr(history_view, "PAGE", 25)
    page.view.reload()
    ui, model = page.view.ui, page.view.model
    first = model.count
    assert first % 25 == 0 and first < every and ui.older.isEnabled()
    qtbot.mouseClick(ui.older, LEFT)
    assert model.count >= first + 25
    while ui.older.isEnabled():  # scrolled to the end, the list reads the next page
        before = model.count
        ui.lines.scrollToBottom()
        qtbot.waitUntil(lambda b=before: model.count > b or not ui.older.isEnabled())
    assert model.count == every
    assert ui.count.text() == f"{every} lines, newest first"


def test_the_lines_take_most_of_the_page_and_the_records_the_rest(page, window, qtbot):
    window.resize(1366, 820)
    qtbot.waitUntil(lambda: window.width() == 1366)
    lines, details = page.view.ui.lines.height(), page.view.ui.details.height()
    assert lines >= 2 * details, (lines, details)
