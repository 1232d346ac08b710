"""Multi-label data in the window: the data view shows one label's samples and regions
at a time, chosen from a list in its corner; own CSV data with several 0/1 target
columns comes from File → Open data as from `lossplay run --target a,b`."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lossplay.app import file_actions
from lossplay.app.state import READY
from lossplay.app.target_dialog import TargetDialog
from lossplay.core import Scenario
from test_confidence_shade import run  # to the end, with the data view in front


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_label_list_shows_each_labels_samples_and_regions(qtbot, open_window):
    win = open_window(Scenario(data="multilabel", labels=3, steps=40, lr=0.5))
    run(qtbot, win)
    view, choice = win.data_view, win.data_view.label_choice
    assert choice.isVisible() and [choice.itemText(i) for i in range(3)] == ["label y1", "label y2", "label y3"]
    ds = win.controller.problem.dataset
    theta = win.history.thetas[-1]
    W, b = theta[:6].reshape(2, 3), theta[6:]
    frame = win.presenter._frame
    GX, GY = np.meshgrid(frame.grid_x, frame.grid_y)
    for label in (2, 0, 1):
        if view.label != label:
            with qtbot.waitSignal(view.label_changed, timeout=5000):
                choice.setCurrentIndex(label)
        assert view.label == label and f"label y{label + 1}" in view.getPlotItem().titleLabel.text
        p = sigmoid(GX * W[0, label] + GY * W[1, label] + b[label])
        np.testing.assert_allclose(view.shade._shown[2][1], p, rtol=1e-10)
        # the training samples drawn in the colours of this label's off (0) and on (1)
        train = ds.is_train
        on = ds.y[train, label] == 1
        brushes = view.points_train.data["brush"]
        colours = {b.color().name() for b in brushes[on]}, {b.color().name() for b in brushes[~on]}
        assert colours == ({"#e69f00"}, {"#0072b2"})
    # The label stays chosen as the timeline goes back (the presenter draws that label).
    win.timeline.slider.setValue(10)
    theta = win.history.thetas[10]
    W, b = theta[:6].reshape(2, 3), theta[6:]
    np.testing.assert_allclose(view.shade._shown[2][1], sigmoid(GX * W[0, 1] + GY * W[1, 1] + b[1]), rtol=1e-10)
    win.data_panel.kind.setCurrentIndex(win.data_panel.kind.findData("moons"))  # other data: one title, no list
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.dataset.n_labels == 0, timeout=15000)
    assert not choice.isVisible() and view.getPlotItem().titleLabel.text.endswith("Data</span>")


def test_no_label_list_for_other_data(qtbot, open_window):
    win = open_window(Scenario(data="moons", steps=5))
    win.tabs.setCurrentWidget(win.data_view)
    assert not win.data_view.label_choice.isVisible()
    assert win.data_view.getPlotItem().titleLabel.text.endswith("Data</span>")


def write_pets(tmp_path):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(60, 2))
    cat = (x[:, 0] > 0).astype(int)
    dog = (x[:, 1] > 0.3).astype(int)
    path = tmp_path / "pets.csv"
    path.write_text("weight,height,cat,dog,age\n" + "".join(
        f"{a:.3f},{h:.3f},{c},{d},{3 + i % 7}\n" for i, ((a, h), c, d) in enumerate(zip(x, cat, dog))))
    return path


def test_the_target_dialog_takes_one_column_or_several(qtbot):
    dialog = TargetDialog(None, ["weight", "height", "cat", "dog"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen() == ["dog"] and ok.isEnabled()  # the last column, as before
    dialog.columns.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()  # nothing to predict
    dialog.columns.item(3).setCheckState(Qt.CheckState.Checked)
    dialog.columns.item(2).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled() and dialog.target() == "cat,dog"


def test_open_data_with_several_01_columns_makes_multilabel_data(qtbot, window, tmp_path, monkeypatch, warnings):
    path = write_pets(tmp_path)
    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def tick(columns):
        def exec_(dialog):
            assert [dialog.columns.item(i).text() for i in range(dialog.columns.count())] == \
                ["weight", "height", "cat", "dog", "age"]
            for i in range(dialog.columns.count()):
                name = dialog.columns.item(i).text()
                dialog.columns.item(i).setCheckState(Qt.CheckState.Checked if name in columns else Qt.CheckState.Unchecked)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            return dialog.result()
        return exec_

    monkeypatch.setattr(TargetDialog, "exec", tick({"cat", "age"}))
    before = window.current_scenario()
    window.files._ask_data_file()
    assert "'age'" in warnings[-1][1] and window.current_scenario() == before  # age is no yes/no label

    monkeypatch.setattr(TargetDialog, "exec", tick({"cat", "dog"}))
    window.files._ask_data_file()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.dataset.n_labels == 2,
                    timeout=15000)
    s, ds = window.controller.problem.scenario, window.controller.problem.dataset
    assert s.target == "cat,dog" and s.loss == "bce" and window.controller.problem.model.outputs == 2
    assert ds.feature_names == ("weight", "height", "age")
    rows = np.loadtxt(path, delimiter=",", skiprows=1)
    np.testing.assert_array_equal(ds.y, rows[:, 2:4])  # every row, in the file's order
    window.tabs.setCurrentWidget(window.data_view)
    choice = window.data_view.label_choice
    assert [choice.itemText(i) for i in range(choice.count())] == ["label cat", "label dog"]

    # A session on the file reopens as multi-label data.
    session = tmp_path / "pets.lossplay.json"
    assert window.files.save_session(session)
    window.state.edit(data="moons")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.dataset.n_labels == 0,
                    timeout=15000)
    window.state.own_data.clear()  # as in a window that never read the file
    assert window.files.open_session(session)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.dataset.n_labels == 2,
                    timeout=15000)
    assert window.state.scenario.loss == "bce"


def test_a_sample_under_the_pointer_tells_the_shown_labels_numbers(qtbot, open_window):
    from PySide6.QtCore import QPointF

    win = open_window(Scenario(data="multilabel", labels=3, steps=20, lr=0.5))
    run(qtbot, win)
    view = win.data_view
    with qtbot.waitSignal(view.label_changed, timeout=5000):
        view.label_choice.setCurrentIndex(1)
    win.timeline.slider.setValue(7)  # the read-out is of the step shown
    ds = win.controller.problem.dataset
    # the training sample farthest from any other: the pointer cannot land nearer another
    gaps = np.hypot(*(ds.X[:, None, :] - ds.X[None, :, :]).transpose(2, 0, 1)) + np.eye(len(ds.X)) * 1e9
    i = int(np.flatnonzero(ds.is_train)[np.argmax(gaps.min(axis=1)[ds.is_train])])
    box = view.getPlotItem().getViewBox()
    view.scene().sigMouseMoved.emit(box.mapViewToScene(QPointF(float(ds.X[i, 0]), float(ds.X[i, 1]))))
    label = view.hover.label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    theta = win.history.thetas[7]
    raw = ds.X[i] @ theta[:6].reshape(2, 3) + theta[6:]
    p = sigmoid(raw)
    y = ds.y[i]
    own = p[1] if y[1] == 1 else 1 - p[1]
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))  # bce over the sample's three labels
    lines = view.hover.text.split("\n")
    assert lines[0] == f"training sample {i + 1}" and lines[2] == "label y2"
    assert lines[3] == f"class {int(y[1])} · predicted class {int(raw[1] > 0)}"
    assert lines[4] == f"probability of its class {own:.3f}" and lines[5] == f"its own loss {loss:.4g}"
