"""Decision regions as smooth shapes: each class's region is the filled zero level of
its margin (see core.fit.class_margins), with the boundary drawn as a line, so that
neither shows the grid the model was evaluated on (a staircase of cells)."""
from __future__ import annotations

import contourpy
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from . import looks



def _path(rings: list[np.ndarray]) -> QPainterPath:
    """Rings (m, 2) as one path, each ring a closed subpath (holes by the even-odd rule)."""
    if not rings:
        return QPainterPath()
    xy = np.vstack([np.vstack([r, [[np.nan, np.nan]]]) for r in rings])
    path = pg.arrayToQPath(xy[:, 0], xy[:, 1], connect="finite")
    return path


def _split(points: np.ndarray, offsets: np.ndarray) -> list[np.ndarray]:
    return [points[a:b] for a, b in zip(offsets[:-1], offsets[1:])]


class RegionShapes:
    """One filled shape per class and the boundary line, added to `view` under its points."""

    def __init__(self, view: pg.PlotWidget, colours: list[str], alpha: int = 70) -> None:
        self.shapes = []
        for colour in colours:
            item = QGraphicsPathItem()
            c = pg.mkColor(colour)
            c.setAlpha(alpha)
            item.setBrush(pg.mkBrush(c))
            item.setPen(pg.mkPen(None))
            item.setZValue(-9)
            view.addItem(item)
            self.shapes.append(item)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen(looks.current().text, width=1.6), connect="finite")
        self.boundary.follows_text = True  # looks.apply gives it the theme's text colour
        self.boundary.setZValue(-8)
        view.addItem(self.boundary)
        self.hide()

    def hide(self) -> None:
        for item in self.shapes:
            item.setVisible(False)
        self.boundary.setVisible(False)

    def show(self, gx: np.ndarray, gy: np.ndarray, margins: np.ndarray, filled: bool = True) -> None:
        """`margins` (K, len(gy), len(gx)) on the grid gx × gy; one output means two classes.
        Not `filled`: the boundary alone (a ConfidenceShade colours the regions)."""
        margins = np.where(np.isfinite(margins), margins, 0.0)
        classes = [(margins[0] <= 0, 0), (margins[0] > 0, 1)] if len(margins) == 1 else None
        lines = []
        for k, item in enumerate(self.shapes):
            if classes is not None:
                z = -margins[0] if k == 0 else margins[0]
            elif k < len(margins):
                z = margins[k]
            else:
                item.setVisible(False)
                continue
            if classes is not None and k > 1:
                item.setVisible(False)
                continue
            generator = contourpy.contour_generator(gx, gy, z, fill_type=contourpy.FillType.OuterOffset,
                                                    line_type=contourpy.LineType.Separate)
            if filled:
                points, offsets = generator.filled(0.0, np.inf)
                item.setPath(_path([ring for p, o in zip(points, offsets) for ring in _split(p, o)]))
            item.setVisible(filled)
            if classes is None or k == 1:
                lines += generator.lines(0.0)
        xy = np.vstack([np.vstack([line, [[np.nan, np.nan]]]) for line in lines]) if lines else np.empty((0, 2))
        self.boundary.setData(xy[:, 0], xy[:, 1])
        self.boundary.setVisible(True)
