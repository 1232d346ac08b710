"""The window, driven through its real widgets (offscreen)."""
import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from lossplay.app.window import CONVERGED, DIVERGED, FINISHED, PAUSED, READY, RUNNING
from lossplay.core.lessons import load_lessons


def set_speed_max(win):
    win.speed.setCurrentIndex(win.speed.count() - 1)


def choose(combo: QComboBox, data):
    index = combo.findData(data)
    assert index >= 0, f"{data} not offered"
    combo.setCurrentIndex(index)


def type_learning_rate(qtbot, win, text: str) -> None:
    """Type into the learning-rate box as a person does, then leave it."""
    box = win.lr_panel.edit
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def wait_ready(qtbot, win):
    qtbot.waitUntil(lambda: win.state.status == READY and win.history is not None and len(win.history) == 1, timeout=15000)


def test_opens_on_the_default_house_scenario(window):
    s = window.controller.problem.scenario
    assert (s.data, s.features, s.model, s.loss, s.optimizer, s.batch_size) == ("house", 1, "linear", "mse", "sgd", "all")
    assert window.scene_data.values.shape == (201, 201)
    assert "House prices" in window.windowTitle()
    assert window.scene_data.minimum_xy is not None
    assert "step 0" in window.status_line.text() and "ready" in window.status_line.text()


def test_play_until_the_loss_falls_then_pause_step_and_reset(qtbot, window):
    window.optimizer_panel.steps.setValue(100_000)  # a run that cannot end before Space pauses it, however busy
    wait_ready(qtbot, window)
    window.speed.setCurrentIndex(window.speed.findData(100.0))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.state.status == RUNNING
    qtbot.waitUntil(lambda: len(window.history) > 10, timeout=10000)
    assert window.history.losses[-1] < window.history.losses[0]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.state.status == PAUSED
    qtbot.waitUntil(lambda: window.controller.worker_idle, timeout=5000)  # every step sent before the pause is in
    n = len(window.history)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: len(window.history) == n + 1, timeout=5000)
    qtbot.waitUntil(lambda: f"step {n} / 100000" in window.status_line.text(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: len(window.history) == 1, timeout=5000)
    assert window.state.status == READY
    np.testing.assert_array_equal(window.history.thetas[0], window.controller.problem.start)


def test_run_converges_and_matches_the_headless_run(qtbot, window):
    from lossplay.core import build_problem, train

    type_learning_rate(qtbot, window, "0.5")
    set_speed_max(window)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED), timeout=15000)
    headless = train(build_problem(window.controller.problem.scenario))
    np.testing.assert_array_equal(window.history.thetas, headless.thetas)
    # DESIGN.md's rule, written out: the last gradient norm is at most 1e-6 x max(1, the first).
    assert headless.grad_norms[-1] <= 1e-6 * max(1.0, headless.grad_norms[0])
    assert window.state.status == CONVERGED and "converged" in window.status_line.text()


def test_a_run_stopped_at_the_limit_far_from_the_minimum_is_not_converged(qtbot, window):
    window.optimizer_panel.steps.setValue(20)
    set_speed_max(window)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED), timeout=15000)
    assert window.history.grad_norms[-1] > 1.0
    assert window.state.status == FINISHED and "stopped at the step limit" in window.status_line.text()


def test_a_zero_one_run_is_finished_not_converged(qtbot, window):
    choose(window.data_panel.kind, "pass_fail")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "pass_fail",
                    timeout=15000)
    choose(window.model_panel.loss, "zero_one")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.loss == "zero_one",
                    timeout=15000)
    set_speed_max(window)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED), timeout=15000)
    assert np.all(window.history.thetas == window.history.thetas[0])  # it never moved
    assert window.state.status == FINISHED and "converged" not in window.status_line.text()


