"""Replay: the timeline shows any recorded step in every view; Left and Right move one
step; Right at the newest step makes a new update; Play goes on from the newest."""
import numpy as np
from PySide6.QtCore import Qt

from lossplay.app.window import PAUSED, READY, RUNNING


def steps(qtbot, window, count):
    start = len(window.history)
    for _ in range(count):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == start + count, timeout=5000)
    window.presenter.draw()  # the frame that is due: the timeline reaches the newest step


def diverge_lesson_one(qtbot, window):
    """Lesson 1 just above the critical rate, run at full speed until it diverges."""
    from lossplay.app.window import DIVERGED
    lesson = window.lesson_panel.lessons[0]
    window.lesson_panel.open(lesson)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1
                    and window.controller.problem.scenario.lr == lesson.scenario_for(0).lr, timeout=15000)
    window.speed.setCurrentIndex(window.speed.findData(0.0))
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=20000)
    return lesson


def test_dragging_the_timeline_shows_that_step_everywhere(qtbot, window):
    steps(qtbot, window, 10)
    window.tabs.setCurrentWidget(window.equations)
    window.timeline.slider.setValue(4)
    assert window.state.replay_row == 4
    h = window.history
    w4, b4 = h.thetas[4]
    plane = window.controller.scene.plane
    np.testing.assert_allclose([window.landscape.current.pos().x(), window.landscape.current.pos().y()],
                               plane.project(h.thetas[4])[0])
    assert window.loss_chart.cursor.isVisible() and window.loss_chart.cursor.value() == 4
    assert window.timeline.label.text() == "step 4 of 10"
    # The equations show the update from step 3 to 4, with the gradient at step 3 written out here.
    objective = window.controller.problem.objective
    X, y = objective.X[:, 0], objective.y
    w3, b3 = h.thetas[3]
    residual = w3 * X + b3 - y
    grad_w = 2.0 / len(X) * residual @ X
    text = window.equations.toPlainText()
    assert "Update to step 4" in text
    assert f"w ← {w3:.4g} − {h.lrs[3]:g} × {grad_w:.4g} = {w4:.4g}" in text.replace("(", "").replace(")", "")
    window.tabs.setCurrentWidget(window.data_view)
    xs, line = window.data_view.fit.getData()
    np.testing.assert_allclose(line, w4 * xs + b4, rtol=1e-12)
    # The status line says step 4's numbers: the loss of w4, b4 on the training samples.
    loss4 = np.mean((w4 * X + b4 - y) ** 2)
    status = window.status_line.text()
    assert "step 4 / " in status and f"loss {loss4:.6g}" in status


def test_left_and_right_move_one_recorded_step_and_right_at_the_end_updates(qtbot, window):
    steps(qtbot, window, 5)
    qtbot.keyClick(window.landscape, Qt.Key.Key_Left)
    assert window.state.replay_row == 4
    window.back_action.trigger()
    assert window.state.replay_row == 3
    window.step_action.trigger()
    assert window.state.replay_row == 4 and len(window.history) == 6  # shown, not computed
    window.step_action.trigger()
    assert window.state.replay_row is None  # the newest step: the timeline follows the run again
    assert not window.loss_chart.cursor.isVisible()
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 7, timeout=5000)


def test_play_from_an_earlier_step_goes_on_from_the_newest(qtbot, window):
    steps(qtbot, window, 5)
    window.timeline.slider.setValue(2)
    window.play_action.trigger()
    assert window.state.replay_row is None and window.state.status == RUNNING
    qtbot.waitUntil(lambda: len(window.history) > 10, timeout=10000)
    window.timeline.slider.setValue(3)  # dragging while it runs holds the run
    qtbot.waitUntil(lambda: window.state.status == PAUSED, timeout=5000)
    assert window.state.replay_row == 3
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1, timeout=5000)
    assert window.state.replay_row is None


def test_looking_back_at_a_diverged_run_narrows_the_landscape_to_those_steps(qtbot, window):
    diverge_lesson_one(qtbot, window)

    def span():
        plane = window.controller.scene.plane
        return plane.alphas[-1] - plane.alphas[0]
    qtbot.waitUntil(lambda: not window.controller.reframing and span() > 1000, timeout=20000)  # it followed the run
    assert not window.step_action.isEnabled()
    window.timeline.slider.setValue(5)
    plane = window.controller.scene.plane
    first = plane.project(window.history.thetas[:6])
    needed = np.ptp(np.vstack([first, window.controller.scene.minimum_xy[None]]), axis=0).max()
    qtbot.waitUntil(lambda: not window.controller.reframing and span() < 3.0 * 1.5 * max(needed, 1.0), timeout=20000)
    assert window.step_action.isEnabled()  # stepping through the recorded steps of an ended run
    window.step_action.trigger()
    assert window.state.replay_row == 6


