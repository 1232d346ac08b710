"""Figures for slides: legends off the curves, log axes that label what has room, and a
colour bar whose ticks are round loss values."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from lossplay.plots.export import make_figure, svg_bytes
from lossplay.plots.legend_place import place_legend
from lossplay.plots.loss_chart import LossChart
from lossplay.plots.scene import colour_scale_ticks, loss_label


def svg_texts(widget) -> list[str]:
    root = ET.fromstring(svg_bytes(widget, "test"))
    return [t.text.strip() for t in root.iter("{http://www.w3.org/2000/svg}text") if (t.text or "").strip()]


def chart(qtbot, steps, losses, log=False, size=(600, 400)):
    view = LossChart()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.start(int(steps[-1]))
    view.set_log(log)
    view.set_history(np.asarray(steps, float), np.asarray(losses, float), np.array([np.nan]))
    qtbot.waitUntil(lambda: view.getPlotItem().getViewBox().width() > 100)
    return view


def legend_corner(view) -> tuple[float, float]:
    """Where the legend's centre is, as fractions of the view box (0 left/top, 1 right/bottom)."""
    vb = view.getPlotItem().getViewBox()
    legend = view.getPlotItem().legend
    centre = legend.mapRectToItem(vb, legend.boundingRect()).center()
    return centre.x() / vb.width(), centre.y() / vb.height()


def test_legend_leaves_a_curve_that_fills_the_top_right(qtbot):
    steps = np.arange(0, 101)
    view = chart(qtbot, steps, 1.0 + steps / 10.0)  # rising: the top right is taken
    place_legend(view, view.getPlotItem().legend)
    x, y = legend_corner(view)
    assert not (x > 0.5 and y < 0.5)


def test_legend_stays_top_right_above_a_falling_curve(qtbot):
    steps = np.arange(0, 101)
    view = chart(qtbot, steps, 1.0 + np.exp(-steps / 10.0))
    place_legend(view, view.getPlotItem().legend)
    x, y = legend_corner(view)
    assert x > 0.5 and y < 0.5


@pytest.mark.parametrize("height", [250, 400, 800])
def test_log_axis_labels_decades_and_only_round_values_between(qtbot, height):
    steps = np.arange(0, 51)
    view = chart(qtbot, steps, np.geomspace(950.0, 110.0, 51), log=True, size=(500, height))
    labels = {t for t in svg_texts(view) if t[0].isdigit()} - {str(s) for s in range(0, 51)}
    assert labels, "no value on the loss axis"
    # Between 100 and 1000 only 1, 2 and 5 times a power of ten may be labelled: never
    # 7·10², 8·10², 9·10²; and every one as a power of ten, never "100" beside "10³".
    assert labels <= {"10²", "2·10²", "5·10²", "10³"}


@pytest.mark.parametrize("height", [250, 800])
def test_a_diverging_loss_axis_labels_every_decade_alike(qtbot, height):
    """From 10 to 10¹² every label is a power of ten written 10ⁿ: none as "10000"."""
    steps = np.arange(0, 51)
    view = chart(qtbot, steps, np.geomspace(10.0, 1e12, 51), log=True, size=(500, height))
    labels = {t for t in svg_texts(view) if t[0].isdigit()} - {str(s) for s in range(0, 51)}
    assert len(labels) >= 2
    decades = {"10" + str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) for n in range(0, 14)}
    assert labels <= decades | {f"{m}·{d}" for m in (2, 3, 5) for d in decades}, labels


def test_colour_bar_ticks_are_round_loss_values_at_their_place():
    lo, hi, floor = 51.3, 5051.3, 0.5
    ticks = colour_scale_ticks(lo, hi, floor)
    assert ticks[0] == (np.log10(floor), "51.3")
    for position, label in ticks[1:]:
        value = float(label)
        assert position == pytest.approx(np.log10(value - lo + floor))  # where that loss really is
        assert value == float(f"{value:.1g}") or value == float(f"{value:.2g}")  # one or two significant digits
    assert [label for _, label in ticks] == ["51.3", "60", "150", "1000"]


def test_colour_bar_writes_its_large_values_alike():
    """A bar reaching 10⁸ writes 10³ to 10⁸ all as powers of ten; the minimum stays as it is."""
    lo, hi, floor = 51.3, 1e8, 1e4
    labels = [label for _, label in colour_scale_ticks(lo, hi, floor)]
    assert labels == ["51.3", "10⁵", "10⁶", "10⁷", "10⁸"]
    labels = [label for _, label in colour_scale_ticks(0.5, 2e6, 0.2)]
    assert labels[0] == "0.5" and "10⁶" in labels and "1000" not in labels and "10³" in labels
    # Up to 10⁴ (five digits) the same: 10³ and 10⁴, as the loss chart's log axis writes them.
    assert [label for _, label in colour_scale_ticks(51.3, 2e4, 0.5)] == ["51.3", "60", "150", "10³", "10⁴"]