def test_changing_loss_data_and_optimizer(qtbot, window):
    choose(window.model_panel.loss, "mae")
    qtbot.waitUntil(lambda: window.controller.problem.scenario.loss == "mae" and window.state.status == READY, timeout=15000)
    assert "mean(|f(x) − y|)" in window.model_panel.formula.text()

    choose(window.data_panel.kind, "blobs")
    window.data_panel.classes.setValue(3)
    qtbot.waitUntil(lambda: window.controller.problem.scenario.data == "blobs" and window.controller.problem.scenario.classes == 3
                    and window.state.status == READY, timeout=15000)
    offered = {window.model_panel.loss.itemData(i) for i in range(window.model_panel.loss.count())}
    assert offered == {"cross_entropy", "sparse_cross_entropy", "multiclass_hinge", "kl_div"}
    assert window.controller.problem.scenario.model == "multiclass"
    assert window.scene_data.plane.labels[0].startswith("direction 1")

    choose(window.optimizer_panel.optimizer, "adam")
    qtbot.waitUntil(lambda: window.state.status == READY, timeout=5000)
    assert "No single critical" in window.lr_panel.critical.text()
    assert "Adam" in window.windowTitle()


def test_divergence_is_shown_and_no_nan_reaches_a_plot(qtbot, window):
    critical = window.state.critical_lr
    window.optimizer_panel.steps.setValue(400)
    wait_ready(qtbot, window)
    window.lr_panel.edit.setText(f"{1.1 * critical:.6g}")
    window.lr_panel.edit.editingFinished.emit()
    set_speed_max(window)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    h = window.history
    k = h.diverged_at_step
    text = window.status_line.text()
    assert f"diverged at step {k}" in text and "above the critical" in text
    assert h.losses[-1] > 1e6 * h.losses[0] or not np.isfinite(h.losses[-1])
    for item in (window.landscape.path, window.loss_chart.train, window.data_view.fit):
        x, y = item.getData()
        assert x is not None and np.isfinite(x).all() and np.isfinite(y).all()
    assert window.loss_chart.log_scale
    # The data view keeps its frame around the data.
    (x0, x1), (y0, y1) = window.data_view.getPlotItem().getViewBox().viewRange()
    assert y1 < 10 * np.abs(window.scene_data.problem.dataset.y).max()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1, timeout=5000)


def test_learning_rate_change_while_paused_applies_from_the_next_step(qtbot, window):
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 4, timeout=5000)
    assert window.state.status == PAUSED
    window.lr_panel.edit.setText("0.1")
    window.lr_panel.edit.editingFinished.emit()
    assert "applies from step 4" in window.status_line.text()
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 5, timeout=5000)
    h = window.history
    assert h.lrs[-2] == 0.1 and h.steps[-1] == 4
    grad = window.controller.problem.objective.value_and_grad(h.thetas[3])[1]
    np.testing.assert_allclose(h.thetas[4], h.thetas[3] - 0.1 * grad, rtol=1e-12)


def test_changing_the_learning_rate_when_not_paused_resets(qtbot, window):
    window.lr_panel.slider.setValue(window.lr_panel.slider.value() + 50)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.history) == 1, timeout=5000)
    assert window.history.lrs[0] == window.state.scenario.lr


def test_click_on_the_landscape_moves_the_start(qtbot, window):
    view = window.landscape
    vb = view.getPlotItem().getViewBox()
    plane = window.scene_data.plane
    target = QPointF(float(np.mean(plane.alphas[[0, -1]])) + 1.0, float(np.mean(plane.betas[[0, -1]])) - 2.0)
    pos = view.mapFromScene(vb.mapViewToScene(target))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.start is not None, timeout=10000)
    w, b = window.controller.problem.start
    assert abs(w - target.x()) < 0.02 * (plane.alphas[-1] - plane.alphas[0])
    assert abs(b - target.y()) < 0.02 * (plane.betas[-1] - plane.betas[0])
    np.testing.assert_array_equal(window.scene_data.plane.alphas, plane.alphas)  # same frame


