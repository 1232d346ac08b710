"""The main window: layout, menus and actions around one state.

Settings on the left (the learning rate always in sight), the landscape as the largest
view, the loss chart and the data on the right, transport and speed in the toolbar, the
status line below. What a change costs is decided by the state; the run controller
carries it out and the presenter draws it.
"""
from __future__ import annotations

import gc

import numpy as np
from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from ..core import Scenario
from ..core.csvdata import CsvDataError
from ..core.multilabel_csv import read_own_csv
from ..i18n import LANGUAGES, bind, language, on_retranslate, set_language, tr
from ..labels import DATA_LABELS, LOSS_LABELS, MODEL_LABELS, OPTIMIZER_LABELS
from ..plots.figure import keep_legends
from ..plots.slice_view import SliceView
from ..plots.surface_view import SurfaceView
from ..plots.teaching import EquationsView, MarginView
from ..plots.theme import collect_garbage_on_the_gui_thread
from ..plots.views import DataView, LandscapeView, LossChart
from .data_panel import DataPanel
from .explanation_banner import ExplanationBanner
from .file_actions import FileActions
from .learning_rate_panel import LearningRatePanel
from .lesson_panel import LessonPanel
from .metrics_panel import MetricsPanel
from .probability_panel import ProbabilityPanel
from .model_panel import ModelPanel
from .optimizer_panel import OptimizerPanel
from .panel_widgets import combo, named, quietly, select
from .presentation import PresentationMode
from .presenter import Presenter
from .resources import app_icon
from .run_controller import RunController
from .readouts import Readouts
from .timeline import Timeline
from .state import (COMPUTING, CONVERGED, DIVERGED, FINISHED, PAUSED, READY, RUNNING, DataFacts, Racer,
                    WindowState, own_data_facts)
from .status_line import StatusLine

__all__ = ["MainWindow", "COMPUTING", "CONVERGED", "DIVERGED", "FINISHED", "PAUSED", "READY", "RUNNING"]

