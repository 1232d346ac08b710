"""Regression tests for what the window got wrong before it had one state (issue 8):
each drives the real widgets as a person would."""
import gc
import weakref

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from lossplay import i18n
from lossplay.app.window import COMPUTING, DIVERGED, PAUSED, READY, RUNNING, MainWindow
from lossplay.core import Scenario


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data} not offered"
    combo.setCurrentIndex(index)


def type_into(qtbot, box, text):
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def leave(qtbot, window):
    """Move the keyboard focus away, as a click elsewhere does."""
    window.data_panel.samples.setFocus()
    qtbot.waitUntil(lambda: not window.lr_panel.edit.hasFocus(), timeout=5000)


def dismiss_the_next_dialog():
    def close():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, close)
    QTimer.singleShot(20, close)


def test_leaving_the_rate_box_or_exporting_never_wipes_a_diverged_run(qtbot, window):
    type_into(qtbot, window.lr_panel.edit, "1.05")
    qtbot.keyClick(window.lr_panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == 1.05
                    and len(window.history) == 1, timeout=10000)
    window.speed.setCurrentIndex(window.speed.count() - 1)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    rows, step = len(window.history), window.history.diverged_at_step
    leave(qtbot, window)  # the box loses focus with the rate it had: nothing changes
    dismiss_the_next_dialog()
    export = next(a for a in window.findChildren(type(window.play_action)) if a.text() == "Loss landscape as PNG or SVG…")
    export.trigger()
    dismiss_the_next_dialog()
    window.landscape.getPlotItem().getViewBox().menu.popup(QPoint(10, 10))  # right-click menu of a plot
    window.landscape.getPlotItem().getViewBox().menu.hide()
    assert window.state.status == DIVERGED and len(window.history) == rows
    assert window.history.diverged_at_step == step
    assert f"diverged at step {step}" in window.status_line.text()


def test_typing_the_same_rate_again_keeps_the_run(qtbot, window):
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 4, timeout=5000)
    type_into(qtbot, window.lr_panel.edit, "0.03")
    leave(qtbot, window)
    assert window.state.status == PAUSED and len(window.history) == 4


def test_the_equations_show_the_rule_that_made_the_update(qtbot, window):
    choose(window.optimizer_panel.optimizer, "adam")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.optimizer == "adam"
                    and len(window.history) == 1, timeout=10000)
    window.tabs.setCurrentWidget(window.equations)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: "Update to step 1" in window.equations.toPlainText(), timeout=5000)
    text = window.equations.toPlainText()
    h = window.history
    w0, w1, g0 = h.thetas[0][0], h.thetas[1][0], h.recent_grads[0][0]
    assert "Adam" in text and f"w ← {w0:.4g} + ({w1 - w0:.4g}) = {w1:.4g}" in text
    assert f"− 0.03 × ({g0:.4g})" not in text  # not plain gradient descent's arithmetic
    # Adam's first step moves every weight by the rate, against the gradient's sign (torch.optim.Adam).
    np.testing.assert_allclose(h.thetas[1] - h.thetas[0], -0.03 * np.sign(h.recent_grads[0]), rtol=1e-6)


def test_the_equations_follow_a_rule_changed_while_paused(qtbot, window):
    window.tabs.setCurrentWidget(window.equations)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    choose(window.optimizer_panel.optimizer, "momentum")
    assert "Momentum applies from step 2" in window.status_line.text()
    window.step_action.trigger()
    qtbot.waitUntil(lambda: "Update to step 2" in window.equations.toPlainText(), timeout=5000)
    assert "Momentum" in window.equations.toPlainText()
    assert window.history.optimizer_at(0) == "sgd" and window.history.optimizer_at(1) == "momentum"


def test_a_run_change_during_a_pending_rebuild_never_sends_a_stale_plane(qtbot, window):
    choose(window.data_panel.kind, "xor")
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1, timeout=15000)
    choose(window.model_panel.model, "mlp")
    window.optimizer_panel.steps.setValue(321)  # before the rebuild's debounce is over
    window.random_action.trigger()
    assert window.state.status == COMPUTING
    qtbot.waitUntil(lambda: window.state.status == READY and window.history is not None and len(window.history) == 1,
                    timeout=20000)
    assert window.status_line.error is None
    size = window.scene_data.problem.model.size
    assert size == 17 and window.history.thetas.shape == (1, size)  # 2 inputs, 4 tanh units, 1 output
    assert window.controller.problem.scenario.steps == 321


