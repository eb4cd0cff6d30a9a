"""Undoable edits of agencies and their people.

Adding is undone by a tombstone and redone by lifting it, so the record keeps
its id and history.
"""

from __future__ import annotations

from ocgboard.core.rows import common
from ocgboard.core.rows import people as people_rows
from ocgboard.gui.undo import EditCommand


class AddAgency(EditCommand):
    def __init__(self, context, name: str, short_name: str):
        super().__init__(context, f"Add agency {name}")
        self.name, self.short_name = name, short_name
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(people_rows.add_agency, self.name, self.short_name)

    def forward(self) -> None:
        self.write(common.set_deleted, "agency", self.row_id, False)

    def backward(self) -> None:
        self.write(common.set_deleted, "agency", self.row_id, True)


class AddPerson(EditCommand):
    def __init__(self, context, fields: dict):
        super().__init__(context, f"Add {fields.get('name', 'a person')}")
        self.fields = fields
        self.row_id: str | None = None

    def first(self) -> None:
        self.row_id = self.write(people_rows.add_person, **self.fields)

    def forward(self) -> None:
        self.write(common.set_deleted, "person", self.row_id, False)

    def backward(self) -> None:
        self.write(common.set_deleted, "person", self.row_id, True)


class EditPerson(EditCommand):
    def __init__(self, context, person_id: str, old: dict, new: dict):
        changed = {k: v for k, v in new.items() if (old.get(k) or None) != (v or None)}
        super().__init__(context, f"Edit {old.get('name') or 'person'}")
        self.row_id = person_id
        self.old = {k: old.get(k) for k in changed}
        self.new = changed

    def forward(self) -> None:
        self.write(people_rows.edit_person, self.row_id, **self.new)

    def backward(self) -> None:
        self.write(people_rows.edit_person, self.row_id, **self.old)
