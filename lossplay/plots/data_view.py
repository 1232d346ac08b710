"""The samples with the current fit: a line, a probability curve, or decision regions
shaded by how sure the model is; for multi-label data, one label's at a time."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGraphicsItem

from ..core.fit import DataFrame, Fit, data_frame, label_names, spread
from ..core.fit import fit as fit_at
from ..i18n import on_retranslate, tr
from .confidence import ConfidenceShade
from .corner_note import CornerNote
from . import looks
from .hover import Hover
from .legend_place import anchor_in
from .regions import RegionShapes
from .scene import Scene
from .style import style_plot
from .theme import CLASS_COLOURS, CURRENT, GROWS, PULL, TRAIN, VAL


class DataView(pg.PlotWidget):
    """The samples with the current fit: a line, a probability curve or decision regions.

    Multi-label data shows one label (`label`, 0-based) at a time: its samples coloured
    off/on and its regions. With `label_choice`, a list in the view's corner chooses it
    (the window's); exports show every label side by side instead (see .figure)."""

    label_changed = Signal(int)

    def __init__(self, label_choice: bool = False) -> None:
        super().__init__()
        self.label = 0
        self.shade_key = True  # the shade's key under the plot (a figure of several views says it once)
        self.note_here = True  # "3,000 of 20,000 samples shown" on the plot (a figure of several says it once)
        self.compact = False  # one of many small views: titled by its label only, axes without titles
        self._theta = None  # the weights of the fit drawn by set_theta, drawn again for another label
        style_plot(self, "Data", "The samples (hollow: validation) with what the current weights predict.")
        self._scene: Scene | None = None
        on_retranslate(self._retitle, owner=self)  # after style_plot's title: the label's name beside it
        on_retranslate(self._label_axes)
        self.regions = pg.ImageItem()
        self.regions.setZValue(-10)
        self.addItem(self.regions)
        self.region_shapes = None  # made on the first fit with margins, in the palette's colours
        self.shade = None  # made on the first fit with probabilities
        self.fit = self.plot(pen=pg.mkPen(CURRENT, width=2.5))
        self.boundary = looks.follow(pg.InfiniteLine(angle=90, pen=pg.mkPen("#333", width=1.5,
                                                                        style=Qt.PenStyle.DashLine)))
        self.addItem(self.boundary)
        self.points_train = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k", width=0.6))
        self.points_val = pg.ScatterPlotItem(size=8, brush=None)
        self.addItem(self.points_train)
        self.addItem(self.points_val)
        # The samples stay put while the fit moves over them: paint them from a cached
        # pixmap (100,000 of them take far longer than a frame to draw).
        for item in (self.points_train, self.points_val):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Predictions beyond the fixed frame (a diverging run): a triangle at the edge,
        # pointing the way they went, so that the samples do not simply vanish.
        self.beyond = pg.ScatterPlotItem(size=11, pen=pg.mkPen(GROWS, width=1.2), brush=pg.mkBrush(TRAIN))
        self.beyond.setZValue(4)
        self.addItem(self.beyond)
        self._regions_rect = QRectF()
        self._shown = (0, 0)
        self._beyond = 0  # how many drawn predictions lie beyond the frame
        self._fit_beyond: str | None = None  # a regression's whole fitted curve above or below the frame
        self._indices = np.empty(0, int)
        self._drawn = (np.empty(0), np.empty(0), self._indices)  # x, y and the sample of each point drawn
        self.hover = Hover(self, corner=(0.0, 0.0))
        self.pulls = pg.ScatterPlotItem(symbol="o", brush=None, pen=pg.mkPen(PULL, width=2.4))
        self.pulls.setZValue(5)
        self.addItem(self.pulls)
        # How many samples are drawn, how many predictions fly off: in a corner where it
        # hides no sample (placed by the window's LegendKeeper or an export's place_legends).
        self.shown_note = CornerNote(self.getPlotItem().getViewBox())
        anchor_in(self.shown_note, (1, 1))
        on_retranslate(self._say_shown, owner=self)
        self.label_choice = None
        if label_choice:
            self.label_choice = QComboBox(self)
            self.label_choice.setVisible(False)
            self.label_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.label_choice.currentIndexChanged.connect(lambda i: self.show_label(max(i, 0)))
            on_retranslate(self._name_labels, owner=self)

    def set_scene(self, scene: Scene, frame: DataFrame | None = None) -> None:
        """The samples of `scene` in the fixed `frame` (a diverging fit must not rescale it)."""
        self._scene = scene
        self._frame = frame = frame or data_frame(scene.problem)
        ds = scene.problem.dataset
        X, y = ds.X, ds.y
        self._label_axes()
        self.regions.setVisible(False)
        if self.region_shapes is not None:
            self.region_shapes.hide()
        if self.shade is not None:
            self.shade.hide()
        self._theta = None
        self._beyond, self._fit_beyond = 0, None
        self.label = min(self.label, max(ds.n_labels - 1, 0))
        self._name_labels()
        self._retitle()
        self.boundary.setVisible(False)
        # An even spread of at most a few thousand samples: as many as a plot can show
        # apart, and placed in milliseconds whatever the size of the data.
        shown = spread(len(y))
        self._indices = np.arange(len(y))[shown]
        X, y, is_val = X[shown], y[shown], ds.is_val[shown]
        if ds.regression and X.shape[1] == 1:
            self._points(X[:, 0], y, None, is_val)
        elif ds.regression:
            self._points(y, y, None, is_val)
        elif X.shape[1] == 1:
            self._points(X[:, 0], y.astype(float), y, is_val)
        else:
            self._points(X[:, 0], X[:, 1], y[:, self.label] if y.ndim == 2 else y, is_val)  # multi-label: one label
        self._shown = (len(y), len(ds.y))
        self._say_shown()
        x0, x1, y0, y1 = frame.rect
        self._regions_rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.getPlotItem().enableAutoRange(False)
        self.setRange(self._regions_rect, padding=0.0)
        self.fit.setData([], [])

    @property
    def frame(self) -> DataFrame | None:
        """The fixed frame the view was set up in (with its grid, for 2-D classification)."""
        return self._frame if self._scene is not None else None

    def show_label(self, label: int) -> None:
        """Show multi-label data's label `label` (0-based): its samples off/on and its regions."""
        if self._scene is None or not 0 <= label < max(self._scene.problem.dataset.n_labels, 1) \
                or label == self.label:
            return
        self.label, theta = label, self._theta
        if self.label_choice is not None and self.label_choice.currentIndex() != label:
            self.label_choice.setCurrentIndex(label)
        self.set_scene(self._scene, self._frame)
        if theta is not None:
            self.set_theta(theta)
        self.label_changed.emit(label)

    def _retitle(self) -> None:
        """"Data", and for multi-label data the label shown: "Data · label y2"."""
        if self._scene is None:
            return
        ds = self._scene.problem.dataset
        self.title_text = tr("Data")  # looks.apply sets it again
        if ds.n_labels:
            label = tr("label {name}").format(name=label_names(ds)[self.label])
            self.title_text = label if self.compact else self.title_text + " · " + label
        self.getPlotItem().setTitle(looks.title_html(self.title_text, getattr(self, "look_size", 1.0)))

    def _name_labels(self) -> None:
        """The list of labels, shown only for multi-label data."""
        if self.label_choice is None or self._scene is None:
            return
        ds = self._scene.problem.dataset
        names = [tr("label {name}").format(name=n) for n in label_names(ds)] if ds.n_labels else []
        choice = self.label_choice
        choice.blockSignals(True)
        choice.clear()
        choice.addItems(names)
        choice.setCurrentIndex(self.label if names else -1)
        choice.blockSignals(False)
        choice.setToolTip(tr("Which label's samples and regions the view shows: each label is a yes/no "
                             "question of its own, with its own sigmoid"))
        choice.setVisible(bool(names))
        choice.adjustSize()
        self._place_choice()

    def _place_choice(self) -> None:
        if getattr(self, "label_choice", None) is not None:  # Qt resizes the view before __init__ ends
            self.label_choice.adjustSize()  # as wide as its words in presenter mode's larger font too
            self.label_choice.move(self.width() - self.label_choice.width() - 6, 6)

    def setBackground(self, background) -> None:  # noqa: N802 (pyqtgraph's name)
        """looks.apply starts here: the shade follows the new look and size too, once
        looks.apply has set them all."""
        super().setBackground(background)
        if getattr(self, "shade", None) is not None:
            QTimer.singleShot(0, self.shade.restyle)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_choice()

    def _say_shown(self) -> None:
        shown, total = self._shown
        lines = [tr("{shown} of {total} samples shown").format(shown=f"{shown:,}", total=f"{total:,}")] \
            if shown < total else []
        if self._beyond:
            lines.append(tr("▲▼ {count} predictions beyond the chart").format(count=f"{self._beyond:,}"))
        if self._fit_beyond is not None:
            lines.append(tr(FIT_BEYOND[self._fit_beyond]))
        self.shown_note.setText("\n".join(lines))
        self.shown_note.setVisible(bool(lines) and self.note_here)

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
        for side in ("bottom", "left"):
            self.getPlotItem().getAxis(side).showLabel(not self.compact)

    def _points(self, x: np.ndarray, y: np.ndarray, labels: np.ndarray | None,
                is_val: np.ndarray | None = None) -> None:
        ds = self._scene.problem.dataset
        is_val = ds.is_val if is_val is None else is_val
        self._drawn = (x, y, self._indices)
        # Test samples stay out of sight until they are scored, once, at the end.
        is_test = ds.is_test[self._indices]
        is_train = ~(is_val | is_test)
        if labels is None:
            self.points_train.setData(x[is_train], y[is_train], brush=pg.mkBrush(TRAIN))
            self.points_val.setData(x[is_val], y[is_val], pen=pg.mkPen(VAL, width=1.6), brush=None)
            return
        colours = labels.astype(int) % len(PALETTE)
        self.points_train.setData(x[is_train], y[is_train], brush=_CLASS_BRUSHES[colours[is_train]])
        self.points_val.setData(x[is_val], y[is_val], pen=_CLASS_PENS[colours[is_val]], brush=None)

    def show_pulls(self, samples: np.ndarray | None, sizes: np.ndarray | None = None) -> None:
        """Rings of `sizes` pixels round the drawn `samples` (dataset indices); None hides them."""
        if samples is None:
            self.pulls.setVisible(False)
            return
        xs, ys, indices = self._drawn
        where = {int(i): k for k, i in enumerate(indices)}
        keep = [(where[int(i)], s) for i, s in zip(samples, sizes) if int(i) in where]
        rows = np.array([k for k, _ in keep], int)
        self.pulls.setData(xs[rows], ys[rows], size=np.array([s for _, s in keep], float))
        self.pulls.setVisible(True)

    def sample_at(self, x: float, y: float, pixels: float = 8.0) -> int | None:
        """The sample drawn nearest to (x, y) within `pixels` on screen, or None."""
        xs, ys, indices = self._drawn
        if not len(xs):
            return None
        px, py = (abs(v) or 1.0 for v in self.getPlotItem().getViewBox().viewPixelSize())
        with np.errstate(invalid="ignore"):
            d2 = ((xs - x) / px) ** 2 + ((ys - y) / py) ** 2
        nearest = int(np.nanargmin(d2)) if np.isfinite(d2).any() else None
        return None if nearest is None or d2[nearest] > pixels ** 2 else int(indices[nearest])

    def set_theta(self, theta: np.ndarray) -> None:
        """Draw the fit the core computes for `theta` (for the exports, which draw one frame at a time)."""
        if self._scene is not None:
            self._theta = theta
            self.set_fit(fit_at(self._scene.problem, self._frame, theta, self.label))

    def set_fit(self, fit: Fit | None) -> None:
        """Draw what the core predicted (see lossplay.core.fit); None keeps the last fit."""
        if fit is None or self._scene is None:
            return
        if fit.curve is not None:
            self.fit.setData(*fit.curve)
            beyond = _curve_beyond(fit.curve[1], self._frame.rect) if self._scene.problem.dataset.regression else None
            if beyond != self._fit_beyond:
                self._fit_beyond = beyond
                self._say_shown()
        if fit.points is not None:
            actual, predicted, is_val = fit.points
            _, _, bottom, top = self._frame.rect
            placed = np.clip(np.nan_to_num(predicted, nan=top, posinf=top, neginf=bottom), bottom, top)
            self._points(actual, placed, None, is_val)
            beyond = placed != predicted
            self.beyond.setData(actual[beyond], placed[beyond],
                                symbol=np.where(placed[beyond] >= top, "t1", "t").tolist())
            if int(beyond.sum()) != self._beyond:
                self._beyond = int(beyond.sum())
                self._say_shown()
            lo, hi = float(fit.points[0].min()), float(fit.points[0].max())
            self.fit.setData([lo, hi], [lo, hi])
        self.boundary.setVisible(fit.boundary is not None)
        if fit.boundary is not None:
            self.boundary.setValue(fit.boundary)
        if fit.margins is not None and self._frame.grid_x is not None:
            if self.region_shapes is None:
                self.region_shapes = RegionShapes(self, PALETTE)
            shaded = fit.probabilities is not None
            self.region_shapes.show(self._frame.grid_x, self._frame.grid_y, fit.margins, filled=not shaded)
            if shaded:
                if self.shade is None:
                    self.shade = ConfidenceShade(self, PALETTE)
                self.shade.show(self._frame.grid_x, self._frame.grid_y, fit.probabilities, self._regions_rect,
                                self.shade_key)
            elif self.shade is not None:
                self.shade.hide()
        elif fit.regions is not None:
            self.regions.setImage(_REGION_RGBA[fit.regions % len(PALETTE)], autoLevels=False)
            self.regions.setRect(self._regions_rect)  # needs the image's size, so after it
            self.regions.setVisible(True)


FIT_BEYOND = {"above": "▲ the fitted line is above the chart", "below": "▼ the fitted line is below the chart",
              "gone": "the fitted line is not a number any more"}


def _curve_beyond(ys: np.ndarray, rect: tuple[float, float, float, float]) -> str | None:
    """Where a diverging regression's fitted curve went when none of it is in the frame
    (it vanished from the chart, leaving the samples alone): above, below or, all of it
    NaN, gone; None while some of it shows."""
    _, _, bottom, top = rect
    finite = ys[np.isfinite(ys)]
    if not len(finite):
        return "gone"
    if finite.min() > top:
        return "above"
    if finite.max() < bottom:
        return "below"
    return None


# A person's own data may have up to 10 classes (csvdata.MAX_CLASSES): five more colours
# after the theme's five, so that no two classes share one (the rest of Okabe–Ito, and
# two of Paul Tol's muted scheme).
PALETTE = CLASS_COLOURS + ["#D55E00", "#F0E442", "#000000", "#882255", "#44AA99"]


def _rgba(colour: str, alpha: int) -> tuple[int, int, int, int]:
    c = pg.mkColor(colour)
    return c.red(), c.green(), c.blue(), alpha


_REGION_RGBA = np.array([_rgba(c, 70) for c in PALETTE], dtype=np.ubyte)
_CLASS_BRUSHES = np.array([pg.mkBrush(c) for c in PALETTE], dtype=object)
_CLASS_PENS = np.array([pg.mkPen(c, width=1.6) for c in PALETTE], dtype=object)