def type_rate(qtbot, window, lr):
    window.lr_panel.edit.setText(repr(lr))
    window.lr_panel.edit.editingFinished.emit()


def test_a_branch_from_an_earlier_step_with_another_rate_keeps_the_old_tail_as_a_ghost(qtbot, window):
    steps(qtbot, window, 10)
    old = window.history.thetas.copy()
    old_losses = window.history.losses.copy()
    window.timeline.slider.setValue(4)
    type_rate(qtbot, window, 0.3)  # "what if the rate had been larger from step 4"
    assert window.state.replay_row == 4
    window.speed.setCurrentIndex(window.speed.findData(0.0))
    window.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) > 12, timeout=10000)
    window.controller.pause()  # (the run may have reached its step limit already)
    h = window.history
    np.testing.assert_array_equal(h.thetas[:5], old[:5])  # the steps before the branch are kept
    objective = window.controller.problem.objective
    X, y = objective.X[:, 0], objective.y
    w, b = h.thetas[4]
    residual = w * X + b - y
    expected = np.array([w, b]) - 0.3 * np.array([2 / len(X) * residual @ X, 2 / len(X) * residual.sum()])
    np.testing.assert_allclose(h.thetas[5], expected, rtol=1e-12)  # and the new rate applies from step 5
    assert h.lrs[4] == 0.3 and h.lrs[3] == 0.03
    ghost = window.controller.ghost
    np.testing.assert_array_equal(ghost["thetas"], old[4:])
    np.testing.assert_array_equal(ghost["losses"], old_losses[4:])
    window.presenter.draw()
    assert len(window.landscape.ghost.xData) == 7 and len(window.loss_chart.ghost.xData) > 0
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1, timeout=5000)
    window.presenter.draw()
    assert window.controller.ghost is None and window.landscape.ghost.xData is None or not len(window.landscape.ghost.xData)


def test_a_branch_with_the_same_settings_repeats_the_run_exactly_even_with_momentum(qtbot, window):
    window.optimizer_panel.optimizer.setCurrentIndex(window.optimizer_panel.optimizer.findData("momentum"))
    window.optimizer_panel.batch.setCurrentIndex(window.optimizer_panel.batch.findData(32))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.batch_size == 32
                    and window.controller.problem.scenario.optimizer == "momentum" and len(window.history) == 1,
                    timeout=10000)
    steps(qtbot, window, 12)
    old = window.history.thetas.copy()
    window.timeline.slider.setValue(6)
    window.speed.setCurrentIndex(window.speed.findData(0.0))
    window.play_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) > 12, timeout=10000)
    window.controller.pause()  # (the run may have reached its step limit already)
    # The velocity and the mini-batches at step 6 are those of the first run: the same path.
    np.testing.assert_allclose(window.history.thetas[:13], old, rtol=1e-12, atol=1e-12)


def test_what_if_the_rate_had_been_smaller_from_step_20_of_a_diverged_run(qtbot, window):
    from lossplay.app.window import CONVERGED
    lesson = diverge_lesson_one(qtbot, window)
    window.presenter.draw()
    old = window.history.thetas.copy()
    window.timeline.slider.setValue(20)
    smaller = float(f"{0.9 * window.state.critical_lr:.6g}")
    type_rate(qtbot, window, smaller)  # one click on the rate: the diverged run stays
    assert window.state.replay_row == 20 and len(window.history) == len(old)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == CONVERGED, timeout=20000)
    np.testing.assert_array_equal(window.history.thetas[:21], old[:21])
    assert window.history.lrs[19] == lesson.scenario_for(0).lr and window.history.lrs[20] == smaller
    np.testing.assert_array_equal(window.controller.ghost["thetas"], old[20:])


def test_new_data_while_the_timeline_is_back_at_a_step(qtbot, window):
    """The old run is back at step 2 when data with another number of weights arrives:
    the window shows the new data's run from its start, with no error on the way."""
    steps(qtbot, window, 5)
    window.timeline.slider.setValue(2)
    assert window.state.replay_row == 2
    window.data_panel.kind.setCurrentIndex(window.data_panel.kind.findData("blobs"))
    window.data_panel.classes.setValue(3)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.dataset.n_classes == 3
                    and len(window.history) == 1, timeout=15000)
    assert window.state.replay_row is None and window.history.thetas.shape == (1, 9)
