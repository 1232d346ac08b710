"""Put a plot's legend in the corner where it covers the least of what is drawn (the
path and markers of the landscape, the loss curves, the samples), or under the plot
when every corner would hide something."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
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
    t = np.concatenate([np.linspace(0.0, 1.0, c, endpoint=False) for c in counts])
    start = np.repeat(px[:-1], counts, axis=0)
    delta = np.repeat(np.diff(px, axis=0), counts, axis=0)
    return np.vstack([start + t[:, None] * delta, px[-1:]])


def drawn_points(plot: pg.PlotWidget, exclude=()) -> tuple[np.ndarray, np.ndarray]:
    """What the plot shows, in pixels of its view box, and how much each point weighs:
    lines sampled along their length, markers at their centres weighing as much as the
    length of line their size covers. Items in `exclude` (isolines) do not count."""
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
        elif isinstance(item, pg.ScatterPlotItem):
            data = item.data
            if len(data):
                xy = np.column_stack([data["x"], data["y"]]).astype(float) + [item.pos().x(), item.pos().y()]
                pieces.append(_pixels(vb, xy))
                weights.append(np.full(len(xy), max(float(item.opts.get("size", 7)), 1.0) / _STEP) ** 2)
    if not pieces:
        return np.empty((0, 2)), np.empty(0)
    return np.vstack(pieces), np.concatenate(weights)


def place_legend(plot: pg.PlotWidget, legend: pg.LegendItem, exclude=()) -> tuple[float, float]:
    """Anchor `legend` in the corner of the plot that covers the fewest drawn points,
    or under the plot when each corner covers more than FREE; returns the corner as
    (x, y) fractions, or BELOW."""
    vb = plot.getPlotItem().getViewBox()
    vb.prepareForPaint()  # a pending automatic range is applied only then
    points, weights = drawn_points(plot, exclude)
    size = legend.boundingRect()
    w, h = vb.width(), vb.height()
    best, fewest = CORNERS[0], None
    for cx, cy in CORNERS:
        left = MARGIN if cx == 0 else w - MARGIN - size.width()
        top = MARGIN if cy == 0 else h - MARGIN - size.height()
        inside = ((points[:, 0] > left - 4) & (points[:, 0] < left + size.width() + 4)
                  & (points[:, 1] > top - 4) & (points[:, 1] < top + size.height() + 4))
        count = float(weights[inside].sum())
        if fewest is None or count < fewest:
            best, fewest = (cx, cy), count
    if fewest is not None and fewest > FREE:
        put_below(plot, legend)
        return BELOW
    cx, cy = best
    legend.anchor(itemPos=best, parentPos=best, offset=(MARGIN if cx == 0 else -MARGIN, MARGIN if cy == 0 else -MARGIN))
    return best


def put_below(plot: pg.PlotWidget, legend: pg.LegendItem) -> None:
    """The legend in a row of its own under the plot, in as many columns (up to three)
    as fit across it."""
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