def test_loss_labels():
    assert [loss_label(v) for v in (0.25, 1500.0, 2e7, 1e-5, 1e9)] == ["0.25", "1500", "2·10⁷", "10⁻⁵", "10⁹"]


def test_colour_bar_title_says_log_scale(qapp):
    from lossplay.core import Scenario
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario().replace(steps=5).validated(), grid=41)
    scene = scene_from(result.problem, result.plane, result.landscape)
    view = make_figure("landscape", scene, result.history, 640, 480)
    try:
        texts = svg_texts(view)
        assert "loss, log scale above the minimum" in texts
        assert "1000" in texts and "60" in texts
    finally:
        view.deleteLater()


@pytest.mark.parametrize("scale", [1, 2, 3])
def test_png_lines_scale_with_the_export_scale(qtbot, scale):
    """A 2.2-pixel loss curve is 2.2 × scale pixels thick in a PNG exported at that scale."""
    from PySide6.QtGui import QImage

    from lossplay.plots.export import png_bytes
    from lossplay.plots.theme import TRAIN

    steps = np.arange(0, 51)
    view = chart(qtbot, steps, np.full(51, 2.0), size=(400, 300))
    image = QImage.fromData(png_bytes(view, float(scale))).convertToFormat(QImage.Format.Format_RGB888)
    assert (image.width(), image.height()) == (400 * scale, 300 * scale)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    colour = np.array([int(TRAIN[i:i + 2], 16) for i in (1, 3, 5)])
    column = pixels[:, image.width() // 2]
    # How much of each pixel down the middle column the curve covers, where the pixel is
    # a blend of the curve's colour and the white background (each channel gives the same
    # share); summed, the line's thickness in pixels.
    shares = (255 - column) / (255 - colour)
    blend = (shares.max(axis=1) - shares.min(axis=1) < 0.15) & (shares.mean(axis=1) > 0.03)
    thickness = shares.mean(axis=1)[blend].sum()
    assert thickness == pytest.approx(2.2 * scale, abs=0.6)


def test_decision_boundary_is_a_smooth_line_through_the_class_change(qapp):
    """Three blobs: the boundary is traced where the predicted class changes, as a line
    with points between the grid's nodes, not a staircase along grid cells."""
    from lossplay.core.fit import data_frame, fit, predicted_class

    result = __import__("lossplay.core.runfiles", fromlist=["run_scenario"]).run_scenario(
        __import__("lossplay.core", fromlist=["Scenario"]).Scenario().replace(data="blobs", classes=3, steps=40).validated(), grid=21)
    scene = scene_from_result(result)
    view = make_figure("data", scene, result.history, 500, 400)
    try:
        x, y = view.region_shapes.boundary.getData()
        x, y = x[np.isfinite(x)], y[np.isfinite(y)]
        assert len(x) > 20
        frame = data_frame(result.problem)
        gx, gy = frame.grid_x, frame.grid_y
        dx, dy = gx[1] - gx[0], gy[1] - gy[0]
        # A staircase turns at the corners of grid cells, both coordinates on grid lines;
        # a traced zero level crosses cell edges between the nodes.
        fx, fy = (x - gx[0]) / dx, (y - gy[0]) / dy
        corners = (np.abs(fx - np.round(fx)) < 1e-6) & (np.abs(fy - np.round(fy)) < 1e-6)
        assert corners.mean() < 0.2
        # Either side of each boundary point, a little way across, the predicted class differs.
        theta = result.history.thetas[-1]
        model = result.problem.model
        points = np.tile(result.problem.dataset.X.mean(axis=0), (len(x), 1))
        step = 2 * max(dx, dy)
        changed = 0
        for sx, sy in ((step, 0), (0, step)):
            a, b = points.copy(), points.copy()
            a[:, 0], a[:, 1] = x - sx, y - sy
            b[:, 0], b[:, 1] = x + sx, y + sy
            changed += predicted_class(model.raw(theta, a)) != predicted_class(model.raw(theta, b))
        assert (changed > 0).mean() > 0.9
        assert fit(result.problem, frame, theta).margins.shape == (3, len(gy), len(gx))
    finally:
        view.deleteLater()


def scene_from_result(result):
    from lossplay.plots.scene import scene_from

    return scene_from(result.problem, result.plane, result.landscape)


def test_export_dialog_offers_2x_and_an_optional_caption(qtbot):
    from PySide6.QtWidgets import QWidget

    from lossplay.app.file_actions import AnimationDialog, FigureDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    figure = FigureDialog(parent, "landscape", 640, 480)
    assert figure.scale.currentData() == 2.0
    assert not figure.caption.isChecked()
    assert AnimationDialog(parent).caption.isChecked()


def covered_points(view, legend, xy) -> int:
    """How many of the plot points `xy` fall inside the legend's box on screen (Qt's own
    mapping of each point to the scene)."""
    from PySide6.QtCore import QPointF

    vb = view.getPlotItem().getViewBox()
    box = legend.sceneBoundingRect()
    return sum(box.contains(vb.mapViewToScene(QPointF(float(x), float(y)))) for x, y in xy)


def test_window_legends_leave_the_path_as_it_grows(qtbot, window):
    """A path drawn through the landscape legend's corner sends the legend to a free
    corner (or under the plot), and the loss chart's legend leaves a rising curve."""
    view = window.landscape
    legend = view.legend
    vb = view.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: legend.sceneBoundingRect().width() > 0)
    # A zig-zag through the middle of the legend's box, in plot coordinates.
    box = legend.mapRectToItem(vb.childGroup, legend.boundingRect())
    t = np.linspace(0.0, 1.0, 40)
    xy = np.column_stack([box.left() + t * box.width(), box.center().y() + 0.3 * box.height() * np.sin(20 * t)])
    view.set_path(xy)
    assert covered_points(view, legend, xy) > 10
    qtbot.waitUntil(lambda: covered_points(view, legend, xy) == 0, timeout=5000)

    chart = window.loss_chart
    steps = np.arange(0, 151, dtype=float)
    chart.set_history(steps, 1.0 + steps, np.array([np.nan]))  # rising into the top right
    chart_legend = chart.getPlotItem().legend
    qtbot.waitUntil(lambda: covered_points(chart, chart_legend, np.column_stack([steps, 1.0 + steps])) == 0,
                    timeout=5000)


