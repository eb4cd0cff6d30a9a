"""A board set up as the command line's tests set it up, and the app's context on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ocgboard.core import setup
from ocgboard.gui.app import make_context
from tests.cli.conftest import Runner
from tests.office.papers import set_up_board

WAIT = 30_000


@pytest.fixture
def cli(capsys, db_path) -> Runner:
    return Runner(capsys, db_path)


@pytest.fixture
def board(cli):
    """OCG 05/00283 with one action (PUR-03), a person: `set_up_board`'s board."""
    return set_up_board(cli)


def open_context(db_path, qtbot):
    """The store on `db_path` and a context on it, as the app makes them."""
    store = setup.open_board(str(db_path))
    return store, make_context(store)


@pytest.fixture
def office_context(board, db_path, qtbot):
    store, context = open_context(db_path, qtbot)
    yield context
    context.runner.wait(WAIT)
    store.close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
