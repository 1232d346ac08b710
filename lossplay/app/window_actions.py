"""The window's actions, transport toolbar and menus: what a person can do, and the keys."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar

from ..i18n import LANGUAGES, bind, language, tr
from .file_actions import FileActions
from .lesson_panel import LessonPanel
from .panel_widgets import combo, named, select
from .presentation import PresentationMode

SPEEDS = {1.0: "1 step/s", 3.0: "3 steps/s", 10.0: "10 steps/s", 30.0: "30 steps/s", 100.0: "100 steps/s",
          300.0: "300 steps/s", 0.0: "as fast as possible"}


def _action(window: QMainWindow, text: str, shortcut, tip: str, slot) -> QAction:
    action = QAction(window)
    bind(action.setText, text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = f" ({QKeySequence(shortcut).toString()})" if shortcut else ""
    bind(lambda t: action.setToolTip(t + keys), tip, owner=action)
    action.triggered.connect(slot)
    window.addAction(action)
    return action

def _menu(window: QMainWindow, title: str) -> QMenu:
    menu = window.menuBar().addMenu("")
    bind(menu.setTitle, title)
    return menu


def build_actions(window) -> None:
    """The window's actions with their keys, the transport toolbar and the menus, as
    attributes of `window` (as Qt Designer's setupUi does)."""
    c = window.controller
    window.play_action = _action(window, "Play", "Space", "Start or pause the run", c.toggle)
    window.step_action = _action(window, "Step", "Right", "Make one update (or, back on the timeline, show the next "
                                 "recorded step)", c.step)
    window.back_action = _action(window, "Back", "Left", "Show the step before on the timeline", c.back)
    window.reset_action = _action(window, "Reset", "R", "Go back to the starting point", c.new_run)
    window.random_action = _action(window, "Random start", "Shift+R", "Start from a random point on the landscape",
                                   window.random_start)
    window.log_action = _action(window, "Log scale", "L", "Show the loss chart on a logarithmic axis",
                                lambda on: window.loss_chart.set_log(on))
    window.log_action.setCheckable(True)
    window.arrows_action = _action(window, "Arrows", "G", "Show the gradient step and the actual step of the last "
                                   "update", lambda: None)
    window.arrows_action.setCheckable(True)
    window.constraint_action = _action(window, "Constraint", "C", "Show the level set of the L1 or L2 penalty "
                                       "through the current weights", lambda: None)
    window.constraint_action.setCheckable(True)
    window.curvature_action = _action(window, "Curvature", "K", "Show the valley's axes through the minimum (the "
                                      "Hessian's eigen-directions) with their curvature λ and the factor by "
                                      "which each step multiplies the distance along them", lambda: None)
    window.curvature_action.setCheckable(True)
    window.pull_action = _action(window, "Pull", "P", "Show which training samples pull hardest on the weights: "
                                 "rings on the data sized by each sample's share of the gradient, and "
                                 "their terms of the step as arrows beside the whole step (up to 500 "
                                 "samples)", lambda: None)
    window.pull_action.setCheckable(True)

    toolbar = window.toolbar = QToolBar()
    bind(toolbar.setWindowTitle, "Transport")
    toolbar.setObjectName("transport")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (window.play_action, window.step_action, window.reset_action, window.random_action):
        toolbar.addAction(action)
    window.speed = named(combo(SPEEDS), "Speed", "How fast the animation steps.")
    select(window.speed, window.state.speed)
    window.speed.currentIndexChanged.connect(lambda: window.state.edit(speed=window.speed.currentData()))
    speed_label = QLabel()
    bind(lambda t: speed_label.setText(f" {t} "), "Speed", owner=speed_label)
    toolbar.addWidget(speed_label)
    toolbar.addWidget(window.speed)
    toolbar.addSeparator()
    for action in window.overlay_actions():
        toolbar.addAction(action)
    toolbar.addSeparator()
    window.plane_box = named(QComboBox(), "Landscape plane",
                           "The plane of the landscape for models with more than two parameters.")
    window.plane_box.setMinimumContentsLength(18)
    # As wide as its longest choice ("principal directions of the run" was cut off).
    window.plane_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    window.plane_box.activated.connect(window._on_plane)
    plane_label = QLabel()
    bind(lambda t: plane_label.setText(f" {t} "), "Plane", owner=plane_label)
    toolbar.addWidget(plane_label)
    toolbar.addWidget(window.plane_box)
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is not None and action.text():  # a button's name follows its text: Play / Pause, any language
            widget.setAccessibleName(action.text())
            action.changed.connect(lambda w=widget, a=action: w.setAccessibleName(a.text()))
    window.addToolBar(toolbar)

    window.files = FileActions(window)
    run_menu = _menu(window, "&Run")
    for action in (window.play_action, window.step_action, window.back_action, window.reset_action, window.random_action):
        run_menu.addAction(action)
    window.lesson_panel = LessonPanel(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.lesson_panel)
    view_menu = _menu(window, "&View")
    for action in window.overlay_actions():
        view_menu.addAction(action)
    language_menu = view_menu.addMenu("")
    bind(language_menu.setTitle, "Language")
    group = QActionGroup(window)
    window.language_actions = {}
    for code, name in LANGUAGES.items():
        action = language_menu.addAction(name)  # each language is named in itself
        action.setCheckable(True)
        action.setChecked(code == language())
        action.triggered.connect(lambda checked=False, c=code: window.set_language(c))
        group.addAction(action)
        window.language_actions[code] = action
    view_menu.addAction(window.lesson_panel.toggleViewAction())
    window.presentation = PresentationMode(window, view_menu)
    help_menu = _menu(window, "&Help")
    help_menu.addAction(_action(window, "About lossplay", None, "What lossplay is", lambda: _about(window)))


def _about(window: QMainWindow) -> None:
    QMessageBox.about(window, tr("About lossplay"),
                      "<b>lossplay</b><br>" + tr("A playground for loss functions and gradient descent.") +
                      "<br><br>" + tr("Space: play / pause · →: one step · R: reset · click the landscape: new start."))