def test_a_linear_colour_bar_writes_losses_as_they_are(qapp):
    """Losses between 0.5 and 0.7 (multi-label bce) on a linear colour bar read 0.55,
    0.6, ...: not 550, 600 with "(x0.001)" in the bar's title, as pyqtgraph writes them."""
    from lossplay.core import Scenario
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario().replace(data="multilabel", steps=5).validated(), grid=41)
    scene = scene_from(result.problem, result.plane, result.landscape)
    lo, hi = float(np.min(scene.image)), float(np.max(scene.image))
    assert hi < 1.0 and not scene.colour_ticks  # a linear bar of losses under 1
    view = make_figure("landscape", scene, result.history, 640, 480)
    try:
        texts = svg_texts(view)
        assert not any("x0.001" in t or "×" in t for t in texts if "(" in t), texts
        bar = [float(t) for t in texts if t.replace(".", "", 1).isdigit() and "." in t]
        on_bar = [v for v in bar if lo - 0.05 <= v <= hi + 0.05]
        assert len(on_bar) >= 2  # its ticks, at the losses they stand for
    finally:
        view.deleteLater()


def test_window_legend_leaves_words_moved_under_it(qtbot, window):
    """A curvature label moved (setPos) into the legend's corner after the legend was
    placed sends the legend elsewhere: words were covered until something else changed."""
    view = window.landscape
    legend, label = view.legend, view.eigen_labels[0]
    vb = view.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: legend.sceneBoundingRect().width() > 0)
    label.setText("λ = 0.249 · ×0.86 per step: shrinks")
    label.setVisible(True)
    label.setPos(vb.viewRect().topLeft())  # somewhere else first
    qtbot.waitUntil(lambda: not label.sceneBoundingRect().intersects(legend.sceneBoundingRect()), timeout=5000)
    keeper = window.legend_keepers[0]
    qtbot.waitUntil(lambda: not keeper._timer.isActive(), timeout=5000)
    centre = legend.mapRectToItem(vb.childGroup, legend.boundingRect()).center()
    label.setPos(centre)  # only its position changes
    assert label.sceneBoundingRect().intersects(legend.sceneBoundingRect())
    qtbot.waitUntil(lambda: not label.sceneBoundingRect().intersects(legend.sceneBoundingRect()), timeout=5000)
