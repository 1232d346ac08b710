"""Nothing on a plot hides the data or other words (issue 10): the data view's note
("3,000 of 10,000 samples shown", "▲▼ 500 predictions beyond the chart"), the read-outs
under the pointer, and the Margins tab's legend, which keeps its plot's size.

Every check is measured from where Qt drew each item (its box on the screen) and from
data the test computes itself (the samples shown, the predictions, the margin losses),
never from what the placer says it did."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF

from lossplay.app.window import CONVERGED, DIVERGED, FINISHED
from lossplay.core import Scenario
from lossplay.plots.corner_note import CornerNote

TAB = "data_view"  # in front in every window_on(...) window
ENDED = (CONVERGED, DIVERGED, FINISHED)
REACH = 3.5  # a 7-pixel marker's radius: a box that close to a sample's centre hides part of it


def run_to_the_end(qtbot, win):
    win.speed.setCurrentIndex(win.speed.findData(0.0))
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=60000)
    win.presenter.draw()


def on_screen(view, x, y) -> np.ndarray:
    """Plot coordinates (x, y) as points of the view's scene (n, 2)."""
    vb = view.getPlotItem().getViewBox()
    points = [vb.mapViewToScene(QPointF(float(a), float(b))) for a, b in zip(x, y)]
    return np.array([[p.x(), p.y()] for p in points]).reshape(-1, 2)


def along(points: np.ndarray, step: float = 2.0) -> np.ndarray:
    """Points every `step` pixels along the polyline `points` (a line hides where it runs)."""
    points = points[np.isfinite(points).all(axis=1)]
    pieces = [points[-1:]]
    for a, b in zip(points[:-1], points[1:]):
        n = max(int(np.hypot(*(b - a)) / step), 1)
        pieces.append(a + np.linspace(0.0, 1.0, n, endpoint=False)[:, None] * (b - a))
    return np.vstack(pieces)


def hidden(box: QRectF, points: np.ndarray, reach: float = REACH) -> np.ndarray:
    """The points of `points` that `box` covers (within `reach` of it)."""
    grown = box.adjusted(-reach, -reach, reach, reach)
    inside = ((points[:, 0] > grown.left()) & (points[:, 0] < grown.right())
              & (points[:, 1] > grown.top()) & (points[:, 1] < grown.bottom()))
    return points[inside]


def words(view) -> list:
    """(item, box on screen) of every piece of writing on `view`: its legend, notes,
    read-out and other words on the plot, its title and keys, and its axes (ticks and
    titles), wherever the layout put them."""
    item = view.getPlotItem()
    found = []

    def walk(parent):
        for child in parent.childItems():
            yield child
            yield from walk(child)
    for child in walk(item):
        if not child.isVisible() or not all(p.isVisible() for p in _ancestors(child)):
            continue
        if isinstance(child, (pg.LegendItem, CornerNote)):
            found.append((child, child.sceneBoundingRect()))
        elif isinstance(child, pg.TextItem) and not isinstance(child.parentItem(), CornerNote) \
                and child.toPlainText().strip():
            found.append((child, child.sceneBoundingRect()))
        elif isinstance(child, pg.LabelItem) and child.text and not _in_legend(child):
            found.append((child, child.item.sceneBoundingRect()))  # the words, not the row they sit in
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        if axis.isVisible():
            found.append((axis, axis.sceneBoundingRect()))
    return found


def _ancestors(item):
    while item.parentItem() is not None:
        item = item.parentItem()
        yield item


def _in_legend(item) -> bool:
    return any(isinstance(a, pg.LegendItem) for a in _ancestors(item))


def assert_clear(view, item, data: np.ndarray) -> None:
    """`item` hides none of `data` (scene points) and overlaps no other writing."""
    box = item.sceneBoundingRect()
    assert box.width() > 0 and box.height() > 0
    covered = hidden(box, data)
    assert len(covered) == 0, f"{len(covered)} data points under {box}"
    for other, other_box in words(view):
        if other is not item and not _contains_item(item, other):
            assert not box.intersects(other_box), (type(other).__name__, other_box, box)


def _contains_item(item, other) -> bool:
    return other is item or item in list(_ancestors(other))


def shown(n: int) -> np.ndarray:
    """The samples the data view draws of `n`: all, or an even spread of 3,000."""
    return np.arange(n) if n <= 3000 else np.linspace(0, n - 1, 3000).astype(int)


