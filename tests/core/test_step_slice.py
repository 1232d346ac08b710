"""The loss along the last step, against the objective written out in the test."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem
from lossplay.core.step_slice import step_slice


def mse(X, y, theta):
    return np.mean((X @ theta[:-1] + theta[-1] - y) ** 2)


@pytest.mark.parametrize("lr", [0.05, 0.2, 0.56, 1.5])
def test_a_step_of_gradient_descent_on_the_long_bowl(lr):
    problem = build_problem(Scenario(data="house", features=2))
    X, y = problem.objective.X, problem.objective.y
    before = np.array([-15.0, 20.0, 34.0])
    def grad(theta):
        residual = X @ theta[:-1] + theta[-1] - y
        return 2.0 / len(X) * np.concatenate([X.T @ residual, [residual.sum()]])

    after = before - lr * grad(before)
    cut = step_slice(problem.objective, before, after)
    expected = [mse(X, y, before + t * (after - before)) for t in cut.positions]
    np.testing.assert_allclose(cut.losses, expected, rtol=1e-10)
    assert cut.before == pytest.approx(mse(X, y, before), rel=1e-12)
    assert cut.after == pytest.approx(mse(X, y, after), rel=1e-12)
    assert cut.passed_lowest == (grad(after) @ (after - before) > 0)
    assert cut.landed_higher == (mse(X, y, after) > mse(X, y, before))


def test_the_cases_a_student_sees():
    problem = build_problem(Scenario(data="house", features=2))
    before = np.array([-15.0, 20.0, 34.0])
    cuts = {}
    for lr in (0.05, 1.5):
        _, g = problem.objective.value_and_grad(before)
        cuts[lr] = step_slice(problem.objective, before, before - lr * g)
    assert not cuts[0.05].passed_lowest and cuts[1.5].passed_lowest and cuts[1.5].landed_higher


def test_a_non_quadratic_loss_is_evaluated_point_by_point():
    problem = build_problem(Scenario(data="pass_fail", loss="bce"))
    X, y = problem.objective.X, problem.objective.y
    before, after = np.zeros(len(problem.start)), np.full(len(problem.start), 0.5)

    def bce(theta):
        z = X @ theta[:-1] + theta[-1]
        return np.mean(np.logaddexp(0.0, z) - y * z)

    cut = step_slice(problem.objective, before, after)
    np.testing.assert_allclose(cut.losses, [bce(before + t * (after - before)) for t in cut.positions], rtol=1e-10)
