"""The presenter: from the state and the histories to `setData` on the views, at most
once a frame. It computes nothing the core does not: it projects, decimates and passes
arrays along."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget

from ..core.eigen_directions import eigen_directions_on
from ..core.fit import data_frame, sample_margins
from ..core.schedules import parse_schedule
from ..core.step_slice import step_slice
from ..core.landscape import widened_plane
from ..i18n import on_retranslate, tr
from ..plots.scene import constraint_line
from ..plots.views import DataView, LandscapeView, LossChart
from ..plots.slice_view import SliceView
from ..plots.surface_view import SurfaceView
from ..plots.teaching import EquationsView, MarginView
from .optimizer_panel import OptimizerPanel
from .pull_overlay import pull_overlay
from .run_controller import RunController
from .state import ENDED, WindowState
from .timeline import Timeline
from .status_line import StatusLine

MAX_DRAWN_POINTS = 4000  # of a path: more than any view is wide
MAX_WIDENING = 1e6  # the landscape follows the weights up to this many times its first size
# A little under a 60 Hz screen's frame, so that a frame is ready for every refresh even
# when Qt's timers fire a millisecond late.
FRAME_MS = 15


def decimated(n: int) -> np.ndarray:
    """Row indices to draw of `n` rows: all of them, or evenly spread ones and the last."""
    if n <= MAX_DRAWN_POINTS:
        return np.arange(n)
    return np.arange(MAX_DRAWN_POINTS) * (n - 1) // (MAX_DRAWN_POINTS - 1)


def thinned(xy: np.ndarray, pixel: tuple[float, float]) -> np.ndarray:
    """The points of a path that fall in another pixel than the point before them, and
    the last: what the screen can show of it. A converged path ends in hundreds of
    steps inside one pixel, which cost as much to stroke as the rest of the path."""
    px, py = pixel
    if len(xy) < 3 or not (px > 0 and py > 0):
        return xy
    with np.errstate(invalid="ignore", over="ignore"):
        cells = np.floor(xy / (px, py))
    keep = np.ones(len(xy), bool)
    keep[1:] = np.any(cells[1:] != cells[:-1], axis=1)
    keep[-1] = True
    return xy[keep]


def _axis_label(d) -> str:
    values = {"eigenvalue": f"{d.eigenvalue:.3g}", "factor": None if d.factor is None else f"{d.factor:.3g}"}
    if d.factor is None:
        return tr("λ = {eigenvalue}").format(**values)
    template = ("λ = {eigenvalue} · ×{factor} per step: grows" if d.factor > 1 else
                "λ = {eigenvalue} · ×{factor} per step: shrinks")
    return tr(template).format(**values)


class Presenter(QObject):
    def __init__(self, state: WindowState, controller: RunController, landscape: LandscapeView,
                 loss_chart: LossChart, data_view: DataView, margin_view: MarginView, equations: EquationsView,
                 slice_view: SliceView, surface_view: SurfaceView,
                 tabs: tuple[QTabWidget, ...], optimizer_panel: OptimizerPanel, status_line: StatusLine,
                 arrows: QAction, constraint: QAction, curvature: QAction, pull: QAction,
                 timeline: Timeline) -> None:
        super().__init__(controller)
        self.state, self.controller = state, controller
        self.landscape, self.loss_chart, self.data_view = landscape, loss_chart, data_view
        self.margin_view, self.equations, self.tab_groups = margin_view, equations, tabs
        self.slice_view, self.surface_view = slice_view, surface_view
        self.optimizer_panel, self.status_line = optimizer_panel, status_line
        self.arrows, self.constraint, self.curvature, self.pull = arrows, constraint, curvature, pull
        self.timeline = timeline
        self._eigen_key, self._eigen = None, []
        self._frame = None
        self._last_draw = 0.0
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.draw)
        controller.landscape_changed.connect(self._on_landscape)
        controller.scene_changed.connect(self._on_scene)
        controller.scene_widened.connect(self._on_widened)
        controller.run_started.connect(self._on_run_started)
        controller.steps_added.connect(self.request_draw)
        for group in tabs:
            group.currentChanged.connect(self.draw)
        for action in (arrows, constraint, curvature, pull):
            action.toggled.connect(self.draw)
        on_retranslate(self.draw, owner=self)
        state.observe(lambda change: self.draw() if ("status" in change.fields and state.status in ENDED)
                      or "replay_row" in change.fields else None)

    def _on_landscape(self) -> None:
        self.landscape.set_scene(self.controller.scene)
        self.surface_view.set_scene(self.controller.scene)

    def _on_scene(self) -> None:
        scene = self.controller.scene
        self._frame = data_frame(scene.problem)
        self.data_view.set_scene(scene, self._frame)
        self.margin_view.set_scene(scene)
        self.equations.set_scene(scene)

    def _on_widened(self) -> None:
        c = self.controller
        self.landscape.set_scene(c.scene)
        self.surface_view.set_scene(c.scene)
        self.landscape.set_start(c.scene.plane.project(c.problem.start)[0])
        self.draw()

    def _on_run_started(self) -> None:
        s = self.state.scenario
        self.loss_chart.start(s.steps)
        schedule = parse_schedule(s.schedule)
        if schedule.is_constant:
            self.loss_chart.set_rates(None, None)
        else:  # the whole plan, one point per few steps: the chart is a few hundred pixels wide
            steps = np.unique(np.linspace(0, s.steps, min(s.steps + 1, 2000)).astype(int))
            self.loss_chart.set_rates(steps, schedule.rates(s.lr, steps))
        c = self.controller
        self.landscape.set_start(c.scene.plane.project(c.problem.start)[0])
        self.draw()

    def request_draw(self) -> None:
        """Draw now, unless a frame was drawn less than a frame ago: then once it is due."""
        wait_ms = int(FRAME_MS - 1e3 * (time.perf_counter() - self._last_draw))
        if wait_ms <= 0:
            self.draw()
        elif not self._timer.isActive():
            self._timer.start(wait_ms)

    def draw(self) -> None:
        self._last_draw = time.perf_counter()
        self._timer.stop()
        c = self.controller
        live, scene = c.history, c.scene
        if live is None or len(live) == 0 or scene is None:
            self.status_line.refresh()
            return
        h = self.shown_history(live)
        n = len(h)
        plane = scene.plane
        pixel = self.landscape.pixel_size()
        path = plane.project(h.thetas[decimated(n)])
        self.landscape.set_path(thinned(path, pixel))
        self.loss_chart.set_history(live.steps, live.losses, live.val_losses)
        self.loss_chart.set_cursor(None if h is live else float(h.steps[-1]))
        ghost = c.ghost
        self.landscape.set_ghost(None if ghost is None else
                                 plane.project(ghost["thetas"][decimated(len(ghost["thetas"]))]))
        self.loss_chart.set_ghost(*((None, None) if ghost is None else (ghost["steps"], ghost["losses"])))
        self.timeline.show_run(len(live), n - 1)
        # Only a diverged run's last row can be non-finite (the run stops there).
        last = n - 1 if np.isfinite(h.thetas[-1]).all() or n == 1 else n - 2
        theta = h.thetas[last]
        self._follow(plane.project(theta)[0], path)
        shown = {group.currentWidget() for group in self.tab_groups}  # the hidden tabs catch up when shown
        if self.data_view in shown:
            self.data_view.set_theta(theta)  # the label of multi-label data the view shows
        if self.margin_view in shown:
            self.margin_view.set_margins(sample_margins(c.problem, theta))
        if self.surface_view in shown:
            self.surface_view.set_path(path)
        if self.slice_view in shown:
            self.slice_view.set_slice(step_slice(c.problem.objective, h.thetas[last - 1], theta) if last >= 1 else None)
        if self.equations in shown and n >= 1:
            self.equations.set_history(h, h.optimizer_at(n - 2) if n > 1 else h.optimizer_at(0),
                                       c.problem.batch_size() is not None)
        arrows = None
        if self.arrows.isChecked() and n >= 2 and np.isfinite(h.thetas[-1]).all() and h.recent_grads is not None:
            before = h.thetas[-2]
            gradient_tip = before - h.lrs[-2] * h.recent_grads[-2]
            arrows = tuple(plane.project(p)[0] for p in (before, gradient_tip, h.thetas[-1]))
        self.landscape.show_arrows(arrows)
        self.landscape.show_constraint(constraint_line(scene, theta) if self.constraint.isChecked() else None)
        self.landscape.show_eigen(self._valley_axes() if self.curvature.isChecked() else None)
        self._show_pulls(theta, float(h.lrs[last]) if np.isfinite(h.lrs[last]) else self.state.scenario.lr)
        self._draw_race()
        self.status_line.refresh()

    def shown_history(self, live):
        """The run as far as the timeline shows it: all of it, or up to an earlier row."""
        row = self.state.replay_row
        if row is None or row >= len(live) - 1:
            return live
        objective = self.controller.problem.objective
        with np.errstate(over="ignore", invalid="ignore"):
            return live.prefix(row + 1, gradient_at=lambda theta: objective.value_and_grad(theta)[1])

    def _show_pulls(self, theta: np.ndarray, lr: float) -> None:
        overlay = pull_overlay(self.controller.problem, self.controller.scene.plane, theta, lr) \
            if self.pull.isChecked() else None
        if overlay is None:
            self.landscape.show_pulls(None)
            self.data_view.show_pulls(None)
            return
        self.landscape.show_pulls(overlay.origin, overlay.terms, overlay.rest, overlay.total)
        self.data_view.show_pulls(overlay.samples, overlay.sizes)

    def _valley_axes(self) -> list:
        """The eigen-directions through the minimum, labelled with λ and the per-step factor
        at the rate and rule in force; recomputed only when one of those changes."""
        c, s = self.controller, self.state.scenario
        h = c.history
        lr, optimizer = float(h.lrs[-1]) if len(h) > 1 else s.lr, h.optimizer_at(len(h) - 1)
        key = (id(c.scene), id(c.problem), lr, optimizer)
        if key != self._eigen_key and c.scene.minimum_xy is not None:
            self._eigen_key = key
            self._eigen = [(c.scene.minimum_xy, d.direction, _axis_label(d), d.factor is not None and d.factor > 1)
                           for d in eigen_directions_on(c.problem, c.scene.plane, lr, optimizer)]
        return self._eigen if c.scene.minimum_xy is not None else []

    def _follow(self, xy: np.ndarray, path: np.ndarray) -> None:
        """Keep the weights in sight: widen the landscape when they leave it, or, where it
        cannot widen that far, point to where they went and say how far."""
        c = self.controller
        plane = c.scene.plane
        inside = plane.alphas[0] <= xy[0] <= plane.alphas[-1] and plane.betas[0] <= xy[1] <= plane.betas[-1]
        if self.state.replay_row is not None and inside and np.isfinite(path).all():
            self._narrow(path)  # looking back at steps far smaller than the landscape grew to
        if inside or not np.isfinite(xy).all():
            self.landscape.show_escape(None)
            return
        points = np.vstack([path, c.scene.minimum_xy[None]]) if c.scene.minimum_xy is not None else path
        wider = widened_plane(plane, points)
        base = c.base_plane
        span = max(wider.alphas[-1] - wider.alphas[0], wider.betas[-1] - wider.betas[0])
        base_span = max(base.alphas[-1] - base.alphas[0], base.betas[-1] - base.betas[0])
        if span <= MAX_WIDENING * base_span:
            c.reframe(wider)
            return
        anchor = c.scene.minimum_xy if c.scene.minimum_xy is not None else plane.project(c.problem.start)[0]
        self.landscape.show_escape(xy, tr("the weights are {distance} away").format(
            distance=f"{float(np.hypot(*(xy - anchor))):.3g}"))

    def _narrow(self, path: np.ndarray) -> None:
        c = self.controller
        points = np.vstack([path, c.scene.minimum_xy[None]]) if c.scene.minimum_xy is not None else path
        fitting = widened_plane(c.base_plane, points)
        plane = c.scene.plane
        span = lambda p: max(p.alphas[-1] - p.alphas[0], p.betas[-1] - p.betas[0])  # noqa: E731
        if span(plane) > 3.0 * span(fitting):
            c.reframe(fitting)

    def _draw_race(self) -> None:
        c = self.controller
        racers = c.histories[1:]
        rows = self.optimizer_panel.racer_status
        for i in range(len(self.landscape.race_paths)):
            racer = racers[i] if i < len(racers) else None
            if racer is None or len(racer) == 0:
                self.landscape.set_race_path(i, None)
                self.loss_chart.set_race_curve(i, None, None)
                continue
            xy = c.scene.plane.project(racer.thetas[decimated(len(racer))])
            self.landscape.set_race_path(i, thinned(xy, self.landscape.pixel_size()))
            self.loss_chart.set_race_curve(i, racer.steps, racer.losses)
            if i < len(rows):
                status = c.racer_status(i + 1)
                words = (tr("diverged at step {step}").format(step=racer.diverged_at_step) if status == "diverged"
                         else tr("converged at step {step}").format(step=int(racer.steps[-1]))
                         if status == "converged" else tr("step {step}").format(step=int(racer.steps[-1])))
                rows[i].setText(f"{words} · " + tr("loss {loss}").format(loss=f"{racer.losses[-1]:.4g}"))
