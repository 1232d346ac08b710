"""A read-out under the pointer: where the mouse is over a plot, in the plot's own
coordinates, and a small label for what is there, put where it hides neither the point
pointed at nor a legend, a note or other words, and as little of the drawing as it can
(measured as legend_place measures what a legend would hide)."""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QRectF, Signal

from . import looks
from .legend_place import CORNERS, MARGIN, NOTE_FREE, corner_box, drawn_points

RATE_LIMIT = 30  # read-outs a second: as fast as anyone reads
POINTER_CLEARANCE = 12  # pixels kept between a read-out and the point under the pointer
_GRID = 4  # pixels between the places tried for a read-out that no corner has room for
_CELL = 2  # pixels of the raster that sums what a box would hide
MARKER_WEIGHT = 4.0


class Hover(QObject):
    moved = Signal(float, float)  # the pointer, in the plot's coordinates
    left = Signal()  # the pointer left the plot area

    def __init__(self, plot: pg.PlotWidget, corner: tuple[float, float] = (1.0, 0.0)) -> None:
        """`corner` is where the read-out goes first when it hides nothing there."""
        super().__init__(plot)
        self._plot = plot
        self._box = plot.getPlotItem().getViewBox()
        self.corner = corner
        self.where: tuple[float, float] | QPointF | None = None  # its corner, or its top left elsewhere
        self.pointer = QPointF(-1e6, -1e6)  # in the view box' pixels
        self._text = ""
        self.label = looks.follow(pg.TextItem("", fill=(255, 255, 255, 235), border=pg.mkPen("#999"), anchor=(0, 0)),
                                  "note")
        self.label.setParentItem(self._box)
        self.label.setZValue(40)
        self.label.setVisible(False)
        self._box.sigResized.connect(self._place)
        self._proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=RATE_LIMIT, slot=self._on_move)

    @property
    def text(self) -> str:
        """The read-out's words as the view wrote them; the label may show them in
        another shape (lines joined or split to fit the plot)."""
        return self._text

    def show(self, text: str | None) -> None:
        self.label.setVisible(bool(text))
        self._text = text or ""
        if text:
            self._place()

    def _place(self, *_) -> None:
        """The read-out where it hides nothing it must not and as little as it can of
        the rest, in the first of these shapes that hides nothing there, else in the one
        that hides least: as written; its lines joined two by two, or all in one (a
        wider, lower box fits above or below the pointer in a small plot); each part of
        a line (between " · " or after a comma) on a line of its own (a narrower box fits
        beside a rising curve)."""
        if not self.label.isVisible() or not self._text:
            return
        drawing = _Drawing(self._plot, self.label)
        lines = self._text.split("\n")
        parts = [part for line in lines for part in re.split(r" · |(?<=,) ", line)]
        shapes = []
        for shape in (lines, [" · ".join(lines[i:i + 2]) for i in range(0, len(lines), 2)], [" · ".join(lines)], parts):
            if "\n".join(shape) not in shapes:
                shapes.append("\n".join(shape))
        tried = []
        for text in shapes:
            tried.append((self._try(text, drawing), text))
            if tried[-1][0][1] <= NOTE_FREE:
                break
        else:
            best = min(tried, key=lambda t: t[0][1])  # the first of the least hiding
            if best is not tried[-1]:
                self._try(best[1], drawing)
        self.where = self._placed

    def _try(self, text: str, drawing: "_Drawing") -> tuple:
        self.label.setText(text)
        # No wider than the plot: a long read-out (the landscape's, on a narrow plot) wraps.
        room = self._box.width() - 2 * MARGIN
        self.label.setTextWidth(-1)
        if self.label.boundingRect().width() > room > 0:
            self.label.setTextWidth(room)
        self._placed, cost = place_readout(self._plot, self.label, self.pointer, self.corner, self.where, drawing)
        return self._placed, cost

    def _on_move(self, event) -> None:
        pos: QPointF = event[0]
        if not self._box.sceneBoundingRect().contains(pos):
            self.left.emit()
            return
        self.pointer = self._box.mapFromScene(pos)
        point = self._box.mapSceneToView(pos)
        self.moved.emit(point.x(), point.y())


class _Drawing:
    """What a read-out on `plot` must keep off, measured once for the shapes it tries:
    the drawing (weighted as in drawn_points, summed for many boxes at once) and the
    boxes of the legend, the notes and the words on the plot."""

    def __init__(self, plot: pg.PlotWidget, label: pg.TextItem) -> None:
        vb = plot.getPlotItem().getViewBox()
        self.w, self.h = vb.width(), vb.height()
        points, weights = drawn_points(plot)
        # Someone pointing at samples reads them: a read-out would rather hide a stretch of
        # line four times as long as a sample is wide than the sample (legends weigh them alike).
        weights = np.where(weights > 1.0, weights * MARKER_WEIGHT, weights)  # lines weigh 1 a point
        self.hidden = _HiddenSums(points, weights, self.w, self.h)
        self.taken = [child.mapRectToItem(vb, child.boundingRect()) for child in vb.childItems()
                      if child is not label and child.isVisible() and isinstance(child, pg.GraphicsWidgetAnchor)]
        # Words drawn on the plot (a curvature's label, a note) weigh more than a marker
        # in drawn_points, but a read-out may hide none of them: they count as taken.
        self.taken += [item.mapRectToItem(vb, item.boundingRect()) for item in vb.addedItems
                       if isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip()]