def note_is_clear(view, data) -> bool:
    note = view.shown_note
    if not note.isVisible():
        return False
    try:
        assert_clear(view, note, data)
    except AssertionError:
        return False
    return True


def samples_on_screen(win) -> np.ndarray:
    """Where the data view draws the samples, computed here from the data set and the
    last weights: x against y with the fitted line or probability curve for one
    feature, x1 against x2 for two classes' features, the actual target against the
    prediction (held on the chart's edge) for a regression on more."""
    view, ds = win.data_view, win.controller.problem.dataset
    rows = shown(len(ds.y))
    X, y = ds.X[rows], ds.y[rows]
    if X.shape[1] == 2 and not ds.regression:
        return on_screen(view, X[:, 0], X[:, 1])
    h = win.history
    theta = h.thetas[-1] if np.isfinite(h.thetas[-1]).all() else h.thetas[-2]
    if X.shape[1] == 1:
        points = on_screen(view, X[:, 0], y.astype(float))
        x0, x1, _, _ = view.frame.rect
        x = np.linspace(x0, x1, 400)
        raw = theta[0] * x + theta[1]
        fit = raw if ds.regression else 1.0 / (1.0 + np.exp(-raw))  # the line, or the probability of a pass
        return np.vstack([points, along(on_screen(view, x, fit))])
    predicted = X @ theta[:-1] + theta[-1]  # weights first, then the bias
    _, _, bottom, top = view.frame.rect
    return on_screen(view, y, np.clip(np.nan_to_num(predicted, nan=top), bottom, top))


@pytest.mark.parametrize("changes", [
    dict(samples=10_000),  # a line through a band of samples
    dict(data="blobs", classes=3, samples=10_000),  # three clusters and their regions
    dict(data="pass_fail", samples=10_000),  # samples along the bottom and top: every corner taken
    dict(features=2, lr=2.0, samples=5_000),  # diverged: predictions held on the chart's edges
], ids=["line", "blobs", "pass-fail", "diverged"])
def test_the_data_views_note_hides_no_sample_and_no_words(qtbot, window_on, changes):
    win = window_on(Scenario().replace(**changes).validated())
    run_to_the_end(qtbot, win)
    view = win.data_view
    ds = win.controller.problem.dataset
    said = view.shown_note.toPlainText()
    assert f"3,000 of {len(ds.y):,} samples shown" in said
    if changes.get("lr"):
        assert win.state.status == DIVERGED and "predictions beyond the chart" in said
    data = samples_on_screen(win)
    # The samples the test placed are the ones drawn (so that the check is not blind).
    drawn = np.vstack([on_screen(view, *item.getData()) for item in (view.points_train, view.points_val)])
    assert len(drawn) == 3000 and np.abs(np.sort(drawn[:, 0]) - np.sort(data[:len(drawn), 0])).max() < 0.01
    qtbot.waitUntil(lambda: note_is_clear(view, data), timeout=5000)
    assert_clear(view, view.shown_note, data)


def hover(view, x: float, y: float) -> QPointF:
    """Move the pointer over plot coordinates (x, y), as a mouse does; returns where it is."""
    at = view.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    view.scene().sigMouseMoved.emit(at)
    return at


def same_words(label, text: str) -> bool:
    """The label shows the read-out's words, in whatever lines they fit."""
    def split(t):
        return [w for w in t.replace("\n", " ").replace("\u2029", " ").split() if w != "·"]
    return split(label.textItem.toPlainText()) == split(text)


def assert_readout_clear(view, at: QPointF, data: np.ndarray) -> None:
    """The read-out shows its words, keeps clear of the point under the pointer (a marker
    there stays whole), hides none of `data` and overlaps no other writing."""
    label = view.hover.label
    box = label.sceneBoundingRect()
    assert same_words(label, view.hover.text)
    assert not box.adjusted(-REACH, -REACH, REACH, REACH).contains(at)
    assert_clear(view, label, data)


