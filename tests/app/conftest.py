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