def place_readout(plot: pg.PlotWidget, label: pg.TextItem, pointer: QPointF, corner=(1, 0),
                  was: tuple[float, float] | QPointF | None = None,
                  drawing: _Drawing | None = None) -> tuple[tuple[float, float] | QPointF, float]:
    """Put the read-out `label` (a TextItem on the view box, anchored at its top left)
    where it hides neither the point under the `pointer` (view box pixels) nor a legend,
    a note or other words on the plot: in a corner that hides nothing of the drawing
    (where it `was` first, then its own `corner`, so that it does not jump about), else
    wherever in the plot it hides least, nearest the pointer on a tie. Returns the
    corner (or the top left of the place elsewhere) and how much of the drawing it
    hides there: infinite when no place in the plot keeps clear of the pointer and the
    words (then it is as far from the pointer as it can be)."""
    vb = plot.getPlotItem().getViewBox()
    d = drawing or _Drawing(plot, label)
    r = label.mapRectToItem(vb, label.boundingRect())
    bw, bh = r.width(), r.height()

    def costs(left: np.ndarray, top: np.ndarray) -> np.ndarray:
        c = d.hidden.under(left, top, bw, bh)
        reach = POINTER_CLEARANCE
        c[(left - reach < pointer.x()) & (pointer.x() < left + bw + reach)
          & (top - reach < pointer.y()) & (pointer.y() < top + bh + reach)] = np.inf
        for t in d.taken:
            c[(left < t.right()) & (t.left() < left + bw) & (top < t.bottom()) & (t.top() < top + bh)] = np.inf
        return c

    corners = list(dict.fromkeys(((was,) if isinstance(was, tuple) else ()) + (tuple(corner),) + CORNERS))
    boxes = [corner_box(vb, r.size(), c) for c in corners]
    at_corners = costs(np.array([b.left() for b in boxes]), np.array([b.top() for b in boxes]))
    free = np.flatnonzero(at_corners <= NOTE_FREE)
    if len(free):
        label.setPos(boxes[free[0]].topLeft())
        return corners[free[0]], float(at_corners[free[0]])
    lefts = np.arange(MARGIN, max(d.w - MARGIN - bw, MARGIN) + 1, _GRID, dtype=float)
    tops = np.arange(MARGIN, max(d.h - MARGIN - bh, MARGIN) + 1, _GRID, dtype=float)
    left, top = (a.ravel() for a in np.meshgrid(lefts, tops))
    was_inside = isinstance(was, QPointF) and MARGIN <= was.x() <= lefts[-1] and MARGIN <= was.y() <= tops[-1]
    if was_inside:  # where it was, while that is as good as any (and the words still fit there)
        left, top = np.append(left, was.x()), np.append(top, was.y())
    c = costs(left, top)
    distance = np.hypot(left + bw / 2 - pointer.x(), top + bh / 2 - pointer.y())
    if not np.isfinite(c).any():  # no room in the plot: as far from the pointer as it can be
        best = int(np.argmax(distance))
    elif was_inside and c[-1] <= c.min() + NOTE_FREE:
        best = len(c) - 1
    else:
        near = np.flatnonzero(c <= c.min() + 0.5)
        best = int(near[np.argmin(distance[near])])
    place = QPointF(float(left[best]), float(top[best]))
    label.setPos(place)
    return place, float(c[best])


class _HiddenSums:
    """How much of the drawing (weighted as in drawn_points) boxes would hide, for many
    boxes at once: a summed-area table of the weights on a raster of _CELL pixels."""

    def __init__(self, points: np.ndarray, weights: np.ndarray, w: float, h: float) -> None:
        nx, ny = int(np.ceil(w / _CELL)) + 1, int(np.ceil(h / _CELL)) + 1
        raster = np.zeros((ny, nx))
        ok = np.isfinite(points).all(axis=1) & (points[:, 0] >= -4) & (points[:, 0] <= w + 4) \
            & (points[:, 1] >= -4) & (points[:, 1] <= h + 4)
        ix = np.clip((points[ok, 0] / _CELL).astype(int), 0, nx - 1)
        iy = np.clip((points[ok, 1] / _CELL).astype(int), 0, ny - 1)
        np.add.at(raster, (iy, ix), weights[ok])
        self.table = np.zeros((ny + 1, nx + 1))
        self.table[1:, 1:] = raster.cumsum(axis=0).cumsum(axis=1)
        self.nx, self.ny = nx, ny

    def under(self, left: np.ndarray, top: np.ndarray, bw: float, bh: float) -> np.ndarray:
        """What boxes bw × bh at (left, top), 4 pixels wider on each side, hide."""
        x0 = np.clip(np.floor((left - 4) / _CELL).astype(int), 0, self.nx)
        x1 = np.clip(np.ceil((left + bw + 4) / _CELL).astype(int), 0, self.nx)
        y0 = np.clip(np.floor((top - 4) / _CELL).astype(int), 0, self.ny)
        y1 = np.clip(np.ceil((top + bh + 4) / _CELL).astype(int), 0, self.ny)
        t = self.table
        return t[y1, x1] - t[y0, x1] - t[y1, x0] + t[y0, x0]
