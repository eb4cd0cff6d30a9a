"""How an exchange file is opened, as the import and join wizards ask it.

Both wizards' first page names the same widgets: the file (typed, browsed or
dropped) and its key: this laptop's own (ownKey), an age identity file
(identityFile, identityPath, identityBrowse) or a passphrase (usePassphrase,
passphrase). What they share is here; what each does with the file is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ocgboard.sync import importer


def wire(ui, changed: Callable[..., None]) -> None:
    """The key's widgets enabled by its choice; `changed` on any change of file or key."""
    ui.identityFile.toggled.connect(ui.identityPath.setEnabled)
    ui.identityFile.toggled.connect(ui.identityBrowse.setEnabled)
    ui.usePassphrase.toggled.connect(ui.passphrase.setEnabled)
    ui.usePassphrase.toggled.connect(lambda on: on and ui.passphrase.setFocus())
    for radio in (ui.ownKey, ui.identityFile, ui.usePassphrase):
        radio.toggled.connect(changed)
    for line in (ui.path, ui.identityPath, ui.passphrase):
        line.textChanged.connect(changed)


def chosen(ui) -> bool:
    """A file, and all its key needs, given."""
    if not ui.path.text().strip():
        return False
    if ui.identityFile.isChecked():
        return bool(ui.identityPath.text().strip())
    return not ui.usePassphrase.isChecked() or bool(ui.passphrase.text())


def key_options(ui) -> dict:
    """identities and passphrase as the sync layer takes them; raises BoardError on an
    unreadable identity file."""
    found: dict = {}
    if ui.identityFile.isChecked():
        found["identities"] = importer.read_identities(Path(ui.identityPath.text().strip()))
    if ui.usePassphrase.isChecked():
        found["passphrase"] = ui.passphrase.text()
    return found


def browse_identity(parent: QWidget, ui) -> None:
    found, _ = QFileDialog.getOpenFileName(parent, "Choose an age identity file",
                                           ui.identityPath.text())
    if found:
        ui.identityPath.setText(found)


def dropped_file(mime) -> str | None:
    """The one local file being dragged, if that is what the drag holds."""
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return urls[0].toLocalFile()
