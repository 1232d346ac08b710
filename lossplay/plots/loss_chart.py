"""The loss chart: training and validation loss against the step, and the racers'."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from ..i18n import bind, tr
from . import looks
from .hover import Hover
from .scene import power_label
from .style import axis_label, legend_label, style_plot
from .theme import RACE_COLOURS, RATE, TRAIN, VAL


class LogAxis(pg.AxisItem):
    """A loss axis that, on a log scale, labels the powers of ten (10ⁿ), and 2 and 5
    times them only where there is room: pyqtgraph labels every minor tick of a short log
    range, piling "9·10², 8·10², 7·10²" on top of one another."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self._labelled = (1,)

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = [(spacing, values) for spacing, values in stdTicks if spacing >= 1.0]
        if len(ticks) >= 3 or maxVal <= minVal:
            self._labelled = (1,)
            return ticks
        per_decade = size / (maxVal - minVal)
        line = QFontMetricsF(self.style.get("tickFont") or self.font()).height()
        # From 1 to 2 is the shortest labelled gap (0.3 of a decade), from 2 to 5 the next.
        self._labelled = (1, 2, 5) if per_decade * np.log10(2) > 1.6 * line else \
            (1,) if per_decade < 4 * line else (1, 3)
        minor = [v + np.log10(m) for v in range(int(np.floor(minVal)), int(np.ceil(maxVal))) for m in range(2, 10)]
        ticks.append((None, [x for x in minor if minVal < x < maxVal]))
        return ticks

    def tickStrings(self, values, scale, spacing):
        """Large losses on a linear axis in the same style as on a log one: 2·10⁹, not
        pyqtgraph's 2e+09."""
        if self.logMode or not len(values) or max(abs(v * scale) for v in values) < 1e5:
            return super().tickStrings(values, scale, spacing)
        exponent = int(np.floor(np.log10(spacing * scale) + 1e-9))
        if abs(spacing * scale / 10.0 ** exponent - round(spacing * scale / 10.0 ** exponent)) > 1e-6:
            exponent -= 1  # a spacing of 2.5·10⁸ needs one more digit than 2·10⁸
        labels = []
        for v in values:
            value = v * scale
            if value == 0:
                labels.append("0")
                continue
            power = int(np.floor(np.log10(abs(value)) + 1e-9))
            digits = max(power - exponent, 0)  # as many as the spacing of the ticks needs
            labels.append(power_label(float(f"{value / 10.0 ** power:.{digits}f}"), power))
        return labels

    def logTickStrings(self, values, scale, spacing):
        """Every label in one style, the powers of ten as 10ⁿ and the values between as
        2·10ⁿ or 5·10ⁿ: never "10000" beside "10⁶"."""
        labels = []
        for v in values:
            v = v + np.log10(scale)
            exponent = int(np.floor(v + 1e-9))
            mantissa = round(10.0 ** (v - exponent))
            labels.append(power_label(mantissa, exponent) if mantissa in self._labelled else "")
        return labels


