"""The main window: panels on the left, the landscape as the largest view, the loss chart
and the data on the right, transport controls in the toolbar and a status line."""
from __future__ import annotations

import html
import time

import numpy as np
from PySide6.QtCore import QSettings, QSize, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
)

from ..core import Scenario
from ..core.messages import translated
from ..core.stability import critical_lr
from ..i18n import LANGUAGES, bind, language, on_retranslate, set_language, tr
from ..labels import DATA_LABELS, LOSS_LABELS, MODEL_LABELS, OPTIMIZER_LABELS
from ..plots.scene import Scene, constraint_line
from ..plots.teaching import EquationsView, MarginView
from ..plots.views import DataView, LandscapeView, LossChart
from .file_actions import FileActions
from .history_buffer import HistoryBuffer
from .lesson_panel import LessonPanel
from .panels import ControlPanel
from .resources import app_icon
from .workers import SceneWorker, TrainingWorker

READY, RUNNING, PAUSED, CONVERGED, FINISHED, DIVERGED, COMPUTING = (
    "ready", "running", "paused", "converged", "finished", "diverged", "computing")
_MAX_DRAWN_POINTS = 4000


class MainWindow(QMainWindow):
    # Requests to the workers' threads (queued across threads).
    _load = Signal(int, object, object)
    _play = Signal()
    _pause = Signal()
    _step = Signal()
    _set_lr = Signal(float)
    _set_optimizer = Signal(str)
    _set_speed = Signal(float)
    _shutdown = Signal()
    _frame_shown = Signal()
    _build = Signal(int, object, object, object)

    state_changed = Signal(str)

    def __init__(self, scenario: Scenario | None = None) -> None:
        super().__init__()
        self.setWindowIcon(app_icon())
        self.scene_data: Scene | None = None
        self.history: HistoryBuffer | None = None  # the first racer's: the panel's settings
        self.histories: list[HistoryBuffer] = []
        self.state = COMPUTING
        self._generation = 0
        self._run_id = 0
        self._start: tuple[float, ...] | None = scenario.start if scenario else None
        self._lr_note: tuple[str, dict] | None = None
        self._rng = np.random.default_rng(scenario.seed if scenario else 0)

        self.panel = ControlPanel()
        if scenario is not None:
            self.panel.set_scenario(scenario)
        self.landscape = LandscapeView()
        self.loss_chart = LossChart()
        self.data_view = DataView()
        self.margin_view = MarginView()
        self.equations = EquationsView()
        self._build_layout()
        self._build_actions()
        self._start_workers()
        self._connect_panel()

        # Typing in the panel fires many small changes; rebuild once they settle.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=150)
        self._rebuild_timer.timeout.connect(self._request_scene)
        self._keep_frame = False
        self._axes: tuple[int, int] | None = None
        # Chunks are appended as they come; the views are redrawn at most once a frame.
        self._draw_timer = QTimer(self, singleShot=True, interval=15)
        self._draw_timer.timeout.connect(self._draw)
        self._last_draw = 0.0
        on_retranslate(self._retranslate)
        self._request_scene()

    # --- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.panel.sizeHint().width() + 24)
        scroll.setMaximumWidth(self.panel.sizeHint().width() + 60)
        self.tabs = QTabWidget()
        bind(self.tabs.setAccessibleName, "Views")
        for i, (view, title, tip) in enumerate([
                (self.data_view, "Data", "The samples and what the current weights predict"),
                (self.margin_view, "Margins", "Margin losses with the training samples on them (binary classification)"),
                (self.equations, "Equations", "The loss, its gradient and the last update with its numbers")]):
            self.tabs.addTab(view, "")
            bind(lambda t, i=i: self.tabs.setTabText(i, t), title)
            bind(lambda t, i=i: self.tabs.setTabToolTip(i, t), tip)
        self.tabs.currentChanged.connect(lambda: self._draw())
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.loss_chart)
        side.addWidget(self.tabs)
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.landscape)
        views.addWidget(side)
        views.setStretchFactor(0, 3)
        views.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(views)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)
        self.status_label = QLabel()
        bind(self.status_label.setAccessibleName, "Status")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addWidget(self.status_label, 1)
        self.resize(1280, 800)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, tip: str, slot) -> QAction:
        action = QAction(self)
        bind(action.setText, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = f" ({QKeySequence(shortcut).toString()})" if shortcut else ""
        bind(lambda t: action.setToolTip(t + keys), tip)
        bind(action.setStatusTip, tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menu(self, title: str) -> QMenu:
        menu = self.menuBar().addMenu("")
        bind(menu.setTitle, title)
        return menu

    def _build_actions(self) -> None:
        self.play_action = self._action("Play", "Space", "Start or pause the run", self.toggle_play)
        self.step_action = self._action("Step", "Right", "Make one update", self.step_once)
        self.reset_action = self._action("Reset", "R", "Go back to the starting point", self.reset)
        self.random_action = self._action("Random start", "Shift+R", "Start from a random point on the landscape",
                                          self.random_start)
        self.log_action = self._action("Log scale", "L", "Show the loss chart on a logarithmic axis",
                                       lambda on: self.loss_chart.set_log(on))
        self.log_action.setCheckable(True)
        self.arrows_action = self._action("Arrows", "G", "Show the gradient step and the actual step of the last update",
                                          lambda: self._draw())
        self.arrows_action.setCheckable(True)
        self.constraint_action = self._action("Constraint", "C", "Show the level set of the L1 or L2 penalty "
                                              "through the current weights", lambda: self._draw())
        self.constraint_action.setCheckable(True)

        toolbar = QToolBar("Transport")
        toolbar.setObjectName("transport")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.play_action, self.step_action, self.reset_action, self.random_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.log_action)
        toolbar.addAction(self.arrows_action)
        toolbar.addAction(self.constraint_action)
        toolbar.addSeparator()
        self.plane_box = QComboBox()
        bind(self.plane_box.setAccessibleName, "Landscape plane")
        bind(self.plane_box.setToolTip, "The plane of the landscape for models with more than two parameters.")
        self.plane_box.setMinimumContentsLength(22)
        self.plane_box.activated.connect(self._on_plane)
        plane_label = QLabel()
        bind(lambda t: plane_label.setText(f" {t} "), "Plane")
        toolbar.addWidget(plane_label)
        toolbar.addWidget(self.plane_box)
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text())
                on_retranslate(lambda w=widget, a=action: w.setAccessibleName(a.text()))
        self.addToolBar(toolbar)

        self.files = FileActions(self)
        run_menu = self._menu("&Run")
        for action in (self.play_action, self.step_action, self.reset_action, self.random_action):
            run_menu.addAction(action)
        self.lesson_panel = LessonPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lesson_panel)
        view_menu = self._menu("&View")
        view_menu.addAction(self.log_action)
        view_menu.addAction(self.arrows_action)
        view_menu.addAction(self.constraint_action)
        language_menu = view_menu.addMenu("")
        bind(language_menu.setTitle, "Language")
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)  # each language is named in itself
            action.setCheckable(True)
            action.setChecked(code == language())
            action.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        view_menu.addAction(self.lesson_panel.toggleViewAction())
        help_menu = self._menu("&Help")
        help_menu.addAction(self._action("About lossplay", None, "What lossplay is", self._about))

    def _about(self) -> None:
        QMessageBox.about(self, tr("About lossplay"),
                          "<b>lossplay</b><br>" + tr("A playground for loss functions and gradient descent.") +
                          "<br><br>" + tr("Space: play / pause · →: one step · R: reset · click the landscape: new start."))

    # --- workers --------------------------------------------------------------------------------

    def _start_workers(self) -> None:
        self._train_thread = QThread(self)
        self._train_thread.setObjectName("lossplay-training")
        self.trainer = TrainingWorker()
        self.trainer.moveToThread(self._train_thread)
        self._load.connect(self.trainer.load)
        self._play.connect(self.trainer.play)
        self._pause.connect(self.trainer.pause)
        self._step.connect(self.trainer.step_once)
        self._set_lr.connect(self.trainer.set_lr)
        self._set_optimizer.connect(self.trainer.set_optimizer)
        self._set_speed.connect(self.trainer.set_speed)
        self._shutdown.connect(self.trainer.shutdown, Qt.ConnectionType.BlockingQueuedConnection)
        self._frame_shown.connect(self.trainer.frame_shown)
        # Once this paint pass is over (the other views paint in it too), not during it.
        self.landscape.painted.connect(lambda: QTimer.singleShot(0, self._frame_shown.emit))
        self.trainer.steps_ready.connect(self._on_steps)
        self.trainer.stopped.connect(self._on_stopped)
        self._train_thread.start()

        self._scene_thread = QThread(self)
        self._scene_thread.setObjectName("lossplay-landscape")
        self.scene_worker = SceneWorker()
        self.scene_worker.moveToThread(self._scene_thread)
        self._build.connect(self.scene_worker.build)
        self.scene_worker.ready.connect(self._on_scene)
        self.scene_worker.failed.connect(self._on_scene_failed)
        self._scene_thread.start()
        self._set_speed.emit(self.panel.speed.currentData())

    def closeEvent(self, event) -> None:
        self._rebuild_timer.stop()
        self._shutdown.emit()  # blocks until the worker has stopped its timer
        for thread in (self._train_thread, self._scene_thread):
            thread.quit()
            thread.wait()
        super().closeEvent(event)

    # --- panel ------------------------------------------------------------------------------------

    def _connect_panel(self) -> None:
        self.panel.data_changed.connect(lambda: self._schedule_rebuild(keep_frame=False))
        self.panel.model_changed.connect(lambda: self._schedule_rebuild(keep_frame=False))
        self.panel.run_changed.connect(lambda: self._schedule_rebuild(keep_frame=True))
        self.panel.lr_changed.connect(self._on_lr)
        self.panel.optimizer_changed.connect(self._on_optimizer)
        self.panel.speed_changed.connect(self._set_speed.emit)
        self.panel.race_changed.connect(self._reload_run)
        self.landscape.start_clicked.connect(self._on_start_clicked)

    def _schedule_rebuild(self, keep_frame: bool) -> None:
        if not keep_frame:
            self._start = None
            self._axes = None
        self._keep_frame = keep_frame and self.scene_data is not None
        self.pause()
        self._set_state(COMPUTING)
        self._rebuild_timer.start()

    def _request_scene(self) -> None:
        self._generation += 1
        frame = self.scene_data.plane if self._keep_frame and self.scene_data else None
        self._build.emit(self._generation, self.panel.scenario(self._start), frame, self._axes)
        self._set_state(COMPUTING)

    def _on_scene(self, generation: int, scene: Scene) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.scene_data = scene
        self.landscape.set_scene(scene)
        self.data_view.set_scene(scene)
        self.margin_view.set_scene(scene)
        self.equations.set_scene(scene)
        self._fill_planes(scene)
        self._update_critical()
        self._update_title()
        self._reload_run()

    def _fill_planes(self, scene: Scene) -> None:
        names = scene.problem.param_names
        self.plane_box.clear()
        if len(names) == 2:
            self.plane_box.addItem(f"{names[0]} × {names[1]}", None)
        else:
            self.plane_box.addItem(tr("principal directions of the run"), "")
            shown = names[:6]
            for i in range(len(shown)):
                for j in range(i + 1, len(shown)):
                    self.plane_box.addItem(f"{names[i]} × {names[j]}", f"{i},{j}")
            key = "" if self._axes is None else f"{self._axes[0]},{self._axes[1]}"
            self.plane_box.setCurrentIndex(max(0, self.plane_box.findData(key)))
        self.plane_box.setEnabled(len(names) > 2)

    def _on_plane(self) -> None:
        key = self.plane_box.currentData()
        axes = tuple(int(v) for v in key.split(",")) if key else None
        if axes != self._axes:
            start = self._start
            self._schedule_rebuild(keep_frame=False)
            self._start, self._axes = start, axes

    def _on_scene_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._set_state(READY, f"<span style='color:#B00'>{html.escape(translated(error, tr))}</span>")

    def _on_start_clicked(self, alpha: float, beta: float) -> None:
        if self.scene_data is None or self.state == RUNNING:
            return
        self._set_start(self.scene_data.plane.point(alpha, beta))

    def random_start(self) -> None:
        if self.scene_data is None:
            return
        plane = self.scene_data.plane
        alpha = self._rng.uniform(plane.alphas[0], plane.alphas[-1])
        beta = self._rng.uniform(plane.betas[0], plane.betas[-1])
        self._set_start(plane.point(alpha, beta))

    def set_language(self, code: str) -> None:
        """Switch the whole open window to `code` ("en" or "ko") and remember it."""
        set_language(code)
        self.language_actions[code].setChecked(True)
        QSettings("lossplay", "lossplay").setValue("language", code)

    def _retranslate(self) -> None:
        self._update_title()
        self.play_action.setText(tr("Pause") if self.state == RUNNING else tr("Play"))
        if self.scene_data is not None:
            self._fill_planes(self.scene_data)
        self._refresh_status()

    def current_scenario(self) -> Scenario:
        """The scenario the panels describe, with the chosen starting point."""
        return self.panel.scenario(self._start)

    def load_scenario(self, scenario: Scenario) -> None:
        """Show `scenario` (from a session file): its data, settings and start."""
        self.panel.set_scenario(scenario)
        self._schedule_rebuild(keep_frame=False)
        self._start = scenario.start
        self._set_speed.emit(self.panel.speed.currentData())

    def _set_start(self, theta: np.ndarray) -> None:
        self._start = tuple(float(v) for v in theta)
        self._schedule_rebuild(keep_frame=True)

    def _on_lr(self, lr: float) -> None:
        if self.state == PAUSED and self.history is not None and len(self.history) > 1:
            self._set_lr.emit(lr)
            self.history.set_last_lr(lr)
            self._lr_note = ("learning rate {lr} applies from step {step}",
                             {"lr": f"{lr:g}", "step": int(self.history.steps[-1]) + 1})
            self._refresh_status()
        else:
            self._reload_run()

    def _on_optimizer(self, key: str) -> None:
        self._update_critical()
        self._update_title()
        if self.state == PAUSED and self.history is not None and len(self.history) > 1:
            self._set_optimizer.emit(key)
            self._lr_note = ("{optimizer} applies from step {step}",
                             {"optimizer": OPTIMIZER_LABELS[key], "step": int(self.history.steps[-1]) + 1})
            self._refresh_status()
        else:
            self._reload_run()

    def _update_critical(self) -> None:
        if self.scene_data is None:
            return
        s = self.panel.scenario()
        self.critical = critical_lr(self.scene_data.problem.objective, s.optimizer, s.batch_size)
        self.panel.set_critical_lr(self.critical)

    def _update_title(self) -> None:
        s = self.panel.scenario()
        data = tr(DATA_LABELS[s.data]) if s.data in DATA_LABELS else self.panel.data_kind.currentText()
        self.setWindowTitle(f"lossplay — {data} · {tr(MODEL_LABELS[s.model])} · {tr(LOSS_LABELS.get(s.loss, s.loss))} · "
                            f"{tr(OPTIMIZER_LABELS[s.optimizer])}")

    # --- transport ---------------------------------------------------------------------------------

    def _reload_run(self) -> None:
        """A fresh run of the current scene with the panel's learning rate and optimizer."""
        if self.scene_data is None:
            return
        self.pause()
        size = len(self.scene_data.problem.start)
        self.histories = [HistoryBuffer(size) for _ in range(1 + len(self.panel.racers))]
        self.history = self.histories[0]
        self._lr_note: tuple[str, dict] | None = None
        self.loss_chart.set_log(self.log_action.isChecked())
        self.loss_chart.start(self.scene_data.scenario.steps)
        self._set_state(READY)
        self._run_id += 1
        self._load.emit(self._run_id, self.scene_data.problem, [self.panel.current_racer()] + self.panel.racers)

    def toggle_play(self) -> None:
        if self.state == RUNNING:
            self.pause()
            self._set_state(PAUSED)
        elif self.state in (READY, PAUSED):
            self._lr_note: tuple[str, dict] | None = None
            self._set_state(RUNNING)
            self._play.emit()
        elif self.state in (CONVERGED, FINISHED, DIVERGED):
            self.reset()
            self._set_state(RUNNING)
            self._play.emit()

    def step_once(self) -> None:
        if self.state in (READY, PAUSED, RUNNING):
            self._lr_note: tuple[str, dict] | None = None
            self._set_state(PAUSED)
            self._step.emit()

    def reset(self) -> None:
        self._reload_run()

    def pause(self) -> None:
        self._pause.emit()
        if self.state == RUNNING:
            self._set_state(PAUSED)

    # --- results --------------------------------------------------------------------------------------

    def _on_steps(self, run_id: int, chunks) -> None:
        if run_id != self._run_id or self.history is None:
            return  # from a run that was replaced meanwhile
        for buffer, chunk in zip(self.histories, chunks):
            buffer.append(chunk)
        # Draw at once unless a frame was drawn less than a frame ago.
        wait_ms = int(self._draw_timer.interval() - 1e3 * (time.perf_counter() - self._last_draw))
        if wait_ms <= 0:
            self._draw()
        elif not self._draw_timer.isActive():
            self._draw_timer.start(wait_ms)

    def _draw(self) -> None:
        self._last_draw = time.perf_counter()
        self._draw_timer.stop()
        h = self.history
        if h is None:
            return
        n = len(h)
        if n == 0 or self.scene_data is None:
            return
        index = np.arange(n) if n <= _MAX_DRAWN_POINTS else np.unique(
            np.linspace(0, n - 1, _MAX_DRAWN_POINTS).astype(int))
        xy = self.scene_data.plane.project(h.thetas[index])
        self.landscape.set_path(xy)
        self.loss_chart.set_history(h.steps, h.losses, h.val_losses)
        # Only a diverged run's last row can be non-finite (the run stops there).
        last = n - 1 if np.isfinite(h.thetas[-1]).all() or n == 1 else n - 2
        shown = self.tabs.currentWidget()  # the hidden tabs catch up when shown
        if shown is self.data_view:
            self.data_view.set_theta(h.thetas[last])
        elif shown is self.margin_view:
            self.margin_view.set_theta(h.thetas[last])
        else:
            self.equations.set_history(h)
        arrows = None
        if self.arrows_action.isChecked() and n >= 2 and np.isfinite(h.thetas[-1]).all():
            before = h.thetas[-2]
            plane = self.scene_data.plane
            arrows = tuple(plane.project(p)[0] for p in (before, before - h.lrs[-2] * h.grads[-2], h.thetas[-1]))
        self.landscape.show_arrows(arrows)
        self.landscape.show_constraint(constraint_line(self.scene_data, h.thetas[last])
                                       if self.constraint_action.isChecked() else None)
        self._draw_race()
        self._refresh_status()

    def _draw_race(self) -> None:
        racers = self.histories[1:]
        for i in range(len(self.landscape.race_paths)):
            racer = racers[i] if i < len(racers) else None
            if racer is None or len(racer) == 0:
                self.landscape.set_race_path(i, None)
                self.loss_chart.set_race_curve(i, None, None)
                continue
            n = len(racer)
            index = np.arange(n) if n <= _MAX_DRAWN_POINTS else np.unique(
                np.linspace(0, n - 1, _MAX_DRAWN_POINTS).astype(int))
            self.landscape.set_race_path(i, self.scene_data.plane.project(racer.thetas[index]))
            self.loss_chart.set_race_curve(i, racer.steps, racer.losses)
            if i < len(self.panel.racer_status):
                state = (tr("diverged at step {step}").format(step=racer.diverged_at_step) if racer.status == "diverged"
                         else tr("step {step}").format(step=int(racer.steps[-1])))
                self.panel.racer_status[i].setText(f"{state} · " + tr("loss {loss}").format(loss=f"{racer.losses[-1]:.4g}"))

    def _on_stopped(self, run_id: int, status: str) -> None:
        h = self.history
        if h is None or run_id != self._run_id:
            return
        self._draw()
        if status == "diverged":
            self.log_action.setChecked(True)
            self.loss_chart.set_log(True)
            self._set_state(DIVERGED)
        elif len(h) and (h.grad_norms[-1] <= 1e-3 * max(h.grad_norms[0], 1e-300) or h.grad_norms[-1] < 1e-10):
            self._set_state(CONVERGED)
        else:
            self._set_state(FINISHED)

    def _set_state(self, state: str, message: str | None = None) -> None:
        self.state = state
        self.play_action.setText(tr("Pause") if state == RUNNING else tr("Play"))
        self.step_action.setEnabled(state in (READY, PAUSED, RUNNING))
        self.state_changed.emit(state)
        self._refresh_status(message)

    def _refresh_status(self, message: str | None = None) -> None:
        if message is not None:
            self.status_label.setText(message)
            return
        h = self.history
        if self.state == COMPUTING or h is None or len(h) == 0:
            self.status_label.setText(tr("Computing the landscape…") if self.state == COMPUTING else "")
            return
        step, loss, norm, lr = int(h.steps[-1]), h.losses[-1], h.grad_norms[-1], h.lrs[-1]
        limit = self.scene_data.scenario.steps if self.scene_data else step
        if self.state != DIVERGED:
            state = tr({READY: "ready", RUNNING: "running", PAUSED: "paused", CONVERGED: "converged",
                        FINISHED: "stopped at the step limit"}[self.state])
        else:
            state = "<b style='color:#B00'>" + tr("diverged at step {step}").format(step=h.diverged_at_step)
            if getattr(self, "critical", None) is not None and lr > self.critical:
                state += " — " + tr("learning rate {lr} is above the critical {critical}").format(
                    lr=f"{lr:g}", critical=f"{self.critical:.4g}")
            state += "</b>"
        parts = [tr("step {step} / {limit}").format(step=step, limit=limit), tr("loss {loss}").format(loss=f"{loss:.6g}"),
                 f"‖∇‖ {norm:.4g}", tr("learning rate {lr}").format(lr=f"{lr:g}"), state]
        if self._lr_note:
            template, values = self._lr_note
            values = {k: tr(v) if k == "optimizer" else v for k, v in values.items()}
            parts.append("<i>" + tr(template).format(**values) + "</i>")
        self.status_label.setText("  ·  ".join(parts))
