"""A lesson stands alone in the window: whatever was open before it (another lesson, or
changes a person made), it sets its whole scenario and makes the same run as headless."""
import numpy as np
import pytest

from lossplay.app.state import WindowState
from lossplay.app.window import CONVERGED, DIVERGED, FINISHED, READY
from lossplay.core import build_problem, train
from lossplay.core.lessons import find_lesson, load_lessons

LESSONS = load_lessons()


def open_lesson(window, lesson, variant=0):
    window.lesson_panel.open(lesson)
    if variant:
        window.lesson_panel.buttons.button(variant).click()


def wait_for(qtbot, window, scenario):
    """Until the window's run is built from `scenario` and stands at its start."""
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario == scenario
                    and window.history is not None and len(window.history) == 1, timeout=30000)


def alone(lesson, variant=0):
    """The scenario a lesson's variant gives in a window that has shown nothing else."""
    fresh = WindowState()
    fresh.load(lesson.scenario_for(variant))
    return fresh.scenario


def test_each_lesson_is_the_same_after_every_other_lesson(qtbot, window):
    for i, lesson in enumerate(LESSONS):
        expected = alone(lesson)
        for before in LESSONS[i + 1:] + LESSONS[:i + 1]:  # the one just before it last
            open_lesson(window, before, len(before.variants) - 1)
            window.state.pin_racer()
            window.state.edit(lam=0.3, steps=77, seed=5)  # and the person changed things
            open_lesson(window, lesson)
            assert window.state.scenario == expected, (before.name, lesson.name)
            assert window.state.racers == (), (before.name, lesson.name)
            assert window.state.axes == lesson.axes_for(expected), (before.name, lesson.name)  # its plane or the run's
        # and the run the window then builds is the lesson's own, from its own start
        wait_for(qtbot, window, expected)
        np.testing.assert_array_equal(window.history.thetas[0], build_problem(expected).start)


def run_to_the_end(qtbot, window):
    window.speed.setCurrentIndex(window.speed.count() - 1)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED, DIVERGED), timeout=60000)


def test_training_versus_validation_after_the_svm_lesson_is_the_headless_run(qtbot, window):
    """The issue's case: after lesson 9's multiclass hinge, lesson 11 still trains an MLP
    with its own loss, and its validation loss rises."""
    svm, lesson = find_lesson("softmax-versus-svm"), find_lesson("training-versus-validation")
    open_lesson(window, svm, 1)
    wait_for(qtbot, window, alone(svm, 1))
    assert window.state.scenario.loss == "multiclass_hinge"
    open_lesson(window, lesson)
    wait_for(qtbot, window, alone(lesson))
    run_to_the_end(qtbot, window)
    headless = train(build_problem(lesson.scenario_for(0)))
    assert window.state.scenario.loss == headless_loss(lesson) != "multiclass_hinge"
    np.testing.assert_array_equal(window.history.losses, headless.losses)
    np.testing.assert_array_equal(window.history.val_losses, headless.val_losses)
    assert window.history.val_losses[-1] > 1.5 * np.min(window.history.val_losses)  # the curve that turns


def headless_loss(lesson):
    return build_problem(lesson.scenario_for(0)).scenario.loss


@pytest.mark.parametrize("language,finished,converged", [("en", "stopped at the step limit", "converged"),
                                                         ("ko", "단계 한도에서 멈춤", "수렴")])
def test_the_zero_one_run_of_the_margin_lesson_is_finished_and_the_lesson_says_why(qtbot, window, language,
                                                                                  finished, converged):
    lesson = find_lesson("margin-losses")
    open_lesson(window, find_lesson("outliers"), 2)
    open_lesson(window, lesson)
    wait_for(qtbot, window, alone(lesson))
    assert window.state.scenario.loss == "zero_one"
    try:
        window.set_language(language)
        run_to_the_end(qtbot, window)
        assert np.all(window.history.thetas == window.history.thetas[0])  # it never moved
        assert window.state.status == FINISHED
        line = window.status_line.text()
        assert finished in line and converged not in line
        text = window.lesson_panel.text.text()
        assert ("not called converged" if language == "en" else "수렴했다고 하지 않습니다") in text
    finally:
        window.set_language("en")
