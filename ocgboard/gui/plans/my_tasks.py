"""My tasks: an agency laptop's main page, its actions across the board's threats.

An agency's laptop holds its own actions only (its extract), so this is the
Actions page without what an agency does not do: no owner filter (every
action here is its own) and no editing of what the board asked (an agency
moves the status on and writes progress, which the board takes back), with
one way to send that work back to the chair. Beside each task is the threat
it is under, as far as the board shares it.
"""

from __future__ import annotations

from html import escape

from ocgboard.core.rows import tasks as task_rows
from ocgboard.errors import BoardError
from ocgboard.gui.plans.actions_page import ActionsPage
from ocgboard.gui.plans.models import day


class MyTasksPage(ActionsPage):
    title = "My tasks"
    name = "tasks"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        ui = self.ui
        ui.heading.setText("<h2>My tasks</h2>")
        for widget in (ui.agency, ui.agencyLabel, ui.edit, ui.openThreat):
            widget.hide()
        ui.changeStatus.setText("Up&date progress…")
        ui.sendReturn.show()
        ui.sendReturn.clicked.connect(context.send_return)

    def edit(self) -> None:
        """Opening a task is reporting progress on it: the rest is the board's."""
        self.change_status()

    def new_record(self) -> bool:
        self.context.status("Actions are set by the board: report progress on yours", 5000)
        return True

    def _show_details(self) -> None:
        key = self.current_id()
        try:
            found = self.context.backend.read(task_rows.task, key) if key else None
        except BoardError:
            found = None
        if found is None:
            self.details.show(None)
        else:
            self.details.show(found.action, threat_html(found.threat))


def threat_html(threat: task_rows.ThreatContext) -> str:
    """The threat a task is under, as the board shares it with this agency."""
    heading = f"<hr><p><b>The threat: {escape(threat.reference)}</b>"
    if threat.withheld:
        return (f"{heading}<br>{escape(threat.kind)}, {escape(threat.status)}. The board "
                "does not share this threat's details with partners: ask the chair.</p>")
    facts = [threat.kind, threat.status]
    if threat.band and threat.band != "unscored":
        facts.append(f"band {threat.band}")
    parts = [f"{heading} — {escape(threat.name)}<br>{escape(', '.join(facts))}"]
    where = [*threat.threat_areas, *([threat.area] if threat.area else [])]
    if where:
        parts.append(f"<br>{escape(' · '.join(where))}")
    if threat.next_review_on:
        parts.append(f"<br>Next review by the board: {day(threat.next_review_on)}")
    parts.append("</p>")
    if threat.summary:
        parts.append(f"<p>{escape(threat.summary)}</p>")
    if threat.members:
        listed = "".join(f"<li>{escape(_member(m))}</li>" for m in threat.members)
        parts.append(f"<p><b>Members the board shares</b></p><ul>{listed}</ul>")
    return "".join(parts)


def _member(member: task_rows.SharedMember) -> str:
    aliases = f" (also {', '.join(member.aliases)})" if member.aliases else ""
    roles = f" — {member.roles}" if member.roles else ""
    return f"{member.name}{aliases}{roles}"
