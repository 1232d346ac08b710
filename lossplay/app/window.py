"""The main window: its views and panels laid out around one state.

Settings on the left (the learning rate always in sight), the landscape as the largest
view, the loss chart and the data on the right, transport and speed in the toolbar, the
status line below (the actions, toolbar and menus: window_actions.py). What a change
costs is decided by the state; the run controller carries it out and the presenter draws it.
"""
from __future__ import annotations

import gc

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import Scenario
from ..core.csvdata import CsvDataError
from ..core.multilabel_csv import read_own_csv
from ..i18n import bind, on_retranslate, set_language, tr
from ..labels import DATA_LABELS, LOSS_LABELS, MODEL_LABELS, OPTIMIZER_LABELS
from ..plots.caption import run_label
from ..plots.figure import keep_legends
from ..plots.slice_view import SliceView
from ..plots.surface_view import SurfaceView
from ..plots.teaching import EquationsView, MarginView
from ..plots.theme import collect_garbage_on_the_gui_thread
from ..plots.views import DataView, LandscapeView, LossChart
from .data_panel import DataPanel
from .explanation_banner import ExplanationBanner
from .learning_rate_panel import LearningRatePanel
from .metrics_panel import MetricsPanel
from .probability_panel import ProbabilityPanel
from .model_panel import ModelPanel
from .optimizer_panel import OptimizerPanel
from .panel_widgets import quietly, select
from .presenter import Presenter
from .resources import app_icon
from .run_controller import RunController
from .readouts import Readouts
from .timeline import Timeline
from .state import (COMPUTING, CONVERGED, DIVERGED, FINISHED, PAUSED, READY, RUNNING, DataFacts, Racer,
                    WindowState, own_data_facts)
from .status_line import StatusLine
from .window_actions import build_actions

__all__ = ["MainWindow", "COMPUTING", "CONVERGED", "DIVERGED", "FINISHED", "PAUSED", "READY", "RUNNING"]

CLEAN_UP_AFTER_CLOSE_MS = 200  # a closed window is deleted on the next turns of the event loop


