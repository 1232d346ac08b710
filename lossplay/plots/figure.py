"""One figure of a run, built off screen for an export: a fresh view of the asked size
with the run (and the racers beside it) drawn, an optional caption under it and its
legends placed where they cover the least."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from . import looks
from .caption import add_caption, run_label
from .label_figure import make_label_figure
from .legend_place import LegendKeeper, place_in_corners
from .scene import Scene
from .views import DataView, LandscapeView, LossChart


def make_figure(name: str, scene: Scene, history, width: int, height: int, caption: str | None = None,
                racers: Sequence[tuple[str, object]] = (), own: str | None = None) -> QWidget:
    """A fresh, off-screen view showing `scene` and the run in `history` (any object
    with steps, thetas, losses and val_losses), with `caption` under it, and the runs
    `racers` ((label, history) pairs) beside it, each named in the legend (the own run
    as `own`, by default as its scene's scenario says). The data of
    multi-label data: a view per label, side by side (see .label_figure)."""
    if name == "data" and scene.problem.dataset.n_labels:
        return make_label_figure(scene, history, width, height, caption)
    from .teaching import MarginView

    view = {"landscape": LandscapeView, "loss": LossChart, "data": DataView, "margins": MarginView}[name]()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    looks.use_normal_font(view)
    view.resize(width, height)
    if name == "loss":
        view.start(int(history.steps[-1]) if len(history.steps) else 1)
        view.set_log(wants_log([history] + [h for _, h in racers]))
    else:
        view.set_scene(scene)
    looks.themed(view)  # the theme the person chose, at the normal sizes
    draw_runs(view, scene, history, racers, own=own)
    view.show()
    QApplication.processEvents()
    place_legends(view)
    if caption:
        add_caption(view, caption)  # after the legend: under a legend put below the plot
    QApplication.processEvents()
    return view


def wants_log(histories) -> bool:
    """A loss chart on a log axis when its losses span more than a factor of 1000 or
    one of them is not finite (a diverged run)."""
    losses = np.concatenate([np.asarray(h.losses, float) for h in histories])
    if not np.isfinite(losses).all():
        return True
    return bool(len(losses) and losses.max() > 1e3 * max(losses.min(), 1e-300))


def name_runs(view: QWidget, scene: Scene, racers: Sequence[tuple[str, object]], own: str | None = None) -> None:
    """In a race, every run by its optimizer and learning rate in the legend: the own
    run as `own` says (a window's run may have a new rate since its scene was made), by
    default as its scene's scenario."""
    if not racers:
        return
    s = scene.scenario
    own = own or run_label(s.optimizer, s.lr, s.batch_size)
    if isinstance(view, LandscapeView):
        legend, own_item, items = view.legend, view.current, view.race_points
    elif isinstance(view, LossChart):
        legend, own_item, items = view.getPlotItem().legend, view.train, view.race_trend
    else:
        return
    for sample, label in legend.items:
        if sample.item is own_item:
            label.setText(own)
    if isinstance(view, LossChart):
        legend.removeItem(view.val)
    for item, (label, _) in zip(items, racers):
        legend.removeItem(item)
        legend.addItem(item, label)


def draw_runs(view: QWidget, scene: Scene, history, racers: Sequence[tuple[str, object]] = (),
              rows: int | None = None, own: str | None = None) -> None:
    """The first `rows` rows (all by default) of the run and of each racer."""
    rows = len(history.steps) if rows is None else rows
    if isinstance(view, LossChart):
        view.set_history(history.steps[:rows], history.losses[:rows], history.val_losses[:rows])
        if racers:  # a race compares training losses; the validation curve would be one line too many
            view.val.setVisible(False)
        for i, (_, h) in enumerate(racers):
            view.set_race_curve(i, h.steps[:rows], h.losses[:rows])
    elif isinstance(view, LandscapeView):
        view.set_path(scene.plane.project(history.thetas[:rows]))
        for i, (_, h) in enumerate(racers):
            view.set_race_path(i, scene.plane.project(h.thetas[:rows]))
    else:
        finite = np.nonzero(np.isfinite(history.thetas[:rows]).all(axis=1))[0]
        if len(finite):
            view.set_theta(history.thetas[finite[-1]])
    if rows == len(history.steps):
        name_runs(view, scene, racers, own)


def corner_items(view: QWidget) -> list:
    """What `view` keeps in its corners: its legend first, then its notes."""
    from .slice_view import SliceView
    from .teaching import MarginView

    if isinstance(view, LandscapeView):
        return [view.legend]
    if isinstance(view, LossChart):
        return [view.getPlotItem().legend]
    if isinstance(view, MarginView):
        return [view.getPlotItem().legend, view.note]
    if isinstance(view, DataView):
        return [view.shown_note]
    if isinstance(view, SliceView):
        return [view.verdict]
    return []


def place_legends(view: QWidget) -> None:
    """Each legend and note of a figure where it covers none of the drawing nor one
    another (see legend_place.place_in_corners)."""
    items = corner_items(view)
    if items:
        place_in_corners(view, items)


def keep_legends(view: QWidget) -> LegendKeeper | None:
    """A window's view keeps its legend and notes off what it draws as the run goes on
    (see LegendKeeper); the read-out under the pointer keeps off them."""
    items = corner_items(view)
    if not items:
        return None
    legend = items[0] if isinstance(items[0], pg.LegendItem) else None
    return LegendKeeper(view, legend, notes=[i for i in items if i is not legend])


def render_image(widget: QWidget, scale: float = 1.0) -> QImage:
    size = widget.size()
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


