"""The valley's axes on the landscape: eigen-directions and per-step factors, checked
against numpy's eigen-decomposition and against the recurrences run out in the test."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem
from lossplay.core.eigen_directions import eigen_directions_on
from lossplay.core.landscape import make_plane


def elongated(**changes):
    problem = build_problem(Scenario(data="house", features=2, **changes))
    plane = make_plane(problem.param_names, np.array([problem.start, problem.exact_minimum]), axes=(0, 1))
    X = problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    values, vectors = np.linalg.eigh(2.0 / len(X) * Xb.T @ Xb)  # mean squared error's Hessian
    return problem, plane, values, vectors


def growth_per_step(lr, lam, optimizer, steps=3000):
    """The long-run factor on a one-dimensional quadratic lam x²/2, as torch's SGD steps:
    the state is rescaled every step and the logs of the scales summed, so that neither
    growth nor decay leaves the floating-point range."""
    x, v, logs = 1.0, 0.0, []
    for _ in range(steps):
        g = lam * x
        if optimizer == "sgd":
            x -= lr * g
        else:
            v = 0.9 * v + g
            x -= lr * (g + 0.9 * v if optimizer == "nesterov" else v)
        scale = max(abs(x), abs(v))
        x, v = x / scale, v / scale
        logs.append(np.log(scale))
    return float(np.exp(np.mean(logs[-2000:])))


def test_the_two_axes_of_the_w1_w2_plane_with_their_curvatures_and_factors():
    problem, plane, values, vectors = elongated()
    lr = 0.56  # just above 2/λmax
    shown = eigen_directions_on(problem, plane, lr, "sgd")
    in_plane = [i for i in range(3) if np.linalg.norm(vectors[:2, i]) > 0.5]  # b's direction is across the plane
    expected = sorted(in_plane, key=lambda i: -values[i])
    assert [d.eigenvalue for d in shown] == pytest.approx(values[expected], rel=1e-10)
    for d, i in zip(shown, expected):
        assert abs(abs(d.direction @ vectors[:2, i]) - 1.0) < 1e-10  # the same axis, either sign
        assert d.factor == pytest.approx(abs(1 - lr * values[i]), rel=1e-12)
    assert shown[0].factor > 1 > shown[1].factor  # it overshoots along the steep axis only


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov"])
@pytest.mark.parametrize("lr", [0.3, 0.55, 1.2])
def test_factors_are_the_growth_the_recurrence_shows(optimizer, lr):
    problem, plane, _, _ = elongated()
    for d in eigen_directions_on(problem, plane, lr, optimizer):
        assert d.factor == pytest.approx(growth_per_step(lr, d.eigenvalue, optimizer), rel=2e-3)


def test_adaptive_optimizers_and_non_quadratic_losses_get_no_factor():
    problem, plane, _, _ = elongated()
    assert all(d.factor is None for d in eigen_directions_on(problem, plane, 0.1, "adam"))
    logistic = build_problem(Scenario(data="pass_fail", loss="bce"))
    plane = make_plane(logistic.param_names, np.array([logistic.start, logistic.start + 1]))
    assert eigen_directions_on(logistic, plane, 0.1, "sgd") == []
