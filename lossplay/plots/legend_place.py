"""Put a plot's legend, and the notes in its corners, where they cover none of what is
drawn (the path and markers of the landscape, the loss curves, the samples) nor one
another, or under the plot when every corner would hide something. (The read-out under
the pointer is placed with the same measures: see .hover.)"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QMarginsF, QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsWidget

MARGIN = 8
_STEP = 3.0  # pixels between the points a line is sampled at
_MAX_POINTS = 40_000
# A corner is free for a legend when it would hide less than this: a short stretch of
# line or a third of a small marker (weights as in drawn_points).
FREE = 12.0
# A note or a read-out may cover no marker at all (the smallest, 7 px, weighs 5.4) and
# no more than a few pixels of line.
NOTE_FREE = 4.0
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
    length of line their size covers, words on the plot at points over their box.
    Items in `exclude`, and those marked `backdrop` (isolines: part of the picture under
    the drawing, which runs everywhere), do not count."""
    vb = plot.getPlotItem().getViewBox()
    pieces, weights = [], []
    for item in vb.addedItems:
        if item in exclude or getattr(item, "backdrop", False) or not item.isVisible():
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


def corner_box(vb: pg.ViewBox, size, corner) -> QRectF:
    """The box of `size` in `corner` of the view box, MARGIN pixels in from its edges;
    a corner (x, y, dy) is pushed dy pixels further in, vertically (stacked under or
    over what is in that corner already)."""
    cx, cy = corner[:2]
    dy = corner[2] if len(corner) > 2 else 0.0
    left = MARGIN if cx == 0 else vb.width() - MARGIN - size.width()
    top = MARGIN + dy if cy == 0 else vb.height() - MARGIN - dy - size.height()
    return QRectF(left, top, size.width(), size.height())


def hidden_under(points: np.ndarray, weights: np.ndarray, box: QRectF) -> float:
    """How much of the drawing (weighted as in drawn_points) `box` would hide."""
    inside = ((points[:, 0] > box.left() - 4) & (points[:, 0] < box.right() + 4)
              & (points[:, 1] > box.top() - 4) & (points[:, 1] < box.bottom() + 4))
    return float(weights[inside].sum())


def _size_in(vb: pg.ViewBox, item):
    return item.mapRectToItem(vb, item.boundingRect()).size()


def corner_coverage(plot: pg.PlotWidget, legend, exclude=(), corners=CORNERS,
                    taken: Sequence[QRectF] = ()) -> dict[tuple[float, float], float]:
    """How much of the drawing (weighted as in drawn_points) `legend` (or a note) would
    hide in each of `corners`; infinite where it would overlap a box in `taken` (the
    boxes of a legend or note already placed)."""
    vb = plot.getPlotItem().getViewBox()
    vb.prepareForPaint()  # a pending automatic range is applied only then
    points, weights = drawn_points(plot, exclude)
    return _coverage(vb, points, weights, _size_in(vb, legend), corners, taken)


def _coverage(vb, points, weights, size, corners, taken) -> dict[tuple, float]:
    coverage = {}
    for corner in corners:
        box = corner_box(vb, size, corner)
        coverage[corner] = np.inf if any(box.intersects(t) for t in taken) else hidden_under(points, weights, box)
    return coverage


def anchor_in(legend, corner) -> None:
    """Anchor `legend` (or a note) in `corner`: (x, y) fractions, or (x, y, dy) pushed
    dy pixels further in."""
    cx, cy = corner[:2]
    dy = MARGIN + (corner[2] if len(corner) > 2 else 0.0)
    legend.anchor(itemPos=(cx, cy), parentPos=(cx, cy), offset=(MARGIN if cx == 0 else -MARGIN, dy if cy == 0 else -dy))


def _choices(item, placed: Sequence[tuple[QRectF, tuple]]) -> list[tuple]:
    """Where `item` may go: the four corners, and a note also in a corner taken already,
    stacked under (or over) what is there."""
    if isinstance(item, pg.LegendItem):
        return list(CORNERS)
    return list(CORNERS) + [(*corner[:2], (corner[2] if len(corner) > 2 else 0.0) + box.height() + 4)
                            for box, corner in placed]


def place_legend(plot: pg.PlotWidget, legend, exclude=(), placed: Sequence[tuple[QRectF, tuple]] = (),
                 free: float = FREE) -> tuple:
    """Anchor `legend` (or a CornerNote) where it covers the fewest drawn points and
    none of the boxes `placed` ((box, corner) of what is in the corners already), or
    under the plot when each place covers more than `free`; returns the corner as
    (x, y) fractions (with a third number, pixels pushed in, for a note stacked under
    another), or BELOW."""
    choices = _choices(legend, placed)
    coverage = corner_coverage(plot, legend, exclude, choices, [box for box, _ in placed])
    best = min(choices, key=lambda c: coverage[c])  # the first of the fewest: the preferred one on a tie
    if coverage[best] > free:
        put_below(plot, legend)
        return BELOW
    anchor_in(legend, best)
    return best


