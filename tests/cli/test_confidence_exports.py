"""The confidence shade in what leaves the program: PNG and SVG figures in every theme
(the SVG drawn by resvg like the PNG), and each frame of an animation of a
classification run. Expected pixels from the softmax written out here, blended over the
theme's background."""
import io

import numpy as np
import pytest
import resvg_py
from PIL import Image
from PySide6.QtCore import QPointF

from lossplay.core import Scenario
from lossplay.core.fit import data_frame
from lossplay.core.runfiles import run_scenario
from lossplay.plots import looks
from lossplay.plots.confidence import STRONGEST
from lossplay.plots.data_view import PALETTE
from lossplay.plots.export import save_widget
from lossplay.plots.figure import make_figure
from lossplay.plots.scene import scene_from
from lossplay.plots.theme import configure_pyqtgraph
from test_svg_like_png import LIMIT, fraction_differing


@pytest.fixture(scope="module")
def blobs():
    configure_pyqtgraph()  # as `lossplay run` and the window draw
    return run_scenario(Scenario(data="blobs", classes=3, noise=0.6, steps=60, lr=0.3).validated(), grid=21)


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], float)


def softmax_at(theta, x, y):
    W, b = theta[:6].reshape(2, 3), theta[6:]
    raw = x * W[0] + y * W[1] + b
    e = np.exp(raw - raw.max())
    return e / e.sum()


def quiet_point(result, theta) -> tuple[float, float]:
    """A point of the grid far from every sample, from the 0.9 line and from the
    boundary, and out of the key's corner: where only the shade is drawn."""
    frame = data_frame(result.problem)
    X = result.problem.dataset.X
    gx, gy = frame.grid_x[8:-8:4], frame.grid_y[len(frame.grid_y) // 3:-8:4]  # the key is bottom left
    best, best_gap = None, 0.0
    for x in gx:
        for y in gy:
            q = softmax_at(theta, x, y)
            if not (0.45 < q.max() < 0.85 or q.max() > 0.95):
                continue
            gap = np.min(np.hypot(X[:, 0] - x, X[:, 1] - y))
            if gap > best_gap:
                best, best_gap = (float(x), float(y)), gap
    return best


def pixel_of(view, x: float, y: float) -> tuple[int, int]:
    point = view.mapFromScene(view.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y)))
    return point.x(), point.y()


def expected_pixel(theta, x, y, look) -> np.ndarray:
    q = softmax_at(theta, x, y)
    colour = q @ np.array([rgb(c) for c in PALETTE[:3]])
    alpha = STRONGEST[look.key] * (q.max() - 1 / 3) / (2 / 3) / 255
    return rgb(look.background) * (1 - alpha) + colour * alpha


@pytest.mark.parametrize("theme", list(looks.LOOKS))
def test_png_and_svg_show_the_shade_in_every_theme(qapp, tmp_path, blobs, theme):
    theta = blobs.history.thetas[-1]
    scene = scene_from(blobs.problem, blobs.plane, blobs.landscape)
    look = looks.set_current(theme)
    try:
        view = make_figure("data", scene, blobs.history, 640, 480)
        save_widget(view, tmp_path / "data.png")
        save_widget(view, tmp_path / "data.svg")
        x, y = quiet_point(blobs, theta)
        col, row = pixel_of(view, x, y)
        view.deleteLater()
    finally:
        looks.set_current("light")
    png = np.asarray(Image.open(tmp_path / "data.png").convert("RGB")).astype(float)
    np.testing.assert_allclose(png[row, col], expected_pixel(theta, x, y, look), atol=8)
    svg = (tmp_path / "data.svg").read_text()
    drawn = np.asarray(Image.open(io.BytesIO(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff")))
                       .convert("RGB"))
    assert drawn.shape == png.shape
    assert fraction_differing(png.astype(np.uint8), drawn) < LIMIT
    np.testing.assert_allclose(drawn[row, col].astype(float), expected_pixel(theta, x, y, look), atol=8)


def test_each_animation_frame_shades_that_step(qapp, blobs):
    from lossplay.plots.animation import _AnimationFrame

    scene = scene_from(blobs.problem, blobs.plane, blobs.landscape)
    frame = _AnimationFrame(scene, blobs.history, 640, 480, True, True, (), None)
    try:
        data = frame.views[-1]
        for rows in (2, 20, len(blobs.history.steps)):
            pixels = frame.frame(rows).astype(float)
            theta = blobs.history.thetas[rows - 1]
            x, y = quiet_point(blobs, theta)
            col, row = pixel_of(data, x, y)
            corner = data.mapTo(frame, QPointF(col, row).toPoint())
            np.testing.assert_allclose(pixels[corner.y(), corner.x()], expected_pixel(theta, x, y, looks.current()),
                                       atol=8)
    finally:
        frame.deleteLater()