def test_random_start(qtbot, window):
    window.random_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.start is not None
                    and len(window.history) == 1, timeout=10000)
    assert window.history.thetas[0].tolist() == list(window.controller.problem.scenario.start)


def test_closing_mid_run_exits_cleanly(qtbot, qtlog, process_ended):
    from lossplay.app.window import MainWindow

    win = MainWindow()
    win.show()
    qtbot.waitUntil(lambda: win.state.status == READY, timeout=15000)
    win.optimizer_panel.steps.setValue(1_000_000)
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.scenario.steps == 1_000_000, timeout=15000)
    set_speed_max(win)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: len(win.history) > 50, timeout=10000)
    win.close()
    pid = win.controller.trainer.pid
    qtbot.waitUntil(lambda: process_ended(pid), timeout=30000)  # the training process ended with the window
    assert not [r for r in qtlog.records if "thread" in r.message.lower()]


def test_every_control_has_a_tooltip_and_its_label_as_accessible_name(window):
    checked = 0
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            widgets = [field.widget()] if field.widget() else [field.layout().itemAt(i).widget()
                                                               for i in range(field.layout().count())]
            main = widgets[0]
            assert main.accessibleName() == label.widget().text()
            for w in widgets:
                assert isinstance(w, QWidget) and w.toolTip(), f"{label.widget().text()} has no tooltip"
            checked += 1
    assert checked >= 18
    for action in (window.play_action, window.step_action, window.reset_action, window.random_action):
        assert action.toolTip()


def test_render_of_the_window_is_not_blank(tmp_path, window):
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 200


def test_lessons_menu_sets_up_the_window_and_variants_are_one_click_apart(qtbot, window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Lessons")
    actions = menu.actions()
    assert len(actions) == len(load_lessons())
    actions[0].trigger()  # too large a learning rate
    panel = window.lesson_panel
    assert panel.isVisible() and panel.title.text() == "Too large a learning rate"
    lesson = load_lessons()[0]
    above, below = (lesson.scenario_for(v).lr for v in (0, 1))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == above, timeout=15000)
    X = window.controller.problem.objective.X  # two correlated features: an elongated bowl
    Xb = np.column_stack([X, np.ones(len(X))])
    critical = 2.0 / np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb).max()
    assert X.shape[1] == 2 and above == float(f"{1.05 * critical:.6g}") and below == float(f"{0.95 * critical:.6g}")
    assert window.state.axes == (0, 1)  # the lesson's plane, w1 x w2
    qtbot.mouseClick(panel.buttons.button(1), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == below, timeout=15000)
    assert panel.buttons.button(1).isChecked()


def test_margin_view_places_the_samples_on_the_selected_loss(qtbot, window):
    choose(window.data_panel.kind, "pass_fail")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "pass_fail", timeout=15000)
    choose(window.model_panel.loss, "hinge")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.loss == "hinge", timeout=15000)
    window.tabs.setCurrentWidget(window.margin_view)
    for _ in range(5):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 6, timeout=5000)
    window.presenter.draw()  # the frame that is due, now
    x, y = window.margin_view.points.getData()
    objective = window.controller.problem.objective
    theta = window.history.thetas[-1]
    margins = objective.y * (objective.X[:, 0] * theta[0] + theta[1])
    np.testing.assert_allclose(np.sort(x), np.sort(np.clip(margins, -3, 3)))
    np.testing.assert_allclose(y, np.minimum(np.maximum(0, 1 - x), 3.9))  # on the hinge curve
    assert window.margin_view.curves["hinge"].opts["pen"].width() > window.margin_view.curves["logistic"].opts["pen"].width()


def test_equations_show_the_update_with_its_numbers(qtbot, window):
    window.tabs.setCurrentWidget(window.equations)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    window.presenter.draw()  # the frame that is due, now
    h = window.history
    text = window.equations.toPlainText()
    w0, g0, w1 = h.thetas[0][0], h.recent_grads[0][0], h.thetas[1][0]
    assert f"w ← {w0:.4g} − 0.03 × ({g0:.4g}) = {w1:.4g}" in text
    assert w1 == w0 - 0.03 * g0
    assert "mean((f(x) − y)²)" in text


