"""GUI fixtures: a demo board and the real main window, offscreen."""

from __future__ import annotations

import pytest

from ocgboard.core import demo
from ocgboard.gui import withheld
from ocgboard.gui.app import make_context
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
