"""The divergence story in the window: the explanation banner with its numbers."""
import numpy as np

from lossplay.app.window import DIVERGED, FINISHED, READY


def run_at(qtbot, window, lr):
    window.lr_panel.edit.setText(repr(lr))
    window.lr_panel.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == lr
                    and len(window.history) == 1, timeout=10000)
    window.speed.setCurrentIndex(window.speed.findData(0.0))
    window.play_action.trigger()


def test_a_diverged_run_is_explained_with_its_numbers(qtbot, window):
    X = window.controller.problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    lam = np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb)
    lr = float(f"{1.05 * 2.0 / lam.max():.6g}")
    assert not window.banner.isVisible()
    run_at(qtbot, window, lr)
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    text = window.banner.text.text()
    assert window.banner.isVisible() and f"diverged at step {window.history.diverged_at_step}" in text
    assert f"2/λmax = {2.0 / lam.max():.4g}" in text
    assert f"by {np.abs(1.0 - lr * lam).max():.4g}" in text
    assert "above the critical learning rate" in window.lr_panel.critical.text()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY, timeout=5000)
    assert not window.banner.isVisible()


def test_at_the_critical_rate_the_banner_says_it_oscillates(qtbot, window):
    critical = window.state.critical_lr
    window.optimizer_panel.steps.setValue(60)
    run_at(qtbot, window, float(f"{critical:.6g}"))
    qtbot.waitUntil(lambda: window.state.status == FINISHED, timeout=15000)
    assert window.banner.isVisible() and "back and forth" in window.banner.text.text()
    assert "oscillates" in window.lr_panel.critical.text()
