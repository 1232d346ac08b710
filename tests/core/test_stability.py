"""What explains divergence on a quadratic bowl: the Hessian's eigen-directions and
eigenvalues, the per-direction factor |1 - lr lambda| a step multiplies the distance by,
and the momentum bound; checked against numpy.linalg on the Hessian written out here and
against the runs themselves."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.stability import (gradient_descent_bound, momentum_bound, momentum_factors, nesterov_bound,
                                     principal_curvatures, step_factors)


def bowl(**changes):
    """Two correlated, unscaled-looking features: an elongated bowl."""
    return build_problem(Scenario(features=2, samples=100, **changes))


def hessian_by_hand(problem):
    X = problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    return 2.0 / len(X) * Xb.T @ Xb


def test_principal_curvatures_are_the_hessians_eigenpairs_largest_first():
    problem = bowl()
    values, vectors = principal_curvatures(problem.objective)
    H = hessian_by_hand(problem)
    np.testing.assert_allclose(values, np.sort(np.linalg.eigvalsh(H))[::-1], rtol=1e-12)
    assert values[0] > 2 * values[-1]  # rooms follow the size: an elongated bowl
    for lam, v in zip(values, vectors.T):
        np.testing.assert_allclose(H @ v, lam * v, atol=1e-12 * values[0])
        assert np.linalg.norm(v) == pytest.approx(1.0, rel=1e-12)


def test_principal_curvatures_only_for_a_constant_hessian():
    assert principal_curvatures(build_problem(Scenario(data="pass_fail")).objective) is None
    assert principal_curvatures(bowl(regularizer="l1", lam=0.1).objective) is None
    values, _ = principal_curvatures(bowl(regularizer="l2", lam=0.5).objective)
    H = hessian_by_hand(bowl()) + np.diag([1.0, 1.0, 0.0])
    np.testing.assert_allclose(values, np.sort(np.linalg.eigvalsh(H))[::-1], rtol=1e-12)


@pytest.mark.parametrize("lr_of_critical", [0.5, 0.95, 1.05])
def test_each_step_multiplies_the_distance_along_each_direction_by_its_factor(lr_of_critical):
    problem = bowl()
    lr = lr_of_critical * problem.critical_lr
    history = train(build_problem(problem.scenario.replace(lr=lr, steps=12)))
    values, vectors = principal_curvatures(problem.objective)
    factors = step_factors(lr, values)
    np.testing.assert_allclose(factors, np.abs(1.0 - lr * values), rtol=1e-15)
    assert (factors[0] > 1.0) == (lr_of_critical > 1.0)  # the steep direction decides
    along = (history.thetas - problem.exact_minimum) @ vectors  # distance along each direction
    for t in range(len(history) - 1):
        np.testing.assert_allclose(np.abs(along[t + 1]), factors * np.abs(along[t]), rtol=1e-8, atol=1e-9)


def test_bounds():
    assert gradient_descent_bound(4.0) == 0.5
    assert momentum_bound(4.0, 0.9) == pytest.approx(2 * 1.9 / 4.0)
    assert nesterov_bound(4.0, 0.9) == pytest.approx(2 * 1.9 / (2.8 * 4.0))
    problem = bowl(optimizer="momentum")
    lam_max = principal_curvatures(problem.objective)[0][0]
    assert problem.critical_lr == pytest.approx(momentum_bound(lam_max, 0.9), rel=1e-12)


def recurrence_growth(a_lr_lambda, mu, steps=4000):
    """|x_t|^(1/t) of x_{t+1} = (1 + mu - lr lambda) x_t - mu x_{t-1}, simulated."""
    x_prev, x = 1.0, 1.0
    log_size = 0.0
    for _ in range(steps):
        x_prev, x = x, (1.0 + mu - a_lr_lambda) * x - mu * x_prev
        size = max(abs(x), abs(x_prev))
        log_size += np.log(size)
        x_prev, x = x_prev / size, x / size
    return np.exp(log_size / steps)


@pytest.mark.parametrize("lr_lambda", [0.01, 0.5, 1.9, 3.0, 3.7, 3.9])
def test_momentum_factor_is_the_long_run_growth_per_step(lr_lambda):
    mu = 0.9
    got = momentum_factors(lr_lambda, np.array([1.0]), mu)[0]
    assert got == pytest.approx(recurrence_growth(lr_lambda, mu), rel=2e-3)
    assert (got < 1.0) == (lr_lambda < 2 * (1 + mu))


@pytest.mark.parametrize("ratio,converges", [(0.97, True), (1.03, False)])
def test_momentum_converges_below_its_bound_and_diverges_above(ratio, converges):
    problem = bowl(optimizer="momentum")
    lam_max = principal_curvatures(problem.objective)[0][0]
    lr = ratio * momentum_bound(lam_max, 0.9)
    history = train(build_problem(problem.scenario.replace(lr=lr, steps=3000)))
    assert (history.status == "diverged") != converges
    if converges:
        np.testing.assert_allclose(history.thetas[-1], problem.exact_minimum, rtol=1e-6, atol=1e-6)
