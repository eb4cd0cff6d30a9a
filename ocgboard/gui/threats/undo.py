"""Undoable edits of the register: threats, their members and disruptions (recorded,
edited, deleted)."""

from __future__ import annotations

from ocgboard.core.rows import common
from ocgboard.core.rows import disruptions as disruption_rows
from ocgboard.core.rows import members as member_rows
from ocgboard.core.rows import register as rows
from ocgboard.gui.undo import EditCommand

FIELD_LABELS = {
    "reference": "reference", "name": "name", "kind": "kind", "status": "status",
    "band": "band", "threat_areas": "threat areas", "management_model": "management model",
    "extent_corruption": "infiltration and corruption", "extent_awareness": "tactical awareness",
    "extent_violence": "violent capability", "lro_id": "LRO", "sro_id": "SRO",
    "lead_agency_id": "lead agency", "area": "area", "mapped_on": "mapped date",
    "last_assessed_on": "last assessed date", "next_review_on": "next review date",
    "summary": "summary", "disseminable": "sharing with partners",
}
TYPED = ("summary",)  # typed in bursts: consecutive saves make one undo step
FIELD_EDIT_ID = 4101


class ThreatFieldEdit(EditCommand):
    def __init__(self, context, tid: str, reference: str, field: str, old, new):
        super().__init__(context, f"Edit {FIELD_LABELS.get(field, field)} of {reference}")
        self.tid, self.field, self.old, self.new = tid, field, old, new

    def forward(self) -> None:
        self.write(rows.edit_threat, self.tid, **{self.field: self.new})

    def backward(self) -> None:
        self.write(rows.edit_threat, self.tid, **{self.field: self.old})

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: EditCommand) -> bool:
        if (isinstance(other, ThreatFieldEdit) and other.tid == self.tid
                and other.field == self.field and self.field in TYPED):
            self.new = other.new
            return True
        return False


class AddThreat(EditCommand):
    def __init__(self, context, reference: str, name: str, fields: dict):
        super().__init__(context, f"Add threat {reference}")
        self.args, self.fields = (reference, name), fields
        self.tid = self.reference = None

    def first(self) -> None:
        self.tid, self.reference = self.write(rows.add_threat, *self.args, **self.fields)
        self.setText(f"Add threat {self.reference}")

    def forward(self) -> None:
        self.write(common.set_deleted, "threat", self.tid, False)

    def backward(self) -> None:
        self.write(common.set_deleted, "threat", self.tid, True)


class AddMember(EditCommand):
    def __init__(self, context, tid: str, fields: dict):
        super().__init__(context, f"Add member {fields.get('name', '')}")
        self.tid, self.fields, self.mid = tid, dict(fields), None

    def first(self) -> None:
        fields = dict(self.fields)
        self.mid = self.write(member_rows.add_member, self.tid, fields.pop("name"), **fields)

    def forward(self) -> None:
        self.write(common.set_deleted, "member", self.mid, False)

    def backward(self) -> None:
        self.write(common.set_deleted, "member", self.mid, True)


class EditMember(EditCommand):
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


class RemoveMember(EditCommand):
    def __init__(self, context, member: member_rows.MemberRow):
        super().__init__(context, f"Remove member {member.name}")
        self.mid = member.id

    def forward(self) -> None:
        self.write(member_rows.remove_member, self.mid)

    def backward(self) -> None:
        self.write(common.set_deleted, "member", self.mid, False)


class RecordDisruption(EditCommand):
    def __init__(self, context, tid: str, reference: str, fields: dict):
        super().__init__(context, f"Record disruption of {reference}")
        self.tid, self.fields, self.did = tid, fields, None

    def first(self) -> None:
        self.did = self.write(disruption_rows.record_disruption, self.tid, **self.fields)

    def forward(self) -> None:
        self.write(common.set_deleted, "disruption", self.did, False)

    def backward(self) -> None:
        self.write(common.set_deleted, "disruption", self.did, True)


class EditDisruption(EditCommand):
    """Changed fields of a disruption, as record_disruption takes them."""

    def __init__(self, context, did: str, reference: str, old: dict, new: dict):
        super().__init__(context, f"Edit disruption of {reference}")
        self.did, self.old, self.new = did, old, new

    def forward(self) -> None:
        self.write(disruption_rows.edit_disruption, self.did, **self.new)

    def backward(self) -> None:
        self.write(disruption_rows.edit_disruption, self.did, **self.old)


class RemoveDisruption(EditCommand):
    def __init__(self, context, did: str, reference: str, said: str):
        super().__init__(context, f"Delete disruption of {said} ({reference})")
        self.did = did

    def forward(self) -> None:
        self.write(disruption_rows.remove_disruption, self.did)

    def backward(self) -> None:
        self.write(common.set_deleted, "disruption", self.did, False)
