"""Icons: every icon the app names is shipped with its licence, the sections and main
actions have theirs, the app and its windows carry the application icon, and the
desktop entry says what a Linux desktop needs to list the app."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ocgboard import paths
from ocgboard.gui import icons, look

ROOT = Path(__file__).resolve().parents[2]
ICONS = paths.resources_dir() / "icons"
DESKTOP = ROOT / "packaging" / "linux" / "ocgboard.desktop"


def test_every_icon_named_is_shipped_with_a_licence(qapp):
    licence = (ICONS / "LICENSE").read_text()
    assert "Lucide" in licence and "ISC" in licence
    for name, (file, _theme) in icons.ICONS.items():
        assert (ICONS / file).is_file(), name
        assert not icons.icon(name).isNull(), name
    named = set()
    for source in (ROOT / "ocgboard" / "gui").rglob("*.py"):
        named |= set(re.findall(r"icons\.icon\(\"([a-z-]+)\"", source.read_text()))
    assert named and named <= set(icons.ICONS), named - set(icons.ICONS)


def test_sections_and_main_actions_have_icons(window):
    navigation = window.ui.navigation
    for row in range(navigation.count()):
        assert not navigation.item(row).icon().isNull(), navigation.item(row).text()
    ui = window.ui
    for action in (ui.actionNew, ui.actionPrint, ui.actionImport, ui.actionExport,
                   ui.actionLock, ui.actionQuit, ui.actionFind, ui.actionPreferences,
                   ui.actionBoardSettings, ui.actionBackUp, ui.actionRestore, ui.actionGuide,
                   ui.actionShortcuts, ui.actionAbout):
        assert not action.icon().isNull(), action.text()


def test_the_theme_icon_is_taken_where_the_platform_has_one(qapp, monkeypatch):
    taken = []
    monkeypatch.setattr(icons.QIcon, "hasThemeIcon", lambda name: taken.append(name) or False)
    assert not icons.icon("print").isNull()  # the shipped one
    assert taken == ["document-print"]


def test_the_app_and_its_windows_carry_the_application_icon(window):
    app = QApplication.instance()
    before = app.windowIcon()
    try:
        look.dress(app)
        assert not app.windowIcon().isNull()
        sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    finally:
        app.setWindowIcon(before)
    assert not window.windowIcon().isNull()
    for size in look.APP_ICON_SIZES:
        image = QImage(str(ICONS / "app" / f"ocgboard-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (ICONS / "app" / "ocgboard.svg").is_file()


def test_the_desktop_entry_lists_the_app_as_office_software():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # the keys are case-sensitive
    entry.read(DESKTOP)
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "ocgboard"
    assert section["Exec"].split()[0] == "ocgboard-gui"
    assert section["Icon"] == "ocgboard"
    assert "Office" in section["Categories"].split(";")


def test_the_install_script_puts_the_entry_and_its_icon_where_desktops_look(tmp_path):
    data = tmp_path / "share"
    subprocess.run(["sh", str(DESKTOP.parent / "install.sh")], check=True,
                   env={"XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"})
    assert (data / "applications" / "ocgboard.desktop").read_text() == DESKTOP.read_text()
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "ocgboard.svg").is_file()
    for size in look.APP_ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "ocgboard.png").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-validate (Debian desktop-file-utils) not installed")
def test_the_desktop_entry_is_valid():
    checked = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                             text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
