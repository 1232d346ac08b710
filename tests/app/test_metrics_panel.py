"""The Metrics tab: training and validation metrics follow the run, the confusion matrix
is drawn, and the test set is scored by a button, once, after the run has ended.
Reference numbers from scikit-learn on the window's own samples."""
import numpy as np
import pytest
from sklearn import metrics as skm

from lossplay.core import Scenario
from lossplay.app.state import ENDED, READY


TAB = "metrics_view"  # in front in every window_on(...) window


def run_to_the_end(qtbot, win):
    win.speed.setCurrentIndex(win.speed.count() - 1)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status in ENDED, timeout=30000)


def predictions(win, mask):
    """The class each sample of `mask` gets at the last row, from DESIGN.md's theta layout."""
    problem = win.controller.problem
    theta = np.asarray(win.history.thetas[-1])
    X, d, k = problem.dataset.X[mask], problem.dataset.X.shape[1], problem.dataset.n_classes
    raw = X @ theta[:d * k].reshape(d, k) + theta[d * k:]
    return problem.dataset.y[mask], raw.argmax(axis=1)


def test_metrics_follow_the_run_and_the_test_set_is_scored_once_at_the_end(qtbot, window_on):
    win = window_on(Scenario(data="blobs", classes=3, noise=0.7, test_fraction=0.2, steps=60, lr=0.05))
    panel = win.metrics_view
    qtbot.waitUntil(lambda: "accuracy" in panel.table.text(), timeout=5000)
    assert not panel.test_button.isEnabled()  # not before the run has ended
    assert "test" not in panel.scores

    run_to_the_end(qtbot, win)
    qtbot.waitUntil(lambda: panel._row == len(win.history) - 1, timeout=5000)
    ds = win.controller.problem.dataset
    for split, mask in (("train", ds.is_train), ("val", ds.is_val)):
        truth, predicted = predictions(win, mask)
        assert panel.scores[split]["accuracy"] == pytest.approx(skm.accuracy_score(truth, predicted))
        assert panel.scores[split]["macro_f1"] == pytest.approx(skm.f1_score(truth, predicted, average="macro"))
    truth, predicted = predictions(win, ds.is_val)
    np.testing.assert_array_equal(panel.confusion.matrix, skm.confusion_matrix(truth, predicted, labels=[0, 1, 2]))
    assert f"{panel.scores['train']['accuracy']:.3f}" in panel.table.text()

    qtbot.waitUntil(panel.test_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(panel.test_scored, timeout=5000):
        panel.test_button.click()
    truth, predicted = predictions(win, ds.is_test)
    assert panel.scores["test"]["accuracy"] == pytest.approx(skm.accuracy_score(truth, predicted))
    np.testing.assert_array_equal(panel.confusion.matrix, skm.confusion_matrix(truth, predicted, labels=[0, 1, 2]))
    assert not panel.test_button.isEnabled() and "Scored once" in panel.why.text()

    win.reset_action.trigger()  # a new run: the test set waits again
    qtbot.waitUntil(lambda: len(win.history) == 1 and "test" not in panel.scores, timeout=5000)
    assert not panel.test_button.isEnabled()


def test_without_a_test_set_the_button_says_how_to_get_one(qtbot, window_on):
    win = window_on(Scenario(data="house", steps=20, lr=0.3))
    panel = win.metrics_view
    run_to_the_end(qtbot, win)
    qtbot.waitUntil(lambda: panel._row == len(win.history) - 1, timeout=5000)
    assert not panel.test_button.isEnabled() and "test fraction" in panel.why.text()
    assert not panel.confusion.isVisible()
    problem = win.controller.problem
    theta = np.asarray(win.history.thetas[-1])
    X, y = problem.dataset.X[problem.dataset.is_train], problem.dataset.y[problem.dataset.is_train]
    predicted = X[:, 0] * theta[0] + theta[1]
    assert panel.scores["train"]["r2"] == pytest.approx(skm.r2_score(y, predicted))
    assert "R²" in panel.table.text()


def test_a_test_fraction_typed_in_the_data_panel_makes_a_test_set(qtbot, window_on):
    win = window_on(Scenario(data="moons", steps=10))
    win.data_panel.test_fraction.setValue(0.25)
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.scenario.test_fraction == 0.25,
                    timeout=15000)
    assert win.controller.problem.dataset.is_test.sum() == 50
    assert len(win.controller.problem.objective.X) == 200 - 40 - 50  # never trained on


