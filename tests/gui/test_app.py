from ocgboard.core import demo
from ocgboard.gui.app import MainWindow


def test_main_window_shows_the_board(qtbot, store, today):
    with store.session("Chair") as s:
        demo.generate(s, "small", today=today)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert "Test Board" in window.ui.boardName.text()
    assert window.ui.markingBanner.text() == "OFFICIAL-SENSITIVE"
    assert "12 threats" in window.ui.summary.text()
