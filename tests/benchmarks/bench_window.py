"""Window speed and memory, measured offscreen in Qt's own event loop, each figure beside
its goal (issue 8), as the minimum and median of three rounds. Every round times the
headless reference (`train`, the default scenario with its validation split) right
before the window, in the same process, so that both see the same machine.

    python tests/benchmarks/bench_window.py            # everything (about five minutes)
    python tests/benchmarks/bench_window.py --quick    # skip the 1,000,000-step memory run

Nothing is asserted: the machine is shared, so read the figures side by side.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lossplay.app.window import READY, MainWindow  # noqa: E402
from lossplay.core import Scenario, build_problem, train  # noqa: E402
from lossplay.plots.theme import configure_pyqtgraph  # noqa: E402

ROUNDS = 3
MEASURE_S = 3.0


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def run_loop(seconds: float, until=None) -> None:
    """Qt's event loop for `seconds`, or until `until()` holds (checked every 10 ms)."""
    loop = QEventLoop()
    end = time.perf_counter() + seconds
    check = QTimer(interval=10)
    check.timeout.connect(lambda: loop.quit() if time.perf_counter() > end or (until and until()) else None)
    check.start()
    loop.exec()
    check.stop()


def ready(win) -> bool:
    return win.state.status == READY and win.history is not None and len(win.history) == 1


def headless_rate() -> float:
    problem = build_problem(Scenario(steps=100_000))
    t = time.perf_counter()
    history = train(problem)
    return (len(history) - 1) / (time.perf_counter() - t)


def full_speed(samples: int) -> dict[str, float]:
    """One round at 'as fast as possible': frame rates, worker speed, longest stall."""
    win = MainWindow(Scenario(steps=1_000_000, samples=samples))
    win.resize(1280, 800)
    win.show()
    run_loop(60, lambda: ready(win))
    landscape, chart = PaintCounter(win.landscape.viewport()), PaintCounter(win.loss_chart.viewport())
    stalls = StallMeter()
    win.speed.setCurrentIndex(win.speed.findData(0.0))
    win.play_action.trigger()
    run_loop(0.5)
    n0, l0, c0 = len(win.history), landscape.count, chart.count
    stalls.reset()
    t = time.perf_counter()
    run_loop(MEASURE_S)
    elapsed = time.perf_counter() - t
    result = {"steps/s": (len(win.history) - n0) / elapsed, "landscape fps": (landscape.count - l0) / elapsed,
              "chart fps": (chart.count - c0) / elapsed, "stall running": stalls.worst * 1e3}
    if samples <= 1000:  # the landscape recomputed for 10,000 samples while the GUI keeps ticking
        win.play_action.trigger()
        stalls.reset()
        win.data_panel.samples.setValue(10_000)
        run_loop(60, lambda: ready(win) and win.controller.problem.scenario.samples == 10_000)
        result["stall recompute"] = stalls.worst * 1e3
    win.close()
    return result


LAUNCH = """
import os, sys, time
t0 = float(sys.argv[1])
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from lossplay.app.worker_processes import start_zygote; start_zygote()  # as `lossplay` does
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from lossplay.plots.theme import configure_pyqtgraph
from lossplay.app.window import MainWindow
app = QApplication([]); configure_pyqtgraph(); w = MainWindow()
class FirstLandscape(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and w.scene_data is not None:
            print(time.time() - t0, flush=True); os._exit(0)
        return False
f = FirstLandscape(); w.landscape.viewport().installEventFilter(f); w.show(); app.exec()
"""


def launch_seconds() -> float:
    """From starting Python to the first paint of the landscape with its colours."""
    out = subprocess.run([sys.executable, "-c", LAUNCH, repr(time.time())], check=True, capture_output=True,
                         text=True, timeout=120).stdout
    return float(out.strip())


MEMORY = """
import os, sys, time, gc
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtWidgets import QApplication
from lossplay.plots.theme import configure_pyqtgraph
from lossplay.app.window import READY, MainWindow
from lossplay.core import Scenario
sys.path.insert(0, sys.argv[2]); from bench_window import run_loop, ready

def rss_mb():
    with open('/proc/self/status') as f:
        return next(int(l.split()[1]) for l in f if l.startswith('VmRSS')) / 1024

app = QApplication([]); configure_pyqtgraph()
if sys.argv[1] == 'long':
    w = MainWindow(Scenario(steps=1_000_000)); w.show(); run_loop(60, lambda: ready(w))
    before = rss_mb()
    w.speed.setCurrentIndex(w.speed.findData(0.0)); w.play_action.trigger()
    peak = before
    def sample():
        global peak
        peak = max(peak, rss_mb())
        return w.state.status != 'running'
    run_loop(900, sample)
    print(peak - before, len(w.history))
    w.close()  # its threads stop before the interpreter exits
else:
    first = MainWindow(); first.show(); run_loop(60, lambda: ready(first)); first.close(); del first
    gc.collect(); before = rss_mb(); closing = []
    for _ in range(20):
        w = MainWindow(); w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose); w.show()
        run_loop(60, lambda: ready(w))
        w.speed.setCurrentIndex(w.speed.findData(0.0)); w.play_action.trigger(); run_loop(0.3)
        t = time.perf_counter(); w.close(); closing.append(time.perf_counter() - t)
        del w; run_loop(0.05)
    gc.collect(); run_loop(0.2)
    print(rss_mb() - before, max(closing) * 1e3)
"""


def memory(kind: str) -> list[float]:
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run([sys.executable, "-c", MEMORY, kind, here], check=True, capture_output=True, text=True,
                         timeout=1200).stdout
    return [float(v) for v in out.split()]


def line(name: str, values: list[float], unit: str, goal: str) -> None:
    print(f"  {name:44s} min {min(values):9.1f}  median {statistics.median(values):9.1f} {unit:9s} goal {goal}")


def main() -> None:
    quick = "--quick" in sys.argv
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    rounds: dict[str, list[float]] = {}
    for _ in range(ROUNDS):
        base = headless_rate()
        small, big = full_speed(200), full_speed(100_000)
        for key, value in [("headless", base), ("share", small["steps/s"] / base)] + \
                [(k, v) for k, v in small.items()] + [("big " + k, v) for k, v in big.items()]:
            rounds.setdefault(key, []).append(value)
    launches = [launch_seconds() for _ in range(ROUNDS)]
    windows = [memory("windows") for _ in range(ROUNDS)]
    print("lossplay window, offscreen at 1280x800, 'as fast as possible', default scenario (validation split 0.2)")
    line("headless train (reference)", rounds["headless"], "steps/s", "-")
    line("window worker", rounds["steps/s"], "steps/s", "-")
    line("  as a share of headless, same round", [100 * v for v in rounds["share"]], "%", ">= 50 %")
    line("landscape repaints, 200 samples", rounds["landscape fps"], "fps", ">= 60")
    line("loss chart repaints, 200 samples", rounds["chart fps"], "fps", ">= 60")
    line("longest GUI stall running, 200 samples", rounds["stall running"], "ms", "<= 50")
    line("longest GUI stall, landscape for 10,000", rounds["stall recompute"], "ms", "<= 50")
    line("landscape repaints, 100,000 samples", rounds["big landscape fps"], "fps", ">= 30")
    line("longest GUI stall running, 100,000 samples", rounds["big stall running"], "ms", "<= 100")
    line("launch to the first painted landscape", launches, "s", "<= 1")
    line("20 windows opened and closed mid-run: growth", [w[0] for w in windows], "MB", "<= 50")
    line("closing a window mid-run (worst of 20)", [w[1] for w in windows], "ms", "<= 200")
    if not quick:
        long = [memory("long") for _ in range(ROUNDS)]
        line("1,000,000-step run: growth at its peak", [m[0] for m in long], "MB", "<= 100")
        print(f"  (rows in the window's history at the end: {int(long[0][1]):,})")


if __name__ == "__main__":
    main()
