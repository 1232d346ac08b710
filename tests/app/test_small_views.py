"""Views made small: a multi-label animation with every label's data view in a row, a
colour bar shorter than its title, a data view narrower than the shade's key. Nothing is
cut off: positions and sizes are read from the items drawn."""
import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from lossplay.core import Scenario
from lossplay.core.runfiles import run_scenario
from lossplay.plots.animation import _AnimationFrame, write_animation
from lossplay.plots.colour_bar import LOG_TITLE
from lossplay.plots.scene import scene_from
from lossplay.plots.views import DataView, LandscapeView


def run(**settings):
    result = run_scenario(Scenario().replace(**settings).validated(), grid=41)
    return result, scene_from(result.problem, result.plane, result.landscape)


def fits(view) -> bool:
    """The plot inside `view` is no wider than the view (else its right part is cut off)."""
    return view.getPlotItem().size().width() <= view.width() + 0.5


@pytest.mark.parametrize("labels", [3, 5])
def test_a_multilabel_animation_shows_every_label_moving(qapp, tmp_path, labels):
    result, scene = run(data="multilabel", labels=labels, steps=30, lr=0.5)
    history = result.history
    frame = _AnimationFrame(scene, history, 800, 600, True, True, [], None)
    try:
        data = [v for v in frame.views if isinstance(v, DataView)]
        assert [v.label for v in data] == list(range(labels))
        frame.frame(len(history.steps), render=False)
        for view in data:
            np.testing.assert_array_equal(view._theta, history.thetas[-1])
            assert fits(view)
            title = view.getPlotItem().titleLabel.text
            assert f"y{view.label + 1}" in title
            assert ("Data" not in title) == (800 / labels < 220)  # narrow views say the label only
    finally:
        frame.deleteLater()
        QApplication.processEvents()
    path = tmp_path / "run.gif"
    assert write_animation(scene, history, path, fps=10) == 31
    gif = Image.open(path)
    first = np.asarray(gif.convert("RGB"), int)
    gif.seek(gif.n_frames - 1)
    last = np.asarray(gif.convert("RGB"), int)
    # The row of data views is the lower part of the frame: each label's regions move.
    h, w = first.shape[:2]
    for k in range(labels):
        cell = (slice(int(h * 0.62), int(h * 0.85)), slice(k * w // labels + 25, (k + 1) * w // labels - 5))
        assert (np.abs(first[cell] - last[cell]).max(axis=2) > 30).mean() > 0.02, k


@pytest.mark.parametrize("height, whole", [(700, True), (230, False)])
def test_the_colour_bar_title_fits_along_the_bar(qapp, height, whole):
    _, scene = run(data="house", features=2, scale="none")  # a long, narrow valley: the log scale's long title
    assert len(scene.colour_ticks)  # the log scale
    view = LandscapeView()
    view.resize(600, height)
    view.show()
    try:
        view.set_scene(scene)
        QApplication.processEvents()
        axis = view.colorbar.axis
        assert (axis.labelText == LOG_TITLE) == whole
        top = axis.mapRectToScene(axis.rect()).top()
        bottom = axis.mapRectToScene(axis.rect()).bottom()
        title = axis.label.sceneBoundingRect()
        assert top - 1 <= title.top() and title.bottom() <= bottom + 1  # all of it beside the bar
    finally:
        view.close()
        view.deleteLater()


def test_a_hidden_shade_key_leaves_a_narrow_data_view_its_width(qapp):
    result, scene = run(data="moons", loss="bce", steps=10)
    view = DataView()
    view.shade_key = False
    view.resize(150, 200)
    view.show()
    try:
        view.set_scene(scene)
        view.set_theta(result.history.thetas[-1])
        QApplication.processEvents()
        assert view.shade.image.isVisible() and not view.shade.key.isVisible()
        assert fits(view)
    finally:
        view.close()
        view.deleteLater()
