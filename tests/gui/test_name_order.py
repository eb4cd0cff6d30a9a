"""Lists of names read as a person looks for them: 'Ó Súilleabháin' with the O's,
'Đorđević' with the D's, 'de la Cruz' with the D's, whatever the case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ocgboard.core import collation
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import people as people_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.gui.people.page import AgenciesPage
from ocgboard.gui.threats.editor import Tab
from ocgboard.gui.threats.page import ThreatsPage

NAMES = ["Zubair Ahmed", "Ó Súilleabháin Niamh", "de la Cruz Maria", "Đorđević Marko",
         "adams Tom", "Evans Rhys", "Cole Amy"]
IN_ORDER = ["adams Tom", "Cole Amy", "de la Cruz Maria", "Đorđević Marko", "Evans Rhys",
            "Ó Súilleabháin Niamh", "Zubair Ahmed"]


@pytest.fixture(autouse=True)
def plain_locale(monkeypatch):
    """The order the tests' C locale gets (the names folded); a laptop's own locale,
    where it has a collation, decides instead (tests/core/test_collation.py)."""
    monkeypatch.setattr(collation, "_collate", lambda: None)


@pytest.fixture
def window(window, qtbot):
    yield window
    qtbot.waitUntil(lambda: not window.context.runner.tasks, timeout=30_000)


def shown(view) -> list[str]:
    model = view.model()
    return [model.index(n, 0).data() for n in range(model.rowCount())]


def show(window, qtbot, page_class):
    page = window.page(page_class)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def test_people_and_agencies_are_listed_with_their_letter(window, qtbot, context):
    context.backend.write(people_rows.add_agency, "ōtautahi Trust")
    for name in NAMES:
        context.backend.write(people_rows.add_person, name, "Police")
    page = show(window, qtbot, AgenciesPage)
    agencies = shown(page.ui.agencies)
    assert agencies == sorted(agencies, key=collation.key)
    assert agencies.index("ōtautahi Trust") < agencies.index("Police")
    page.load(agency_id=next(r.id for r in page.agencies.rows if r.name == "Police"))
    assert [n for n in shown(page.ui.people) if n in NAMES] == IN_ORDER


def test_members_and_the_people_to_choose_from_sort_with_their_letter(
        window, qtbot, context):
    page = show(window, qtbot, ThreatsPage)
    qtbot.waitUntil(lambda: len(page.model.rows) > 0)
    tid = page.model.rows[0].id
    for name in NAMES:
        context.backend.write(member_rows.add_member, tid, name)
        context.backend.write(people_rows.add_person, name)
    page.select(tid)
    page.editor.show_threat(tid, Tab.MEMBERS)
    members = [n for n in shown(page.editor.ui.members) if n in NAMES]
    assert members == IN_ORDER
    people = [label.split(" (")[0] for _id, label in context.backend.read(register_rows.people)]
    assert [n for n in people if n in NAMES] == IN_ORDER
    assert people == sorted(people, key=collation.key)


def test_the_register_sorts_threat_names_with_their_letter(window, qtbot, context):
    page = show(window, qtbot, ThreatsPage)
    qtbot.waitUntil(lambda: len(page.model.rows) > 0)
    for reference, name in (("OCG 05/09001", "Ó Súilleabháin brothers"),
                            ("OCG 05/09002", "de la Cruz network"),
                            ("OCG 05/09003", "Đorđević crew")):
        context.backend.write(register_rows.add_threat, reference, name)
    page.load()
    header = page.ui.register.horizontalHeader()
    name = page.model.Columns.NAME
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(name) + 5, 5))
    names = [row.name for row in page.model.rows]
    if names != sorted(names, key=collation.key):
        names.reverse()
    assert names == sorted(names, key=collation.key)
    assert names != sorted(names)  # where a code-point sort would put them
