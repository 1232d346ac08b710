"""Read-outs under the pointer, with the numbers written out in the test."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF

from lossplay.app.window import READY


def hover(qtbot, plot, x, y):
    """Move the pointer over plot coordinates (x, y), as a mouse does."""
    box = plot.getPlotItem().getViewBox()
    plot.scene().sigMouseMoved.emit(box.mapViewToScene(QPointF(x, y)))


def test_the_landscape_says_the_weights_and_the_loss_under_the_pointer(qtbot, window):
    plane = window.controller.scene.plane
    a = 0.3 * plane.alphas[0] + 0.7 * plane.alphas[-1]
    b = 0.6 * plane.betas[0] + 0.4 * plane.betas[-1]
    hover(qtbot, window.landscape, a, b)
    label = window.landscape.hover.label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    objective = window.controller.problem.objective
    theta = plane.center + a * plane.d1 + b * plane.d2
    loss = np.mean((objective.X @ theta[:-1] + theta[-1] - objective.y) ** 2)
    text = window.landscape.hover.text
    assert text.endswith(f"loss {loss:.4g}") and f"= {a:.4g}" in text and f"= {b:.4g}" in text


def test_the_loss_chart_says_the_step_and_both_losses(qtbot, window):
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 4, timeout=5000)
    window.presenter.draw()
    h = window.history
    (_, _), (y0, y1) = window.loss_chart.getPlotItem().getViewBox().viewRange()
    hover(qtbot, window.loss_chart, 2.2, (y0 + y1) / 2)  # the read-out follows the step under the pointer
    label = window.loss_chart.hover.label
    qtbot.waitUntil(lambda: label.isVisible() and "step 2" in window.loss_chart.hover.text, timeout=5000)
    assert window.loss_chart.hover.text == f"step 2 · training {h.losses[2]:.4g} · validation {h.val_losses[2]:.4g}"


def test_a_sample_under_the_pointer_tells_its_numbers_and_its_own_loss(qtbot, window):
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    window.presenter.draw()
    ds = window.controller.problem.dataset
    i = int(np.flatnonzero(~ds.is_val)[7])
    hover(qtbot, window.data_view, float(ds.X[i, 0]), float(ds.y[i]))
    label = window.data_view.hover.label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    w, b = window.history.thetas[-1]
    prediction = w * ds.X[i, 0] + b
    lines = window.data_view.hover.text.split("\n")
    assert lines[0] == f"training sample {i + 1}"
    assert lines[2] == f"target {ds.y[i]:.4g} · predicted {prediction:.4g}"
    assert lines[3] == f"its own loss {(prediction - ds.y[i]) ** 2:.4g}"
    hover(qtbot, window.data_view, float(ds.X[:, 0].max()) + 100.0, 0.0)  # off every sample, or off the plot
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)


def test_a_classifier_sample_tells_the_probability_of_its_own_class(qtbot, window):
    window.data_panel.kind.setCurrentIndex(window.data_panel.kind.findData("pass_fail"))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "pass_fail"
                    and len(window.history) == 1, timeout=15000)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    window.presenter.draw()
    ds, loss = window.controller.problem.dataset, window.controller.problem.scenario.loss
    i = int(np.flatnonzero(~ds.is_val)[3])
    hover(qtbot, window.data_view, float(ds.X[i, 0]), float(ds.y[i]))
    label = window.data_view.hover.label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    w, b = window.history.thetas[-1]
    p1 = 1.0 / (1.0 + np.exp(-(w * ds.X[i, 0] + b)))
    own = p1 if ds.y[i] == 1 else 1.0 - p1
    text = window.data_view.hover.text
    assert loss in ("bce", "logistic") and f"probability of its class {own:.3f}" in text
    assert text.endswith(f"its own loss {-np.log(own):.4g}")


def test_pull_rings_the_samples_that_pull_hardest_and_its_arrows_add_up_to_the_step(qtbot, window):
    window.data_panel.outliers.setValue(4)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.outliers == 4
                    and len(window.history) == 1, timeout=15000)
    window.pull_action.trigger()
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 4, timeout=5000)
    window.presenter.draw()
    objective, ds = window.controller.problem.objective, window.controller.problem.dataset
    X, y, n = objective.X[:, 0], objective.y, len(objective.y)
    w, b = window.history.thetas[-1]
    residual = w * X + b - y
    strength = np.abs(2.0 / n * residual) * np.hypot(X, 1.0)  # |d(r_i²/n)/d(w, b)|
    rings = window.data_view.pulls
    xs, ys = rings.getData()
    sizes = [p.size() for p in rings.points()]
    assert rings.isVisible() and len(xs) == max(5, int(np.ceil(0.1 * n)))
    strongest = int(np.argmax(strength))
    assert (xs[int(np.argmax(sizes))], ys[int(np.argmax(sizes))]) == (X[strongest], y[strongest])
    grad = np.array([2.0 / n * residual @ X, 2.0 / n * residual.sum()])
    lr = window.history.lrs[-1]
    ox, oy = window.landscape.pull_total.getData()
    rx, ry = window.landscape.pull_rest.getData()
    assert (rx[-1], ry[-1]) == pytest.approx((ox[-1], oy[-1]))  # the terms end to end arrive where the step does
    drawn = np.array([ox[1] - ox[0], oy[1] - oy[0]])
    step = -lr * grad  # the w x b plane is the parameters themselves
    assert drawn @ step / (np.linalg.norm(drawn) * np.linalg.norm(step)) == pytest.approx(1.0, abs=1e-9)
    window.pull_action.trigger()
    assert not rings.isVisible() and not window.landscape.pull_total.isVisible()
