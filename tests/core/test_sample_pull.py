"""Each sample's term of the gradient, against central differences of that sample's own
term of the objective, written out in the test."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem
from lossplay.core.sample_pull import MAX_SAMPLES, sample_pull


def central_difference(f, theta, h=1e-6):
    grad = np.zeros_like(theta)
    for j in range(len(theta)):
        e = np.zeros_like(theta)
        e[j] = h
        grad[j] = (f(theta + e) - f(theta - e)) / (2 * h)
    return grad


def terms(kind):
    """(scenario, the objective's term of sample i as a function of theta)."""
    if kind == "mse":
        scenario = Scenario(outliers=3)
        return scenario, lambda X, y, i, t: (X[i] @ t[:-1] + t[-1] - y[i]) ** 2 / len(X)
    if kind == "hinge":
        scenario = Scenario(data="pass_fail", loss="hinge", regularizer="l2", lam=0.1)
        return scenario, lambda X, y, i, t: max(0.0, 1.0 - y[i] * (X[i] @ t[:-1] + t[-1])) / len(X)
    scenario = Scenario(data="blobs", classes=3, loss="cross_entropy")

    def cross_entropy(X, y, i, t):
        W = t.reshape(X.shape[1] + 1, 3)
        z = np.append(X[i], 1.0) @ W
        return (np.logaddexp.reduce(z) - z @ y[i]) / len(X)
    return scenario, cross_entropy


@pytest.mark.parametrize("kind", ["mse", "hinge", "cross_entropy"])
def test_each_sample_term_is_the_derivative_of_its_own_loss(kind):
    scenario, term = terms(kind)
    problem = build_problem(scenario)
    objective = problem.objective
    X, y = objective.X, objective.y
    theta = problem.start + np.linspace(0.1, 0.4, len(problem.start))
    pull = sample_pull(objective, theta)
    for i in (0, 7, len(X) - 1):
        expected = central_difference(lambda t: term(X, y, i, t), theta)
        np.testing.assert_allclose(pull.contributions[i], expected, rtol=1e-5, atol=1e-9)
    total = pull.contributions.sum(axis=0) + pull.penalty
    full = central_difference(objective.value, theta)
    np.testing.assert_allclose(total, full, rtol=1e-5, atol=1e-8)
    np.testing.assert_allclose(pull.strengths, np.linalg.norm(pull.contributions, axis=1))


def test_outliers_pull_hardest_and_big_data_is_declined():
    problem = build_problem(Scenario(outliers=5))
    objective = problem.objective
    pull = sample_pull(objective, problem.start)
    residual = np.abs(objective.X @ problem.start[:-1] + problem.start[-1] - objective.y)
    assert np.argmax(pull.strengths) == np.argmax(residual * np.hypot(objective.X[:, 0], 1.0))
    big = build_problem(Scenario(samples=int(MAX_SAMPLES / 0.8) + 10))
    assert sample_pull(big.objective, big.start) is None
