"""A threat's members: name, aliases, date of birth, standing, roles, sharing."""

from __future__ import annotations

import enum

from ocgboard.gui.models.table import Column, RowsModel

STANDING_ORDER = {"Principal Subject": 0, "Significant Group Member": 1, "Peripheral Subject": 2}


class MembersModel(RowsModel):
    class Columns(enum.IntEnum):
        NAME = 0
        ALIASES = 1
        BORN = 2
        STANDING = 3
        ROLES = 4
        SHAREABLE = 5

    C = Columns
    COLUMNS = {
        C.NAME: Column("Name", lambda m: m.name, sort=lambda m: m.name.casefold()),
        C.ALIASES: Column("Aliases", lambda m: ", ".join(m.aliases)),
        C.BORN: Column("Date of birth", lambda m: m.date_of_birth),
        C.STANDING: Column("Standing", lambda m: m.standing,
                           sort=lambda m: STANDING_ORDER.get(m.standing, 9)),
        C.ROLES: Column("Roles", lambda m: m.roles),
        C.SHAREABLE: Column("Shareable", lambda m: "yes" if m.disseminable else "no — withheld",
                            tooltip=lambda m: "May be shared with partners" if m.disseminable
                            else "Never leaves in a partner pack or an agency extract"),
    }
