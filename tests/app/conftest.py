import os

import pytest

from lossplay.plots.theme import configure_pyqtgraph


@pytest.fixture
def window(qtbot):
    from lossplay.app.window import READY, MainWindow

    configure_pyqtgraph()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.state.status == READY and win.history is not None and len(win.history) == 1, timeout=15000)
    yield win
    win.close()


@pytest.fixture
def open_window(qtbot):
    """A window on `scenario`, shown at 1280x800 once its first landscape is there."""
    from lossplay.app.window import READY, MainWindow

    opened = []

    def open_(scenario):
        configure_pyqtgraph()
        win = MainWindow(scenario)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitUntil(lambda: win.state.status == READY and win.history is not None and len(win.history) == 1,
                        timeout=15000)
        opened.append(win)
        return win
    yield open_
    for win in opened:
        win.close()


@pytest.fixture
def warnings(monkeypatch):
    """The (title, text) of every warning dialog the file actions would have shown."""
    shown = []
    monkeypatch.setattr("lossplay.app.file_actions.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def window_on(open_window, request):
    """open_window with the test module's TAB (the name of a window's view) in front."""
    def open_(scenario):
        win = open_window(scenario)
        win.tabs.setCurrentWidget(getattr(win, request.module.TAB))
        return win
    return open_


@pytest.fixture
def process_ended():
    """ended(pid): whether the process `pid` (one of a window's, a zygote's child) is gone."""
    def ended(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    return ended
