"""A wizard page whose Next (or Finish) waits on a condition its wizard sets.

Wizard pages come from .ui forms, promoted to this class, so that a wizard
can say when a page is complete (a file chosen, both passphrases typed)
without a subclass per page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWizardPage


class GatedPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.gate: Callable[[], bool] | None = None

    def isComplete(self) -> bool:
        return super().isComplete() and (self.gate is None or bool(self.gate()))

    def recheck(self) -> None:
        """Ask the wizard to enable or disable Next again."""
        self.completeChanged.emit()
