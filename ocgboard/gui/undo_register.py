"""Undoable edits of the register: threats, their members and disruptions.

A command is applied once, before it is pushed, so that refused input never
reaches the undo stack and its message can be shown where the user typed.
After that, redo and undo are new edits through the same core services; the
change log records every one of them.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ocgboard.core import disruption_rows, member_rows
from ocgboard.core import register_rows as rows
from ocgboard.errors import BoardError
from ocgboard.gui.widgets import refused

FIELD_LABELS = {
    "reference": "reference", "name": "name", "kind": "kind", "status": "status",
    "band": "band", "threat_areas": "threat areas", "management_model": "management model",
    "extent_corruption": "infiltration and corruption", "extent_awareness": "tactical awareness",
    "extent_violence": "violent capability", "lro_id": "LRO", "sro_id": "SRO",
    "lead_agency_id": "lead agency", "area": "area", "mapped_on": "mapped date",
    "last_assessed_on": "last assessed date", "next_review_on": "next review date",
    "summary": "summary", "disseminable": "sharing of the summary",
}
TYPED = ("summary",)  # typed in bursts: consecutive saves make one undo step
FIELD_EDIT_ID = 4101


class BoardCommand(QUndoCommand):
    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self._pushed = False

    def apply(self) -> None:
        """The first time: by default the same as redo."""
        self.forward()

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo; the edit is already made
            self._pushed = True
            return
        self._run(self.forward, "Redo")

    def undo(self) -> None:
        self._run(self.backward, "Undo")

    def _run(self, step, verb: str) -> None:
        try:
            step()
        except BoardError as exc:
            # Another edit (an import, say) got there first; say so, plainly.
            refused(self.context.window, f"{verb} not possible", exc.message)

    def write(self, fn, *args, **kwargs):
        return self.context.backend.write(fn, *args, **kwargs)


def apply(context, command: BoardCommand) -> str | None:
    """Make the edit and put it on the undo stack; the refusal's one line, if refused."""
    try:
        command.apply()
    except BoardError as exc:
        return exc.message
    context.undo.push(command)
    return None


class ThreatFieldEdit(BoardCommand):
    def __init__(self, context, tid: str, reference: str, field: str, old, new):
        super().__init__(context, f"Edit {FIELD_LABELS.get(field, field)} of {reference}")
        self.tid, self.field, self.old, self.new = tid, field, old, new

    def forward(self) -> None:
        self.write(rows.edit_threat, self.tid, **{self.field: self.new})

    def backward(self) -> None:
        self.write(rows.edit_threat, self.tid, **{self.field: self.old})

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (isinstance(other, ThreatFieldEdit) and other.tid == self.tid
                and other.field == self.field and self.field in TYPED):
            self.new = other.new
            return True
        return False


class AddThreat(BoardCommand):
    def __init__(self, context, reference: str, name: str, fields: dict):
        super().__init__(context, f"Add threat {reference}")
        self.args, self.fields = (reference, name), fields
        self.tid = self.reference = None

    def apply(self) -> None:
        self.tid, self.reference = self.write(rows.add_threat, *self.args, **self.fields)
        self.setText(f"Add threat {self.reference}")

    def forward(self) -> None:
        self.write(rows.set_deleted, "threat", self.tid, False)

    def backward(self) -> None:
        self.write(rows.set_deleted, "threat", self.tid, True)


class AddMember(BoardCommand):
    def __init__(self, context, tid: str, fields: dict):
        super().__init__(context, f"Add member {fields.get('name', '')}")
        self.tid, self.fields, self.mid = tid, dict(fields), None

    def apply(self) -> None:
        fields = dict(self.fields)
        self.mid = self.write(member_rows.add_member, self.tid, fields.pop("name"), **fields)

    def forward(self) -> None:
        self.write(rows.set_deleted, "member", self.mid, False)

    def backward(self) -> None:
        self.write(rows.set_deleted, "member", self.mid, True)


class EditMember(BoardCommand):
    def __init__(self, context, member: member_rows.MemberRow, fields: dict):
        super().__init__(context, f"Edit member {member.name}")
        before = member.fields()
        self.mid = member.id
        self.new = {k: v for k, v in fields.items() if before.get(k) != v}
        self.old = {k: before[k] for k in self.new}

    def forward(self) -> None:
        if self.new:
            self.write(member_rows.edit_member, self.mid, **self.new)

    def backward(self) -> None:
        if self.old:
            self.write(member_rows.edit_member, self.mid, **self.old)


class RemoveMember(BoardCommand):
    def __init__(self, context, member: member_rows.MemberRow):
        super().__init__(context, f"Remove member {member.name}")
        self.mid = member.id

    def forward(self) -> None:
        self.write(member_rows.remove_member, self.mid)

    def backward(self) -> None:
        self.write(rows.set_deleted, "member", self.mid, False)


class RecordDisruption(BoardCommand):
    def __init__(self, context, tid: str, reference: str, fields: dict):
        super().__init__(context, f"Record disruption of {reference}")
        self.tid, self.fields, self.did = tid, fields, None

    def apply(self) -> None:
        self.did = self.write(disruption_rows.record_disruption, self.tid, **self.fields)

    def forward(self) -> None:
        self.write(rows.set_deleted, "disruption", self.did, False)

    def backward(self) -> None:
        self.write(rows.set_deleted, "disruption", self.did, True)
