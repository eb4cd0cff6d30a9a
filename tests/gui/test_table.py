"""Every table cell shows a partner's text escaped: no control character acts."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

from ocgboard.gui.table import Column, RowsModel


class CommentsModel(RowsModel):
    class Columns(enum.IntEnum):
        COMMENT = 0

    COLUMNS = {Columns.COMMENT: Column("Comment", lambda r: r, tooltip=lambda r: r)}


def test_a_cell_and_its_tooltip_show_control_characters_escaped(qtbot):
    model = CommentsModel()
    model.set_rows(["\u202egpj.exe", "\x1b[31mred\x1b[0m", "Siobhán Ó Súilleabháin"])
    shown = [model.index(n, 0).data() for n in range(3)]
    assert shown == ["\\u202egpj.exe", "\\x1b[31mred\\x1b[0m", "Siobhán Ó Súilleabháin"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "\\u202egpj.exe"
