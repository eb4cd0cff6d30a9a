"""The screenshots' scenes: each shows one thing a chair does, and returns what to grab."""

from __future__ import annotations

import os
import time
from pathlib import Path

from ocgboard.gui.dashboard import page as dashboard
from ocgboard.gui.exchange import page as exchange
from ocgboard.gui.library import page as library
from ocgboard.gui.meetings import page as meetings
from ocgboard.gui.meetings.pack_dialog import BuiltPack
from ocgboard.gui.people import page as agencies
from ocgboard.gui.plans import actions_page as actions
from ocgboard.gui.strategy import page as strategy
from ocgboard.gui.threats import page as threats


def _wait(app, until, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)


def scene_home() -> Path:
    return Path(os.environ["OCGBOARD_HOME"])


def _show(window, page_class):
    page = window.page(page_class)
    window.show_page(window.pages.index(page))
    return page


def dashboard_page(window, app):
    page = _show(window, dashboard.DashboardPage)
    _wait(app, lambda: not page.loading and page.tiles["live_threats"].text() != "…")
    return window


def threat_register_and_profile(window, app):
    page = _show(window, threats.ThreatsPage)
    _wait(app, lambda: len(page.model.all) > 0)
    page.select(page.model.rows[1].id)
    page.editor.show_threat(page.model.rows[1].id)
    return window


def threat_4p_plan(window, app):
    page = window.page(threats.ThreatsPage)
    page.editor.ui.tabs.setCurrentIndex(2)
    return window


def threat_history(window, app):
    page = window.page(threats.ThreatsPage)
    page.editor.ui.tabs.setCurrentIndex(4)
    return window


def meetings_agenda(window, app):
    page = _show(window, meetings.MeetingsPage)
    _wait(app, lambda: page.model.rowCount() > 0)
    page.ui.meetingsView.selectRow(0)
    return window


def _plan_tab(window):
    return window.page(threats.ThreatsPage).editor.plan


def tactic_picker(window, app):
    tab = _plan_tab(window)
    window.show_page(window.pages.index(window.page(threats.ThreatsPage)))
    window.page(threats.ThreatsPage).editor.ui.tabs.setCurrentIndex(2)
    tab.add_from_library()
    picker = tab.dialog
    picker.resize(1150, 640)
    picker.ui.words.setText("licen")
    _wait(app, lambda: picker.model.rowCount() > 0, 3)
    for row in range(min(2, picker.model.rowCount())):
        picker.model.toggle(row)
    return picker


def status_change(window, app):
    tab = _plan_tab(window)
    open_ = [row for row in tab.plan.actions if row.rating.rag != "closed"
             and row.status not in ("completed", "not pursued")]
    tab.select((open_ or list(tab.plan.actions))[0].id)
    tab.change_status()
    dialog = tab.dialog
    dialog.choose(None)
    dialog.ui.comment.setPlainText("Licensing panel met on the 18th; two premises licences "
                                   "under review, decision at the December panel.")
    return dialog


def actions_chase_list(window, app):
    page = _show(window, actions.ActionsPage)
    page.show_filtered(overdue=True)
    _wait(app, lambda: page.model.rowCount() > 0)
    return window


def tactic_library(window, app):
    page = _show(window, library.LibraryPage)
    _wait(app, lambda: page.model.rowCount() > 0)
    page.select("PUR-08")
    return window


def agencies_and_people(window, app):
    page = _show(window, agencies.AgenciesPage)
    _wait(app, lambda: page.agencies.rowCount() > 0)
    page.ui.agencies.selectRow(0)
    return window


def strategic_plan(window, app):
    page = _show(window, strategy.StrategyPage)
    _wait(app, lambda: page.model.rowCount() > 0)
    page.ui.items.selectRow(1)
    return window


def meeting_pack_preview(window, app):
    from ocgboard.reports import pack

    page = window.page(meetings.MeetingsPage)
    meeting = page.selected()
    target = scene_home() / "pack.pdf"
    with window.context.backend.store.session("DCI Hartley") as session:
        from ocgboard.core import meetings as core_meetings

        found = core_meetings.get(session, meeting.id)
        built = pack.build(session, found, str(target), variant="chair")
    preview = page.show_pack(BuiltPack(meeting.id, built.path, built.pages, "chair", None,
                                       None))
    preview.resize(1100, 820)
    _wait(app, lambda: preview.current_page() >= 0, 3)
    preview.go(2)
    return preview


def exchange_import_preview(window, app):
    import scene_exchange

    returned = scene_exchange.agency_return(window.context)
    page = _show(window, exchange.ExchangePage)
    page.import_file(str(returned))
    wizard = page.import_wizard
    wizard.resize(1000, 560)
    wizard.ui.usePassphrase.setChecked(True)
    wizard.ui.passphrase.setText(scene_exchange.PASSPHRASE)
    wizard.next()
    _wait(app, lambda: wizard.ui.changes.count() > 0, 60)
    return wizard


def exchange_contacts(window, app):
    page = _show(window, exchange.ExchangePage)
    page.ui.tabs.setCurrentIndex(1)
    return window


SCENES = [dashboard_page, threat_register_and_profile, threat_4p_plan, threat_history,
          tactic_picker, status_change, actions_chase_list, meetings_agenda,
          meeting_pack_preview, tactic_library, agencies_and_people, strategic_plan,
          exchange_import_preview, exchange_contacts]