def test_arrows_constraint_and_plane(qtbot, window):
    window.data_panel.features.setValue(2)
    window.model_panel.regularizer.setCurrentIndex(window.model_panel.regularizer.findData("l1"))
    window.model_panel.lam.setValue(2.0)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.features == 2
                    and window.controller.problem.scenario.lam == 2.0, timeout=15000)
    window.plane_box.setCurrentIndex(window.plane_box.findText("w1 × w2"))
    window.plane_box.activated.emit(window.plane_box.currentIndex())
    qtbot.waitUntil(lambda: window.state.status == READY and window.scene_data.plane.labels == ("w1", "w2"), timeout=15000)
    assert window.plane_box.currentText() == "w1 × w2"
    window.arrows_action.trigger()
    window.constraint_action.trigger()
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 4, timeout=5000)
    window.presenter.draw()  # the frame that is due, now
    h = window.history
    x, y = window.landscape.gradient_step.getData()
    expected = h.thetas[-2] - h.lrs[-2] * h.recent_grads[-2]
    np.testing.assert_allclose([x[1], y[1]], expected[:2])
    x, y = window.landscape.actual_step.getData()
    np.testing.assert_allclose([x[1], y[1]], h.thetas[-1][:2])
    x, y = window.landscape.constraint.getData()
    finite = np.isfinite(x)
    level = np.abs(h.thetas[-1][:2]).sum()
    np.testing.assert_allclose(np.abs(x[finite]) + np.abs(y[finite]), level, rtol=0.02)  # the L1 diamond


def test_a_race_of_three_runs_draws_three_trajectories(qtbot, window):
    panel = window.optimizer_panel
    panel.add_racer.click()  # gradient descent at 0.03
    qtbot.waitUntil(lambda: len(window.histories) == 2 and len(window.histories[1]) == 1, timeout=5000)
    choose(panel.optimizer, "momentum")
    panel.add_racer.click()
    choose(panel.optimizer, "adam")
    window.lr_panel.edit.setText("2")
    window.lr_panel.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: len(window.histories) == 3 and all(len(h) == 1 for h in window.histories), timeout=5000)
    set_speed_max(window)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED), timeout=15000)
    assert [len(h) for h in window.histories] == [151, 151, 151]
    paths = [window.landscape.path.getData()] + [p.getData() for p in window.landscape.race_paths[:2]]
    for (x, y), h in zip(paths, window.histories):  # each drawn path ends where its run ended
        np.testing.assert_allclose([x[-1], y[-1]], window.scene_data.plane.project(h.thetas[-1:])[0])
    ends = {tuple(np.round(h.thetas[20], 6)) for h in window.histories}
    assert len(ends) == 3  # three different optimizers, three different paths
    assert window.loss_chart.race[0].getData()[0] is not None
    assert "step 150" in panel.racer_status[0].text()
    remove = panel.race_rows.itemAt(0).widget().findChildren(type(panel.add_racer))[0]
    remove.click()
    qtbot.waitUntil(lambda: len(window.histories) == 2, timeout=5000)
    assert [tuple(r.__dict__.values()) for r in window.state.racers] == [(0.03, "momentum", "all")]


def test_racers_with_the_same_batch_size_draw_the_same_minibatches(qtbot, window):
    window.optimizer_panel.batch.setCurrentIndex(window.optimizer_panel.batch.findData(32))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.batch_size == 32, timeout=15000)
    window.optimizer_panel.add_racer.click()
    qtbot.waitUntil(lambda: len(window.histories) == 2 and len(window.histories[1]) == 1, timeout=5000)
    for _ in range(10):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.histories[1]) == 11, timeout=5000)
    np.testing.assert_array_equal(window.histories[0].thetas, window.histories[1].thetas)
