"""The data view of a 2-D classification shades by how sure the model is: the classes'
colours mixed by their predicted probabilities, as opaque as the predicted class's
probability is above a guess; the boundary is the 0.5 (argmax) line, a dashed line
where the probability is 0.9. Numbers from sigmoid and softmax written out here."""
import numpy as np
import pytest

from lossplay.app.state import ENDED, READY
from lossplay.core import Scenario
from lossplay.plots import looks
from lossplay.plots.confidence import STRONGEST
from lossplay.plots.data_view import PALETTE


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], float)


def expected_rgba(q: np.ndarray, look: str = "light") -> np.ndarray:
    """q (..., K) probabilities -> the shade's RGBA: colours mixed by q, alpha from max q."""
    k = q.shape[-1]
    colour = q @ np.array([rgb(c) for c in PALETTE[:k]])
    alpha = STRONGEST[look] * (q.max(axis=-1) - 1 / k) / (1 - 1 / k)
    return np.concatenate([colour, alpha[..., None]], axis=-1)


def run(qtbot, win):
    win.speed.setCurrentIndex(win.speed.count() - 1)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=30000)
    win.tabs.setCurrentWidget(win.data_view)
    win.presenter.draw()


def test_two_classes_are_shaded_by_the_sigmoid(qtbot, open_window):
    win = open_window(Scenario(data="moons", loss="logistic", steps=60, lr=0.5))
    run(qtbot, win)
    view = win.data_view
    qtbot.waitUntil(lambda: view.shade is not None and view.shade.image.isVisible(), timeout=5000)
    w1, w2, b = win.history.thetas[-1]
    frame = win.presenter._frame
    GX, GY = np.meshgrid(frame.grid_x, frame.grid_y)
    p = 1 / (1 + np.exp(-(w1 * GX + w2 * GY + b)))
    image = view.shade.image.image.astype(float)
    np.testing.assert_allclose(image, expected_rgba(np.stack([1 - p, p], axis=-1)), atol=0.51)
    assert image[..., 3].max() > 0.8 * STRONGEST["light"]  # sure somewhere, after training
    # The solid boundary is where p = 0.5 (the output is 0); the dashed line where the
    # predicted class has 0.9.
    x, y = view.region_shapes.boundary.getData()
    x, y = x[np.isfinite(x)], y[np.isfinite(y)]
    np.testing.assert_allclose(1 / (1 + np.exp(-(w1 * x + w2 * y + b))), 0.5, atol=1e-9)
    x, y = view.shade.sure_line.getData()
    x, y = x[np.isfinite(x)], y[np.isfinite(y)]
    assert len(x) > 10
    p_line = 1 / (1 + np.exp(-(w1 * x + w2 * y + b)))
    np.testing.assert_allclose(np.maximum(p_line, 1 - p_line), 0.9, atol=2e-3)
    # The regions are the shade now, not flat fills; the key says what it means.
    assert not any(shape.isVisible() for shape in view.region_shapes.shapes)
    assert view.shade.key.isVisible() and "0.5" in view.shade.key.item.toPlainText()
    # under the plot, where it hides no sample
    box = view.getPlotItem().getViewBox()
    assert view.shade.key.sceneBoundingRect().top() >= box.sceneBoundingRect().bottom()


