"""Put a plot's legend in the corner where it covers the least of what is drawn (the
path and markers of the landscape, the loss curves, the samples), or under the plot
when every corner would hide something."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGraphicsWidget

MARGIN = 8
_STEP = 3.0  # pixels between the points a line is sampled at
_MAX_POINTS = 40_000
# A corner is free when the legend would hide less than this: a short stretch of line
# or a third of a small marker (weights as in drawn_points).
FREE = 12.0
BELOW = (0.5, 2)  # what place_legend returns for a legend put under the plot
# Corners as (x, y) fractions, in the order preferred on a tie.
CORNERS = ((1, 0), (0, 0), (1, 1), (0, 1))


def _pixels(vb: pg.ViewBox, xy: np.ndarray) -> np.ndarray:
    (x0, x1), (y0, y1) = vb.viewRange()
    w, h = vb.width(), vb.height()
    return np.column_stack([(xy[:, 0] - x0) / ((x1 - x0) or 1.0) * w, (y1 - xy[:, 1]) / ((y1 - y0) or 1.0) * h])


def _densified(px: np.ndarray) -> np.ndarray:
    """Points every few pixels along the polyline `px`, so that a steep line with few
    vertices still counts where it passes."""
    px = px[np.isfinite(px).all(axis=1)]
    if len(px) < 2:
        return px
    lengths = np.hypot(*np.diff(px, axis=0).T)
    counts = np.minimum(np.ceil(lengths / _STEP).astype(int), 200) + 1
    if counts.sum() > _MAX_POINTS:
        return px
    starts = np.repeat(np.cumsum(counts) - counts, counts)  # each point's segment's first index
    t = (np.arange(counts.sum()) - starts) / np.repeat(counts, counts)  # 0, 1/c, ..., (c-1)/c along each
    start = np.repeat(px[:-1], counts, axis=0)
    delta = np.repeat(np.diff(px, axis=0), counts, axis=0)
    return np.vstack([start + t[:, None] * delta, px[-1:]])


def drawn_points(plot: pg.PlotWidget, exclude=()) -> tuple[np.ndarray, np.ndarray]:
    """What the plot shows, in pixels of its view box, and how much each point weighs:
    lines sampled along their length, markers at their centres weighing as much as the
    length of line their size covers, words on the plot at points over their box. Items in `exclude` (isolines) do not count."""
    vb = plot.getPlotItem().getViewBox()
    pieces, weights = [], []
    for item in vb.addedItems:
        if item in exclude or not item.isVisible():
            continue
        if isinstance(item, pg.PlotDataItem):
            x, y = item.getData()
            if x is not None and len(x):
                pieces.append(_densified(_pixels(vb, np.column_stack([x, y]).astype(float))))
                weights.append(np.ones(len(pieces[-1])))
        elif isinstance(item, pg.TextItem) and item.toPlainText().strip():
            # Words on the plot (a curvature's label, a note): the legend must not cover any.
            box = item.mapRectToItem(vb, item.boundingRect())
            xs, ys = np.meshgrid(np.linspace(box.left(), box.right(), 5), np.linspace(box.top(), box.bottom(), 3))
            pieces.append(np.column_stack([xs.ravel(), ys.ravel()]))
            weights.append(np.full(15, FREE))
        elif isinstance(item, pg.ScatterPlotItem):
            data = item.data
            if len(data):
                xy = np.column_stack([data["x"], data["y"]]).astype(float) + [item.pos().x(), item.pos().y()]
                pieces.append(_pixels(vb, xy))
                weights.append(np.full(len(xy), max(float(item.opts.get("size", 7)), 1.0) / _STEP) ** 2)
    if not pieces:
        return np.empty((0, 2)), np.empty(0)
    return np.vstack(pieces), np.concatenate(weights)


def corner_coverage(plot: pg.PlotWidget, legend: pg.LegendItem, exclude=(),
                    corners=CORNERS) -> dict[tuple[float, float], float]:
    """How much of the drawing (weighted as in drawn_points) the legend would hide in
    each of `corners`."""
    vb = plot.getPlotItem().getViewBox()
    vb.prepareForPaint()  # a pending automatic range is applied only then
    points, weights = drawn_points(plot, exclude)
    size = legend.boundingRect()
    w, h = vb.width(), vb.height()
    coverage = {}
    for cx, cy in corners:
        left = MARGIN if cx == 0 else w - MARGIN - size.width()
        top = MARGIN if cy == 0 else h - MARGIN - size.height()
        inside = ((points[:, 0] > left - 4) & (points[:, 0] < left + size.width() + 4)
                  & (points[:, 1] > top - 4) & (points[:, 1] < top + size.height() + 4))
        coverage[(cx, cy)] = float(weights[inside].sum())
    return coverage


def anchor_in(legend: pg.LegendItem, corner: tuple[float, float]) -> None:
    cx, cy = corner
    legend.anchor(itemPos=corner, parentPos=corner, offset=(MARGIN if cx == 0 else -MARGIN, MARGIN if cy == 0 else -MARGIN))


def place_legend(plot: pg.PlotWidget, legend: pg.LegendItem, exclude=()) -> tuple[float, float]:
    """Anchor `legend` in the corner of the plot that covers the fewest drawn points,
    or under the plot when each corner covers more than FREE; returns the corner as
    (x, y) fractions, or BELOW."""
    coverage = corner_coverage(plot, legend, exclude)
    best = min(CORNERS, key=lambda c: coverage[c])  # the first of the fewest: the preferred one on a tie
    if coverage[best] > FREE:
        put_below(plot, legend)
        return BELOW
    anchor_in(legend, best)
    return best


def put_below(plot: pg.PlotWidget, legend: pg.LegendItem) -> QGraphicsWidget:
    """The legend in a row of its own under the plot, in as many columns (up to three)
    as fit across it; returns the row."""
    item = plot.getPlotItem()
    width = item.getViewBox().width() + item.getAxis("left").width()
    for columns in (3, 2, 1):
        legend.setColumnCount(min(columns, max(len(legend.items), 1)))
        if legend.boundingRect().width() <= width or columns == 1:
            break
    row = QGraphicsWidget()
    height = legend.boundingRect().height() + 6
    row.setMinimumHeight(height)
    row.setMaximumHeight(height)
    item.layout.addItem(row, item.layout.rowCount(), 0, 1, item.layout.columnCount())
    legend.setParentItem(row)  # anchored to its row, it follows the row wherever the layout puts it
    legend.anchor(itemPos=(0.5, 0.5), parentPos=(0.5, 0.5))
    return row


class LegendKeeper(QObject):
    """Keeps a window plot's legend off what it draws: a moment after the drawing changes
    (a path grows, a curve rises, the range or the size changes) the legend moves to a
    free corner, or under the plot when none is free, and back when one is. It stays
    where it is while that corner is free, so that it does not wander as a run goes on.
    `avoid` are corners kept for something else (the read-out under the pointer)."""

    DELAY_MS = 250  # at most four placements a second, whatever the frame rate

    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem, exclude=(), avoid=()) -> None:
        super().__init__(plot)
        self.plot, self.legend, self.exclude = plot, legend, set(exclude)
        self.corners = tuple(c for c in CORNERS if c not in avoid)
        self.where: tuple[float, float] | None = None
        self._row: QGraphicsWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.place)
        vb = plot.getPlotItem().getViewBox()
        vb.sigRangeChanged.connect(self.request)
        vb.sigResized.connect(self.request)
        for item in vb.addedItems:
            if item in self.exclude:
                continue
            signal = getattr(item, "sigPlotChanged", None)
            if signal is not None:
                signal.connect(self.request)
            if isinstance(item, pg.ScatterPlotItem):  # a marker moved by setPos
                item.xChanged.connect(self.request)
                item.yChanged.connect(self.request)
            if hasattr(item, "visibleChanged"):
                item.visibleChanged.connect(self.request)
        plot.installEventFilter(self)  # a view on a hidden tab is placed once it is shown
        self.request()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self.request()
        return False

    def request(self, *_) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def place(self) -> None:
        """Where the legend covers nothing now: its corner while that is free, else the
        freest corner, else under the plot."""
        if not self.plot.isVisible() or self.legend.parentItem() is None:
            return
        coverage = corner_coverage(self.plot, self.legend, self.exclude, self.corners)
        best = min(self.corners, key=lambda c: coverage[c])
        if self.where in coverage and coverage[self.where] <= FREE:
            return
        if coverage[best] > (FREE if self._row is None else FREE / 2):  # back in only with room to spare
            if self._row is None:
                self._row = put_below(self.plot, self.legend)
                self.where = BELOW
            return
        if self._row is not None:
            self._take_back()
        anchor_in(self.legend, best)
        self.where = best

    def _take_back(self) -> None:
        item = self.plot.getPlotItem()
        self.legend.setParentItem(item.getViewBox())
        self.legend.setColumnCount(1)
        item.layout.removeItem(self._row)
        self._row.setParentItem(None)
        if self._row.scene() is not None:
            self._row.scene().removeItem(self._row)
        self._row = None
