"""Window speed, measured offscreen, as ratios against a headless run in the same process.

    python tests/benchmarks/bench_window.py

* Training throughput at "as fast as possible": the window's worker steps per second as
  a share of the headless `train` loop's (target >= 50 %), while the window repaints
  (frames per second of the landscape, target >= 30, goal 60).
* GUI-thread stalls: the longest gap between ticks of a 5 ms timer on the GUI thread,
  while running and while the landscape is recomputed for 10,000 samples (target <= 50 ms).
* Start-up: from starting `python` to the first painted window (target <= 2 s).
Nothing is asserted: the machine is shared, so read the figures side by side.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lossplay.plots.theme import configure_pyqtgraph  # noqa: E402
from lossplay.app.window import READY, MainWindow  # noqa: E402
from lossplay.core import Scenario, build_problem, train  # noqa: E402

STEPS = 1_000_000
MEASURE_S = 4.0


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class StallMeter:
    """The longest gap between ticks of a 5 ms GUI-thread timer."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def pump(app: QApplication, seconds: float, until=None) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.001)


def headless_rate() -> float:
    problem = build_problem(Scenario(steps=200_000))
    t = time.perf_counter()
    history = train(problem)
    return (len(history) - 1) / (time.perf_counter() - t)


def startup_seconds() -> float:
    code = ("import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen');"
            "from PySide6.QtCore import QEvent, QObject;"
            "from PySide6.QtWidgets import QApplication;"
            "from lossplay.plots.theme import configure_pyqtgraph;"
            "from lossplay.app.window import MainWindow;"
            "app = QApplication([]); configure_pyqtgraph(); w = MainWindow();\n"
            "class F(QObject):\n"
            "    def eventFilter(self, o, e):\n"
            "        if e.type() == QEvent.Type.Paint:\n"
            "            print('painted', flush=True); os._exit(0)\n"
            "        return False\n"
            "f = F(); w.installEventFilter(f); w.show(); app.exec()")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)
    return time.perf_counter() - t


def main() -> None:
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    base = headless_rate()

    win = MainWindow(Scenario(steps=STEPS))
    win.resize(1280, 800)
    win.show()
    pump(app, 20, lambda: win.state.status == READY)
    painter = PaintCounter()
    win.landscape.viewport().installEventFilter(painter)
    stalls = StallMeter()
    stalls.timer.start()
    win.speed.setCurrentIndex(win.speed.count() - 1)
    pump(app, 0.3)
    win.play_action.trigger()
    pump(app, 0.5)
    n0, p0 = len(win.history), painter.count
    stalls.reset()
    t = time.perf_counter()
    pump(app, MEASURE_S)
    elapsed = time.perf_counter() - t
    rate = (len(win.history) - n0) / elapsed
    fps = (painter.count - p0) / elapsed
    running_stall = stalls.worst
    win.play_action.trigger()

    stalls.reset()
    win.data_panel.samples.setValue(10_000)
    pump(app, 30, lambda: win.state.status == READY and win.controller.problem.scenario.samples == 10_000)
    recompute_stall = stalls.worst
    win.close()

    start = startup_seconds()
    print("Window at 'as fast as possible' (offscreen, 1280x800)")
    print(f"  headless train      {base:10.0f} steps/s")
    print(f"  window worker       {rate:10.0f} steps/s  = {rate / base:.0%} of headless (target >= 50%)")
    print(f"  landscape repaints  {fps:10.1f} frames/s (target >= 30, goal 60)")
    print(f"  longest GUI stall   {running_stall * 1e3:10.1f} ms while running (target <= 50 ms)")
    print(f"  longest GUI stall   {recompute_stall * 1e3:10.1f} ms while the landscape is recomputed for 10,000 samples")
    print(f"  start-up            {start:10.2f} s to the first painted window (target <= 2 s)")


if __name__ == "__main__":
    main()