def test_several_classes_are_shaded_by_the_softmax_and_a_margin_loss_is_not(qtbot, open_window):
    win = open_window(Scenario(data="blobs", classes=3, noise=0.6, steps=40, lr=0.3))
    run(qtbot, win)
    view = win.data_view
    qtbot.waitUntil(lambda: view.shade is not None and view.shade.image.isVisible(), timeout=5000)
    theta = win.history.thetas[-1]
    W, b = theta[:6].reshape(2, 3), theta[6:]
    frame = win.presenter._frame
    GX, GY = np.meshgrid(frame.grid_x, frame.grid_y)
    raw = GX[..., None] * W[0] + GY[..., None] * W[1] + b
    q = np.exp(raw - raw.max(axis=-1, keepdims=True))
    q /= q.sum(axis=-1, keepdims=True)
    np.testing.assert_allclose(view.shade.image.image.astype(float), expected_rgba(q), atol=0.51)
    assert "0.33" in view.shade.key.item.toPlainText()  # no shade at a guess among three

    win.model_panel.loss.setCurrentIndex(win.model_panel.loss.findData("multiclass_hinge"))
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.scenario.loss == "multiclass_hinge",
                    timeout=15000)
    run(qtbot, win)
    qtbot.waitUntil(lambda: not view.shade.image.isVisible(), timeout=5000)
    assert not view.shade.key.isVisible() and not view.shade.sure_line.isVisible()
    assert sum(shape.isVisible() for shape in view.region_shapes.shapes) == 3  # the flat regions again


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_the_shade_follows_the_theme(qtbot, open_window, theme):
    win = open_window(Scenario(data="moons", loss="logistic", steps=30, lr=0.5))
    run(qtbot, win)
    view = win.data_view
    qtbot.waitUntil(lambda: view.shade is not None and view.shade.image.isVisible(), timeout=5000)
    light = view.shade.image.image.copy()
    try:
        win.presentation.set_theme(theme)
        qtbot.waitUntil(lambda: view.shade.image.image[..., 3].max() != light[..., 3].max(), timeout=5000)
        image = view.shade.image.image
        # as opaque as the theme wants, each a rounded share of the light one's
        np.testing.assert_allclose(image[..., 3].astype(float),
                                   light[..., 3].astype(float) * STRONGEST[theme] / STRONGEST["light"], atol=1.0)
        np.testing.assert_array_equal(image[..., :3], light[..., :3])
        assert f"color:{looks.LOOKS[theme].text.lower()}" in view.shade.key.item.toHtml()  # in the theme's text colour
    finally:
        win.presentation.set_theme("light")


def test_presenter_mode_enlarges_the_key(qtbot, open_window):
    win = open_window(Scenario(data="moons", loss="logistic", steps=10, lr=0.5))
    run(qtbot, win)
    key = win.data_view.shade.key
    qtbot.waitUntil(key.isVisible, timeout=5000)
    height = key.item.boundingRect().height()
    win.presentation.set_presenting(True)
    try:
        qtbot.waitUntil(lambda: key.item.boundingRect().height() > 1.4 * height, timeout=5000)
        assert "font-size:12.8pt" in key.item.toHtml().replace(" ", "")  # 8 pt × 1.6
    finally:
        win.presentation.set_presenting(False)
    qtbot.waitUntil(lambda: key.item.boundingRect().height() == height, timeout=5000)


def test_the_pointer_off_the_samples_reads_the_shade(qtbot, open_window):
    from PySide6.QtCore import QPointF

    win = open_window(Scenario(data="blobs", classes=3, noise=0.6, steps=30, lr=0.3))
    run(qtbot, win)
    win.timeline.slider.setValue(12)  # the read-out is of the step shown
    view = win.data_view
    ds = win.controller.problem.dataset
    x0, x1, y0, y1 = win.presenter._frame.rect
    # a point of the plot far from every sample
    candidates = np.array([[x, y] for x in np.linspace(x0, x1, 25)[1:-1] for y in np.linspace(y0, y1, 25)[1:-1]])
    gaps = np.hypot(*(candidates[:, None, :] - ds.X[None, :, :2]).transpose(2, 0, 1)).min(axis=1)
    x, y = candidates[np.argmax(gaps)]
    box = view.getPlotItem().getViewBox()
    view.scene().sigMouseMoved.emit(box.mapViewToScene(QPointF(float(x), float(y))))
    qtbot.waitUntil(view.hover.label.isVisible, timeout=5000)
    theta = win.history.thetas[12]
    raw = np.array([x, y]) @ theta[:6].reshape(2, 3) + theta[6:]
    q = np.exp(raw - raw.max()) / np.exp(raw - raw.max()).sum()
    k = int(np.argmax(q))
    assert view.hover.text == f"here: predicted class {k}, probability {q[k]:.3f}"