def test_the_default_speed_is_30_steps_a_second_and_play_speed_and_rate_are_in_sight(qtbot, window):
    assert window.speed.currentData() == 30.0 and window.state.speed == 30.0
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0], timeout=5000)
        play = window.toolbar.widgetForAction(window.play_action)
        for widget in (play, window.speed, window.lr_panel.slider, window.lr_panel.edit, window.lr_panel.critical):
            rect = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
            assert widget.isVisible() and window.rect().contains(rect) and not widget.visibleRegion().isEmpty()


def test_the_rate_box_shows_a_long_rate_whole(qtbot, window):
    type_into(qtbot, window.lr_panel.edit, "6.72084e-05")
    qtbot.keyClick(window.lr_panel.edit, Qt.Key.Key_Return)
    box = window.lr_panel.edit
    assert box.fontMetrics().horizontalAdvance(box.text()) <= box.contentsRect().width() - 4


def test_a_lesson_leaves_the_landscape_its_width(qtbot, window):
    window.lesson_panel.open(window.lesson_panel.lessons[0])
    qtbot.waitUntil(lambda: window.state.status == READY, timeout=15000)
    qtbot.waitUntil(lambda: window.lesson_panel.isVisible(), timeout=5000)
    assert window.landscape.width() >= 0.35 * window.width()
    assert window.landscape.height() >= 0.45 * window.height()


def test_the_title_names_lossplay_once(window):
    assert "lossplay" not in window.windowTitle()  # Qt adds " — lossplay" after it


def test_the_legend_follows_the_language(qtbot, window):
    try:
        window.set_language("ko")
        labels = [label.text for _, label in window.landscape.legend.items]
        assert any("현재 가중치" in t for t in labels) and not any("current weights" in t for t in labels)
    finally:
        window.set_language("en")


def test_exported_figures_and_closed_windows_leave_nothing_registered(qtbot, window, tmp_path):
    qtbot.waitUntil(lambda: len(window.history) == 1, timeout=5000)
    before = i18n.registered()
    for _ in range(3):
        assert window.files.export_figure("landscape", tmp_path / "f.png", 300, 200)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the figures' deleteLater
    assert i18n.registered() == before
    windows = []
    for _ in range(3):
        win = MainWindow()
        win.show()
        qtbot.waitUntil(lambda: win.state.status == READY and win.history is not None and len(win.history) == 1,
                        timeout=15000)
        win.speed.setCurrentIndex(win.speed.count() - 1)
        win.play_action.trigger()
        win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        win.close()
        windows.append(weakref.ref(win))
        del win
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert i18n.registered() == before
    assert all(ref() is None for ref in windows)


def test_closing_never_waits_for_a_landscape_being_computed(qtbot, process_ended):
    # A landscape of a million samples for a loss outside the mse family takes seconds.
    win = MainWindow(Scenario(data="pass_fail", model="linear", loss="logistic", samples=1_000_000))
    win.show()
    link = win.controller._builder._link
    qtbot.waitUntil(lambda: link.pid is not None, timeout=30000)
    win.close()  # returns while the landscape is still being computed
    assert win.state.status == COMPUTING
    qtbot.waitUntil(lambda: process_ended(link.pid), timeout=30000)  # and its process is gone


def test_a_new_start_rate_or_rule_never_recomputes_the_landscape(qtbot, window):
    requests = []
    real = window.controller._builder.request
    window.controller._builder.request = lambda *args: (requests.append(args), real(*args))
    scene = window.scene_data
    window.random_action.trigger()
    type_into(qtbot, window.lr_panel.edit, "0.1")
    qtbot.keyClick(window.lr_panel.edit, Qt.Key.Key_Return)
    choose(window.optimizer_panel.optimizer, "momentum")
    window.optimizer_panel.steps.setValue(77)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1
                    and window.controller.problem.scenario.optimizer == "momentum"
                    and window.controller.problem.scenario.steps == 77, timeout=10000)
    assert requests == [] and window.scene_data is scene
    s = window.controller.problem.scenario
    assert (s.lr, s.start is not None) == (0.1, True)


def test_a_path_keeps_one_point_per_pixel_and_its_end():
    from lossplay.app.presenter import thinned

    xy = np.array([[0.0, 0.0], [0.2, 0.1], [1.5, 0.0], [1.6, 0.2], [1.7, 0.3], [3.0, 3.0], [3.1, 3.05]])
    kept = thinned(xy, (1.0, 1.0))
    np.testing.assert_array_equal(kept, xy[[0, 2, 5, 6]])  # a new pixel each, and the last point
    np.testing.assert_array_equal(thinned(xy, (0.01, 0.01)), xy)  # every point in its own pixel


