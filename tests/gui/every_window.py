"""Every dialog, wizard and window the app opens, made on the demo board.

`windows(window)` yields (name, widget) for each, built as the app builds it,
with the main window (the `window` fixture) as parent where the app gives one.
A dialog the app gains must be added here: `test_every_dialog_is_listed`
compares this list with the dialog classes in ocgboard/gui.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ocgboard.core import meetings
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.core.rows import chase as chase_rows
from ocgboard.core.rows import control as control_rows
from ocgboard.core.rows import decisions as decision_rows
from ocgboard.core.rows import meetings as meeting_rows
from ocgboard.core.rows import plans as plan_rows
from ocgboard.core.rows import register as register_rows
from ocgboard.core.rows import strategy as strategy_rows
from ocgboard.gui.board import lock
from ocgboard.gui.board.first_run import FirstRunWizard
from ocgboard.gui.board.join_wizard import JoinWizard
from ocgboard.gui.board.preferences import PreferencesDialog
from ocgboard.gui.board.restore_dialog import RestoreDialog
from ocgboard.gui.board.settings_dialog import BoardSettingsDialog
from ocgboard.gui.control.dialogs import (
    AdoptDialog,
    AreaDialog,
    BattleDialog,
    PriorityDialog,
    StrategyWordsDialog,
)
from ocgboard.gui.control.page import ControlPage
from ocgboard.gui.exchange.contacts_view import CardDialog
from ocgboard.gui.exchange.export_wizard import ExportWizard
from ocgboard.gui.exchange.import_wizard import ImportWizard
from ocgboard.gui.help import GuideWindow, ShortcutsWindow
from ocgboard.gui.meetings import pack_printer
from ocgboard.gui.meetings.agenda import AgendaItemDialog
from ocgboard.gui.meetings.decisions import DecisionDialog
from ocgboard.gui.meetings.dialog import MeetingDialog
from ocgboard.gui.meetings.pack_dialog import PackDialog
from ocgboard.gui.meetings.pack_preview import PackPreview
from ocgboard.gui.meetings.print_dialog import PrintDialog
from ocgboard.gui.office.export_dialog import OfficeExportDialog
from ocgboard.gui.office.import_wizard import OfficeImportWizard
from ocgboard.gui.people.page import AgenciesPage, AgencyDialog, PersonDialog
from ocgboard.gui.plans.action_dialog import ActionDialog
from ocgboard.gui.plans.status_dialog import StatusDialog
from ocgboard.gui.plans.tactic_picker import TacticPicker
from ocgboard.gui.plans.withdraw_dialog import WithdrawDialog
from ocgboard.gui.strategy.page import ProgressDialog, StrategyDialog, StrategyPage
from ocgboard.gui.threats.disruption_dialog import DisruptionDialog
from ocgboard.gui.threats.disruption_log import DisruptionLogDialog
from ocgboard.gui.threats.members_tab import MemberDialog
from ocgboard.gui.threats.new_threat import NewThreatDialog
from ocgboard.reports import printing
from ocgboard.sync import keys
from tests.conftest import TODAY

HELD = "2026-10-12"  # the demo board's last held meeting
A4_LANDSCAPE = (842.0, 595.0)


def _threat(context) -> tuple[str, str]:
    reference = context.backend.read(chase_rows.action_rows)[0].threat_ref
    return context.backend.read(register_rows.threat_id, reference), reference


def _action(context) -> str:
    return next(r.id for r in context.backend.read(chase_rows.action_rows)
                if r.status in ("agreed", "in progress"))


def _meeting(context) -> str:
    return context.backend.read(lambda s: meetings.get(s, HELD).id.hex)


def _card(context) -> keys.Card:
    info = context.backend.info()
    return keys.parse_card(keys.card(keys.load(), info.name or "", "deputy-laptop"))


def _decision(window, on: str) -> DecisionDialog:
    context, key = window.context, _meeting(window.context)
    rows = (context.backend.read(decision_rows.tracker_rows, key, TODAY) if on == "action"
            else context.backend.read(meeting_rows.agenda_rows, key))
    return DecisionDialog(context, key, on, rows, rows[0].id, window)


def _people(window) -> PersonDialog:
    page = window.page(AgenciesPage)
    page.load()
    return PersonDialog(page, {"agency": None}, person_id=None)


def _strategy(window) -> StrategyPage:
    page = window.page(StrategyPage)
    page.load()
    return page


def _progress(window) -> ProgressDialog:
    item = window.context.backend.read(strategy_rows.item_rows)[0]
    return ProgressDialog(_strategy(window), item)


def _control(window) -> ControlPage:
    page = window.page(ControlPage)
    page.load()
    return page


def _battle(window, reword: bool) -> BattleDialog:
    page = _control(window)
    assert page.shown is not None
    area = page.shown.areas[3]
    return BattleDialog(page, page.shown, area.id, area.battles[1] if reword else None)


def _area(window) -> AreaDialog:
    page = _control(window)
    assert page.shown is not None
    models = window.context.backend.read(control_rows.management_models)
    return AreaDialog(page, page.shown, page.shown.areas[6], models)


def _plan(context) -> plan_rows.Plan:
    return context.backend.read(plan_rows.plan, _threat(context)[1])


def _pack(window) -> PackDialog:
    context = window.context
    meeting = context.backend.read(meeting_rows.meeting_detail, _meeting(context))
    return PackDialog(context, meeting, window)


def _system_print(window) -> QWidget:
    printer = QPrinter()
    dialog = pack_printer.system_dialog(printer, 12, window)
    dialog.printer = printer  # the dialog holds it by pointer only: kept alive with it
    return dialog


MAKERS: dict[str, Callable[[QWidget], QWidget]] = {
    "NewThreatDialog": lambda w: NewThreatDialog(w.context, w),
    "MemberDialog": lambda w: MemberDialog(w.context, _threat(w.context)[0], None, w),
    "DisruptionDialog": lambda w: DisruptionDialog(w.context, *_threat(w.context), w),
    "DisruptionLogDialog": lambda w: DisruptionLogDialog(w.context, w),
    "ActionDialog": lambda w: ActionDialog(w.context, _action(w.context), parent=w),
    "ActionDialog for a new action": lambda w: ActionDialog(
        w.context, threat=_threat(w.context)[0], reference=_threat(w.context)[1], parent=w),
    "StatusDialog": lambda w: StatusDialog(w.context, _action(w.context), w),
    "WithdrawDialog": lambda w: WithdrawDialog(w.context, _action(w.context), w),
    "TacticPicker": lambda w: TacticPicker(w.context, _plan(w.context), w),
    "MeetingDialog": lambda w: MeetingDialog(w.context, parent=w),
    "AgendaItemDialog": lambda w: AgendaItemDialog(w.context, _meeting(w.context), 3, w),
    "DecisionDialog on an action": lambda w: _decision(w, "action"),
    "DecisionDialog on an item": lambda w: _decision(w, "item"),
    "PackDialog": _pack,
    "PackPreview": lambda w: PackPreview(w.context.runner, w),
    "system print dialog": lambda w: _system_print(w),
    "printing progress": lambda w: pack_printer.printing_progress(w),
    "PrintDialog": lambda w: PrintDialog(printing.Queues(("office",), "office"), 12,
                                         A4_LANDSCAPE, w),
    "AgencyDialog": lambda w: AgencyDialog(w.page(AgenciesPage)),
    "PersonDialog": _people,
    "StrategyDialog": lambda w: StrategyDialog(_strategy(w)),
    "ProgressDialog": _progress,
    "BattleDialog": lambda w: _battle(w, reword=False),
    "BattleDialog to reword": lambda w: _battle(w, reword=True),
    "AdoptDialog": lambda w: AdoptDialog(_control(w), _control(w).choices[0]),
    "AreaDialog": _area,
    "PriorityDialog": lambda w: PriorityDialog(_control(w)),
    "PriorityDialog to reword": lambda w: PriorityDialog(_control(w),
                                                         _control(w).shown.priorities[0]),
    "StrategyWordsDialog": lambda w: StrategyWordsDialog(_control(w), _control(w).shown),
    "ImportWizard": lambda w: ImportWizard(w.context, parent=w),
    "ExportWizard": lambda w: ExportWizard(w.context, w),
    "OfficeImportWizard": lambda w: OfficeImportWizard(w.context, parent=w),
    "OfficeExportDialog": lambda w: OfficeExportDialog(w.context, parent=w),
    "CardDialog": lambda w: CardDialog(w.context, _card(w.context),
                                       w.context.backend.read(attendance_rows.agency_list), w),
    "FirstRunWizard": lambda w: FirstRunWizard(w.context.backend, w),
    "JoinWizard": lambda w: JoinWizard(w),
    "PreferencesDialog": lambda w: PreferencesDialog(w.context, w),
    "BoardSettingsDialog": lambda w: BoardSettingsDialog(w.context, w),
    "RestoreDialog": lambda w: RestoreDialog(w.context, w),
    "PassphraseDialog to unlock": lambda w: lock.PassphraseDialog(lock.UNLOCK, w),
    "PassphraseDialog to choose": lambda w: lock.PassphraseDialog(lock.CHOOSE, w),
    "PassphraseDialog to change": lambda w: lock.PassphraseDialog(lock.CHANGE, w),
    "GuideWindow": lambda w: GuideWindow(w),
    "ShortcutsWindow": lambda w: ShortcutsWindow(w.menuBar(), w),
}


def listed() -> set[str]:
    """The dialog classes of ours MAKERS makes (Qt's own, such as the system's print
    dialog, are named in lower case)."""
    return {name.split()[0] for name in MAKERS if name[0].isupper()}


def windows(window) -> Iterator[tuple[str, QWidget]]:
    """Each dialog in turn, shown; closed and let go when the next is asked for."""
    for name, make in MAKERS.items():
        made = make(window)
        made.show()
        try:
            yield name, made
        finally:
            made.hide()
            made.deleteLater()
