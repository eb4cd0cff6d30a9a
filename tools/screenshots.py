"""Drive the real app and save screenshots for the README: the same scenes twice,
in docs/screenshots/light/ and docs/screenshots/dark/.

Runs the desktop app in a real X window: under Xvfb when there is no
display (it starts one), with Qt's xcb platform. The board is a fresh demo
board in a private OCGBOARD_HOME, so the pictures never show real data.

The dark set is the app as a dark desktop theme leaves it: Fusion and a dark
palette (look.dark_palette). Plain X11 without a desktop reports no colour
scheme and ignores QStyleHints.setColorScheme, so the palette is given directly.
Each set is drawn by a process of its own: a QApplication's style and palette
are set before its first window, as a desktop's are.

    make screenshots        (or: .venv/bin/python tools/screenshots.py [light|dark])
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCHEMES = ("light", "dark")
SIZE = (1366, 820)


def start_display() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        sys.exit("screenshots need a display or Xvfb (Debian package xvfb)")
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return server


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget, name: str, app) -> None:
    settle(app)
    path = OUT / app.property("scheme") / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main(schemes: list[str]) -> int:
    if any(scheme not in SCHEMES for scheme in schemes):
        sys.exit(f"usage: screenshots.py [{'|'.join(SCHEMES)}]...")
    server = start_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        if len(schemes) == 1:
            home = Path(tempfile.mkdtemp(prefix="ocgboard-screens-"))
            os.environ["OCGBOARD_HOME"] = str(home)
            try:
                return shoot(home, schemes[0])
            finally:
                shutil.rmtree(home, ignore_errors=True)
        for scheme in schemes or SCHEMES:
            done = subprocess.run([sys.executable, __file__, scheme], check=False)
            if done.returncode:
                return done.returncode
        return 0
    finally:
        if server is not None:
            server.terminate()


def shoot(home: Path, scheme: str) -> int:
    from PySide6.QtWidgets import QApplication, QDialog

    from ocgboard.core import board, demo, setup
    from ocgboard.gui import look
    from ocgboard.gui.app import make_context
    from ocgboard.gui.board.first_run import FirstRunWizard
    from ocgboard.gui.board.lock import CHOOSE, PassphraseDialog
    from ocgboard.gui.main_window import MainWindow
    from ocgboard.store import encrypt

    app = QApplication(sys.argv[:1])
    app.setProperty("scheme", scheme)
    look.dress(app)
    if scheme == "dark":
        app.setStyle(look.FocusStyle("Fusion"))
        app.setPalette(look.dark_palette())
    (OUT / scheme).mkdir(parents=True, exist_ok=True)
    for old in (OUT / scheme).glob("*.png"):  # a scene renamed or dropped leaves none stale
        old.unlink()
    choose = PassphraseDialog(CHOOSE)  # what a laptop's first start asks before all else
    for field in (choose.ui.passphrase, choose.ui.again):
        field.setText("Northshire board laptop, under lock and key")
    choose.show()
    save(choose, "00-laptop-passphrase", app)
    choose.close()
    encrypt.protect("Northshire board laptop, under lock and key")
    store = setup.open_board(str(home / "board.sqlite"))
    context = make_context(store)
    wizard = FirstRunWizard(context.backend)
    wizard.ui.boardName.setText("Northshire Organised Crime Partnership Board")
    wizard.ui.area.setText("Northshire")
    wizard.show()
    save(wizard, "01-first-run", app)
    wizard.close()
    with store.session("DCI Hartley") as session:
        board.init(session, "Northshire Organised Crime Partnership Board", area="Northshire",
                   operator="DCI Hartley")
        board.local_device(session).name = "Chair's laptop"
        demo.generate(session, "small")
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    settle(app, 1.5)
    import scenes  # noqa: E402  (tools/scenes.py: one function per picture)

    for number, scene in enumerate(scenes.SCENES, start=2):
        widget = scene(window, app)
        if widget is not None:
            save(widget, f"{number:02d}-{scene.__name__.replace('_', '-')}", app)
            if isinstance(widget, QDialog):
                widget.done(0)  # closing one with text typed would ask to discard it
            elif widget is not window:
                widget.close()
    context.runner.wait(60_000)
    store.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