SPEEDS = {1.0: "1 step/s", 3.0: "3 steps/s", 10.0: "10 steps/s", 30.0: "30 steps/s", 100.0: "100 steps/s",
          300.0: "300 steps/s", 0.0: "as fast as possible"}
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
        self.probability_view = ProbabilityPanel(self.state, self.controller)
        self._build_layout()
        self.legend_keepers = [keep_legends(view) for view in (self.landscape, self.loss_chart, self.data_view,
                                                               self.margin_view)]
        self.status_line = StatusLine(self.state, self.controller)
        self.statusBar().addPermanentWidget(self.status_line, 1)  # tooltips' messages never hide it
        self._build_actions()
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

    def _action(self, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(self)
        bind(action.setText, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = f" ({QKeySequence(shortcut).toString()})" if shortcut else ""
        bind(lambda t: action.setToolTip(t + keys), tip, owner=action)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def overlay_actions(self) -> tuple[QAction, ...]:
        return self.log_action, self.arrows_action, self.constraint_action, self.curvature_action, self.pull_action

    def overlay_action(self, name: str) -> QAction:
        """A teaching overlay by the name lessons give it."""
        return {"arrows": self.arrows_action, "constraint": self.constraint_action,
                "curvature": self.curvature_action, "pull": self.pull_action}[name]

    def _menu(self, title: str) -> QMenu:
        menu = self.menuBar().addMenu("")
        bind(menu.setTitle, title)
        return menu

    def _build_actions(self) -> None:
        c = self.controller
        self.play_action = self._action("Play", "Space", "Start or pause the run", c.toggle)
        self.step_action = self._action("Step", "Right", "Make one update (or, back on the timeline, show the next "
                                        "recorded step)", c.step)
        self.back_action = self._action("Back", "Left", "Show the step before on the timeline", c.back)
        self.reset_action = self._action("Reset", "R", "Go back to the starting point", c.new_run)
        self.random_action = self._action("Random start", "Shift+R", "Start from a random point on the landscape",
                                          self.random_start)
        self.log_action = self._action("Log scale", "L", "Show the loss chart on a logarithmic axis",
                                       lambda on: self.loss_chart.set_log(on))
        self.log_action.setCheckable(True)
        self.arrows_action = self._action("Arrows", "G", "Show the gradient step and the actual step of the last "
                                          "update", lambda: None)
        self.arrows_action.setCheckable(True)
        self.constraint_action = self._action("Constraint", "C", "Show the level set of the L1 or L2 penalty "
                                              "through the current weights", lambda: None)
        self.constraint_action.setCheckable(True)
        self.curvature_action = self._action("Curvature", "K", "Show the valley's axes through the minimum (the "
                                             "Hessian's eigen-directions) with their curvature λ and the factor by "
                                             "which each step multiplies the distance along them", lambda: None)
        self.curvature_action.setCheckable(True)
        self.pull_action = self._action("Pull", "P", "Show which training samples pull hardest on the weights: "
                                        "rings on the data sized by each sample's share of the gradient, and "
                                        "their terms of the step as arrows beside the whole step (up to 500 "
                                        "samples)", lambda: None)
        self.pull_action.setCheckable(True)

        toolbar = self.toolbar = QToolBar()
        bind(toolbar.setWindowTitle, "Transport")
        toolbar.setObjectName("transport")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.play_action, self.step_action, self.reset_action, self.random_action):
            toolbar.addAction(action)
        self.speed = named(combo(SPEEDS), "Speed", "How fast the animation steps.")
        select(self.speed, self.state.speed)
        self.speed.currentIndexChanged.connect(lambda: self.state.edit(speed=self.speed.currentData()))
        speed_label = QLabel()
        bind(lambda t: speed_label.setText(f" {t} "), "Speed", owner=speed_label)
        toolbar.addWidget(speed_label)
        toolbar.addWidget(self.speed)
        toolbar.addSeparator()
        for action in self.overlay_actions():
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.plane_box = named(QComboBox(), "Landscape plane",
                               "The plane of the landscape for models with more than two parameters.")
        self.plane_box.setMinimumContentsLength(18)
        # As wide as its longest choice ("principal directions of the run" was cut off).
        self.plane_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plane_box.activated.connect(self._on_plane)
        plane_label = QLabel()
        bind(lambda t: plane_label.setText(f" {t} "), "Plane", owner=plane_label)
        toolbar.addWidget(plane_label)
        toolbar.addWidget(self.plane_box)
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None and action.text():  # a button's name follows its text: Play / Pause, any language
                widget.setAccessibleName(action.text())
                action.changed.connect(lambda w=widget, a=action: w.setAccessibleName(a.text()))
        self.addToolBar(toolbar)

        self.files = FileActions(self)
        run_menu = self._menu("&Run")
        for action in (self.play_action, self.step_action, self.back_action, self.reset_action, self.random_action):
            run_menu.addAction(action)
        self.lesson_panel = LessonPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lesson_panel)
        view_menu = self._menu("&View")
        for action in self.overlay_actions():
            view_menu.addAction(action)
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
        self.presentation = PresentationMode(self, view_menu)
        help_menu = self._menu("&Help")
        help_menu.addAction(self._action("About lossplay", None, "What lossplay is", self._about))

    def _about(self) -> None:
        QMessageBox.about(self, tr("About lossplay"),
                          "<b>lossplay</b><br>" + tr("A playground for loss functions and gradient descent.") +
                          "<br><br>" + tr("Space: play / pause · →: one step · R: reset · click the landscape: new start."))

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

    def _update_title(self) -> None:
        s = self.state.scenario
        data = tr(DATA_LABELS[s.data]) if s.data in DATA_LABELS else self.data_panel.kind.currentText()
        # Qt adds the application's name ("— lossplay") itself.
        self.setWindowTitle(f"{data} · {tr(MODEL_LABELS[s.model])} · {tr(LOSS_LABELS[s.loss])} · "
                            f"{tr(OPTIMIZER_LABELS[s.optimizer])}")

    def _retranslate(self) -> None:
        self._update_title()
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