@pytest.mark.parametrize("changes, size", [
    (dict(), (1280, 800)),  # house prices: a band of samples along a line
    (dict(data="pass_fail"), (1920, 1080)),  # samples along the top and the bottom, the curve between
], ids=["house", "pass-fail"])
def test_a_samples_readout_hides_no_sample_and_no_words(qtbot, window_on, changes, size):
    """Pointing at samples from the left end of the data to the right one, the read-out
    is where it hides no sample, not the fitted line or curve, nor anything written."""
    window = window_on(Scenario().replace(**changes).validated())
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    run_to_the_end(qtbot, window)
    view, ds = window.data_view, window.controller.problem.dataset
    data = samples_on_screen(window)
    order = np.argsort(ds.X[:, 0])
    for i in order[np.linspace(0, len(order) - 1, 6).astype(int)]:  # from the left end to the right one
        at = hover(view, float(ds.X[i, 0]), float(ds.y[i]))
        kind = "validation" if ds.is_val[i] else "training"
        qtbot.waitUntil(lambda: view.hover.label.isVisible() and view.hover.text.startswith(f"{kind} sample {i + 1}\n"),
                        timeout=5000)
        assert_readout_clear(view, at, data)


def test_the_landscape_and_loss_readouts_hide_no_path_curve_or_words(qtbot, window):
    run_to_the_end(qtbot, window)
    landscape, chart, h = window.landscape, window.loss_chart, window.history
    plane = window.controller.scene.plane
    xy = plane.project(h.thetas)  # the path, step by step
    path = along(on_screen(landscape, xy[:, 0], xy[:, 1]))
    for k in (0, len(xy) // 4, len(xy) // 2, len(xy) - 1):
        at = hover(landscape, *xy[k])
        qtbot.waitUntil(lambda: landscape.hover.label.isVisible() and
                        (landscape.hover.pointer - landscape.getPlotItem().getViewBox().mapFromScene(at))
                        .manhattanLength() < 0.5, timeout=5000)
        assert_readout_clear(landscape, at, path)

    curves = np.vstack([along(on_screen(chart, h.steps, h.losses)), along(on_screen(chart, h.steps, h.val_losses))])
    for k in (2, len(h) // 3, len(h) - 1):
        at = hover(chart, float(h.steps[k]), float(h.losses[k]))
        qtbot.waitUntil(lambda: chart.hover.label.isVisible() and f"step {int(h.steps[k])} ·" in chart.hover.text,
                        timeout=5000)
        assert_readout_clear(chart, at, curves)


def margin_losses(m: np.ndarray) -> dict:
    """The five margin losses of the Margins tab, written out here."""
    return {"0/1": (m <= 0).astype(float), "hinge": np.maximum(0, 1 - m), "squared hinge": np.maximum(0, 1 - m) ** 2,
            "logistic": np.log1p(np.exp(-m)), "exponential": np.exp(-m)}


@pytest.mark.parametrize("presenting", [False, True], ids=["window", "presenter"])
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_the_margin_legend_hides_no_curve_or_sample_and_the_plot_keeps_its_size(qtbot, window_on, size, presenting):
    win = window_on(Scenario().replace(data="pass_fail").validated())
    win.tabs.setCurrentWidget(win.margin_view)
    if presenting:
        win.presentation.action.trigger()
        qtbot.waitUntil(win.isFullScreen)
    try:
        margin_legend_is_clear(qtbot, win, size)
    finally:
        if presenting:  # the application's font back to normal for the tests after this one
            win.presentation.action.trigger()
            qtbot.waitUntil(lambda: not win.isFullScreen())


def margin_legend_is_clear(qtbot, win, size) -> None:
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size)
    run_to_the_end(qtbot, win)
    view = win.margin_view
    item = view.getPlotItem()
    vb, legend = item.getViewBox(), item.legend
    (x0, x1), (y0, y1) = vb.viewRange()
    m = np.linspace(x0, x1, 2000)
    curves = np.vstack([along(on_screen(view, m, np.clip(v, y0 - 1, y1 + 1))) for v in margin_losses(m).values()])
    # The samples: each training sample at its margin y·f(x) (labels as −1/+1) and its loss.
    ds, theta = win.controller.problem.dataset, win.history.thetas[-1]
    train = ~(ds.is_val | ds.is_test)
    margins = (2 * ds.y[train] - 1) * (ds.X[train, 0] * theta[0] + theta[1])
    samples = on_screen(view, margins, np.minimum(np.log1p(np.exp(-margins)), 3.9))
    data = np.vstack([curves, samples])

    def placed() -> bool:
        try:
            assert legend.parentItem() is vb  # on the plot, not in a row under it
            assert_clear(view, legend, data)
        except AssertionError:
            return False
        return True
    qtbot.waitUntil(placed, timeout=5000)
    assert_clear(view, legend, data)
    assert legend.isVisible() and len(legend.items) == 5
    # The plot keeps its size: nothing under its bottom axis but the view's own margin.
    assert view.height() - item.getAxis("bottom").sceneBoundingRect().bottom() < 12


def test_an_exported_data_figure_puts_its_note_where_it_hides_no_sample(qapp):
    """The PNG/SVG figure of a big three-class run: the note is where it hides none of
    the samples the figure draws (an even spread of 3,000, placed here from the data)."""
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.export import make_figure
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario().replace(data="blobs", classes=3, samples=10_000, steps=30).validated(), grid=41)
    scene = scene_from(result.problem, result.plane, result.landscape)
    for width, height in ((640, 480), (400, 300)):
        view = make_figure("data", scene, result.history, width, height)
        try:
            X = result.problem.dataset.X[shown(10_000)]
            assert view.shown_note.toPlainText() == "3,000 of 10,000 samples shown"
            assert_clear(view, view.shown_note, on_screen(view, X[:, 0], X[:, 1]))
        finally:
            view.deleteLater()


