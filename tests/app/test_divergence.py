"""The divergence story in the window: the explanation banner with its numbers."""
import numpy as np

from lossplay.app.window import DIVERGED, FINISHED, READY


def run_at(qtbot, window, lr):
    window.lr_panel.edit.setText(repr(lr))
    window.lr_panel.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == lr
                    and len(window.history) == 1, timeout=10000)
    window.speed.setCurrentIndex(window.speed.findData(0.0))
    window.play_action.trigger()


def test_a_diverged_run_is_explained_with_its_numbers(qtbot, window):
    X = window.controller.problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    lam = np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb)
    lr = float(f"{1.05 * 2.0 / lam.max():.6g}")
    assert not window.banner.isVisible()
    run_at(qtbot, window, lr)
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    text = window.banner.text.text()
    assert window.banner.isVisible() and f"diverged at step {window.history.diverged_at_step}" in text
    assert f"2/λmax = {2.0 / lam.max():.4g}" in text
    assert f"by {np.abs(1.0 - lr * lam).max():.4g}" in text
    assert "above the critical learning rate" in window.lr_panel.critical.text()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY, timeout=5000)
    assert not window.banner.isVisible()


def test_at_the_critical_rate_the_banner_says_it_oscillates(qtbot, window):
    critical = window.state.critical_lr
    window.optimizer_panel.steps.setValue(60)
    run_at(qtbot, window, float(f"{critical:.6g}"))
    qtbot.waitUntil(lambda: window.state.status == FINISHED, timeout=15000)
    assert window.banner.isVisible() and "back and forth" in window.banner.text.text()
    assert "oscillates" in window.lr_panel.critical.text()


def test_the_first_lesson_draws_the_valley_axes_with_their_factors(qtbot, window):
    lesson = window.lesson_panel.lessons[0]
    window.lesson_panel.open(lesson)
    lr = lesson.scenario_for(0).lr
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == lr
                    and len(window.history) == 1, timeout=15000)
    assert window.curvature_action.isChecked()  # the lesson turns the overlay on
    window.presenter.draw()
    X = window.controller.problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    values, vectors = np.linalg.eigh(2.0 / len(X) * Xb.T @ Xb)
    steep, flat = 2, 0  # b's own direction (λ = 2) stands across the w1 × w2 plane
    labels = [label.textItem.toPlainText() for label in window.landscape.eigen_labels if label.isVisible()]
    assert labels == [f"λ = {values[steep]:.3g} · ×{abs(1 - lr * values[steep]):.3g} per step: grows",
                      f"λ = {values[flat]:.3g} · ×{abs(1 - lr * values[flat]):.3g} per step: shrinks"]
    for line, i in zip(window.landscape.eigen_lines, (steep, flat)):
        x, y = line.getData()
        drawn = np.array([x[1] - x[0], y[1] - y[0]])
        assert abs(abs(drawn @ vectors[:2, i]) / np.linalg.norm(drawn) - 1) < 1e-9  # along the eigenvector
    window.curvature_action.trigger()
    assert not any(line.isVisible() for line in window.landscape.eigen_lines)


def test_the_slice_tab_shows_the_loss_along_the_last_step_and_calls_an_overshoot(qtbot, window):
    X = window.controller.problem.objective.X
    y = window.controller.problem.objective.y
    Xb = np.column_stack([X, np.ones(len(X))])
    lam = np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb)
    lr = float(f"{1.9 / lam.max():.6g}")  # below the critical rate, but past the lowest point along the steepest axis
    window.lr_panel.edit.setText(repr(lr))
    window.lr_panel.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == lr
                    and len(window.history) == 1, timeout=10000)
    window.landscape_tabs.setCurrentWidget(window.slice_view)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    window.presenter.draw()
    before, after = window.history.thetas[0], window.history.thetas[1]
    t, losses = window.slice_view.curve.getData()
    expected = [np.mean((Xb @ (before + s * (after - before)) - y) ** 2) for s in t]
    np.testing.assert_allclose(losses, expected, rtol=1e-9)
    lower = np.mean((Xb @ after - y) ** 2) < np.mean((Xb @ before - y) ** 2)
    slope = 2.0 / len(X) * (Xb @ after - y) @ (Xb @ (after - before))
    words = window.slice_view.verdict.textItem.toPlainText()
    assert words == ("short of the lowest point" if slope <= 0 else
                     "past the lowest point, but still lower" if lower else "overshoot: landed higher than it started")


def test_predictions_that_flew_off_the_data_chart_stay_on_its_edge_and_are_counted(qtbot, window):
    from test_replay import diverge_lesson_one

    diverge_lesson_one(qtbot, window)
    window.tabs.setCurrentWidget(window.data_view)
    window.presenter.draw()
    view = window.data_view
    h = window.history
    theta = h.thetas[-1] if np.isfinite(h.thetas[-1]).all() else h.thetas[-2]
    X = window.controller.problem.dataset.X[view._indices]
    predicted = X @ theta[:2] + theta[2]  # weights first, then the bias
    _, _, bottom, top = view._frame.rect
    off = (predicted < bottom) | (predicted > top)
    assert off.sum() > 0
    xs, ys = view.beyond.getData()
    assert len(xs) == off.sum()
    np.testing.assert_allclose(np.sort(ys), np.sort(np.where(predicted[off] > top, top, bottom)))
    assert view.shown_note.isVisible() and f"{off.sum()} predictions beyond the chart" in view.shown_note.toPlainText()


def test_a_fitted_line_that_flew_off_the_data_chart_is_said(qtbot, window):
    X = window.controller.problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    lam = np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb)
    run_at(qtbot, window, float(f"{1.2 * 2.0 / lam.max():.6g}"))  # the default house data, one feature
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    window.tabs.setCurrentWidget(window.data_view)
    window.presenter.draw()
    view, h = window.data_view, window.history
    theta = h.thetas[-1] if np.isfinite(h.thetas[-1]).all() else h.thetas[-2]
    x0, x1, bottom, top = view._frame.rect
    ends = theta[0] * np.array([x0, x1]) + theta[1]  # the line w·x + b at the chart's two sides
    assert ends.min() > top or ends.max() < bottom  # the whole line is off the chart
    said = "▲ the fitted line is above the chart" if ends.min() > top else "▼ the fitted line is below the chart"
    assert view.shown_note.isVisible() and said in view.shown_note.toPlainText()
    window.timeline.slider.setValue(0)  # back at the start the line is on the chart: nothing to say
    window.presenter.draw()
    assert "fitted line" not in view.shown_note.toPlainText()
