"""The 3-D tab: heights from the landscape, the turn, and a surface that is drawn and turns."""
import numpy as np
from PySide6.QtCore import QPoint, Qt

from lossplay.app.window import READY
from lossplay.plots.surface import HEIGHT, grid_heights, heights_at, rotation


def test_heights_are_the_colour_maps_values_scaled_and_the_path_sits_on_them():
    image = np.add.outer(np.linspace(0, 2, 7) ** 2, np.linspace(-1, 1, 9) ** 2)  # (rows=betas, cols=alphas)
    alphas, betas = np.linspace(-3, 5, 9), np.linspace(10, 16, 7)
    rows, cols, z = grid_heights(image)
    lo, hi = image.min(), image.max()
    np.testing.assert_allclose(z, HEIGHT * (image - lo) / (hi - lo))
    nodes = np.array([[alphas[2], betas[5]], [alphas[8], betas[0]]])
    np.testing.assert_allclose(heights_at(image, alphas, betas, nodes), [z[5, 2], z[0, 8]])
    middle = np.array([[(alphas[2] + alphas[3]) / 2, betas[1]]])
    np.testing.assert_allclose(heights_at(image, alphas, betas, middle), [(z[1, 2] + z[1, 3]) / 2])


def test_the_turn_is_a_rotation_and_from_straight_above_it_is_the_floor_plan():
    for azimuth, elevation in ((0, 90), (-55, 32), (120, 10)):
        R = rotation(azimuth, elevation)
        np.testing.assert_allclose(R @ R.T, np.eye(3), atol=1e-12)
        assert np.isclose(np.linalg.det(R), 1.0)
    top = rotation(0.0, 90.0)
    np.testing.assert_allclose(top @ [0.3, -0.7, 0.5], [0.3, -0.7, 0.5], atol=1e-12)  # x right, y up, z to the viewer


def test_the_tab_draws_the_surface_and_the_path_and_turns_with_the_mouse(qtbot, window):
    for _ in range(15):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 16, timeout=5000)
    view = window.surface_view
    window.landscape_tabs.setCurrentWidget(view)
    window.presenter.draw()
    before = view.grab().toImage()
    colours = {before.pixel(x, y) for x in range(0, before.width(), 3) for y in range(0, before.height(), 3)}
    view.set_path(np.array([[1e9, 1e9]]))  # a path off the landscape: nothing drawn on it
    bare = view.grab().toImage()
    path_pixels = sum(before.pixel(x, y) != bare.pixel(x, y) for x in range(before.width())
                      for y in range(before.height()))
    assert len(colours) > 100 and path_pixels > 100  # a shaded surface, and the path on it
    window.presenter.draw()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(view, QPoint(160, 90))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(160, 90))
    assert view.azimuth != -55.0 and view.elevation != 32.0
    after = view.grab().toImage()
    assert after != before


def test_the_surface_saves_as_a_png_at_twice_its_size(qtbot, window, tmp_path):
    from PIL import Image
    view = window.surface_view
    window.landscape_tabs.setCurrentWidget(view)
    window.presenter.draw()
    view.save_png(tmp_path / "surface.png")
    with Image.open(tmp_path / "surface.png") as image:  # read back by Pillow, not by Qt
        assert image.size == (2 * view.width(), 2 * view.height())
        assert len(np.unique(np.asarray(image.convert("RGB")).reshape(-1, 3), axis=0)) > 100


def test_a_new_landscape_costs_a_hidden_surface_nothing_and_is_drawn_when_shown(qtbot, window):
    view = window.surface_view
    window.landscape_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view._corners is not None)
    before = view.grab().toImage()
    window.landscape_tabs.setCurrentWidget(window.landscape)
    old = window.scene_data
    window.data_panel.noise.setValue(window.data_panel.noise.value() + 3.0)
    qtbot.waitUntil(lambda: window.scene_data is not old and window.state.status == READY, timeout=15000)
    assert view._corners is None  # not made while the tab is hidden
    window.landscape_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view._corners is not None)
    assert view.grab().toImage() != before  # the new landscape's surface