class LossChart(pg.PlotWidget):
    """Training and validation loss against the step."""

    def __init__(self) -> None:
        super().__init__(axisItems={"left": LogAxis("left")})
        style_plot(self, "Loss", "Training loss (solid) and validation loss (dashed) after each step.")
        self.addLegend(offset=(-8, 8), labelTextColor="#111", brush=(255, 255, 255, 210))
        self.train = self.plot(pen=pg.mkPen(TRAIN, width=2.2), name="training")
        self.val = self.plot(pen=pg.mkPen(VAL, width=2.2, style=Qt.PenStyle.DashLine), name="validation")
        # A racer that oscillates fills the band between its highs and lows: drawn thin
        # and see-through, with its lower envelope solid on top, each stays readable.
        self.race = [self.plot(pen=pg.mkPen(_faded(c), width=1.2)) for c in RACE_COLOURS]
        self.race_trend = [self.plot(pen=pg.mkPen(c, width=2.2)) for c in RACE_COLOURS]
        self.ghost = self.plot(pen=pg.mkPen((0, 114, 178, 90), width=1.8, style=Qt.PenStyle.DashLine))
        axis_label(self, "bottom", "step")
        axis_label(self, "left", "loss")
        legend = self.getPlotItem().legend
        legend_label(legend, self.train, "training")
        legend_label(legend, self.val, "validation")
        self._log = False
        self._build_rate_axis()
        self.hover = Hover(self, corner=(1.0, 1.0))
        self.cursor = looks.follow(pg.InfiniteLine(angle=90, pen=pg.mkPen("#333", width=1.5,
                                                                      style=Qt.PenStyle.DashLine)))
        self.cursor.setVisible(False)
        self.addItem(self.cursor, ignoreBounds=True)

    def _build_rate_axis(self) -> None:
        """A scheduled learning rate on its own axis at the right, sharing the steps
        (pyqtgraph's MultiplePlotAxes example)."""
        item = self.getPlotItem()
        self.rate_box = pg.ViewBox()
        item.scene().addItem(self.rate_box)
        item.getAxis("right").linkToView(self.rate_box)
        item.getAxis("right").setTextPen(RATE)
        item.getAxis("right").enableAutoSIPrefix(False)
        self.rate_box.setXLink(item)
        self.rate = pg.PlotDataItem(pen=pg.mkPen(RATE, width=1.8, style=Qt.PenStyle.DotLine))
        self.rate_box.addItem(self.rate)
        item.getViewBox().sigResized.connect(lambda: self.rate_box.setGeometry(item.getViewBox().sceneBoundingRect()))
        # On the axis itself: the plot's setLabel would show the axis, a constant rate's too.
        bind(lambda text: item.getAxis("right").setLabel(text), "learning rate", owner=self)
        legend_label(item.legend, self.rate, "learning rate")
        self.set_rates(None, None)

    def set_rates(self, steps: np.ndarray | None, rates: np.ndarray | None) -> None:
        """The learning rate planned for every step, or None (a constant rate: nothing to show)."""
        shown = steps is not None
        item = self.getPlotItem()
        item.showAxis("right", shown)
        self.rate.setVisible(shown)
        legend = item.legend
        legend.removeItem(self.rate)
        if shown:
            self.rate.setData(steps, rates)
            self.rate_box.setYRange(0.0, float(np.max(rates)) * 1.05, padding=0.0)
            legend.addItem(self.rate, tr("learning rate"))

    def set_ghost(self, steps: np.ndarray | None, losses: np.ndarray | None) -> None:
        """The training loss of the tail a branch left behind, faint; None hides it."""
        if steps is None:
            if self.ghost.xData is not None and len(self.ghost.xData):
                self.ghost.setData([], [])
            return
        finite = np.isfinite(losses)
        self.ghost.setData(*_peaks(steps[finite], self._positive(losses[finite]), self._buckets()))

    def set_cursor(self, step: float | None) -> None:
        """A line at the step the timeline shows, or None while following the run."""
        self.cursor.setVisible(step is not None)
        if step is not None:
            self.cursor.setValue(step)

    def start(self, step_limit: int) -> None:
        """A new run: empty curves and the x axis spanning the step limit."""
        for curve in [self.train, self.val] + self.race + self.race_trend:
            curve.setData([], [])
        self.setXRange(0, max(step_limit, 1), padding=0.02)
        self.getPlotItem().enableAutoRange(axis="y")

    @property
    def log_scale(self) -> bool:
        return self._log

    def set_log(self, on: bool) -> None:
        self._log = on
        self.getPlotItem().setLogMode(y=on)
        self.getPlotItem().enableAutoRange(axis="y")

    def set_history(self, steps: np.ndarray, losses: np.ndarray, val_losses: np.ndarray) -> None:
        # A run stops at its first non-finite loss, so only the last row can be one.
        end = len(losses) - (not np.isfinite(losses[-1])) if len(losses) else 0
        buckets = self._buckets()
        self.train.setData(*_peaks(steps[:end], self._positive(losses[:end]), buckets))
        has_val = len(val_losses) > 0 and np.isfinite(val_losses[0])
        if has_val:
            end = len(val_losses) - (not np.isfinite(val_losses[-1]))
            self.val.setData(*_peaks(steps[:end], self._positive(val_losses[:end]), buckets))
        self.val.setVisible(bool(has_val))

    def name_runs(self, own: str | None = None, racers: Sequence[str] = ()) -> None:
        """In a race, every run named in the legend: the own run's training loss as `own`,
        each racer's as in `racers`; with no racers, "training"."""
        legend = self.getPlotItem().legend
        for curve in self.race_trend:
            legend.removeItem(curve)
        for sample, label in legend.items:
            if sample.item is self.train:
                label.setText(own if racers and own else tr("training"))
        for curve, name in zip(self.race_trend, racers):
            legend.addItem(curve, name)

    def set_race_curve(self, racer: int, steps: np.ndarray | None, losses: np.ndarray | None) -> None:
        """The training loss of a pinned racer, or None to hide it."""
        if steps is None or not len(steps):
            if self.race[racer].xData is not None and len(self.race[racer].xData):
                self.race[racer].setData([], [])
                self.race_trend[racer].setData([], [])
            return
        end = len(losses) - (not np.isfinite(losses[-1]))
        x, y = steps[:end], self._positive(losses[:end])
        self.race[racer].setData(*_peaks(x, y, self._buckets()))
        self.race_trend[racer].setData(*lower_envelope(x, y, max(self.width() // 4, 50)))

    def _buckets(self) -> int:
        """One lowest and one highest point per pixel column: all a chart this wide shows."""
        return max(200, self.width())

    def freeze_range(self, steps: np.ndarray, losses: np.ndarray, val_losses: np.ndarray) -> None:
        """Fix both axes to the whole run, so that an animation's frames do not rescale."""
        values = np.concatenate([losses, val_losses])
        values = self._positive(values[np.isfinite(values)])
        lo, hi = float(values.min()), float(values.max())
        if self._log:
            lo, hi = np.log10(lo), np.log10(hi)
        pad = 0.05 * (hi - lo or 1.0)
        self.getPlotItem().enableAutoRange(False)
        self.setXRange(0, max(int(steps[-1]), 1), padding=0.02)
        self.setYRange(lo - pad, hi + pad, padding=0.0)

    def _positive(self, y: np.ndarray) -> np.ndarray:
        # On a log axis a zero loss (0/1, hinge) sits at the bottom instead of vanishing.
        return np.maximum(y, 1e-12) if self._log else y


def _faded(colour: str, alpha: int = 110) -> tuple[int, int, int, int]:
    c = pg.mkColor(colour)
    return c.red(), c.green(), c.blue(), alpha


def lower_envelope(x: np.ndarray, y: np.ndarray, groups: int) -> tuple[np.ndarray, np.ndarray]:
    """The lowest point of each of about `groups` runs of at least two consecutive
    samples: a curve that jumps up and down every step becomes the line of its lows, a
    smooth one stays where it is."""
    n = len(x)
    size = max(2, -(-n // max(groups, 1)))
    if n < size:
        return x, y
    starts = np.arange(0, n, size)
    # The first sample too: the line starts where the run starts.
    index = np.unique(np.concatenate([[0], [s + int(np.argmin(y[s:s + size])) for s in starts]]))
    return x[index], y[index]


def _peaks(x: np.ndarray, y: np.ndarray, buckets: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """A long curve cut to the lowest and highest point of each of `buckets` runs of
    samples: what a chart a thousand pixels wide can show, at a fraction of the cost."""
    n = len(x)
    if n <= 2 * buckets:
        return x, y
    size = n // buckets
    m = size * buckets
    runs = y[:m].reshape(buckets, size)
    lo, hi = runs.argmin(axis=1), runs.argmax(axis=1)
    starts = np.arange(buckets) * size
    index = np.sort(np.concatenate([starts + lo, starts + hi, np.arange(m, n)]))
    return x[index], y[index]