class MainWindow(QMainWindow):
    status_changed = Signal(str)

    def __init__(self, scenario: Scenario | None = None, racers: tuple = ()) -> None:
        super().__init__()
        collect_garbage_on_the_gui_thread()  # before any thread of this window exists
        self.setWindowIcon(app_icon())
        self.state = WindowState()
        if scenario is not None:
            self._register_own_data(scenario)
            self.state.load(scenario, racers)
        self._rng = np.random.default_rng(self.state.scenario.seed)
        # First, so that the landscape is computed while the rest of the window is built.
        self.controller = RunController(self.state, self)

        self.data_panel = DataPanel(self.state)
        self.model_panel = ModelPanel(self.state)
        self.optimizer_panel = OptimizerPanel(self.state)
        self.lr_panel = LearningRatePanel(self.state)
        self.landscape = LandscapeView()
        self.loss_chart = LossChart()
        self.data_view = DataView(label_choice=True)
        self.margin_view = MarginView()
        self.equations = EquationsView()
        self.slice_view = SliceView()
        self.surface_view = SurfaceView()
        self.metrics_view = MetricsPanel(self.state, self.controller)
        self.probability_view = ProbabilityPanel(self.state, self.controller, lambda: self.data_view.label)
        self.data_view.label_changed.connect(lambda _label: self.probability_view.refresh())
        self._build_layout()
        self.legend_keepers = [keep_legends(view) for view in (self.landscape, self.loss_chart, self.data_view,
                                                               self.margin_view, self.slice_view)]
        self.status_line = StatusLine(self.state, self.controller)
        self.statusBar().addPermanentWidget(self.status_line, 1)  # tooltips' messages never hide it
        build_actions(self)
        self.presenter = Presenter(self.state, self.controller, self.landscape, self.loss_chart, self.data_view,
                                   self.margin_view, self.equations, self.slice_view, self.surface_view, (self.landscape_tabs, self.tabs),
                                   self.optimizer_panel,
                                   self.status_line, self.arrows_action, self.constraint_action,
                                   self.curvature_action, self.pull_action, self.timeline)
        self.readouts = Readouts(self.controller, self.landscape, self.loss_chart, self.data_view)
        self.landscape.start_clicked.connect(self._on_start_clicked)
        self.controller.scene_changed.connect(self._fill_planes)
        self.state.observe(self._on_change)
        on_retranslate(self._retranslate, owner=self)
        self._update_title()
        self._name_runs()  # a session opened with racers

    # --- what the rest of the program reads ----------------------------------------------------------

    @property
    def history(self):
        return self.controller.history

    @property
    def histories(self):
        return self.controller.histories

    @property
    def scene_data(self):
        return self.controller.scene

    def current_scenario(self) -> Scenario:
        return self.state.scenario

    # --- layout --------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        settings = QWidget()
        column = QVBoxLayout(settings)
        column.setContentsMargins(0, 0, 0, 0)
        for panel in (self.data_panel, self.model_panel, self.optimizer_panel):
            column.addWidget(panel.box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(settings)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.lr_panel.box)  # always in sight, above what scrolls
        left_column.addWidget(scroll, 1)
        width = settings.sizeHint().width() + 24
        left.setMinimumWidth(width)
        left.setMaximumWidth(width + 60)

        # Pictures of the loss surface sit with the landscape; the others beside it, where at
        # 1280x800 five tabs fit the width (seven did not).
        self.landscape_tabs = _tabbed("Loss surface views", [
            (self.landscape, "Landscape", "The loss over the plane of two weights, with the path of the run"),
            (self.slice_view, "Slice", "The loss along the last step: did it land past the lowest point?"),
            (self.surface_view, "3-D", "The loss landscape as a surface with the path on it; drag to turn it")])
        self.tabs = _tabbed("Views", [
            (self.data_view, "Data", "The samples and what the current weights predict"),
            (self.margin_view, "Margins", "Margin losses with the training samples on them (binary classification)"),
            (self.equations, "Equations", "The loss, its gradient and the last update with its numbers"),
            (self.metrics_view, "Metrics", "What the model is judged by: training and validation metrics, "
             "live, and the test set scored once at the end"),
            (self.probability_view, "Probabilities", "Target and predicted probabilities of a sample, with "
             "entropy, cross-entropy and KL; −log q with every sample on it")])
        # The side column is never narrower than its tabs: none is cut off behind arrows.
        on_retranslate(lambda: self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width()), owner=self.tabs)
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width())
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.loss_chart)
        side.addWidget(self.tabs)
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.landscape_tabs)
        views.addWidget(side)
        views.setStretchFactor(0, 3)
        views.setStretchFactor(1, 2)
        self.banner = ExplanationBanner(self.state, self.controller)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.banner)
        right_column.addWidget(views, 1)
        self.timeline = Timeline(self.state, self.controller.pause)
        right_column.addWidget(self.timeline)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)
        self.resize(1280, 800)

    def overlay_actions(self) -> tuple[QAction, ...]:
        return self.log_action, self.arrows_action, self.constraint_action, self.curvature_action, self.pull_action

    def overlay_action(self, name: str) -> QAction:
        """A teaching overlay by the name lessons give it."""
        return {"arrows": self.arrows_action, "constraint": self.constraint_action,
                "curvature": self.curvature_action, "pull": self.pull_action}[name]

    def closeEvent(self, event) -> None:
        self.controller.shutdown()
        super().closeEvent(event)
        # The closed window's cycles, freed once it is gone, so the next window reuses its
        # memory (the periodic collector may not reach them for a long time).
        QTimer.singleShot(CLEAN_UP_AFTER_CLOSE_MS, gc.collect)

    # --- reacting to the state --------------------------------------------------------------------

    def _on_change(self, change) -> None:
        fields = change.fields
        if "status" in fields:
            status = self.state.status
            self.play_action.setText(tr("Pause") if status == RUNNING else tr("Play"))
            if status == DIVERGED:
                self.log_action.setChecked(True)
                self.loss_chart.set_log(True)
            self.status_changed.emit(status)
        if fields & {"status", "replay_row"}:  # an ended run can still be stepped through on the timeline
            status = self.state.status
            self.step_action.setEnabled(status in (READY, PAUSED, RUNNING) or self.state.replay_row is not None)
        if "speed" in fields:
            with quietly([self.speed]):
                select(self.speed, self.state.speed)
        if fields & {"data", "model", "loss", "optimizer"}:
            self._update_title()
        if fields & {"racers", "optimizer", "lr", "batch_size"}:
            self._name_runs()

    def _name_runs(self) -> None:
        """In a race, the landscape's and the loss chart's legends name every run by its
        optimizer and learning rate (the optimizer panel's rows say it too)."""
        s = self.state.scenario
        racers = [run_label(r.optimizer, r.lr, r.batch_size) for r in self.state.racers]
        for view in (self.landscape, self.loss_chart):
            view.name_runs(run_label(s.optimizer, s.lr, s.batch_size), racers)

    def _update_title(self) -> None:
        s = self.state.scenario
        data = tr(DATA_LABELS[s.data]) if s.data in DATA_LABELS else self.data_panel.kind.currentText()
        # Qt adds the application's name ("— lossplay") itself.
        self.setWindowTitle(f"{data} · {tr(MODEL_LABELS[s.model])} · {tr(LOSS_LABELS[s.loss])} · "
                            f"{tr(OPTIMIZER_LABELS[s.optimizer])}")

    def _retranslate(self) -> None:
        self._update_title()
        self._name_runs()
        self.play_action.setText(tr("Pause") if self.state.status == RUNNING else tr("Play"))
        if self.scene_data is not None:
            self._fill_planes()

    def _fill_planes(self) -> None:
        names = self.scene_data.problem.param_names
        self.plane_box.clear()
        if len(names) == 2:
            self.plane_box.addItem(f"{names[0]} × {names[1]}", None)
        else:
            self.plane_box.addItem(tr("principal directions of the run"), "")
            shown = names[:6]
            for i in range(len(shown)):
                for j in range(i + 1, len(shown)):
                    self.plane_box.addItem(f"{names[i]} × {names[j]}", f"{i},{j}")
            axes = self.state.axes
            self.plane_box.setCurrentIndex(max(0, self.plane_box.findData("" if axes is None else f"{axes[0]},{axes[1]}")))
        self.plane_box.setEnabled(len(names) > 2)

    def _on_plane(self) -> None:
        key = self.plane_box.currentData()
        self.state.edit(axes=tuple(int(v) for v in key.split(",")) if key else None)

    # --- commands --------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        self.controller.toggle()

    def step_once(self) -> None:
        self.controller.step()

    def reset(self) -> None:
        self.controller.new_run()

    def pause(self) -> None:
        self.controller.pause()

    def _on_start_clicked(self, alpha: float, beta: float) -> None:
        if self.scene_data is None or self.state.status in (RUNNING, COMPUTING):
            return
        self.state.edit(start=self.scene_data.plane.point(alpha, beta))

    def random_start(self) -> None:
        if self.scene_data is None or self.state.status == COMPUTING:
            return
        plane = self.scene_data.plane
        alpha = self._rng.uniform(plane.alphas[0], plane.alphas[-1])
        beta = self._rng.uniform(plane.betas[0], plane.betas[-1])
        self.state.edit(start=plane.point(alpha, beta))

    def load_scenario(self, scenario: Scenario, racers: tuple = (), axes: tuple[int, int] | None = None) -> None:
        """Show `scenario` (a session's or a lesson's) whole: its data, settings, start, race and plane."""
        self._register_own_data(scenario)
        self.state.load(scenario, tuple(Racer(*r) for r in racers), axes)

    def _register_own_data(self, scenario: Scenario) -> None:
        if scenario.data.startswith("csv:") and scenario.data not in self.state.own_data:
            try:
                own = read_own_csv(scenario.data[4:], scenario.target, scenario.numeric_only)
                facts = own_data_facts(own, scenario.target)
            except CsvDataError:  # building the scene will say what is wrong
                facts = DataFacts(True, 0, scenario.target)
            self.state.own_data[scenario.data] = facts

    def set_language(self, code: str) -> None:
        """Switch the whole open window to `code` ("en" or "ko") and remember it."""
        set_language(code)
        self.language_actions[code].setChecked(True)
        QSettings("lossplay", "lossplay").setValue("language", code)


def _tabbed(name: str, views: list[tuple[QWidget, str, str]]) -> QTabWidget:
    """A tab for each (view, title, tooltip), translated as the language changes."""
    tabs = QTabWidget()
    bind(tabs.setAccessibleName, name)
    for i, (view, title, tip) in enumerate(views):
        tabs.addTab(view, "")
        bind(lambda t, i=i: tabs.setTabText(i, t), title, owner=tabs)
        bind(lambda t, i=i: tabs.setTabToolTip(i, t), tip, owner=tabs)
    return tabs