def test_a_session_opens_with_exactly_its_own_numbers(qtbot, window):
    from lossplay.core import Scenario
    from lossplay.core.limits import RANGES

    wanted = Scenario(samples=123_457, noise=3.5, outliers=300, seed=2_000_000_000, steps=999_999,
                      lam=250.0, regularizer="l2", huber_delta=0.0125, loss="huber")
    window.load_scenario(wanted)
    shown = {"samples": window.data_panel.samples.value(), "noise": window.data_panel.noise.value(),
             "outliers": window.data_panel.outliers.value(), "seed": window.data_panel.seed.value(),
             "steps": window.optimizer_panel.steps.value(), "lam": window.model_panel.lam.value(),
             "huber_delta": window.model_panel.huber_delta.value()}
    assert shown == {k: getattr(wanted, k) for k in shown}
    assert all(RANGES[k][0] <= v <= RANGES[k][1] for k, v in shown.items())
    assert window.state.scenario == wanted.replace(model="linear")


def test_play_pressed_while_the_landscape_is_computed_starts_the_run_when_it_arrives(qtbot):
    win = MainWindow()  # the first landscape is still on its way
    qtbot.addWidget(win)
    win.show()
    lesson = win.lesson_panel.lessons[0]
    win.lesson_panel.open(lesson)  # and a second one is asked for
    assert win.state.status == COMPUTING
    win.play_action.trigger()  # Space
    started = []
    win.controller.run_started.connect(lambda: started.append(win.controller.problem.scenario.lr))
    qtbot.waitUntil(lambda: len(win.history or ()) > 5, timeout=15000)
    assert started == [lesson.scenario_for(0).lr]  # one run, the lesson's, not the first landscape's
    assert win.state.status in (RUNNING, DIVERGED)
    win.play_action.trigger()  # and Space still pauses it
    qtbot.waitUntil(lambda: win.state.status in (PAUSED, DIVERGED), timeout=5000)
    win.close()


def test_space_twice_while_computing_cancels_the_play(qtbot, window):
    choose(window.data_panel.kind, "pass_fail")
    assert window.state.status == COMPUTING
    window.play_action.trigger()
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.controller.problem.scenario.data == "pass_fail" and window.state.status == READY
                    and len(window.history) == 1, timeout=15000)
    assert window.state.status == READY  # not running


def test_a_big_data_set_is_shown_as_an_even_spread_and_says_so(qtbot, window):
    window.data_panel.samples.setValue(10_000)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.samples == 10_000
                    and len(window.history) == 1, timeout=30000)
    view, dataset = window.data_view, window.controller.problem.dataset
    x, y = view.points_train.getData()
    vx, vy = view.points_val.getData()
    assert len(x) + len(vx) == 3000 and len(dataset.y) == 10_000
    picked = np.linspace(0, 9999, 3000).astype(int)  # evenly spread over the samples
    train = picked[~dataset.is_val[picked]]
    np.testing.assert_array_equal(x, dataset.X[train, 0])
    np.testing.assert_array_equal(y, dataset.y[train])
    assert view.shown_note.isVisible() and view.shown_note.textItem.toPlainText() == "3,000 of 10,000 samples shown"
    window.data_panel.samples.setValue(200)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.samples == 200,
                    timeout=30000)
    assert not view.shown_note.isVisible()


def test_a_landscape_process_that_dies_is_said_and_replaced_at_the_next_change(qtbot, process_ended):
    import os
    import signal

    # A landscape of a million samples for a loss outside the mse family takes seconds.
    win = MainWindow(Scenario(data="pass_fail", model="linear", loss="logistic", samples=1_000_000))
    win.show()
    link = win.controller._builder._link
    qtbot.waitUntil(lambda: link.pid is not None, timeout=30000)
    os.kill(link.pid, signal.SIGKILL)  # as the system's out-of-memory killer would
    qtbot.waitUntil(lambda: win.state.status == READY and "its process ended" in win.status_line.text(),
                    timeout=30000)
    win.data_panel.samples.setValue(200)  # any change: a new process computes it
    qtbot.waitUntil(lambda: win.state.status == READY and win.history is not None and len(win.history) == 1
                    and win.controller.problem.scenario.samples == 200, timeout=30000)
    assert win.controller._builder._link is not link and "process" not in win.status_line.text()
    win.close()
