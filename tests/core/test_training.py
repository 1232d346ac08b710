"""The training loop: convergence to least squares, divergence, seeding, history rows."""
import numpy as np
import pytest

from lossplay.core import Run, Scenario, build_problem, train


def least_squares(problem):
    X, y = problem.objective.X, problem.objective.y
    solution, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    return solution


def critical_lr_by_hand(problem):
    """2 / lambda_max of the mse Hessian (2/n) [X 1]^T [X 1], computed here."""
    X = problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    return 2.0 / np.linalg.eigvalsh(2.0 / len(X) * Xb.T @ Xb).max()


@pytest.mark.parametrize("features,outliers", [(1, 0), (2, 4), (3, 0)])
def test_gd_below_critical_lr_converges_to_least_squares(features, outliers):
    base = Scenario(data="house", features=features, outliers=outliers, samples=120)
    problem = build_problem(base)
    lr_c = critical_lr_by_hand(problem)
    assert problem.critical_lr == pytest.approx(lr_c, rel=1e-10)
    history = train(build_problem(base.replace(lr=0.9 * lr_c, steps=5000)))
    assert history.status == "finished"
    np.testing.assert_allclose(history.thetas[-1], least_squares(problem), rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(problem.exact_minimum, least_squares(problem), rtol=1e-9)


def test_gd_above_critical_lr_diverges():
    problem = build_problem(Scenario())
    history = train(build_problem(Scenario(lr=1.1 * critical_lr_by_hand(problem), steps=10_000)))
    assert history.status == "diverged"
    k = history.diverged_at_step
    assert k == history.steps[-1] == len(history) - 1
    assert history.losses[-1] > 1e6 * history.losses[0]
    assert np.all(history.losses[:-1] <= 1e6 * history.losses[0])


def test_nan_objective_counts_as_divergence():
    history = train(build_problem(Scenario(data="pass_fail", loss="exponential", lr=1e6, steps=50)))
    assert history.status == "diverged"
    assert not np.isfinite(history.losses[-1]) or history.losses[-1] > 1e6 * history.losses[0]


def test_unscaled_features_lower_the_critical_lr():
    scaled = build_problem(Scenario(features=2)).critical_lr
    unscaled = build_problem(Scenario(features=2, scale="none")).critical_lr
    assert unscaled < 1e-3 * scaled


def test_same_seed_same_history_and_different_seed_differs():
    s = Scenario(data="moons", batch_size=8, optimizer="adam", lr=0.05, steps=60, seed=3)
    a, b = train(build_problem(s)), train(build_problem(s))
    np.testing.assert_array_equal(a.thetas, b.thetas)
    np.testing.assert_array_equal(a.losses, b.losses)
    c = train(build_problem(s.replace(seed=4)))
    assert not np.array_equal(a.thetas, c.thetas)


def test_history_rows_follow_design():
    problem = build_problem(Scenario(steps=5))
    h = train(problem)
    assert h.steps.tolist() == [0, 1, 2, 3, 4, 5]
    np.testing.assert_array_equal(h.thetas[0], problem.start)
    X, y = problem.objective.X, problem.objective.y
    Xb = np.column_stack([X, np.ones(len(X))])
    for t in range(len(h)):
        residual = Xb @ h.thetas[t] - y
        grad = 2.0 / len(y) * Xb.T @ residual
        assert h.losses[t] == pytest.approx(np.mean(residual ** 2), rel=1e-12)
        assert h.grad_norms[t] == pytest.approx(np.linalg.norm(grad), rel=1e-12)
        if t + 1 < len(h):  # plain gradient descent
            np.testing.assert_allclose(h.thetas[t + 1], h.thetas[t] - 0.03 * grad, rtol=1e-12)
    Xv, yv = problem.dataset.X_val, problem.dataset.y_val
    assert h.val_losses[2] == pytest.approx(np.mean((Xv[:, 0] * h.thetas[2][0] + h.thetas[2][1] - yv) ** 2))
    assert set(h.lrs) == {0.03}


def test_minibatches_reshuffle_every_epoch_and_cover_all_samples():
    problem = build_problem(Scenario(samples=50, val_fraction=0.0, batch_size=10, steps=10))
    run = Run(problem)
    seen = [run._next_rows() for _ in range(10)]
    first, second = np.concatenate(seen[:5]), np.concatenate(seen[5:])
    assert sorted(first.tolist()) == list(range(50)) == sorted(second.tolist())
    assert first.tolist() != second.tolist()


def test_sgd_step_uses_one_sample():
    problem = build_problem(Scenario(samples=30, val_fraction=0.0, batch_size=1, steps=1))
    run = Run(problem)
    rows = np.random.default_rng(problem.shuffle_seed).permutation(30)[:1]
    X, y = problem.objective.X[rows], problem.objective.y[rows]
    grad = 2.0 * (X[0, 0] * 0 + 0 - y[0]) * np.array([X[0, 0], 1.0])
    h = run.advance(1)
    np.testing.assert_allclose(h.thetas[1], -0.03 * grad, rtol=1e-12)


def test_advance_in_chunks_equals_one_go_and_snapshots_are_read_only():
    s = Scenario(steps=40, batch_size=16, optimizer="momentum")
    whole = train(build_problem(s))
    run = Run(build_problem(s))
    chunks = [run.advance(7) for _ in range(7)]
    assert run.status == "finished"
    np.testing.assert_array_equal(np.concatenate([c.thetas for c in chunks]), whole.thetas)
    with pytest.raises(ValueError):
        chunks[0].thetas[0, 0] = 1.0


def test_learning_rate_change_applies_from_the_next_step():
    run = Run(build_problem(Scenario(steps=10)))
    first = run.advance(3)
    run.lr = 0.01
    second = run.advance(2)
    assert first.lrs.tolist() == [0.03] * 4
    assert second.lrs.tolist() == [0.01, 0.01]
    theta, nxt = first.thetas[-1], second.thetas[0]
    grad = run.objective.value_and_grad(theta)[1]
    np.testing.assert_allclose(nxt, theta - 0.01 * grad, rtol=1e-12)


def test_zero_steps_gives_the_start_row_only():
    h = train(build_problem(Scenario(steps=0)))
    assert len(h) == 1 and h.status == "finished"


def test_momentum_critical_lr_separates_convergence_from_divergence():
    base = Scenario(optimizer="momentum", steps=4000)
    lam_max = 2.0 / critical_lr_by_hand(build_problem(base))
    lr_c = 2.0 * 1.9 / lam_max
    assert build_problem(base).critical_lr == pytest.approx(lr_c, rel=1e-10)
    assert train(build_problem(base.replace(lr=0.95 * lr_c))).status == "finished"
    assert train(build_problem(base.replace(lr=1.05 * lr_c))).status == "diverged"


def test_nesterov_critical_lr_separates_convergence_from_divergence():
    base = Scenario(optimizer="nesterov", steps=4000)
    lam_max = 2.0 / critical_lr_by_hand(build_problem(base))
    lr_c = 2.0 * 1.9 / (2.8 * lam_max)
    assert build_problem(base).critical_lr == pytest.approx(lr_c, rel=1e-10)
    assert train(build_problem(base.replace(lr=0.95 * lr_c))).status == "finished"
    assert train(build_problem(base.replace(lr=1.05 * lr_c))).status == "diverged"


def test_critical_lr_is_null_where_it_does_not_exist():
    assert build_problem(Scenario(batch_size=8)).critical_lr is None
    assert build_problem(Scenario(optimizer="adam")).critical_lr is None
    assert build_problem(Scenario(loss="mae")).critical_lr is None
    assert build_problem(Scenario(data="pass_fail")).critical_lr is None
    assert build_problem(Scenario(regularizer="l2", lam=0.5)).critical_lr is not None


def test_history_keeps_the_full_gradient_at_each_row():
    problem = build_problem(Scenario(data="moons", batch_size=8, steps=12, optimizer="adam", lr=0.1))
    h = train(problem)
    for t in (0, 5, 12):
        _, grad = problem.objective.value_and_grad(h.thetas[t])
        np.testing.assert_allclose(h.grads[t], grad, rtol=1e-12)
        assert h.grad_norms[t] == pytest.approx(np.linalg.norm(grad))
