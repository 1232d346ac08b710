"""The learning-rate schedule in the window: chosen in the optimizer panel, followed by
the run, and drawn on the loss chart against the step."""
import numpy as np

from lossplay.app.window import READY


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_an_exponential_decay_chosen_in_the_panel_is_followed_step_by_step(qtbot, window):
    panel = window.optimizer_panel
    assert not panel.schedule_gamma.isVisible() and not window.loss_chart.rate.isVisible()
    panel.schedule_gamma.setValue(0.8)
    choose(panel.schedule, "exp")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.schedule == "exp:0.8"
                    and len(window.history) == 1, timeout=10000)
    assert panel.schedule_gamma.isVisible() and not panel.schedule_steps.isVisible()
    for _ in range(5):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 6, timeout=5000)
    lr = window.state.scenario.lr
    np.testing.assert_allclose(window.history.lrs[:5], lr * 0.8 ** np.arange(5), rtol=1e-15)
    steps, rates = window.loss_chart.rate.getData()
    assert window.loss_chart.rate.isVisible() and steps[0] == 0 and steps[-1] == window.state.scenario.steps
    np.testing.assert_allclose(rates, lr * 0.8 ** steps, rtol=1e-12)
    choose(panel.schedule, "constant")
    qtbot.waitUntil(lambda: window.controller.problem.scenario.schedule == "constant" and window.state.status == READY,
                    timeout=10000)
    assert not window.loss_chart.rate.isVisible()


def test_a_step_decay_takes_both_numbers_and_the_decay_lesson_shows_its_own(qtbot, window):
    panel = window.optimizer_panel
    choose(panel.schedule, "step")
    panel.schedule_steps.setValue(3)
    panel.schedule_gamma.setValue(0.5)
    qtbot.waitUntil(lambda: window.controller.problem.scenario.schedule == "step:3:0.5" and
                    window.state.status == READY, timeout=10000)
    decay = next(lesson for lesson in window.lesson_panel.lessons if lesson.name == "learning-rate-decay")
    window.lesson_panel.open(decay)
    window.lesson_panel.buttons.button(1).click()
    qtbot.waitUntil(lambda: window.controller.problem.scenario.schedule == "exp:0.9" and
                    window.state.status == READY, timeout=10000)
    assert panel.schedule.currentData() == "exp" and panel.schedule_gamma.value() == 0.9
    assert "unless the schedule lowers the rate" in window.lr_panel.critical.text()
