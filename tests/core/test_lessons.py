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


def test_there_are_eighteen_lessons_with_text_and_variants():
    lessons = load_lessons()
    assert len(lessons) == 18
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


def test_too_small_a_rate_covers_45_percent_and_two_thirds_of_the_loss():
    _, problem, slow = outcome("too-small-learning-rate", 0)
    X, y = problem.objective.X, problem.objective.y
    minimum, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    way = np.linalg.norm(slow.thetas[-1] - problem.start) / np.linalg.norm(minimum - problem.start)
    assert way == pytest.approx(0.45, abs=0.005)
    assert 1 - slow.losses[-1] / slow.losses[0] == pytest.approx(2 / 3, abs=0.01)
    _, _, sensible = outcome("too-small-learning-rate", 1)
    np.testing.assert_allclose(sensible.thetas[-1], minimum, rtol=1e-6)


def test_logistic_is_bce_on_the_other_labels():
    """The margin-losses lesson says so: one function under two names."""
    _, logistic_problem, logistic = outcome("margin-losses", 3)
    bce_problem = build_problem(logistic_problem.scenario.replace(loss="bce"))
    assert set(bce_problem.objective.y) == {0.0, 1.0} and set(logistic_problem.objective.y) == {-1.0, 1.0}
    bce = train(bce_problem)
    np.testing.assert_allclose(bce.losses, logistic.losses, rtol=1e-12)
    np.testing.assert_allclose(bce.thetas, logistic.thetas, rtol=1e-12, atol=1e-15)


def test_entropy_cross_entropy_and_kl():
    runs = [outcome("entropy-cross-entropy-kl", v) for v in range(4)]
    (_, _, ce), (_, _, kl), (_, _, ce_smooth), (_, _, kl_smooth) = runs
    np.testing.assert_allclose(ce.losses, kl.losses, rtol=1e-12)  # hard labels: H(p) = 0
    p = np.array([0.8 + 0.2 / 3, 0.2 / 3, 0.2 / 3])
    entropy = -np.sum(p * np.log(p))
    assert entropy == pytest.approx(0.485, abs=5e-4)
    np.testing.assert_allclose(ce_smooth.losses - kl_smooth.losses, entropy, rtol=1e-10)
    np.testing.assert_allclose(ce_smooth.thetas, kl_smooth.thetas, rtol=1e-12, atol=1e-14)
    assert ce_smooth.losses.min() > entropy and kl_smooth.losses[-1] < 0.05
    assert ce.losses[-1] < 0.02  # hard labels: pushed towards certainty
    assert np.abs(ce.thetas[-1][:6]).max() > 2 * np.abs(ce_smooth.thetas[-1][:6]).max()  # and larger weights


def test_validation_chooses_and_the_test_set_scores_once():
    from lossplay.core.metrics import all_metrics
    scores, val_losses, splits = [], [], []
    for variant in range(3):
        _, problem, history = outcome("test-set", variant)
        scores.append(all_metrics(problem, history.thetas[-1]))
        val_losses.append(history.val_losses[-1])
        splits.append(problem.dataset.split_names)
    assert all((s == splits[0]).all() for s in splits)  # the same three sets for every model
    assert (splits[0] == "test").sum() == 50 and (splits[0] == "val").sum() == 50
    val = [s["val"]["accuracy"] for s in scores]
    assert val[1] == max(val) and val[0] < val[1]  # 1 unit too simple
    assert val[1] >= val[2] and val_losses[1] < val_losses[2]  # 4 units as good as 16, lower validation loss
    chosen = scores[1]
    assert chosen["test"]["accuracy"] < chosen["train"]["accuracy"]


