"""A modal dialog driven as a person would: its exec() shows it, does what the test
says with it, and returns its result, so the code under test goes on as after a
real exec()."""

from __future__ import annotations

from collections.abc import Callable


def drive(monkeypatch, qtbot, dialog_class: type, act: Callable) -> list:
    """Every dialog of `dialog_class` that is run, in order, each handed to `act`."""
    shown: list = []

    def exec_(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.show()
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown
