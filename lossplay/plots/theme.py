"""Colours (Okabe–Ito, safe for colour-blind viewers) and pyqtgraph's global settings."""
import sys

import pyqtgraph as pg

TRAIN = "#0072B2"  # blue
VAL = "#E69F00"  # orange
CURRENT = "#D55E00"  # vermillion
PATH = "#FFFFFF"
START = "#FFFFFF"
MINIMUM = "#F0E442"  # yellow
# The runs pinned beside the current one: apart from the curves above (the validation
# orange included) and from the landscape's colour map.
RACE_COLOURS = ["#CC79A7", "#8C564B", "#56B4E9"]  # reddish purple, brown, sky blue (the training blue's neighbour last)
CLASS_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"]
PULL = "#FF5A5F"  # coral: the samples that pull hardest on the weights, and their terms of the step
RATE = "#7B3294"  # purple: a scheduled learning rate on the loss chart
GROWS = "#E8261C"  # red: an eigen-direction along which each step moves further from the minimum
SHRINKS = "#A6F08A"  # light green: one along which the distance shrinks


_collector = None


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, background="w", foreground="#222",
                        segmentedLineMode="off")  # antialiased curves are drawn whole anyway
    # The training thread holds the interpreter in short bursts; the GUI thread gets it
    # back within 2 ms instead of Python's default 5 ms.
    sys.setswitchinterval(0.002)


def collect_garbage_on_the_gui_thread() -> None:
    """Cycles holding Qt objects (a closed window, an exported figure) must be freed on
    the GUI thread: Python's own collector may run on a worker thread and deadlock in a
    QObject's destructor there. pyqtgraph's collector collects on a GUI-thread timer
    instead. Once a QApplication exists, and only where there are threads (the window)."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector
        _collector = GarbageCollector(interval=0.5)
