"""The three plots: landscape, loss chart, data. Items are created once and updated
with setData / setImage; views draw what they are given and compute no losses."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem

from ..core.losses import sigmoid
from ..i18n import bind, on_retranslate, tr
from .scene import Scene
from .theme import CLASS_COLOURS, CURRENT, MINIMUM, PATH, RACE_COLOURS, START, TRAIN, VAL

# A trajectory point this many frame widths away is off any sensible view: not drawn.
_FAR = 50.0


def style_plot(widget: pg.PlotWidget, title: str, tip: str) -> None:
    widget.setBackground("w")
    item = widget.getPlotItem()
    bind(lambda t: item.setTitle(f"<span style='font-size:12pt; color:#222'>{t}</span>"), title)
    bind(widget.setAccessibleName, title)
    bind(widget.setToolTip, tip)
    # No grid: its antialiased lines cost more to paint than everything else together.
    for axis in ("left", "bottom"):
        item.getAxis(axis).setTextPen("#333")
        item.getAxis(axis).setPen("#666")
    item.setMenuEnabled(True)


def legend_label(legend: pg.LegendItem, item, source: str) -> None:
    """Keep the legend entry of `item` in the current language."""
    def relabel(text: str) -> None:
        for sample, label in legend.items:
            if sample.item is item:
                label.setText(text)
    bind(relabel, source)


def axis_label(widget: pg.PlotWidget, axis: str, source: str) -> None:
    bind(lambda t: widget.setLabel(axis, t), source)


class LandscapeView(pg.PlotWidget):
    """The objective on the plane as a colour map with isolines, the path and the markers."""

    start_clicked = Signal(float, float)  # plane coordinates
    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Loss landscape", "The training loss over the weights; click to move the starting point there.")
        self.image = pg.ImageItem()
        self.image.setZValue(-10)
        self.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=14)
        self.colorbar.setImageItem(self.image, insert_in=self.getPlotItem())
        self.colorbar.axis.setWidth(52)  # a label wider than the axis is silently dropped
        bind(self.colorbar.axis.setLabel, "loss")
        self.isolines = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 110), width=1), connect="finite")
        self.path_shadow = pg.PlotDataItem(pen=pg.mkPen((0, 0, 0, 160), width=4.5))
        self.path = pg.PlotDataItem(pen=pg.mkPen(PATH, width=2.2), symbol="o", symbolSize=6,
                                    symbolBrush=PATH, symbolPen=pg.mkPen("k", width=1))
        legend = self.legend = self.addLegend(offset=(8, 8), labelTextColor="#111", brush=(255, 255, 255, 210))
        self.start = pg.ScatterPlotItem(symbol="s", size=12, brush=START, pen=pg.mkPen("k", width=1.5), name="start")
        self.minimum = pg.ScatterPlotItem(symbol="star", size=20, brush=MINIMUM, pen=pg.mkPen("k", width=1.2),
                                          name="exact minimum")
        self.current = pg.ScatterPlotItem(symbol="o", size=15, brush=CURRENT, pen=pg.mkPen("w", width=2),
                                          name="current weights")
        # Teaching overlays, hidden until asked for.
        self.constraint = pg.PlotDataItem(pen=pg.mkPen("#F0E442", width=2.5, style=Qt.PenStyle.DashLine),
                                          connect="finite", name="regularization level set")
        self.gradient_step = pg.PlotDataItem(pen=pg.mkPen("#56B4E9", width=3), name="−η∇L (gradient step)")
        self.actual_step = pg.PlotDataItem(pen=pg.mkPen(CURRENT, width=3), name="actual step")
        self.gradient_head = pg.ArrowItem(headLen=14, tipAngle=35, brush="#56B4E9", pen=None)
        self.actual_head = pg.ArrowItem(headLen=14, tipAngle=35, brush=CURRENT, pen=None)
        for item in (self.isolines, self.constraint, self.path_shadow, self.path, self.start, self.minimum,
                     self.current, self.gradient_step, self.actual_step, self.gradient_head, self.actual_head):
            self.addItem(item)
        for item in (self.constraint, self.gradient_step, self.actual_step):
            legend.removeItem(item)
        # The colour map and the isolines change only with the scene: paint them from a
        # cached pixmap while the path moves over them.
        for item in (self.image, self.isolines.curve):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.show_arrows(None)
        self.constraint.setVisible(False)
        self.race_paths = [pg.PlotDataItem(pen=pg.mkPen(c, width=2.2)) for c in RACE_COLOURS]
        self.race_points = [pg.ScatterPlotItem(symbol="o", size=12, brush=c, pen=pg.mkPen("w", width=1.5))
                            for c in RACE_COLOURS]
        for item in self.race_paths + self.race_points:
            self.addItem(item)
        legend.removeItem(self.isolines)
        legend_label(legend, self.start, "start")
        self._frame = QRectF()
        self._axes_labels = ("w", "b")
        on_retranslate(self._label_axes)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_scene(self, scene: Scene) -> None:
        plane = scene.plane
        a, b = plane.alphas, plane.betas
        da, db = a[1] - a[0], b[1] - b[0]
        self.image.setImage(scene.image, autoLevels=False)
        lo, hi = float(np.min(scene.image)), float(np.max(scene.image))
        self.colorbar.setLevels((lo, hi if hi > lo else lo + 1.0))
        self.colorbar.axis.setTicks([scene.colour_ticks])
        self.image.setRect(QRectF(a[0] - da / 2, b[0] - db / 2, len(a) * da, len(b) * db))
        self.isolines.setData(scene.isolines[:, 0], scene.isolines[:, 1])
        self.start.setData([scene.start_xy[0]], [scene.start_xy[1]])
        known = scene.minimum_xy is not None
        self.minimum.setData(*(([scene.minimum_xy[0]], [scene.minimum_xy[1]]) if known else ([], [])))
        self.minimum.setVisible(known)
        self.legend.removeItem(self.minimum)
        self.legend.removeItem(self.current)
        if known:
            self.legend.addItem(self.minimum, tr("exact minimum"))
        self.legend.addItem(self.current, tr("current weights"))
        self._frame = QRectF(a[0], b[0], a[-1] - a[0], b[-1] - b[0])
        self._axes_labels = plane.labels
        self._label_axes()
        self.getPlotItem().enableAutoRange(False)
        self.setRange(self._frame, padding=0.0)
        self.set_path(np.atleast_2d(scene.start_xy))

    def _label_axes(self) -> None:
        self.setLabel("bottom", tr(self._axes_labels[0]))
        self.setLabel("left", tr(self._axes_labels[1]))

    def set_race_path(self, racer: int, xy: np.ndarray | None) -> None:
        """The path of a pinned racer (0-based among the pinned), or None to hide it."""
        path, point = self.race_paths[racer], self.race_points[racer]
        if xy is None and path.xData is None:
            return
        xy = self._drawable(xy) if xy is not None else np.empty((0, 2))
        path.setData(xy[:, 0], xy[:, 1])
        point.setData(xy[-1:, 0], xy[-1:, 1])

    def _drawable(self, xy: np.ndarray) -> np.ndarray:
        """The finite, nearby start of a path: a diverging run's far points are not drawn."""
        w, h = max(self._frame.width(), 1e-12), max(self._frame.height(), 1e-12)
        cx, cy = self._frame.center().x(), self._frame.center().y()
        near = (np.isfinite(xy).all(axis=1) & (np.abs(xy[:, 0] - cx) < _FAR * w) & (np.abs(xy[:, 1] - cy) < _FAR * h))
        return xy if near.all() else xy[: int(np.argmin(near))]

    def set_path(self, xy: np.ndarray) -> None:
        """The trajectory in plane coordinates; only its finite, nearby part is drawn."""
        xy = self._drawable(xy)
        self.path_shadow.setData(xy[:, 0], xy[:, 1])
        self.path.setData(xy[:, 0], xy[:, 1])
        # Dots show each step while there are few; beyond that they only cost time.
        self.path.setSymbol("o" if len(xy) < 200 else None)
        if len(xy):
            self.current.setData([xy[-1, 0]], [xy[-1, 1]])

    def show_arrows(self, steps: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> None:
        """From the previous point: the plain gradient step and the step actually taken."""
        visible = steps is not None and bool(np.isfinite(np.concatenate(steps)).all())
        if not visible and not self.actual_step.isVisible():
            return  # hidden already: spare the legend a relayout every frame
        for item in (self.gradient_step, self.actual_step, self.gradient_head, self.actual_head):
            item.setVisible(visible)
        self.legend.removeItem(self.gradient_step)
        self.legend.removeItem(self.actual_step)
        if not visible:
            return
        self.legend.addItem(self.gradient_step, tr("−η∇L (gradient step)"))
        self.legend.addItem(self.actual_step, tr("actual step"))
        origin, gradient_tip, actual_tip = steps
        vb = self.getPlotItem().getViewBox()
        for line, head, tip in ((self.gradient_step, self.gradient_head, gradient_tip),
                                (self.actual_step, self.actual_head, actual_tip)):
            line.setData([origin[0], tip[0]], [origin[1], tip[1]])
            # The head points along the arrow as drawn on screen, whatever the axes' scales.
            a, b = vb.mapViewToScene(QPointF(*origin)), vb.mapViewToScene(QPointF(*tip))
            head.setStyle(angle=180.0 - np.degrees(np.arctan2(b.y() - a.y(), b.x() - a.x())) + 180.0)
            head.setPos(*tip)

    def show_constraint(self, xy: np.ndarray | None) -> None:
        if (xy is None or not len(xy)) and not self.constraint.isVisible():
            return
        self.constraint.setVisible(bool(xy is not None and len(xy) > 0))
        self.legend.removeItem(self.constraint)
        if xy is not None and len(xy):
            self.constraint.setData(xy[:, 0], xy[:, 1])
            self.legend.addItem(self.constraint, tr("regularization level set"))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point: QPointF = view.mapSceneToView(event.scenePos())
        self.start_clicked.emit(point.x(), point.y())


class LossChart(pg.PlotWidget):
    """Training and validation loss against the step."""

    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Loss", "Training loss (solid) and validation loss (dashed) after each step.")
        self.addLegend(offset=(-8, 8), labelTextColor="#111", brush=(255, 255, 255, 210))
        self.train = self.plot(pen=pg.mkPen(TRAIN, width=2.2), name="training")
        self.val = self.plot(pen=pg.mkPen(VAL, width=2.2, style=Qt.PenStyle.DashLine), name="validation")
        self.race = [self.plot(pen=pg.mkPen(c, width=2.2)) for c in RACE_COLOURS]
        axis_label(self, "bottom", "step")
        axis_label(self, "left", "loss")
        legend = self.getPlotItem().legend
        legend_label(legend, self.train, "training")
        legend_label(legend, self.val, "validation")
        self.getAxis("left").enableAutoSIPrefix(False)
        self._log = False

    def start(self, step_limit: int) -> None:
        """A new run: empty curves and the x axis spanning the step limit."""
        for curve in [self.train, self.val] + self.race:
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
        self.train.setData(*_peaks(steps[:end], self._positive(losses[:end])))
        has_val = len(val_losses) > 0 and np.isfinite(val_losses[0])
        if has_val:
            end = len(val_losses) - (not np.isfinite(val_losses[-1]))
            self.val.setData(*_peaks(steps[:end], self._positive(val_losses[:end])))
        self.val.setVisible(bool(has_val))

    def set_race_curve(self, racer: int, steps: np.ndarray | None, losses: np.ndarray | None) -> None:
        """The training loss of a pinned racer, or None to hide it."""
        if steps is None or not len(steps):
            if self.race[racer].xData is not None and len(self.race[racer].xData):
                self.race[racer].setData([], [])
            return
        end = len(losses) - (not np.isfinite(losses[-1]))
        self.race[racer].setData(*_peaks(steps[:end], self._positive(losses[:end])))

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


class DataView(pg.PlotWidget):
    """The samples with the current fit: a line, a probability curve or decision regions."""

    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Data", "The samples (hollow: validation) with what the current weights predict.")
        on_retranslate(self._label_axes)
        self.regions = pg.ImageItem()
        self.regions.setZValue(-10)
        self.addItem(self.regions)
        self.fit = self.plot(pen=pg.mkPen(CURRENT, width=2.5))
        self.boundary = pg.InfiniteLine(angle=90, pen=pg.mkPen("#333", width=1.5, style=Qt.PenStyle.DashLine))
        self.addItem(self.boundary)
        self.points_train = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k", width=0.6))
        self.points_val = pg.ScatterPlotItem(size=8, brush=None)
        self.addItem(self.points_train)
        self.addItem(self.points_val)
        self._scene: Scene | None = None
        self._grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def set_scene(self, scene: Scene) -> None:
        self._scene = scene
        ds = scene.problem.dataset
        X, y = ds.X, ds.y
        d = X.shape[1]
        self._label_axes()
        self.regions.setVisible(False)
        self.boundary.setVisible(False)
        if ds.regression and d == 1:
            self._points(X[:, 0], y, None)
            frame = (X[:, 0], y)
        elif ds.regression:
            self._points(y, y, None)
            frame = (y, y)
        elif d == 1:
            self._points(X[:, 0], y.astype(float), y)
            frame = (X[:, 0], np.array([0.0, 1.0]))
        else:
            self._points(X[:, 0], X[:, 1], y)
            frame = (X[:, 0], X[:, 1])
        # A fixed frame around the data: a wild fit (a diverging run) must not rescale it.
        (x0, x1), (y0, y1) = [(float(v.min()), float(v.max())) for v in frame]
        px, py = 0.06 * (x1 - x0 or 1.0), 0.08 * (y1 - y0 or 1.0)
        rect = QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)
        if not ds.regression and d > 1:
            gx = np.linspace(rect.left(), rect.right(), 120)
            gy = np.linspace(rect.top(), rect.bottom(), 120)
            GX, GY = np.meshgrid(gx, gy)
            self._grid = (gx, gy, np.column_stack([GX.ravel(), GY.ravel()]))
            self._regions_rect = rect
            self.regions.setVisible(True)
        self.getPlotItem().enableAutoRange(False)
        self.setRange(rect, padding=0.0)
        self.fit.setData([], [])

    def _label_axes(self) -> None:
        if self._scene is None:
            return
        ds = self._scene.problem.dataset
        scaled = tr(" (standardised)") if self._scene.scenario.scale == "standard" else ""
        name = (lambda n: n) if ds.kind.startswith("csv:") else tr  # a person's own columns keep their names
        feature = [name(n) + scaled for n in ds.feature_names]
        target = name(ds.target_name)
        if ds.regression and len(feature) == 1:
            bottom, left = feature[0], target
        elif ds.regression:
            bottom, left = tr("actual {target}").format(target=target), tr("predicted {target}").format(target=target)
        elif len(feature) == 1:
            bottom, left = feature[0], tr("passed (1) / failed (0)")
        else:
            bottom, left = feature[0], feature[1]
        self.setLabel("bottom", bottom)
        self.setLabel("left", left)

    def _points(self, x: np.ndarray, y: np.ndarray, labels: np.ndarray | None) -> None:
        ds = self._scene.problem.dataset
        is_val = ds.is_val
        colours = (np.array([pg.mkBrush(c) for c in CLASS_COLOURS], dtype=object)[labels]
                   if labels is not None else pg.mkBrush(TRAIN))
        train_brush = colours[~is_val] if labels is not None else colours
        self.points_train.setData(x[~is_val], y[~is_val], brush=train_brush)
        pens = ([pg.mkPen(CLASS_COLOURS[k], width=1.6) for k in labels[is_val]] if labels is not None
                else pg.mkPen(VAL, width=1.6))
        self.points_val.setData(x[is_val], y[is_val], pen=pens, brush=None)

    def set_theta(self, theta: np.ndarray) -> None:
        scene = self._scene
        if scene is None or not np.isfinite(theta).all():
            return
        problem = scene.problem
        ds, model = problem.dataset, problem.model
        X = ds.X
        with np.errstate(over="ignore", invalid="ignore"):
            if ds.regression and X.shape[1] == 1:
                xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 200)
                self.fit.setData(xs, model.raw(theta, xs[:, None]))
            elif ds.regression:
                self._points(ds.y, model.raw(theta, X), None)
                lo, hi = float(ds.y.min()), float(ds.y.max())
                self.fit.setData([lo, hi], [lo, hi])
            elif X.shape[1] == 1:
                xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 300)
                raw = model.raw(theta, xs[:, None])
                if raw.ndim == 2:  # one output per class: probability of class 1
                    raw = raw[:, 1] - raw[:, 0]
                probability = problem.objective.loss.key in ("logistic", "bce", "cross_entropy", "sparse_cross_entropy", "kl_div")
                self.fit.setData(xs, sigmoid(raw) if probability else (raw > 0).astype(float))
                crossings = np.nonzero(np.diff(np.sign(raw)))[0]
                self.boundary.setVisible(len(crossings) > 0)
                if len(crossings):
                    self.boundary.setValue(float(xs[crossings[0]]))
            else:
                gx, gy, grid = self._grid
                raw = model.raw(theta, grid)
                labels = raw.argmax(axis=1) if raw.ndim == 2 else (raw > 0).astype(int)
                rgba = _REGION_RGBA[labels].reshape(len(gy), len(gx), 4)
                self.regions.setImage(rgba, autoLevels=False)
                self.regions.setRect(self._regions_rect)  # needs the image's size, so after it


def _rgba(colour: str, alpha: int) -> tuple[int, int, int, int]:
    c = pg.mkColor(colour)
    return c.red(), c.green(), c.blue(), alpha


_REGION_RGBA = np.array([_rgba(c, 70) for c in CLASS_COLOURS], dtype=np.ubyte)