def test_an_exported_margin_figure_keeps_its_legend_off_the_curves(qapp):
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.export import make_figure
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario().replace(data="pass_fail", steps=30).validated(), grid=41)
    scene = scene_from(result.problem, result.plane, result.landscape)
    view = make_figure("margins", scene, result.history, 640, 480)
    try:
        (x0, x1), (y0, y1) = view.getPlotItem().getViewBox().viewRange()
        m = np.linspace(x0, x1, 2000)
        curves = np.vstack([along(on_screen(view, m, np.clip(v, y0 - 1, y1 + 1))) for v in margin_losses(m).values()])
        legend = view.getPlotItem().legend
        assert legend.parentItem() is view.getPlotItem().getViewBox()
        assert_clear(view, legend, curves)
    finally:
        view.deleteLater()


def test_the_slices_verdict_hides_no_part_of_the_curve(qtbot, window):
    """After a few steps of gradient descent the loss along the last step falls from the
    top left: the verdict ("short of the lowest point") is where the curve is not."""
    window.landscape_tabs.setCurrentWidget(window.slice_view)
    for k in range(1, 4):
        window.step_action.trigger()
        qtbot.waitUntil(lambda: len(window.history) == k + 1, timeout=5000)
    window.presenter.draw()
    view, h = window.slice_view, window.history
    X, y = window.controller.problem.objective.X, window.controller.problem.objective.y
    Xb = np.column_stack([X, np.ones(len(X))])
    before, after = h.thetas[-2], h.thetas[-1]
    t = np.linspace(*view.curve.getData()[0][[0, -1]], 200)  # over the positions the view spans
    losses = [np.mean((Xb @ (before + s * (after - before)) - y) ** 2) for s in t]
    curve = np.vstack([along(on_screen(view, t, losses)), on_screen(view, [0.0, 1.0], [losses[0], losses[-1]])])
    qtbot.waitUntil(lambda: view.verdict.isVisible() and not len(hidden(view.verdict.sceneBoundingRect(), curve)),
                    timeout=5000)
    assert view.verdict.toPlainText() in ("short of the lowest point", "past the lowest point, but still lower")
    assert_clear(view, view.verdict, curve)


def test_the_label_list_shows_its_whole_label_in_presenter_mode(qtbot, window_on):
    """The data view's label list (multi-label data) grows with presenter mode's larger
    words: "label y1" was cut to "label y"."""
    win = window_on(Scenario().replace(data="multilabel").validated())
    choice = win.data_view.label_choice
    qtbot.waitUntil(choice.isVisible, timeout=5000)
    normal = choice.width()
    win.presentation.action.trigger()
    try:
        qtbot.waitUntil(win.isFullScreen)
        win.resize(1920, 1080)
        qtbot.waitUntil(lambda: choice.width() > normal, timeout=5000)
        assert choice.width() >= choice.sizeHint().width()
        assert choice.geometry().right() < win.data_view.width()
    finally:
        win.presentation.action.trigger()
        qtbot.waitUntil(lambda: not win.isFullScreen())
