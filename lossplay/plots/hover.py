"""A read-out under the pointer: where the mouse is over a plot, in the plot's own
coordinates, and a small label in a corner of the plot for what is there."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Signal

from . import looks

RATE_LIMIT = 30  # read-outs a second: as fast as anyone reads


class Hover(QObject):
    moved = Signal(float, float)  # the pointer, in the plot's coordinates
    left = Signal()  # the pointer left the plot area

    def __init__(self, plot: pg.PlotWidget, corner: tuple[float, float] = (1.0, 0.0)) -> None:
        super().__init__(plot)
        self._box = plot.getPlotItem().getViewBox()
        self._corner = self.corner = corner
        self.label = looks.follow(pg.TextItem("", fill=(255, 255, 255, 235), border=pg.mkPen("#999"), anchor=corner),
                                  "note")
        self.label.setParentItem(self._box)
        self.label.setZValue(40)
        self.label.setVisible(False)
        self._box.sigResized.connect(self._place)
        self._proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=RATE_LIMIT, slot=self._on_move)

    def show(self, text: str | None) -> None:
        self.label.setVisible(bool(text))
        if text:
            self.label.setText(text)
            self._place()

    def _place(self, *_) -> None:
        rect = self._box.rect()
        self.label.setPos(4 + self._corner[0] * (rect.width() - 8), 4 + self._corner[1] * (rect.height() - 8))

    def _on_move(self, event) -> None:
        pos: QPointF = event[0]
        if not self._box.sceneBoundingRect().contains(pos):
            self.left.emit()
            return
        point = self._box.mapSceneToView(pos)
        self.moved.emit(point.x(), point.y())
