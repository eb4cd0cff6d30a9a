"""The threat editor: profile, members, 4P plan, disruptions and history tabs.

It sits beside the register. Only the tab in view is loaded; the others are
marked stale and load when they are shown, so opening a threat costs one
profile read however big its plan or its history is.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget

from ocgboard.core import dates
from ocgboard.core.rows import register as rows
from ocgboard.errors import BoardError
from ocgboard.gui.forms.ui_threat_editor import Ui_ThreatEditor
from ocgboard.gui.plans.plan_tab import PlanTab
from ocgboard.gui.threats.disruptions_tab import DisruptionsTab
from ocgboard.gui.threats.history_tab import HistoryTab
from ocgboard.gui.threats.members_tab import MembersTab
from ocgboard.gui.threats.profile import ThreatProfile
from ocgboard.gui.threats.tables import compact
from ocgboard.gui.watch import Watch
from ocgboard.store.changes import Changes

# What the editor's tabs show: the threat, its members, plan, disruptions, history.
WATCHED = ("threat", "member", "action", "action_update", "disruption", "person", "agency")


class Tab(enum.IntEnum):
    PROFILE = 0
    MEMBERS = 1
    PLAN = 2
    DISRUPTIONS = 3
    HISTORY = 4


class ThreatEditor(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_ThreatEditor()
        ui.setupUi(self)
        self.tid: str | None = None
        self.reference = ""
        self.stale: set[Tab] = set()
        self._plan_for: str | None = None
        self.profile = ThreatProfile(context, ui.profileHost)
        ui.profileHostLayout.addWidget(self.profile)
        self.members = MembersTab(context, ui, self)
        self.plan = PlanTab(context, ui.planTab)
        ui.planLayout.addWidget(self.plan)
        self.disruptions = DisruptionsTab(context, ui, self)
        self.history = HistoryTab(context, ui, self)
        for view in (ui.members, ui.disruptions):
            compact(view)
        font = QFont(ui.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.heading.setFont(font)
        ui.tabs.currentChanged.connect(lambda index: self._load_tab(Tab(index)))
        ui.stack.currentChanged.connect(self._fit_to_shown)
        self._fit_to_shown(ui.stack.currentIndex())
        self.watch = Watch(self, context.backend, WATCHED, lambda _changes: self.reload(),
                           relevant=self._concerns)
        self.watch.loaded()  # nothing shown yet: show_threat loads

    # -- opening --------------------------------------------------------------

    def show_threat(self, tid: str, tab: Tab | None = None) -> bool:
        self.profile.flush()
        try:
            values = self.context.backend.read(rows.profile, tid)
        except BoardError as exc:
            self.context.status(exc.message)
            return False
        self.tid = tid
        self._show(values)
        self.ui.stack.setCurrentIndex(1)
        if tab is not None and tab != self.ui.tabs.currentIndex():
            self.ui.tabs.setCurrentIndex(tab)  # loads it through currentChanged
        else:
            self._load_tab(Tab(self.ui.tabs.currentIndex()))
        return True

    def show_member(self, tid: str, mid: str) -> bool:
        return self.show_threat(tid, Tab.MEMBERS) and self.members.select(mid)

    def clear(self) -> None:
        self.tid, self.reference, self._plan_for = None, "", None
        self.ui.stack.setCurrentIndex(0)

    def _fit_to_shown(self, index: int) -> None:
        """The editor asks for the room of what it shows: with no threat open, the
        register beside it may take the width the threat's tabs would need."""
        for number in range(self.ui.stack.count()):
            shown = QSizePolicy.Policy.Preferred if number == index \
                else QSizePolicy.Policy.Ignored
            self.ui.stack.widget(number).setSizePolicy(shown, shown)
        self.ui.stack.updateGeometry()

    def current_tab(self) -> Tab:
        return Tab(self.ui.tabs.currentIndex())

    # -- keeping up to date ---------------------------------------------------

    def _show(self, values: dict) -> None:
        self.reference = values["reference"]
        self.profile.fill_people()
        self.profile.load(values)
        self._heading(values)
        self.stale = set(Tab) - {Tab.PROFILE}

    def _heading(self, values: dict) -> None:
        self.ui.heading.setText(f"{values['reference']} · {values['name']}")
        review = dt.date.fromisoformat(values["next_review_on"]) \
            if values["next_review_on"] else None
        words = rows.review_words(review, values["status"], self.context.backend.today())
        parts = [values["kind"], f"band {values['band']}", values["status"],
                 f"next review {dates.day(review)} ({words})" if words and review else
                 (f"next review {dates.day(review)}" if review else "no review date")]
        self.ui.subheading.setText(" · ".join(parts))

    def _load_tab(self, tab: Tab) -> None:
        if self.tid is None:
            return
        if tab == Tab.PLAN:
            if self._plan_for != self.tid + self.reference:
                self._plan_for = self.tid + self.reference
                self.plan.show_threat(self.reference)
            return
        if tab not in self.stale:
            return
        self.stale.discard(tab)
        if tab == Tab.MEMBERS:
            self.members.load(self.tid)
        elif tab == Tab.DISRUPTIONS:
            self.disruptions.load(self.tid, self.reference)
        elif tab == Tab.HISTORY:
            self.history.load(self.tid)

    def _concerns(self, changes: Changes) -> bool:
        """This threat or its records changed, or a name its profile shows; the history
        tab shows every update, whose action is not the threat's own row."""
        return self.tid is not None and (changes.within("threat", self.tid)
                                         or changes.touches("person", "agency", "action_update"))

    def reload(self) -> None:
        if self.tid is None:
            return
        try:
            values = self.context.backend.read(rows.profile, self.tid)
        except BoardError:
            self.clear()  # deleted (an undone add, an import): nothing left to edit
            return
        self._show(values)
        self._load_tab(self.current_tab())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.watch.catch_up()
