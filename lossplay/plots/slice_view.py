"""The loss along the last step: where the step started, where it landed, and whether it
went past the lowest point of the cut (an overshoot)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from ..core.step_slice import StepSlice
from ..i18n import on_retranslate, tr
from . import looks
from .corner_note import CornerNote
from .legend_place import anchor_in
from .style import axis_label, style_plot
from .theme import CURRENT, GROWS

BEFORE = "#333333"


class SliceView(pg.PlotWidget):
    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Along the last step", "The loss on the straight line through the last step: 0 is where "
                   "the step started, 1 where it landed")
        axis_label(self, "bottom", "position along the step (0: before, 1: after)")
        axis_label(self, "left", "loss")
        self.curve = pg.PlotDataItem(pen=pg.mkPen("#0072B2", width=2.5))
        self.level = looks.follow(pg.InfiniteLine(angle=0, pen=pg.mkPen(BEFORE, width=1, style=Qt.PenStyle.DashLine)))
        self.before = looks.follow(pg.ScatterPlotItem(symbol="s", size=11, brush="w", pen=pg.mkPen(BEFORE, width=2)))
        self.after = pg.ScatterPlotItem(symbol="o", size=13, brush=CURRENT, pen=pg.mkPen("w", width=1.5))
        for item in (self.level, self.curve, self.before, self.after):
            self.addItem(item)
        # In a corner where it hides no part of the curve (the window's LegendKeeper moves it).
        self.verdict = CornerNote(self.getPlotItem().getViewBox(), fill=(255, 255, 255, 225), role="box")
        anchor_in(self.verdict, (0, 0))
        self._slice: StepSlice | None = None
        on_retranslate(self._say, owner=self)
        looks.on_theme(self._say, owner=self)

    def set_slice(self, cut: StepSlice | None) -> None:
        """The cut through the last step, or None before the first step."""
        self._slice = cut
        shown = cut is not None and bool(np.isfinite(cut.losses).all())
        for item in (self.curve, self.level, self.before, self.after, self.verdict):
            item.setVisible(shown)
        if not shown:
            return
        self.curve.setData(cut.positions, cut.losses)
        self.level.setPos(cut.before)
        self.before.setData([0.0], [cut.before])
        self.after.setData([1.0], [cut.after])
        self._say()

    def _say(self) -> None:
        cut = self._slice
        if cut is None:
            return
        if cut.landed_higher:
            text, colour = tr("overshoot: landed higher than it started"), GROWS
        elif cut.passed_lowest:
            text, colour = tr("past the lowest point, but still lower"), looks.current().caution
        else:
            text, colour = tr("short of the lowest point"), looks.current().good
        self.verdict.setText(text)
        self.verdict.setColor(colour)
