"""My tasks: an agency laptop's main page, its actions across the board's threats.

An agency's laptop holds its own actions only (its extract), so this is the
Actions page without what an agency does not do: no owner filter (every
action here is its own) and no editing of what the board asked (an agency
moves the status on and writes progress, which the board takes back), with
one way to send that work back to the chair.
"""

from __future__ import annotations

from ocgboard.gui.plans.actions_page import ActionsPage


class MyTasksPage(ActionsPage):
    title = "My tasks"
    name = "tasks"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        ui = self.ui
        ui.heading.setText("<h2>My tasks</h2>")
        for widget in (ui.agency, ui.agencyLabel, ui.edit, ui.openThreat):
            widget.hide()
        ui.changeStatus.setText("&Update progress…")
        ui.sendReturn.show()
        ui.sendReturn.clicked.connect(context.send_return)

    def edit(self) -> None:
        """Opening a task is reporting progress on it: the rest is the board's."""
        self.change_status()

    def new_record(self) -> bool:
        self.context.status("Actions are set by the board: report progress on yours", 5000)
        return True