def test_local_minimum_and_saddle_point():
    from lossplay.core.curvature import hessian
    _, problem, saddle = outcome("local-minima-and-saddle-points", 0)
    plateau = saddle.losses[10:60]
    assert np.all(np.abs(plateau - np.log(2)) < 0.01)  # lingers near log 2 for about sixty steps
    H = hessian(problem.objective, saddle.thetas[30])
    eig = np.linalg.eigvalsh(H)
    assert eig.min() < -0.05 < 0.05 < eig.max()  # a saddle: down one way, up another
    assert saddle.grad_norms[30] < 0.02 and saddle.losses[-1] < 0.1

    scenario, problem, stuck = outcome("local-minima-and-saddle-points", 1)
    assert stuck.losses[-1] == pytest.approx(0.39, abs=0.01)
    longer = train(build_problem(scenario.replace(steps=8000)))  # and it stays there
    assert longer.losses[-1] == pytest.approx(0.39, abs=0.01)
    theta = longer.thetas[-1]
    # every direction goes up: the Hessian by differences of the gradient has no negative eigenvalue
    h = 1e-5
    grad = lambda t: problem.objective.value_and_grad(t)[1]  # noqa: E731
    numeric = np.array([(grad(theta + h * e) - grad(theta - h * e)) / (2 * h) for e in np.eye(len(theta))])
    eig = np.linalg.eigvalsh(0.5 * (numeric + numeric.T))
    assert eig.min() > -1e-4 and longer.grad_norms[-1] < 2e-3
    X, y = problem.objective.X, problem.objective.y
    wrong = np.mean((problem.model.raw(theta, X) > 0) != (y > 0))
    assert wrong == pytest.approx(0.25, abs=0.03)  # a quarter of the samples wrong

    _, _, wider = outcome("local-minima-and-saddle-points", 2)
    assert wider.losses[-1] < 0.01


def test_multilabel_predicts_several_labels_and_softmax_one_class():
    from lossplay.core.metrics import all_metrics
    for variant, labels in [(0, 3), (1, 5)]:
        _, problem, history = outcome("multilabel-versus-multiclass", variant)
        assert problem.dataset.y.shape[1] == labels and problem.scenario.loss == "bce"
        on = (problem.model.raw(history.thetas[-1], problem.dataset.X) > 0).sum(axis=1)
        assert (on >= 2).mean() > 0.4 and (on == 0).any() | (on >= 2).any()
        assert all_metrics(problem, history.thetas[-1])["test"]["hamming_loss"] < 0.1
    _, problem, history = outcome("multilabel-versus-multiclass", 2)
    raw = problem.model.raw(history.thetas[-1], problem.dataset.X)
    q = np.exp(raw - raw.max(axis=1, keepdims=True))
    np.testing.assert_allclose((q / q.sum(axis=1, keepdims=True)).sum(axis=1), 1.0)
    assert problem.scenario.loss == "cross_entropy"


def test_rmse_and_mse_share_the_minimum_on_another_scale():
    _, problem, mse = outcome("rmse-versus-mse", 0)
    X, y = problem.objective.X, problem.objective.y
    minimum, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    np.testing.assert_allclose(mse.thetas[-1], minimum, rtol=1e-9)
    scenario, _, slow = outcome("rmse-versus-mse", 1)
    scenario_fast, _, fast = outcome("rmse-versus-mse", 2)
    np.testing.assert_allclose(fast.thetas[-1], minimum, rtol=1e-9)
    assert np.linalg.norm(slow.thetas[-1] - minimum) > 0.05  # the same rate: shorter steps, not there yet
    assert mse.losses[-1] == pytest.approx(51.3, abs=0.05) and fast.losses[-1] == pytest.approx(7.16, abs=0.005)
    assert fast.losses[-1] == pytest.approx(np.sqrt(mse.losses[-1]), rel=1e-12)
    assert 2 * fast.losses[-1] == pytest.approx(14.3, abs=0.05)  # "about fourteen times shorter"
    for s, h in ((problem.scenario, mse), (scenario_fast, fast)):
        assert run_status(h.status, h.grad_norms, s.loss) == "converged"