def test_margin_and_label_smoothing_in_the_model_panel(qtbot, window_on):
    win = window_on(Scenario(data="blobs", classes=3, loss="multiclass_hinge"))
    panel = win.model_panel
    assert panel.margin.isEnabled() and not panel.label_smoothing.isEnabled()
    panel.margin.setValue(2.5)
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.objective.delta == 2.5,
                    timeout=15000)
    panel.loss.setCurrentIndex(panel.loss.findData("kl_div"))
    qtbot.waitUntil(lambda: panel.label_smoothing.isEnabled(), timeout=5000)
    panel.label_smoothing.setValue(0.2)
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.scenario.label_smoothing == 0.2,
                    timeout=15000)
    assert win.controller.problem.objective.y.min() == pytest.approx(0.2 / 3)  # smoothed targets


def test_multilabel_data_in_the_window(qtbot, window_on):
    win = window_on(Scenario(data="moons"))
    win.data_panel.kind.setCurrentIndex(win.data_panel.kind.findData("multilabel"))
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.dataset.n_labels == 3,
                    timeout=15000)
    assert win.state.scenario.loss == "bce" and win.model_panel.loss.count() == 1
    win.data_panel.labels.setValue(4)
    qtbot.waitUntil(lambda: win.state.status == READY and win.controller.problem.dataset.n_labels == 4,
                    timeout=15000)
    assert win.controller.problem.model.outputs == 4
    qtbot.waitUntil(lambda: "Hamming loss" in win.metrics_view.table.text(), timeout=5000)


def test_metrics_follow_the_timeline_back_to_an_earlier_step(qtbot, window_on):
    win = window_on(Scenario(data="blobs", classes=3, noise=0.9, test_fraction=0.2, steps=40, lr=0.05))
    panel = win.metrics_view
    run_to_the_end(qtbot, win)
    qtbot.waitUntil(panel.test_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(panel.test_scored, timeout=5000):
        panel.test_button.click()
    ds = win.controller.problem.dataset
    d, k = ds.X.shape[1], ds.n_classes

    def accuracy_at(row, mask):
        theta = np.asarray(win.history.thetas[row])
        raw = ds.X[mask] @ theta[:d * k].reshape(d, k) + theta[d * k:]
        return skm.accuracy_score(ds.y[mask], raw.argmax(axis=1)), raw.argmax(axis=1)

    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        win.timeline.slider.setValue(3)
    assert win.state.replay_row == 3 and panel._row == 3
    assert panel.step_note.text() == "At step 3"
    for split, mask in (("train", ds.is_train), ("val", ds.is_val), ("test", ds.is_test)):
        assert panel.scores[split]["accuracy"] == pytest.approx(accuracy_at(3, mask)[0])
    _, predicted = accuracy_at(3, ds.is_test)
    np.testing.assert_array_equal(panel.confusion.matrix, skm.confusion_matrix(ds.y[ds.is_test], predicted,
                                                                               labels=[0, 1, 2]))
    assert accuracy_at(3, ds.is_train)[0] != accuracy_at(len(win.history) - 1, ds.is_train)[0]  # a step apart

    last = len(win.history) - 1
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        win.timeline.slider.setValue(last)  # back to the newest: the end's numbers again
    assert panel._row == last and panel.step_note.text() == f"At step {last}"
    assert panel.scores["train"]["accuracy"] == pytest.approx(accuracy_at(last, ds.is_train)[0])
