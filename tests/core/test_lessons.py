"""Every lesson loads and runs headless to its documented outcome."""
import numpy as np
import pytest

from lossplay.core import build_problem, train
from lossplay.core.lessons import find_lesson, load_lessons
from lossplay.core.status import run_status


def outcome(name, variant):
    scenario = find_lesson(name).scenario_for(variant)
    problem = build_problem(scenario)
    return scenario, problem, train(problem)


def test_there_are_thirteen_lessons_with_text_and_variants():
    lessons = load_lessons()
    assert len(lessons) == 13
    for lesson in lessons:
        sentences = [s for s in lesson.text.split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 5, lesson.name
        assert lesson.variants


@pytest.mark.parametrize("lesson", load_lessons(), ids=lambda l: l.name)
def test_every_variant_runs(lesson):
    for i in range(len(lesson.variants)):
        history = train(build_problem(lesson.scenario_for(i)))
        assert len(history) > 1


def test_too_large_learning_rate_diverges_above_and_converges_below():
    _, problem, above = outcome("too-large-learning-rate", 0)
    assert above.status == "diverged"
    scenario, problem, below = outcome("too-large-learning-rate", 1)
    assert below.status == "finished" and below.grad_norms[-1] <= 1e-6 * max(1.0, below.grad_norms[0])  # converged
    X, y = problem.objective.X, problem.objective.y
    solution, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    np.testing.assert_allclose(below.thetas[-1], solution, rtol=1e-6)


def test_zero_one_loss_does_not_move():
    _, problem, history = outcome("margin-losses", 0)
    assert problem.scenario.loss == "zero_one"
    assert (history.thetas == problem.start).all()
    for variant in range(1, 5):
        _, p, h = outcome("margin-losses", variant)
        assert not (h.thetas[-1] == p.start).all()


def test_l1_pins_the_unimportant_weight_while_l2_only_shrinks():
    scenario, problem, l1 = outcome("l1-versus-l2", 0)
    assert problem.param_names == ["w1", "w2", "b"] and scenario.regularizer == "l1"
    assert abs(l1.thetas[-1][1]) <= scenario.lr * scenario.lam
    assert np.all(np.abs(l1.thetas[-20:, 1]) <= scenario.lr * scenario.lam)  # and stays there
    scenario, _, l2 = outcome("l1-versus-l2", 1)
    assert scenario.regularizer == "l2"
    assert np.all(np.abs(l2.thetas[-1][:2]) > 10 * scenario.lr * scenario.lam / 8)  # clearly nonzero


def test_mse_swings_towards_the_outliers():
    _, _, mse = outcome("outliers", 0)
    _, _, mae = outcome("outliers", 1)
    _, _, huber = outcome("outliers", 2)
    assert mse.thetas[-1][1] > mae.thetas[-1][1] + 2 and mse.thetas[-1][1] > huber.thetas[-1][1] + 2


def test_xor_needs_the_hidden_layer():
    _, _, linear = outcome("xor", 0)
    _, _, mlp = outcome("xor", 1)
    assert linear.losses.min() > 0.6 > 0.05 > mlp.losses[-1]


def test_validation_loss_turns_while_training_loss_falls():
    _, _, h = outcome("training-versus-validation", 0)
    assert h.losses[-1] < 0.01
    assert h.val_losses[-1] > 1.5 * h.val_losses.min()


def test_a_decaying_rate_converges_where_the_constant_one_diverges():
    scenario, problem, constant = outcome("learning-rate-decay", 0)
    assert scenario.lr == pytest.approx(1.5 * problem.critical_lr, rel=1e-5) and constant.status == "diverged"
    scenario, problem, decayed = outcome("learning-rate-decay", 1)
    assert scenario.schedule == "exp:0.9" and decayed.status == "finished"
    peak = int(np.argmax(decayed.losses))
    assert peak >= 2 and decayed.losses[peak] > 10 * decayed.losses[0]  # the first steps overshoot
    assert decayed.lrs[peak] < problem.critical_lr <= decayed.lrs[peak - 2]
    assert decayed.grad_norms[-1] <= 1e-6 * max(1.0, decayed.grad_norms[0])  # converged (DESIGN: run status)
    assert run_status(decayed.status, decayed.grad_norms, scenario.loss) == "converged"
    X, y = problem.objective.X, problem.objective.y
    solution, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    np.testing.assert_allclose(decayed.thetas[-1], solution, rtol=1e-6)


def test_momentum_converges_where_gradient_descent_diverges_and_adam_follows_no_bound():
    _, problem, plain = outcome("momentum-bound-and-adam", 0)
    X, y = problem.objective.X, problem.objective.y
    Xb = np.column_stack([X, np.ones(len(X))])
    lam_max = np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb).max()
    solution, *_ = np.linalg.lstsq(Xb, y, rcond=None)
    assert 2.0 / lam_max < 0.8 < 2.0 * 1.9 / lam_max  # between the two bounds, as the text says
    assert f"2/λmax = {2.0 / lam_max:.3g}" in find_lesson("momentum-bound-and-adam").text
    assert plain.status == "diverged"
    _, _, momentum = outcome("momentum-bound-and-adam", 1)
    np.testing.assert_allclose(momentum.thetas[-1], solution, atol=1e-4)  # √0.9 per step at best
    _, _, fast_adam = outcome("momentum-bound-and-adam", 2)  # 3 is 5.6 times gradient descent's critical rate
    np.testing.assert_allclose(fast_adam.thetas[-1], solution, atol=1e-4)
    _, _, slow_adam = outcome("momentum-bound-and-adam", 3)
    moved = np.abs(np.diff(slow_adam.thetas, axis=0)).max()
    assert moved <= 0.1 * 1.01 and np.linalg.norm(slow_adam.thetas[-1] - solution) > 1.0  # about lr per step: it crawls
