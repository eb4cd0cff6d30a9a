"""GUI fixtures: a demo board and the real main window, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ocgboard.core import demo
from ocgboard.gui import withheld
from ocgboard.gui.app import make_context
from ocgboard.gui.exchange.import_wizard import ImportWizard
from ocgboard.gui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def reviewed(monkeypatch) -> list:
    """The chair's review of withheld names, answered "Write it": a modal box would wait
    for a click no test makes. A test about the review patches withheld.ask itself."""
    asked: list = []
    monkeypatch.setattr(withheld, "ask", lambda parent, what, places:
                        asked.append((what, places)) or True)
    return asked


@pytest.fixture(autouse=True)
def no_unexpected_box(monkeypatch) -> None:
    """A message box no test answers would wait for ever: it fails the test instead.
    A test that expects one patches it after this."""
    def unexpected(_parent, title, text, *_args, **_kw):
        raise AssertionError(f"an unexpected message box: {title}: {text}")

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unexpected)


@pytest.fixture(autouse=True)
def another_board(monkeypatch) -> list:
    """Offers to open or join another board for a file, answered No unless a test
    answers them itself: a modal box would wait for a click no test makes."""
    asked: list = []
    monkeypatch.setattr(ImportWizard, "ask", lambda self, text: asked.append(text) and False)
    return asked


@pytest.fixture
def demo_store(store):
    with store.session("Chair") as s:
        demo.generate(s, "small", today=TODAY)
    return store


@pytest.fixture
def context(demo_store, qtbot):
    made = make_context(demo_store)
    yield made
    made.runner.wait(30_000)


@pytest.fixture
def window(context, qtbot):
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown
