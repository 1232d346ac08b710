"""The loss landscape: colour map, isolines, the path, markers and teaching overlays."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem

from ..core.landscape import PRINCIPAL_LABELS
from ..i18n import on_retranslate, tr
from . import looks
from .colour_bar import make_colour_bar, show_colour_scale
from .hover import Hover
from .scene import Scene
from .style import legend_label, style_plot
from .theme import CURRENT, GROWS, MINIMUM, PATH, PULL, RACE_COLOURS, SHRINKS, START

MAX_PULLS = 6  # per-sample arrows drawn: the strongest; more only clutter the point
PULL_MIN_PX = 110  # a step shorter than this on screen is drawn this long, and says so
# A trajectory point this many frame widths away is off any sensible view: not drawn.
_FAR = 50.0


class LandscapeView(pg.PlotWidget):
    """The objective on the plane as a colour map with isolines, the path and the markers."""

    start_clicked = Signal(float, float)  # plane coordinates

    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Loss landscape", "The training loss over the weights; click to move the starting point there.")
        self.image = pg.ImageItem()
        self.image.setZValue(-10)
        self.addItem(self.image)
        self.colorbar = make_colour_bar(self, self.image)
        self.isolines = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 110), width=1), connect="finite")
        self.isolines.backdrop = True  # legends, notes and read-outs may cover them (see legend_place)
        self.path_shadow = pg.PlotDataItem(pen=pg.mkPen((0, 0, 0, 160), width=4.5))
        self.ghost = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 120), width=1.8, style=Qt.PenStyle.DashLine))
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
        for item in (self.isolines, self.constraint, self.ghost, self.path_shadow, self.path, self.start, self.minimum,
                     self.current, self.gradient_step, self.actual_step, self.gradient_head, self.actual_head):
            self.addItem(item)
        for item in (self.constraint, self.gradient_step, self.actual_step, self.ghost):
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
        # Where the weights went when they are beyond any landscape that can be drawn.
        self.escape_head = pg.ArrowItem(headLen=22, tipAngle=40, tailLen=26, tailWidth=7, brush=CURRENT,
                                        pen=pg.mkPen("w", width=1.5))
        self.escape_text = looks.follow(pg.TextItem("", fill=(255, 255, 255, 220), anchor=(0.5, 0.5)), "note")
        for item in (self.escape_head, self.escape_text):
            item.setZValue(20)
            item.setVisible(False)
            self.addItem(item)
        # The valley's axes through the minimum, each with its curvature and per-step factor.
        self.eigen_lines = [pg.PlotDataItem(pen=pg.mkPen(GROWS, width=2.5, style=Qt.PenStyle.DashLine))
                            for _ in range(2)]
        # On the theme's note fill, in the colour of what they say (set as they are shown).
        self.eigen_labels = [looks.follow(pg.TextItem("", color=GROWS, fill=(255, 255, 255, 225), anchor=(0.5, 1.1)),
                                          "box") for _ in range(2)]
        for item in self.eigen_lines + self.eigen_labels:
            item.setZValue(5)
            item.setVisible(False)
            self.addItem(item)
        # Their words in the new theme's green (red stays red) when the theme changes.
        looks.on_theme(lambda: [label.setColor(GROWS if getattr(label, "grows", True) else looks.current().good)
                                for label in self.eigen_labels], owner=self)
        # Which samples pull: the largest per-sample terms of the step, and the whole step.
        self.pull_lines = pg.PlotDataItem(pen=pg.mkPen(PULL, width=1.6), connect="pairs")
        self.pull_heads = [pg.ArrowItem(headLen=9, tipAngle=40, brush=PULL, pen=None) for _ in range(MAX_PULLS)]
        self.pull_total = looks.follow(pg.PlotDataItem(pen=pg.mkPen("#111", width=2.6)))
        self.pull_total_head = looks.follow(pg.ArrowItem(headLen=13, tipAngle=38, brush="#111", pen=None))
        self.pull_rest = looks.follow(pg.PlotDataItem(pen=pg.mkPen("#777", width=1.6, style=Qt.PenStyle.DashLine)),
                                      "muted")
        self.pull_note = looks.follow(pg.TextItem("", fill=(255, 255, 255, 210), anchor=(0.0, 1.0)), "note")
        for item in [self.pull_lines, self.pull_rest, self.pull_total, self.pull_total_head, self.pull_note] + \
                self.pull_heads:
            item.setZValue(6)
            item.setVisible(False)
            self.addItem(item)
        self._frame = QRectF()
        self.scene_shown: Scene | None = None
        self._axes_labels = ("w", "b")
        on_retranslate(self._label_axes)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.hover = Hover(self, corner=(1.0, 0.0))
        self._run_names: tuple[str | None, list[str]] = (None, [])

    def name_runs(self, own: str | None = None, racers: Sequence[str] = ()) -> None:
        """In a race, every run named in the legend: the own run's marker as `own`, each
        racer's as in `racers` ("Adam, η = 0.1"); with no racers, "current weights"."""
        self._run_names = (own, list(racers))
        for point in self.race_points:
            self.legend.removeItem(point)
        for sample, label in self.legend.items:
            if sample.item is self.current:
                label.setText(own if racers and own else tr("current weights"))
        for point, name in zip(self.race_points, racers):
            self.legend.addItem(point, name)

    def set_scene(self, scene: Scene) -> None:
        self.show_region(scene)
        known = scene.minimum_xy is not None
        self.minimum.setData(*(([scene.minimum_xy[0]], [scene.minimum_xy[1]]) if known else ([], [])))
        self.minimum.setVisible(known)
        self.legend.removeItem(self.minimum)
        self.legend.removeItem(self.current)
        if known:
            self.legend.addItem(self.minimum, tr("exact minimum"))
        self.legend.addItem(self.current, tr("current weights"))
        self.name_runs(*self._run_names)  # the racers' entries after the own run's, as before
        self._axes_labels = scene.plane.labels
        self._label_axes()
        self.set_path(np.atleast_2d(scene.start_xy))

    def show_region(self, scene: Scene) -> None:
        """The landscape of `scene` over its region of the same plane, markers and legend
        kept: what an animation that follows the weights changes between frames."""
        self.scene_shown = scene
        plane = scene.plane
        a, b = plane.alphas, plane.betas
        da, db = a[1] - a[0], b[1] - b[0]
        self.image.setImage(scene.image, autoLevels=False)
        show_colour_scale(self.colorbar, scene)
        self.image.setRect(QRectF(a[0] - da / 2, b[0] - db / 2, len(a) * da, len(b) * db))
        self.isolines.setData(scene.isolines[:, 0], scene.isolines[:, 1])
        self.start.setData([scene.start_xy[0]], [scene.start_xy[1]])
        if scene.minimum_xy is not None:
            self.minimum.setData([scene.minimum_xy[0]], [scene.minimum_xy[1]])
        self._frame = QRectF(a[0], b[0], a[-1] - a[0], b[-1] - b[0])
        self.getPlotItem().enableAutoRange(False)
        self.setRange(self._frame, padding=0.0)

    def _label_axes(self) -> None:
        for side, label in zip(("bottom", "left"), self._axes_labels):
            self.setLabel(side, tr(label) if label in PRINCIPAL_LABELS else label)
        # Entries added and removed as overlays come and go are relabelled here, in place.
        names = {self.minimum: "exact minimum", self.current: "current weights", self.constraint:
                 "regularization level set", self.gradient_step: "−η∇L (gradient step)",
                 self.actual_step: "actual step"}
        for sample, label in self.legend.items:
            if sample.item in names:
                label.setText(tr(names[sample.item]))

    def pixel_size(self) -> tuple[float, float]:
        """The size of one screen pixel in plane coordinates."""
        px, py = self.getPlotItem().getViewBox().viewPixelSize()
        return abs(px), abs(py)

    def set_start(self, xy: np.ndarray) -> None:
        """The starting point of the run, in plane coordinates."""
        self.start.setData([xy[0]], [xy[1]])

    def set_race_path(self, racer: int, xy: np.ndarray | None) -> None:
        """The path of a pinned racer (0-based among the pinned), or None to hide it."""
        path, point = self.race_paths[racer], self.race_points[racer]
        if xy is None and path.xData is None:
            return
        xy = self._drawable(xy) if xy is not None else np.empty((0, 2))
        path.setData(xy[:, 0], xy[:, 1])
        _place(point, xy[-1] if len(xy) else None)

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
            _place(self.current, xy[-1])

    def set_ghost(self, xy: np.ndarray | None) -> None:
        """The tail a branch left behind, faint; None hides it."""
        if xy is None:
            if self.ghost.xData is not None and len(self.ghost.xData):
                self.ghost.setData([], [])
            return
        xy = self._drawable(xy)
        self.ghost.setData(xy[:, 0], xy[:, 1])

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

    def show_escape(self, xy: np.ndarray | None, text: str = "") -> None:
        """An arrow at the edge of the landscape pointing towards `xy` (outside it), with
        `text` beside it; None hides it."""
        visible = xy is not None
        if not visible and not self.escape_head.isVisible():
            return
        self.escape_head.setVisible(visible)
        self.escape_text.setVisible(visible)
        if not visible:
            return
        frame = self._frame
        center = np.array([frame.center().x(), frame.center().y()])
        half = np.array([frame.width(), frame.height()]) / 2.0
        direction = (np.asarray(xy, float) - center) / half  # in frame half-widths
        tip = center + 0.92 * half * direction / np.abs(direction).max()
        vb = self.getPlotItem().getViewBox()
        a, b = vb.mapViewToScene(QPointF(*center)), vb.mapViewToScene(QPointF(*tip))
        self.escape_head.setStyle(angle=180.0 - np.degrees(np.arctan2(b.y() - a.y(), b.x() - a.x())) + 180.0)
        self.escape_head.setPos(*tip)
        self.escape_text.setText(text)
        self.escape_text.setPos(*(center + 0.7 * half * direction / np.abs(direction).max()))

    def show_eigen(self, directions: list[tuple[np.ndarray, np.ndarray, str, bool]] | None) -> None:
        """Lines through `center` along `direction` (plane coordinates) across the frame,
        each labelled: red where the distance grows each step, white where it shrinks."""
        directions = directions or []
        for i, (line, label) in enumerate(zip(self.eigen_lines, self.eigen_labels)):
            shown = i < len(directions)
            line.setVisible(shown)
            label.setVisible(shown)
            if not shown:
                continue
            center, direction, text, grows = directions[i]
            span = _inside(self._frame, center, direction)
            if span is None:
                line.setVisible(False)
                label.setVisible(False)
                continue
            ends = np.array([center + t * direction for t in span])
            colour = GROWS if grows else SHRINKS
            line.setPen(pg.mkPen(colour, width=2.5, style=Qt.PenStyle.DashLine))
            line.setData(ends[:, 0], ends[:, 1])
            label.grows = grows
            label.setColor(GROWS if grows else looks.current().good)
            label.setText(text)
            # On the half of the line to the right, ending at the line: inside the plot.
            t = span[1] if direction[0] >= 0 else span[0]
            label.setAnchor((1.0, 1.15))
            label.setPos(*(center + 0.9 * t * direction))  # near the frame's edge, clear of the legend
            self._keep_inside(label)

    def _keep_inside(self, label: pg.TextItem) -> None:
        """Move `label` back into the plot by as much as it sticks out of it."""
        vb = self.getPlotItem().getViewBox()
        box = label.mapRectToItem(vb, label.boundingRect())
        inside = vb.rect()
        dx = max(inside.left() + 2 - box.left(), 0.0) - max(box.right() - inside.right() + 2, 0.0)
        dy = max(inside.top() + 2 - box.top(), 0.0) - max(box.bottom() - inside.bottom() + 2, 0.0)
        if dx or dy:
            px, py = self.pixel_size()
            label.setPos(label.pos().x() + dx * px, label.pos().y() - dy * py)

    def show_pulls(self, origin: np.ndarray | None, terms: list[np.ndarray] = (), rest: np.ndarray | None = None,
                   total: np.ndarray | None = None) -> None:
        """From `origin`, the strongest samples' terms of the step laid end to end, then
        the rest, arriving where the whole step (`total`, drawn from the origin) does.
        A step too short to see is drawn longer, and says how much; None hides it all."""
        items = [self.pull_lines, self.pull_rest, self.pull_total, self.pull_total_head, self.pull_note] + self.pull_heads
        if origin is None:
            for item in items:
                item.setVisible(False)
            return
        px, py = self.pixel_size()
        length_px = float(np.hypot(total[0] / px, total[1] / py)) if px > 0 and py > 0 else 0.0
        scale = PULL_MIN_PX / length_px if 0 < length_px < PULL_MIN_PX else 1.0
        chain = origin + scale * np.cumsum([np.zeros(2)] + list(terms) + [rest], axis=0)
        k = len(terms)
        pairs = np.empty((2 * k, 2))
        pairs[0::2], pairs[1::2] = chain[:k], chain[1:k + 1]  # each sample's term, end to end
        self.pull_lines.setData(pairs[:, 0], pairs[:, 1])
        self.pull_rest.setData(chain[-2:, 0], chain[-2:, 1])
        tip = origin + scale * total
        self.pull_total.setData([origin[0], tip[0]], [origin[1], tip[1]])
        for head, start, end in [(self.pull_total_head, origin, tip)] + list(zip(self.pull_heads, chain[:-2], chain[1:-1])):
            self._point_head(head, start, end)
        for item in items:
            item.setVisible(True)
        for head in self.pull_heads[len(terms):]:
            head.setVisible(False)
        self.pull_note.setVisible(scale > 1.0)
        self.pull_note.setText(tr("step drawn {factor} times longer").format(factor=f"{scale:.3g}"))
        self.pull_note.setAnchor((1.0, 1.0) if tip[0] > self._frame.center().x() else (0.0, 1.0))  # inside the plot
        self.pull_note.setPos(*tip)

    def _point_head(self, head: pg.ArrowItem, origin: np.ndarray, tip: np.ndarray) -> None:
        vb = self.getPlotItem().getViewBox()
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

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point: QPointF = view.mapSceneToView(event.scenePos())
        self.start_clicked.emit(point.x(), point.y())


def _inside(frame: QRectF, center: np.ndarray, direction: np.ndarray) -> tuple[float, float] | None:
    """The range of t for which center + t·direction lies inside `frame`, or None."""
    lo, hi = -np.inf, np.inf
    for c, d, a, b in ((center[0], direction[0], frame.left(), frame.right()),
                       (center[1], direction[1], frame.top(), frame.bottom())):
        if abs(d) < 1e-300:
            if not a <= c <= b:
                return None
            continue
        t0, t1 = sorted(((a - c) / d, (b - c) / d))
        lo, hi = max(lo, t0), min(hi, t1)
    return (lo, hi) if lo < hi and np.isfinite(lo) and np.isfinite(hi) else None


def _place(marker: pg.ScatterPlotItem, xy: np.ndarray | None) -> None:
    """Move a one-point marker: its point sits at the item's origin and the item moves,
    which costs far less each frame than giving it new data."""
    if xy is None:
        marker.setVisible(False)
        return
    if marker.data.size != 1:
        marker.setData([0.0], [0.0])
    marker.setPos(float(xy[0]), float(xy[1]))
    marker.setVisible(True)
