"""The Probabilities tab: a click on a sample of the −log q curve shows its p and q bars
and the four numbers; the curve carries every training sample."""
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from lossplay.app.state import ENDED, READY
from lossplay.core import Scenario


TAB = "probability_view"  # in front in every window_on(...) window


def test_clicking_a_sample_on_the_curve_shows_its_distributions(qtbot, window_on):
    win = window_on(Scenario(data="blobs", classes=3, samples=80, noise=0.8, label_smoothing=0.1, steps=40,
                                      lr=0.3))
    panel = win.probability_view
    win.speed.setCurrentIndex(win.speed.count() - 1)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=30000)
    qtbot.waitUntil(lambda: panel.shown_row == len(win.history) - 1, timeout=5000)

    # a sample whose dot stands apart from the others on screen
    xs, ys = panel.samples.getData()
    box = panel.curve_plot.getPlotItem().getViewBox()
    screen = [panel.curve_plot.mapFromScene(box.mapViewToScene(QPointF(x, y))) for x, y in zip(xs, ys)]
    pixels = np.array([[p.x(), p.y()] for p in screen], float)
    gaps = np.linalg.norm(pixels[:, None] - pixels[None], axis=2) + np.eye(len(pixels)) * 1e9
    target = int(np.argmax(gaps.min(axis=1)))
    assert gaps[target].min() > 5  # pixels, beyond a dot's radius of 4: the click cannot land on a neighbour
    row = int(panel.samples.data["data"][target])
    pos = screen[target]
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        qtbot.mouseClick(panel.curve_plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.chosen_row == row

    problem, theta = win.controller.problem, np.asarray(win.history.thetas[-1])
    x, label = problem.objective.X[row], int(problem.dataset.y[problem.dataset.is_train][row])
    raw = x @ theta[:6].reshape(2, 3) + theta[6:]
    q = np.exp(raw - raw.max()) / np.exp(raw - raw.max()).sum()
    p = np.full(3, 0.1 / 3)
    p[label] += 0.9
    assert len(xs) == len(problem.objective.X)  # every training sample on the curve
    np.testing.assert_allclose(panel.q_bars.opts["height"], q, rtol=1e-10)
    np.testing.assert_allclose(panel.p_bars.opts["height"], p, rtol=1e-12)
    cross = -float(p @ np.log(q))
    assert f"{cross:.4f}" in panel.numbers.text()
    chosen_x, chosen_y = panel.chosen.getData()
    assert chosen_x[0] == pytest.approx(q[label]) and chosen_y[0] == pytest.approx(min(-math.log(q[label]), 6.9078),
                                                                                  abs=1e-4)


def test_hard_labels_make_kl_q_p_infinite_and_hinge_has_no_probabilities(qtbot, window_on):
    win = window_on(Scenario(data="moons", loss="bce", steps=5))
    panel = win.probability_view
    qtbot.waitUntil(lambda: "KL(q‖p) = <b>∞</b>" in panel.numbers.text(), timeout=5000)
    win.model_panel.loss.setCurrentIndex(win.model_panel.loss.findData("hinge"))
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.scenario.loss == "hinge",
                    timeout=15000)
    qtbot.waitUntil(lambda: "log-likelihood" in panel.numbers.text(), timeout=5000)
    assert len(panel.samples.data) == 0


def test_the_tab_follows_the_timeline_back_to_an_earlier_step(qtbot, window_on):
    win = window_on(Scenario(data="blobs", classes=3, samples=60, noise=0.8, steps=30, lr=0.3))
    panel = win.probability_view
    win.speed.setCurrentIndex(win.speed.count() - 1)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=30000)
    qtbot.waitUntil(lambda: panel.shown_row == len(win.history) - 1, timeout=5000)
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        win.timeline.slider.setValue(2)
    assert win.state.replay_row == 2 and panel.shown_row == 2

    problem, theta = win.controller.problem, np.asarray(win.history.thetas[2])
    X = problem.objective.X
    labels = problem.dataset.y[problem.dataset.is_train]
    raw = X @ theta[:6].reshape(2, 3) + theta[6:]
    q = np.exp(raw - raw.max(axis=1, keepdims=True))
    q /= q.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(panel.q_bars.opts["height"], q[panel.chosen_row], rtol=1e-10)
    xs, ys = panel.samples.getData()
    rows = panel.samples.data["data"].astype(int)
    np.testing.assert_allclose(xs, q[rows, labels[rows]], rtol=1e-10)


def test_multilabel_data_shows_the_numbers_of_the_label_the_data_view_shows(qtbot, window_on):
    win = window_on(Scenario(data="multilabel", labels=3, steps=30, lr=0.5))
    panel = win.probability_view
    win.speed.setCurrentIndex(win.speed.count() - 1)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=30000)
    qtbot.waitUntil(lambda: panel.shown_row == len(win.history) - 1, timeout=5000)
    problem, theta = win.controller.problem, np.asarray(win.history.thetas[-1])
    X, Y = problem.objective.X, problem.dataset.y[problem.dataset.is_train]
    raw = X @ theta[:6].reshape(2, 3) + theta[6:]
    on = 1 / (1 + np.exp(-raw))  # each label's own sigmoid
    for label in (2, 0):
        with qtbot.waitSignal(panel.refreshed, timeout=5000):
            win.data_view.label_choice.setCurrentIndex(label)  # the Data view's corner list
        row, answer = panel.chosen_row, int(Y[panel.chosen_row, label])
        q = np.array([1 - on[row, label], on[row, label]])
        np.testing.assert_allclose(panel.q_bars.opts["height"], q, rtol=1e-10)
        np.testing.assert_array_equal(panel.p_bars.opts["height"], np.eye(2)[answer])
        assert f"label y{label + 1}: {answer}" in panel.numbers.text()
        assert f"{-math.log(q[answer]):.4f}" in panel.numbers.text()  # its binary cross-entropy
        xs, _ = panel.samples.getData()
        rows = panel.samples.data["data"].astype(int)
        own = np.where(Y[rows, label] == 1, on[rows, label], 1 - on[rows, label])
        np.testing.assert_allclose(xs, own, rtol=1e-10)

@pytest.mark.parametrize("code", ["en", "ko"])
def test_both_plots_fit_the_narrow_column_at_1280x800(qtbot, window_on, code):
    win = window_on(Scenario(data="blobs", classes=3, steps=5))
    win.set_language(code)
    try:
        panel = win.probability_view
        qtbot.waitUntil(lambda: "H(p, q)" in panel.numbers.text(), timeout=15000)
        for plot in (panel.bars, panel.curve_plot):
            # A plot's contents wider than its widget are cut off at the right (its title
            # and last class were, with the legend in the plot and the longer titles).
            assert plot.getPlotItem().size().width() <= plot.width() + 0.5
        assert panel.bars.x() + panel.bars.width() <= panel.curve_plot.x()
    finally:
        win.set_language("en")