def place_in_corners(plot: pg.PlotWidget, items: Sequence, exclude=()) -> list[tuple | None]:
    """Each of `items` (the legend first, then notes) where it hides none of the drawing
    nor an item placed before it, or under the plot; returns where each went (None for a
    hidden one). A legend may hide up to FREE, a note up to NOTE_FREE (no marker)."""
    placed, where = [], []
    vb = plot.getPlotItem().getViewBox()
    for item in items:
        if item is None or not item.isVisible():
            where.append(None)
            continue
        where.append(place_legend(plot, item, exclude, placed, free_for(item)))
        if where[-1] != BELOW:
            placed.append((item.mapRectToItem(vb, item.boundingRect()), where[-1]))
    return where


def free_for(item) -> float:
    return FREE if isinstance(item, pg.LegendItem) else NOTE_FREE


def put_below(plot: pg.PlotWidget, legend) -> QGraphicsWidget:
    """The legend (or a note) in a row of its own under the plot, a legend in as many
    columns (up to three) as fit across it; returns the row."""
    item = plot.getPlotItem()
    width = item.getViewBox().width() + item.getAxis("left").width()
    if isinstance(legend, pg.LegendItem):
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
    """Keeps a window plot's legend and notes off what it draws: a moment after the
    drawing changes (a path grows, a curve rises, the range or the size changes, a note
    has new words) each moves to a free corner, or under the plot when none is free,
    and back when one is. Each stays where it is while that corner is free, so that it
    does not wander as a run goes on. The first item (the legend) is placed first; a
    note never covers it."""

    DELAY_MS = 250  # at most four placements a second, whatever the frame rate

    def __init__(self, plot: pg.PlotWidget, legend, exclude=(), notes: Sequence = ()) -> None:
        super().__init__(plot)
        self.plot, self.exclude = plot, set(exclude)
        self.items = [item for item in (legend, *notes) if item is not None]
        self.legend = legend
        self.where: dict[int, tuple[float, float] | None] = {id(i): None for i in self.items}
        self._rows: dict[int, QGraphicsWidget] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.place)
        vb = plot.getPlotItem().getViewBox()
        vb.sigRangeChanged.connect(self.request)
        vb.sigResized.connect(self.request)
        self._watched: set[int] = set()
        self._watch_new()
        for item in self.items:
            item.geometryChanged.connect(self.request)  # new words or entries, a new size
        for note in notes:
            note.visibleChanged.connect(self.request)
        plot.installEventFilter(self)  # a view on a hidden tab is placed once it is shown
        self.request()

    def _watch_new(self) -> None:
        """Place again when anything drawn on the plot changes, also what a view adds
        later (the data view's regions, made with the first fit)."""
        for item in self.plot.getPlotItem().getViewBox().addedItems:
            if id(item) not in self._watched:
                self._watched.add(id(item))
                self._watch(item)

    def _watch(self, item) -> None:
        if item in self.exclude or getattr(item, "backdrop", False):
            return
        signal = getattr(item, "sigPlotChanged", None)
        if signal is not None:
            signal.connect(self.request)
        if isinstance(item, (pg.ScatterPlotItem, pg.TextItem)):  # a marker or words moved by setPos
            item.xChanged.connect(self.request)
            item.yChanged.connect(self.request)
        if hasattr(item, "visibleChanged"):
            item.visibleChanged.connect(self.request)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self.request()
        return False

    def request(self, *_) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def place(self) -> None:
        """Where each item covers nothing now: its corner while that is free, else the
        freest corner, else under the plot."""
        if not self.plot.isVisible():
            return
        self._watch_new()
        vb = self.plot.getPlotItem().getViewBox()
        vb.prepareForPaint()
        points, weights = drawn_points(self.plot, self.exclude)
        placed: list[tuple[QRectF, tuple]] = []
        for item in self.items:
            key = id(item)
            if not item.isVisible():
                if key in self._rows:  # a hidden note gives its row back to the plot
                    self._take_back(item)
                    self.where[key] = None
                continue
            if item.parentItem() is None:
                continue
            free, size = free_for(item), _size_in(vb, item)
            if key in self._rows:
                # Back in, the plot grows by the row, and what is kept near its bottom
                # edge (a curvature's label) moves down with it: room for that too, or it
                # would go back and forth.
                size = size.grownBy(QMarginsF(0, 0, 0, self._rows[key].maximumHeight()))
            choices = _choices(item, placed)
            coverage = _coverage(vb, points, weights, size, choices, [box for box, _ in placed])
            best = min(choices, key=lambda c: coverage[c])
            where = self.where[key]
            if where in coverage and coverage[where] <= free:
                pass  # stays
            elif coverage[best] > (free if key not in self._rows else free / 2):  # back in only with room to spare
                if key not in self._rows:
                    self._rows[key] = put_below(self.plot, item)
                    self.where[key] = BELOW
            else:
                if key in self._rows:
                    self._take_back(item)
                anchor_in(item, best)
                self.where[key] = best
            if self.where[key] not in (None, BELOW):
                placed.append((corner_box(vb, size, self.where[key]), self.where[key]))

    def _take_back(self, item) -> None:
        plot_item = self.plot.getPlotItem()
        row = self._rows.pop(id(item))
        item.setParentItem(plot_item.getViewBox())
        if isinstance(item, pg.LegendItem):
            item.setColumnCount(1)
        plot_item.layout.removeItem(row)
        row.setParentItem(None)
        if row.scene() is not None:
            row.scene().removeItem(row)
