"""The samples with the current fit: a line, a probability curve or decision regions."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from ..core.losses import sigmoid
from ..i18n import on_retranslate, tr
from .scene import Scene
from .style import style_plot
from .theme import CLASS_COLOURS, CURRENT, TRAIN, VAL


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
